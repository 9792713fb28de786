import Foundation

/// Digits echoed by a generation glitch: `214,214,214개`, `9999 블록`, `ChatGPT111`.
struct GarbledNumberRule: LintRule {
    let description = RuleDescription(
        id: "garbled-number", defaultSeverity: .warning,
        summary: "A number looks like digits echoed by a generation glitch.",
        rationale: "Echoed digits change the facts (9 becomes 9999); check the number against the paper.",
        triggeringExamples: ["214,214,214개의 예제", "9999 블록으로 구성", "모델 ChatGPT111을", "3333개의 데이터셋 중 5555개"],
        nonTriggeringExamples: ["Snapdragon 888 칩", "111M 파라미터", "11개의 벤치마크", "YOLOv11", "1,000개"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var strong: [RuleHit] = [], weak: [RuleHit] = []
        for (si, text) in context.text.sections.enumerated() where text.kinds.contains(.digit) {
            let v = text.blanked
            var i = 0
            while i < v.count {
                guard LintText.isDigit(v[i]), i == 0 || !(LintText.isDigit(v[i - 1]) || v[i - 1] == 0x2E || v[i - 1] == 0x2C) else { i += 1; continue }
                var j = i
                while j < v.count && (LintText.isDigit(v[j]) || (v[j] == 0x2C && j + 1 < v.count && LintText.isDigit(v[j + 1]))) { j += 1 }
                let decimal = j + 1 < v.count && v[j] == 0x2E && LintText.isDigit(v[j + 1])
                // the token read on scalars: comma-separated groups (never empty: a comma is taken only
                // before a digit), its digit count, whether it is one repeated non-zero digit
                var groups = 1, digits = 0, firstGroup = i..<j
                var rep = v[i] != 0x30
                for k in i..<j {
                    if v[k] == 0x2C {
                        if groups == 1 { firstGroup = i..<k }
                        groups += 1
                    } else {
                        digits += 1
                        if v[k] != v[i] { rep = false }
                    }
                }
                let gluedLeft = i > 0 && LintText.isASCIILetter(v[i - 1])
                var reason: String?
                if groups >= 3 && firstGroup.count <= 3 && !v[firstGroup].allSatisfy({ $0 == 0x30 })
                    && Self.groupsEqual(v, i, j, firstGroup) {
                    reason = "the group \(LintText.string(v[firstGroup])) repeats"
                } else if groups == 1 && rep && digits >= 4 && !decimal {
                    reason = "one digit repeated \(digits) times"
                } else if groups == 1 && rep && digits >= 3 && gluedLeft {
                    reason = "repeated digits glued to a word"
                }
                let isWeak = reason == nil && groups == 1 && rep && (2...3).contains(digits) && !decimal
                if reason != nil || isWeak {
                    let token = LintText.string(v, i, j)
                    let hit = RuleHit(section: si, start: i, end: j,
                                      message: "number '\(token)' looks garbled (\(reason ?? "a repeated digit in a record with garbled numbers")): '\(LintText.excerpt(v, i, j, context: 10))'",
                                      evidence: LintText.string(v, max(0, i - 10), min(v.count, j + 10)))
                    if reason != nil { strong.append(hit) } else { weak.append(hit) }
                }
                i = j
            }
        }
        return strong.isEmpty ? [] : strong + weak
    }

    /// Whether every comma-separated group of `v[start..<end]` equals the first one.
    static func groupsEqual(_ v: [UInt32], _ start: Int, _ end: Int, _ first: Range<Int>) -> Bool {
        var k = first.upperBound
        while k < end {
            let g = (k + 1)..<min(end, k + 1 + first.count)
            let next = k + 1 + first.count
            guard g.count == first.count, v[g].elementsEqual(v[first]), next == end || v[next] == 0x2C else { return false }
            k = next
        }
        return true
    }
}
