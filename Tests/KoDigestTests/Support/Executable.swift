import Foundation

/// Runs the built `kodigest` executable, as a user would, and captures what it prints.
enum Executable {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built tool: the newer of the release build (CI builds it first) and the debug one.
    static var path: String? {
        let candidates = ["release", "debug"].map { TestPaths.repoRoot + "/.build/\($0)/kodigest" }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        func modified(_ path: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
        }
        if let newest = candidates.max(by: { modified($0) < modified($1) }) { return newest }
        print("note: no built kodigest executable (run `swift build` first); end-to-end checks are skipped")
        return nil
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: String? = nil, stdin: String? = nil) throws -> Result {
        guard let path else { return Result(status: -1, stdout: "", stderr: "") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the tool runs, so a large output cannot block it.
        let errData = Mutex(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errData.withLock { $0 = data }
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "kodigest-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `data` to a new file at `path`.
    static func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// The content files of a run directory (all but the manifest), by name.
    static func contentFiles(_ run: String) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: run)) ?? []
        var files: [String: Data] = [:]
        for name in names where name != "manifest.json" {
            files[name] = FileManager.default.contents(atPath: run + "/" + name)
        }
        return files
    }

    static func lineCount(_ path: String) -> Int {
        (FileManager.default.contents(atPath: path) ?? Data()).reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
