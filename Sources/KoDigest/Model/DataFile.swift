import Foundation

/// Reads the curated line-based data files under `Glossary/` (one entry a line, `#` comments).
public enum DataFile {
    /// A data file that could not be read or has a bad line.
    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
    }

    /// Non-empty, non-comment lines of `path` with their 1-based line numbers, trimmed.
    public static func lines(_ path: String) throws -> [(line: Int, text: String)] {
        guard let bytes = FileIO.read(path) else { throw LoadError(file: path, message: "cannot read the file") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LoadError(file: path, message: "the file is not valid UTF-8")
        }
        var result: [(Int, String)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(raw).trimmingCharacters(in: "\r").trimmingCharacters(in: " ")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            result.append((i + 1, ICU.nfc(trimmed)))
        }
        return result
    }

    /// `ENGLISH<TAB>KOREAN|KOREAN…` lines (`lexicons/en-ko-words.txt`): each English word,
    /// lower-cased, with its Korean renderings; a missing file gives none.
    public static func wordRenderings(_ path: String) throws -> [String: [String]] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        var renderings: [String: [String]] = [:]
        for entry in try lines(path) {
            let cells = entry.text.split(separator: "\t", maxSplits: 1).map(String.init)
            guard cells.count == 2 else { throw LoadError(file: path, line: entry.line, message: "expected ENGLISH<TAB>KOREAN|KOREAN") }
            renderings[cells[0].lowercased()] = cells[1].split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        return renderings
    }

    /// Tab-separated rows after a header line: each row as header → value, with its line number.
    public static func table(_ path: String) throws -> [(line: Int, row: [String: String])] {
        let all = try lines(path)
        guard let header = all.first else { return [] }
        let names = header.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return all.dropFirst().map { entry in
            let cells = entry.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (k, name) in names.enumerated() { row[name] = k < cells.count ? cells[k].trimmingCharacters(in: " ") : "" }
            return (entry.line, row)
        }
    }
}
