import Foundation

/// Brackets and quotes that are opened and never closed, or closed and never opened.
struct UnbalancedRule: LintRule {
    let description = RuleDescription(
        id: "unbalanced", defaultSeverity: .warning,
        summary: "A bracket or quotation mark is not balanced, or a '**' bold marker is left alone.",
        rationale: "Unbalanced brackets usually mean a gloss or a sentence was cut or garbled.",
        triggeringExamples: ["멀티모달 입력 multimodal inputs)으로", "특히,(Self-MoE는 경로를 찾습니다.", "‘스마일 추가’ 또는 ’선글라스 추가’"],
        nonTriggeringExamples: ["세 단계: 1) 수집, 2) 정제, 3) 학습", "II) 환자 이해", "Alzheimer’s Disease", "(https://example.org/a_(b))"])

    /// Unmatched brackets reported one by one in a section; any beyond are reported as one.
    static let shownPerSection = 5

    /// Whether `c` opens one of the pairs `()`, `[]`, `{}`, `“”`, `‘’`, `「」` (a switch, not a
    /// dictionary lookup per scalar).
    static func isOpener(_ c: UInt32) -> Bool {
        switch c {
        case 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0x300C: return true
        default: return false
        }
    }

    /// The opener that `c` closes, if `c` closes one of those pairs.
    static func opener(closedBy c: UInt32) -> UInt32? {
        switch c {
        case 0x29: return 0x28
        case 0x5D: return 0x5B
        case 0x7D: return 0x7B
        case 0x201D: return 0x201C
        case 0x2019: return 0x2018
        case 0x300D: return 0x300C
        default: return nil
        }
    }

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for (si, text) in context.text.sections.enumerated() {
            let v = text.blanked
            let unmatched = Self.scan(v)
            for (k, (offset, what)) in unmatched.prefix(Self.shownPerSection + 1).enumerated() {
                let ch = LintText.string(v, offset, offset + 1)
                // garbled text may hold thousands: the first few are shown, then one for the rest
                let more = unmatched.count - Self.shownPerSection
                let message = k < Self.shownPerSection || more == 1
                    ? "\(what) '\(ch)' in '\(LintText.excerpt(v, offset, offset + 1, context: 15))'"
                    : "\(more) more unbalanced brackets or quotes in this section, from '\(LintText.excerpt(v, offset, offset + 1, context: 15))'"
                hits.append(RuleHit(section: si, start: offset, end: offset + 1, message: message,
                                    evidence: what + ":" + LintText.string(v, max(0, offset - 15), min(v.count, offset + 15))))
            }
            for range in text.lines where text.kinds.contains(.asterisk) {
                var count = 0, first = -1, k = range.lowerBound
                while k + 1 < range.upperBound {
                    if v[k] == 0x2A && v[k + 1] == 0x2A { count += 1; if first < 0 { first = k }; k += 2 } else { k += 1 }
                }
                if count % 2 == 1 {
                    hits.append(RuleHit(section: si, start: first, end: first + 2,
                                        message: "stray '**' bold marker in '\(LintText.excerpt(v, first, first + 2, context: 15))'",
                                        evidence: "**:" + LintText.string(v, max(range.lowerBound, first - 15), min(range.upperBound, first + 15))))
                }
            }
        }
        return hits
    }

    /// Offsets of unmatched brackets and quotes, with what is wrong.
    static func scan(_ v: [UInt32]) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var stack: [(UInt32, Int)] = []
        for i in v.indices {
            let c = v[i]
            // nearly every scalar is a letter, digit, space or Hangul syllable: one range test skips it
            if c >= 0xAC00 || (c > 0x29 && c < 0x5B) || (c > 0x5D && c < 0x7B) || c < 0x28 { continue }
            if isOpener(c) {
                stack.append((c, i))
            } else if let opener = opener(closedBy: c) {
                // the stack test first: most `)` close a `(` and need no enumerator check
                if c == 0x29 && !stack.contains(where: { $0.0 == 0x28 }) && isEnumerator(v, i) { continue }
                if c == 0x2019 && i > 0 && isLetter(v[i - 1]) && !stack.contains(where: { $0.0 == 0x2018 }) { continue }
                if let top = stack.last, top.0 == opener {
                    stack.removeLast()
                } else if stack.contains(where: { $0.0 == opener }) {
                    while let top = stack.last, top.0 != opener { out.append((top.1, "unclosed")); stack.removeLast() }
                    stack.removeLast()
                } else if (c == 0x2019 || c == 0x201D) && opensQuotation(v, i) {
                    // `’선글라스 추가’`: a quotation typed with the closing mark at both ends
                    out.append((i, "quotation opened with the closing mark"))
                } else {
                    out.append((i, "closing without an opening"))
                }
            }
        }
        for (_, i) in stack { out.append((i, "unclosed")) }
        return out.sorted { $0.0 < $1.0 }
    }

    /// Whether the quote at `i` stands where a quotation opens: after a space or the start, before a letter.
    static func opensQuotation(_ v: [UInt32], _ i: Int) -> Bool {
        (i == 0 || LintText.isSpace(v[i - 1])) && i + 1 < v.count && isLetter(v[i + 1])
    }

    static func isLetter(_ c: UInt32) -> Bool { LintText.isASCIILetter(c) || LintText.isHangulSyllable(c) }

    /// `1)`, `a)`, `iv)`, `II)` at the start of a word.
    static func isEnumerator(_ v: [UInt32], _ i: Int) -> Bool {
        var k = i
        while k > 0 && LintText.isASCIIAlnum(v[k - 1]) && i - k < 4 { k -= 1 }
        guard k < i else { return false }
        if k > 0 && !(LintText.isSpace(v[k - 1]) || v[k - 1] == 0x28 || v[k - 1] == 0x2C || v[k - 1] == 0x3A) { return false }
        let token = LintText.string(v, k, i)
        if token.allSatisfy(\.isNumber) { return token.count <= 2 }
        if token.count == 1 { return true }
        return token.allSatisfy { "ivxIVX".contains($0) }
    }
}
