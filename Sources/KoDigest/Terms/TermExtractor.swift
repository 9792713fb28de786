import Foundation

/// Pass 2: finds the parenthetical glosses of each section, decides their kind, Korean span,
/// English and abbreviation (docs/terms.md §5) and whether the two sides match; sets
/// `record.terms` and each section's `textPlain` (the text without the extracted glosses).
public struct TermExtractor: RecordStage {
    public let name = "terms"
    /// The corpus knowledge the stage was built from (the glossary is built from it too).
    public let knowledge: TermKnowledge

    public init(knowledge: TermKnowledge) {
        self.knowledge = knowledge
    }

    public func process(_ record: inout Record) {
        var terms: [Term] = []
        for (si, section) in record.sections.enumerated() {
            // a section without an opening paren has no gloss, and its plain text is its text
            guard UTF8Scalars.withBytes(section.text, GlossScanner.hasOpen) else {
                record.sections[si].textPlain = section.text
                continue
            }
            let text = UTF8Scalars.array(section.text)
            var removals: [Range<Int>] = []
            var lineStart = 0
            while lineStart <= text.count {
                var lineEnd = lineStart, hasOpen = false
                while lineEnd < text.count && text[lineEnd] != "\n" {
                    hasOpen = hasOpen || GlossScanner.isOpen(text[lineEnd])
                    lineEnd += 1
                }
                defer { lineStart = lineEnd + 1 }
                guard hasOpen else { continue }
                let line = Array(text[lineStart..<lineEnd])
                for g in GlossScanner.groups(line) {
                    let raw = TermText.string(line[(g.open + 1)..<(g.end - 1)])
                    let (window, gap, quoted) = GlossScanner.leftWindow(line, open: g.open, end: g.end)
                    let d = decide(window: window.map(\.text), gap: gap, quoted: quoted, inside: knowledge.inside(raw), record: record.id)
                    guard let kind = d.kind, d.startWord < window.count else { continue }
                    let (match, _) = knowledge.judge(kind: kind, ko: d.ko, en: d.en, abbr: d.abbr, beyond: d.beyond)
                    terms.append(Term(ko: d.ko.isEmpty ? nil : d.ko, en: d.en.isEmpty ? nil : d.en,
                                      abbr: d.abbr.isEmpty ? nil : d.abbr, kind: kind, section: si,
                                      start: lineStart + window[d.startWord].offset, end: lineStart + g.end, match: match))
                    removals.append((lineStart + g.open - gap)..<(lineStart + g.end))
                }
            }
            record.sections[si].textPlain = removals.isEmpty ? section.text : TermExtractor.remove(removals, from: section.text, scalars: text)
        }
        record.terms = terms
    }

    /// `text`, whose scalars are `scalars`, without the scalar ranges `ranges` (in order; they may
    /// overlap). The kept parts are sliced from `text`, so their bytes are copied, not encoded and
    /// validated again.
    static func remove(_ ranges: [Range<Int>], from text: String, scalars: [Unicode.Scalar]) -> String {
        let utf8 = text.utf8
        var scalar = 0, byte = 0
        /// The index of scalar `k`, which is never before the last one asked for.
        func index(_ k: Int) -> String.Index {
            while scalar < k {
                byte += UTF8.width(scalars[scalar])
                scalar += 1
            }
            return utf8.index(utf8.startIndex, offsetBy: byte)
        }
        var out = ""
        out.reserveCapacity(utf8.count)
        var k = 0
        for r in ranges {
            if r.lowerBound > k {
                let from = index(k)
                out += text[from..<index(r.lowerBound)]
            }
            k = max(k, r.upperBound)
        }
        if k < scalars.count { out += text[index(k)...] }
        return out
    }

