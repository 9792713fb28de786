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
