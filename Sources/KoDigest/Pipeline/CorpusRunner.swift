import Foundation

/// One input file as the manifest records it.
public struct InputFacts: Sendable, Equatable {
    public var path: String
    public var bytes: Int
    public var sha256: String
    public var encoding: String
}

/// Counts a run reports in its summary and manifest.
public struct RunCounts: Sendable, Equatable {
    public var files = 0
    public var headers = 0
    public var kept = 0
    public var quarantined = 0
    public var rejected = 0
    public var findingsByRule: [String: Int] = [:]
    /// The most severe finding of the run, if any.
    public var worstSeverity: Severity?
    public var normalization = NormalizationStats()
}

/// Everything a run produced besides the record files it streamed.
public struct RunResult<Evidence: CorpusObserver, Summary: CorpusObserver>: Sendable {
    public var evidence: Evidence
    /// Built from the records that were kept.
    public var summary: Summary
    public var findings: [FindingEntry]
    public var diagnostics: [Diagnostic]
    public var counts: RunCounts
    public var inputs: [InputFacts]
    /// Seconds per pass (`corpus`, `records`) and between them (`knowledge`).
    public var timings: [(String, Double)]
    /// The stages the second pass ran, as built from the evidence.
    public var stages: [any RecordStage]
}

extension RunResult {
    /// Counts one file's output of pass two in, with its summary, diagnostics and input facts.
    mutating func add(_ output: FileOutput<Summary>, path: String) {
        summary.merge(output.summary)
        diagnostics += output.parsed.diagnostics
        counts.files += 1
        counts.headers += output.kept + output.quarantined + output.rejected
        counts.kept += output.kept
        counts.quarantined += output.quarantined
        counts.rejected += output.rejected
        counts.normalization = counts.normalization + output.parsed.normalization
        for f in output.findings {
            counts.findingsByRule[f.finding.rule, default: 0] += 1
            counts.worstSeverity = max(counts.worstSeverity ?? f.finding.severity, f.finding.severity)
        }
        if !output.parsed.sha256.isEmpty {
            inputs.append(InputFacts(path: path, bytes: output.size, sha256: output.parsed.sha256, encoding: output.parsed.encoding))
        }
    }
}

/// Runs the staged pipeline over the inputs in two parallel passes: the first gathers corpus-wide
/// `Evidence` (merged in input order), the second runs the per-record stages built from it, routes
/// each record, streams the JSON lines out and gathers the `Summary` of the kept records.
///
/// Parsed files are kept between the passes while their input stays under `cacheBudget` bytes;
/// beyond that the second pass parses again, so memory stays flat however large the corpus is.
public struct CorpusRunner<Evidence: CorpusObserver, Summary: CorpusObserver>: Sendable {
    public var inputs: InputSet
    public var jobs: Int
    public var router: Router
    public var cacheBudget = 48 << 20
    /// Which inputs are context (none when empty): the first pass gathers their evidence, the
    /// second neither checks nor writes them (`--context`: a day's digest with its corpus).
    public var isContext: [Bool] = []
    /// Whether the result keeps every finding; a run that streams them to disk through
    /// `run`'s `onFindings` does not, so memory does not grow with the number of findings.
    public var keepFindings = true
    /// A fresh, empty evidence gatherer (it may gather only what the pipeline's stages need).
    public var makeEvidence: @Sendable () -> Evidence
    public var makeStages: @Sendable (Evidence) -> [any RecordStage]

    public init(inputs: InputSet, jobs: Int, router: Router, makeEvidence: @escaping @Sendable () -> Evidence = { Evidence() },
                makeStages: @escaping @Sendable (Evidence) -> [any RecordStage]) {
        self.inputs = inputs
        self.jobs = max(1, jobs)
        self.router = router
        self.makeEvidence = makeEvidence
        self.makeStages = makeStages
    }

