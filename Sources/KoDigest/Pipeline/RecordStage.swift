/// One step of the per-record work (extract terms, lint, …). Stages run in parallel on different
/// files, so a stage holds only immutable state built before the pass starts.
public protocol RecordStage: Sendable {
    /// Short name for progress and timing reports (`terms`, `lint`).
    var name: String { get }
    func process(_ record: inout Record)
}

/// What the per-file work of a pass produced, in file order.
public struct FileResult: Sendable {
    public var file: String
    public var records: [Record]
    public var rejected: [RejectedRecord]
    public var diagnostics: [Diagnostic]
    public var normalization: NormalizationStats
    public var bytes: Int
}

/// Reads, decodes and parses every input on `jobs` threads, runs `stages` on each record, and
/// hands each file's result to `consume` in input order.
public struct FilePass: Sendable {
    public var inputs: InputSet
    public var jobs: Int
    public var stages: [any RecordStage]
    public var parser = DigestParser()

    public init(inputs: InputSet, jobs: Int, stages: [any RecordStage] = []) {
        self.inputs = inputs
        self.jobs = max(1, jobs)
        self.stages = stages
    }

    public func run(_ consume: (FileResult) throws -> Void) rethrows {
        let inputs = inputs, stages = stages, parser = parser
        try orderedParallelMap(count: inputs.items.count, jobs: jobs, transform: { i in
            let item = inputs.items[i]
            switch inputs.read(item) {
            case .failure(let error):
                return FileResult(file: item.path, records: [], rejected: [], diagnostics: [error.diagnostic],
                                  normalization: NormalizationStats(), bytes: 0)
            case .success(let bytes):
                var parsed = parser.parse(bytes: bytes, file: item.path)
                for stage in stages {
                    for k in parsed.records.indices { stage.process(&parsed.records[k]) }
                    for k in parsed.rejected.indices { stage.process(&parsed.rejected[k].record) }
                }
                return FileResult(file: item.path, records: parsed.records, rejected: parsed.rejected,
                                  diagnostics: parsed.diagnostics, normalization: parsed.normalization, bytes: bytes.count)
            }
        }, consume: { _, result in try consume(result) })
    }
}
