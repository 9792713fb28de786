import Foundation

/// Paths the tests read: the repository's own files and, when present, ../shared beside it.
enum TestPaths {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static var fixtures: String { repoRoot + "/Tests/KoDigestTests/Fixtures" }
    static var glossary: String { repoRoot + "/Glossary" }
    static var shared: String { repoRoot + "/../shared" }
    static var corpus: String { shared + "/corpus/daily_papers_ko" }
    static var gold: String { shared + "/gold" }

    /// Whether the real corpus is beside the repository; tests that need it skip without it.
    static var hasCorpus: Bool {
        let present = FileManager.default.fileExists(atPath: corpus)
        if !present { print("note: ../shared/corpus is absent; corpus-level checks are skipped") }
        return present
    }

    static let seedDays = ["2024/08/23.md", "2024/12/09.md", "2025/01/08.md"]
}
