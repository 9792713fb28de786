/// One concept of the corpus glossary: an English term with its Korean renderings.
public struct GlossaryConcept: Sendable, Equatable {
    public struct Variant: Sendable, Equatable {
        public var ko: String
        public var count: Int
    }

    /// Folded English key (`large language model`).
    public var key: String
    /// The most frequent English form as written.
    public var en: String
    /// Abbreviations seen, most frequent first.
    public var abbr: [String]
    /// The reference rendering when the concept is curated, else the corpus majority.
    public var preferred: String
    /// Every Korean rendering with its count, most frequent first.
    public var variants: [Variant]
    /// Glosses of the concept.
    public var count: Int
    /// Records with a gloss of the concept.
    public var records: Int
    public var firstDate: String?
    public var lastDate: String?
    /// The first gloss: record id and the gloss text.
    public var exampleID: String
    public var exampleText: String
    /// Two substantially different renderings compete in the corpus.
    public var conflict: Bool
    /// The curated reference rendering, if any.
    public var reference: String?
    /// The corpus majority is not a rendering the reference accepts.
    public var departs: Bool
}
