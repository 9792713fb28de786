/// One finding of a run, from `findings.json` or, when that file is absent, from the records.
public struct RunFinding: Sendable, Equatable {
    public var rule: String
    public var severity: String
    public var message: String
    /// The record's id, when the finding belongs to one.
    public var record: String?
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// Stable identity across runs (rule, record, offending text), independent of positions.
    public var fingerprint: String

    public init(
        rule: String, severity: String, message: String, record: String? = nil, file: String? = nil,
        line: Int? = nil, column: Int? = nil, fingerprint: String
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.record = record
        self.file = file
        self.line = line
        self.column = column
        self.fingerprint = fingerprint
    }

    /// Reads a finding object; missing optional fields stay nil. A finding without a fingerprint
    /// gets one from its rule, record and message so that it can still be matched.
    public init(json: JSONValue) throws(RunReadError) {
        guard case .object(let o) = json else { throw RunReadError("a finding is not a JSON object") }
        guard let rule = o["rule"]?.stringValue else { throw RunReadError("a finding has no \"rule\"") }
        self.rule = rule
        self.severity = o["severity"]?.stringValue ?? "warning"
        self.message = o["message"]?.stringValue ?? ""
        self.record = o["record"]?.stringValue
        self.file = o["file"]?.stringValue
        self.line = o["line"]?.intValue
        self.column = o["column"]?.intValue
        self.fingerprint = o["fingerprint"]?.stringValue ?? "\(rule)|\(record ?? "")|\(message)"
    }

    /// `file:line:col`, as far as it is known.
    public var location: String {
        guard let file else { return record ?? "" }
        var s = file
        if let line { s += ":\(line)" }
        if let line, line > 0, let column { s += ":\(column)" }
        return s
    }

    public var isError: Bool { severity == "error" }
}
