/// Prints findings as compiler-style text, findings.json, or SARIF 2.1.0.
public enum FindingsWriter {
    /// Every finding of `records`, sorted by file, line, column, rule.
    public static func entries(_ records: [Record]) -> [FindingEntry] {
        var out: [FindingEntry] = []
        for r in records {
            for (f, excerpt) in zip(r.findings, excerpts(of: r)) {
                out.append(FindingEntry(file: r.source.file, record: r.id, finding: f, excerpt: excerpt))
            }
        }
        return sorted(out)
    }

    /// `entries` by file, line, column, rule and record: the order of every findings report.
    public static func sorted(_ entries: [FindingEntry]) -> [FindingEntry] {
        entries.sorted {
            ($0.file, $0.finding.line, $0.finding.column, $0.finding.rule, $0.record)
                < ($1.file, $1.finding.line, $1.finding.column, $1.finding.rule, $1.record)
        }
    }

    /// The excerpt of each of the record's findings, in order. Each section's scalars are read
    /// once, however many findings it has.
    static func excerpts(of r: Record) -> [String] {
        var scalars = [[Unicode.Scalar]?](repeating: nil, count: r.sections.count)
        return r.findings.map { f in
            guard let s = f.section, s < r.sections.count else { return r.title }
            let v = scalars[s] ?? UTF8Scalars.array(r.sections[s].text)
            scalars[s] = v
            let start = max(0, min(v.count, f.start ?? 0)), end = max(start, min(v.count, f.end ?? start))
            let shown = start < end ? v[start..<end] : v.prefix(60)
            return String(String.UnicodeScalarView(shown.map { $0 == "\n" ? " " : $0 }))
        }
    }

    /// `file:line:column: severity: message [rule]`, grouped by file, with a count line at the end.
    public static func text(_ entries: [FindingEntry], color: Bool = false) -> String {
        var out = ""
        var lastFile: String?
        for e in entries {
            if e.file != lastFile {
                if lastFile != nil { out += "\n" }
                out += (color ? "\u{1B}[1m\(e.file)\u{1B}[0m" : e.file) + "\n"
                lastFile = e.file
            }
            let severity = e.finding.severity.rawValue
            let shown: String
            if color {
                let code = e.finding.severity == .error ? "31" : e.finding.severity == .warning ? "33" : "36"
                shown = "\u{1B}[\(code)m\(severity)\u{1B}[0m"
            } else {
                shown = severity
            }
            out += "\(e.file):\(e.finding.line):\(e.finding.column): \(shown): \(e.finding.message) [\(e.finding.rule)] (\(e.record))\n"
        }
        let errors = entries.filter { $0.finding.severity == .error }.count
        let warnings = entries.filter { $0.finding.severity == .warning }.count
        let infos = entries.count - errors - warnings
        if !entries.isEmpty { out += "\n" }
        out += "\(errors) errors, \(warnings) warnings, \(infos) notes\n"
        return out
    }

    /// findings.json: `{"tool":{…},"findings":[…]}`.
    public static func json(_ entries: [FindingEntry]) -> [UInt8] {
        var out = jsonHead
        for (i, e) in entries.enumerated() { out += jsonEntry(e, first: i == 0) }
        return out + jsonTail
    }

    /// findings.json in pieces, so a run can stream it: the head, each entry (with its separating
    /// comma unless it is the first), and the tail.
    public static var jsonHead: [UInt8] {
        Array("{\"tool\":{\"name\":\"kodigest\",\"version\":".utf8) + quoted(KoDigestVersion.string) + Array("},\"findings\":[".utf8)
    }

    public static let jsonTail = Array("]}\n".utf8)

    public static func jsonEntry(_ e: FindingEntry, first: Bool) -> [UInt8] {
        let f = e.finding
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.field("rule", f.rule)
        w.field("severity", f.severity.rawValue)
        w.field("message", f.message)
        w.field("file", e.file)
        w.field("line", f.line)
        w.field("column", f.column)
        w.field("record", e.record)
        w.field("section", f.section)
        w.field("start", f.start)
        w.field("end", f.end)
        w.field("fingerprint", f.fingerprint)
        if let fix = f.fix { w.field("fix", fix) }
        w.field("excerpt", e.excerpt)
        w.endObject()
        return first ? w.bytes : [UInt8(ascii: ",")] + w.bytes
    }