    /// The decision for one group, from its left window (raw words), the spaces before the paren,
    /// whether the window is a quotation closing at the paren, and the inside.
    func decide(window: [String], gap: Int, quoted: Bool = false, inside I: InsideAnalysis, record: String) -> GlossDecision {
        guard I.isCandidate else { return .other(I.reason) }
        guard let adjRaw = window.last else { return .other("nothing left of the paren") }
        let K = knowledge
        // the plural suffix 들 is part of the word, not a particle (언어 모델들을 → 언어 모델들)
        let stripped = K.strip(adjRaw)
        let plural = stripped.particle.hasPrefix("들") && TermText.hasHangul(stripped.stem)
        let adj = plural ? stripped.stem + "들" : stripped.stem
        var words = window
        words[words.count - 1] = adj
        switch TermKnowledge.numberInLatinRun(words, words.count - 1) ? .latin : TermText.wordClass(adj) {
        case .other:
            return .other("left is not a word")
        case .hangul:
            if I.hasKorean { return .other("Korean on both sides") }
            if TermKnowledge.endsWithClauseEnding(adj) || TermKnowledge.isNumberCounter(adj) {
                return .other("a verb form or a count left of the paren")
            }
            return koreanOutside(words: words, en: I.en, abbr: I.abbr, record: record, quoted: quoted)
        case .latin:
            break
        }
        let run = TermKnowledge.latinRun(words)
        let runStart = words.count - run.count
        if I.hasKorean { return latinOutsideKoreanInside(I, run: run, runStart: runStart, adj: adj) }
        if I.en.isEmpty { return latinOutsideAbbreviationInside(I, words: words, run: run, runStart: runStart, adj: adj) }
        return latinOutsideEnglishInside(I, words: words, run: run, gap: gap, adj: adj, record: record)
    }

    /// A Latin word left of an abbreviation: the long form it ends (Retrieval-Augmented Generation
    /// (RAG)), a mixed long form, a name, or the run's last words.
    func latinOutsideAbbreviationInside(_ I: InsideAnalysis, words: [String], run: [String], runStart: Int, adj: String) -> GlossDecision {
        let K = knowledge
        if EnglishTokens.abbrKey(adj) == EnglishTokens.abbrKey(I.abbr) { return .other("the name repeated") }
        if let lf = Abbreviation.longForm(run: run, short: I.abbr) {
            return GlossDecision(kind: .enEn, en: lf.joined(separator: " "), abbr: I.abbr,
                                 startWord: words.count - lf.count, why: "S-H long form")
        }
        // mixed long form: Korean words before the run give the first letters
        let before = Array(words[..<runStart])
        for m in [1, 2] {
            if before.count < m || !before.suffix(m).allSatisfy({ TermText.wordClass($0) == .hangul }) { break }
            let t = before.suffix(m).compactMap { K.bestEnglish($0).1 }
            if t.count == m {
                let first = Abbreviation.letters(I.abbr).first
                if Abbreviation.matches(short: I.abbr, long: (t + run).joined(separator: " ")),
                   let f = t[0].unicodeScalars.first, f == first {
                    return GlossDecision(kind: .koAbbr, ko: (Array(before.suffix(m)) + run).joined(separator: " "),
                                         abbr: I.abbr, startWord: runStart - m, why: "mixed long form")
                }
            }
        }
        // a run ending in a number (`Progress Prize 2(AIMO-2)`) is a name unless it spells the short form
        if run.count < 2 || TermKnowledge.numberInLatinRun(words, words.count - 1) {
            return .other("Latin word with a non-matching short form")
        }
        let n = min(run.count, Abbreviation.letters(I.abbr).count)
        return GlossDecision(kind: .enEn, en: run.suffix(n).joined(separator: " "), abbr: I.abbr,
                             startWord: words.count - n, why: "no S-H match")
    }

