/// `manifest.json`: the tool, the pipeline and its hash, the inputs with sizes and hashes, counts
/// and timings. The only file of a run directory that may differ between two identical runs.
public enum ManifestWriter {
    public static func render(pipeline: PipelineSpec, inputs: [InputFacts], context: [String] = [], counts: RunCounts,
                              glossaryConcepts: Int?, timings: [(String, Double)], jobs: Int) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("tool"); w.beginObject()
        w.field("name", "kodigest"); w.field("version", KoDigestVersion.string)
        w.endObject()
        w.key("pipeline"); w.beginObject()
        w.field("name", pipeline.name); w.field("path", pipeline.path.isEmpty ? nil : pipeline.path)
        w.field("sha256", pipeline.sha256.isEmpty ? nil : pipeline.sha256)
        w.field("stages", strings: pipeline.stages.map(\.rawValue))
        w.endObject()
        w.key("inputs"); w.beginArray()
        for input in inputs {
            w.beginObject()
            w.field("path", input.path); w.field("bytes", input.bytes); w.field("sha256", input.sha256); w.field("encoding", input.encoding)
            w.endObject()
        }
        w.endArray()
        // digests read for evidence only (`--context`), when there were any
        if !context.isEmpty { w.field("context", strings: context) }
        w.key("counts"); w.beginObject()
        w.field("files", counts.files); w.field("records_in", counts.headers); w.field("kept", counts.kept)
        w.field("quarantined", counts.quarantined); w.field("rejected", counts.rejected)
        w.field("glossary_concepts", glossaryConcepts)
        w.key("findings"); w.beginObject()
        for (rule, n) in counts.findingsByRule.sorted(by: { $0.key < $1.key }) { w.field(rule, n) }
        w.endObject()
        w.key("normalization"); w.beginObject()
        for (kind, n) in counts.normalization.byKind { w.field(kind, n) }
        w.endObject()
        w.endObject()
        w.key("timings"); w.beginObject()
        for (name, seconds) in timings { w.field(name, seconds) }
        w.endObject()
        w.field("jobs", jobs)
        w.endObject()
        w.newline()
        return w.bytes
    }
}
