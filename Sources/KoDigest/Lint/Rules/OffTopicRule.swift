import Foundation

/// A summary that is not about the titled paper: a made-up generic description, another paper, or
/// a paper template's formatting instructions. The verdict adds up named signals (see
/// docs/lint.md); every signal that fired is named in the message with its value.
struct OffTopicRule: LintRule {
    let description = RuleDescription(
        id: "off-topic", defaultSeverity: .error,
        summary: "The summary is not about the titled paper (generic made-up text, another paper, or template instructions).",
        rationale: "A summary of the wrong paper is worse than none; regenerate it from the paper.",
        options: [
            .number("threshold", 5.5, 0...100, "Flag when the summed signals reach this score."),
            .number("weightNameMissing", 1.5, 0...20, "Added when the title names something (CamelCase, acronym) that the summary never mentions."),
            .number("weightNameFound", 3.0, 0...20, "Subtracted when the summary mentions the title's name."),
            .number("weightCoverage", 3.0, 0...20, "Scaled by the share of title content words the summary does not render."),
            .number("weightCoverageBonus", 1.0, 0...20, "Subtracted, scaled by the share of title words the summary renders."),
            .number("weightBoilerplate", 5.0, 0...20, "Scaled by the boilerplate phrases and textbook names found."),
            .number("boilerplateSaturation", 6, 1...50, "Boilerplate hits at which the boilerplate signal is full."),
            .number("boilerplateCharsPerHit", 60, 1...10000, "Summary length (scalars) per boilerplate hit of the saturation: shorter summaries saturate sooner."),
            .number("textbookFactor", 0.5, 0...5, "What one textbook name (GAN, BERT, CIFAR-10) counts, relative to a boilerplate phrase."),
            .number("weightTemplate", 4.0, 0...20, "Added when the summary paraphrases a paper template's formatting rules."),
            .number("weightPlaceholder", 2.0, 0...20, "Added for a placeholder name such as XYZ-Net."),
            .number("weightNoEntity", 1.0, 0...20, "Added when the summary names no specific model, dataset or method."),
        ],
        triggeringExamples: [
            "이 논문에서는 새로운 딥러닝 모델을 제안하며, 제안된 모델은 여러 벤치마크 데이터셋에서 기존 모델 대비 평균 15% 높은 정확도를 보였습니다.",
            "본문은 가로 170mm 인쇄 영역 안에 두 컬럼으로 작성하고, 캡션과 각주는 10포인트 글꼴을 사용해야 합니다.",
            "제안된 XYZ-Net은 CIFAR-10과 ImageNet에서 기존 CNN보다 우수한 성능을 보였습니다.",
        ],
        nonTriggeringExamples: [
            "FlowMixer는 음성 향상을 위해 스펙트럼 영역에서 토큰을 섞는 경량 모듈을 제안합니다.",
            "(2023) 음성에서 잡음을 걷어내는 문제를 주파수 축의 토큰 혼합으로 다시 정의한다.",
        ])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        guard !record.sections.isEmpty else { return [] }
        var analysis = OffTopicAnalysis(vocabularyOf: record, resources: context.resources, text: context.text)
        // most summaries have no vocabulary signal: they cannot be flagged, whatever the title says
        guard analysis.isGeneric else { return [] }
        // the title side is read cheapest part first, and no further once even the best case of the
        // parts left cannot reach the threshold: an unflagged verdict shows nothing (the margin keeps
        // a different order of adding from deciding a tie)
        let threshold = context.options.double("threshold", 5.5)
        analysis.readEntity(context.resources)
        guard analysis.bestScore(context.options) >= threshold - 1e-9 else { return [] }
        analysis.readNames(context.resources)
        guard analysis.bestScore(context.options) >= threshold - 1e-9 else { return [] }
        analysis.readCoverage(context.resources, corpus: context.terms)
        let verdict = analysis.score(context.options)
        guard verdict.flagged else { return [] }
        let signals = verdict.signals.map { s in
            let sign = s.value >= 0 ? "+" : ""
            return "\(s.name) \(sign)\(Self.format(s.value))" + (s.detail.isEmpty ? "" : " (\(s.detail))")
        }.joined(separator: "; ")
        let message = "summary does not seem to be about the titled paper: score \(Self.format(verdict.score)) ≥ "
            + "\(Self.format(context.options.double("threshold", 5.5))): \(signals)"
        let first = record.sections[0].text.unicodeScalars
        let end = min(first.count, 40)
        return [RuleHit(section: 0, start: 0, end: end, message: message,
                        evidence: String(String.UnicodeScalarView(first.prefix(end))))]
    }

    static func format(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) + ".0" : String(r)
    }
}
