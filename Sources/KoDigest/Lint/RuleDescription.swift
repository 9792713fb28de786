/// What a lint rule checks, why, and how it can be tuned; used for SARIF, docs and config checks.
public struct RuleDescription: Sendable, Equatable {
    /// Kebab-case id (`off-topic`).
    public var id: String
    public var defaultSeverity: Severity
    /// One line: what the rule reports.
    public var summary: String
    /// Why it matters and what to do about it.
    public var rationale: String
    public var options: [RuleOption]
    /// Summary text the rule reports (invented examples, not corpus text).
    public var triggeringExamples: [String]
    /// Similar text the rule must leave alone.
    public var nonTriggeringExamples: [String]

    public init(id: String, defaultSeverity: Severity, summary: String, rationale: String, options: [RuleOption] = [],
                triggeringExamples: [String] = [], nonTriggeringExamples: [String] = []) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The option called `name`, if the rule has one.
    public func option(_ name: String) -> RuleOption? { options.first { $0.name == name } }
}
