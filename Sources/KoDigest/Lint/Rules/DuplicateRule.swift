import Foundation

/// The same arXiv id in more than one record.
struct DuplicateRule: LintRule {
    let description = RuleDescription(
        id: "duplicate", defaultSeverity: .error,
        summary: "The same arXiv id appears in more than one record.",
        rationale: "A paper summarized twice skews counts and glossaries; keep one record.",
        triggeringExamples: ["2410.90001 in 2024/10/16.md and again in 2024/10/18.md"],
        nonTriggeringExamples: ["2410.90001 and 2410.90002", "2410.90001v2 once"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        let all = context.facts.occurrences(of: record.id)
        guard all.count > 1 else { return [] }
        let others = all.filter { $0.file != record.source.file || $0.line != record.source.line }
        let isFirst = all.first.map { $0.file == record.source.file && $0.line == record.source.line } ?? false
        let where_ = others.map { "\($0.file):\($0.line)" }.joined(separator: ", ")
        let message = isFirst
            ? "arXiv id \(record.id) appears again in \(where_)"
            : "arXiv id \(record.id) was already summarized (first seen in \(all.first.map { "\($0.file):\($0.line)" } ?? "?"))"
            + (others.count > 1 ? "; copies: \(where_)" : "")
        return [RuleHit(message: message, evidence: record.id + "@" + (record.date ?? record.source.file))]
    }
}
