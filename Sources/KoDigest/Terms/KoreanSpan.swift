/// The Korean span cut left of a gloss, with what supports it.
struct KoreanSpan {
    /// Index of the first span word in the window.
    var start: Int
    var words: [String]
    /// English tokens (or letters) the span covers.
    var evidence: Int
    /// `reference`, `grown` or `quoted`.
    var how: String
    /// Covered words lie beyond the uncovered word where the span stopped.
    var beyond: Bool
}
