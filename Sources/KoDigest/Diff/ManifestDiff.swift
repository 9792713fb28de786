/// Manifests of two runs: what made them (tool, pipeline) counts as a difference; what they
/// read and how long it took (inputs, timings, counts) is provenance and is only reported.
public struct ManifestDiff: Sendable {
    /// A manifest field with its two values.
    public struct Change: Sendable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// `tool.name`, `tool.version`, `pipeline.name`, `pipeline.sha256`, and how many `context`
    /// files the run learned from (`--context` changes the answers): these count.
    public var changes: [Change] = []
    /// `pipeline.path`: provenance (the same pipeline can live elsewhere).
    public var provenance: [Change] = []
    public var oldInputs = 0
    public var newInputs = 0
    public var oldInputBytes = 0
    public var newInputBytes = 0
    /// Input paths only one side has (an input list read from a copy differs in every path).
    public var inputPathsChanged = false
    /// Input paths only the new run read, sorted.
    public var inputsAdded: [String] = []
    /// Input paths only the old run read, sorted.
    public var inputsRemoved: [String] = []
    /// Whether the sorted lists of input hashes differ (re-encoded copies differ here).
    public var inputHashesChanged = false
    public var timingsChanged = false
    /// `counts` keys whose values differ (normalization edit counts differ for NFD copies).
    public var countsChanged: [String] = []

    public init() {}

    public init(old: RunManifest, new: RunManifest) {
        func compare(_ field: String, _ a: String?, _ b: String?, into list: inout [Change]) {
            if a != b { list.append(Change(field: field, old: a, new: b)) }
        }
        compare("tool.name", old.toolName, new.toolName, into: &changes)
        compare("tool.version", old.toolVersion, new.toolVersion, into: &changes)
        compare("pipeline.name", old.pipelineName, new.pipelineName, into: &changes)
        compare("pipeline.sha256", old.pipelineSHA256, new.pipelineSHA256, into: &changes)
        func files(_ context: [String]) -> String? { context.isEmpty ? nil : "\(context.count) files" }
        compare("context", files(old.context), files(new.context), into: &changes)
        compare("pipeline.path", old.pipelinePath, new.pipelinePath, into: &provenance)
        oldInputs = old.inputs.count
        newInputs = new.inputs.count
        oldInputBytes = old.inputs.reduce(0) { $0 + ($1.bytes ?? 0) }
        newInputBytes = new.inputs.reduce(0) { $0 + ($1.bytes ?? 0) }
        let oldPaths = Set(old.inputs.map(\.path)), newPaths = Set(new.inputs.map(\.path))
        inputsAdded = newPaths.subtracting(oldPaths).sorted()
        inputsRemoved = oldPaths.subtracting(newPaths).sorted()
        inputPathsChanged = !inputsAdded.isEmpty || !inputsRemoved.isEmpty
        inputHashesChanged = old.inputs.compactMap(\.sha256).sorted() != new.inputs.compactMap(\.sha256).sorted()
        timingsChanged = old.timings != new.timings
        countsChanged = Set(old.counts.keys).union(new.counts.keys).filter { old.counts[$0] != new.counts[$0] }.sorted()
    }

    /// True when tool and pipeline are the same (provenance may still differ).
    public var isEmpty: Bool { changes.isEmpty }

    /// Whether anything at all differs, provenance included.
    public var hasProvenanceChanges: Bool {
        !provenance.isEmpty || inputPathsChanged || inputHashesChanged || timingsChanged || !countsChanged.isEmpty
            || oldInputs != newInputs || oldInputBytes != newInputBytes
    }
}