    /// SARIF 2.1.0 with the rule catalogue in `tool.driver.rules`.
    public static func sarif(_ entries: [FindingEntry], rules: [RuleDescription] = LintRules.all) -> [UInt8] {
        var out = sarifHead(rules: rules)
        for (i, e) in entries.enumerated() { out += sarifEntry(e, first: i == 0, rules: rules) }
        return out + sarifTail
    }

    /// SARIF in pieces, like `jsonHead`, `jsonEntry` and `jsonTail`.
    public static func sarifHead(rules: [RuleDescription] = LintRules.all) -> [UInt8] {
        var w = JSONWriter(capacity: 8192)
        w.beginObject()
        w.key("tool")
        w.beginObject()
        w.key("driver")
        w.beginObject()
        w.field("name", "kodigest")
        w.field("version", KoDigestVersion.string)
        w.key("rules")
        w.beginArray()
        for r in rules {
            w.beginObject()
            w.field("id", r.id)
            w.key("shortDescription"); w.beginObject(); w.field("text", r.summary); w.endObject()
            w.key("fullDescription"); w.beginObject(); w.field("text", r.rationale); w.endObject()
            w.key("help"); w.beginObject(); w.field("text", r.summary + " " + r.rationale); w.endObject()
            w.key("defaultConfiguration"); w.beginObject(); w.field("level", level(r.defaultSeverity)); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        // columns count Unicode scalars, not SARIF's default UTF-16 code units
        w.field("columnKind", "unicodeCodePoints")
        // The run object stays open: its results follow.
        let run = w.bytes
        return Array("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[".utf8)
            + run + Array(",\"results\":[".utf8)
    }

    public static let sarifTail = Array("]}]}\n".utf8)

    public static func sarifEntry(_ e: FindingEntry, first: Bool, rules: [RuleDescription] = LintRules.all) -> [UInt8] {
        let f = e.finding
        var w = JSONWriter(capacity: 768)
        w.beginObject()
        w.field("ruleId", f.rule)
        if let index = rules.firstIndex(where: { $0.id == f.rule }) { w.field("ruleIndex", index) }
        w.field("level", level(f.severity))
        w.key("message"); w.beginObject(); w.field("text", f.message); w.endObject()
        w.key("locations")
        w.beginArray()
        w.beginObject()
        w.key("physicalLocation")
        w.beginObject()
        w.key("artifactLocation"); w.beginObject(); w.field("uri", uriReference(e.file)); w.endObject()
        w.key("region")
        w.beginObject()
        w.field("startLine", f.line)
        w.field("startColumn", f.column)
        w.key("snippet"); w.beginObject(); w.field("text", e.excerpt); w.endObject()
        w.endObject()
        w.endObject()
        w.key("logicalLocations")
        w.beginArray(); w.beginObject(); w.field("name", e.record); w.field("kind", "object"); w.endObject(); w.endArray()
        w.endObject()
        w.endArray()
        w.key("partialFingerprints"); w.beginObject(); w.field("kodigest/v1", f.fingerprint); w.endObject()
        w.endObject()
        return first ? w.bytes : [UInt8(ascii: ",")] + w.bytes
    }

    /// A file path as an RFC 3986 URI reference, as SARIF requires: every byte but the path's
    /// own characters percent-encoded, so a space, `#`, `%` or a Hangul folder name survives.
    static func uriReference(_ path: String) -> String {
        guard !path.utf8.allSatisfy(pathCharacters.contains) else { return path }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in path.utf8 {
            if pathCharacters.contains(b) { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986 `pchar`s and the `/` between segments, less `:` (a first segment holding one
    /// would read as a scheme).
    private static let pathCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@/".utf8)

    static func quoted(_ s: String) -> [UInt8] {
        var w = JSONWriter()
        w.value(s)
        return w.bytes
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
