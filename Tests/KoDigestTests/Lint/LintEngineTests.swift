import Foundation
import Testing
@testable import KoDigest

@Suite struct LintEngineTests {
    @Test func catalogueHasEveryRequiredRule() {
        let ids = Set(LintRules.all.map(\.id))
        for id in ["off-topic", "truncated", "missing-section", "leaked-structure", "markup", "duplicate", "gloss-mismatch",
                   "term-inconsistency", "unbalanced", "encoding", "untranslated", "garbled-number"] {
            #expect(ids.contains(id), "missing rule \(id)")
        }
        #expect(LintRules.description(of: "off-topic")?.defaultSeverity == .error)
        #expect(LintRules.description(of: "term-inconsistency")?.defaultSeverity == .info)
    }

    @Test func validationNamesEveryProblem() {
        let config = LintConfiguration(rules: [
            "no-such-rule": RuleSettings(),
            "off-topic": RuleSettings(options: ["threshold": .string("high"), "weightTemplate": .double(99), "bogus": .int(1)]),
            "untranslated": RuleSettings(options: ["minLetters": .int(10)]),
        ])
        let problems = LintRules.validate(config)
        #expect(problems.count == 4)
        #expect(problems.contains { $0.contains("unknown lint rule 'no-such-rule'") })
        #expect(problems.contains { $0.contains("'threshold': expected a number") })
        #expect(problems.contains { $0.contains("above the maximum") })
        #expect(problems.contains { $0.contains("no option 'bogus'") })
        #expect(LintRules.validate(.standard).isEmpty)
    }

    @Test func linterLocatesAndFingerprintsFindings() {
        let config = LintConfiguration(rules: ["missing-section": RuleSettings(enabled: false), "markup": RuleSettings(severity: .error)])
        let linter = Linter(configuration: config, resources: LintTestSupport.resources, facts: LintFacts(), terms: nil)
        var r = LintTestSupport.record(sections: [("What's New", "새로운 방법 \\method를 소개합니다.")])
        linter.process(&r)
        #expect(r.findings.map(\.rule) == ["markup"])
        let f = r.findings[0]
        #expect(f.severity == .error)
        #expect(f.line == 5 && f.column == 20 + 7)
        // the fingerprint ignores where the record sits in the file
        var moved = LintTestSupport.record(line: 40, sections: [("What's New", "새로운 방법 \\method를 소개합니다.")])
        linter.process(&moved)
        #expect(moved.findings[0].fingerprint == f.fingerprint)
        #expect(moved.findings[0].line != f.line)
    }

    @Test func writersProduceTheAgreedShapes() throws {
        let linter = Linter(configuration: .standard, resources: LintTestSupport.resources, facts: LintFacts(), terms: nil)
        var r = LintTestSupport.record(sections: [("What's New", "['모델은 작다.', '속도는 빠르다.']")])
        linter.process(&r)
        let entries = FindingsWriter.entries([r])
        #expect(!entries.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(FindingsWriter.json(entries))) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]]
        #expect(findings?.first?["rule"] as? String != nil)
        #expect(findings?.first?["excerpt"] as? String != nil)
        let sarif = try JSONSerialization.jsonObject(with: Data(FindingsWriter.sarif(entries))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        let text = FindingsWriter.text(entries)
        #expect(text.contains("2024/10/08.md:5:20: error:"))
        #expect(text.contains("[leaked-structure]"))
    }

    @Test func baselineHidesKnownFindings() throws {
        let linter = Linter(configuration: .standard, resources: LintTestSupport.resources, facts: LintFacts(), terms: nil)
        var r = LintTestSupport.record(sections: [("What's New", "새로운 방법 \\method를 소개합니다.")])
        linter.process(&r)
        let entries = FindingsWriter.entries([r])
        let path = NSTemporaryDirectory() + "kodigest-baseline-\(UUID().uuidString).txt"
        try FindingsBaseline.render(entries).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FindingsBaseline.read(path).filter(entries).isEmpty)
    }

    @Test func resourcesLoadFromTheRepository() {
        let r = LintTestSupport.resources
        #expect(!r.boilerplate.isEmpty && !r.textbookEntities.isEmpty && !r.englishToKorean.isEmpty)
        #expect(r.placeholderPatterns.count >= 3)
        #expect(r.commonAcronyms.contains("llm"))
    }
}

@Suite struct LintCorpusTests {
    /// The seed days: both gold off-topic records are caught, and the verified-clean records get no
    /// finding of the scored rules.
    @Test func seedDays() throws {
        guard FileManager.default.fileExists(atPath: LintTestSupport.corpus) else {
            print("note: ../shared/corpus is absent; corpus lint checks are skipped")
            return
        }
        let days = ["2024/08/23.md", "2024/12/09.md", "2025/01/08.md"].map { LintTestSupport.corpus + "/" + $0 }
        var records: [Record] = []
        var facts = LintFacts()
        for path in days {
            guard let bytes = FileIO.read(path) else { continue }
            let parsed = DigestParser().parse(bytes: bytes, file: path)
            for r in parsed.records { facts.observe(r) }
            records += parsed.records
        }
        let linter = Linter(configuration: .standard, resources: LintTestSupport.resources, facts: facts, terms: nil)
        for k in records.indices { linter.process(&records[k]) }
        let byId = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byId["2408.11857"]?.findings.contains { $0.rule == "off-topic" } == true)
        #expect(byId["2408.11915"]?.findings.contains { $0.rule == "off-topic" } == true)
        #expect(byId["2408.10635"]?.findings.contains { $0.rule == "markup" } == true)
        let scored: Set<String> = ["off-topic", "truncated", "leaked-structure", "markup", "duplicate"]
        guard let clean = try? String(contentsOfFile: LintTestSupport.gold + "/seed-clean.tsv", encoding: .utf8) else { return }
        for line in clean.split(separator: "\n").dropFirst() {
            let id = String(line.split(separator: "\t")[0])
            let bad = byId[id]?.findings.filter { scored.contains($0.rule) } ?? []
            #expect(bad.isEmpty, "clean record \(id) got \(bad.map(\.rule))")
        }
    }
}

@Suite struct LintResourcesTests {
    @Test func missingFolderIsAnError() {
        #expect(throws: DataFile.LoadError.self) { try LintResources.load(glossaryDirectory: "/nonexistent/Glossary") }
    }
}
