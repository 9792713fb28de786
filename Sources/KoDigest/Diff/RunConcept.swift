/// One concept of `glossary.json`: its key, the fields the diff reports on, and everything else.
public struct RunConcept: Sendable, Equatable {
    /// Folded English key; concepts are matched across runs by it.
    public var key: String
    public var en: String
    public var preferred: String?
    public var count: Int
    /// The whole concept object, so that any field can be compared.
    public var fields: [String: JSONValue]

    public init(key: String, en: String? = nil, preferred: String?, count: Int, fields: [String: JSONValue] = [:]) {
        self.key = key
        self.en = en ?? key
        self.preferred = preferred
        self.count = count
        self.fields = fields
    }

    public init(json: JSONValue) throws(RunReadError) {
        guard case .object(let o) = json else { throw RunReadError("a concept is not a JSON object") }
        guard let key = o["key"]?.stringValue ?? o["en"]?.stringValue else {
            throw RunReadError("a concept has neither \"key\" nor \"en\"")
        }
        self.key = key
        self.en = o["en"]?.stringValue ?? key
        self.preferred = o["preferred"]?.stringValue
        self.count = o["count"]?.intValue ?? 0
        self.fields = o
    }

    /// Korean renderings with their counts, from `variants`.
    public var variants: [String: Int] {
        var out: [String: Int] = [:]
        for v in fields["variants"]?.arrayValue ?? [] {
            if let ko = v["ko"]?.stringValue { out[ko, default: 0] += v["count"]?.intValue ?? 0 }
        }
        return out
    }
}
