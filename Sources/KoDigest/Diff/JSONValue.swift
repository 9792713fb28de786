/// A JSON value as read from a run directory, kept generic so that a field the reader does not
/// know yet (a newer run, an older run) is still compared instead of silently ignored.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses one JSON document (strict RFC 8259: integers stay exact, other numbers are Double).
    public static func parse(_ bytes: some Collection<UInt8>) throws -> JSONValue {
        try JSONParser.parse(bytes)
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
        default: return nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Compact JSON with object keys sorted, so equal values always print the same way.
    public var canonical: String {
        var w = JSONWriter(capacity: 64)
        write(to: &w)
        return w.string
    }

    /// Short human form: strings unquoted, everything else as canonical JSON.
    public var display: String {
        if case .string(let s) = self { return s }
        return canonical
    }

    /// Writes the value with object keys sorted (deterministic output).
    public func write(to w: inout JSONWriter) {
        switch self {
        case .null: w.value(nil as String?)
        case .bool(let b): w.value(b)
        case .int(let i): w.value(i)
        case .double(let d): w.value(d)
        case .string(let s): w.value(s)
        case .array(let a):
            w.beginArray()
            for v in a { v.write(to: &w) }
            w.endArray()
        case .object(let o):
            w.beginObject()
            for k in o.keys.sorted() {
                w.key(k)
                o[k, default: .null].write(to: &w)
            }
            w.endObject()
        }
    }
}
