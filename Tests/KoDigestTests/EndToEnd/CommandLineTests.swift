import Foundation
import Testing
@testable import KoDigest

/// The built executable, run as a user runs it: output, files and exit codes.
@Suite(.serialized) struct CommandLineTests {
    static let runFiles = ["findings.json", "findings.sarif", "glossary.json", "glossary.tbx", "glossary.tsv",
                           "manifest.json", "quarantine.jsonl", "records.jsonl"]

    @Test func helpListsEveryCommand() throws {
        guard Executable.path != nil else { return }
        let help = try Executable.run(["--help"])
        #expect(help.status == 0)
        for command in ["run", "clean", "lint", "glossary", "diff", "normalize"] {
            #expect(help.stdout.contains("  \(command) "), "--help lacks \(command)")
        }
    }

    @Test func runWithNoArgumentsReadsTheExamples() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        let result = try Executable.run(["run"], in: cwd)
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try FileManager.default.contentsOfDirectory(atPath: cwd + "/runs")
        #expect(runs.count == 1)
        let run = cwd + "/runs/" + (runs.first ?? "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: run).sorted() == CommandLineTests.runFiles)
        let records = Executable.lineCount(run + "/records.jsonl"), held = Executable.lineCount(run + "/quarantine.jsonl")
        #expect(records + held == 19)
        // off-topic, truncated, leaked-structure and the later duplicate are errors; markup is a warning.
        #expect(held == 4)
        #expect(result.stderr.contains("pipeline default: 4 files, 19 records read"))
    }

