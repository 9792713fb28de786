import Foundation

/// Text that stops mid-word or mid-sentence, an empty section, or a list announced with `:` that
/// never follows.
struct TruncatedRule: LintRule {
    let description = RuleDescription(
        id: "truncated", defaultSeverity: .error,
        summary: "Summary text stops mid-word or mid-sentence, a section is empty, or a list announced with ':' never follows.",
        rationale: "A cut-off summary misleads readers and downstream tools; regenerate or complete the section.",
        triggeringExamples: ["이 방법은 긴 문서를 빠르게 요약하는 데 적합합니", "실험에서는 정확도가 크게 향상되었으며,",
                             "제안된 구조는 다음 세 부분으로 이루어집니다:", "**Performance Highlights**: (empty)"],
        nonTriggeringExamples: ["코드는 다음에서 볼 수 있습니다: https://example.org/repo", "이 질문에 모델은 답할 수 있을까?",
                                "주요 구성 요소는 다음과 같습니다:\n1. 인코더\n2. 디코더", "삼중항 형식으로 표현됩니다: (s,r,o)"])

    static let standardLabels: Set<String> = ["what's new", "technical details", "performance highlights"]
    /// Verb stems that never end a word: a polite ending cut before its last syllable.
    static let fragmentSuffixes: [[UInt32]] = {
        var list = ["습니", "입니", "합니", "됩니", "갑니", "봅니", "줍니"]
        for x in ["었", "였", "했", "있", "없", "겠", "았", "됐", "렸", "졌", "웠"] { list.append(x + "습") }
        return list.map { $0.unicodeScalars.map(\.value) }
    }()
    /// The last syllables of `fragmentSuffixes` (니, 습): an eojeol ending otherwise needs no suffix test.
    static let fragmentLastSyllables: [UInt32] = Array(Set(fragmentSuffixes.compactMap(\.last))).sorted()
    /// Hangul syllables a complete sentence or list item may end with.
    static let finalSyllables: Set<UInt32> = Set("다요음함임됨까것등".unicodeScalars.map(\.value))

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for (si, text) in context.text.sections.enumerated() {
            let section = record.sections[si]
            let v = text.scalars
            if section.label != nil && v.allSatisfy({ LintText.isSpace($0) || $0 == 0x2A }) {
                hits.append(RuleHit(section: si, start: 0, end: 0,
                                    message: "section '\(section.label ?? "")' is empty", evidence: "empty:" + (section.label ?? "")))
                continue
            }
            let lines = text.lines
            for (li, range) in lines.enumerated() {
                var end = range.upperBound
                while end > range.lowerBound && (v[end - 1] == 0x20 || v[end - 1] == 0x09) { end -= 1 }
                if end == range.lowerBound { continue }
                hits.append(contentsOf: fragments(v, range.lowerBound, end, si))
                if let hit = lineEnd(v, range.lowerBound, end, si) {
                    // a comma before another line of the section: the sentence goes on there (a 2023 bullet
                    // list splits one sentence over two bullets); only a new list item or nothing means a cut
                    if v[end - 1] == 0x2C, continues(v, lines, li) { continue }
                    hits.append(hit)
                    continue
                }
                if v[end - 1] == 0x3A, announcesMissingList(record, si, section, lines, li, v) {
                    let start = max(range.lowerBound, end - 30)
                    hits.append(RuleHit(section: si, start: start, end: end,
                                        message: "a list announced with ':' never follows: '\(LintText.excerpt(v, start, end, context: 0))'",
                                        evidence: LintText.string(v, start, end)))
                }
            }
        }
        return hits
    }

    /// Eojeols ending in a verb stem cut before its final syllable (`검증합니.`, `…것입니`).
    func fragments(_ v: [UInt32], _ start: Int, _ end: Int, _ si: Int) -> [RuleHit] {
        var hits: [RuleHit] = []
        // read once: a static is initialized lazily, so each use in the loop would check it again
        let lastSyllables = Self.fragmentLastSyllables
        var i = start
        while i < end {
            guard LintText.isHangulSyllable(v[i]) else { i += 1; continue }
            var j = i
            while j < end && LintText.isHangulSyllable(v[j]) { j += 1 }
            guard lastSyllables.contains(v[j - 1]) else { i = j; continue }
            for suffix in Self.fragmentSuffixes where j - i >= suffix.count && v[(j - suffix.count)..<j].elementsEqual(suffix) {
                hits.append(RuleHit(section: si, start: i, end: j,
                                    message: "text stops mid-word: '\(LintText.string(v, i, j))' is a cut-off verb ending",
                                    evidence: LintText.string(v, max(start, i - 20), j)))
                break
            }
            i = j
        }
        return hits
    }

    /// A line that ends in the middle of a sentence: on a Hangul syllable that cannot end one, or on a comma.
    func lineEnd(_ v: [UInt32], _ start: Int, _ end: Int, _ si: Int) -> RuleHit? {
        let last = v[end - 1]
        // only a Hangul syllable that cannot end a sentence, or a comma, can make a finding
        guard (LintText.isHangulSyllable(last) && !Self.finalSyllables.contains(last)) || last == 0x2C else { return nil }
        var tokenStart = end
        while tokenStart > start && !LintText.isSpace(v[tokenStart - 1]) { tokenStart -= 1 }
        let token = LintText.string(v, tokenStart, end)
        if token.contains("://") || token.lowercased().hasPrefix("www.") { return nil }
        let from = max(start, end - 30)
        if LintText.isHangulSyllable(last) && !Self.finalSyllables.contains(last) {
            if fragmentEnds(v, tokenStart, end) { return nil }  // already reported as a fragment
            if Self.looksLikeListItem(LintText.string(v, start, end)) { return nil }  // `1. 인코더`: a list item needs no period
            return RuleHit(section: si, start: from, end: end,
                           message: "text stops mid-sentence: '…\(LintText.string(v, from, end))' has no sentence ending",
                           evidence: LintText.string(v, from, end))
        }
        if last == 0x2C {
            return RuleHit(section: si, start: from, end: end,
                           message: "text stops after a comma: '…\(LintText.string(v, from, end))'",
                           evidence: LintText.string(v, from, end))
        }
        return nil
    }

    /// Whether the line after `li` carries on a sentence: it exists, has text and is not a list item.
    func continues(_ v: [UInt32], _ lines: [Range<Int>], _ li: Int) -> Bool {
        guard li + 1 < lines.count else { return false }
        let next = lines[li + 1]
        guard next.contains(where: { !LintText.isSpace(v[$0]) }) else { return false }
        return !Self.looksLikeListItem(LintText.string(v, next.lowerBound, next.upperBound))
    }

    func fragmentEnds(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        Self.fragmentSuffixes.contains { end - start >= $0.count && v[(end - $0.count)..<end].elementsEqual($0) }
    }

    /// Whether the line `li` ending with ':' is followed by nothing that could be the list.
    func announcesMissingList(_ record: Record, _ si: Int, _ section: Section, _ lines: [Range<Int>], _ li: Int, _ v: [UInt32]) -> Bool {
        if li + 1 < lines.count {
            let next = lines[li + 1]
            // a continuation line (not a bullet of a 2023 list) carries the list or formula
            if let anchor = section.anchors.first(where: { $0.offset == next.lowerBound }), anchor.column == 1 { return false }
            if section.anchors.isEmpty { return !Self.looksLikeListItem(LintText.string(v, next.lowerBound, next.upperBound)) }
            return !Self.looksLikeListItem(LintText.string(v, next.lowerBound, next.upperBound))
        }
        guard si + 1 < record.sections.count else { return true }
        let next = record.sections[si + 1]
        if let label = next.label {
            return Self.standardLabels.contains(Self.foldLabel(label))
        }
        return !Self.looksLikeListItem(next.text)
    }

    static func foldLabel(_ label: String) -> String {
        // ASCII labels (nearly all) are folded on their bytes: no ’ to replace, ASCII case, `*`/space trims
        if label.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(label.utf8)
            while let l = bytes.last, l == 0x2A || l == 0x20 { bytes.removeLast() }
            let start = bytes.firstIndex { $0 != 0x2A && $0 != 0x20 } ?? bytes.count
            return String(decoding: bytes[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return label.replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: "* "))
    }

    /// `1.`, `1)`, `(1)`, `①`, `- `, `* `, `• `, `첫째`, `**Label**:`, or a short `head: ` opening.
    static func looksLikeListItem(_ line: String) -> Bool {
        let s = line.trimmingCharacters(in: .whitespaces)
        let v = s.unicodeScalars.map(\.value)
        guard let first = v.first else { return false }
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("• ") || s.hasPrefix("·") || s.hasPrefix("**") { return true }
        if s.hasPrefix("첫째") || s.hasPrefix("첫 번째") { return true }
        if first >= 0x2460 && first <= 0x2473 { return true }
        var i = 0
        if first == 0x28 { i = 1 }
        var digits = 0
        while i < v.count && LintText.isDigit(v[i]) { i += 1; digits += 1 }
        if digits > 0 && digits <= 2 && i < v.count && (v[i] == 0x2E || v[i] == 0x29) { return true }
        // a short head followed by ': '
        for k in 0..<min(v.count - 1, 41) where v[k] == 0x3A && (v[k + 1] == 0x20) { return k > 0 }
        return false
    }
}
