/// A word as a dictionary key, hashed and compared by its UTF-8 bytes. Corpus text is NFC, so
/// this is `String`'s equality without normalising Korean text on every hash and comparison.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: WordKey, b: WordKey) -> Bool { WordKey.same(a.text, b.text) }

    func hash(into hasher: inout Hasher) { WordKey.hashBytes(text, into: &hasher) }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        return x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in p.elementsEqual(q) }
        }.flatMap { $0 } ?? x.elementsEqual(y)
    }

    static func hashBytes(_ s: String, into hasher: inout Hasher) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for b in s.utf8 { hasher.combine(b) } }
        hasher.combine(UInt8(0xFF))   // never a UTF-8 byte: ends the word
    }
}

/// Corpus token counts keyed by `WordKey`, with the particle families of §3 once computed.
struct TokenCounts: Sendable {
    private(set) var table: [WordKey: Int] = [:]
    /// stem → Σ counts of stem + particle, for every particle (`family(x) − cnt(x)`).
    private var suffixed: [WordKey: Int] = [:]

    init() {}

    init(_ counts: [String: Int]) {
        for (k, v) in counts { table[WordKey(k), default: 0] += v }
    }

    subscript(_ w: String) -> Int { table[WordKey(w)] ?? 0 }

    mutating func add(_ w: String, _ n: Int = 1) { table[WordKey(w), default: 0] += n }

    mutating func merge(_ other: TokenCounts) {
        if table.isEmpty { table = other.table; return }
        for (k, v) in other.table { table[k, default: 0] += v }
    }

    /// Fills the families for `particles` (distinct): every token that is a non-empty stem plus
    /// a particle adds its count to the stem.
    mutating func computeFamilies(particles: [String]) {
        var byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for p in particles {
            let sc = Array(p.unicodeScalars)
            if let l = sc.last { byLast[l, default: []].append(sc) }
        }
        var out: [WordKey: Int] = [:]
        for (k, v) in table {
            let u = k.text.unicodeScalars
            guard let last = u.last, let cands = byLast[last] else { continue }
            let sc = Array(u)
            for p in cands where sc.count > p.count && sc[(sc.count - p.count)...].elementsEqual(p) {
                let stem = TermText.string(sc[..<(sc.count - p.count)])
                out[WordKey(stem), default: 0] += v
            }
        }
        suffixed = out
    }

    var hasFamilies: Bool { !suffixed.isEmpty || table.isEmpty }

    /// cnt(x) + Σ cnt(x + particle).
    func family(_ x: String) -> Int {
        let k = WordKey(x)
        return (table[k] ?? 0) + (suffixed[k] ?? 0)
    }
}
