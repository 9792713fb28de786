/// A value from a pipeline file's options, already checked for its YAML type.
public enum ConfigValue: Sendable, Equatable, Hashable {
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([ConfigValue])
    case map([String: ConfigValue])

    public var doubleValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var listValue: [ConfigValue]? {
        if case .list(let l) = self { return l }
        return nil
    }

    public var mapValue: [String: ConfigValue]? {
        if case .map(let m) = self { return m }
        return nil
    }
}
