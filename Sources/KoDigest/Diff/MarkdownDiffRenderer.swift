/// The pull-request comment: a heading and a summary table, then the details folded into
/// `<details>` blocks. Text edits go in fenced blocks so that Markdown never reinterprets them.
public enum MarkdownDiffRenderer {
    /// Most items listed per list: GitHub refuses comments over 65,536 characters, and a comment
    /// that long is not read anyway. What is left out is counted, and the text or JSON report has it.
    public static let maxItems = 50
    /// Most changed records shown with their word diffs.
    public static let maxChangedRecords = 25

    public static func render(_ diff: RunDiff) -> String {
        var out: [String] = []
        let r = diff.records, f = diff.findings, g = diff.glossary
        out.append("### kodigest diff")
        out.append("")
        out.append("`\(code(diff.oldDirectory))` → `\(code(diff.newDirectory))`: "
            + (diff.hasDifferences ? "**differences**" : "**no differences**"))
        out.append("")
        out.append("| | Added | Removed | Changed | Unchanged |")
        out.append("|---|---:|---:|---:|---:|")
        out.append("| Records | \(r.added.count) | \(r.removed.count) | \(r.changed.count) | \(r.unchanged) |")
        out.append("| Findings | \(f.new.count) new | \(f.resolved.count) resolved | \(f.severityChanged.count) | \(f.unchanged) |")
        out.append("| Glossary concepts | \(g.added.count) | \(g.removed.count) | \(g.changed.count) | \(g.unchanged) |")
        out.append("")
        if !f.newErrors.isEmpty {
            out.append("**\(DiffRenderer.plural(f.newErrors.count, "new error finding"))**")
            out.append("")
        }
        for c in diff.manifest?.changes ?? [] {
            out.append("- Manifest `\(c.field)`: `\(code(c.old ?? "none"))` → `\(code(c.new ?? "none"))`")
        }
        for (file, dir) in diff.oneSidedFiles { out.append("- Only in `\(code(dir))`: `\(file)`") }
        let provenance = DiffRenderer.provenancePhrases(diff)
        if !provenance.isEmpty {
            out.append("- Provenance only (not counted): " + provenance.map(escape).joined(separator: "; "))
        }
        for n in diff.notes { out.append("- Note: " + escape(n)) }
        if out.last != "" { out.append("") }

        if !r.isEmpty { out += records(r) }
        if !f.isEmpty { out += findings(f) }
        if !g.isEmpty { out += glossary(g) }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    static func records(_ r: RecordDiff) -> [String] {
        var out = details("Records: \(r.added.count) added, \(r.removed.count) removed, \(r.changed.count) changed")
        if !r.added.isEmpty {
            out += ["**Added**", ""] + r.added.prefix(maxItems).map(item) + more(r.added.count, maxItems) + [""]
        }
        if !r.removed.isEmpty {
            out += ["**Removed**", ""] + r.removed.prefix(maxItems).map(item) + more(r.removed.count, maxItems) + [""]
        }
        if !r.changed.isEmpty {
            out += ["**Changed**", ""]
            for c in r.changed.prefix(maxChangedRecords) {
                out.append("- `\(code(c.key))` \(escape(c.title)): " + c.fieldNames.map { "`\($0)`" }.joined(separator: ", "))
                let lines = c.fields.flatMap { DiffRenderer.fieldLines($0, in: c, colour: false) }
                if !lines.isEmpty { out += [""] + fenced(lines).map { "  " + $0 } + [""] }
            }
            out += more(r.changed.count, maxChangedRecords)
            if out.last != "" { out.append("") }
        }
        return out + ["</details>", ""]
    }

    static func findings(_ f: FindingsDiff) -> [String] {
        var out = details("Findings: \(f.new.count) new, \(f.resolved.count) resolved")
        if !f.byRule.isEmpty {
            out += ["| Rule | New | Resolved |", "|---|---:|---:|"]
            out += f.byRule.map { "| `\(code($0.rule))` | \($0.new) | \($0.resolved) |" }
            out.append("")
        }
        out += ["| | Severity | Rule | Record | Location | Message |", "|---|---|---|---|---|---|"]
        func row(_ mark: String, _ x: RunFinding, severity: String? = nil) -> String {
            "| \(mark) | \(severity ?? x.severity) | `\(code(x.rule))` | \(x.record.map { "`\(code($0))`" } ?? "") | "
                + (x.file == nil ? "" : "`\(code(x.location))`") + " | \(escape(DiffRenderer.cut(x.message, limit: 200))) |"
        }
        out += f.new.prefix(maxItems).map { row("new", $0) }
        out += f.resolved.prefix(maxItems).map { row("resolved", $0) }
        out += f.severityChanged.prefix(maxItems).map { row("severity", $0.new, severity: "\($0.old.severity) → \($0.new.severity)") }
        let left = max(0, f.new.count - maxItems) + max(0, f.resolved.count - maxItems) + max(0, f.severityChanged.count - maxItems)
        if left > 0 { out += ["", "… and \(left) more findings; see `kodigest diff --format json`."] }
        return out + ["", "</details>", ""]
    }

    static func glossary(_ g: GlossaryDiff) -> [String] {
        var out = details("Glossary: \(g.added.count) added, \(g.removed.count) removed, \(g.changed.count) changed")
        if !g.added.isEmpty || !g.removed.isEmpty {
            out += ["| | English | Preferred | Count |", "|---|---|---|---:|"]
            out += g.added.prefix(maxItems).map { "| added | \(escape($0.en)) | \(escape($0.preferred ?? "")) | \($0.count) |" }
            out += g.removed.prefix(maxItems).map { "| removed | \(escape($0.en)) | \(escape($0.preferred ?? "")) | \($0.count) |" }
            out.append("")
            let left = max(0, g.added.count - maxItems) + max(0, g.removed.count - maxItems)
            if left > 0 { out += ["… and \(left) more concepts added or removed.", ""] }
        }
        let preferred = g.preferredChanges
        if !preferred.isEmpty {
            out += ["**Preferred rendering changed**", "", "| English | Before | After |", "|---|---|---|"]
            out += preferred.prefix(maxItems).map { "| \(escape($0.en)) | \(escape($0.oldPreferred ?? "")) | \(escape($0.newPreferred ?? "")) |" }
            out.append("")
        }
        let counts = g.biggestCountChanges()
        if !counts.isEmpty {
            out += ["**Biggest count changes**", "", "| English | Before | After | Change |", "|---|---:|---:|---:|"]
            out += counts.map { "| \(escape($0.en)) | \($0.oldCount) | \($0.newCount) | \($0.countDelta > 0 ? "+" : "")\($0.countDelta) |" }
            out.append("")
        }
        let other = g.changed.filter { !$0.preferredChanged && $0.countDelta == 0 }
        if !other.isEmpty {
            out += ["**Other changes**", ""]
            out += other.prefix(maxItems).map { "- \(escape($0.en)): " + $0.fields.map { "`\($0)`" }.joined(separator: ", ") }
            out.append("")
        }
        return out + ["</details>", ""]
    }

    /// A closing line for a cut list, or nothing when the list was whole.
    static func more(_ count: Int, _ shown: Int) -> [String] {
        count > shown ? ["", "… and \(count - shown) more; see `kodigest diff --format text`."] : []
    }

    static func details(_ summary: String) -> [String] {
        ["<details>", "<summary>\(escape(summary))</summary>", ""]
    }

    static func item(_ r: RunRecord) -> String {
        "- `\(code(r.displayKey))` \(escape(r.title))" + (r.routing == .quarantine ? " (quarantine)" : "")
    }

    /// Lines in a fence longer than any run of backticks inside them.
    static func fenced(_ lines: [String]) -> [String] {
        var longest = 0, run = 0
        for s in lines.joined().unicodeScalars {
            run = s == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence + "text"] + lines + [fence]
    }

    /// Backslash-escapes the punctuation that Markdown or a table would read as syntax.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": out.unicodeScalars.append("\\"); out.unicodeScalars.append(c)
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Text for inside a code span: backticks cannot be escaped there, so they become quotes.
    static func code(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "`" ? "'" : ($0 == "\n" ? " " : $0) }))
    }
}
