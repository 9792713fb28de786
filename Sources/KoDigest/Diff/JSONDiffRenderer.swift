/// The machine report: complete (nothing elided), keys in a fixed order, one trailing newline.
///
/// Shape: `{"old","new","differences","records":{"added":[key],"removed":[key],"changed":[{"id",
/// "title","fields":[path],"changes":[…]}],"unchanged"},"findings":{"new":[…],"resolved":[…],
/// "severity_changed":[…],"by_rule":{…},"new_errors","unchanged"},"glossary":{"added","removed",
/// "changed","unchanged"},"manifest":{"changes":[…]}|null,"provenance":{…},"one_sided_files":[…],
/// "notes":[…]}`. A record key is its id, or `title:…` for a record without one.
public enum JSONDiffRenderer {
    public static func render(_ diff: RunDiff) -> String {
        var w = JSONWriter(capacity: 8192)
        w.beginObject()
        w.field("old", diff.oldDirectory)
        w.field("new", diff.newDirectory)
        w.field("differences", diff.hasDifferences)

        writeRecords(diff.records, to: &w)
        writeFindings(diff.findings, to: &w)
        writeGlossary(diff.glossary, to: &w)
        w.key("manifest")
        if let m = diff.manifest {
            w.beginObject()
            w.key("changes")
            writeChanges(m.changes, to: &w)
            w.endObject()
        } else {
            w.value(nil as String?)
        }
        writeProvenance(diff, to: &w)

        w.key("one_sided_files")
        w.beginArray()
        for (file, dir) in diff.oneSidedFiles {
            w.beginObject()
            w.field("file", file)
            w.field("present_in", dir)
            w.endObject()
        }
        w.endArray()
        w.field("notes", strings: diff.notes)
        w.endObject()
        w.newline()
        return w.string
    }

    static func writeRecords(_ r: RecordDiff, to w: inout JSONWriter) {
        w.key("records")
        w.beginObject()
        w.field("added", strings: r.added.map(\.displayKey))
        w.field("removed", strings: r.removed.map(\.displayKey))
        w.key("changed")
        w.beginArray()
        for c in r.changed {
            w.beginObject()
            w.field("id", c.key)
            w.field("title", c.title)
            w.field("fields", strings: c.fieldNames)
            w.key("changes")
            w.beginArray()
            for f in c.fields { write(f, to: &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.field("unchanged", r.unchanged)
        w.endObject()
    }

    static func writeFindings(_ f: FindingsDiff, to w: inout JSONWriter) {
        w.key("findings")
        w.beginObject()
        w.key("new")
        w.beginArray()
        for x in f.new { write(x, to: &w) }
        w.endArray()
        w.key("resolved")
        w.beginArray()
        for x in f.resolved { write(x, to: &w) }
        w.endArray()
        w.key("severity_changed")
        w.beginArray()
        for (a, b) in f.severityChanged {
            w.beginObject()
            w.field("fingerprint", b.fingerprint)
            w.field("rule", b.rule)
            w.field("old", a.severity)
            w.field("new", b.severity)
            w.endObject()
        }
        w.endArray()
        w.key("by_rule")
        w.beginObject()
        for (rule, new, resolved) in f.byRule {
            w.key(rule)
            w.beginObject()
            w.field("new", new)
            w.field("resolved", resolved)
            w.endObject()
        }
        w.endObject()
        w.field("new_errors", f.newErrors.count)
        w.field("unchanged", f.unchanged)
        w.endObject()
    }

    static func writeGlossary(_ g: GlossaryDiff, to w: inout JSONWriter) {
        w.key("glossary")
        w.beginObject()
        for (name, list) in [("added", g.added), ("removed", g.removed)] {
            w.key(name)
            w.beginArray()
            for c in list {
                w.beginObject()
                w.field("key", c.key)
                w.field("en", c.en)
                w.field("preferred", c.preferred)
                w.field("count", c.count)
                w.endObject()
            }
            w.endArray()
        }
        w.key("changed")
        w.beginArray()
        for c in g.changed {
            w.beginObject()
            w.field("key", c.key)
            w.field("en", c.en)
            w.field("fields", strings: c.fields)
            w.key("preferred")
            w.beginObject()
            w.field("old", c.oldPreferred)
            w.field("new", c.newPreferred)
            w.endObject()
            w.key("count")
            w.beginObject()
            w.field("old", c.oldCount)
            w.field("new", c.newCount)
            w.endObject()
            w.field("variants_added", strings: c.variantsAdded)
            w.field("variants_removed", strings: c.variantsRemoved)
            w.endObject()
        }
        w.endArray()
        w.field("unchanged", g.unchanged)
        w.endObject()
    }

    static func write(_ f: FieldChange, to w: inout JSONWriter) {
        w.beginObject()
        w.field("field", f.field)
        w.key("old")
        (f.old ?? .null).write(to: &w)
        w.key("new")
        (f.new ?? .null).write(to: &w)
        if let words = f.words { w.field("diff", WordDiff.inline(words)) }
        if !f.added.isEmpty { w.field("added", strings: f.added) }
        if !f.removed.isEmpty { w.field("removed", strings: f.removed) }
        if let note = f.note { w.field("note", note) }
        w.endObject()
    }

    static func write(_ f: RunFinding, to w: inout JSONWriter) {
        w.beginObject()
        w.field("rule", f.rule)
        w.field("severity", f.severity)
        w.field("message", f.message)
        w.field("record", f.record)
        w.field("file", f.file)
        w.field("line", f.line)
        w.field("column", f.column)
        w.field("fingerprint", f.fingerprint)
        w.endObject()
    }

    static func writeChanges(_ changes: [ManifestDiff.Change], to w: inout JSONWriter) {
        w.beginArray()
        for c in changes {
            w.beginObject()
            w.field("field", c.field)
            w.field("old", c.old)
            w.field("new", c.new)
            w.endObject()
        }
        w.endArray()
    }

    static func writeProvenance(_ diff: RunDiff, to w: inout JSONWriter) {
        let r = diff.records
        w.key("provenance")
        w.beginObject()
        w.field("differences", diff.hasProvenanceDifferences)
        w.field("records_source_only", r.provenanceOnly)
        w.key("source_fields")
        w.beginObject()
        for k in r.sourceFieldChanges.keys.sorted() { w.field(k, r.sourceFieldChanges[k]) }
        w.endObject()
        w.key("encodings")
        w.beginObject()
        for k in r.encodingChanges.keys.sorted() { w.field(k, r.encodingChanges[k]) }
        w.endObject()
        w.field("findings_moved", diff.findings.moved)
        w.key("manifest")
        if let m = diff.manifest {
            w.beginObject()
            w.key("inputs")
            w.beginObject()
            w.field("old", m.oldInputs)
            w.field("new", m.newInputs)
            w.field("old_bytes", m.oldInputBytes)
            w.field("new_bytes", m.newInputBytes)
            w.field("paths_changed", m.inputPathsChanged)
            w.field("added", strings: m.inputsAdded)
            w.field("removed", strings: m.inputsRemoved)
            w.field("hashes_changed", m.inputHashesChanged)
            w.endObject()
            w.key("changes")
            writeChanges(m.provenance, to: &w)
            w.field("counts_changed", strings: m.countsChanged)
            w.field("timings_changed", m.timingsChanged)
            w.endObject()
        } else {
            w.value(nil as String?)
        }
        w.endObject()
    }
}
