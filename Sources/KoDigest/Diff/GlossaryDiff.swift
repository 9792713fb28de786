/// Glossary concepts of two runs matched by their folded English key.
public struct GlossaryDiff: Sendable {
    /// A concept in both runs whose entry differs.
    public struct Change: Sendable, Equatable {
        public var key: String
        public var en: String
        /// Names of the differing fields, sorted (`count`, `preferred`, `variants`, …).
        public var fields: [String]
        public var oldPreferred: String?
        public var newPreferred: String?
        public var oldCount: Int
        public var newCount: Int
        /// Korean renderings that appeared or disappeared among the variants.
        public var variantsAdded: [String]
        public var variantsRemoved: [String]

        public var countDelta: Int { newCount - oldCount }
        public var preferredChanged: Bool { oldPreferred != newPreferred }
    }

    public var added: [RunConcept] = []
    public var removed: [RunConcept] = []
    /// In the new run's order.
    public var changed: [Change] = []
    public var unchanged = 0

    public init() {}

    public init(old: [RunConcept], new: [RunConcept]) {
        var oldByKey: [String: RunConcept] = [:]
        for c in old where oldByKey[c.key] == nil { oldByKey[c.key] = c }
        let newKeys = Set(new.map(\.key))
        removed = old.filter { !newKeys.contains($0.key) }
        var seen = Set<String>()
        for c in new where seen.insert(c.key).inserted {
            guard let o = oldByKey[c.key] else { added.append(c); continue }
            guard o.fields != c.fields || o.preferred != c.preferred || o.count != c.count else { unchanged += 1; continue }
            var fields = Set(o.fields.keys).union(c.fields.keys).filter { o.fields[$0] != c.fields[$0] }
            if o.preferred != c.preferred { fields.insert("preferred") }
            if o.count != c.count { fields.insert("count") }
            let va = o.variants, vb = c.variants
            changed.append(Change(
                key: c.key, en: c.en, fields: fields.sorted(), oldPreferred: o.preferred, newPreferred: c.preferred,
                oldCount: o.count, newCount: c.count,
                variantsAdded: vb.keys.filter { va[$0] == nil }.sorted(),
                variantsRemoved: va.keys.filter { vb[$0] == nil }.sorted()))
        }
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Concepts whose preferred Korean rendering changed.
    public var preferredChanges: [Change] { changed.filter(\.preferredChanged) }

    /// The largest count changes first (ties by key), at most `limit`.
    public func biggestCountChanges(limit: Int = 10) -> [Change] {
        let moved = changed.filter { $0.countDelta != 0 }
        return Array(moved.sorted { (abs($0.countDelta), $1.key) > (abs($1.countDelta), $0.key) }.prefix(limit))
    }
}
