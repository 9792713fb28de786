import Foundation
import Testing
@testable import KoDigest

/// Runs the built `kodigest` on run directories and checks stdout, stderr and the exit status.
@Suite("DiffCommand end to end")
struct DiffCommandTests {
    typealias F = DiffFixtures

    static var executable: URL { F.repositoryRoot.appendingPathComponent(".build/debug/kodigest") }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so that a large report cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    @Test("identical runs: no differences, exit 0; an edited run: the three records, exit 1")
    func exitCodes() throws {
        guard Self.available else {
            print("skipped: \(Self.executable.path) is not built; run `swift build` first")
            return
        }
        let fixtures = try F()
        defer { fixtures.remove() }
        let a = try fixtures.run("a", digests: [("02.md", Array(F.digest.utf8))])
        let same = try fixtures.run("same", digests: [("02.md", Array(F.digest.utf8))])
        let edited = F.header + F.routing.replacingOccurrences(of: "두 명의", with: "세 명의") + F.tables + F.glaciers
        let b = try fixtures.run("b", digests: [("02.md", Array(edited.utf8))])

        let none = try Self.run(["diff", a, same])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("kodigest diff: \(a) → \(same)\nno differences\n"))
        #expect(!none.stdout.contains("\u{1B}"), "no colour when stdout is a pipe")

        let text = try Self.run(["diff", a, b])
        #expect(text.status == 1)
        #expect(text.stdout.contains("records: 1 added, 1 removed, 1 changed (1 unchanged)"))
        #expect(text.stdout.contains("  + 2409.00104  Melting Maps"))
        #expect(text.stdout.contains("  - 2409.00102  Listening Before Speaking"))
        #expect(text.stdout.contains("[-두-]{+세+} 명의 전문가만"))

        let json = try Self.run(["diff", a, b, "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let records = object?["records"] as? [String: Any]
        #expect(records?["added"] as? [String] == ["2409.00104"])
        #expect(records?["removed"] as? [String] == ["2409.00102"])

        let markdown = try Self.run(["diff", a, b, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("### kodigest diff\n"))
        #expect(markdown.stdout.contains("<details>"))

        let policy = try Self.run(["diff", a, b, "--fail-on", "new-errors"])
        #expect(policy.status == 0)
    }

    @Test("a missing run directory exits 2 with its path on standard error")
    func missingRun() throws {
        guard Self.available else {
            print("skipped: \(Self.executable.path) is not built; run `swift build` first")
            return
        }
        let fixtures = try F()
        defer { fixtures.remove() }
        let a = try fixtures.run("a", digests: [("02.md", Array(F.digest.utf8))])
        let missing = fixtures.root + "/nowhere"
        let result = try Self.run(["diff", a, missing])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\(missing): error: no such run directory\n")

        let badFormat = try Self.run(["diff", a, a, "--format", "yaml"])
        // A usage error: never 0 or 1, which would read as "no differences" or "differences".
        #expect(badFormat.status != 0 && badFormat.status != 1)
        #expect(badFormat.stderr.contains("yaml"))
    }

    @Test("--help names the formats and the exit status")
    func help() throws {
        guard Self.available else {
            print("skipped: \(Self.executable.path) is not built; run `swift build` first")
            return
        }
        let result = try Self.run(["diff", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--format <format>"))
        #expect(result.stdout.contains("--fail-on <fail-on>"))
        #expect(result.stdout.contains("Exit status"))
    }
}
