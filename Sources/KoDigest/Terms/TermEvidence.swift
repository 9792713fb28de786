/// Pass 1: what the whole corpus shows about glosses, gathered record by record and merged in
/// file order. The statistics that need all of it are computed in `TermKnowledge`.
public struct TermEvidence: Sendable {
    /// Corpus token counts (sentence punctuation and quotes trimmed).
    var counts = TokenCounts()
    /// Counts of adjacent Hangul token pairs within a line.
    var bigrams: [WordPair: Int] = [:]
    /// Candidate gloss groups with a non-empty left window, each distinct (window, inside) once,
    /// at its first occurrence in file order: copies of a summary add nothing, so the evidence
    /// grows with the distinct contexts, not with the records.
    var glosses: [ObservedGloss] = []
    /// `ObservedGloss.key` of every gloss in `glosses`.
    var seen = Set<WordKey>()

    public init() {}

    public mutating func observe(_ record: Record) {
        for section in record.sections {
            for line in section.text.split(separator: "\n", omittingEmptySubsequences: true) {
                observe(line: line, record: record.id)
            }
        }
    }

    mutating func observe(line: Substring, record: String) {
        var previous: String? = nil
        var previousHangul = false
        var hasParen = false
        func count(_ raw: Substring.UnicodeScalarView) {
            guard let (t, hangul) = TermText.corpusToken(raw) else { previous = nil; return }
            counts.add(t)
            if let p = previous, previousHangul, hangul {
                bigrams[WordPair(left: p, right: t), default: 0] += 1
            }
            previous = t
            previousHangul = hangul
        }
        let u = line.unicodeScalars
        if TermText.splitsByScalar(u) {
            var i = u.startIndex
            var start: String.Index? = nil
            while i < u.endIndex {
                let c = u[i]
                if c == "(" || c == "（" { hasParen = true }
                if TermText.isSpace(c) {
                    if let s = start { count(u[s..<i]); start = nil }
                } else if start == nil {
                    start = i
                }
                i = u.index(after: i)
            }
            if let s = start { count(u[s..<u.endIndex]) }
        } else {
            hasParen = true
            for raw in TermText.words(line) { count(raw.unicodeScalars) }
        }
        guard hasParen else { return }
        let scalars = Array(u)
        for g in GlossScanner.groups(scalars) {
            let raw = TermText.string(scalars[(g.open + 1)..<(g.end - 1)])
            let inside = InsideAnalysis(raw: raw)
            guard inside.isCandidate else { continue }
            let window = GlossScanner.leftWindow(scalars, open: g.open).words
            guard !window.isEmpty else { continue }
            let g = ObservedGloss(record: record, words: window.map(\.text), raw: raw, inside: inside)
            if seen.insert(WordKey(g.key)).inserted { glosses.append(g) }
        }
    }

    /// Adds `other`, which comes after this evidence in file order.
    public mutating func merge(_ other: TermEvidence) {
        counts.merge(other.counts)
        if bigrams.isEmpty { bigrams = other.bigrams } else { for (k, v) in other.bigrams { bigrams[k, default: 0] += v } }
        for g in other.glosses where seen.insert(WordKey(g.key)).inserted { glosses.append(g) }
    }
}