    @Test func runIsDeterministicForAnyNumberOfJobs() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        for jobs in ["1", "2", "3"] { try Executable.run(["run", "--out", "j\(jobs)", "--jobs", jobs], in: cwd) }
        let one = Executable.contentFiles(cwd + "/j1")
        #expect(one.count == 7)
        #expect(one == Executable.contentFiles(cwd + "/j2"))
        #expect(one == Executable.contentFiles(cwd + "/j3"))
    }

    /// A day run with the rest of the digests as `--context` answers as the run over all of them:
    /// the same terms, findings (the later duplicate too) and routing, record for record.
    @Test func aDayWithItsCorpusAsContextAnswersAsTheWholeRun() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        let examples = TestPaths.repoRoot + "/Examples"
        func lines(_ run: String) throws -> [Substring] {
            try ["records.jsonl", "quarantine.jsonl"].flatMap {
                try String(contentsOfFile: cwd + "/" + run + "/" + $0, encoding: .utf8).split(separator: "\n")
            }
        }
        try Executable.run(["run", examples, "--out", "all"], in: cwd)
        let whole = try lines("all")
        var seen = 0
        for day in ["2023/12/11.md", "2024/08/19.md", "2025/01/06.md", "2025/01/07.md"] {
            let result = try Executable.run(["run", examples + "/" + day, "--context", examples, "--out", "day"], in: cwd)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("pipeline default: 1 files"))
            let mine = try lines("day")
            #expect(mine.allSatisfy(whole.contains), "\(day)")
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: cwd + "/day/manifest.json")))
            #expect(((manifest as? [String: Any])?["context"] as? [String])?.count == 3)
            seen += mine.count
        }
        #expect(seen == whole.count)
        #expect(try Executable.run(["lint", examples, "--context", "-"], in: cwd).status != 0)
        // a context file that cannot be read is named, and the run goes on
        try Executable.write(Data(), to: cwd + "/empty.md")
        let empty = try Executable.run(["run", examples + "/2023/12/11.md", "--context", "empty.md", "--out", "e"], in: cwd)
        #expect(empty.status == 0)
        #expect(empty.stderr.contains("empty.md: warning: context file not used: the file is empty"))
    }

    @Test func anInterruptedRunLeavesTheEarlierRunWhole() throws {
        guard let tool = Executable.path, TestPaths.hasCorpus else { return }
        let cwd = try Executable.temporaryDirectory()
        try Executable.run(["run", "--out", "out"], in: cwd)
        let before = Executable.contentFiles(cwd + "/out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["run", TestPaths.corpus, "--out", "out"]
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(Executable.contentFiles(cwd + "/out") == before)
        // The next run clears the killed run's staging folder.
        try Executable.run(["run", "--out", "out"], in: cwd)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cwd).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func badInputIsReportedWithFileAndLineAndExitCode2() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        try Executable.write(Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2]), to: cwd + "/binary.md")
        try Executable.write(Data(), to: cwd + "/empty.md")
        let good = "### [Good](https://arxiv.org/abs/2501.00001)\n\n- **What's New**: 좋은 요약입니다.\n"
        try Executable.write(Data(good.utf8), to: cwd + "/good.md")
        let result = try Executable.run(["clean", "binary.md", "empty.md", "good.md", "missing.md", "-o", "r.jsonl", "--quarantine", "q.jsonl"], in: cwd)
        #expect(result.status == 2)
        #expect(result.stderr.contains("binary.md:1: error:"))
        #expect(result.stderr.contains("empty.md: error: the file is empty"))
        #expect(result.stderr.contains("missing.md: error: no such file or folder"))
        #expect(Executable.lineCount(cwd + "/r.jsonl") == 1)
    }

    @Test func anEnormousLineIsCutWithAWarning() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        let text = "### [Big](https://arxiv.org/abs/2501.00002)\n\n- " + String(repeating: "아주 긴 문장 ", count: 700_000) + "\n"
        try Executable.write(Data(text.utf8), to: cwd + "/big.md")
        let result = try Executable.run(["clean", "big.md", "-o", "r.jsonl", "--quarantine", "q.jsonl"], in: cwd)
        #expect(result.status == 0)
        #expect(result.stderr.contains("big.md:3:1: warning: line is"))
        #expect(Executable.lineCount(cwd + "/r.jsonl") + Executable.lineCount(cwd + "/q.jsonl") == 1)
    }

    @Test func aBadPipelineIsRejectedBeforeAnyWork() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        let yaml = "name: strict\nstages:\n  - lint:\n      rules:\n        off-topic:\n          threshold: lots\n"
        try Executable.write(Data(yaml.utf8), to: cwd + "/p.yml")
        let result = try Executable.run(["run", "p.yml", "--out", "never"], in: cwd)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("p.yml:6:11: error: rule 'off-topic' option 'threshold'"))
        #expect(!FileManager.default.fileExists(atPath: cwd + "/never"))
    }

    @Test func lintExitsOneOnErrorsAndWritesSarif() throws {
        guard Executable.path != nil else { return }
        let examples = TestPaths.repoRoot + "/Examples"
        let text = try Executable.run(["lint", examples])
        #expect(text.status == 1)
        #expect(text.stdout.contains(": error: "))
        let sarif = try Executable.run(["lint", examples, "--format", "sarif", "--fail-on", "never"])
        #expect(sarif.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        #expect(json?["version"] as? String == "2.1.0")
    }

    @Test func normalizeReadsStandardInput() throws {
        guard Executable.path != nil else { return }
        let result = try Executable.run(["normalize"], stdin: "모델（Ｍｏｄｅｌ）\u{200B}  입니다 \r\n")
        #expect(result.status == 0)
        #expect(result.stdout == "모델(Model) 입니다\n")
    }

    @Test func diffOfTwoRunsOfTheSameInputIsEmpty() throws {
        guard Executable.path != nil else { return }
        let cwd = try Executable.temporaryDirectory()
        try Executable.run(["run", "--out", "a"], in: cwd)
        try Executable.run(["run", "--out", "b", "--jobs", "1"], in: cwd)
        let diff = try Executable.run(["diff", "a", "b"], in: cwd)
        #expect(diff.status == 0, "\(diff.stdout)")
    }
}
