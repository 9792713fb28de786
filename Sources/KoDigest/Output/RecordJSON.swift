/// The JSON line of a record (DESIGN.md's schema), fields in a fixed order.
public enum RecordJSON {
    /// One line (no trailing newline) for `records.jsonl`; `reasons` are added for quarantine.
    public static func encode(_ r: Record, reasons: [String]? = nil) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.field("id", r.id.isEmpty ? nil : r.id)
        w.field("date", r.date)
        w.field("title", r.title)
        w.field("url", r.url)
        w.field("thumbnail", r.thumbnail)
        w.field("votes", r.votes)
        w.field("authors", strings: r.authors)
        w.key("sections")
        w.beginArray()
        for s in r.sections {
            w.beginObject()
            w.field("label", s.label)
            w.field("text", s.text)
            w.field("text_plain", s.textPlain)
            w.endObject()
        }
        w.endArray()
        w.key("terms")
        w.beginArray()
        for t in r.terms {
            w.beginObject()
            w.field("ko", t.ko)
            w.field("en", t.en)
            w.field("abbr", t.abbr)
            w.field("kind", t.kind.rawValue)
            w.field("section", t.section)
            w.field("start", t.start)
            w.field("end", t.end)
            w.field("match", t.match?.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("findings")
        w.beginArray()
        for f in r.findings {
            w.beginObject()
            w.field("rule", f.rule)
            w.field("severity", f.severity.rawValue)
            w.field("message", f.message)
            w.field("section", f.section)
            w.field("start", f.start)
            w.field("end", f.end)
            w.field("fingerprint", f.fingerprint)
            if let fix = f.fix { w.field("fix", fix) }
            w.endObject()
        }
        w.endArray()
        if let reasons { w.field("reasons", strings: reasons) }
        w.key("source")
        w.beginObject()
        w.field("file", r.source.file)
        w.field("line", r.source.line)
        w.field("encoding", r.source.encoding)
        w.field("sha256", r.source.sha256)
        w.endObject()
        w.endObject()
        return w.bytes
    }
}
