import Testing
@testable import KoDigest

@Suite("RecordDiff")
struct RecordDiffTests {
    typealias F = DiffFixtures

    static func runRecord(_ r: Record, reasons: [String]? = nil, line: Int = 1) throws -> RunRecord {
        let json = try JSONValue.parse(RecordJSON.encode(r, reasons: reasons))
        return try RunRecord(json: json, routing: reasons == nil ? .records : .quarantine, line: line)
    }

    static let a = F.record("2409.00101", "Sparse Routing", ["작은 모델에서도 전문가 혼합이 통합니다.", "토큰마다 두 명의 전문가를 고릅니다."])
    static let b = F.record("2409.00102", "Turn-Taking", ["상대의 말이 끝나는 시점을 예측합니다."])
    static let c = F.record("2409.00103", "Cheap Labels", ["규칙 몇 개로 레이블을 만듭니다."])

    @Test("added, removed and changed records, with the changed fields")
    func addedRemovedChanged() throws {
        var edited = Self.a
        edited.sections[1].text = "토큰마다 세 명의 전문가를 고릅니다."
        edited.sections[1].textPlain = edited.sections[1].text
        edited.votes = 9
        let diff = RecordDiff(
            old: try [Self.a, Self.b].map { try Self.runRecord($0) },
            new: try [edited, Self.c].map { try Self.runRecord($0) })
        #expect(diff.added.map(\.displayKey) == ["2409.00103"])
        #expect(diff.removed.map(\.displayKey) == ["2409.00102"])
        #expect(diff.changed.map(\.key) == ["2409.00101"])
        #expect(diff.changed.first?.fieldNames == ["votes", "sections[1].text", "sections[1].text_plain"])
        let text = try #require(diff.changed.first?.fields.first { $0.field == "sections[1].text" })
        #expect(WordDiff.inline(text.words ?? []) == "토큰마다 [-두-]{+세+} 명의 전문가를 고릅니다.")
        #expect(text.note == "Technical Details")
    }

    @Test("a different source (file, encoding, hash, line) is provenance only")
    func provenanceOnly() throws {
        var copy = Self.a
        copy.source = Source(file: "copy/digest.md", line: 40, encoding: "UTF-16LE", sha256: "1234")
        let diff = RecordDiff(old: [try Self.runRecord(Self.a)], new: [try Self.runRecord(copy)])
        #expect(diff.isEmpty)
        #expect(diff.unchanged == 1)
        #expect(diff.provenanceOnly == 1)
        #expect(diff.encodingChanges == ["UTF-8 → UTF-16LE": 1])
        #expect(diff.sourceFieldChanges == ["file": 1, "line": 1, "encoding": 1, "sha256": 1])
    }

    @Test("a record moving into quarantine is a change of its routing, with the reasons")
    func routing() throws {
        let diff = RecordDiff(
            old: [try Self.runRecord(Self.a)],
            new: [try Self.runRecord(Self.a, reasons: ["off-topic: the summary is about another paper"])])
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
        let change = try #require(diff.changed.first)
        #expect(change.fieldNames == ["routing"])
        #expect(change.fields[0].old == .string("records") && change.fields[0].new == .string("quarantine"))
        #expect(change.fields[0].added == ["off-topic: the summary is about another paper"])
    }

    @Test("findings and reasons are left to the findings diff: a record with only new findings is unchanged")
    func findingsNotRecordContent() throws {
        var flagged = Self.a
        flagged.findings = [Finding(rule: "duplicate", severity: .warning, message: "also on 2024-09-03", line: 3, column: 1, fingerprint: "d1")]
        let diff = RecordDiff(
            old: [try Self.runRecord(Self.a, reasons: ["truncated: cut off"])],
            new: [try Self.runRecord(flagged, reasons: ["truncated: cut off", "duplicate: also on 2024-09-03"])])
        #expect(diff.isEmpty)
        #expect(diff.unchanged == 1)
    }

