import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import KoDigest

/// The formats other tools read must not drift: glossary TSV/CSV/JSON/TBX and findings
/// text/JSON/SARIF over the bundled examples, compared with golden files after the repository
/// path and the tool version are normalized.
struct OutputGoldenTests {
    static let outcome: PipelineOutcome? = {
        guard let resources = try? PipelineResources.load(glossaryDirectory: TestPaths.glossary) else { return nil }
        let run = PipelineRun(spec: .standard, resources: resources, inputs: InputSet(arguments: [TestPaths.repoRoot + "/Examples"]), jobs: 2)
        return try? run.run(records: nil, quarantine: nil)
    }()

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: TestPaths.repoRoot + "/", with: "")
            .replacingOccurrences(of: "\"\(KoDigestVersion.string)\"", with: "\"VERSION\"")
    }

    @Test(arguments: GlossaryFormat.allCases)
    func glossaryFormat(_ format: GlossaryFormat) throws {
        let glossary = try #require(OutputGoldenTests.outcome?.glossary)
        try Golden.check(OutputGoldenTests.normalized(glossary.render(format)), against: "glossary.\(format.rawValue)", in: "Output")
    }

    @Test func findingsFormats() throws {
        let findings = try #require(OutputGoldenTests.outcome?.findings)
        try Golden.check(OutputGoldenTests.normalized(FindingsWriter.text(findings)), against: "findings.txt", in: "Output")
        try Golden.check(OutputGoldenTests.normalized(String(decoding: FindingsWriter.json(findings), as: UTF8.self)),
                         against: "findings.json", in: "Output")
        try Golden.check(OutputGoldenTests.normalized(String(decoding: FindingsWriter.sarif(findings), as: UTF8.self)),
                         against: "findings.sarif", in: "Output")
    }

    @Test func tbxAndSarifAreWellFormed() throws {
        let glossary = try #require(OutputGoldenTests.outcome?.glossary)
        let parser = XMLParser(data: Data(glossary.render(.tbx).utf8))
        #expect(parser.parse(), "TBX is not well-formed XML")
        let sarif = try JSONSerialization.jsonObject(with: Data(FindingsWriter.sarif(OutputGoldenTests.outcome?.findings ?? [])))
        let runs = (sarif as? [String: Any])?["runs"] as? [[String: Any]]
        let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect((driver?["rules"] as? [Any])?.count == LintRules.all.count)
    }

    /// SARIF wants a URI reference: a path's spaces, `#` and Hangul are percent-encoded, and the
    /// run says its columns count Unicode scalars.
    @Test func sarifLocationsAreURIReferences() throws {
        #expect(FindingsWriter.uriReference("digests/2024/08/23.md") == "digests/2024/08/23.md")
        #expect(FindingsWriter.uriReference("/tmp/my digests/요약 #1.md") == "/tmp/my%20digests/%EC%9A%94%EC%95%BD%20%231.md")
        let finding = Finding(rule: "markup", severity: .warning, message: "m", section: nil, start: nil, end: nil,
                              line: 3, column: 7, fingerprint: "f")
        let entry = FindingEntry(file: "a b/c.md", record: "2501.00001", finding: finding, excerpt: "x")
        let sarif = try JSONSerialization.jsonObject(with: Data(FindingsWriter.sarif([entry]))) as? [String: Any]
        let run = (sarif?["runs"] as? [[String: Any]])?.first
        #expect(run?["columnKind"] as? String == "unicodeCodePoints")
        let location = ((run?["results"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]])?.first
        let artifact = (location?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(artifact?["uri"] as? String == "a%20b/c.md")
    }

    /// Garbled text keeps control characters (an unescaped `\f` becomes U+000C): the TBX must
    /// stay well-formed and every TSV row keep its columns.
    @Test func controlCharactersKeepTheGlossaryWellFormed() throws {
        let directory = try Executable.temporaryDirectory()
        let text = "### [Garbled](https://arxiv.org/abs/2501.00003)\n\n- **요약**: 보상 모델(Reward\u{0C}Model)은 "
            + "제어\u{1F}문자와 탭\t문자, 비문자\u{FFFE}를 담은 문장(Sentence\rModel)이다.\n"
        try Executable.write(Data(text.utf8), to: directory + "/garbled.md")
        let resources = try PipelineResources.load(glossaryDirectory: TestPaths.glossary)
        let run = PipelineRun(spec: .standard, resources: resources, inputs: InputSet(arguments: [directory]), jobs: 1)
        let glossary = try #require(try run.run(records: nil, quarantine: nil).glossary)
        #expect(!glossary.concepts.isEmpty)
        #expect(XMLParser(data: Data(glossary.render(.tbx).utf8)).parse(), "TBX is not well-formed XML")
        for line in glossary.render(.tsv).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == Glossary.columns.count)
        }
    }
}
