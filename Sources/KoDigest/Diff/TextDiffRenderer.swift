/// The terminal report: a line per section, details indented, colour only when asked for.
public enum TextDiffRenderer {
    public static func render(_ diff: RunDiff, colour: Bool = false) -> String {
        var out: [String] = []
        func paint(_ code: String, _ s: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let p = DiffRenderer.plural

        out.append(paint("1", "kodigest diff: \(diff.oldDirectory) → \(diff.newDirectory)"))
        if !diff.hasDifferences { out.append("no differences") }

        let r = diff.records
        if !r.isEmpty {
            out.append("records: \(r.added.count) added, \(r.removed.count) removed, \(r.changed.count) changed (\(r.unchanged) unchanged)")
            for a in r.added { out.append(paint("32", "  + \(a.displayKey)  \(DiffRenderer.cut(a.title, limit: 80))") + routingTag(a)) }
            for a in r.removed { out.append(paint("31", "  - \(a.displayKey)  \(DiffRenderer.cut(a.title, limit: 80))") + routingTag(a)) }
            for c in r.changed {
                out.append(paint("33", "  ~ \(c.key)  \(DiffRenderer.cut(c.title, limit: 80))") + "  [" + c.fieldNames.joined(separator: ", ") + "]")
                for f in c.fields {
                    for line in DiffRenderer.fieldLines(f, in: c, colour: colour) { out.append("      " + line) }
                }
            }
        }

        let f = diff.findings
        if !f.isEmpty {
            var head = "findings: \(f.new.count) new, \(f.resolved.count) resolved"
            if !f.severityChanged.isEmpty { head += ", \(f.severityChanged.count) changed severity" }
            out.append(head + " (\(f.unchanged) unchanged)")
            for (rule, new, resolved) in f.byRule {
                out.append("  \(rule): +\(new) -\(resolved)")
            }
            for x in f.new { out.append(paint("32", "  + ") + findingLine(x)) }
            for x in f.resolved { out.append(paint("31", "  - ") + findingLine(x)) }
            for (a, b) in f.severityChanged { out.append("  ~ \(a.severity) → \(b.severity) " + findingLine(b)) }
        }

        let g = diff.glossary
        if !g.isEmpty {
            out.append("glossary: \(p(g.added.count, "concept")) added, \(g.removed.count) removed, \(g.changed.count) changed (\(g.unchanged) unchanged)")
            for c in g.added { out.append(paint("32", "  + \(c.en): \(c.preferred ?? "?") (count \(c.count))")) }
            for c in g.removed { out.append(paint("31", "  - \(c.en): \(c.preferred ?? "?") (count \(c.count))")) }
            for c in g.preferredChanges {
                out.append("  preferred: \(c.en): \(c.oldPreferred ?? "none") → \(c.newPreferred ?? "none")")
            }
            for c in g.biggestCountChanges() {
                out.append("  count: \(c.en): \(c.oldCount) → \(c.newCount) (\(c.countDelta > 0 ? "+" : "")\(c.countDelta))")
            }
            let other = g.changed.filter { !$0.preferredChanged && $0.countDelta == 0 }
            for c in other { out.append("  changed: \(c.en): " + c.fields.joined(separator: ", ")) }
        }

        for c in diff.manifest?.changes ?? [] {
            out.append("manifest: \(c.field) \(c.old ?? "none") → \(c.new ?? "none")")
        }
        for (file, dir) in diff.oneSidedFiles { out.append("only in \(dir): \(file)") }

        let provenance = DiffRenderer.provenancePhrases(diff)
        if !provenance.isEmpty {
            out.append("provenance only (not counted): " + provenance.joined(separator: "; "))
        }
        for n in diff.notes { out.append("note: \(n)") }
        return out.joined(separator: "\n") + "\n"
    }

    static func routingTag(_ r: RunRecord) -> String { r.routing == .quarantine ? "  (quarantine)" : "" }

    static func findingLine(_ f: RunFinding) -> String {
        var s = "\(f.severity) \(f.rule)"
        if let record = f.record { s += " \(record)" }
        if f.file != nil { s += " \(f.location)" }
        return s + ": " + DiffRenderer.cut(f.message, limit: 120)
    }
}
