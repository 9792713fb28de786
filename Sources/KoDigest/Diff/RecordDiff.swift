/// Records of two runs matched by id (clean and quarantined together): which were added,
/// removed or changed, and which differ only in provenance.
public struct RecordDiff: Sendable {
    /// Only in the new run, in its order.
    public var added: [RunRecord] = []
    /// Only in the old run, in its order.
    public var removed: [RunRecord] = []
    /// In both with different content, in the new run's order.
    public var changed: [RecordChange] = []
    /// In both with the same content (whatever their provenance).
    public var unchanged = 0
    /// In both with the same content but a different `source`: reported, never counted.
    public var provenanceOnly = 0
    /// For each `source` field, how many matched records differ in it.
    public var sourceFieldChanges: [String: Int] = [:]
    /// `UTF-8 → UTF-16LE` style encoding changes with their record counts.
    public var encodingChanges: [String: Int] = [:]

    /// Fields in the order a record's JSON line has them; unknown fields follow, sorted.
    static let fieldOrder = ["id", "date", "title", "url", "thumbnail", "votes", "authors", "sections", "terms"]
    /// Keys that only say where something is; they follow the text when it is edited.
    static let positionKeys: Set<String> = ["start", "end", "line", "column"]

    public init() {}

    public init(old: [RunRecord], new: [RunRecord]) {
        var newByKey: [String: [Int]] = [:]
        for (i, r) in new.enumerated() { newByKey[r.matchKey, default: []].append(i) }
        var oldByKey: [String: [Int]] = [:]
        var keyOrder: [String] = []
        for (i, r) in old.enumerated() {
            if oldByKey[r.matchKey] == nil { keyOrder.append(r.matchKey) }
            oldByKey[r.matchKey, default: []].append(i)
        }

        var pairs: [(old: Int, new: Int)] = []
        var pairedNew = Set<Int>()
        var pairedOld = Set<Int>()
        for key in keyOrder {
            let olds = oldByKey[key] ?? [], news = newByKey[key] ?? []
            // An id can occur more than once (the same paper on two days): identical records pair
            // first, the rest in file order, so removing one duplicate reports just that one.
            var free = news
            var rest: [Int] = []
            for o in olds {
                if let k = free.firstIndex(where: { old[o].sameContent(as: new[$0]) }) {
                    pairs.append((o, free.remove(at: k)))
                } else {
                    rest.append(o)
                }
            }
            for (o, n) in zip(rest, free) { pairs.append((o, n)) }
        }
        for p in pairs { pairedOld.insert(p.old); pairedNew.insert(p.new) }
        removed = old.indices.filter { !pairedOld.contains($0) }.map { old[$0] }
        added = new.indices.filter { !pairedNew.contains($0) }.map { new[$0] }

        for p in pairs.sorted(by: { $0.new < $1.new }) {
            let a = old[p.old], b = new[p.new]
            noteProvenance(a, b)
            if a.sameContent(as: b) {
                unchanged += 1
                if a.source != b.source { provenanceOnly += 1 }
            } else {
                changed.append(RecordChange(key: b.displayKey, title: b.title, fields: RecordDiff.fieldChanges(a, b)))
            }
        }
    }

