/// Cutting the Korean span of a gloss (docs/terms.md §4).
extension TermKnowledge {
    /// A particle other than 들 or …의, a clause ending, a counter or the copula marks the word's end.
    func marked(_ w: String) -> Bool {
        let p = strip(w).particle
        return (!p.isEmpty && p != "들" && !p.hasSuffix("의")) || TermKnowledge.endsWithClauseEnding(w)
            || TermKnowledge.isNumberCounter(w) || isCopulaForm(w)
    }

    /// The connectives of an English term that Korean writes with words or particles of its own:
    /// `and`/`or`/`&` (및, 또는, X과) and `to` (X에서 Y로).
    struct Connectives {
        /// `and`, `or`, `&`; a hyphen (`Vision-Language`, 시각 및 언어) may pair words too.
        var coordinates = false, pairs = false, directs = false

        init(_ en: String) {
            let tokens = EnglishTokens.tokens(en, keepStop: true)
            coordinates = en.contains("&") || tokens.contains { $0 == "and" || $0 == "or" }
            pairs = en.contains("-")
            directs = tokens.contains("to")
        }
    }

    static let coordinators = ["및", "그리고", "또는", "혹은"]
    static let coordinatingParticles = ["와", "과"]
    static let directionParticles = ["로", "으로", "로의", "으로의"]

    /// Where the left part of a coordination or direction ending at word `i` starts, when it renders
    /// part of the English: `i - 1` for a coordinator word (활용 및) or a linked source before a
    /// linked goal (이미지에서 비디오로), `i` for a linked word ending in a coordinating particle (정렬과).
    /// The Korean is tested first: few words carry a connective, and only they need the English's.
    func connectedStart(_ words: [String], _ i: Int, _ links: TermLinks, english: String) -> Int? {
        let w = words[i]
        if TermKnowledge.coordinators.contains(w) {
            guard i >= 1 && links.has(i - 1) && !marked(words[i - 1]) else { return nil }
            let c = Connectives(english)
            return c.coordinates || c.pairs ? i - 1 : nil
        }
        guard links.has(i) else { return nil }
        let particle = strip(w).particle
        if TermKnowledge.coordinatingParticles.contains(particle) {
            return Connectives(english).coordinates ? i : nil
        }
        if TermKnowledge.directionParticles.contains(particle)
            && i >= 1 && links.has(i - 1) && strip(words[i - 1]).particle == "에서" {
            return Connectives(english).directs ? i - 1 : nil
        }
        return nil
    }

    /// A word of three syllables or more ending in 의: a noun with the genitive particle (모델의,
    /// 수준의), where 주의 and 정의 are nouns.
    static func isLongGenitive(_ w: String) -> Bool { TermText.hasSuffix(w, "의") && UTF8Scalars.count(w) >= 3 }

