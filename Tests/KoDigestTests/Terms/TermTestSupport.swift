import Foundation
@testable import KoDigest

/// Paths and small builders shared by the terms tests.
enum TermTestSupport {
    /// The repository root, from this file's path.
    static var repoRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }

    static var glossaryDirectory: String { repoRoot + "/Glossary" }

    /// `../shared` beside the repository, when present.
    static var shared: String? {
        let candidates = [repoRoot + "/../shared", "/work/shared"]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/corpus/daily_papers_ko") }
    }

    static func record(_ id: String, _ texts: [String]) -> Record {
        Record(id: id, date: "2024-01-01", title: "t", url: "https://arxiv.org/abs/\(id)", thumbnail: nil, votes: nil,
               authors: [], sections: texts.map { Section(label: nil, text: $0) },
               source: Source(file: "test.md", line: 1, encoding: "UTF-8", sha256: ""))
    }

    /// Knowledge built from the repository's curated data and the given records.
    static func knowledge(_ records: [Record]) throws -> TermKnowledge {
        let resources = try TermResources.load(glossaryDirectory: glossaryDirectory)
        var evidence = TermEvidence()
        for r in records { evidence.observe(r) }
        return TermKnowledge(resources: resources, evidence: evidence)
    }

    static func extract(_ texts: [String], corpus: [Record] = []) throws -> Record {
        var r = record("9999.00001", texts)
        let k = try knowledge(corpus + [r])
        TermExtractor(knowledge: k).process(&r)
        return r
    }
}