    @Test("records without an id are matched by title")
    func nullIdByTitle() throws {
        let noId = F.record("", "Untitled Draft About Robots", ["로봇 팔이 컵을 집습니다."])
        var edited = noId
        edited.sections[0].text = "로봇 팔이 접시를 집습니다."
        edited.sections[0].textPlain = edited.sections[0].text
        let other = F.record("", "Another Draft", ["새 초안입니다."])
        let diff = RecordDiff(
            old: [try Self.runRecord(noId, reasons: ["no arXiv id"])],
            new: [try Self.runRecord(edited, reasons: ["no arXiv id"]), try Self.runRecord(other, reasons: ["no arXiv id"])])
        #expect(diff.changed.map(\.key) == ["title:Untitled Draft About Robots"])
        #expect(diff.added.map(\.displayKey) == ["title:Another Draft"])
        #expect(diff.removed.isEmpty)
    }

    @Test("of two records with one id, removing one reports just that one")
    func duplicateIds() throws {
        var later = Self.a
        later.date = "2024-09-03"
        let diff = RecordDiff(
            old: [try Self.runRecord(Self.a), try Self.runRecord(later)],
            new: [try Self.runRecord(later)])
        #expect(diff.removed.count == 1)
        #expect(diff.removed.first?.content["date"] == .string("2024-09-02"))
        #expect(diff.changed.isEmpty)
    }

    @Test("term offsets that follow an edited text are not a change; a new term is")
    func terms() throws {
        var old = Self.a
        old.terms = [Term(ko: "전문가 혼합", en: "Mixture of Experts", abbr: nil, kind: .koEn, section: 0, start: 10, end: 40)]
        var shifted = old
        shifted.sections[0].text = "아주 작은 모델에서도 전문가 혼합이 통합니다."
        shifted.sections[0].textPlain = shifted.sections[0].text
        shifted.terms[0].start = 13
        shifted.terms[0].end = 43
        let onlyText = RecordDiff(old: [try Self.runRecord(old)], new: [try Self.runRecord(shifted)])
        #expect(onlyText.changed.first?.fieldNames == ["sections[0].text", "sections[0].text_plain"])

        var moreTerms = old
        moreTerms.terms.append(Term(ko: "라우터", en: "router", abbr: nil, kind: .koEn, section: 1, start: 0, end: 10))
        let added = RecordDiff(old: [try Self.runRecord(old)], new: [try Self.runRecord(moreTerms)])
        #expect(added.changed.first?.fieldNames == ["terms"])
        #expect(added.changed.first?.fields[0].added == ["라우터 (router) [ko-en]"])

        var movedOnly = old
        movedOnly.terms[0].start = 11
        let moved = RecordDiff(old: [try Self.runRecord(old)], new: [try Self.runRecord(movedOnly)])
        #expect(moved.changed.first?.fields.first?.note == "positions changed")
    }

    @Test("a section added at the end is listed")
    func sectionAdded() throws {
        var longer = Self.b
        longer.sections.append(Section(label: "Limitations", text: "영어 대화에서만 실험했습니다."))
        let diff = RecordDiff(old: [try Self.runRecord(Self.b)], new: [try Self.runRecord(longer)])
        let change = try #require(diff.changed.first?.fields.first)
        #expect(change.field == "sections")
        #expect(change.added == ["[1] Limitations: 영어 대화에서만 실험했습니다."])
    }

    @Test("lines with missing optional fields still compare")
    func missingFields() throws {
        let sparse = try RunRecord(json: JSONValue.parse(Array(#"{"id":"2409.00109","title":"T"}"#.utf8)), routing: .records, line: 1)
        let fuller = try RunRecord(
            json: JSONValue.parse(Array(#"{"id":"2409.00109","title":"T","votes":null,"extra":{"k":1}}"#.utf8)), routing: .records, line: 1)
        let diff = RecordDiff(old: [sparse], new: [fuller])
        #expect(diff.changed.first?.fieldNames == ["votes", "extra"])
    }
}