    /// Counters that follow a number word (네 번째, 세 개의), and the English words that count.
    static let counters = ["번째", "개의"]
    static let countWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "first", "second", "third", "few", "several", "multiple", "dual", "single"]

    static func isCounter(_ w: String) -> Bool { counters.contains { WordKey.same($0, w) } }

    /// A demonstrative with a particle (이는, 이를, 그에, 이러한, 이것은): it refers back to an
    /// earlier sentence and is never part of a term.
    func isDemonstrative(_ w: String) -> Bool {
        // the first scalar is looked at before anything is allocated: nearly every word fails there
        guard let first = w.unicodeScalars.first, first == "이" || first == "그" || first == "저" else { return false }
        let rest = String(w.unicodeScalars.dropFirst())
        return !rest.isEmpty && (stripper.particles.contains(rest) || ["러한", "런", "렇게", "것은", "것을", "것이", "것의"].contains(rest))
    }

    /// A Korean form without spaces and hyphens, for comparing spacing variants.
    static func compactForm(_ s: String) -> String {
        TermText.string(s.unicodeScalars.filter { $0 != " " && $0 != "-" })
    }

    /// Cuts the Korean span for a gloss whose left window is `window` (last word particle-stripped);
    /// a `quoted` window is a quotation closing at the paren.
    func koreanSpan(window: [String], en: String, abbr: String, record: String, quoted: Bool = false) -> KoreanSpan? {
        var k = window.count
        while k > 0 && TermText.wordClass(window[k - 1]) != .other && !isDemonstrative(window[k - 1]) { k -= 1 }
        let words = Array(window[k...])
        let offset = k
        guard !words.isEmpty else { return nil }
        let n = words.count
        if let best = referenceSpan(words, en: en, abbr: abbr) {
            return KoreanSpan(start: offset + n - best.count, words: best, evidence: best.count, how: .reference, beyond: false)
        }
        var growth = SpanGrowth(self, words: words, en: en, abbr: abbr, record: record)
        growth.grow()
        let links = growth.links, evidence = growth.evidence
        let span = completed(growth.span, of: words, links: links)
        // the writer marked the term: a short quotation of noun-phrase words is taken whole; a
        // case-marked word before a bridge word joins nouns (피드백을 통한 강화학습)
        if quoted && offset == 0 && span.count < n && n <= TermKnowledge.quotedMax
            && !(0..<(n - 1)).contains(where: { i in
                (marked(words[i]) || caseMarked(words[i])) && !TermKnowledge.isBridgeWord(words[i + 1]) }) {
            return KoreanSpan(start: 0, words: words, evidence: evidence, how: .quoted, beyond: false)
        }
        let stop = n - span.count - 1
        let beyond = stop >= 1 && status(words[stop]) != .boundary && (max(0, stop - 2)..<stop).contains { links.has($0) }
        return KoreanSpan(start: offset + n - span.count, words: span, evidence: evidence, how: .grown, beyond: beyond)
    }

    /// Step 1 (docs/terms.md §4), the curated reference: the longest known rendering that ends
    /// `words`, also when it is spaced or hyphenated differently (피드 포워드 네트워크 for 피드포워드
    /// 네트워크). An entry found by the abbreviation alone renders less than a longer English
    /// (Mathematical Large Language Models; LLMs): then there is none, and the span grows.
    private func referenceSpan(_ words: [String], en: String, abbr: String) -> [String]? {
        guard let entry = referenceEntry(en: en, abbr: abbr), en.isEmpty || reference.entry(forEnglish: en) != nil else { return nil }
        let n = words.count
        var best: [String]? = nil
        let compactForms = Set(entry.forms.map { WordKey(TermKnowledge.compactForm($0)) })
        var joined = ""
        for L in 1...min(n, 6) {
            joined = TermKnowledge.compactForm(words[n - L]) + joined
            if compactForms.contains(WordKey(joined)) { best = Array(words.suffix(L)) }
        }
        return best
    }

    /// Step 6, after growth: the span that ends `words` takes the words its first word needs: a
    /// counter its number word (두 | 개의 입력 이미지), an unlinked word the word that usually
    /// precedes it (사용자 | 정의), a known multiword term the rest of it (미세 | 조정 기법).
    private func completed(_ grown: [String], of words: [String], links: TermLinks) -> [String] {
        var span = grown
        let n = words.count
        var start = n - span.count
        if start >= 1 && TermKnowledge.isCounter(span[0]) { span.insert(words[start - 1], at: 0) }
        start = n - span.count
        if start >= 1 && !links.has(start) && TermText.hasHangul(span[0]) && TermText.hasHangul(words[start - 1]) {
            let prev = words[start - 1]
            let st = status(prev)
            if st != .boundary && st != .general && collocation(prev, span[0]) { span.insert(prev, at: 0) }
        }
        start = n - span.count
        for f in reference.multiwordForms(endingWith: span[0]) {
            let fw = f.split(separator: " ").map(String.init)
            let k0 = start - (fw.count - 1)
            if k0 >= 0 && Array(words[k0...start]) == fw {
                span = Array(words[k0..<start]) + span
                break
            }
        }
        return span
    }
}
