/// Collects the lines of one `###` record and turns them into a `Record` or a rejected one.
struct RecordBuilder {
    enum Built {
        case record(Record)
        case rejected(RejectedRecord)
    }

    private(set) var record: Record
    private var anchors: [[Section.Anchor]] = []
    private var texts: [String] = []
    /// Length of each text in Unicode scalars, kept as lines are appended.
    private var lengths: [Int] = []
    let idMissing: Bool

    init(header: String, date: String?, source: Source, file: String) {
        let (title, url) = RecordBuilder.parseHeader(header)
        let id = ArxivID.parse(url) ?? ""
        idMissing = id.isEmpty
        record = Record(id: id, date: date, title: title, url: url, thumbnail: nil, votes: nil,
                        authors: [], sections: [], source: source)
    }

    /// Problems with the record's own lines (a malformed vote or image line), with their line numbers.
    private(set) var problems: [(line: Int, message: String)] = []

    mutating func add(line: String, number: Int, repairedMojibake: Bool = false) {
        if line.isEmpty { return }
        defer {
            if repairedMojibake, !record.sections.isEmpty { record.sections[record.sections.count - 1].repairedLines.append(number) }
        }
        if line.hasPrefix("![") {
            guard let target = RecordBuilder.linkTarget(line) else {
                problems.append((number, "image line is not a complete `![](URL)`; no thumbnail taken from it"))
                return
            }
            if record.thumbnail == nil { record.thumbnail = target }
        } else if line.hasPrefix("[Watch Video]") {
            // Both `[Watch Video](URL)` and the bare `[Watch Video]URL` occur.
            let target = RecordBuilder.linkTarget(line) ?? String(line.dropFirst("[Watch Video]".count)).trimmingCharacters(in: " ")
            if record.thumbnail == nil, !target.isEmpty { record.thumbnail = target }
        } else if line.hasPrefix("<div><video") || line.hasPrefix("<video") {
            if record.thumbnail == nil { record.thumbnail = RecordBuilder.attribute("src", in: line) }
        } else if line.hasPrefix("Vote:") {
            let value = String(line.dropFirst(5).trimmingSpaces())
            record.votes = Int(value)
            if record.votes == nil && value != "-" {
                problems.append((number, "vote `\(value)` is neither a number nor `-`; votes left empty"))
            }
        } else if line.hasPrefix("Authors:") {
            record.authors = AuthorList.parse(String(line.dropFirst(8).trimmingSpaces()))
        } else if line.hasPrefix("- "), let (label, textStart) = RecordBuilder.sectionLabel(line) {
            startSection(label: label, text: String(line.unicodeScalars.dropFirst(textStart)), line: number, column: textStart + 1)
        } else if line.hasPrefix("- ") && (record.sections.isEmpty || record.sections.last?.label == nil) {
            // 2023 bullet lists: one unlabelled section, one bullet per line.
            if record.sections.isEmpty {
                startSection(label: nil, text: String(line.dropFirst(2)), line: number, column: 3)
            } else {
                append(String(line.dropFirst(2)), line: number, column: 3)
            }
        } else if record.sections.isEmpty {
            startSection(label: nil, text: line, line: number, column: 1)
        } else {
            append(line, line: number, column: 1)
        }
    }

    private mutating func startSection(label: String?, text: String, line: Int, column: Int) {
        record.sections.append(Section(label: label, text: "", line: line, column: column))
        texts.append(text)
        lengths.append(UTF8Scalars.count(text))
        anchors.append([Section.Anchor(offset: 0, line: line, column: column)])
    }

    private mutating func append(_ text: String, line: Int, column: Int) {
        let i = texts.count - 1
        let offset = lengths[i] + 1
        texts[i] += "\n"
        texts[i] += text
        lengths[i] = offset + UTF8Scalars.count(text)
        anchors[i].append(Section.Anchor(offset: offset, line: line, column: column))
    }

