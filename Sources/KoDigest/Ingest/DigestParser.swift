/// A record that cannot become a clean record (no id, no summary), kept with the reasons.
public struct RejectedRecord: Sendable, Equatable {
    public var record: Record
    public var reasons: [String]

    public init(record: Record, reasons: [String]) {
        self.record = record
        self.reasons = reasons
    }
}

/// What the parser made of one digest file.
public struct ParsedDigest: Sendable {
    public var records: [Record] = []
    public var rejected: [RejectedRecord] = []
    public var diagnostics: [Diagnostic] = []
    public var normalization = NormalizationStats()
    /// How the file was decoded and the SHA-256 of its bytes.
    public var encoding = ""
    public var sha256 = ""
    /// Number of `###` record headers seen; always `records.count + rejected.count`.
    public var headerCount: Int { records.count + rejected.count }
}

/// Reads the markdown of a daily digest into records, line by line, with source locations.
///
/// Every `###` header yields exactly one record or one rejected record, so nothing is lost.
public struct DigestParser: Sendable {
    /// Longest line (in UTF-8 bytes) read in full; longer lines are cut with a diagnostic.
    public var maxLineBytes = 200_000

    public init() {}

    /// Decodes, normalizes and parses the bytes of `file`.
    public func parse(bytes: [UInt8], file: String) -> ParsedDigest {
        let (decoded, decodeDiagnostics) = TextDecoder.decode(bytes, file: file)
        guard let decoded else {
            var result = ParsedDigest()
            result.diagnostics = decodeDiagnostics
            return result
        }
        var result = parse(text: decoded.text, file: file, encoding: decoded.encoding, sha256: SHA256.hex(bytes))
        result.diagnostics.insert(contentsOf: decodeDiagnostics, at: 0)
        return result
    }

    /// Normalizes and parses already decoded text.
    public func parse(text: String, file: String, encoding: String = "UTF-8", sha256: String = "") -> ParsedDigest {
        var result = ParsedDigest()
        result.encoding = encoding
        result.sha256 = sha256
        var repaired: [Int] = []
        let lines = TextNormalizer.normalizeLines(text, stats: &result.normalization, mojibakeRepaired: &repaired)
        let repairedLines = Set(repaired.map { $0 + 1 })
        var builder: RecordBuilder?
        var date = DigestParser.dateFromPath(file)
        let source = Source(file: file, line: 0, encoding: encoding, sha256: sha256)

        func finish() {
            guard let b = builder else { return }
            builder = nil
            for problem in b.problems {
                result.diagnostics.append(Diagnostic(.warning, file: file, line: problem.line, column: 1, problem.message))
            }
            switch b.build() {
            case .record(let record): result.records.append(record)
            case .rejected(let rejected): result.rejected.append(rejected)
            }
        }

        for (index, fullLine) in lines.enumerated() {
            let lineNumber = index + 1
            var line = fullLine
            if line.utf8.count > maxLineBytes {
                result.diagnostics.append(Diagnostic(.warning, file: file, line: lineNumber, column: 1,
                    "line is \(line.utf8.count) bytes long (limit \(maxLineBytes)); only its start is read"))
                line = String(decoding: line.utf8.prefix(maxLineBytes), as: UTF8.self)
            }
            if line.hasPrefix("###") {
                finish()
                var header = source
                header.line = lineNumber
                builder = RecordBuilder(header: line, date: date, source: header, file: file)
                if builder?.idMissing == true {
                    result.diagnostics.append(Diagnostic(.warning, file: file, line: lineNumber, column: 1,
                        "record header has no arXiv link (expected `### [Title](https://arxiv.org/abs/ID)`); the record goes to quarantine"))
                }
            } else if line.hasPrefix("## ") || line == "##" {
                finish()
                if let headerDate = DigestParser.dateFromHeader(line) { date = headerDate }
            } else if builder != nil {
                builder!.add(line: line, number: lineNumber, repairedMojibake: repairedLines.contains(lineNumber))
            } else if !line.isEmpty && !line.hasPrefix("#") {
                result.diagnostics.append(Diagnostic(.note, file: file, line: lineNumber, column: 1,
                    "text outside any `###` record is ignored"))
            }
        }
        finish()
        return result
    }

    /// `2024-08-23` from `## Daily Papers (2024-08-23)`.
    static func dateFromHeader(_ line: String) -> String? {
        guard let open = line.lastIndex(of: "("), let close = line.lastIndex(of: ")"), open < close else { return nil }
        let inside = line[line.index(after: open)..<close].trimmingCharacters(in: " ")
        return isDate(inside) ? String(inside) : nil
    }

    /// `2024-08-23` from a path ending in `2024/08/23.md`.
    static func dateFromPath(_ path: String) -> String? {
        let parts = path.split(separator: "/").suffix(3)
        guard parts.count == 3, parts[parts.startIndex + 2].hasSuffix(".md") else { return nil }
        let day = parts[parts.startIndex + 2].dropLast(3)
        let candidate = "\(parts[parts.startIndex])-\(parts[parts.startIndex + 1])-\(day)"
        return isDate(Substring(candidate)) ? candidate : nil
    }

    static func isDate(_ s: Substring) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return false }
        return u.enumerated().allSatisfy { i, c in i == 4 || i == 7 || (c >= 48 && c <= 57) }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
