import Foundation

/// A section written (almost) wholly in English.
struct UntranslatedRule: LintRule {
    let description = RuleDescription(
        id: "untranslated", defaultSeverity: .warning,
        summary: "A section of the summary is not in Korean.",
        rationale: "The digest is a Korean summary; an English section was left untranslated.",
        options: [.integer("minLetters", 40, 1...10_000, "Only sections with at least this many letters are judged."),
                  .number("maxHangulShare", 0.2, 0...1, "Flag when Hangul syllables are less than this share of the letters.")],
        triggeringExamples: ["The model uses a sparse mixture of experts and reaches a new state of the art."],
        nonTriggeringExamples: ["이 모델은 희소 전문가 혼합(sparse mixture of experts)을 사용합니다."])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        let minLetters = context.options.int("minLetters", 40), maxShare = context.options.double("maxHangulShare", 0.2)
        var hits: [RuleHit] = []
        for (si, text) in context.text.sections.enumerated() {
            let v = text.blanked
            let (latin, hangul) = Self.letters(outsideParentheses: v)
            let letters = latin + hangul
            guard letters >= minLetters else { continue }
            let share = Double(hangul) / Double(letters)
            if share < maxShare {
                let percent = Int((share * 100).rounded())
                hits.append(RuleHit(section: si, start: 0, end: min(v.count, 40),
                                    message: "section is not translated: only \(percent)% of its letters are Hangul",
                                    evidence: LintText.string(v, 0, min(v.count, 60))))
            }
        }
        return hits
    }

    /// ASCII letters and Hangul syllables outside parentheses. Counted without a branch per letter:
    /// Latin and Hangul alternate in a summary, and the loop runs over every scalar of every record.
    static func bit(_ b: Bool) -> UInt8 { unsafeBitCast(b, to: UInt8.self) }

    static func letters(outsideParentheses v: [UInt32]) -> (latin: Int, hangul: Int) {
        var depth = 0, latin = 0, hangul = 0
        v.withUnsafeBufferPointer { v in
            for c in v {
                if c == 0x28 { depth += 1; continue }
                if c == 0x29 { depth = max(0, depth - 1); continue }
                let outside = depth == 0
                latin &+= Int(Self.bit(outside && LintText.isASCIILetter(c)))
                hangul &+= Int(Self.bit(outside && LintText.isHangulSyllable(c)))
            }
        }
        return (latin, hangul)
    }
}
