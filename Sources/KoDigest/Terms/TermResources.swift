/// The curated data the terms stage reads from `Glossary/`.
public struct TermResources: Sendable {
    public var particles: [String]
    public var reference: ReferenceGlossary
    /// English word → its usual Korean renderings (`lexicons/en-ko-words.txt`, which the off-topic
    /// rule reads too): a word the corpus evidence leaves unlinked may link by them.
    public var wordRenderings: [String: [String]]

    public init(particles: [String], reference: ReferenceGlossary, wordRenderings: [String: [String]] = [:]) {
        self.particles = particles
        self.reference = reference
        self.wordRenderings = wordRenderings
    }

    /// Loads `particles.txt`, `reference.tsv` and `lexicons/en-ko-words.txt` from `glossaryDirectory`.
    public static func load(glossaryDirectory: String) throws -> TermResources {
        let dir = glossaryDirectory.hasSuffix("/") ? String(glossaryDirectory.dropLast()) : glossaryDirectory
        let particles = try DataFile.lines(dir + "/particles.txt").map { entry in
            // text after '#' is a comment
            String(entry.text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingCharacters(in: " ")
        }.filter { !$0.isEmpty }
        let reference = try ReferenceGlossary.load(dir + "/reference.tsv")
        let renderings = try DataFile.wordRenderings(dir + "/lexicons/en-ko-words.txt")
        return TermResources(particles: particles, reference: reference, wordRenderings: renderings)
    }
}
