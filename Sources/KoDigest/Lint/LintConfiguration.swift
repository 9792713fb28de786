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

/// The effective option values of one rule.
public struct RuleOptions: Sendable, Equatable {
    public var values: [String: ConfigValue]

    public init(values: [String: ConfigValue]) { self.values = values }

    public func double(_ name: String, _ fallback: Double = 0) -> Double { values[name]?.doubleValue ?? fallback }
    public func int(_ name: String, _ fallback: Int = 0) -> Int {
        if let i = values[name]?.intValue { return i }
        if let d = values[name]?.doubleValue { return Int(d) }
        return fallback
    }
    public func bool(_ name: String, _ fallback: Bool = false) -> Bool { values[name]?.boolValue ?? fallback }
}
