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
    /// What the boilerplate phrases and textbook names found count (their lexicon weights summed).
    var boilerplateWeight = 0.0
    var textbookWeight = 0.0
    var template: [String] = []
    var placeholders: [String] = []
    /// The first specific name outside parentheses (one is enough for the no-entity signal).
    var entity: String?
    /// The summary's scalars.
    private var summaryScalars: [UInt32] = []
    /// The title without math and macros (`cleanTitle`).
    private var title = ""
    /// Which title-side signals have been read (`readNames`, `readCoverage`, `readEntity`).
    private(set) var namesRead = false, coverageRead = false, entityRead = false
    /// The summary's eojeols, made for the first of names and coverage that needs them.
    private var eojeols: SummaryEojeols?

    /// Every signal of `record`.
    init(record: Record, resources: LintResources, text: LintRecordText? = nil) {
        self.init(vocabularyOf: record, resources: resources, text: text)
        analyzeTitle(of: record, resources: resources)
    }

    /// Whether a vocabulary signal fired: the verdict needs one, so without it the title side (names,
    /// coverage, entities) need not be read.
    var isGeneric: Bool { !boilerplate.isEmpty || !textbook.isEmpty || template.count >= 2 || !placeholders.isEmpty }

    /// The vocabulary signals only (boilerplate, textbook, template, placeholder); `analyzeTitle`
    /// adds the others.
    init(vocabularyOf record: Record, resources: LintResources, text: LintRecordText? = nil) {
        title = Self.cleanTitle(record.title)
        // the summary is read on scalars only: decoded once (shared with the other rules), then
        // lower-cased and collapsed in one pass
        summaryScalars = (text ?? LintRecordText(record)).summaryScalars
        let collapsed = LintText.lowercasedCollapsingSpaces(summaryScalars)
        // boilerplate, template and textbook vocabulary: one pass of the phrase index over the summary
        let index = resources.phraseIndex
        var found = [Bool](repeating: false, count: resources.textbookBase)
        var spans: [(Int, Int, Int)] = []
        var mayHavePlaceholder = resources.placeholderAlways
        index.forEachMatch(in: collapsed) { id, start in
            if id < resources.textbookBase { found[id] = true; return }
            if id >= resources.placeholderBase { mayHavePlaceholder = true; return }
            let end = start + index.phrases[id].count
            if (start == 0 || !LintText.isASCIIAlnum(collapsed[start - 1])) && (end >= collapsed.count || !LintText.isASCIIAlnum(collapsed[end])) {
                spans.append((start, end, id - resources.textbookBase))
            }
        }
        // the title is lower-cased only when a phrase or name found needs it (most summaries have neither)
        let title = self.title
        var lowered: String?
        func titleLower() -> String {
            if let lowered { return lowered }
            let l = title.lowercased()
            lowered = l
            return l
        }
        var titleWords: [String]?
        for (k, p) in resources.boilerplate.enumerated() where found[k] {
            if !p.excusedBy.isEmpty {
                let words = titleWords ?? Self.titleWords(titleLower())
                titleWords = words
                if p.excusedBy.contains(where: { e in words.contains { $0.hasPrefix(e) } }) { continue }
            }
            boilerplate.append(p.text)
            boilerplateWeight += p.weight
        }
        let names = spans.isEmpty ? [] : Self.textbookNames(spans, titleLower: titleLower(), resources: resources)
        textbook = names.map(\.0)
        textbookWeight = names.reduce(0) { $0 + $1.1 }
        for (k, t) in resources.templateVocabulary.enumerated() where found[resources.templateBase + k] {
            template.append(t)
        }
        // The regexes run only where their required literals were found; then one pass of all the
        // patterns together first, since nearly always none matches.
        if mayHavePlaceholder {
            let summary = record.summaryText
            if resources.placeholderAny?.matches(summary) ?? true {
                for p in resources.placeholderPatterns { if let m = p.firstMatch(in: summary) { placeholders.append(m.text) } }
            }
        }
    }

    /// The runs of ASCII letters and digits of the lower-cased title, as the excuses of boilerplate
    /// phrases read it (characters that are one ASCII letter or digit).
    static func titleWords(_ titleLower: String) -> [String] {
        // an ASCII title without CR (nearly all) is split on bytes: there a character is a byte
        guard titleLower.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return titleLower.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
        }
        return titleLower.utf8.split(whereSeparator: { !LintText.isASCIIAlnum(UInt32($0)) }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Adds the title-side signals: names, coverage of title words, entities.
    mutating func analyzeTitle(of record: Record, resources: LintResources) {
        readNames(resources)
        readCoverage(resources)
        readEntity(resources)
    }

    /// Adds the names of the title and those the summary mentions (as written or transliterated).
    mutating func readNames(_ resources: LintResources) {
        namesRead = true
        // lower-cased exactly as `String.lowercased()`, per scalar
        let lowerScalars = LintText.lowercased(summaryScalars)
        let squeezed = lowerScalars.filter { !Self.isSqueezedOut($0) }
        var hangul = eojeols ?? SummaryEojeols(summaryScalars)
        defer { eojeols = hangul }
        names = Self.nameTokens(title, resources)
        for n in names {
            if Self.nameFound(n, lower: lowerScalars, squeezed: squeezed, resources: resources) {
                namesFound.append(n)
            } else {
                let e = Skeleton.englishCodes(n)
                if e.count >= 4 && hangul.transliterates(e, resources) { namesFound.append(n) }
            }
        }
    }

    /// Adds the title's content words (other than its names: `readNames` first) and whether the
    /// summary renders each.
    mutating func readCoverage(_ resources: LintResources) {
        coverageRead = true
        let latin = SummaryStems(summaryScalars)
        var hangul = eojeols ?? SummaryEojeols(summaryScalars)
        defer { eojeols = hangul }
        var nameParts: Set<String> = []
        for n in names { for p in n.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }) { nameParts.insert(p.lowercased()) } }
        for w in Self.latinWords(title) where w.count >= 3 {
            let l = w.lowercased()
            if resources.titleStopwords.contains(l) || (nameParts.contains(l) && l != "video") { continue }
            let s = Self.stem(w)
            let stem = Array(s.utf8)
            var covered = latin.contains(stem) || (stem.count >= 5 && latin.containsPrefix5(of: stem))
            if !covered {
                let renderings = (resources.renderingOpenings[s] ?? []) + (resources.renderingOpenings[l] ?? [])
                covered = renderings.contains { hangul.opens(with: $0) }
            }
            if !covered {
                let e = Skeleton.englishCodes(w)
                if e.count >= 5 { covered = hangul.transliterates(e, resources) }
            }
            let weight = resources.titleCommonWords.contains(s) || resources.titleCommonWords.contains(l) ? 0.3 : 1.0
            contentWords.append((w, weight, covered))
        }
        // hyphenated compounds read as one loanword (Fact-Checkers → 팩트체커)
        for compound in Self.hyphenCompounds(title) {
            let e = Skeleton.englishCodes(compound)
            guard e.count >= 5 && hangul.transliterates(e, resources) else { continue }
            let parts = Set(compound.split(separator: "-").map { $0.lowercased() })
            for k in contentWords.indices where parts.contains(contentWords[k].word.lowercased()) { contentWords[k].covered = true }
        }
    }

    /// Adds the first specific name of the summary, for the no-entity signal.
    mutating func readEntity(_ resources: LintResources) {
        entityRead = true
        entity = Self.firstEntity(summaryScalars, resources)
    }

    /// The highest score the record can still reach: the signals read so far, and for each title-side
    /// signal not yet read the largest value it can take. Below the threshold, the verdict is known
    /// without reading the rest of the title.
    func bestScore(_ options: RuleOptions) -> Double {
        var best = score(options, details: false).score
        if !namesRead { best += max(0, options.double("weightNameMissing", 1.5), -options.double("weightNameFound", 3)) }
        // coverage is w·(1−c)·k − b·c·k with c, k in [0, 1]
        if !coverageRead { best += max(0, options.double("weightCoverage", 3), -options.double("weightCoverageBonus", 1)) }
        // an entity not yet read counts as missing in `score`: its largest value
        if !entityRead { best += max(0, options.double("weightNoEntity", 1)) - options.double("weightNoEntity", 1) }
        return best
    }

    /// The signals and their sum; `details: false` leaves the details empty, for a score that is only compared.
    func score(_ options: RuleOptions, details: Bool = true) -> Verdict {
        func detail(_ text: @autoclosure () -> String) -> String { details ? text() : "" }
        var signals: [Signal] = []
        if !names.isEmpty {
            if namesFound.isEmpty {
                signals.append(Signal(name: "name-missing", value: options.double("weightNameMissing", 1.5),
                                      detail: detail(names.prefix(3).joined(separator: ", ") + " not in the summary")))
            } else {
                signals.append(Signal(name: "name-found", value: -options.double("weightNameFound", 3), detail: detail(namesFound[0])))
            }
        }
        let total = contentWords.reduce(0) { $0 + $1.weight }
        if total > 0 {
            let coveredWeight = contentWords.filter(\.covered).reduce(0) { $0 + $1.weight }
            let c = coveredWeight / total
            let confidence = min(1, total / 2)
            let value = options.double("weightCoverage", 3) * (1 - c) * confidence - options.double("weightCoverageBonus", 1) * c * confidence
            let found = contentWords.filter(\.covered).count
            signals.append(Signal(name: "coverage", value: value, detail: detail("\(found) of \(contentWords.count) title words rendered")))
        }
        let g = boilerplateWeight + options.double("textbookFactor", 0.5) * textbookWeight
        if g > 0 {
            // a short summary has room for few phrases: the saturation shrinks with its length (one
            // phrase per `boilerplateCharsPerHit` scalars, at least two phrases)
            let perHit = max(1, options.double("boilerplateCharsPerHit", 60))
            let saturation = min(max(1, options.double("boilerplateSaturation", 6)), max(2, Double(summaryScalars.count) / perHit))
            let value = options.double("weightBoilerplate", 5) * min(1, g / saturation)
            signals.append(Signal(name: "boilerplate", value: value, detail: detail((boilerplate.prefix(3) + textbook.prefix(3)).joined(separator: ", "))))
        }
        if template.count >= 2 {
            signals.append(Signal(name: "template", value: options.double("weightTemplate", 4) * min(1, Double(template.count) / 4),
                                  detail: detail(template.prefix(4).joined(separator: ", "))))
        }
        if !placeholders.isEmpty {
            signals.append(Signal(name: "placeholder", value: options.double("weightPlaceholder", 2), detail: placeholders[0]))
        }
        if entity == nil {
            signals.append(Signal(name: "no-entity", value: options.double("weightNoEntity", 1), detail: "no specific model or dataset named"))
        }
        let score = signals.reduce(0) { $0 + $1.value }
        return Verdict(score: score, flagged: isGeneric && score >= options.double("threshold", 5.5), signals: signals)
    }

    // MARK: - title

    /// The title without `$…$` math and `\macros`.
    static func cleanTitle(_ title: String) -> String {
        // nearly every title has neither: it is then its own clean form
        guard title.utf8.contains(where: { $0 == 0x24 || $0 == 0x5C }) else { return title }
        var out = String.UnicodeScalarView()
        var inMath = false
        var it = UTF8Scalars.array(title)
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
        // read on UTF-8: an ASCII letter is one byte, and no byte of another scalar is below 0x80
        let b = Array(text.utf8)
        var words: [String] = []
        var i = 0
        while i < b.count {
            guard LintText.isASCIILetter(UInt32(b[i])) else { i += 1; continue }
            var j = i
            while j < b.count && LintText.isASCIILetter(UInt32(b[j])) { j += 1 }
            words.append(String(decoding: b[i..<j], as: UTF8.self))
            i = j
        }
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

    /// Title tokens (letters, digits, `-`, `.`, `'`, `’`, `+`) that look like a name: a CamelCase step,
    /// two capitals, a letter-digit junction; plus a one-token head before `:`.
    static func nameTokens(_ title: String, _ resources: LintResources) -> [String] {
        // tokens are ranges of the title's scalars: a string is built only for a token that is a name
        let v = title.unicodeScalars.map(\.value)
        var names: [String] = []
        var i = 0
        while i < v.count {
            guard isTokenScalar(v[i]) else { i += 1; continue }
            var j = i
            while j < v.count && isTokenScalar(v[j]) { j += 1 }
            if let t = trimmedToken(v, i..<j), hasNamePart(v, t, resources) {
                let token = LintText.string(v[t])
                if !names.contains(token) { names.append(token) }
            }
            i = j
        }
        if let head = headBeforeColon(title), !head.contains(" "), head.count >= 3, !isCommon(head, resources),
           head.unicodeScalars.contains(where: { LintText.isASCIILetter($0.value) }), !names.contains(head) {
            names.append(head)
        }
        return names
    }

    static func isTokenScalar(_ c: UInt32) -> Bool {
        LintText.isASCIIAlnum(c) || c == 0x2D || c == 0x2E || c == 0x27 || c == 0x2019 || c == 0x2B
    }

    /// The token `v[r]` without trailing `-.'’+`, leading `-.'’` and then a final `'s` or `’s`; nil
    /// when nothing is left.
    static func trimmedToken(_ v: [UInt32], _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo && (v[hi - 1] == 0x2D || v[hi - 1] == 0x2E || v[hi - 1] == 0x27 || v[hi - 1] == 0x2019 || v[hi - 1] == 0x2B) { hi -= 1 }
        while lo < hi && (v[lo] == 0x2D || v[lo] == 0x2E || v[lo] == 0x27 || v[lo] == 0x2019) { lo += 1 }
        if hi - lo >= 2 && v[hi - 1] == 0x73 && (v[hi - 2] == 0x27 || v[hi - 2] == 0x2019) { hi -= 2 }
        return lo < hi ? lo..<hi : nil
    }

    /// Whether a part of the token `v[t]` between `-` and `.` is a name part.
    static func hasNamePart(_ v: [UInt32], _ t: Range<Int>, _ resources: LintResources) -> Bool {
        var start = t.lowerBound
        for k in t.lowerBound...t.upperBound where k == t.upperBound || v[k] == 0x2D || v[k] == 0x2E {
            if k > start && isNamePart(v, start..<k, resources) { return true }
            start = k + 1
        }
        return false
    }

    static func headBeforeColon(_ title: String) -> String? {
        // ASCII titles without CR (nearly all) on bytes: there a Character is a byte
        if title.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return asciiHeadBeforeColon(Array(title.utf8)) }
        let t = title.trimmingCharacters(in: .whitespaces)
        var cut: String.Index?
        if let c = t.firstIndex(of: ":") { cut = c }
        if let d = t.range(of: " - ")?.lowerBound ?? t.range(of: " -- ")?.lowerBound { cut = min(cut ?? d, d) }
        guard let cut else { return nil }
        let head = t[..<cut].trimmingCharacters(in: .whitespaces)
        return head.isEmpty || head.count > 60 ? nil : head
    }

    static func asciiHeadBeforeColon(_ title: [UInt8]) -> String? {
        var lo = 0, hi = title.count
        while lo < hi && (title[lo] == 0x20 || title[lo] == 0x09) { lo += 1 }
        while hi > lo && (title[hi - 1] == 0x20 || title[hi - 1] == 0x09) { hi -= 1 }
        let t = title[lo..<hi]
        func find(_ needle: [UInt8]) -> Int? {
            guard t.count >= needle.count else { return nil }
            return (t.startIndex...(t.endIndex - needle.count)).first { t[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        var cut = t.firstIndex(of: 0x3A)
        if let d = find([0x20, 0x2D, 0x20]) ?? find([0x20, 0x2D, 0x2D, 0x20]) { cut = min(cut ?? d, d) }
        guard var e = cut else { return nil }
        var s = t.startIndex
        while s < e && (t[s] == 0x20 || t[s] == 0x09) { s += 1 }
        while e > s && (t[e - 1] == 0x20 || t[e - 1] == 0x09) { e -= 1 }
        return s == e || e - s > 60 ? nil : String(decoding: t[s..<e], as: UTF8.self)
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
        return isNamePart(v, 0..<v.count, resources)
    }

    /// `isNamePart` on the scalars `v[r]`.
    static func isNamePart(_ v: [UInt32], _ r: Range<Int>, _ resources: LintResources) -> Bool {
        guard r.count >= 3, isShaped(v, r) else { return false }
        let digitsThenLetter = v[r.dropLast()].allSatisfy(LintText.isDigit) && LintText.isASCIILetter(v[r.upperBound - 1])
        // the acronym list last: most parts are already decided by their shape
        return (!digitsThenLetter || r.count >= 4) && !isCommon(LintText.string(v[r]), resources)
    }

    static func hyphenCompounds(_ title: String) -> [String] {
        // a token holds only ASCII letters and `-`: trimmed of `-`, it is a compound when a `-` is left;
        // read on UTF-8, where those are single bytes
        func isPart(_ c: UInt8) -> Bool { LintText.isASCIILetter(UInt32(c)) || c == 0x2D }
        let b = Array(title.utf8)
        var out: [String] = []
        var i = 0
        while i < b.count {
            guard isPart(b[i]) else { i += 1; continue }
            var j = i
            while j < b.count && isPart(b[j]) { j += 1 }
            var lo = i, hi = j
            while lo < hi && b[lo] == 0x2D { lo += 1 }
            while hi > lo && b[hi - 1] == 0x2D { hi -= 1 }
            if b[lo..<hi].contains(0x2D) { out.append(String(decoding: b[lo..<hi], as: UTF8.self)) }
            i = j
        }
        return out
    }

    // MARK: - summary

    /// Scalars dropped before the substring search for long names: space, LF, TAB, `-`, `_`, `.`, `·`.
    static func isSqueezedOut(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x2D || c == 0x5F || c == 0x2E || c == 0xB7
    }

    static func nameFound(_ name: String, lower: [UInt32], squeezed: [UInt32], resources: LintResources) -> Bool {
        let n = name.lowercased().unicodeScalars.map(\.value)
        let nn = n.filter { !isSqueezedOut($0) }
        if nn.count >= 5 && LintText.find(nn, in: squeezed) != nil { return true }
        if boundedFind(n, in: lower, nextMayBeDigit: true) { return true }
        for p in name.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }).map(String.init)
        where p.count >= 3 && isNamePart(p, resources) {
            if boundedFind(p.lowercased().unicodeScalars.map(\.value), in: lower, nextMayBeDigit: true) { return true }
        }
        return false
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

    /// Distinct textbook names among `spans` (start, end, entity index: word-bounded matches in the
    /// summary) that the title does not mention; a match inside a longer match counts once.
    static func textbookNames(_ spans: [(Int, Int, Int)], titleLower: String, resources: LintResources) -> [(String, Double)] {
        guard !spans.isEmpty else { return [] }
        // an ASCII title is searched on scalars; otherwise as before, with Foundation's `contains`
        let titleScalars: [UInt32]? = titleLower.utf8.allSatisfy({ $0 < 0x80 }) ? titleLower.unicodeScalars.map(\.value) : nil
        var mentioned: [Int: Bool] = [:]
        var kept: [(Int, Int, Int)] = []
        for span in spans {
            let k = span.2
            if mentioned[k] == nil {
                let e = resources.textbookEntities[k]
                if let titleScalars, e.utf8.allSatisfy({ $0 < 0x80 }) {
                    mentioned[k] = LintText.find(resources.textbookScalars[k], in: titleScalars) != nil
                } else {
                    mentioned[k] = titleLower.contains(e)
                }
            }
            if mentioned[k] == false { kept.append(span) }
        }
        var names: [String: Double] = [:]
        for (a, b, k) in kept {
            if kept.contains(where: { $0.0 <= a && b <= $0.1 && ($0.1 - $0.0) > (b - a) }) { continue }
            let e = resources.textbookEntities[k]
            let w = k < resources.textbookWeights.count ? resources.textbookWeights[k] : 1
            let name = e.hasSuffix("s") ? String(e.dropLast()) : e
            names[name] = max(names[name] ?? 0, w)
        }
        return names.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The first Latin name outside parentheses that is specific: CamelCase, an acronym, a
    /// letter-digit mix, or a Capitalized word; textbook names and field-wide acronyms do not count.
    static func firstEntity(_ v: [UInt32], _ resources: LintResources) -> String? {
        // read straight from `v`, with no copy whose parentheses are blanked: a token (letters, digits,
        // `-`, `.`) holds no parenthesis, so it lies wholly inside or outside them, and the depth where
        // it starts tells which; the first entity is usually found long before the end
        var depth = 0
        var i = 0
        while i < v.count {
            let c = v[i]
            if c == 0x28 { depth += 1; i += 1; continue }
            if c == 0x29 { depth = max(0, depth - 1); i += 1; continue }
            guard depth == 0, LintText.isASCIIAlnum(c), i == 0 || !LintText.isASCIIAlnum(v[i - 1]) else { i += 1; continue }
            var j = i
            while j < v.count && (LintText.isASCIIAlnum(v[j]) || v[j] == 0x2D || v[j] == 0x2E) { j += 1 }
            var e = j
            while e > i && !LintText.isASCIIAlnum(v[e - 1]) { e -= 1 }
            let start = i
            i = j
            // the token is ASCII: its length in scalars is its length in characters
            guard e - start >= 2 else { continue }
            let capitalized = e - start >= 3 && LintText.isASCIIUpper(v[start]) && LintText.isASCIILower(v[start + 1])
                && LintText.isASCIILower(v[start + 2])
            guard isShaped(v, start..<e) || capitalized else { continue }
            let token = v[start..<e]
            if token.allSatisfy({ LintText.isDigit($0) || $0 == 0x2E || $0 == 0x2D }) { continue }
            let digitsThenUnit = token.prefix { LintText.isDigit($0) || $0 == 0x2E || $0 == 0x2D }.count >= token.count - 2
                && LintText.isDigit(v[start])
            if digitsThenUnit { continue }
            let text = LintText.string(token)
            if isCommon(text, resources) || resources.textbookSet.contains(text.lowercased()) { continue }
            return text
        }
        return nil
    }

    static func isShaped(_ v: [UInt32]) -> Bool { isShaped(v, 0..<v.count) }

    static func isShaped(_ v: [UInt32], _ range: Range<Int>) -> Bool {
        for k in (range.lowerBound + 1)..<max(range.lowerBound + 1, range.upperBound) {
            let a = v[k - 1], b = v[k]
            if (LintText.isASCIILower(a) && LintText.isASCIIUpper(b)) || (LintText.isASCIIUpper(a) && LintText.isASCIIUpper(b))
                || (LintText.isASCIILetter(a) && LintText.isDigit(b)) || (LintText.isDigit(a) && LintText.isASCIILetter(b)) {
                return true
            }
        }
        return false
    }
}

/// The summary's Latin words as `OffTopicAnalysis.stem` gives them (lower-cased, plural stripped),
/// kept in one byte buffer: a title has a handful of words to look up, so no set is built.
struct SummaryStems {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []

    init(_ v: [UInt32]) {
        var i = 0
        while i < v.count {
            guard LintText.isASCIILetter(v[i]) else { i += 1; continue }
            var j = i
            while j < v.count && LintText.isASCIILetter(v[j]) { j += 1 }
            let start = bytes.count
            for k in i..<j { bytes.append(UInt8(LintText.isASCIIUpper(v[k]) ? v[k] + 32 : v[k])) }
            if j - i > 4 {
                let a = bytes[bytes.count - 3], b = bytes[bytes.count - 2], c = bytes[bytes.count - 1]
                if !(b == 0x73 && c == 0x73) && !(b == 0x75 && c == 0x73) {
                    if a == 0x69 && b == 0x65 && c == 0x73 {
                        bytes.removeLast(3)
                        bytes.append(0x79)
                    } else if b == 0x65 && c == 0x73 {
                        bytes.removeLast(2)
                    } else if c == 0x73 {
                        bytes.removeLast()
                    }
                }
            }
            ranges.append(start..<bytes.count)
            i = j
        }
    }

    /// Some summary stem equals `stem`.
    func contains(_ stem: [UInt8]) -> Bool {
        ranges.contains { $0.count == stem.count && bytes[$0].elementsEqual(stem) }
    }

    /// Some summary stem of five letters or more shares the first five letters of `stem`.
    func containsPrefix5(of stem: [UInt8]) -> Bool {
        ranges.contains { $0.count >= 5 && bytes[$0.lowerBound..<($0.lowerBound + 5)].elementsEqual(stem.prefix(5)) }
    }
}

/// The summary's eojeols (runs of Hangul syllables): their openings, for glossary renderings, and
/// the consonant skeletons of their stems, for transliterated loanwords. Skeletons are packed 3 bits
/// a class (`Skeleton.englishCodes`) and computed on the first question.
struct SummaryEojeols {
    let v: [UInt32]
    var runs: [Range<Int>] = []
    private var built = false
    /// Skeletons of up to `packable` classes: packed codes and their lengths; longer ones whole.
    private var codes: [UInt64] = []
    private var lengths: [Int] = []
    private var long: [[UInt8]] = []
    static let packable = 21

    init(_ v: [UInt32]) {
        self.v = v
        var i = 0
        while i < v.count {
            guard LintText.isHangulSyllable(v[i]) else { i += 1; continue }
            var j = i
            while j < v.count && LintText.isHangulSyllable(v[j]) { j += 1 }
            runs.append(i..<j)
            i = j
        }
    }

    /// Some eojeol starts with `rendering` (2–6 syllables, checked at load time).
    func opens(with rendering: [UInt32]) -> Bool {
        guard let first = rendering.first else { return false }
        return runs.contains { r in
            r.count >= rendering.count && v[r.lowerBound] == first && v[r.lowerBound..<(r.lowerBound + rendering.count)].elementsEqual(rendering)
        }
    }

    /// Some stem skeleton equals the English skeleton `e` or extends it by one class (a particle).
    mutating func transliterates(_ e: [UInt8], _ resources: LintResources) -> Bool {
        if !built { build(resources) }
        if e.count <= Self.packable {
            let code = Self.pack(e[...])
            let mask: UInt64 = e.count == 0 ? 0 : (UInt64(1) << UInt64(3 * e.count)) - 1
            for k in codes.indices {
                if (lengths[k] == e.count && codes[k] == code) || (lengths[k] == e.count + 1 && codes[k] & mask == code) { return true }
            }
        }
        return long.contains { $0.count == e.count && $0 == e || ($0.count == e.count + 1 && $0.starts(with: e)) }
    }

    static func pack(_ s: ArraySlice<UInt8>) -> UInt64 {
        var code: UInt64 = 0
        for (k, c) in s.enumerated() { code |= UInt64(c) << UInt64(3 * k) }
        return code
    }

    private mutating func build(_ resources: LintResources) {
        built = true
        var scratch: [UInt8] = []
        for r in runs {
            let stemEnd = Self.stemEnd(v, r, resources)
            scratch.removeAll(keepingCapacity: true)
            for k in r.lowerBound..<stemEnd {
                let index = Int(v[k] - 0xAC00)
                let initial = Skeleton.initialCodes[index / 588]
                if initial != 0 { scratch.append(initial) }
                let final = Skeleton.finalCodes[index % 28]
                if final & 0xFF != 0 { scratch.append(UInt8(final & 0xFF)) }
                if final >> 8 != 0 { scratch.append(UInt8(final >> 8)) }
            }
            guard scratch.count >= 2 else { continue }
            if scratch.count <= Self.packable {
                codes.append(Self.pack(scratch[...]))
                lengths.append(scratch.count)
            } else {
                long.append(scratch)
            }
        }
    }

    /// End of the stem of the eojeol `r`: the longest listed ending is cut when a stem remains
    /// (`OffTopicAnalysis.stemEnd`, with the endings bucketed by their last syllable).
    static func stemEnd(_ v: [UInt32], _ r: Range<Int>, _ resources: LintResources) -> Int {
        let bucket = Int(resources.endingBucketOf.isEmpty ? 0 : resources.endingBucketOf[Int(v[r.upperBound - 1] - 0xAC00)])
        guard bucket != 0 else { return r.upperBound }
        for e in resources.endingBuckets[bucket] where r.count > e.count && v[(r.upperBound - e.count)..<r.upperBound].elementsEqual(e) {
            return r.upperBound - e.count
        }
        return r.upperBound
    }
}