    /// Runs both passes; record lines go to `records`, quarantined ones to `quarantine` (when given).
    /// `onFindings` receives each file's findings, sorted, in input order, on the calling thread.
    public func run(records: StreamingFile?, quarantine: StreamingFile?,
                    progress: ((_ pass: String, _ done: Int, _ total: Int) -> Void)? = nil,
                    onFindings: (([FindingEntry]) throws -> Void)? = nil) throws -> RunResult<Evidence, Summary> {
        let parser = DigestParser(), cache = ParseCache(count: inputs.items.count, budget: cacheBudget)
        let clock = ContinuousClock()
        var start = clock.now
        let (evidence, contextDiagnostics) = gatherEvidence(parser: parser, cache: cache, progress: progress)
        let firstPass = (clock.now - start).seconds

        // building the stages from the evidence (the term knowledge) runs alone, between the passes
        start = clock.now
        let stages = makeStages(evidence)
        let build = (clock.now - start).seconds

        var result = RunResult(evidence: evidence, summary: Summary(), findings: [], diagnostics: contextDiagnostics, counts: RunCounts(),
                               inputs: [], timings: [("corpus", firstPass), ("knowledge", build)], stages: stages)
        start = clock.now
        let stageSeconds = try checkRecords(stages: stages, parser: parser, cache: cache, into: &result, records: records,
                                            quarantine: quarantine, progress: progress, onFindings: onFindings)
        try records?.commit()
        try quarantine?.commit()
        result.findings = FindingsWriter.sorted(result.findings)
        result.timings.append(("records", (clock.now - start).seconds))
        // Stage times are summed over the workers: CPU seconds, not wall time, when jobs > 1.
        for (k, stage) in stages.enumerated() { result.timings.append(("stage " + stage.name, stageSeconds[k])) }
        return result
    }

    /// Pass one: the corpus-wide evidence of every input, and a warning for each context file that
    /// could not be read. Parsed files are offered to `cache` for pass two.
    ///
    /// Each worker folds one share of consecutive files, of about equal bytes, into its own
    /// evidence by `observe`; the calling thread merges the shares in order. A merge costs a
    /// share's distinct words, which long shares have mostly in common, and an evidence
    /// table is built once per worker instead of once per short run.
    private func gatherEvidence(parser: DigestParser, cache: ParseCache,
                                progress: ((String, Int, Int) -> Void)?) -> (Evidence, [Diagnostic]) {
        let inputs = inputs, makeEvidence = makeEvidence
        let shares = CorpusRunner.shares(inputs, count: jobs)
        var evidence = makeEvidence()
        var contextDiagnostics: [Diagnostic] = []
        orderedParallelMap(count: shares.count, jobs: jobs, transform: { c -> (Evidence, [Diagnostic]) in
            var partial = makeEvidence()
            var unread: [Diagnostic] = []
            for i in shares[c] {
                let file = CorpusRunner.parse(inputs, i, parser)
                for record in file.0.records { partial.observe(record) }
                if !isContextInput(i) {
                    cache.offer(i, file)
                } else if let error = file.0.diagnostics.first(where: { $0.level == .error }) {
                    // a context file is not checked, but one that cannot be read at all is worth a warning
                    unread.append(Diagnostic(.warning, file: error.file, line: error.line, "context file not used: " + error.message))
                }
            }
            return (partial, unread)
        }, consume: { c, partial in
            evidence.merge(partial.0)
            contextDiagnostics += partial.1
            progress?("corpus", shares[c].upperBound, inputs.items.count)
        })
        return (evidence, contextDiagnostics)
    }

    /// Pass two: the stages over the records of every checked input, in parallel; the calling
    /// thread streams the outputs in input order into the files and `result`. Returns each
    /// stage's seconds, summed over the files.
    private func checkRecords(stages: [any RecordStage], parser: DigestParser, cache: ParseCache, into result: inout RunResult<Evidence, Summary>,
                              records: StreamingFile?, quarantine: StreamingFile?, progress: ((String, Int, Int) -> Void)?,
                              onFindings: (([FindingEntry]) throws -> Void)?) throws -> [Double] {
        let inputs = inputs, router = router
        let checked = inputs.items.indices.filter { !isContextInput($0) }
        var stageSeconds = Array(repeating: 0.0, count: stages.count)
        try orderedParallelMap(count: checked.count, jobs: jobs, transform: { k -> FileOutput<Summary> in
            let i = checked[k]
            let (parsed, size) = cache.take(i) ?? CorpusRunner.parse(inputs, i, parser)
            return CorpusRunner.process(parsed, file: inputs.items[i].path, size: size, stages: stages, router: router)
        }, consume: { k, output in
            try records?.append(output.records, lines: output.kept)
            try quarantine?.append(output.quarantine, lines: output.quarantined + output.rejected)
            for (k, seconds) in output.stageSeconds.enumerated() { stageSeconds[k] += seconds }
            let fileFindings = FindingsWriter.sorted(output.findings)
            try onFindings?(fileFindings)
            if keepFindings { result.findings += fileFindings }
            result.add(output, path: inputs.items[checked[k]].path)
            progress?("records", k + 1, checked.count)
        })
        return stageSeconds
    }

