/// The catalogue of lint rules.
public enum LintRules {
    /// Every rule's description, in the order the linter runs them.
    public static let all: [RuleDescription] = implementations.map(\.description)

    static let implementations: [any LintRule] = [
        OffTopicRule(), TruncatedRule(), MissingSectionRule(), LeakedStructureRule(), MarkupRule(),
        DuplicateRule(), GlossMismatchRule(), TermInconsistencyRule(), UnbalancedRule(), EncodingRule(),
        UntranslatedRule(), GarbledNumberRule(),
    ]

    /// The description of rule `id`.
    public static func description(of id: String) -> RuleDescription? { all.first { $0.id == id } }

    /// Problems with a configuration: unknown rule ids, unknown options, wrong types, values out of range.
    public static func validate(_ configuration: LintConfiguration) -> [String] {
        configuration.rules.keys.sorted().flatMap { id in
            validate(rule: id, options: configuration.rules[id]?.options ?? [:]).map(\.message)
        }
    }

    /// Problems with one rule's settings, each with the option it concerns (nil: the rule id).
    public static func validate(rule id: String, options: [String: ConfigValue]) -> [(option: String?, message: String)] {
        guard let rule = description(of: id) else {
            let known = all.map(\.id).joined(separator: ", ")
            return [(nil, "unknown lint rule '\(id)' (known: \(known))")]
        }
        var problems: [(String?, String)] = []
        for name in options.keys.sorted() {
            guard let option = rule.option(name), let value = options[name] else {
                let known = rule.options.map(\.name).joined(separator: ", ")
                problems.append((name, "rule '\(id)' has no option '\(name)'" + (known.isEmpty ? "" : " (options: \(known))")))
                continue
            }
            if let problem = check(value, against: option) { problems.append((name, "rule '\(id)' option '\(name)': \(problem)")) }
        }
        return problems
    }

    static func check(_ value: ConfigValue, against option: RuleOption) -> String? {
        switch option.kind {
        case .int:
            guard let i = value.intValue else { return "expected an integer" }
            return range(Double(i), option)
        case .double:
            guard let d = value.doubleValue else { return "expected a number" }
            return range(d, option)
        case .bool:
            return value.boolValue == nil ? "expected true or false" : nil
        case .string:
            return value.stringValue == nil ? "expected a string" : nil
        case .list:
            return value.listValue == nil ? "expected a list" : nil
        }
    }

    static func range(_ d: Double, _ option: RuleOption) -> String? {
        if let lo = option.minimum, d < lo { return "\(format(d)) is below the minimum \(format(lo))" }
        if let hi = option.maximum, d > hi { return "\(format(d)) is above the maximum \(format(hi))" }
        return nil
    }

    static func format(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }
}
