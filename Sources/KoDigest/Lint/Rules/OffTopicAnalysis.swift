import Foundation

/// The signals of one record, computed once.
struct OffTopicAnalysis {
    struct Signal {
        var name: String
        var value: Double
        var detail: String
    }

    struct Verdict {
        var score: Double
        var flagged: Bool
        var signals: [Signal]
    }

    var names: [String] = []
    var namesFound: [String] = []
    var contentWords: [(word: String, weight: Double, covered: Bool)] = []
    var boilerplate: [String] = []
    var textbook: [String] = []
    var template: [String] = []
    var placeholders: [String] = []
    var entities: [String] = []

    init(record: Record, resources: LintResources) {
        let title = Self.cleanTitle(record.title)
        let summary = record.summaryText
        let summaryScalars = summary.unicodeScalars.map(\.value)
        let lower = summary.lowercased()
        let lowerScalars = lower.unicodeScalars.map(\.value)
        let collapsed = LintText.collapseSpaces(lower).unicodeScalars.map(\.value)
        let squeezed = lowerScalars.filter { !Self.squeezedOut.contains($0) }
        var latin: Set<String> = [], latin5: Set<String> = []
        for w in Self.latinWords(summary) {
            let s = Self.stem(w)
            latin.insert(s)
            if s.count >= 5 { latin5.insert(String(s.prefix(5))) }
        }
        // Hangul eojeols: their openings (for glossary renderings) and the consonant skeletons of
        // their stems (for transliterated loanwords), read straight from the jamo
        var openings: Set<String> = []
        var skeletons: Set<String> = []
        var i = 0
        while i < summaryScalars.count {
            guard LintText.isHangulSyllable(summaryScalars[i]) else { i += 1; continue }
            var j = i
            while j < summaryScalars.count && LintText.isHangulSyllable(summaryScalars[j]) { j += 1 }
            for n in 2...max(2, min(6, j - i)) where n <= j - i { openings.insert(LintText.string(summaryScalars, i, i + n)) }
            let stemEnd = Self.stemEnd(summaryScalars, i, j, resources.endingScalars)
            let k = Skeleton.hangul(summaryScalars[i..<stemEnd])
            if k.count >= 2 { skeletons.insert(k) }
            i = j
        }
        func transliterates(_ word: String) -> Bool {
            let e = Skeleton.english(word)
            return skeletons.contains { $0 == e || ($0.hasPrefix(e) && $0.count - e.count <= 1) }
        }
        // names
        names = Self.nameTokens(title, resources)
        for n in names {
            if Self.nameFound(n, lower: lowerScalars, squeezed: squeezed, resources: resources)
                || (Skeleton.english(n).count >= 4 && transliterates(n)) {
                namesFound.append(n)
            }
        }
        // content words
        var nameParts: Set<String> = []
        for n in names { for p in n.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }) { nameParts.insert(p.lowercased()) } }
        for w in Self.latinWords(title) where w.count >= 3 {
            let l = w.lowercased()
            if resources.titleStopwords.contains(l) || (nameParts.contains(l) && l != "video") { continue }
            let s = Self.stem(w)
            var covered = latin.contains(s) || (s.count >= 5 && latin5.contains(String(s.prefix(5))))
            if !covered {
                let renderings = (resources.englishToKorean[s] ?? []) + (resources.englishToKorean[l] ?? [])
                covered = renderings.contains { openings.contains($0) }
            }
            if !covered && Skeleton.english(w).count >= 5 { covered = transliterates(w) }
            let weight = resources.titleCommonWords.contains(s) || resources.titleCommonWords.contains(l) ? 0.3 : 1.0
            contentWords.append((w, weight, covered))
        }
        // hyphenated compounds read as one loanword (Fact-Checkers → 팩트체커)
        for compound in Self.hyphenCompounds(title) where Skeleton.english(compound).count >= 5 && transliterates(compound) {
            let parts = Set(compound.split(separator: "-").map { $0.lowercased() })
            for k in contentWords.indices where parts.contains(contentWords[k].word.lowercased()) { contentWords[k].covered = true }
        }
        // boilerplate and textbook vocabulary
        let titleLower = title.lowercased()
        let titleWords = titleLower.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
        for (k, p) in resources.boilerplate.enumerated() where LintText.find(resources.boilerplateScalars[k], in: collapsed) != nil {
            if p.excusedBy.contains(where: { e in titleWords.contains { $0.hasPrefix(e) } }) { continue }
            boilerplate.append(p.text)
        }
        textbook = Self.textbookNames(collapsed, titleLower: titleLower, resources: resources)
        for (k, t) in resources.templateVocabulary.enumerated() where LintText.find(resources.templateScalars[k], in: collapsed) != nil {
            template.append(t)
        }
        if Self.mayHavePlaceholder(summaryScalars) {
            for p in resources.placeholderPatterns { if let m = p.firstMatch(in: summary) { placeholders.append(m.text) } }
        }
        entities = Self.entities(summaryScalars, resources)
    }

    func score(_ options: RuleOptions) -> Verdict {
        var signals: [Signal] = []
        if !names.isEmpty {
            if namesFound.isEmpty {
                signals.append(Signal(name: "name-missing", value: options.double("weightNameMissing", 1.5),
                                      detail: names.prefix(3).joined(separator: ", ") + " not in the summary"))
            } else {
                signals.append(Signal(name: "name-found", value: -options.double("weightNameFound", 3), detail: namesFound[0]))
            }
        }
        let total = contentWords.reduce(0) { $0 + $1.weight }
        if total > 0 {
            let coveredWeight = contentWords.filter(\.covered).reduce(0) { $0 + $1.weight }
            let c = coveredWeight / total
            let confidence = min(1, total / 2)
            let value = options.double("weightCoverage", 3) * (1 - c) * confidence - options.double("weightCoverageBonus", 1) * c * confidence
            let found = contentWords.filter(\.covered).count
            signals.append(Signal(name: "coverage", value: value, detail: "\(found) of \(contentWords.count) title words rendered"))
        }
        let g = Double(boilerplate.count) + options.double("textbookFactor", 0.5) * Double(textbook.count)
        if g > 0 {
            let value = options.double("weightBoilerplate", 5) * min(1, g / max(1, options.double("boilerplateSaturation", 6)))
            let shown = (boilerplate.prefix(3) + textbook.prefix(3)).joined(separator: ", ")
            signals.append(Signal(name: "boilerplate", value: value, detail: shown))
        }
        if template.count >= 2 {
            signals.append(Signal(name: "template", value: options.double("weightTemplate", 4) * min(1, Double(template.count) / 4),
                                  detail: template.prefix(4).joined(separator: ", ")))
        }
        if !placeholders.isEmpty {
            signals.append(Signal(name: "placeholder", value: options.double("weightPlaceholder", 2), detail: placeholders[0]))
        }
        if entities.isEmpty {
            signals.append(Signal(name: "no-entity", value: options.double("weightNoEntity", 1), detail: "no specific model or dataset named"))
        }
        let score = signals.reduce(0) { $0 + $1.value }
        let generic = !boilerplate.isEmpty || !textbook.isEmpty || template.count >= 2 || !placeholders.isEmpty
        return Verdict(score: score, flagged: generic && score >= options.double("threshold", 5.5), signals: signals)
    }

    // MARK: - title

    /// The title without `$…$` math and `\macros`.
    static func cleanTitle(_ title: String) -> String {
        var out = String.UnicodeScalarView()
        var inMath = false
        var it = Array(title.unicodeScalars)
        var i = 0
        while i < it.count {
            let c = it[i]
            if c == "$" { inMath.toggle(); out.append(" "); i += 1; continue }
            if inMath { i += 1; continue }
            if c == "\\" {
                i += 1
                while i < it.count && LintText.isASCIILetter(it[i].value) { i += 1 }
                out.append(" ")
                continue
            }
            out.append(c)
            i += 1
        }
        it = []
        return String(out)
    }

    /// Runs of ASCII letters.
    static func latinWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if LintText.isASCIILetter(s.value) { current.append(s) } else if !current.isEmpty { words.append(String(current)); current = .init() }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Lower-cased, plural stripped (`ies`→`y`, `es`, `s`) when longer than four letters.
    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        guard w.count > 4, !w.hasSuffix("ss"), !w.hasSuffix("us") else { return w }
        if w.hasSuffix("ies") { w.removeLast(3); return w + "y" }
        if w.hasSuffix("es") { w.removeLast(2); return w }
        if w.hasSuffix("s") { w.removeLast() }
        return w
    }

    /// Title tokens (letters, digits, `-`, `.`, `'`, `+`) that look like a name: a CamelCase step, two
    /// capitals, a letter-digit junction; plus a one-token head before `:`.
    static func nameTokens(_ title: String, _ resources: LintResources) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            var t = String(current)
            current = .init()
            while let l = t.unicodeScalars.last, "-.'’+".unicodeScalars.contains(l) { t.unicodeScalars.removeLast() }
            while let f = t.unicodeScalars.first, "-.'’".unicodeScalars.contains(f) { t.unicodeScalars.removeFirst() }
            if t.hasSuffix("'s") || t.hasSuffix("’s") { t.unicodeScalars.removeLast(2) }
            if !t.isEmpty { tokens.append(t) }
        }
        for s in title.unicodeScalars {
            if LintText.isASCIIAlnum(s.value) || "-.'’+".unicodeScalars.contains(s) { current.append(s) } else { flush() }
        }
        flush()
        var names: [String] = []
        for t in tokens {
            let parts = t.split(whereSeparator: { $0 == "-" || $0 == "." }).map(String.init)
            if parts.contains(where: { isNamePart($0, resources) }) && !names.contains(t) { names.append(t) }
        }
        if let head = headBeforeColon(title), !head.contains(" "), head.count >= 3, !isCommon(head, resources),
           head.unicodeScalars.contains(where: { LintText.isASCIILetter($0.value) }), !names.contains(head) {
            names.append(head)
        }
        return names
    }

    static func headBeforeColon(_ title: String) -> String? {
        let t = title.trimmingCharacters(in: .whitespaces)
        var cut: String.Index?
        if let c = t.firstIndex(of: ":") { cut = c }
        if let d = t.range(of: " - ")?.lowerBound ?? t.range(of: " -- ")?.lowerBound { cut = min(cut ?? d, d) }
        guard let cut else { return nil }
        let head = t[..<cut].trimmingCharacters(in: .whitespaces)
        return head.isEmpty || head.count > 60 ? nil : head
    }

    static func isCommon(_ token: String, _ resources: LintResources) -> Bool {
        var l = token.lowercased()
        if resources.commonAcronyms.contains(l) { return true }
        if l.hasSuffix("s") { l.removeLast(); if resources.commonAcronyms.contains(l) { return true } }
        return false
    }

    /// A CamelCase step, two capitals in a row, or a letter–digit junction; not a field-wide acronym;
    /// short forms such as `7B`, `R1` do not count.
    static func isNamePart(_ part: String, _ resources: LintResources) -> Bool {
        let v = part.unicodeScalars.map(\.value)
        guard v.count >= 2, !isCommon(part, resources) else { return false }
        var shaped = false
        for k in 1..<v.count {
            let a = v[k - 1], b = v[k]
            if (LintText.isASCIILower(a) && LintText.isASCIIUpper(b)) || (LintText.isASCIIUpper(a) && LintText.isASCIIUpper(b))
                || (LintText.isASCIILetter(a) && LintText.isDigit(b)) || (LintText.isDigit(a) && LintText.isASCIILetter(b)) {
                shaped = true
                break
            }
        }
        guard shaped else { return false }
        if v.count < 3 { return false }
        let digitsThenLetter = v.dropLast().allSatisfy(LintText.isDigit) && LintText.isASCIILetter(v[v.count - 1])
        return !digitsThenLetter || v.count >= 4
    }

    static func hyphenCompounds(_ title: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            let t = String(current).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            if t.contains("-") && t.split(separator: "-").allSatisfy({ $0.allSatisfy(\.isLetter) }) { out.append(t) }
            current = .init()
        }
        for s in title.unicodeScalars {
            if LintText.isASCIILetter(s.value) || s == "-" { current.append(s) } else { flush() }
        }
        flush()
        return out
    }

    // MARK: - summary

    static let squeezedOut: Set<UInt32> = Set(" \n\t-_.·".unicodeScalars.map(\.value))

    static func nameFound(_ name: String, lower: [UInt32], squeezed: [UInt32], resources: LintResources) -> Bool {
        let n = name.lowercased().unicodeScalars.map(\.value)
        let nn = n.filter { !squeezedOut.contains($0) }
        if nn.count >= 5 && LintText.find(nn, in: squeezed) != nil { return true }
        if boundedFind(n, in: lower, nextMayBeDigit: true) { return true }
        for p in name.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }).map(String.init)
        where p.count >= 3 && isNamePart(p, resources) {
            if boundedFind(p.lowercased().unicodeScalars.map(\.value), in: lower, nextMayBeDigit: true) { return true }
        }
        return false
    }

    /// Only summaries with X, Y, Z, `ABC`, `Foo` or `[` can match a placeholder pattern; the regular
    /// expressions run on those alone.
    static func mayHavePlaceholder(_ v: [UInt32]) -> Bool {
        v.contains { $0 == 0x58 || $0 == 0x59 || $0 == 0x5A || $0 == 0x5B }
            || LintText.find([0x41, 0x42, 0x43], in: v) != nil || LintText.find([0x46, 0x6F, 0x6F], in: v) != nil
    }

    /// `needle` occurs with no ASCII letter or digit before it and no ASCII letter after it.
    static func boundedFind(_ needle: [UInt32], in hay: [UInt32], nextMayBeDigit: Bool) -> Bool {
        var from = 0
        while let i = LintText.find(needle, in: hay, from: from) {
            let beforeOK = i == 0 || !LintText.isASCIIAlnum(hay[i - 1])
            let j = i + needle.count
            let afterOK = j >= hay.count || !(LintText.isASCIILetter(hay[j]) || (!nextMayBeDigit && LintText.isDigit(hay[j])))
            if beforeOK && afterOK { return true }
            from = i + 1
        }
        return false
    }

    /// End of the stem of the eojeol `v[start..<end]`: the longest listed ending is cut when a stem remains.
    static func stemEnd(_ v: [UInt32], _ start: Int, _ end: Int, _ endings: [[UInt32]]) -> Int {
        let n = end - start
        for e in endings where n > e.count && v[(end - e.count)..<end].elementsEqual(e) { return end - e.count }
        return end
    }

    /// Distinct textbook names in the summary that the title does not mention; a match inside a
    /// longer match counts once.
    static func textbookNames(_ hay: [UInt32], titleLower: String, resources: LintResources) -> [String] {
        var spans: [(Int, Int, String)] = []
        for (k, e) in resources.textbookEntities.enumerated() where !titleLower.contains(e) {
            let needle = resources.textbookScalars[k]
            var from = 0
            while let i = LintText.find(needle, in: hay, from: from) {
                let j = i + needle.count
                if (i == 0 || !LintText.isASCIIAlnum(hay[i - 1])) && (j >= hay.count || !LintText.isASCIIAlnum(hay[j])) {
                    spans.append((i, j, e))
                }
                from = i + 1
            }
        }
        var names: Set<String> = []
        for (a, b, e) in spans {
            if spans.contains(where: { $0.0 <= a && b <= $0.1 && ($0.1 - $0.0) > (b - a) }) { continue }
            names.insert(e.hasSuffix("s") ? String(e.dropLast()) : e)
        }
        return names.sorted()
    }

    /// Latin names outside parentheses that are specific: CamelCase, acronyms, letter-digit mixes, or
    /// Capitalized words; textbook names and field-wide acronyms do not count.
    static func entities(_ v: [UInt32], _ resources: LintResources) -> [String] {
        var depth = 0
        var outside: [UInt32] = []
        for c in v {
            if c == 0x28 { depth += 1; outside.append(0x20); continue }
            if c == 0x29 { depth = max(0, depth - 1); outside.append(0x20); continue }
            outside.append(depth == 0 ? c : 0x20)
        }
        let textbook = Set(resources.textbookEntities)
        var found: [String] = []
        var i = 0
        while i < outside.count {
            guard LintText.isASCIIAlnum(outside[i]), i == 0 || !LintText.isASCIIAlnum(outside[i - 1]) else { i += 1; continue }
            var j = i
            while j < outside.count && (LintText.isASCIIAlnum(outside[j]) || outside[j] == 0x2D || outside[j] == 0x2E) { j += 1 }
            var e = j
            while e > i && !LintText.isASCIIAlnum(outside[e - 1]) { e -= 1 }
            let token = LintText.string(outside, i, e)
            i = j
            guard token.count >= 2 else { continue }
            let v2 = token.unicodeScalars.map(\.value)
            let capitalized = v2.count >= 3 && LintText.isASCIIUpper(v2[0]) && LintText.isASCIILower(v2[1]) && LintText.isASCIILower(v2[2])
            guard isShaped(v2) || capitalized else { continue }
            if isCommon(token, resources) || textbook.contains(token.lowercased()) { continue }
            if v2.allSatisfy({ LintText.isDigit($0) || $0 == 0x2E || $0 == 0x2D }) { continue }
            let digitsThenUnit = v2.prefix { LintText.isDigit($0) || $0 == 0x2E || $0 == 0x2D }.count >= v2.count - 2
                && LintText.isDigit(v2[0])
            if digitsThenUnit { continue }
            found.append(token)
        }
        return found
    }

    static func isShaped(_ v: [UInt32]) -> Bool {
        for k in 1..<max(1, v.count) {
            let a = v[k - 1], b = v[k]
            if (LintText.isASCIILower(a) && LintText.isASCIIUpper(b)) || (LintText.isASCIIUpper(a) && LintText.isASCIIUpper(b))
                || (LintText.isASCIILetter(a) && LintText.isDigit(b)) || (LintText.isDigit(a) && LintText.isASCIILetter(b)) {
                return true
            }
        }
        return false
    }
}
