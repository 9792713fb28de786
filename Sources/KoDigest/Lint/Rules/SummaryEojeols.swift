/// The summary's eojeols (runs of Hangul syllables): their openings, for glossary renderings, and
/// the consonant skeletons of their stems, for transliterated loanwords. Skeletons are packed 3 bits
/// a class (`Skeleton.englishCodes`) and computed on the first question.
struct SummaryEojeols {
    let v: [UInt32]
    var runs: [Range<Int>] = []
    private var built = false
    /// Skeletons of up to `packable` classes: packed codes and their lengths; longer ones whole.
    private var codes: [UInt64] = []
    private var lengths: [Int] = []
    private var long: [[UInt8]] = []
    static let packable = 21

    init(_ v: [UInt32]) {
        self.v = v
        var i = 0
        while i < v.count {
            guard LintText.isHangulSyllable(v[i]) else { i += 1; continue }
            var j = i
            while j < v.count && LintText.isHangulSyllable(v[j]) { j += 1 }
            runs.append(i..<j)
            i = j
        }
    }

    /// Some eojeol starts with `rendering` (2–6 syllables, checked at load time).
    func opens(with rendering: [UInt32]) -> Bool {
        guard let first = rendering.first else { return false }
        return runs.contains { r in
            r.count >= rendering.count && v[r.lowerBound] == first && v[r.lowerBound..<(r.lowerBound + rendering.count)].elementsEqual(rendering)
        }
    }

    /// Some stem skeleton equals the English skeleton `e` or extends it by one class (a particle).
    mutating func transliterates(_ e: [UInt8], _ resources: LintResources) -> Bool {
        if !built { build(resources) }
        if e.count <= Self.packable {
            let code = Self.pack(e[...])
            let mask: UInt64 = e.count == 0 ? 0 : (UInt64(1) << UInt64(3 * e.count)) - 1
            for k in codes.indices {
                if (lengths[k] == e.count && codes[k] == code) || (lengths[k] == e.count + 1 && codes[k] & mask == code) { return true }
            }
        }
        return long.contains { $0.count == e.count && $0 == e || ($0.count == e.count + 1 && $0.starts(with: e)) }
    }

    static func pack(_ s: ArraySlice<UInt8>) -> UInt64 {
        var code: UInt64 = 0
        for (k, c) in s.enumerated() { code |= UInt64(c) << UInt64(3 * k) }
        return code
    }

    private mutating func build(_ resources: LintResources) {
        built = true
        var scratch: [UInt8] = []
        for r in runs {
            let stemEnd = Self.stemEnd(v, r, resources)
            scratch.removeAll(keepingCapacity: true)
            for k in r.lowerBound..<stemEnd {
                let index = Int(v[k] - 0xAC00)
                let initial = Skeleton.initialCodes[index / 588]
                if initial != 0 { scratch.append(initial) }
                let final = Skeleton.finalCodes[index % 28]
                if final & 0xFF != 0 { scratch.append(UInt8(final & 0xFF)) }
                if final >> 8 != 0 { scratch.append(UInt8(final >> 8)) }
            }
            guard scratch.count >= 2 else { continue }
            if scratch.count <= Self.packable {
                codes.append(Self.pack(scratch[...]))
                lengths.append(scratch.count)
            } else {
                long.append(scratch)
            }
        }
    }

    /// End of the stem of the eojeol `r`: the longest listed ending is cut when a stem remains
    /// (`OffTopicAnalysis.stemEnd`, with the endings bucketed by their last syllable).
    static func stemEnd(_ v: [UInt32], _ r: Range<Int>, _ resources: LintResources) -> Int {
        let bucket = Int(resources.endingBucketOf.isEmpty ? 0 : resources.endingBucketOf[Int(v[r.upperBound - 1] - 0xAC00)])
        guard bucket != 0 else { return r.upperBound }
        for e in resources.endingBuckets[bucket] where r.count > e.count && v[(r.upperBound - e.count)..<r.upperBound].elementsEqual(e) {
            return r.upperBound - e.count
        }
        return r.upperBound
    }
}
