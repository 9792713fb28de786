import Foundation

/// Python/JSON list or dict syntax left in the summary text.
struct LeakedStructureRule: LintRule {
    let description = RuleDescription(
        id: "leaked-structure", defaultSeverity: .error,
        summary: "Python or JSON list/dict syntax shows in the summary text.",
        rationale: "The generator returned a data structure instead of prose; rewrite it as sentences.",
        triggeringExamples: ["['모델은 작다.', '속도는 빠르다.']", "{'Dataset': '새 데이터셋을 공개함'}", "[{'finding': '작은 모델이 이김'}]"],
        nonTriggeringExamples: ["Sora 연구 [1]에서", "범위 [10^3, 10^9]", "[MASK] 토큰", "[링크](https://example.org)", "삼중항 (s,r,o)"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for (si, text) in context.text.sections.enumerated() {
            let v = text.blanked
            if let (start, end, kind) = Self.find(v) {
                hits.append(RuleHit(section: si, start: start, end: end,
                                    message: "\(kind) syntax leaked into the text: '\(LintText.excerpt(v, start, min(end, start + 40), context: 0))'",
                                    evidence: LintText.string(v, start, min(end, start + 40))))
            }
        }
        return hits
    }

    static func isQuote(_ c: UInt32) -> Bool { c == 0x27 || c == 0x22 }

    static func skipSpaces(_ v: [UInt32], _ i: Int) -> Int {
        var i = i
        while i < v.count && (v[i] == 0x20 || v[i] == 0x0A) { i += 1 }
        return i
    }

    /// End (exclusive) of a quoted string starting at `i`, on the same line and at most 400 scalars.
    static func closeQuote(_ v: [UInt32], _ i: Int) -> Int? {
        let q = v[i]
        var j = i + 1
        while j < v.count && j - i < 400 && v[j] != 0x0A {
            if v[j] == 0x5C { j += 2; continue }
            if v[j] == q { return j + 1 }
            j += 1
        }
        return nil
    }

    /// The first list or dict literal: `['…', …]`, `[{'…': …`, `{'key': …`, or a text that ends in `']`/`'}`.
    static func find(_ v: [UInt32]) -> (Int, Int, String)? {
        for i in v.indices {
            if v[i] == 0x5B {  // [
                var j = skipSpaces(v, i + 1)
                var dict = false
                if j < v.count && v[j] == 0x7B { dict = true; j = skipSpaces(v, j + 1) }
                guard j < v.count, isQuote(v[j]), let close = closeQuote(v, j) else { continue }
                let k = skipSpaces(v, close)
                guard k < v.count else { continue }
                if v[k] == 0x2C || v[k] == 0x5D || (dict && v[k] == 0x3A) {
                    return (i, min(v.count, k + 1), dict ? "a list of dicts" : "a list")
                }
            } else if v[i] == 0x7B {  // {
                let j = skipSpaces(v, i + 1)
                guard j < v.count, isQuote(v[j]), let close = closeQuote(v, j) else { continue }
                let k = skipSpaces(v, close)
                if k < v.count && v[k] == 0x3A { return (i, min(v.count, k + 1), "a dict") }
            }
        }
        // a tail such as `…했습니다.']` or `…'}]`
        var e = v.count
        while e > 0 && LintText.isSpace(v[e - 1]) { e -= 1 }
        var k = e
        while k > 0 && (v[k - 1] == 0x5D || v[k - 1] == 0x7D) { k -= 1 }
        if k < e && k > 0 && isQuote(v[k - 1]) && k >= 2 && v[k - 2] != 0x20 {
            return (k - 1, e, "a list or dict ending")
        }
        return nil
    }
}
