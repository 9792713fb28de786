import Foundation
import Testing
@testable import KoDigest

@Suite("DiffRenderer")
struct DiffRendererTests {
    typealias F = DiffFixtures

    /// A diff with a bit of everything, built in memory so that the output has no temporary paths.
    static func sampleDiff() throws -> RunDiff {
        func rec(_ r: Record, _ reasons: [String]? = nil) throws -> RunRecord { try RecordDiffTests.runRecord(r, reasons: reasons) }
        let a = F.record("2409.00101", "Sparse Routing for Small Language Models",
                         ["작은 언어 모델에서도 전문가 혼합 구조가 효과적임을 보였습니다.", "토큰마다 두 명의 전문가만 고르는 라우터를 학습했습니다."])
        var aEdited = a
        aEdited.sections[1].text = "토큰마다 세 명의 전문가만 고르는 라우터를 학습했습니다."
        aEdited.sections[1].textPlain = aEdited.sections[1].text
        aEdited.votes = 9
        let b = F.record("2409.00102", "Listening Before Speaking", ["상대의 말이 끝나는 시점을 예측합니다."])
        let c = F.record("2409.00103", "Cheap Labels | Tables", ["규칙 몇 개로 레이블을 만듭니다."])
        let draft = F.record("", "Untitled Robot Draft", ["로봇 팔이 컵을 집습니다."])
        var draftUTF16 = draft
        draftUTF16.source.encoding = "UTF-16LE"
        let e = F.record("2409.00105", "Melting Maps", ["위성 사진으로 빙하를 추적합니다."])

        let oldGlossary = try GlossaryDiffTests.concepts([
            F.concept("mixture of experts", "Mixture of Experts", preferred: "전문가 혼합", count: 3),
            F.concept("reward model", "Reward Model", preferred: "보상모델", count: 5),
            F.concept("tokenizer", "Tokenizer", preferred: "토크나이저", count: 2),
        ])
        let newGlossary = try GlossaryDiffTests.concepts([
            F.concept("mixture of experts", "Mixture of Experts", preferred: "전문가 혼합", count: 10),
            F.concept("reward model", "Reward Model", preferred: "보상 모델", count: 6),
            F.concept("cross-encoder", "cross-encoder", preferred: "교차 인코더", count: 1),
        ])
        let old = RunSnapshot(
            directory: "run-a",
            records: [try rec(a), try rec(b), try rec(e), try rec(draft, ["no arXiv id"])],
            findings: [F.finding("leaked-syntax", "warning", record: "2409.00101", fingerprint: "w1")],
            glossary: oldGlossary,
            manifest: RunManifest(toolName: "kodigest", toolVersion: "0.1.0", pipelineName: "default", pipelinePath: "a/p.yml",
                                  pipelineSHA256: "ab12", inputs: [.init(path: "a/02.md", bytes: 900, sha256: "11")],
                                  timings: .object(["total_ms": .int(812)])))
        let new = RunSnapshot(
            directory: "run-b",
            records: [try rec(aEdited), try rec(c), try rec(e, ["off-topic: the summary describes another paper"]),
                      try rec(draftUTF16, ["no arXiv id"])],
            findings: [F.finding("leaked-syntax", "warning", record: "2409.00101", fingerprint: "w1", line: 12),
                       F.finding("off-topic", "error", record: "2409.00105", fingerprint: "e1")],
            glossary: newGlossary,
            manifest: RunManifest(toolName: "kodigest", toolVersion: "0.1.0", pipelineName: "default", pipelinePath: "b/p.yml",
                                  pipelineSHA256: "cd34", inputs: [.init(path: "b/02.md", bytes: 1802, sha256: "22")],
                                  timings: .object(["total_ms": .int(640)])))
        return RunDiff(old: old, new: new)
    }

    static func emptyDiff() -> RunDiff {
        let snapshot = RunSnapshot(directory: "run-a", records: [], findings: [], glossary: [], manifest: RunManifest())
        var other = snapshot
        other.directory = "run-b"
        return RunDiff(old: snapshot, new: other)
    }

    @Test("text output matches its golden file")
    func textGolden() throws {
        try Golden.check(DiffRenderer.render(try Self.sampleDiff(), format: .text), against: "diff.txt")
    }

    @Test("Markdown output matches its golden file")
    func markdownGolden() throws {
        try Golden.check(DiffRenderer.render(try Self.sampleDiff(), format: .markdown), against: "diff.md")
    }