    func isContextInput(_ i: Int) -> Bool { i < isContext.count && isContext[i] }

    /// `inputs` cut into at most `count` ranges of consecutive items, each of about the same
    /// bytes (standard input and unreadable files count as average ones).
    static func shares(_ inputs: InputSet, count: Int) -> [Range<Int>] {
        let sizes = inputs.items.map { $0.path == "-" ? nil : FileIO.size($0.path) }
        let known = sizes.compactMap { $0 }
        let average = known.isEmpty ? 1 : max(1, known.reduce(0, +) / known.count)
        let weights = sizes.map { max(1, $0 ?? average) }
        let total = weights.reduce(0, +), count = min(count, weights.count)
        var out: [Range<Int>] = [], start = 0, sum = 0
        for (i, w) in weights.enumerated() {
            sum += w
            // close a share once it holds its part of the bytes, keeping one item for each share left
            if out.count < count - 1 && sum * count >= total * (out.count + 1) && weights.count - i - 1 >= count - out.count - 1 {
                out.append(start..<(i + 1))
                start = i + 1
            }
        }
        if start < weights.count { out.append(start..<weights.count) }
        return out
    }

    /// Reads and parses input `i`; unreadable inputs give an empty digest with the diagnostic.
    static func parse(_ inputs: InputSet, _ i: Int, _ parser: DigestParser) -> (ParsedDigest, Int) {
        switch inputs.read(inputs.items[i]) {
        case .failure(let error):
            var parsed = ParsedDigest()
            parsed.diagnostics = [error.diagnostic]
            return (parsed, 0)
        case .success(let bytes):
            return (parser.parse(bytes: bytes, file: inputs.items[i].path), bytes.count)
        }
    }

    /// The per-record stages, routing and encoding of one file: the parallel part of pass two.
    static func process(_ parsed: ParsedDigest, file: String, size: Int, stages: [any RecordStage], router: Router) -> FileOutput<Summary> {
        var output = FileOutput<Summary>(parsed: parsed, size: size)
        output.stageSeconds = Array(repeating: 0, count: stages.count)
        let clock = ContinuousClock()
        for var record in parsed.records {
            for (k, stage) in stages.enumerated() {
                let start = clock.now
                stage.process(&record)
                output.stageSeconds[k] += (clock.now - start).seconds
            }
            for (finding, excerpt) in zip(record.findings, FindingsWriter.excerpts(of: record)) {
                output.findings.append(FindingEntry(file: file, record: record.id, finding: finding, excerpt: excerpt))
            }
            switch router.route(record) {
            case .keep:
                output.records += RecordJSON.encode(record)
                output.records.append(0x0A)
                output.kept += 1
                output.summary.observe(record)
            case .quarantine(let reasons):
                output.quarantine += RecordJSON.encode(record, reasons: reasons)
                output.quarantine.append(0x0A)
                output.quarantined += 1
            }
        }
        for rejected in parsed.rejected {
            output.quarantine += RecordJSON.encode(rejected.record, reasons: rejected.reasons)
            output.quarantine.append(0x0A)
            output.rejected += 1
        }
        output.parsed.records = []
        output.parsed.rejected = []
        return output
    }

}

/// What one file contributes to the second pass.
struct FileOutput<Summary: CorpusObserver>: Sendable {
    var parsed: ParsedDigest
    var size: Int
    var records: [UInt8] = []
    var quarantine: [UInt8] = []
    var kept = 0
    var quarantined = 0
    var rejected = 0
    var findings: [FindingEntry] = []
    var summary = Summary()
    /// Time spent in each stage on this file.
    var stageSeconds: [Double] = []
}

/// Parsed files kept between the passes while their input sizes add up to at most `budget`
/// bytes, each taken once. Which files fit depends on the order the workers offer them, which
/// changes nothing but the time the second pass spends parsing again.
private final class ParseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(ParsedDigest, Int)?]
    private var room: Int

    init(count: Int, budget: Int) {
        slots = Array(repeating: nil, count: count)
        room = budget
    }

    /// Keeps file `i` (parsed, input size) if it fits in what is left of the budget.
    func offer(_ i: Int, _ parsed: (ParsedDigest, Int)) {
        lock.lock()
        defer { lock.unlock() }
        guard parsed.1 <= room else { return }
        room -= parsed.1
        slots[i] = parsed
    }

    func take(_ i: Int) -> (ParsedDigest, Int)? {
        lock.lock()
        defer { lock.unlock() }
        let parsed = slots[i]
        slots[i] = nil
        return parsed
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
