/// One field of a record (or a section of it) that differs between two runs.
public struct FieldChange: Sendable, Equatable {
    /// Path of the field in the record's JSON: `title`, `sections[1].text`, `terms`, `routing`.
    public var field: String
    public var old: JSONValue?
    public var new: JSONValue?
    /// Word-level diff when both sides are text.
    public var words: [WordDiff.Segment]?
    /// For list fields (sections, terms, findings): the items only the new run has…
    public var added: [String]
    /// …and the items only the old run has.
    public var removed: [String]
    /// Where the field is (a section's label) or why it changed, for people reading the diff.
    public var note: String?

    public init(
        field: String, old: JSONValue?, new: JSONValue?, words: [WordDiff.Segment]? = nil,
        added: [String] = [], removed: [String] = [], note: String? = nil
    ) {
        self.field = field
        self.old = old
        self.new = new
        self.words = words
        self.added = added
        self.removed = removed
        self.note = note
    }

    /// A change of a scalar or text value; text gets a word diff.
    static func value(_ field: String, _ old: JSONValue?, _ new: JSONValue?, note: String? = nil) -> FieldChange {
        var words: [WordDiff.Segment]?
        if case .string(let a)? = old, case .string(let b)? = new { words = WordDiff.diff(a, b) }
        return FieldChange(field: field, old: old, new: new, words: words, note: note)
    }
}
