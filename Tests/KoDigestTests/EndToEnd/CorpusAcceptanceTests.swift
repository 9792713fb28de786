import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import KoDigest

/// The issues' acceptance checks on the real corpus, through the built executable and the
/// project's own scoring scripts. Skipped when ../shared is absent.
@Suite(.serialized) struct CorpusAcceptanceTests {
    /// One default run over the whole corpus, shared by the checks below.
    static let run: String? = {
        guard Executable.path != nil, TestPaths.hasCorpus, let dir = try? Executable.temporaryDirectory() else { return nil }
        let result = try? Executable.run(["run", TestPaths.corpus, "--out", dir + "/run"])
        return result?.status == 0 ? dir + "/run" : nil
    }()

    /// The last line of a scoring script's output.
    static func score(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.gold + "/" + script] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
    }

    static func value(_ name: String, in line: String) -> Double? {
        guard let range = line.range(of: name + "=") else { return nil }
        return Double(line[range.upperBound...].prefix { $0 == "." || $0.isNumber })
    }

    @Test func everyRecordComesOut() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        #expect(Executable.lineCount(run + "/records.jsonl") + Executable.lineCount(run + "/quarantine.jsonl") == 5488)
    }

    /// Other tools read these files: each parses in its format, whatever the corpus text holds
    /// (it has control characters left by unescaped backslashes).
    @Test func everyOutputFileParses() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        #expect(XMLParser(contentsOf: URL(fileURLWithPath: run + "/glossary.tbx"))?.parse() == true, "glossary.tbx is not well-formed")
        for name in ["findings.json", "findings.sarif", "glossary.json", "manifest.json"] {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: run + "/" + name)))) != nil, "\(name)")
        }
        for name in ["records.jsonl", "quarantine.jsonl"] {
            let lines = try String(contentsOfFile: run + "/" + name, encoding: .utf8).split(separator: "\n")
            #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }, "\(name)")
        }
    }

    /// A seed day run alone with the corpus as `--context` gives the corpus run's records.
    @Test func aSeedDayWithTheCorpusAsContextMatchesTheCorpusRun() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        let day = try Executable.temporaryDirectory() + "/day"
        try Executable.run(["run", TestPaths.corpus + "/2024/08/23.md", "--context", TestPaths.corpus, "--out", day])
        let whole = Set(try String(contentsOfFile: run + "/records.jsonl", encoding: .utf8).split(separator: "\n")
            + String(contentsOfFile: run + "/quarantine.jsonl", encoding: .utf8).split(separator: "\n"))
        let mine = try String(contentsOfFile: day + "/records.jsonl", encoding: .utf8).split(separator: "\n")
            + String(contentsOfFile: day + "/quarantine.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(mine.count == 20)
        #expect(mine.allSatisfy(whole.contains))
    }

    @Test func termsScoreAtLeast95OnTheSeedDays() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        let line = try CorpusAcceptanceTests.score("score_terms.py", [run, TestPaths.gold + "/seed-terms.tsv"])
        #expect((CorpusAcceptanceTests.value("P", in: line) ?? 0) >= 0.95, "\(line)")
        #expect((CorpusAcceptanceTests.value("R", in: line) ?? 0) >= 0.95, "\(line)")
    }

    @Test func everySeedFlagIsCaughtWithNoFalseAlarm() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        let line = try CorpusAcceptanceTests.score("score_flags.py", [run, TestPaths.gold + "/seed-flags.tsv", TestPaths.gold + "/seed-clean.tsv"])
        #expect(CorpusAcceptanceTests.value("recall", in: line) == 1.0, "\(line)")
        #expect(CorpusAcceptanceTests.value("fpr", in: line) == 0.0, "\(line)")
        let glossFlags = try CorpusAcceptanceTests.score("score_flags.py", [run, TestPaths.gold + "/seed-flags.tsv",
                                                                          TestPaths.gold + "/seed-clean.tsv", "--flags", "gloss-mismatch"])
        #expect((CorpusAcceptanceTests.value("recall", in: glossFlags) ?? 0) >= 0.8, "\(glossFlags)")
    }

    @Test func aSecondRunIsByteIdenticalAndDiffsEmpty() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        let again = try Executable.temporaryDirectory() + "/run"
        try Executable.run(["run", TestPaths.corpus, "--out", again, "--jobs", "1"])
        #expect(Executable.contentFiles(run) == Executable.contentFiles(again))
        let diff = try Executable.run(["diff", run, again])
        #expect(diff.status == 0, "\(diff.stdout.prefix(500))")
    }

    /// Copies of the corpus re-encoded as NFD, UTF-16 and CRLF differ from the original only in provenance.
    @Test(arguments: [Perturbation.nfd, .utf16LE, .crlf])
    func reencodedCopiesShowNoContentDifference(_ perturbation: Perturbation) throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        let copy = try Executable.temporaryDirectory()
        for item in InputSet(arguments: [TestPaths.corpus]).items {
            guard let bytes = FileIO.read(item.path) else { continue }
            let target = copy + item.path.dropFirst(TestPaths.corpus.count)
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Executable.write(Data(perturbation.apply(String(decoding: bytes, as: UTF8.self))), to: target)
        }
        try Executable.run(["run", copy, "--out", copy + ".run"])
        let diff = try Executable.run(["diff", run, copy + ".run", "--format", "json"])
        #expect(diff.status == 0, "\(perturbation): \(diff.stdout.prefix(500))")
    }

    /// One sentence edited, one record removed and one added: the diff names exactly those three.
    @Test func anEditedCopyDiffsInExactlyThreeRecords() throws {
        guard let run = CorpusAcceptanceTests.run else { return }
        let copy = try Executable.temporaryDirectory()
        let files = InputSet(arguments: [TestPaths.corpus]).items.map(\.path)
        for path in files {
            var text = String(decoding: FileIO.read(path) ?? [], as: UTF8.self)
            if path.hasSuffix("2024/08/23.md") {
                text = text.replacingOccurrences(of: "현대 대형 언어 모델(LLMs)의 급속한 발전과", with: "대형 언어 모델(LLMs)의 빠른 발전과")
            }
            if path.hasSuffix("2024/12/09.md"), let start = text.range(of: "### [SwiftEdit"),
               let next = text.range(of: "\n### ", range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<next.lowerBound)
                text += "\n### [An Added Paper](https://arxiv.org/abs/2412.99999)\n\n- **What's New**: 새로 추가한 요약입니다.\n"
            }
            let target = copy + path.dropFirst(TestPaths.corpus.count)
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Executable.write(Data(text.utf8), to: target)
        }
        try Executable.run(["run", copy, "--out", copy + ".run"])
        let diff = try Executable.run(["diff", run, copy + ".run", "--format", "json"])
        #expect(diff.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any]
        let records = json?["records"] as? [String: Any]
        #expect(records?["added"] as? [String] == ["2412.99999"])
        #expect(records?["removed"] as? [String] == ["2412.04301"])
        let changed = (records?["changed"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(changed == ["2408.12599"])
    }
}
