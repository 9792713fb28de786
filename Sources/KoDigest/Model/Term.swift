/// The shape of a parenthetical gloss (see the gold guidelines).
public enum TermKind: String, Sendable, Codable, CaseIterable {
    case koEn = "ko-en"
    case koAbbr = "ko-abbr"
    case enKo = "en-ko"
    case abbrKoEn = "abbr-ko-en"
    case enEn = "en-en"
}

/// Whether the two sides of a gloss name the same concept.
public enum GlossMatch: String, Sendable, Codable {
    case ok, partial, mismatch
}

/// A Korean–English term pair read from one gloss of a record.
public struct Term: Sendable, Equatable, Codable {
    public var ko: String?
    public var en: String?
    public var abbr: String?
    public var kind: TermKind
    /// Index into the record's `sections`.
    public var section: Int
    /// Unicode-scalar offsets into the section's `text`: from the start of the outside term to
    /// just past the closing parenthesis.
    public var start: Int
    public var end: Int
    public var match: GlossMatch?

    public init(ko: String?, en: String?, abbr: String?, kind: TermKind, section: Int, start: Int, end: Int, match: GlossMatch? = nil) {
        self.ko = ko
        self.en = en
        self.abbr = abbr
        self.kind = kind
        self.section = section
        self.start = start
        self.end = end
        self.match = match
    }
}
