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