    func build() -> Built {
        var record = record
        for i in record.sections.indices {
            record.sections[i].text = texts[i]
            record.sections[i].textPlain = texts[i]
            record.sections[i].anchors = anchors[i]
        }
        var reasons: [String] = []
        if idMissing { reasons.append("no-id: the header has no arXiv link") }
        if record.sections.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            reasons.append("no-summary: the record has no summary text")
        }
        return reasons.isEmpty ? .record(record) : .rejected(RejectedRecord(record: record, reasons: reasons))
    }

    /// Title and URL from `### [Title](URL)`; a header without a link keeps its text as the title.
    /// The title runs to the last `](`, since titles may hold brackets (`[MASK]`).
    static func parseHeader(_ line: String) -> (title: String, url: String) {
        let rest = Substring(line).drop(while: { $0 == "#" }).trimmingSpaces()
        guard rest.utf8.first == UInt8(ascii: "["), rest.utf8.last == UInt8(ascii: ")"),
              let split = rest.utf8Offset(of: "](", last: true) else {
            return (String(rest), "")
        }
        return (String(rest.utf8Slice(1, split)), String(rest.utf8Slice(split + 2, rest.utf8.count - 1)))
    }

    /// The target of a markdown link or image on the line: `![](x)` → `x`.
    static func linkTarget(_ line: String) -> String? {
        guard let open = line.utf8Offset(of: "](") else { return nil }
        let after = line.utf8Slice(open + 2, line.utf8.count)
        guard let close = after.utf8.firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let target = after[after.startIndex..<close]
        return target.isEmpty ? nil : String(target)
    }

    /// The value of `name="…"` or `name='…'` in an HTML tag.
    static func attribute(_ name: String, in line: String) -> String? {
        guard let range = line.firstRange(of: name + "=") else { return nil }
        let rest = line[range.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// `(label, offset of the text in Unicode scalars)` for `- **Label**: text`, `- ***Label***: text`
    /// and `- **Label:** text`. Scans UTF-8 bytes: every delimiter is ASCII.
    static func sectionLabel(_ line: String) -> (String, Int)? {
        let u = Array(line.utf8)
        let star = UInt8(ascii: "*"), colon = UInt8(ascii: ":"), space = UInt8(ascii: " ")
        var i = 2
        var stars = 0
        while i < u.count && u[i] == star { i += 1; stars += 1 }
        guard stars >= 2 else { return nil }
        let labelStart = i
        while i < u.count && u[i] != star { i += 1 }
        let labelEnd = i
        guard labelEnd > labelStart, i < u.count else { return nil }
        while i < u.count && u[i] == star { i += 1 }
        var label = String(decoding: u[labelStart..<labelEnd], as: UTF8.self).trimmingCharacters(in: " ")
        if label.hasSuffix(":") {
            label = label.dropLast().trimmingCharacters(in: " ")
        } else {
            while i < u.count && u[i] == space { i += 1 }
            guard i < u.count, u[i] == colon else { return nil }
            i += 1
        }
        guard !label.isEmpty, label.utf8.count <= 200 else { return nil }
        while i < u.count && u[i] == space { i += 1 }
        // Continuation bytes are not scalars: count only the others.
        let scalarOffset = u[0..<i].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (label, scalarOffset)
    }
}

extension Section {
    /// Where a line of `text` starts in the source file.
    public struct Anchor: Sendable, Equatable {
        public var offset: Int
        public var line: Int
        public var column: Int
    }

    /// Source line and column of a Unicode-scalar offset into `text`.
    public func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        guard let anchor = anchors.last(where: { $0.offset <= offset }) else { return (line, column) }
        return (anchor.line, anchor.column + offset - anchor.offset)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        String(Substring(self).trimmingCharacters(in: set))
    }
}

/// arXiv identifiers in URLs.
public enum ArxivID {
    /// `2408.12599` from `https://arxiv.org/abs/2408.12599v2`; old-style `hep-th/9901001` too.
    public static func parse(_ url: String) -> String? {
        for marker in ["arxiv.org/abs/", "arxiv.org/pdf/", "huggingface.co/papers/"] {
            guard let at = url.utf8Offset(of: marker) else { continue }
            var id = url.utf8Slice(at + marker.utf8.count, url.utf8.count)
            if let end = id.utf8.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: ")") }) {
                id = id[id.startIndex..<end]
            }
            if id.hasSuffix(".pdf") { id = id.dropLast(4) }
            if id.hasSuffix("/") { id = id.dropLast() }
            // A version suffix: `v` and digits after a digit.
            let u = Array(id.utf8)
            if let v = u.lastIndex(of: UInt8(ascii: "v")), v > 0, v + 1 < u.count,
               u[(v + 1)...].allSatisfy({ $0 >= 48 && $0 <= 57 }), u[v - 1] >= 48 && u[v - 1] <= 57 {
                id = id.utf8Slice(0, v)
            }
            if isModern(id) || isOldStyle(id) { return String(id) }
        }
        return nil
    }

    static func isModern(_ id: Substring) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 4 && (4...5).contains(parts[1].count)
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    static func isOldStyle(_ id: Substring) -> Bool {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[0].allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
            && parts[1].count == 7 && parts[1].allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// `Authors:` lines: a comma list or a Python list, repeated names removed, order kept.
enum AuthorList {
    static func parse(_ text: String) -> [String] {
        var names: [String]
        if text.hasPrefix("[") && text.hasSuffix("]") {
            names = pythonStrings(text.dropFirst().dropLast())
        } else {
            names = text.utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0).trimmingSpaces()) }
        }
        // `+` is Hugging Face's placeholder for authors it does not list.
        return unique(names.filter { !$0.isEmpty && $0 != "+" })
    }

    /// `names` without repeats, in order. A short list (nearly all) is searched rather than
    /// hashed: comparing a few names costs less than building a set of them.
    static func unique(_ names: [String]) -> [String] {
        guard names.count > 16 else {
            return names.indices.filter { i in !names[..<i].contains(names[i]) }.map { names[$0] }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// The string literals of a Python list body: `'A', "B's"` → `A`, `B's`. Read as UTF-8 bytes:
    /// quotes, backslash, comma and space are ASCII, and a list can name hundreds of authors.
    static func pythonStrings(_ body: Substring) -> [String] {
        var result: [String] = []
        var quote: UInt8?
        var current: [UInt8] = []
        var escaped = false
        func name() -> String { String(decoding: current, as: UTF8.self).trimmingCharacters(in: " ") }
        func takeName() {
            let n = name()
            if !n.isEmpty { result.append(n) }
        }
        for b in body.utf8 {
            if let q = quote {
                if escaped { current.append(b); escaped = false }
                else if b == UInt8(ascii: "\\") { escaped = true }
                else if b == q { result.append(name()); current = []; quote = nil }
                else { current.append(b) }
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                quote = b
            } else if b == UInt8(ascii: ",") {
                takeName()
                current = []
            } else if b != UInt8(ascii: " ") {
                current.append(b)
            }
        }
        takeName()
        return result
    }
}
