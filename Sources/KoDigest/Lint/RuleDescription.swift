/// The type an option of a rule takes in a pipeline file.
public enum RuleOptionKind: String, Sendable, Equatable {
    case int, double, bool, string, list
}

/// One tunable of a rule: its name, type, default and allowed range.
public struct RuleOption: Sendable, Equatable {
    public var name: String
    public var kind: RuleOptionKind
    public var defaultValue: ConfigValue
    /// Inclusive bounds for numbers; nil when unbounded.
    public var minimum: Double?
    public var maximum: Double?
    public var summary: String

    public init(name: String, kind: RuleOptionKind, defaultValue: ConfigValue, minimum: Double? = nil,
                maximum: Double? = nil, summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.summary = summary
    }

    /// A number option (double) with a range.
    static func number(_ name: String, _ value: Double, _ range: ClosedRange<Double>, _ summary: String) -> RuleOption {
        RuleOption(name: name, kind: .double, defaultValue: .double(value), minimum: range.lowerBound,
                   maximum: range.upperBound, summary: summary)
    }

    /// An integer option with a range.
    static func integer(_ name: String, _ value: Int, _ range: ClosedRange<Int>, _ summary: String) -> RuleOption {
        RuleOption(name: name, kind: .int, defaultValue: .int(value), minimum: Double(range.lowerBound),
                   maximum: Double(range.upperBound), summary: summary)
    }
}

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
