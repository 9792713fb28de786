/// What lint rules may ask about terms. The terms stage answers from the curated reference
/// glossary and the corpus-wide evidence gathered before the per-record pass.
public protocol TermReference: Sendable {
    /// The preferred Korean rendering of an English term (any case, singular or plural), if known.
    func preferredKorean(forEnglish english: String) -> String?
    /// The preferred Korean rendering of what an abbreviation written alone with the Korean `ko`
    /// stands for, if known: an abbreviation can stand for several things (ASR: speech
    /// recognition, attack success rate), and the Korean says which.
    func preferredKorean(forAbbreviation abbr: String, renderedBy ko: String) -> String?
    /// Every known Korean rendering of an English term or word, the preferred one first.
    func koreanRenderings(ofEnglish english: String) -> [String]
    /// The Korean piece the corpus's glosses write for an English word, when they agree on one
    /// (`translation` → 번역); nil for a word they rarely gloss.
    func corpusRendering(ofWord word: String) -> String?
    /// Whether the Korean side of a gloss renders the English side, with the reason for the verdict.
    func judgeKoreanSide(kind: TermKind, ko: String, en: String) -> (match: GlossMatch, reason: String)
}
