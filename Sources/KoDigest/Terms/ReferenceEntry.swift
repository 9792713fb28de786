/// One concept of the curated reference glossary (`Glossary/reference.tsv`).
public struct ReferenceEntry: Sendable, Equatable {
    /// Canonical English.
    public var en: String
    public var abbreviations: [String]
    /// Preferred Korean rendering.
    public var ko: String
    /// Preferred rendering first, then the accepted variants.
    public var forms: [String]
    public var note: String
    /// 1-based line in the file.
    public var line: Int
}
