import Foundation
import Testing
@testable import KoDigest

@Suite("RunDiff")
struct RunDiffTests {
    typealias F = DiffFixtures

    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func diff(_ a: String, _ b: String) throws -> RunDiff {
        RunDiff(old: try RunSnapshot.load(directory: a), new: try RunSnapshot.load(directory: b))
    }

    @Test("two runs over the same digests: no differences, exit 0")
    func identical() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let a = try fixtures.run("a", digests: [("2024/09/02.md", Self.utf8(F.digest))])
        let b = try fixtures.run("b", digests: [("2024/09/02.md", Self.utf8(F.digest))])
        let diff = try Self.diff(a, b)
        #expect(!diff.hasDifferences)
        #expect(diff.records.unchanged == 3)
        #expect(diff.exitCode() == 0)
        #expect(diff.exitCode(failOn: .newErrors) == 0)
        // Different folders and timings: reported as provenance.
        #expect(diff.hasProvenanceDifferences)
        #expect(diff.manifest?.timingsChanged == true || diff.manifest?.inputPathsChanged == true)
    }

    @Test("one sentence edited, one record removed, one added: exactly those three records")
    func editRemoveAdd() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let edited = F.header
            + F.routing.replacingOccurrences(of: "두 명의 전문가만", with: "세 명의 전문가만")
            + F.tables + F.glaciers
        let a = try fixtures.run("a", digests: [("2024/09/02.md", Self.utf8(F.digest))])
        let b = try fixtures.run("b", digests: [("2024/09/02.md", Self.utf8(edited))])
        let diff = try Self.diff(a, b)
        #expect(diff.records.added.map(\.displayKey) == ["2409.00104"])
        #expect(diff.records.removed.map(\.displayKey) == ["2409.00102"])
        #expect(diff.records.changed.map(\.key) == ["2409.00101"])
        #expect(diff.records.changed.first?.fieldNames == ["sections[1].text", "sections[1].text_plain"])
        #expect(diff.records.unchanged == 1)
        #expect(diff.findings.isEmpty && diff.glossary.isEmpty && (diff.manifest?.isEmpty ?? false))
        #expect(diff.exitCode() == 1)
        let words = diff.records.changed.first?.fields.first?.words ?? []
        #expect(WordDiff.inline(words).contains("[-두-]{+세+} 명의 전문가만"))
    }

    @Test("copies re-encoded as NFD, UTF-16 and CRLF differ only in provenance", arguments: ["NFD", "UTF-16LE", "UTF-16BE", "CRLF", "all"])
    func reencoded(variant: String) throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        var text = F.digest
        if variant == "NFD" || variant == "all" { text = text.decomposedStringWithCanonicalMapping }
        if variant == "CRLF" || variant == "all" { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        var bytes = Self.utf8(text)
        if variant == "UTF-16LE" || variant == "all" {
            bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        } else if variant == "UTF-16BE" {
            bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
        let a = try fixtures.run("a", digests: [("2024/09/02.md", Self.utf8(F.digest))])
        let b = try fixtures.run("b", digests: [("2024/09/02.md", bytes)])
        let diff = try Self.diff(a, b)
        #expect(!diff.hasDifferences, "\(DiffRenderer.render(diff, format: .text))")
        #expect(diff.exitCode() == 0)
        #expect(diff.records.unchanged == 3)
        #expect(diff.records.provenanceOnly == 3)
        #expect(diff.records.sourceFieldChanges["sha256"] == 3)
        #expect(diff.manifest?.inputHashesChanged == true)
        // The raw lines really differ: NFD text written as-is, or another encoding in `source`.
        let linesA = try String(contentsOfFile: a + "/records.jsonl", encoding: .utf8)
        let linesB = try String(contentsOfFile: b + "/records.jsonl", encoding: .utf8)
        #expect(Array(linesA.utf8) != Array(linesB.utf8))
    }

    @Test("findings new and resolved by fingerprint; --fail-on new-errors looks only at new errors")
    func failOnNewErrors() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let warning = F.finding("leaked-syntax", "warning", record: "2409.00101", fingerprint: "w1")
        let error = F.finding("off-topic", "error", record: "2409.00102", fingerprint: "e1")
        let digest = [("2024/09/02.md", Self.utf8(F.digest))]
        let none = try fixtures.run("none", digests: digest)
        let warned = try fixtures.run("warned", digests: digest, findings: [warning])
        let errored = try fixtures.run("errored", digests: digest, findings: [warning, error])

        let newWarning = try Self.diff(none, warned)
        #expect(newWarning.findings.new.map(\.fingerprint) == ["w1"])
        #expect(newWarning.exitCode(failOn: .differences) == 1)
        #expect(newWarning.exitCode(failOn: .newErrors) == 0)

        let newError = try Self.diff(warned, errored)
        #expect(newError.findings.new.map(\.fingerprint) == ["e1"])
        #expect(newError.exitCode(failOn: .newErrors) == 1)

        let resolved = try Self.diff(errored, none)
        #expect(resolved.findings.resolved.map(\.fingerprint) == ["w1", "e1"])
        #expect(resolved.exitCode(failOn: .differences) == 1)
        #expect(resolved.exitCode(failOn: .newErrors) == 0)
    }

    @Test("a run with --context differs from one without: its answers rest on more evidence")
    func contextCounts() throws {
        let alone = RunManifest(toolName: "kodigest", inputs: [.init(path: "day.md")])
        var withCorpus = alone
        withCorpus.context = ["d/1.md", "d/2.md"]
        let diff = ManifestDiff(old: alone, new: withCorpus)
        #expect(diff.changes == [.init(field: "context", old: nil, new: "2 files")])
        #expect(ManifestDiff(old: withCorpus, new: withCorpus).isEmpty)
        let read = try RunManifest(json: JSONValue.parse(Array(#"{"context":["a.md","b.md","c.md"]}"#.utf8)))
        #expect(read.context == ["a.md", "b.md", "c.md"])
    }

    @Test("glossary and manifest differences count; a glossary only one run has counts")
    func glossaryAndManifest() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let digest = [("2024/09/02.md", Self.utf8(F.digest))]
        let a = try fixtures.run("a", digests: digest)
        var glossary = F.glossary
        glossary[1] = F.concept("reward model", "Reward Model", preferred: "보상모델", count: 7)
        let b = try fixtures.run("b", digests: digest, glossary: glossary, toolVersion: "0.2.0")
        let diff = try Self.diff(a, b)
        #expect(diff.glossary.preferredChanges.map(\.key) == ["reward model"])
        #expect(diff.manifest?.changes.map(\.field) == ["tool.version"])
        #expect(diff.exitCode() == 1)

        let c = try fixtures.run("c", digests: digest)
        try FileManager.default.removeItem(atPath: c + "/glossary.json")
        let oneSided = try Self.diff(a, c)
        #expect(oneSided.oneSidedFiles.map(\.file) == ["glossary.json"])
        #expect(oneSided.hasDifferences)
    }
}
