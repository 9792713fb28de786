/// Corpus-wide facts gathered in the first pass, for rules that compare records (duplicates).
public struct LintFacts: Sendable {
    /// Where a record was seen: file and header line, in input order.
    public struct Occurrence: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var date: String?
    }

    /// Every occurrence of each arXiv id, in input order.
    public private(set) var occurrences: [String: [Occurrence]] = [:]

    public init() {}

    public mutating func observe(_ record: Record) {
        occurrences[record.id, default: []].append(Occurrence(file: record.source.file, line: record.source.line, date: record.date))
    }

    /// Appends `other`'s occurrences after this one's (merge in file order).
    public mutating func merge(_ other: LintFacts) {
        for (id, list) in other.occurrences { occurrences[id, default: []].append(contentsOf: list) }
    }

    /// The occurrences of `id` (empty when it was never observed).
    public func occurrences(of id: String) -> [Occurrence] { occurrences[id] ?? [] }
}
