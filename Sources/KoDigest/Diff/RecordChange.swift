/// A record present in both runs whose content differs.
public struct RecordChange: Sendable, Equatable {
    /// The id, or `title:…` for records without one (see `RunRecord.matchKey`).
    public var key: String
    public var title: String
    public var fields: [FieldChange]

    public init(key: String, title: String, fields: [FieldChange]) {
        self.key = key
        self.title = title
        self.fields = fields
    }

    /// The paths of the changed fields, in record order.
    public var fieldNames: [String] { fields.map(\.field) }
}
