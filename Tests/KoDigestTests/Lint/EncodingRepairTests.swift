import Testing
@testable import KoDigest

/// Mojibake that normalization repaired still leaves a finding, so the source gets fixed.
struct EncodingRepairTests {
    @Test func repairedMojibakeIsReported() throws {
        let clean = "### [A Paper](https://arxiv.org/abs/2501.90001)\n\n- **What's New**: 새로운 모델을 제안합니다.\n"
        let damaged = clean.replacingOccurrences(of: "새로운 모델을 제안합니다.", with: Perturbation.windows1252Mojibake("새로운 모델을 제안합니다."))
        let findings = { (text: String) -> [Finding] in
            var settings: [String: RuleSettings] = [:]
            for id in LintRules.all.map(\.id) where id != "encoding" { settings[id] = RuleSettings(enabled: false) }
            guard var record = DigestParser().parse(text: text, file: "x.md").records.first else { return [] }
            Linter(configuration: LintConfiguration(rules: settings), resources: LintTestSupport.resources, facts: LintFacts(), terms: nil)
                .process(&record)
            return record.findings
        }
        #expect(findings(clean).isEmpty)
        let reported = try #require(findings(damaged).first)
        #expect(reported.line == 3)
        #expect(reported.message.contains("mojibake"))
    }
}
