/// Corpus-wide state built record by record and merged associatively, so that files can be
/// processed in parallel and their partial results combined in input order.
public protocol CorpusObserver: Sendable {
    init()
    mutating func observe(_ record: Record)
    mutating func merge(_ other: Self)
}

/// A finding with the file it was found in, for reports that span records.
public struct LocatedFinding: Sendable, Equatable {
    public var file: String
    public var record: String
    public var finding: Finding
    /// The offending text, for compiler-style reports.
    public var excerpt: String

    public init(file: String, record: String, finding: Finding, excerpt: String) {
        self.file = file
        self.record = record
        self.finding = finding
        self.excerpt = excerpt
    }
}
