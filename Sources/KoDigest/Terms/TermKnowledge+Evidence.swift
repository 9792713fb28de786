/// Word-level evidence used while cutting a Korean span (docs/terms.md §4).
extension TermKnowledge {
    enum WordStatus { case boundary, general, other, weak, unknown }

    static let clauseEndings = ["하고", "하며", "하여", "해서", "하면", "하지만", "되고", "되며", "되어", "이며", "이고", "으며", "으면",
                                "지만", "는데", "니다", "었다", "았다", "였다", "한다", "된다", "도록", "므로", "거나", "으나", "하게",
                                "르면", "다면", "라면", "에서", "에게", "라고", "하는", "되는", "시키는", "내는", "주는", "보는",
                                "위해", "통해", "대해", "의해", "인해", "관해", "비해", "따라", "하여", "위하여", "통하여",
                                "없이", "없이도", "시키고", "시키며", "시켜"]
    static let notNounEndings = ["한", "된", "는", "던", "진", "운", "은", "을", "인", "적", "게", "고", "며", "서"]
    static let caseParticles = ["을", "를", "이", "가", "은", "는", "에", "에서", "으로", "로", "와", "과", "에게"]

    /// The endings that are never a word by themselves: a word that is one of them whole is
    /// something else (다면 이미지 = multi-plane images, 도록 = catalogue).
    static let boundEndings = ["지만", "는데", "니다", "었다", "았다", "였다", "도록", "므로", "거나", "으나", "으며", "으면",
                               "르면", "다면", "라면", "라고"]

    static func endsWithClauseEnding(_ w: String) -> Bool {
        TermText.hasAnySuffix(w, clauseEndings) && !boundEndings.contains { WordKey.same($0, w) }
    }

    /// A number with a counter or particle: 8,750개의, 3가지.
    static func isNumberCounter(_ w: String) -> Bool {
        let sc = UTF8Scalars.array(w)
        guard let f = sc.first, TermText.isDigit(f) else { return false }
        var i = 0
        while i < sc.count && (TermText.isDigit(sc[i]) || sc[i] == "," || sc[i] == ".") { i += 1 }
        let rest = TermText.string(sc[i...])
        if UTF8Scalars.count(rest) == 1, let r = rest.unicodeScalars.first, TermText.isHangul(r) { return true }
        return ["가지", "가지의", "개의", "번째"].contains(rest)
    }

    /// Ends with a case particle other than 의 (stem of two syllables or more, allomorph fits).
    func caseMarked(_ w: String) -> Bool {
        let sc = UTF8Scalars.array(w)
        guard let last = sc.last, TermText.isHangul(last) else { return false }
        for p in TermKnowledge.caseParticles {
            let n = UTF8Scalars.count(p)
            if TermText.hasSuffix(w, p) && sc.count >= n + 2 && ParticleStripper.allomorphFits(sc[sc.count - n - 1], p) {
                return true
            }
        }
        return false
    }

    /// A noun with the copula's adnominal 인 (`프레임워크인`, `방법인`: "which is a framework"): the
    /// stem is a frequent corpus word of two syllables or more and no -적 adjective (`효과적인`);
    /// words that end in 인 themselves (`파이프라인`, `원인`) have no such stem.
    func isCopulaForm(_ w: String) -> Bool {
        guard TermText.hasSuffix(w, "인"), UTF8Scalars.count(w) >= 3 else { return false }
        let stem = TermText.dropLast(w, 1)
        return TermText.hasHangul(stem) && !TermText.hasSuffix(stem, "적") && counts[stem] >= TermKnowledge.segmentMin
    }

    /// Best clean translation of a word: (Dice, English token).
    func bestEnglish(_ w: String) -> (Double, String?) {
        if let f = wordFacts[WordKey(w)] { return f.bestEnglish }
        return computeBestEnglish(w)
    }

    func computeBestEnglish(_ w: String) -> (Double, String?) {
        var best = 0.0
        var be: String? = nil
        for p in pieces(w) {
            for (e, d) in assoc[p] ?? [:] where d > best || (d == best && (be.map { e < $0 } ?? false)) {
                best = d
                be = e
            }
        }
        return (best, be)
    }

    func status(_ w: String) -> WordStatus {
        if let f = wordFacts[WordKey(w)] { return f.status }
        return computeStatus(w)
    }

    func computeStatus(_ w: String) -> WordStatus {
        if TermText.wordClass(w) == .latin { return .other }
        if TermKnowledge.isBridgeWord(w) { return .general }
        let p = strip(w).particle
        if !p.isEmpty && p != "들" && !p.hasSuffix("의") { return .boundary }
        if TermKnowledge.isNumberCounter(w) { return .boundary }
        if TermKnowledge.endsWithClauseEnding(w) || caseMarked(w) || isCopulaForm(w) { return .boundary }
        let (d, _) = bestEnglish(w)
        let n = pieces(w).reduce(0) { $0 + (diagonalWindowCount[$1] ?? 0) }
        if n >= TermKnowledge.generalMin && d < TermKnowledge.generalDice { return .general }
        if d >= TermKnowledge.otherDice { return .other }
        if d >= TermKnowledge.tau { return .weak }
        return .unknown
    }

