import Foundation
import Testing
@testable import KoDigest

/// Every fixture and example digest parses to what `Fixtures/expected-parse.json` says.
struct DigestParserTests {
    struct Expected: Decodable, CustomTestStringConvertible, Sendable {
        struct Rec: Decodable, Sendable {
            var id: String?
            var date: String?
            var title: String?
            var url: String?
            var thumbnail: String?
            var votes: Int?
            var authors: [String]?
            var section_labels: [String?]?
            var section_count: Int?
            var section_lines: [Int]?
            var line: Int?
        }
        struct Rejected: Decodable, Sendable { var line: Int; var reasons: [String] }
        struct Diag: Decodable, Sendable { var line: Int; var code: String }
        var file: String
        var record_count: Int
        var records: [Rec]
        var rejected: [Rejected]?
        var diagnostics: [Diag]?
        var testDescription: String { file }
    }

    struct Spec: Decodable { var fixtures: [Expected]; var examples: [Expected] }

    static let spec: Spec? = {
        let path = TestPaths.fixtures + "/expected-parse.json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Spec.self, from: data)
    }()

    static var cases: [Expected] {
        guard let spec else { return [] }
        let examples = spec.examples.map { e -> Expected in
            var e = e
            e.file = "../../../" + e.file  // examples are named from the repository root
            return e
        }
        return spec.fixtures + examples
    }

    @Test func specIsReadable() {
        #expect(DigestParserTests.spec != nil)
        #expect(DigestParserTests.cases.count >= 30)
    }

    @Test(arguments: DigestParserTests.cases)
    func parsesAsSpecified(_ expected: Expected) throws {
        let path = URL(fileURLWithPath: TestPaths.fixtures + "/" + expected.file).standardized.path
        let bytes = try #require(FileIO.read(path), "cannot read \(path)")
        let parsed = DigestParser().parse(bytes: bytes, file: path)
        #expect(parsed.records.count == expected.record_count)
        for (got, want) in zip(parsed.records, expected.records) {
            if let id = want.id { #expect(got.id == id) }
            #expect(got.date == want.date, "\(got.id) date")
            if let title = want.title { #expect(got.title == title) }
            if let url = want.url { #expect(got.url == url) }
            #expect(got.thumbnail == want.thumbnail, "\(got.id) thumbnail")
            #expect(got.votes == want.votes, "\(got.id) votes")
            if let authors = want.authors { #expect(got.authors == authors, "\(got.id) authors") }
            if let labels = want.section_labels { #expect(got.sections.map(\.label) == labels, "\(got.id) labels") }
            if let lines = want.section_lines { #expect(got.sections.map(\.line) == lines, "\(got.id) section lines") }
            if let line = want.line { #expect(got.source.line == line, "\(got.id) header line") }
        }
        let rejected = parsed.rejected.map { r in (r.record.source.line, r.reasons.map { String($0.prefix { $0 != ":" }) }) }
        let wanted = (expected.rejected ?? []).map { ($0.line, $0.reasons) }
        #expect(rejected.map(\.0) == wanted.map(\.0), "rejected lines")
        #expect(rejected.map(\.1) == wanted.map(\.1), "rejected reasons")
        let diagnosticLines = Set(parsed.diagnostics.compactMap(\.line))
        for d in expected.diagnostics ?? [] {
            #expect(diagnosticLines.contains(d.line), "no diagnostic at line \(d.line) (\(d.code))")
        }
    }

    @Test func everyHeaderYieldsOneRecordOrRejection() throws {
        let text = "### [Good](https://arxiv.org/abs/2501.00001)\n- 요약.\n### no link\n- 요약.\n### [No summary](https://arxiv.org/abs/2501.00002)\n"
        let parsed = DigestParser().parse(text: text, file: "t.md")
        #expect(parsed.records.map(\.id) == ["2501.00001"])
        #expect(parsed.rejected.count == 2)
        #expect(parsed.headerCount == 3)
    }

    @Test func reportsBinaryAndEmptyInput() {
        let binary = DigestParser().parse(bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3], file: "a.out")
        #expect(binary.records.isEmpty)
        #expect(binary.diagnostics.first?.description.hasPrefix("a.out:1: error:") == true)
        let empty = DigestParser().parse(bytes: [], file: "empty.md")
        #expect(empty.diagnostics.first?.level == .error)
    }

    @Test func aStrayNULInADigestIsDamageNotABinaryFile() {
        // one NUL in a summary: the record is read (the encoding rule reports the NUL); a file that is
        // mostly NULs and controls is still binary
        var bytes = Array("### [N](https://arxiv.org/abs/2501.00004)\n- 요약: 모델이 ".utf8)
        bytes += [0]
        bytes += Array("좋아졌습니다.\n".utf8)
        let parsed = DigestParser().parse(bytes: bytes, file: "nul.md")
        #expect(parsed.records.map(\.id) == ["2501.00004"])
        #expect(parsed.records.first?.sections.first?.text.unicodeScalars.contains("\u{0}") == true)
        #expect(DigestParser().parse(bytes: [UInt8](repeating: 0, count: 64) + bytes, file: "zeros.md").records.isEmpty)
    }

    @Test func cutsEnormousLinesWithADiagnostic() {
        let huge = "### [Big](https://arxiv.org/abs/2501.00003)\n- " + String(repeating: "가", count: 3_500_000) + "\n"
        let parsed = DigestParser().parse(text: huge, file: "big.md")
        #expect(parsed.records.count == 1)
        #expect(parsed.diagnostics.contains { $0.line == 2 && $0.level == .warning })
    }

    @Test func keepsUndecodableBytesWithALocatedDiagnostic() {
        var bytes = Array("### [T](https://arxiv.org/abs/2501.00004)\n- 좋은 요약".utf8)
        bytes += [0xFF, 0xFE, 0x41]
        bytes += Array(" 입니다.\n".utf8)
        let parsed = DigestParser().parse(bytes: bytes, file: "bad.md")
        #expect(parsed.records.count == 1)
        #expect(parsed.diagnostics.contains { $0.line == 2 && $0.description.contains("U+FFFD") })
    }

    @Test func authorListsKeepQuotesEscapesAndNonLatinNames() {
        #expect(AuthorList.parse(#"['김민수', "O'Brien", 'Lee \'Jay\' Park', '+', '김민수', 'Zoë  Ng ']"#)
                == ["김민수", "O'Brien", "Lee 'Jay' Park", "Zoë  Ng"])
        #expect(AuthorList.parse("김민수, 이서연 ,, +") == ["김민수", "이서연"])
    }

    @Test func longAuthorListsDropRepeatsLikeShortOnes() {
        // short lists are searched, long ones hashed: both keep the first of each name, in order
        let names = (1...40).map { "저자\($0)" }
        let repeated = names + names.reversed() + ["저자3"]
        #expect(AuthorList.parse(repeated.joined(separator: ", ")) == names)
        #expect(AuthorList.parse(Array(repeated.prefix(12) + repeated.prefix(5)).joined(separator: ", ")) == Array(names.prefix(12)))
    }
}
