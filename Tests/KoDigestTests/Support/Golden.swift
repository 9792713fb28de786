import Foundation
import Testing

/// Golden files beside the tests (`Diff/Golden`, `Output/Golden`). `KODIGEST_RECORD_GOLDEN=1 swift test`
/// rewrites them and fails, so that a recording run never passes by accident.
enum Golden {
    static func check(_ actual: String, against name: String, in folder: String = "Diff",
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let directory = URL(fileURLWithPath: TestPaths.repoRoot + "/Tests/KoDigestTests/" + folder + "/Golden")
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KODIGEST_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(url.path); run the tests again without KODIGEST_RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from \(url.path)", sourceLocation: sourceLocation)
    }
}
