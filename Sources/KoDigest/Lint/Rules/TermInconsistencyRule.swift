import Foundation

/// The same English term glossed with two different Korean forms in one record.
struct TermInconsistencyRule: LintRule {
    let description = RuleDescription(
        id: "term-inconsistency", defaultSeverity: .info,
        summary: "One English term is rendered with two different Korean forms in the same record.",
        rationale: "Readers cannot tell whether two forms mean the same thing; pick one (the glossary's preferred form).",
        triggeringExamples: ["확산(diffusion) … 디퓨전(diffusion)"],
        nonTriggeringExamples: ["강화 학습(RL) … 강화학습(RL) (same form up to spacing)"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var firstForm: [String: (form: String, shown: String)] = [:]
        var reported: Set<String> = []
        var hits: [RuleHit] = []
        for term in record.terms {
            guard let ko = term.ko, !ko.isEmpty, let english = term.en ?? term.abbr, !english.isEmpty else { continue }
            var key = ICU.foldCase(english)
            if key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") { key.removeLast() }
            let form = String(ko.unicodeScalars.filter { $0 != " " && $0 != "-" }.map(Character.init))
            guard let first = firstForm[key] else { firstForm[key] = (form, ko); continue }
            guard first.form != form, reported.insert(key + "|" + form).inserted else { continue }
            var message = "'\(english)' is rendered both as '\(first.shown)' and as '\(ko)'"
            if let preferred = context.terms?.preferredKorean(forEnglish: english) { message += "; the glossary prefers '\(preferred)'" }
            hits.append(RuleHit(section: term.section, start: term.start, end: term.end, message: message,
                                evidence: key + ":" + first.form + "|" + form))
        }
        return hits
    }
}