    /// True when no record was added, removed or changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    private mutating func noteProvenance(_ a: RunRecord, _ b: RunRecord) {
        guard a.source != b.source else { return }
        for key in Set(a.source.keys).union(b.source.keys) where a.source[key] != b.source[key] {
            sourceFieldChanges[key, default: 0] += 1
        }
        let ea = a.source["encoding"]?.display ?? "?", eb = b.source["encoding"]?.display ?? "?"
        if ea != eb { encodingChanges["\(ea) → \(eb)", default: 0] += 1 }
    }

    /// The changed fields of two matched records, in record order.
    static func fieldChanges(_ a: RunRecord, _ b: RunRecord) -> [FieldChange] {
        var out: [FieldChange] = []
        let keys = Set(a.content.keys).union(b.content.keys)
        let ordered = fieldOrder.filter(keys.contains) + keys.subtracting(fieldOrder).sorted()
        var textChanged = false
        for key in ordered {
            let x = a.content[key], y = b.content[key]
            guard x != y else { continue }
            switch key {
            case "sections":
                let changes = sectionChanges(x?.arrayValue ?? [], y?.arrayValue ?? [])
                textChanged = textChanged || !changes.isEmpty
                out += changes
            case "terms":
                // Decided below, once we know whether some text moved the offsets.
                continue
            default:
                out.append(.value(key, x, y))
            }
        }
        if a.content["terms"] != b.content["terms"],
           let change = listChange("terms", a.content["terms"], b.content["terms"], textChanged: textChanged, describe: describeTerm) {
            out.append(change)
        }
        if a.routing != b.routing {
            let why = b.routing == .quarantine ? b.reasons : []
            out.append(FieldChange(
                field: "routing", old: .string(a.routing.rawValue), new: .string(b.routing.rawValue),
                added: why, note: why.isEmpty ? nil : "reasons"))
        }
        return out
    }

    /// Section fields compared index by index; sections only one side has are listed.
    static func sectionChanges(_ x: [JSONValue], _ y: [JSONValue]) -> [FieldChange] {
        var out: [FieldChange] = []
        for i in 0..<min(x.count, y.count) where x[i] != y[i] {
            let a = x[i].objectValue ?? [:], b = y[i].objectValue ?? [:]
            let label = (b["label"] ?? a["label"])?.stringValue
            let keys = Set(a.keys).union(b.keys)
            let ordered = ["label", "text", "text_plain"].filter(keys.contains) + keys.subtracting(["label", "text", "text_plain"]).sorted()
            for key in ordered where a[key] != b[key] {
                out.append(.value("sections[\(i)].\(key)", a[key], b[key], note: label))
            }
        }
        if x.count != y.count {
            func describe(_ i: Int, _ s: JSONValue) -> String {
                "[\(i)] " + (s["label"]?.stringValue.map { $0 + ": " } ?? "") + (s["text"]?.stringValue ?? "")
            }
            out.append(FieldChange(
                field: "sections", old: .int(x.count), new: .int(y.count),
                added: y.indices.dropFirst(x.count).map { describe($0, y[$0]) },
                removed: x.indices.dropFirst(y.count).map { describe($0, x[$0]) },
                note: "\(x.count) → \(y.count) sections"))
        }
        return out
    }

    /// Terms compared as multisets, ignoring offsets: an edit earlier in a section
    /// shifts every offset after it, and the edit itself is already reported. When only offsets
    /// differ and no text changed, the offsets themselves are the change and are reported.
    static func listChange(
        _ field: String, _ x: JSONValue?, _ y: JSONValue?, textChanged: Bool, describe: (JSONValue) -> String
    ) -> FieldChange? {
        let a = x?.arrayValue ?? [], b = y?.arrayValue ?? []
        let (plus, minus) = multisetDifference(a.map(withoutPositions), b.map(withoutPositions))
        if plus.isEmpty && minus.isEmpty {
            if textChanged { return nil }
            return FieldChange(field: field, old: x, new: y, note: "positions changed")
        }
        return FieldChange(field: field, old: x, new: y, added: plus.map(describe), removed: minus.map(describe))
    }

    static func withoutPositions(_ v: JSONValue) -> JSONValue {
        guard case .object(var o) = v else { return v }
        for k in positionKeys { o.removeValue(forKey: k) }
        return .object(o)
    }

    /// Items of `new` that `old` lacks and items of `old` that `new` lacks, counting repeats.
    static func multisetDifference<T: Hashable>(_ old: [T], _ new: [T]) -> (added: [T], removed: [T]) {
        var counts: [T: Int] = [:]
        for v in old { counts[v, default: 0] += 1 }
        var added: [T] = []
        for v in new {
            if let c = counts[v], c > 0 { counts[v] = c - 1 } else { added.append(v) }
        }
        var removed: [T] = []
        for v in old.reversed() {
            if let c = counts[v], c > 0 { counts[v] = c - 1; removed.append(v) }
        }
        return (added, removed.reversed())
    }

    static func describeTerm(_ t: JSONValue) -> String {
        var s = t["ko"]?.stringValue ?? t["en"]?.stringValue ?? "?"
        let inside = [t["en"]?.stringValue, t["abbr"]?.stringValue].compactMap { $0 }.filter { $0 != s }
        if !inside.isEmpty { s += " (" + inside.joined(separator: ", ") + ")" }
        if let kind = t["kind"]?.stringValue { s += " [\(kind)]" }
        if let match = t["match"]?.stringValue, match != "ok" { s += " match: \(match)" }
        return s
    }
}
