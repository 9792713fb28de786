/// What one parenthetical group turned out to be.
struct GlossDecision: Sendable {
    /// nil: not a term gloss (kind `other`).
    var kind: TermKind?
    var ko = ""
    var en = ""
    var abbr = ""
    /// Index into the left window of the first word of the outside term.
    var startWord = 0
    var beyond = false
    var why = ""

    static func other(_ why: String) -> GlossDecision { GlossDecision(kind: nil, why: why) }
}
