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
