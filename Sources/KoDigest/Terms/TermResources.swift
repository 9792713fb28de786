/// The curated data the terms stage reads from `Glossary/`.
public struct TermResources: Sendable {
    public var particles: [String]
    public var reference: ReferenceGlossary

    public init(particles: [String], reference: ReferenceGlossary) {
        self.particles = particles
        self.reference = reference
    }

    /// Loads `particles.txt` and `reference.tsv` from `glossaryDirectory`.
    public static func load(glossaryDirectory: String) throws -> TermResources {
        let dir = glossaryDirectory.hasSuffix("/") ? String(glossaryDirectory.dropLast()) : glossaryDirectory
        let particles = try DataFile.lines(dir + "/particles.txt").map { entry in
            // text after '#' is a comment
            String(entry.text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingCharacters(in: " ")
        }.filter { !$0.isEmpty }
        let reference = try ReferenceGlossary.load(dir + "/reference.tsv")
        return TermResources(particles: particles, reference: reference)
    }
}
