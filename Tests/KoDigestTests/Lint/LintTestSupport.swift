import Foundation
@testable import KoDigest

/// Builds records and runs single rules for the lint tests.
enum LintTestSupport {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static let resources: LintResources = (try? LintResources.load(glossaryDirectory: repoRoot + "/Glossary")) ?? LintResources()

    static var corpus: String { repoRoot + "/../shared/corpus/daily_papers_ko" }
    static var gold: String { repoRoot + "/../shared/gold" }

    static func record(id: String = "2410.90001", title: String = "A Paper", date: String = "2024-10-08",
                       file: String = "2024/10/08.md", line: Int = 3, sections: [(String?, String)], terms: [Term] = []) -> Record {
        var secs: [Section] = []
        for (k, (label, text)) in sections.enumerated() {
            var s = Section(label: label, text: text, line: line + 2 + k, column: label == nil ? 3 : 20)
            s.anchors = [Section.Anchor(offset: 0, line: line + 2 + k, column: label == nil ? 3 : 20)]
            secs.append(s)
        }
        return Record(id: id, date: date, title: title, url: "https://arxiv.org/abs/\(id)", thumbnail: nil, votes: nil,
                      authors: [], sections: secs, terms: terms, source: Source(file: file, line: line, encoding: "UTF-8", sha256: ""))
    }

    /// A labelled record with the three usual sections, the first holding `text`.
    static func labelled(_ text: String, title: String = "A Paper", id: String = "2410.90001") -> Record {
        record(id: id, title: title, sections: [("What's New", text), ("Technical Details", "세부 구조를 설명합니다."),
                                                ("Performance Highlights", "성능이 좋아졌습니다.")])
    }

    static func hits(_ rule: any LintRule, _ record: Record, facts: LintFacts = LintFacts(),
                     options: [String: ConfigValue] = [:], terms: (any TermReference)? = nil) -> [RuleHit] {
        let config = LintConfiguration(rules: [rule.description.id: RuleSettings(options: options)])
        let context = RuleContext(resources: resources, facts: facts, terms: terms, options: config.options(of: rule.description),
                                  text: LintRecordText(record))
        return rule.check(record, context)
    }
}

/// A term reference with a fixed preferred rendering per English term, for rules that ask one.
struct FixedTermReference: TermReference {
    var preferred: [String: String]
    /// Korean side → the reason it is a mismatch; every other gloss is ok.
    var mismatches: [String: String] = [:]
    func preferredKorean(forEnglish english: String) -> String? { preferred[english.lowercased()] }
    func preferredKorean(forAbbreviation abbr: String, renderedBy ko: String) -> String? { preferredKorean(forEnglish: abbr) }
    func koreanRenderings(ofEnglish english: String) -> [String] { preferredKorean(forEnglish: english).map { [$0] } ?? [] }
    /// English word → the rendering the corpus's glosses agree on.
    var renderings: [String: String] = [:]
    func corpusRendering(ofWord word: String) -> String? { renderings[word.lowercased()] }
    func judgeKoreanSide(kind: TermKind, ko: String, en: String) -> (match: GlossMatch, reason: String) {
        mismatches[ko].map { (.mismatch, $0) } ?? (.ok, "")
    }
}
