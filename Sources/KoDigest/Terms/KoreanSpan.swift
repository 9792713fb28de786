/// The Korean span cut left of a gloss, with what supports it.
struct KoreanSpan {
    /// Index of the first span word in the window.
    var start: Int
    var words: [String]
    /// English tokens (or letters) the span covers.
    var evidence: Int
    var how: How
    /// Covered words lie beyond the uncovered word where the span stopped.
    var beyond: Bool

    enum How: String {
        /// A curated rendering of the gloss ends the window.
        case reference
        /// Grown word by word from the paren on the corpus evidence.
        case grown
        /// The whole quotation that closes at the paren.
        case quoted
    }
}