    /// A Latin word left of English: a short form the English expands, a name with a note, or a
    /// mixed Korean and Latin term outside.
    func latinOutsideEnglishInside(_ I: InsideAnalysis, words: [String], run: [String], gap: Int, adj: String, record: String) -> GlossDecision {
        // a short form coined from syllables of its long form (Video Action Differencing(VidDiff),
        // Spherical Linear Interpolation(Slerp)): one capitalised token the words spell
        if I.abbr.isEmpty, TermExtractor.isCoinage(I.en), let lf = Abbreviation.longForm(run: run, short: I.en),
           lf.count >= 2, Abbreviation.initialsScore(short: I.en, words: lf) >= 2 {
            return GlossDecision(kind: .enEn, en: lf.joined(separator: " "), abbr: I.en, startWord: words.count - lf.count,
                                 why: "coined short form")
        }
        if I.abbr.isEmpty, let lf = TermExtractor.longFormKeepingHead(I.en, run: run) {
            return GlossDecision(kind: .enEn, en: lf.joined(separator: " "), abbr: I.en, startWord: words.count - lf.count,
                                 why: "short form keeping its head word")
        }
        if I.abbr.isEmpty && gap == 0 && I.en.unicodeScalars.allSatisfy(TermText.isLower)
            && !Abbreviation.matches(short: adj, long: I.en) {
            return .other("word fragment (GPT-4V(ision))")
        }
        let adjIsAbbr = Abbreviation.isToken(adj)
        if adjIsAbbr && I.abbr.isEmpty && !TermText.trimSpaces(I.en).contains(" ")
            && !Abbreviation.matches(short: adj, long: I.en.replacingOccurrences(of: "-", with: " ")) {
            return .other("one word that does not expand the abbreviation outside")
        }
        let innerWords = Set(I.en.unicodeScalars.split(whereSeparator: { TermText.isSpace($0) || $0 == "-" || $0 == "/" })
            .map { EnglishTokens.abbrKey(TermText.string($0)) })
        // the word outside that ends the English inside is its head, not its abbreviation
        // (이중 확산 U-Net(Dual Diffusion U-Nets)): a mixed term, below
        let outsideKey = EnglishTokens.key(adj)
        let headOutside = !outsideKey.isEmpty && I.enKey.hasSuffix(" " + outsideKey)
        if adjIsAbbr && !headOutside && !innerWords.contains(EnglishTokens.abbrKey(adj))
            && (I.abbr.isEmpty || EnglishTokens.abbrKey(adj) == EnglishTokens.abbrKey(I.abbr)) {
            if TermExtractor.nameLike(adj) && !Abbreviation.matches(short: adj, long: I.en.replacingOccurrences(of: "-", with: " ")) {
                return .other("a model name with a note (GPT-4(All Tools))")
            }
            return GlossDecision(kind: .enEn, en: I.en, abbr: adj, startWord: words.count - 1, why: "abbreviation outside")
        }
        // a mixed Korean/Latin term outside (다중모달 LLM(Multimodal LLM, MLLM))
        if words.count > run.count {
            let d = koreanOutside(words: words, en: I.en, abbr: I.abbr, record: record)
            if d.kind != nil && TermText.hasHangul(d.ko) { return d }
        }
        return .other("Latin on both sides, outside not an abbreviation")
    }

    func koreanOutside(words: [String], en: String, abbr: String, record: String, quoted: Bool = false) -> GlossDecision {
        let K = knowledge
        guard let span = K.koreanSpan(window: words, en: en, abbr: abbr, record: record, quoted: quoted) else {
            return .other("no words")
        }
        func term(_ why: String) -> GlossDecision {
            GlossDecision(kind: en.isEmpty ? .koAbbr : .koEn, ko: span.words.joined(separator: " "), en: en, abbr: abbr,
                          startWord: span.start, beyond: span.how == .grown && span.beyond, why: why)
        }
        // the Latin side inside: the English, else the abbreviation
        let latin = en.isEmpty ? abbr : en
        // a hyphenated name written part by part translates it, however name-like
        if K.rendersPartByPart(span.words, latin) { return term("part by part") }
        if span.evidence == 0 {
            // 학습률(LR): the corpus glosses the words with an English the abbreviation spells
            if en.isEmpty && K.glossedExpansion(span.words, abbr) != nil { return term("glossed expansion") }
            // no word renders the gloss: a name in the parentheses, or an abbreviation whose
            // known expansions the Korean does not translate nor spell out, names an instance
            // (벤치마크(MMLU)); 반지도학습(SSL) spells out an expansion the corpus lacks
            if (en.isEmpty && K.expansion(abbr) != nil && !K.spellsOut(span.words, abbr))
                || TermExtractor.nameLike(latin) {
                return .other("instance name, no translation evidence")
            }
        }
        if en.isEmpty && !abbr.isEmpty && span.how != .reference && TermExtractor.hasLowercaseRun(abbr, 3) && K.expansion(abbr) == nil {
            return .other("name in parentheses, no expansion known")
        }
        if !en.isEmpty && TermExtractor.namesSomething(en) && span.evidence * 3 < 2 * EnglishTokens.tokens(en).count {
            return .other("a named thing in parentheses, the Korean does not render it")
        }
        if !en.isEmpty && span.how != .reference && TermExtractor.isCamelName(en) {
            if span.evidence * 3 < 2 * EnglishTokens.tokens(en).count {
                return .other("name in parentheses, the Korean does not render it")
            }
        }
        return term(span.how.rawValue)
    }

