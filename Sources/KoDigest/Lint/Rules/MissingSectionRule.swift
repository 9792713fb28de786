import Foundation

/// A labelled record that lacks one of the three usual sections, or a record with no summary.
struct MissingSectionRule: LintRule {
    let description = RuleDescription(
        id: "missing-section", defaultSeverity: .warning,
        summary: "A labelled summary lacks What's New, Technical Details or Performance Highlights, or there is no summary.",
        rationale: "Readers expect the three sections; a missing one usually means the generator stopped early.",
        triggeringExamples: ["- **What's New**: … (and no other section)"],
        nonTriggeringExamples: ["2023 bullet list without labels", "the three sections plus **Limitations**"])

    static let required = ["What's New", "Technical Details", "Performance Highlights"]
    static let requiredFolded = required.map { $0.lowercased() }

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        if record.sections.isEmpty {
            return [RuleHit(message: "the record has no summary text", evidence: "no-summary")]
        }
        // a handful of labels: an array, not a set, is searched
        let labels = record.sections.compactMap(\.label).map(TruncatedRule.foldLabel)
        guard !labels.isEmpty else { return [] }  // 2023 unlabelled bullets
        let missing = zip(Self.required, Self.requiredFolded).filter { !labels.contains($0.1) }.map(\.0)
        guard !missing.isEmpty else { return [] }
        let list = missing.map { "'\($0)'" }.joined(separator: ", ")
        return [RuleHit(message: "the summary has no \(list) section", evidence: "missing:" + missing.joined(separator: ","))]
    }
}
