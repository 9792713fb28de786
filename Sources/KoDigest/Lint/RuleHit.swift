/// A problem a rule found, before the linter turns it into a located `Finding`.
struct RuleHit: Sendable, Equatable {
    /// Index into the record's sections, when the problem is inside one.
    var section: Int?
    /// Unicode-scalar offsets into that section's text.
    var start: Int?
    var end: Int?
    var message: String
    /// The offending text, used for the fingerprint (so it stays stable when lines move).
    var evidence: String
    var fix: String?

    init(section: Int? = nil, start: Int? = nil, end: Int? = nil, message: String, evidence: String, fix: String? = nil) {
        self.section = section
        self.start = start
        self.end = end
        self.message = message
        self.evidence = evidence
        self.fix = fix
    }
}
