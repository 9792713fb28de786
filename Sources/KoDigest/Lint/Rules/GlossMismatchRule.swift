import Foundation

/// Parenthetical glosses whose two sides do not name the same thing.
struct GlossMismatchRule: LintRule {
    let description = RuleDescription(
        id: "gloss-mismatch", defaultSeverity: .warning,
        summary: "A parenthetical gloss pairs two sides that do not match, or an abbreviation does not fit its expansion.",
        rationale: "A wrong gloss teaches readers and the glossary a wrong term; fix one side.",
        triggeringExamples: ["ROPE (Relative Positional Encoding)", "그래프-인지(attention mechanism) (terms stage says mismatch)"],
        nonTriggeringExamples: ["RoPE (Rotary Position Embedding)", "대형 언어 모델(Large Language Models; LLMs)", "CNN (Convolutional Neural Network)",
                                "텍스트-모션(Text-to-Motion; T2M)", "Perceptual Token Score (PTS)"])

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        for term in record.terms where term.match == .mismatch {
            let sides = [term.ko, term.en, term.abbr].compactMap { $0 }.joined(separator: " ↔ ")
            var message = "gloss sides do not match: \(sides)"
            if let en = term.en, let abbr = term.abbr, Self.lettersFailed(term) {
                // the terms stage judged the letters only; report them on clear evidence, else judge the Korean side alone
                if let clash = Self.clash(abbr, en, context.resources) {
                    message = clash
                } else {
                    guard let ko = term.ko, !ko.isEmpty, let terms = context.terms else { continue }
                    let (match, why) = terms.judgeKoreanSide(kind: term.kind, ko: ko, en: en)
                    guard match == .mismatch else { continue }
                    message += " (\(why))"
                }
            } else if let ko = term.ko, let en = term.en, !ko.isEmpty, !en.isEmpty, let terms = context.terms {
                // the terms stage's reason, asked again: a term keeps its verdict, not why
                let why = terms.judgeKoreanSide(kind: term.kind, ko: ko, en: en).reason
                if !why.isEmpty { message += " (\(why))" }
            }
            hits.append(RuleHit(section: term.section, start: term.start, end: term.end,
                                message: message, evidence: "term:" + sides))
        }
        for (si, text) in context.text.sections.enumerated() {
            let v = text.scalars
            for (start, end, abbr, long, message) in Self.abbreviationMismatches(v, context.resources) {
                if hits.contains(where: { $0.section == si && ($0.start ?? -1) < end && ($0.end ?? -1) > start }) { continue }
                hits.append(RuleHit(section: si, start: start, end: end, message: message, evidence: "abbr:" + abbr + "=" + long))
            }
        }
        return hits
    }

    /// `ABBR (Expansion)`, `Expansion (ABBR)`, `(Expansion, ABBR)`, `(…; Expansion; ABBR)` whose
    /// abbreviation does not fit, with the message: against the standard expansion when the
    /// abbreviation is listed, else by the letters (Schwartz–Hearst) when both start with the same letter.
    static func abbreviationMismatches(_ v: [UInt32], _ resources: LintResources) -> [(Int, Int, String, String, String)] {
        var out: [(Int, Int, String, String, String)] = []
        var i = 0
        while i < v.count {
            guard v[i] == 0x28, let close = v[(i + 1)...].prefix(200).firstIndex(where: { $0 == 0x29 || $0 == 0x28 }), v[close] == 0x29 else {
                i += 1; continue
            }
            // with no Latin letter inside there is neither an abbreviation nor an English expansion;
            // this skips most Korean parentheses before any string is built
            guard !resources.abbreviationsAreLatin || v[(i + 1)..<close].contains(where: LintText.isASCIILetter) else {
                i = close + 1; continue
            }
            guard let (start, a, l) = GlossParenthesis.read(v, i, close, resources) else { i = close + 1; continue }
            if !(LintText.asciiContainsIgnoringCase(l, a) ?? l.lowercased().contains(a.lowercased())) {
                if resources.expansions(of: a) != nil || (isAbbreviation(a) && sameInitial(a, l) && !fits(a, l)),
                   let message = clash(a, l, resources) {
                    out.append((start, close + 1, a, l, message))
                }
            }
            i = close + 1
        }
        return out
    }

    /// Whether the terms stage called the gloss a mismatch for its letters alone: it has both an
    /// expansion and an abbreviation, and their letters fail Schwartz–Hearst as the stage tests them.
    static func lettersFailed(_ term: Term) -> Bool {
        guard term.kind != .enKo, let en = term.en, let abbr = term.abbr, !en.isEmpty, !abbr.isEmpty else { return false }
        return !Abbreviation.matches(short: abbr, long: en) && !Abbreviation.matches(short: abbr, long: en.replacingOccurrences(of: "-", with: " "))
    }

    /// The message for a clear clash, nil when there is none: a listed abbreviation whose expansion
    /// substitutes a word of every standard one (`-` listed: never checked) stands for something
    /// else, whatever its letters; an unlisted one whose letters no reading explains
    /// (`AbbreviationFit`) does not fit.
    static func clash(_ abbr: String, _ expansion: String, _ resources: LintResources) -> String? {
        if let standard = resources.expansions(of: abbr) {
            guard let form = resources.standardForm(of: abbr), standard.allSatisfy({ substitutes(expansion, $0, resources) }) else { return nil }
            return "abbreviation '\(abbr)' stands for '\(form)', not '\(expansion)'"
        }
        return AbbreviationFit.clash(abbr, expansion) ? "abbreviation '\(abbr)' does not fit its expansion '\(expansion)'" : nil
    }

    /// Whether `expansion` replaces a word of the standard one: it lacks one of its words and adds
    /// one of its own. Words compare loosely (typos, `fine-tuning` = `finetuning`), and listed
    /// abbreviations inside the expansion are expanded first (`Multimodal LLM`).
    static func substitutes(_ expansion: String, _ standard: [String], _ resources: LintResources) -> Bool {
        var have: [String] = []
        for w in expansion.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map(String.init) {
            if let inner = resources.expansions(of: w)?.first { have += inner } else { have += LintResources.words(w) }
        }
        // the pairs are built only if some word has no near match of its own, and the extra words are
        // looked for only when one is missing: most expansions are the standard one
        lazy var pairsHave = zip(have, have.dropFirst()).map { $0 + $1 }
        lazy var pairsStandard = zip(standard, standard.dropFirst()).map { $0 + $1 }
        // a word spelled the same is near: looked for first, since `near` on two other words is slow
        let missing = standard.contains { s in !have.contains(s) && !have.contains { near($0, s) } && !pairsHave.contains { near($0, s) } && !pairsStandard.contains { p in p.hasPrefix(s) && have.contains { near($0, p) } } }
        guard missing else { return false }
        return have.contains { h in !standard.contains(h) && !standard.contains { near(h, $0) } && !pairsStandard.contains { near(h, $0) } && !pairsHave.contains { p in p.hasPrefix(h) && standard.contains { near($0, p) } } }
    }

    /// Same word up to a plural, a typo (edit distance ≤ 2 for words of six letters or more) or a
    /// shared five-letter stem.
    static func near(_ a: String, _ b: String) -> Bool {
        if a == b || a.prefix(5) == b.prefix(5) && min(a.count, b.count) >= 5 { return true }
        if a + "s" == b || b + "s" == a { return true }
        if min(a.count, b.count) >= 4 && (a.hasPrefix(b) || b.hasPrefix(a)) { return true }  // auto / automatic
        guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 2 else { return false }
        let d = editDistance(UTF8Scalars.array(a), UTF8Scalars.array(b))
        return d <= 1 || (d <= 2 && min(a.count, b.count) >= 6)
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }

    static func isLatinLetter(_ c: UInt32) -> Bool {
        LintText.isASCIILetter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
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
