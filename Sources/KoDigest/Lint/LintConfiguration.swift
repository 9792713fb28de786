/// The settings of every rule that a pipeline file mentions; rules it does not mention keep their defaults.
public struct LintConfiguration: Sendable, Equatable {
    public var rules: [String: RuleSettings]

    public init(rules: [String: RuleSettings] = [:]) {
        self.rules = rules
    }

    /// Every rule on, default severities and options.
    public static let standard = LintConfiguration()

    /// Whether the rule `id` runs.
    public func isEnabled(_ id: String) -> Bool { rules[id]?.enabled ?? true }

    /// The severity findings of `rule` get.
    public func severity(of rule: RuleDescription) -> Severity { rules[rule.id]?.severity ?? rule.defaultSeverity }

    /// The options of `rule` with the configured values over the defaults.
    public func options(of rule: RuleDescription) -> RuleOptions {
        var values: [String: ConfigValue] = [:]
        for option in rule.options { values[option.name] = option.defaultValue }
        for (name, value) in rules[rule.id]?.options ?? [:] { values[name] = value }
        return RuleOptions(values: values)
    }
}
