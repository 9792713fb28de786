import Foundation
import Testing
@testable import KoDigest

@Suite("RunSnapshot")
struct DiffRunSnapshotTests {
    typealias F = DiffFixtures

    @Test("a missing run directory is an error that names it")
    func missingDirectory() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let path = fixtures.root + "/no-such-run"
        let error = try #require(throws: RunReadError.self) { try RunSnapshot.load(directory: path) }
        #expect(error.description == "\(path): error: no such run directory")
    }

    @Test("a folder without any run file is not a run directory")
    func notARun() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let dir = try fixtures.folder("empty")
        let error = try #require(throws: RunReadError.self) { try RunSnapshot.load(directory: dir) }
        #expect(error.description.hasPrefix("\(dir): error: not a run directory"))
    }

    @Test("a malformed line is an error with the file and line")
    func malformedLine() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let dir = try fixtures.run("run", records: [F.record("2409.00101", "T", ["문장입니다."])])
        let good = try String(contentsOfFile: dir + "/records.jsonl", encoding: .utf8)
        try fixtures.write(good + "{\"id\": \"2409.00102\", \"title\": \n", to: dir + "/records.jsonl")
        let error = try #require(throws: RunReadError.self) { try RunSnapshot.load(directory: dir) }
        #expect(error.description.hasPrefix("\(dir)/records.jsonl:2: error: not valid JSON"))
    }

    @Test("a malformed findings.json names the file")
    func malformedFindings() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let dir = try fixtures.run("run", records: [])
        try fixtures.write("{\"findings\": [{\"severity\": \"error\"}]}", to: dir + "/findings.json")
        let error = try #require(throws: RunReadError.self) { try RunSnapshot.load(directory: dir) }
        #expect(error.description == "\(dir)/findings.json: error: a finding has no \"rule\"")
    }

    @Test("missing files are listed; findings then come from the records")
    func missingFiles() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        var r = F.record("2409.00101", "T", ["문장입니다."])
        r.findings = [Finding(rule: "truncated", severity: .error, message: "cut off", line: 9, column: 3, fingerprint: "fp")]
        let dir = try fixtures.folder("run")
        try fixtures.write(String(decoding: RecordJSON.encode(r), as: UTF8.self) + "\n", to: dir + "/records.jsonl")
        let snapshot = try RunSnapshot.load(directory: dir)
        #expect(snapshot.missingFiles == ["quarantine.jsonl", "findings.json", "glossary.json", "manifest.json"])
        #expect(snapshot.records?.count == 1)
        #expect(snapshot.findingsOrigin == .records)
        #expect(snapshot.findings?.first?.fingerprint == "fp")
        #expect(snapshot.findings?.first?.record == "2409.00101")
        #expect(snapshot.glossary == nil && snapshot.manifest == nil)
    }

    @Test("quarantine lines are records with routing and reasons, matched with the clean ones")
    func quarantine() throws {
        let fixtures = try F()
        defer { fixtures.remove() }
        let dir = try fixtures.run(
            "run", records: [F.record("2409.00101", "A", ["가."])],
            quarantine: [(F.record("", "No Id", ["나."]), ["no arXiv id"])])
        let snapshot = try RunSnapshot.load(directory: dir)
        #expect(snapshot.records?.map(\.routing) == [.records, .quarantine])
        #expect(snapshot.records?.last?.id == nil)
        #expect(snapshot.records?.last?.reasons == ["no arXiv id"])
        #expect(snapshot.records?.last?.matchKey == "title:No Id")
    }
}
