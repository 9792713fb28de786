/// The type an option of a rule takes in a pipeline file.
public enum RuleOptionKind: String, Sendable, Equatable {
    case int, double, bool, string, list
}
