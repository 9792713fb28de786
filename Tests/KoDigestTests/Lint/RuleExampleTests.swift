import Foundation
import Testing
@testable import KoDigest

/// Every text rule's documented examples run as tests: the triggering ones must be reported and
/// the others not — read through the parser as a digest, again from NFD Hangul, and again after
/// a Korean prefix, so that offsets in Unicode scalars stay right.
struct RuleExampleTests {
    /// Rules whose examples are literal summary text (the others describe corpus situations —
    /// duplicates across files, missing sections — and have their own tests).
    static let textRules = ["markup", "leaked-structure", "garbled-number", "unbalanced", "untranslated", "encoding", "truncated"]

    struct Example: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var triggers: Bool
        var testDescription: String { "\(rule) \(triggers ? "+" : "-") \(text.prefix(30))" }
    }

    static let examples: [Example] = LintRules.implementations
        .filter { textRules.contains($0.description.id) }
        .flatMap { rule in
            rule.description.triggeringExamples.filter { !$0.hasSuffix("(empty)") }.map { Example(rule: rule.description.id, text: $0, triggers: true) }
                + rule.description.nonTriggeringExamples.map { Example(rule: rule.description.id, text: $0, triggers: false) }
        }

    /// The findings of one rule on a digest whose first section holds `text`.
    static func findings(_ rule: String, _ text: String, nfd: Bool = false) -> [Finding] {
        let digest = "## Daily Papers (2025-01-06)\n\n### [A Paper](https://arxiv.org/abs/2501.90001)\n\n"
            + "- **What's New**: " + text.replacingOccurrences(of: "\n", with: "\n  ") + "\n"
            + "- **Technical Details**: 세부 구조를 설명합니다.\n- **Performance Highlights**: 성능이 좋아졌습니다.\n"
        let source = nfd ? digest.decomposedStringWithCanonicalMapping : digest
        guard var record = DigestParser().parse(text: source, file: "x.md").records.first else { return [] }
        var settings: [String: RuleSettings] = [:]
        for id in LintRules.all.map(\.id) where id != rule { settings[id] = RuleSettings(enabled: false) }
        Linter(configuration: LintConfiguration(rules: settings), resources: LintTestSupport.resources, facts: LintFacts(), terms: nil)
            .process(&record)
        return record.findings
    }

    @Test func everyTextRuleHasExamplesBothWays() {
        for id in RuleExampleTests.textRules {
            #expect(RuleExampleTests.examples.contains { $0.rule == id && $0.triggers }, "\(id) has no triggering example")
            #expect(RuleExampleTests.examples.contains { $0.rule == id && !$0.triggers }, "\(id) has no quiet example")
        }
    }

    @Test(arguments: RuleExampleTests.examples)
    func exampleBehavesAsDocumented(_ example: Example) {
        let plain = RuleExampleTests.findings(example.rule, example.text)
        #expect(plain.isEmpty != example.triggers, "\(plain.map(\.message))")
        let nfd = RuleExampleTests.findings(example.rule, example.text, nfd: true)
        #expect(nfd.map(\.start) == plain.map(\.start) && nfd.map(\.message) == plain.map(\.message), "NFD input moved or changed findings")
        let prefix = "한국어로 먼저 쓴 문장입니다. "
        let shifted = RuleExampleTests.findings(example.rule, prefix + example.text)
        // A finding with an empty span marks a whole line (a repaired one); it does not move with the text.
        if example.triggers, let first = plain.first, first.end != first.start,
           let moved = shifted.first(where: { $0.fingerprint == first.fingerprint }) {
            #expect(moved.start == first.start.map { $0 + prefix.unicodeScalars.count }, "offsets are not in Unicode scalars")
        }
    }
}
