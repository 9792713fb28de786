/// Finds every occurrence of many fixed phrases (scalar arrays) in one pass over a text, instead of
/// one search per phrase: a bitset over hashed pairs of scalars picks the few positions where some
/// phrase can start, and only there are the phrases of that pair compared. Built once at load time.
struct PhraseIndex: Sendable {
    /// The phrases, by id (the order they were added in).
    private(set) var phrases: [[UInt32]] = []
    /// 2^16 bits, one per hashed pair of first scalars.
    private var pairBits = [UInt64](repeating: 0, count: 1024)
    /// Phrase ids by the hash of their first two scalars (the bit's index): a hit of the bitset goes
    /// straight to its few phrases, with no dictionary hashing per hit.
    private var byHash = [[Int]](repeating: [], count: 1 << 16)
    /// Phrase ids of one-scalar phrases, by that scalar.
    private var bySingle: [UInt32: [Int]] = [:]

    init() {}

    /// Adds `phrase` and returns its id. An empty phrase is kept (ids stay dense) but never found.
    @discardableResult
    mutating func add(_ phrase: [UInt32]) -> Int {
        let id = phrases.count
        phrases.append(phrase)
        if phrase.count == 1 {
            bySingle[phrase[0], default: []].append(id)
        } else if phrase.count >= 2 {
            let h = Self.hash(phrase[0], phrase[1])
            pairBits[h >> 6] |= 1 << UInt64(h & 63)
            byHash[h].append(id)
        }
        return id
    }

    static func hash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA6B)) >> 16)
    }

    /// Calls `body(id, start)` for every occurrence of every phrase in `text` (overlapping ones
    /// included), in order of position.
    func forEachMatch(in text: [UInt32], _ body: (_ id: Int, _ start: Int) -> Void) {
        let n = text.count
        text.withUnsafeBufferPointer { t in
            pairBits.withUnsafeBufferPointer { bits in
                for i in 0..<n {
                    if !bySingle.isEmpty, let ids = bySingle[t[i]] {
                        for id in ids { body(id, i) }
                    }
                    guard i + 1 < n else { break }
                    let h = Self.hash(t[i], t[i + 1])
                    guard bits[h >> 6] & (1 << UInt64(h & 63)) != 0 else { continue }
                    // phrases of another pair may share the hash: the first two scalars are compared too
                    for id in byHash[h] {
                        let p = phrases[id]
                        guard i + p.count <= n, p[0] == t[i], p[1] == t[i + 1] else { continue }
                        var k = 2
                        while k < p.count && t[i + k] == p[k] { k += 1 }
                        if k == p.count { body(id, i) }
                    }
                }
            }
        }
    }
}
