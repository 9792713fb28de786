import Foundation

/// Characters that show the text was damaged by a wrong decoding.
struct EncodingRule: LintRule {
    let description = RuleDescription(
        id: "encoding", defaultSeverity: .warning,
        summary: "Replacement characters, C1 controls, private-use characters or mojibake remain in the text, or mojibake was repaired.",
        rationale: "These come from reading the file with the wrong encoding; fix the source file.",
        triggeringExamples: ["모델\u{FFFD} 성능", "ëª¨ë¸ (UTF-8 read as Latin-1)"],
        nonTriggeringExamples: ["Fréchet Inception Distance", "café"])

    static let mojibakeLeads: Set<UInt32> = [0xC3, 0xC2, 0xCA, 0xEB, 0xEC, 0xED, 0xEE, 0xEA]
    static let cp1252: Set<UInt32> = Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".unicodeScalars.map(\.value))

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for (si, section) in record.sections.enumerated() {
            for line in section.repairedLines {
                let start = section.anchors.first { $0.line == line }?.offset ?? 0
                hits.append(RuleHit(section: si, start: start, end: start,
                                    message: "line \(line) held UTF-8 read as Windows-1252 (mojibake); kodigest repaired it, but re-save the source as UTF-8",
                                    evidence: "mojibake-repaired:\(si):\(start)"))
            }
        }
        for (si, text) in context.text.sections.enumerated() where text.kinds.contains(.encoding) {
            let v = text.scalars
            var i = 0
            while i < v.count {
                let c = v[i]
                var what: String?
                var length = 1
                if c == 0xFFFD { what = "replacement character U+FFFD" }
                else if c == 0 { what = "NUL character" }
                else if c >= 0x80 && c <= 0x9F { what = "C1 control character U+\(String(c, radix: 16, uppercase: true))" }
                else if c >= 0xE000 && c <= 0xF8FF { what = "private-use character U+\(String(c, radix: 16, uppercase: true))" }
                // the range test keeps the set lookup off ASCII and Hangul
                else if c >= 0xC2 && c <= 0xEE, Self.mojibakeLeads.contains(c), i + 1 < v.count,
                        (v[i + 1] >= 0x80 && v[i + 1] <= 0xBF) || Self.cp1252.contains(v[i + 1]) {
                    what = "mojibake (UTF-8 read as Latin-1/Windows-1252)"
                    length = 2
                }
                if let what {
                    hits.append(RuleHit(section: si, start: i, end: i + length,
                                        message: "encoding damage: \(what) in '\(LintText.excerpt(v, i, i + length, context: 8))'",
                                        evidence: what + ":" + LintText.string(v, max(0, i - 8), min(v.count, i + length + 8))))
                    i += length
                    // one finding per damaged stretch
                    while i < v.count && (v[i] == c || (v[i] >= 0x80 && v[i] <= 0xBF)) { i += 1 }
                    continue
                }
                i += 1
            }
        }
        return hits
    }
}