    /// Evidence that piece `p` (with skeleton `pSkeleton`) renders an English token (with
    /// inflection skeletons `eForms`) whose `assocAny` with `p` is `association`.
    func pairScore(_ p: String, _ pSkeleton: [UInt8], _ association: Double, _ eForms: [[UInt8]]) -> Double {
        var sc = association
        if sc < TermKnowledge.tau && UTF8Scalars.count(p) >= 2
            && LoanwordSkeleton.similarity(pSkeleton, eForms) >= TermKnowledge.tauTranslit {
            sc = TermKnowledge.tau + 0.01
        }
        return sc
    }

    /// A token among `tokens` that w renders with weak evidence.
    func weakLink(_ w: String, _ tokens: [String]) -> String? {
        var best = 0.0
        var be: String? = nil
        for p in pieces(w) {
            for e in tokens {
                let sc = max(assocAny[p]?[e] ?? 0, assocBag[p]?[e] ?? 0)
                if sc >= TermKnowledge.tauWeak && sc > best { best = sc; be = e }
            }
        }
        return be
    }

    /// b is preceded by a in most of its occurrences in gloss windows, where terms are written.
    func collocation(_ a: String, _ b: String) -> Bool {
        let n = windowPairs[WordPair(left: a, right: b)] ?? 0
        return n >= TermKnowledge.collocationMin && Double(n) >= TermKnowledge.collocationShare * Double(windowWords[b] ?? 0)
    }

    /// Share of the glosses showing w among their last n pieces whose English contains e.
    func coocRatio(_ w: String, _ e: String) -> Double {
        var best = 0.0
        for p in pieces(w) {
            let n = bagWindowCount[p] ?? 0
            if n >= 3 { best = max(best, Double(bagCount[WordPair(left: p, right: e)] ?? 0) / Double(n)) }
        }
        return best
    }

    /// Initial letters of a word's possible English renderings.
    func letterCandidates(_ w: String) -> Set<Unicode.Scalar> {
        var out = Set<Unicode.Scalar>()
        var inLatin = false
        for s in w.unicodeScalars {
            if TermText.isLatin(s) {
                if !inLatin { out.insert(TermText.lower(s)) }
                inLatin = true
            } else { inLatin = false }
        }
        for p in pieces(w) {
            for (e, d) in assocAny[p] ?? [:] where d >= TermKnowledge.tau { if let f = e.unicodeScalars.first { out.insert(f) } }
            for (e, d) in assocBag[p] ?? [:] where d >= TermKnowledge.tauBag { if let f = e.unicodeScalars.first { out.insert(f) } }
        }
        return out
    }

    /// An English whose initials spell `abbr` and which the corpus glosses, in two records or
    /// more, with `words` ending the gloss's window: 학습률(LR), where the corpus has
    /// 학습률(learning rate) but LR only for other things.
    func glossedExpansion(_ words: [String], _ abbr: String) -> String? {
        let letters = Abbreviation.letters(abbr)
        guard letters.count >= 2, let keys = glossedInitials[String(String.UnicodeScalarView(letters))] else { return nil }
        return keys.first { suffixSupport(suffixesEn, $0, words, words.count, "") >= 2 }
    }

    func suffixSupport(_ table: [String: [WordKey: Set<String>]], _ key: String, _ words: [String], _ L: Int, _ record: String) -> Int {
        guard let t = table[key] else { return 0 }
        guard let s = t[TermKnowledge.suffixKey(words, L)] else { return 0 }
        return s.contains(record) ? s.count - 1 : s.count
    }

    /// The corpus-wide left contexts of the same English term or abbreviation agree on one more word.
    func suffixSaysMore(en: String, abbr: String, words: [String], length L: Int, record: String) -> Bool {
        let pairs: [([String: [WordKey: Set<String>]], String)] = [
            (suffixesEn, en.isEmpty ? "" : EnglishTokens.key(en)),
            (suffixesAbbr, abbr.isEmpty ? "" : EnglishTokens.abbrKey(abbr)),
        ]
        for (table, key) in pairs where !key.isEmpty {
            let b = suffixSupport(table, key, words, L, record)
            let s = suffixSupport(table, key, words, L + 1, record)
            if s >= TermKnowledge.suffixMin && Double(s) >= TermKnowledge.suffixRatio * Double(b) { return true }
        }
        return false
    }

    /// Reference entry for the English term, else for the abbreviation (listed for one concept,
    /// and not contradicted by the corpus expansion).
    func referenceEntry(en: String, abbr: String) -> ReferenceEntry? {
        if !en.isEmpty, let e = reference.entry(forEnglish: en) { return e }
        if !abbr.isEmpty, let e = reference.entry(forAbbreviation: abbr) {
            if let x = expansion(abbr), EnglishTokens.key(x) != EnglishTokens.key(e.en), reference.entry(forEnglish: x) != nil {
                return nil
            }
            return e
        }
        return nil
    }
}