    func latinOutsideKoreanInside(_ I: InsideAnalysis, run: [String], runStart: Int, adj: String) -> GlossDecision {
        if let why = notAKoreanGloss(I, run: run, adj: adj) { return .other(why) }
        if !I.en.isEmpty {
            if Abbreviation.isToken(adj) {
                return GlossDecision(kind: .abbrKoEn, ko: I.ko, en: I.en, abbr: adj, startWord: runStart + run.count - 1,
                                     why: "abbreviation outside")
            }
            let n = min(4, run.count)
            return GlossDecision(kind: .enKo, ko: I.ko, en: run.suffix(n).joined(separator: " "),
                                 startWord: runStart + run.count - n, why: "Latin outside")
        }
        var n = run.count
        if n > 4 { n = max(1, I.ko.split(separator: " ").count) }
        // an abbreviation whose expansion the Korean renders is the term alone: Open-weights
        // LVLM(대규모 비전-랭귀지 모델) glosses LVLM
        if n > 1 && Abbreviation.isToken(adj), let x = knowledge.expansion(adj),
           !knowledge.link(I.ko.split(separator: " ").map(String.init), knowledge.englishOrder(x)).allTokens.isEmpty {
            n = 1
        }
        n = min(n, run.count)
        let t = Array(run.suffix(n))
        var d = GlossDecision(kind: .enKo, ko: I.ko, startWord: runStart + run.count - n, why: "Latin outside, Korean inside")
        if t.count == 1 && Abbreviation.isToken(t[0]) {
            if I.abbr.isEmpty { d.abbr = t[0] } else { d.abbr = I.abbr; d.en = t[0] }
        } else {
            d.en = t.joined(separator: " ")
            d.abbr = I.abbr
        }
        return d
    }

    /// Korean inside after a Latin term that does not translate it: a count (175B+ 매개변수), a
    /// single letter outside, or, when no Korean word renders the outside term, an explanation
    /// with particles, Latin words inside or a numbered name outside (Kinetics-600(비디오)).
    func notAKoreanGloss(_ I: InsideAnalysis, run: [String], adj: String) -> String? {
        let K = knowledge
        if I.ko.unicodeScalars.contains(where: TermText.isDigit) { return "a number inside" }
        if UTF8Scalars.count(adj) < 2 { return "a single letter outside" }
        // FIRE(FIRE 데이터셋 및 평가 시스템): an inside that names the outside describes it
        if I.ko.split(separator: " ").contains(where: { EnglishTokens.abbrKey(String($0)) == EnglishTokens.abbrKey(adj) }) {
            return "the name repeated inside"
        }
        let kw = I.ko.split(separator: " ").map(String.init)
        let target = !I.en.isEmpty ? I.en : run.suffix(4).joined(separator: " ")
        var E = target.isEmpty ? [] : K.englishOrder(target)
        if Abbreviation.isToken(adj) && I.en.isEmpty, let x = K.expansion(adj) { E += K.englishOrder(x) }
        if !E.isEmpty && !K.link(kw, E).allTokens.isEmpty { return nil }
        for w in kw where TermText.hasHangul(w) {
            if K.status(w) == .boundary || TermKnowledge.isLongGenitive(w) {
                return "an explanation inside"
            }
        }
        if TermText.hasLatin(I.ko) { return "Latin words inside, none rendering the outside" }
        if adj.unicodeScalars.contains(where: TermText.isDigit) { return "a description of a numbered name" }
        return nil
    }

    /// One token with a digit, letters and `-`/`.`, or with `-` and mixed case: GPT-3.5, Q-Align.
    /// A model, dataset, benchmark or label rather than a term: a mixed-case coinage inside a word
    /// (`InternVL`, `WildLMa-Skill`, `VideoRefer-BenchQ`: a capital, lowercase letters, a capital) or a
    /// word followed by a number or version (`Stage 2`, `InternVL 1.5`, `Gemini 2.5 Pro`).
    static func namesSomething(_ s: String) -> Bool {
        // on UTF-8 bytes: every test is on ASCII, and a non-ASCII scalar is "something else"
        // whether it is seen as one scalar or as several bytes
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        /// `2`, `2.5`, `v1`, `V0.1`; with `marked`, only a number after a v.
        func isVersion(_ w: some Collection<UInt8>, marked: Bool) -> Bool {
            let hasV = w.first == UInt8(ascii: "v") || w.first == UInt8(ascii: "V")
            let body = hasV ? w.dropFirst() : w[...]
            guard hasV || !marked, let f = body.first, isDigit(f) else { return false }
            return body.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") }
        }
        let words = s.utf8.split(separator: 0x20)
        // a number or version after a word: the last word (`Stage 2`) or one before an edition (`Gemini 2.5 Pro`)
        for (k, word) in words.enumerated().dropFirst() where words[..<k].contains(where: { $0.contains(where: { isUpper($0) || isLower($0) }) }) {
            if isVersion(word, marked: false) { return true }
        }
        // a release after a hyphen (`lettucedetect-large-v1`)
        if words.contains(where: { $0.split(separator: UInt8(ascii: "-")).dropFirst().contains { isVersion($0, marked: true) } }) {
            return true
        }
        // a capital, two lowercase letters or more, a capital; expansions that mark their
        // acronym letters (`Self-Play fIne-tuNing`) have more words and capitals after lowercase starts
        guard words.count <= 2 else { return false }
        for w in words {
            var lowerRun = 0, afterCapital = false
            for c in w {
                if isUpper(c) {
                    if afterCapital && lowerRun >= 2 { return true }
                    afterCapital = true
                    lowerRun = 0
                } else if isLower(c) {
                    lowerRun += 1
                } else {
                    afterCapital = false
                    lowerRun = 0
                }
            }
        }
        return false
    }

