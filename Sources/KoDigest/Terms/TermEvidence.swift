/// Pass 1: what the whole corpus shows about glosses, gathered record by record and merged in
/// file order. The statistics that need all of it are computed in `TermKnowledge`.
public struct TermEvidence: Sendable {
    /// Corpus token counts (sentence punctuation and quotes trimmed).
    var counts = TokenCounts()
    /// Candidate gloss groups with a non-empty left window, each distinct (window, inside) once,
    /// at its first occurrence in file order: copies of a summary add nothing, so the evidence
    /// grows with the distinct contexts, not with the records.
    var glosses: [ObservedGloss] = []
    /// `ObservedGloss.key` of every gloss in `glosses`.
    var seen = Set<WordKey>()
    /// `InsideAnalysis` by raw inside: most contexts are new, but the insides recur (`LLM` after
    /// many different words).
    private let insides = Memo<WordKey, InsideAnalysis>()

    public init() {}

    public mutating func observe(_ record: Record) {
        for section in record.sections {
            UTF8Scalars.withBytes(section.text) { text in
                var start = 0
                while start < text.count {
                    let end = text[start...].firstIndex(of: 0x0A) ?? text.count
                    if end > start { observe(line: UnsafeBufferPointer(rebasing: text[start..<end]), at: start, of: section.text, record: record.id) }
                    start = end + 1
                }
            }
        }
    }

    /// Counts the tokens of `line`, the bytes at `offset` of `text`, and gathers its glosses.
    mutating func observe(line: UnsafeBufferPointer<UInt8>, at offset: Int, of text: String, record: String) {
        func count(_ raw: UnsafeBufferPointer<UInt8>) {
            let token = TermText.corpusToken(raw)
            if !token.isEmpty { counts.add(token) }
        }
        let substring = {
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return text[start..<text.utf8.index(start, offsetBy: line.count)]
        }
        let hasParen: Bool
        if let words = TermText.scalarWords(line) {
            for w in words { count(UnsafeBufferPointer(rebasing: line[w])) }
            hasParen = GlossScanner.hasOpen(line)
        } else {
            hasParen = true
            for word in TermText.words(substring()) {
                UTF8Scalars.withBytes(word) { count($0) }
            }
        }
        guard hasParen else { return }
        let scalars = UTF8Scalars.array(substring())
        for g in GlossScanner.groups(scalars) {
            let window = GlossScanner.leftWindow(scalars, open: g.open).words
            guard !window.isEmpty else { continue }
            let raw = TermText.string(scalars[(g.open + 1)..<(g.end - 1)])
            let words = window.map(\.text)
            // a context seen before was a candidate then: only a new one needs its inside analysed
            let key = WordKey(ObservedGloss.key(words: words, raw: raw))
            guard !seen.contains(key) else { continue }
            let inside = insides.value(WordKey(raw)) { InsideAnalysis(raw: raw) }
            guard inside.isCandidate else { continue }
            seen.insert(key)
            glosses.append(ObservedGloss(record: record, words: words, raw: raw, inside: inside))
        }
    }

    /// Adds `other`, which comes after this evidence in file order.
    public mutating func merge(_ other: TermEvidence) {
        counts.merge(other.counts)
        for g in other.glosses where seen.insert(WordKey(g.key)).inserted { glosses.append(g) }
    }
}
