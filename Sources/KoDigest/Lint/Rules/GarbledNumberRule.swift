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
        for (si, section) in record.sections.enumerated() {
            let v = LintText.blankingURLs(section.text)
            var i = 0
            while i < v.count {
                guard LintText.isDigit(v[i]), i == 0 || !(LintText.isDigit(v[i - 1]) || v[i - 1] == 0x2E || v[i - 1] == 0x2C) else { i += 1; continue }
                var j = i
                while j < v.count && (LintText.isDigit(v[j]) || (v[j] == 0x2C && j + 1 < v.count && LintText.isDigit(v[j + 1]))) { j += 1 }
                let decimal = j + 1 < v.count && v[j] == 0x2E && LintText.isDigit(v[j + 1])
                let token = LintText.string(v, i, j)
                let groups = token.split(separator: ",").map(String.init)
                let digits = token.replacingOccurrences(of: ",", with: "")
                let rep = Set(digits).count == 1 && digits.first != "0"
                let gluedLeft = i > 0 && LintText.isASCIILetter(v[i - 1])
                var reason: String?
                if groups.count >= 3 && Set(groups).count == 1 && groups[0].count <= 3 && groups[0] != String(repeating: "0", count: groups[0].count) {
                    reason = "the group \(groups[0]) repeats"
                } else if groups.count == 1 && rep && digits.count >= 4 && !decimal {
                    reason = "one digit repeated \(digits.count) times"
                } else if groups.count == 1 && rep && digits.count >= 3 && gluedLeft {
                    reason = "repeated digits glued to a word"
                }
                let hit = RuleHit(section: si, start: i, end: j,
                                  message: "number '\(token)' looks garbled (\(reason ?? "a repeated digit in a record with garbled numbers")): '\(LintText.excerpt(v, i, j, context: 10))'",
                                  evidence: LintText.string(v, max(0, i - 10), min(v.count, j + 10)))
                if reason != nil { strong.append(hit) }
                else if groups.count == 1 && rep && (2...3).contains(digits.count) && !decimal { weak.append(hit) }
                i = j
            }
        }
        return strong.isEmpty ? [] : strong + weak
    }
}