    static func nameLike(_ s: String) -> Bool {
        let t = TermText.trimSpaces(s)
        if t.contains(" ") { return false }
        let sc = UTF8Scalars.array(t)
        let hasDigit = sc.contains(where: TermText.isDigit)
        let hasDash = sc.contains("-")
        if hasDigit && hasLetterPair(sc) && (hasDash || sc.contains(".")) { return true }
        // Q-Align, Video-VAE; a capital that only starts the word is a sentence's (Over-smoothing)
        if hasDash && sc.contains(where: TermText.isLower) && sc.dropFirst().contains(where: TermText.isUpper) { return true }
        return false
    }

    private static func hasLetterPair(_ sc: [Unicode.Scalar]) -> Bool {
        for i in 0..<max(0, sc.count - 1) where TermText.isLatin(sc[i]) && TermText.isLatin(sc[i + 1]) { return true }
        return false
    }

    static func hasLowercaseRun(_ s: String, _ n: Int) -> Bool {
        var run = 0
        for c in s.unicodeScalars {
            run = TermText.isLower(c) ? run + 1 : 0
            if run >= n { return true }
        }
        return false
    }

    /// The long form of a short form that keeps the long form's last words (Symbolic Music Scaling
    /// Law (SMS Law), Temporal Difference Learning (TD Learning)): the abbreviation spells the run's
    /// words before them.
    static func longFormKeepingHead(_ inside: String, run: [String]) -> [String]? {
        let parts = inside.split(separator: " ").map(String.init)
        guard parts.count >= 2, Abbreviation.isToken(parts[0]), run.count > parts.count else { return nil }
        let head = parts.dropFirst()
        guard head.allSatisfy({ !Abbreviation.isToken($0) }),
              zip(run.suffix(head.count), head).allSatisfy({ $0.lowercased() == $1.lowercased() }),
              let lf = Abbreviation.longForm(run: Array(run.dropLast(head.count)), short: parts[0]), lf.count >= 2
        else { return nil }
        return lf + head
    }

    /// VidDiff, Slerp: one word of 3 to 12 letters, a capital first, lowercase letters after it.
    static func isCoinage(_ s: String) -> Bool {
        let sc = UTF8Scalars.array(s)
        guard (3...12).contains(sc.count), let f = sc.first, TermText.isUpper(f) else { return false }
        return sc.allSatisfy(TermText.isLatin) && sc.dropFirst().contains(where: TermText.isLower)
    }

    /// LongVideoBench, OmniEditor: capitalised parts run together.
    static func isCamelName(_ s: String) -> Bool {
        let sc = UTF8Scalars.array(s)
        guard let f = sc.first, TermText.isUpper(f) else { return false }
        var parts = 0, i = 0
        while i < sc.count {
            guard TermText.isUpper(sc[i]) else { return false }
            var j = i + 1
            let lowerStart = j
            while j < sc.count && (TermText.isLower(sc[j]) || (parts > 0 && TermText.isDigit(sc[j]))) { j += 1 }
            if j == lowerStart { return false }
            // the first part is [A-Z][a-z]+, later parts [A-Z][a-z0-9]+
            if parts == 0 && sc[lowerStart..<j].contains(where: TermText.isDigit) { return false }
            parts += 1
            i = j
        }
        return parts >= 2
    }
}
