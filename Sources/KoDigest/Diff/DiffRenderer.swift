/// Turns a `RunDiff` into text, JSON or Markdown: pure functions from the diff to a string.
public enum DiffRenderer {
    /// Scalars of unchanged text kept on each side of a change in text and Markdown output.
    public static let context = 40
    /// Longest value shown whole in `old → new` lines before it is cut.
    static let maxValueLength = 160

    /// The whole report in `format`; `colour` applies to `.text` only.
    public static func render(_ diff: RunDiff, format: DiffFormat, colour: Bool = false) -> String {
        switch format {
        case .text: TextDiffRenderer.render(diff, colour: colour)
        case .json: JSONDiffRenderer.render(diff)
        case .markdown: MarkdownDiffRenderer.render(diff)
        }
    }

    /// Human lines for one changed field (without indentation). A section's `text_plain` is left
    /// out when its `text` changed too: it carries the same edit minus the glosses.
    static func fieldLines(_ change: FieldChange, in record: RecordChange, colour: Bool) -> [String] {
        if change.field.hasSuffix(".text_plain"),
           record.fieldNames.contains(String(change.field.dropLast("_plain".count))) {
            return []
        }
        // A section's label says where the edit is better than its index does.
        let name = change.field.hasPrefix("sections[") ? change.field + (change.note.map { " (\($0))" } ?? "") : change.field
        if let words = change.words {
            let shown = WordDiff.elided(words, context: context)
            // Texts of 2023 records span lines; continuation lines stay indented under the field.
            let lines = ("\(name): " + (colour ? WordDiff.coloured(shown) : WordDiff.inline(shown)))
                .split(separator: "\n", omittingEmptySubsequences: false)
            return [String(lines[0])] + lines.dropFirst().map { "  " + $0 }
        }
        var lines: [String] = []
        switch change.field {
        case "routing":
            lines.append("routing: \(change.old?.display ?? "?") → \(change.new?.display ?? "?")")
            lines += change.added.map { "  reason: " + cut($0) }
            return lines
        case "sections":
            lines.append("sections: \(change.note ?? "")")
        default:
            if change.added.isEmpty && change.removed.isEmpty {
                let suffix = change.note.map { " (\($0))" } ?? ""
                lines.append("\(change.field): \(short(change.old)) → \(short(change.new))\(suffix)")
                return lines
            }
            lines.append("\(change.field):")
        }
        lines += change.removed.map { "  - " + cut($0) }
        lines += change.added.map { "  + " + cut($0) }
        return lines
    }

    /// What differs only in provenance, one phrase per kind; empty when nothing does.
    static func provenancePhrases(_ diff: RunDiff) -> [String] {
        var out: [String] = []
        let r = diff.records
        if r.provenanceOnly > 0 {
            out.append(r.provenanceOnly == 1 ? "1 record differs only in source" : "\(r.provenanceOnly) records differ only in source")
        }
        if !r.sourceFieldChanges.isEmpty {
            let fields = r.sourceFieldChanges.keys.sorted().map { "\($0) \(r.sourceFieldChanges[$0, default: 0])" }
            out.append("source fields: " + fields.joined(separator: ", "))
        }
        if !r.encodingChanges.isEmpty {
            let pairs = r.encodingChanges.keys.sorted().map { "\($0) (\(r.encodingChanges[$0, default: 0]))" }
            out.append("encodings: " + pairs.joined(separator: ", "))
        }
        if diff.findings.moved > 0 {
            out.append("\(diff.findings.moved) finding\(diff.findings.moved == 1 ? "" : "s") moved (same fingerprint, other location)")
        }
        if let m = diff.manifest {
            var parts: [String] = []
            if m.oldInputs != m.newInputs { parts.append("inputs \(m.oldInputs) → \(m.newInputs)") }
            if m.inputPathsChanged { parts.append("input paths differ (+\(m.inputsAdded.count) -\(m.inputsRemoved.count))") }
            if m.inputHashesChanged { parts.append("input hashes differ") }
            if m.oldInputBytes != m.newInputBytes { parts.append("input bytes \(m.oldInputBytes) → \(m.newInputBytes)") }
            for c in m.provenance { parts.append("\(c.field) \(c.old ?? "none") → \(c.new ?? "none")") }
            if !m.countsChanged.isEmpty { parts.append("counts differ (" + m.countsChanged.joined(separator: ", ") + ")") }
            if m.timingsChanged { parts.append("timings differ") }
            if !parts.isEmpty { out.append("manifest: " + parts.joined(separator: ", ")) }
        }
        return out
    }

    static func short(_ value: JSONValue?) -> String {
        guard let value else { return "(absent)" }
        return cut(value.display)
    }

    /// `text` cut to `maxValueLength` scalars, with an ellipsis when cut.
    static func cut(_ text: String, limit: Int = maxValueLength) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return oneLine(text) }
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars.prefix(limit))
        return oneLine(s) + "…"
    }

    /// Line breaks shown as ⏎ so that one item stays on one line.
    static func oneLine(_ text: String) -> String {
        text.contains("\n") ? text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") : text
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