    @Test("JSON output has records, findings, glossary and provenance in the agreed shape")
    func jsonShape() throws {
        let text = DiffRenderer.render(try Self.sampleDiff(), format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let records = try #require(object["records"] as? [String: Any])
        #expect(records["added"] as? [String] == ["2409.00103"])
        #expect(records["removed"] as? [String] == ["2409.00102"])
        let changed = try #require(records["changed"] as? [[String: Any]])
        #expect(changed.map { $0["id"] as? String } == ["2409.00101", "2409.00105"])
        #expect(changed.first?["fields"] as? [String] == ["votes", "sections[1].text", "sections[1].text_plain"])
        #expect(changed.last?["fields"] as? [String] == ["routing"])
        let changes = try #require(changed.first?["changes"] as? [[String: Any]])
        #expect(changes[1]["diff"] as? String == "토큰마다 [-두-]{+세+} 명의 전문가만 고르는 라우터를 학습했습니다.")

        let findings = try #require(object["findings"] as? [String: Any])
        #expect((findings["new"] as? [[String: Any]])?.map { $0["fingerprint"] as? String } == ["e1"])
        #expect((findings["resolved"] as? [[String: Any]])?.isEmpty == true)
        #expect(findings["new_errors"] as? Int == 1)

        let glossary = try #require(object["glossary"] as? [String: Any])
        #expect((glossary["added"] as? [[String: Any]])?.map { $0["key"] as? String } == ["cross-encoder"])
        #expect((glossary["removed"] as? [[String: Any]])?.map { $0["key"] as? String } == ["tokenizer"])
        #expect((glossary["changed"] as? [[String: Any]])?.count == 2)

        let provenance = try #require(object["provenance"] as? [String: Any])
        #expect(provenance["records_source_only"] as? Int == 1)
        #expect(provenance["encodings"] as? [String: Int] == ["UTF-8 → UTF-16LE": 1])
        #expect(provenance["findings_moved"] as? Int == 1)
        #expect(object["differences"] as? Bool == true)
        #expect(((object["manifest"] as? [String: Any])?["changes"] as? [[String: Any]])?.first?["field"] as? String == "pipeline.sha256")
    }

    @Test("an empty diff says so in every format")
    func empty() throws {
        let diff = Self.emptyDiff()
        #expect(DiffRenderer.render(diff, format: .text) == "kodigest diff: run-a → run-b\nno differences\n")
        #expect(DiffRenderer.render(diff, format: .markdown).contains("**no differences**"))
        let object = try JSONSerialization.jsonObject(with: Data(DiffRenderer.render(diff, format: .json).utf8)) as? [String: Any]
        #expect(object?["differences"] as? Bool == false)
        let records = object?["records"] as? [String: Any]
        #expect((records?["added"] as? [Any])?.isEmpty == true)
        #expect((records?["changed"] as? [Any])?.isEmpty == true)
    }

    @Test("colour only when asked for, and only in text")
    func colour() throws {
        let diff = try Self.sampleDiff()
        #expect(DiffRenderer.render(diff, format: .text, colour: true).contains("\u{1B}[31m두\u{1B}[0m"))
        #expect(!DiffRenderer.render(diff, format: .text).contains("\u{1B}"))
        #expect(!DiffRenderer.render(diff, format: .markdown, colour: true).contains("\u{1B}"))
        #expect(!DiffRenderer.render(diff, format: .json, colour: true).contains("\u{1B}"))
    }

    @Test("Markdown lists are cut so that a comment stays under GitHub's size limit")
    func markdownCap() throws {
        let many = try (0..<60).map { try RecordDiffTests.runRecord(F.record("2409.1\(1000 + $0)", "Paper \($0)", ["문장입니다."])) }
        let diff = RunDiff(old: RunSnapshot(directory: "run-a", records: []), new: RunSnapshot(directory: "run-b", records: many))
        let markdown = DiffRenderer.render(diff, format: .markdown)
        #expect(markdown.contains("… and 10 more; see `kodigest diff --format text`."))
        #expect(!markdown.contains("Paper 50"))
        #expect(DiffRenderer.render(diff, format: .text).contains("Paper 59"))
    }

    @Test("a multi-line section text keeps its continuation lines indented under the field")
    func multiLine() throws {
        let old = F.record("2311.00001", "Bullets", ["첫 줄입니다.\n둘째 줄은 짧습니다."])
        var new = old
        new.sections[0].text = "첫 줄입니다.\n둘째 줄은 깁니다."
        new.sections[0].textPlain = new.sections[0].text
        let diff = RecordDiff(old: [try RecordDiffTests.runRecord(old)], new: [try RecordDiffTests.runRecord(new)])
        let change = try #require(diff.changed.first)
        let lines = change.fields.flatMap { DiffRenderer.fieldLines($0, in: change, colour: false) }
        #expect(lines == ["sections[0].text (What's New): 첫 줄입니다.", "  둘째 줄은 [-짧습니다-]{+깁니다+}."])
    }

    @Test("Markdown escapes table syntax in titles and fences text that holds backticks")
    func markdownEscaping() {
        #expect(MarkdownDiffRenderer.escape("A | B *c*") == "A \\| B \\*c\\*")
        #expect(MarkdownDiffRenderer.fenced(["a ```b```"]).first == "````text")
    }
}
