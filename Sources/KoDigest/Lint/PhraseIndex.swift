/// Finds every occurrence of many fixed phrases (scalar arrays) in one pass over a text, instead of
/// one search per phrase: a bitset over hashed pairs of scalars picks the few positions where some
/// phrase can start, and only there are the phrases of that pair compared. Built once at load time.
struct PhraseIndex: Sendable {
    /// The phrases, by id (the order they were added in).
    private(set) var phrases: [[UInt32]] = []
    /// 2^16 bits, one per hashed pair of first scalars.
    private var pairBits = [UInt64](repeating: 0, count: 1024)
    /// The scan reads small flat tables, so that a hit of the bitset touches no array of arrays (a
    /// pointer chase and a reference count each) and no table too big for the first-level cache: the
    /// bucket of each pair hash in an open-addressed table (`slotHash` holds hash + 1, 0 when free),
    /// the phrase ids of bucket `b` at `bucketIds[bucketStarts[b]..<bucketStarts[b + 1]]`, and phrase
    /// `id` at `phraseData[phraseStarts[id]..<phraseStarts[id + 1]]`.
    private var slotHash = [UInt32](repeating: 0, count: 64)
    private var slotBucket = [UInt16](repeating: 0, count: 64)
    private var bucketStarts: [Int] = [0, 0]
    private var bucketIds: [Int] = []
    private var phraseStarts: [Int] = [0]
    private var phraseData: [UInt32] = []
    /// The ids of each bucket while the index is built (the flat tables are made from them).
    private var buckets: [[Int]] = [[]]
    /// Phrase ids of one-scalar phrases, by that scalar.
    private var bySingle: [UInt32: [Int]] = [:]

    init() {}

    /// Adds `phrase` and returns its id. An empty phrase is kept (ids stay dense) but never found.
    @discardableResult
    mutating func add(_ phrase: [UInt32]) -> Int {
        let id = phrases.count
        phrases.append(phrase)
        phraseData.append(contentsOf: phrase)
        phraseStarts.append(phraseData.count)
        if phrase.count == 1 {
            bySingle[phrase[0], default: []].append(id)
        } else if phrase.count >= 2 {
            let h = Self.hash(phrase[0], phrase[1])
            pairBits[h >> 6] |= 1 << UInt64(h & 63)
            var bucket = self.bucket(ofHash: h)
            if bucket == 0 {
                bucket = buckets.count
                buckets.append([])
                insertSlot(hash: h, bucket: bucket)
            }
            buckets[bucket].append(id)
            // a few hundred phrases at load time: the flat tables are simply made again
            bucketIds = buckets.flatMap { $0 }
            bucketStarts = buckets.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        }
        return id
    }

    /// The bucket of pair hash `h`, 0 when no phrase has it.
    private func bucket(ofHash h: Int) -> Int {
        let mask = slotHash.count - 1
        var k = h & mask
        while slotHash[k] != 0 {
            if slotHash[k] == UInt32(h + 1) { return Int(slotBucket[k]) }
            k = (k + 1) & mask
        }
        return 0
    }

    /// Records the bucket of hash `h`, growing the table to keep it at most half full.
    private mutating func insertSlot(hash h: Int, bucket: Int) {
        if (buckets.count - 1) * 2 > slotHash.count {
            let old = zip(slotHash, slotBucket).filter { $0.0 != 0 }
            slotHash = [UInt32](repeating: 0, count: slotHash.count * 2)
            slotBucket = [UInt16](repeating: 0, count: slotHash.count)
            for (hash, b) in old { place(Int(hash) - 1, Int(b)) }
        }
        place(h, bucket)
    }

    private mutating func place(_ h: Int, _ bucket: Int) {
        let mask = slotHash.count - 1
        var k = h & mask
        while slotHash[k] != 0 { k = (k + 1) & mask }
        slotHash[k] = UInt32(h + 1)
        slotBucket[k] = UInt16(bucket)
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
                    let b = bucket(ofHash: h)
                    // phrases of another pair may share the hash: the first two scalars are compared too
                    for k in bucketStarts[b]..<bucketStarts[b + 1] {
                        let id = bucketIds[k]
                        let p = phraseStarts[id], count = phraseStarts[id + 1] - p
                        guard i + count <= n, phraseData[p] == t[i], phraseData[p + 1] == t[i + 1] else { continue }
                        var j = 2
                        while j < count && t[i + j] == phraseData[p + j] { j += 1 }
                        if j == count { body(id, i) }
                    }
                }
            }
        }
    }
}
