/// Corpus-wide evidence of a pipeline run: term statistics and lint facts, merged in input order.
public struct CorpusEvidence: CorpusObserver {
    public var terms = TermEvidence()
    public var lint = LintFacts()
    /// Which of the two to gather: a pipeline without terms or lint skips that work.
    public var gathersTerms = true
    public var gathersLint = true

    public init() {}

    public init(terms gathersTerms: Bool, lint gathersLint: Bool) {
        self.gathersTerms = gathersTerms
        self.gathersLint = gathersLint
    }

    public mutating func observe(_ record: Record) {
        if gathersTerms { terms.observe(record) }
        if gathersLint { lint.observe(record) }
    }

    public mutating func merge(_ other: CorpusEvidence) {
        terms.merge(other.terms)
        lint.merge(other.lint)
    }
}

extension GlossaryBuilder: CorpusObserver {
    public mutating func observe(_ record: Record) { add(record) }
}

/// The curated data under `Glossary/` that the stages read.
public struct PipelineResources: Sendable {
    public var terms: TermResources
    public var lint: LintResources

    /// Loads every data file, or throws an error naming the file (and line).
    public static func load(glossaryDirectory: String) throws -> PipelineResources {
        PipelineResources(terms: try TermResources.load(glossaryDirectory: glossaryDirectory),
                          lint: try LintResources.load(glossaryDirectory: glossaryDirectory))
    }

    /// The `Glossary/` folder to use: `$KODIGEST_GLOSSARY`, else the first `Glossary/` found walking
    /// up from the current folder, then from the executable (a built tool finds its repository's data).
    public static func locateGlossary(environment: [String: String], currentDirectory: String, executable: String) -> String? {
        if let explicit = environment["KODIGEST_GLOSSARY"], !explicit.isEmpty { return explicit }
        for start in [currentDirectory, RunDirectory.parent(of: executable)] {
            var dir = start
            while !dir.isEmpty {
                if FileIO.isDirectory(dir + "/Glossary/lexicons") { return dir + "/Glossary" }
                let up = RunDirectory.parent(of: dir)
                if up == dir || dir == "/" { break }
                dir = up
            }
        }
        return nil
    }
}

/// The rule validator pipeline files are checked with: unknown rule ids and options, wrong types,
/// values out of range, each reported at the option that is wrong.
public let lintRuleValidator: PipelineLoader.RuleValidator = { id, config in
    LintRules.validate(rule: id, options: config.options)
}

/// What a pipeline run produced besides its files.
public struct PipelineOutcome: Sendable {
    public var counts: RunCounts
    public var glossary: Glossary?
    public var findings: [FindingEntry]
    public var diagnostics: [Diagnostic]
    public var timings: [(String, Double)]
    /// The files read, with sizes, hashes and encodings, for the manifest.
    public var inputs: [InputFacts]
    /// The context files read for evidence only, in the order read.
    public var context: [String] = []
}

/// A declared pipeline over a set of inputs: runs the stages and writes the run directory.
public struct PipelineRun: Sendable {
    public var spec: PipelineSpec
    public var resources: PipelineResources
    public var inputs: InputSet
    /// Digests read for corpus evidence alone (term statistics, ids seen before): their records
    /// are neither checked nor written.
    public var context = InputSet(arguments: [])
    public var jobs: Int

    public init(spec: PipelineSpec, resources: PipelineResources, inputs: InputSet, jobs: Int? = nil) {
        self.spec = spec
        self.resources = resources
        self.inputs = inputs
        self.jobs = jobs ?? spec.jobs ?? Machine.cores
    }

    /// The lint configuration the pipeline file declares.
    public var lintConfiguration: LintConfiguration {
        LintConfiguration(rules: spec.rules.mapValues { RuleSettings(enabled: $0.enabled, severity: $0.severity, options: $0.options) })
    }

