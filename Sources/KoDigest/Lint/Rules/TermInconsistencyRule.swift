/// A Korean rendering other than the one the curated glossary prefers.
struct TermInconsistencyRule: LintRule {
    let description = RuleDescription(
        id: "term-inconsistency", defaultSeverity: .info,
        summary: "A term is rendered in Korean differently from the glossary's preferred rendering.",
        rationale: "One concept with several Korean forms reads as several concepts; the fix replaces the form with the "
            + "preferred one from Glossary/reference.tsv (spacing variants included, since a term base fixes spacing too).",
        triggeringExamples: ["대규모 언어 모델(Large Language Models)", "강화학습(Reinforcement Learning)"],
        nonTriggeringExamples: ["대형 언어 모델(Large Language Models)", "강화 학습(reinforcement learning)",
                                "대형 언어 모델들(Large Language Models)"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        guard let terms = context.terms else { return [] }
        var hits: [RuleHit] = []
        for term in record.terms {
            // Only where the Korean stands outside the parentheses, so the fix is a plain replacement,
            // and only for faithful glosses: a partial or mismatched one is gloss-mismatch's business.
            guard term.kind == .koEn || term.kind == .koAbbr, term.match == nil || term.match == .ok,
                  let ko = term.ko, !ko.isEmpty else { continue }
            let english: String, preferred: String?
            if let en = term.en, !en.isEmpty {
                (english, preferred) = (en, terms.preferredKorean(forEnglish: en))
            } else if let abbr = term.abbr, !abbr.isEmpty {
                (english, preferred) = (abbr, terms.preferredKorean(forAbbreviation: abbr, renderedBy: ko))
            } else {
                continue
            }
            // the plural suffix 들 (언어 모델들) is the same rendering
            guard let preferred, preferred != ko, preferred + "들" != ko,
                  !TermInconsistencyRule.extends(ko, preferred) else { continue }
            let spacingOnly = preferred.unicodeScalars.filter { $0 != " " }.elementsEqual(ko.unicodeScalars.filter { $0 != " " })
            let message = "'\(ko)' for '\(english)': the glossary prefers '\(preferred)'"
                + (spacingOnly ? " (spacing differs)" : "") + "; use the preferred rendering"
            hits.append(RuleHit(section: term.section, start: term.start, end: term.start + ko.unicodeScalars.count,
                                message: message, evidence: english.lowercased() + ":" + ko, fix: preferred))
        }
        return hits
    }

    /// The preferred rendering with words before or after it (전문가 혼합 모델 for Mixture-of-Experts,
    /// 전문가 혼합 preferred): the words are the span's, beyond the concept, and replacing the whole
    /// would drop them.
    static func extends(_ ko: String, _ preferred: String) -> Bool {
        let words = ko.split(separator: " "), inner = preferred.split(separator: " ")
        return words.count > inner.count && (words.starts(with: inner) || words.reversed().starts(with: inner.reversed()))
    }
}
