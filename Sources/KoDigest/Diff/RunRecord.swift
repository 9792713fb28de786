/// One line of `records.jsonl` or `quarantine.jsonl`, split into content and provenance.
public struct RunRecord: Sendable, Equatable {
    /// arXiv id; nil for records quarantined without one.
    public var id: String?
    public var title: String
    public var routing: Routing
    /// Every field of the line except `source`, `findings` and `reasons`: what the run says
    /// about the paper.
    public var content: [String: JSONValue]
    /// The record's findings; compared in the findings part of a diff, by fingerprint.
    public var findings: [JSONValue]
    /// Why the record was quarantined (quarantine lines only); shown when the routing changes.
    public var reasons: [String]
    /// The `source` object: provenance, so differences there never count as content changes.
    public var source: [String: JSONValue]
    /// 1-based line in its file, for messages.
    public var line: Int

    public init(
        id: String?, title: String, routing: Routing, content: [String: JSONValue], findings: [JSONValue] = [],
        reasons: [String] = [], source: [String: JSONValue] = [:], line: Int = 0
    ) {
        self.id = id
        self.title = title
        self.routing = routing
        self.content = content
        self.findings = findings
        self.reasons = reasons
        self.source = source
        self.line = line
    }

    /// Reads one JSON line; nil id when the field is null, empty or absent.
    public init(json: JSONValue, routing: Routing, line: Int) throws(RunReadError) {
        guard case .object(var fields) = json else { throw RunReadError("not a JSON object") }
        let id = fields["id"]?.stringValue
        self.id = (id?.isEmpty ?? true) ? nil : id
        self.title = fields["title"]?.stringValue ?? ""
        self.routing = routing
        self.source = fields.removeValue(forKey: "source")?.objectValue ?? [:]
        self.findings = fields.removeValue(forKey: "findings")?.arrayValue ?? []
        self.reasons = fields.removeValue(forKey: "reasons")?.arrayValue?.compactMap(\.stringValue) ?? []
        self.content = fields
        self.line = line
    }

    /// How records are matched across runs. The arXiv id when there is one. Records quarantined
    /// without an id have nothing else stable: their file, line and position all move with
    /// re-encoding or edits elsewhere, so they are matched by their title alone (compared as Swift strings, so NFC and NFD agree);
    /// two such records with one title pair up in file order.
    public var matchKey: String {
        if let id { return id }
        return "title:" + title
    }

    /// What lists and messages show: the id, or `title:…` for records without one.
    public var displayKey: String { matchKey }

    /// Whether two records say the same thing about the paper and went to the same file.
    /// Provenance never counts; nor do findings and quarantine reasons, which the findings part
    /// of a diff reports by fingerprint (a corpus rule such as duplicate detection would
    /// otherwise mark untouched records as changed whenever another record is added).
    public func sameContent(as other: RunRecord) -> Bool {
        routing == other.routing && content == other.content
    }
}
