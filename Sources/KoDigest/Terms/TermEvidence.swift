/// Pass 1: what the whole corpus shows about glosses, gathered record by record and merged in
/// file order. The statistics that need all of it are computed in `TermKnowledge`.
public struct TermEvidence: Sendable {
    /// Corpus token counts (sentence punctuation and quotes trimmed).
    var counts: [String: Int] = [:]
    /// Counts of adjacent Hangul token pairs within a line.
    var bigrams: [WordPair: Int] = [:]
    /// Candidate gloss groups with a non-empty left window, each distinct (window, inside) once,
    /// at its first occurrence in file order: copies of a summary add nothing, so the evidence
    /// grows with the distinct contexts, not with the records.
    var glosses: [ObservedGloss] = []
    /// `ObservedGloss.key` of every gloss in `glosses`.
    var seen = Set<String>()

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
        for raw in TermText.words(line) {
            let t = TermText.corpusToken(raw)
            if t.isEmpty { previous = nil; continue }
            counts[t, default: 0] += 1
            if let p = previous, TermText.hasHangul(p), TermText.hasHangul(t) {
                bigrams[WordPair(left: p, right: t), default: 0] += 1
            }
            previous = t
        }
        let scalars = Array(line.unicodeScalars)
        for g in GlossScanner.groups(scalars) {
            let raw = String(String.UnicodeScalarView(scalars[(g.open + 1)..<(g.end - 1)]))
            let inside = InsideAnalysis(raw: raw)
            guard inside.isCandidate else { continue }
            let window = GlossScanner.leftWindow(scalars, open: g.open).words
            guard !window.isEmpty else { continue }
            let g = ObservedGloss(record: record, words: window.map(\.text), raw: raw, inside: inside)
            if seen.insert(g.key).inserted { glosses.append(g) }
        }
    }

    /// Adds `other`, which comes after this evidence in file order.
    public mutating func merge(_ other: TermEvidence) {
        for (k, v) in other.counts { counts[k, default: 0] += v }
        for (k, v) in other.bigrams { bigrams[k, default: 0] += v }
        for g in other.glosses where seen.insert(g.key).inserted { glosses.append(g) }
    }
}
