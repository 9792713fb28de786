import Foundation

/// The same arXiv id in more than one record.
struct DuplicateRule: LintRule {
    let description = RuleDescription(
        id: "duplicate", defaultSeverity: .error,
        summary: "The same arXiv id appears in more than one record.",
        rationale: "A paper summarized twice skews counts and glossaries; keep one record.",
        triggeringExamples: ["2410.90001 in 2024/10/16.md and again in 2024/10/18.md"],
        nonTriggeringExamples: ["2410.90001 and 2410.90002", "2410.90001v2 once"])

    /// Only the later copies are flagged: the first occurrence in input order stays the record
    /// of that paper, so the cleaned dataset keeps each paper once.
    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        let all = context.facts.occurrences(of: record.id)
        guard all.count > 1, let first = all.first,
              first.file != record.source.file || first.line != record.source.line else { return [] }
        let message = "arXiv id \(record.id) was already summarized at \(first.file):\(first.line); drop this copy or merge the two"
        return [RuleHit(message: message, evidence: record.id + "@" + (record.date ?? record.source.file))]
    }
}
