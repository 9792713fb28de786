import Foundation

/// The corpus glossary: concepts with their Korean renderings, in Korean collation order of the
/// preferred rendering (then the key).
public struct Glossary: Sendable {
    public var concepts: [GlossaryConcept]

    public init(concepts: [GlossaryConcept]) { self.concepts = concepts }

    static func sorted(_ concepts: [GlossaryConcept]) -> [GlossaryConcept] {
        guard let collator = Collator(locale: "ko") else {
            return concepts.sorted { ($0.preferred, $0.key) < ($1.preferred, $1.key) }
        }
        let keyed = concepts.map { (collator.sortKey($0.preferred), $0) }
        return keyed.sorted { a, b in
            if a.0 != b.0 { return a.0.lexicographicallyPrecedes(b.0) }
            return a.1.key < b.1.key
        }.map(\.1)
    }

    public func render(_ format: GlossaryFormat) -> String {
        switch format {
        case .json: return renderJSON()
        case .tsv: return renderTable(separator: "\t")
        case .csv: return renderTable(separator: ",")
        case .tbx: return renderTBX()
        }
    }

    static let columns = ["key", "en", "abbr", "preferred", "variants", "count", "records", "first_date", "last_date",
                          "reference", "conflict", "departs", "example_id", "example"]

    static let tsvSpaces = ASCIIReplacements([0x09: " ", 0x0A: " ", 0x0D: " "])
    static let csvQuotes = ASCIIReplacements([0x22: "\"\""])
    /// The markup characters as entities, and the control characters XML 1.0 forbids even as
    /// references (garbled text keeps some, such as U+000C from an unescaped `\f`) as U+FFFD.
    static let xmlEscapes = ASCIIReplacements(
        [0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;"].merging(
            (0..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { (UInt8($0), "\u{FFFD}") }) { a, _ in a })

    func renderTable(separator: String) -> String {
        func cell(_ s: String) -> String {
            if separator == "\t" {
                return s.replacingASCII(Glossary.tsvSpaces)
            }
            if s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") {
                return "\"" + s.replacingASCII(Glossary.csvQuotes) + "\""
            }
            return s
        }
        var out = Glossary.columns.joined(separator: separator) + "\n"
        for c in concepts {
            let row = [c.key, c.en, c.abbr.joined(separator: ";"), c.preferred,
                       c.variants.map { "\($0.ko):\($0.count)" }.joined(separator: ";"), String(c.count), String(c.records),
                       c.firstDate ?? "", c.lastDate ?? "", c.reference ?? "", c.conflict ? "true" : "false",
                       c.departs ? "true" : "false", c.exampleID, c.exampleText]
            out += row.map(cell).joined(separator: separator) + "\n"
        }
        return out
    }

    func renderJSON() -> String {
        var w = JSONWriter(capacity: 1 << 16)
        w.beginObject()
        w.key("concepts")
        w.beginArray()
        for c in concepts {
            w.beginObject()
            w.field("key", c.key)
            w.field("en", c.en)
            w.field("abbr", strings: c.abbr)
            w.field("preferred", c.preferred)
            w.key("variants")
            w.beginArray()
            for v in c.variants {
                w.beginObject()
                w.field("ko", v.ko)
                w.field("count", v.count)
                w.endObject()
            }
            w.endArray()
            w.field("count", c.count)
            w.field("records", c.records)
            w.field("first_date", c.firstDate)
            w.field("last_date", c.lastDate)
            w.key("example")
            w.beginObject()
            w.field("id", c.exampleID)
            w.field("text", c.exampleText)
            w.endObject()
            w.field("conflict", c.conflict)
            w.field("reference", c.reference)
            w.field("departs", c.departs)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style: one `conceptEntry` per concept,
    /// a `langSec` for English (full form and abbreviations) and one for Korean (the preferred
    /// rendering, then the admitted variants with their counts, and an example in context).
    func renderTBX() -> String {
        func esc(_ s: String) -> String {
            let escaped = s.replacingASCII(Glossary.xmlEscapes)
            // the two noncharacters XML 1.0 also excludes
            guard escaped.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return escaped }
            return String(String.UnicodeScalarView(escaped.unicodeScalars.map { $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : $0 }))
        }
        func termSec(_ term: String, _ noteType: String, _ value: String, extra: String = "") -> String {
            "        <termSec>\n          <term>\(esc(term))</term>\n          <termNote type=\"\(noteType)\">\(value)</termNote>\n\(extra)        </termSec>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
        out += "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>kodigest glossary: Korean renderings of English machine-learning terms</p>\n"
        out += "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n"
        for (i, c) in concepts.enumerated() {
            out += "    <conceptEntry id=\"c\(i + 1)\">\n"
            out += "      <descrip type=\"subjectField\">machine learning</descrip>\n"
            out += "      <langSec xml:lang=\"en\">\n"
            if !c.abbr.contains(c.en) { out += termSec(c.en, "termType", "fullForm") }
            for a in c.abbr { out += termSec(a, "termType", "acronym") }
            out += "      </langSec>\n      <langSec xml:lang=\"ko\">\n"
            let context = c.exampleText.isEmpty ? "" : "          <descrip type=\"context\">\(esc(c.exampleText))</descrip>\n"
            out += termSec(c.preferred, "administrativeStatus", "preferredTerm-admn-sts", extra: context)
            for v in c.variants where v.ko != c.preferred {
                out += termSec(v.ko, "administrativeStatus", "admittedTerm-admn-sts", extra: "          <note>\(v.count) occurrences</note>\n")
            }
            out += "      </langSec>\n    </conceptEntry>\n"
        }
        out += "    </body>\n  </text>\n</tbx>\n"
        return out
    }
}
