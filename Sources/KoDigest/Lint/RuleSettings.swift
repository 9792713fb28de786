/// How one rule is set up by a pipeline file: on or off, its severity, its option values.
public struct RuleSettings: Sendable, Equatable {
    /// nil keeps the rule's default (on).
    public var enabled: Bool?
    /// nil keeps the rule's default severity.
    public var severity: Severity?
    public var options: [String: ConfigValue]

    public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: ConfigValue] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.options = options
    }
}
