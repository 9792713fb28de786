import Foundation

/// Parenthetical glosses whose two sides do not name the same thing.
struct GlossMismatchRule: LintRule {
    let description = RuleDescription(
        id: "gloss-mismatch", defaultSeverity: .warning,
        summary: "A parenthetical gloss pairs two sides that do not match, or an abbreviation does not fit its expansion.",
        rationale: "A wrong gloss teaches readers and the glossary a wrong term; fix one side.",
        triggeringExamples: ["ROPE (Relative Positional Encoding)", "그래프-인지(attention mechanism) (terms stage says mismatch)"],
        nonTriggeringExamples: ["RoPE (Rotary Position Embedding)", "대형 언어 모델(Large Language Models; LLMs)", "CNN (Convolutional Neural Network)"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for term in record.terms where term.match == .mismatch {
            let sides = [term.ko, term.en, term.abbr].compactMap { $0 }.joined(separator: " ↔ ")
            hits.append(RuleHit(section: term.section, start: term.start, end: term.end,
                                message: "gloss sides do not match: \(sides)", evidence: "term:" + sides))
        }
        for (si, section) in record.sections.enumerated() {
            let v = section.text.unicodeScalars.map(\.value)
            for (start, end, abbr, long) in Self.abbreviationMismatches(v) {
                if hits.contains(where: { $0.section == si && ($0.start ?? -1) < end && ($0.end ?? -1) > start }) { continue }
                hits.append(RuleHit(section: si, start: start, end: end,
                                    message: "abbreviation '\(abbr)' does not fit its expansion '\(long)'",
                                    evidence: "abbr:" + abbr + "=" + long))
            }
        }
        return hits
    }

    /// `ABBR (Expansion)`, `(Expansion, ABBR)`, `(…; Expansion; ABBR)` whose letters do not line up.
    static func abbreviationMismatches(_ v: [UInt32]) -> [(Int, Int, String, String)] {
        var out: [(Int, Int, String, String)] = []
        var i = 0
        while i < v.count {
            guard v[i] == 0x28, let close = v[(i + 1)...].prefix(200).firstIndex(where: { $0 == 0x29 || $0 == 0x28 }), v[close] == 0x29 else {
                i += 1; continue
            }
            let inside = LintText.string(v, i + 1, close)
            let parts = inside.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
            var abbr = parts.first(where: isAbbreviation)
            var long = parts.first(where: isExpansion)
            var start = i
            if abbr == nil, long != nil, parts.count == 1 {
                // `ABBR (Expansion)`: the abbreviation is the word just before the parenthesis
                var e = i
                while e > 0 && v[e - 1] == 0x20 { e -= 1 }
                var s = e
                while s > 0 && (LintText.isASCIIAlnum(v[s - 1]) || v[s - 1] == 0x2D) { s -= 1 }
                let word = LintText.string(v, s, e)
                if s < e, isAbbreviation(word), s == 0 || !LintText.isASCIIAlnum(v[s - 1]) { abbr = word; start = s }
            }
            if let a = abbr, let l = long, sameInitial(a, l), !l.lowercased().contains(a.lowercased()), !fits(a, l) {
                out.append((start, close + 1, a, l))
            }
            long = nil
            i = close + 1
        }
        return out
    }

    /// 2–8 capital letters with an optional plural `s`: mixed-case coinages (`LoRA`, `PECoRe`) are
    /// built from syllables, not initials, so they are not tested.
    static func isAbbreviation(_ s: String) -> Bool {
        var v = s.unicodeScalars.map(\.value)
        if v.count > 2 && v.last == 0x73 { v.removeLast() }
        return (2...8).contains(v.count) && v.allSatisfy(LintText.isASCIIUpper)
    }

    /// Acronyms start with the first letter of their expansion; one that does not (`XEUS` for
    /// Cross-lingual Encoder…, `SOTA (depth estimation)`) is a coinage or a different kind of gloss.
    static func sameInitial(_ abbreviation: String, _ expansion: String) -> Bool {
        abbreviation.lowercased().unicodeScalars.first == expansion.lowercased().unicodeScalars.first
    }

    /// Two to eight Latin words (letters, hyphens), each starting with a letter.
    static func isExpansion(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (2...8).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.unicodeScalars.first, LintText.isASCIILetter(f.value) else { return false }
            return w.unicodeScalars.allSatisfy { LintText.isASCIILetter($0.value) || $0 == "-" }
        }
    }

    /// Schwartz–Hearst: the abbreviation's letters occur in order in the expansion, the first at a word start.
    static func fits(_ abbreviation: String, _ expansion: String) -> Bool {
        var a = abbreviation.lowercased().unicodeScalars.map(\.value)
        if a.count > 2, abbreviation.last == "s" { a.removeLast() }
        let l = expansion.lowercased().unicodeScalars.map(\.value)
        var si = a.count - 1, li = l.count - 1
        while si >= 0 {
            let c = a[si]
            while li >= 0 && (l[li] != c || (si == 0 && li > 0 && LintText.isASCIIAlnum(l[li - 1]))) { li -= 1 }
            if li < 0 { return false }
            li -= 1
            si -= 1
        }
        return true
    }
}
