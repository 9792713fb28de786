/// How serious a finding is; ordered so that `error > warning > info`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A problem in a record's content, located down to the character.
public struct Finding: Sendable, Equatable, Codable {
    /// Rule id, kebab-case (`off-topic`).
    public var rule: String
    public var severity: Severity
    /// What is wrong and what to do.
    public var message: String
    /// Index into the record's `sections`, when the finding is inside one.
    public var section: Int?
    /// Unicode-scalar offsets into that section's `text`.
    public var start: Int?
    public var end: Int?
    /// 1-based line and column (Unicode scalars) in the source file.
    public var line: Int
    public var column: Int
    /// Stable identity: rule, record id and the offending text, not the position in the file.
    public var fingerprint: String
    /// Suggested replacement for the `start..<end` span, when the rule has one.
    public var fix: String?

    public init(
        rule: String, severity: Severity, message: String, section: Int? = nil, start: Int? = nil, end: Int? = nil,
        line: Int, column: Int, fingerprint: String, fix: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.section = section
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.fingerprint = fingerprint
        self.fix = fix
    }
}
