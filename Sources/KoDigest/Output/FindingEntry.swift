/// One finding with the record it belongs to, as the writers print it.
public struct FindingEntry: Sendable, Equatable {
    public var file: String
    public var record: String
    public var finding: Finding
    /// The offending text (the finding's span of its section), or the record's title.
    public var excerpt: String
}