    /// Runs the pipeline into the run directory `target`, written atomically.
    public func write(to target: String, progress: ((String, Int, Int) -> Void)? = nil) throws -> PipelineOutcome {
        let directory = try RunDirectory(target: target)
        let records = spec.writes(.records) ? try StreamingFile(path: directory.staging + "/records.jsonl") : nil
        let quarantine = spec.writes(.quarantine) ? try StreamingFile(path: directory.staging + "/quarantine.jsonl") : nil
        // findings.json and findings.sarif are streamed file by file, like the records.
        let findingsJSON = spec.writes(.findings) ? try StreamingFile(path: directory.staging + "/findings.json") : nil
        let findingsSARIF = spec.writes(.findings) ? try StreamingFile(path: directory.staging + "/findings.sarif") : nil
        try findingsJSON?.append(FindingsWriter.jsonHead)
        try findingsSARIF?.append(FindingsWriter.sarifHead())
        var first = true
        let outcome = try run(records: records, quarantine: quarantine, keepFindings: false, progress: progress) { findings in
            for entry in findings {
                try findingsJSON?.append(FindingsWriter.jsonEntry(entry, first: first))
                try findingsSARIF?.append(FindingsWriter.sarifEntry(entry, first: first))
                first = false
            }
        }
        try findingsJSON?.append(FindingsWriter.jsonTail)
        try findingsSARIF?.append(FindingsWriter.sarifTail)
        try findingsJSON?.commit()
        try findingsSARIF?.commit()
        if spec.writes(.glossary), let glossary = outcome.glossary {
            for format in spec.glossaryFormats {
                guard let f = GlossaryFormat(rawValue: format) else { continue }
                try directory.write("glossary.\(format)", Array(glossary.render(f).utf8))
            }
        }
        if spec.writes(.manifest) {
            try directory.write("manifest.json", ManifestWriter.render(
                pipeline: spec, inputs: outcome.inputs, context: outcome.context, counts: outcome.counts,
                glossaryConcepts: outcome.glossary?.concepts.count, timings: outcome.timings, jobs: jobs))
        }
        try directory.commit()
        return outcome
    }

    /// Runs the stages, streaming records to the given files, and builds the glossary.
    public func run(records: StreamingFile?, quarantine: StreamingFile?, keepFindings: Bool = true,
                    progress: ((String, Int, Int) -> Void)? = nil,
                    onFindings: (([FindingEntry]) throws -> Void)? = nil) throws -> PipelineOutcome {
        let spec = spec, resources = resources, lint = lintConfiguration, jobs = jobs
        let (all, isContext) = InputSet.merging(context: context, into: inputs)
        var runner = CorpusRunner<CorpusEvidence, GlossaryBuilder>(
            inputs: all, jobs: jobs, router: Router(quarantineAt: spec.quarantineAt),
            makeEvidence: { CorpusEvidence(terms: spec.runs(.terms), lint: spec.runs(.lint)) }
        ) { evidence in
            let knowledge = TermKnowledge(resources: resources.terms, evidence: evidence.terms, jobs: jobs)
            var stages: [any RecordStage] = []
            if spec.runs(.terms) { stages.append(TermExtractor(knowledge: knowledge)) }
            if spec.runs(.lint) {
                stages.append(Linter(configuration: lint, resources: resources.lint, facts: evidence.lint,
                                     terms: spec.runs(.terms) ? knowledge : nil))
            }
            return stages
        }
        runner.keepFindings = keepFindings
        runner.isContext = isContext
        let result = try runner.run(records: records, quarantine: quarantine, progress: progress, onFindings: onFindings)
        var timings = result.timings
        var glossary: Glossary?
        if let extractor = result.stages.lazy.compactMap({ $0 as? TermExtractor }).first {
            let clock = ContinuousClock(), start = clock.now
            glossary = result.summary.build(knowledge: extractor.knowledge)
            timings.append(("glossary", (clock.now - start).seconds))
        }
        return PipelineOutcome(counts: result.counts, glossary: glossary, findings: result.findings,
                               diagnostics: result.diagnostics, timings: timings, inputs: result.inputs,
                               context: zip(all.items, isContext).filter(\.1).map(\.0.path))
    }
}
