/// Distinct words, each stored once as UTF-8 in one buffer and numbered in order of first
/// sight, found by their bytes: counting a corpus token neither makes a `String` nor hashes one
/// with `Hasher`. The corpus pass sees every token of the corpus, so this is its inner loop.
struct WordTable: Sendable {
    /// The words' bytes, back to back; word `i` ends at `ends[i]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing with linear probing. A slot holds the high half of the word's hash and its
    /// id + 1 (0: empty), so a probe that meets another word mostly tells so without reading that
    /// word's bytes. The capacity is a power of two kept at least twice the number of words.
    private var slots = [UInt64](repeating: 0, count: 1 << 10)

    var count: Int { ends.count }

    /// The id of `word`, adding it when it is new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        insert(word, hash: WordTable.hash(word))
    }

    /// The id of `word`, whose `hash` is known (merging tables), adding it when it is new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let (slot, found) = find(word, hash: h)
        if let found { return found }
        let id = ends.count
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(h)
        slots[slot] = WordTable.entry(h, id)
        if ends.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `word`, or nil when it was never inserted.
    func id(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(word, hash: WordTable.hash(word)).id
    }

    /// The slot of `word`: where it is (with its id) or the empty slot where it would go.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, id: Int?) {
        let tag = h & 0xFFFF_FFFF_0000_0000, mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, word) { return (slot, id) }
            }
            slot = (slot + 1) & mask
        }
    }

    private static func entry(_ hash: UInt64, _ id: Int) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    }

    func id(_ word: String) -> Int? {
        var w = word
        return w.withUTF8 { id($0) }
    }

    func hash(_ id: Int) -> UInt64 { hashes[id] }

    /// The bytes of word `id`, for as long as `body` runs.
    func withBytes<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = id == 0 ? 0 : ends[id - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[id]])) }
    }

    func word(_ id: Int) -> String { withBytes(id) { String(decoding: $0, as: UTF8.self) } }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            UTF8Scalars.equal(UnsafeBufferPointer(rebasing: stored[start..<ends[id]]), word)
        }
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for id in 0..<ends.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = WordTable.entry(hashes[id], id)
        }
    }

    /// FNV-1a over the bytes, then a finalizer that spreads every bit over the low ones the
    /// table indexes by. Fixed, not seeded: nothing depends on it but the table's speed.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}

/// Corpus token counts on a `WordTable`, with the particle families of docs/terms.md §3 once
/// computed.
struct TokenCounts: Sendable {
    private var words = WordTable()
    private var counts: [Int] = []
    /// stem → Σ counts of stem + particle, for every particle (`family(x) − cnt(x)`).
    private var suffixed: [WordKey: Int] = [:]

    init() {}

    init(_ counts: [String: Int]) {
        for (k, v) in counts.sorted(by: { $0.key < $1.key }) { add(k, v) }
    }

    subscript(_ w: String) -> Int { words.id(w).map { counts[$0] } ?? 0 }

    /// Counts `n` occurrences of `word`.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, _ n: Int = 1) {
        count(words.insert(word), n)
    }

    private mutating func count(_ id: Int, _ n: Int) {
        if id == counts.count { counts.append(0) }
        counts[id] += n
    }

    mutating func add(_ w: String, _ n: Int = 1) {
        var w = w
        w.withUTF8 { add($0, n) }
    }

    /// Adds `other`'s counts. Sums do not depend on order, so the larger table absorbs the
    /// smaller: merging a run of files into the corpus costs that run's distinct words.
    mutating func merge(_ other: TokenCounts) {
        if other.words.count > words.count {
            let smaller = self
            self = other
            absorb(smaller)
        } else {
            absorb(other)
        }
    }

    private mutating func absorb(_ other: TokenCounts) {
        for id in 0..<other.words.count {
            count(other.words.withBytes(id) { words.insert($0, hash: other.words.hash(id)) }, other.counts[id])
        }
    }

    /// Fills the families for `particles` (distinct): every token that is a non-empty stem plus
    /// a particle adds its count to the stem.
    mutating func computeFamilies(particles: [String]) {
        var byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for p in particles {
            let sc = UTF8Scalars.array(p)
            if let l = sc.last { byLast[l, default: []].append(sc) }
        }
        var out: [WordKey: Int] = [:]
        for id in 0..<words.count {
            let u = words.word(id).unicodeScalars
            guard let last = u.last, let cands = byLast[last] else { continue }
            let sc = Array(u)
            for p in cands where sc.count > p.count && sc[(sc.count - p.count)...].elementsEqual(p) {
                let stem = TermText.string(sc[..<(sc.count - p.count)])
                out[WordKey(stem), default: 0] += counts[id]
            }
        }
        suffixed = out
    }

    var hasFamilies: Bool { !suffixed.isEmpty || words.count == 0 }

    /// cnt(x) + Σ cnt(x + particle).
    func family(_ x: String) -> Int { self[x] + (suffixed[WordKey(x)] ?? 0) }
}
