import Foundation

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

    /// Loads `particles.txt` and `reference.tsv` from `glossaryDirectory`.
    public static func load(glossaryDirectory: String) throws -> TermResources {
        let dir = glossaryDirectory.hasSuffix("/") ? String(glossaryDirectory.dropLast()) : glossaryDirectory
        let particles = try DataFile.lines(dir + "/particles.txt").map { entry in
            // text after '#' is a comment
            String(entry.text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingCharacters(in: " ")
        }.filter { !$0.isEmpty }
        let reference = try ReferenceGlossary.load(dir + "/reference.tsv")
        var renderings: [String: [String]] = [:]
        let lexicon = dir + "/lexicons/en-ko-words.txt"
        if FileManager.default.fileExists(atPath: lexicon) {
            for entry in try DataFile.lines(lexicon) {
                let cells = entry.text.split(separator: "\t", maxSplits: 1)
                guard cells.count == 2 else {
                    throw DataFile.LoadError(file: lexicon, line: entry.line, message: "expected ENGLISH<TAB>KOREAN|KOREAN")
                }
                renderings[cells[0].lowercased()] = cells[1].split(separator: "|").map { TermText.trimSpaces(String($0)) }
            }
        }
        return TermResources(particles: particles, reference: reference, wordRenderings: renderings)
    }
}
