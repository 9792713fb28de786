/// Linking English tokens to the Korean words of a window (docs/terms.md §4.3).
extension TermKnowledge {
    /// A link in the making: which words and tokens the earlier phases took.
    struct Linking {
        let words: [String]
        /// The English tokens, in Korean order.
        let E: [String]
        var out = TermLinks()
        /// Tokens linked so far.
        var used = Set<String>()

        /// Links word `i` to `token`, which no other word takes from now on.
        mutating func take(_ i: Int, _ token: String) {
            used.insert(token)
            out.add(i, [token])
        }

        /// A candidate link: its score and nearness to the paren decide which is taken first.
        struct Candidate {
            var score: Double, near: Int, i: Int, e: String

            /// Best first: score, nearness to the paren, word index, token, all descending.
            static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
                if a.score != b.score { return a.score > b.score }
                if a.near != b.near { return a.near > b.near }
                if a.i != b.i { return a.i > b.i }
                return a.e > b.e
            }
        }

        func near(_ i: Int) -> Int { -(words.count - 1 - i) }
    }

    /// Competitive linking of English tokens (Korean order) to window words: each token links to
    /// at most one word, a word may take several. Remembered: on the corpus, 38% of the calls
    /// repeat an earlier one (the same span and English in another record).
    func link(_ words: [String], _ E: [String]) -> TermLinks {
        linkMemo.value(WordKey(words.joined(separator: "\u{1}") + "\u{2}" + E.joined(separator: "\u{1}"))) {
            computeLink(words, E)
        }
    }

    private func computeLink(_ words: [String], _ E: [String]) -> TermLinks {
        var l = Linking(words: words, E: E)
        let taken = linkReferenceForms(&l)
        linkByEvidence(&l, skipping: taken)
        linkByBag(&l)
        linkAbleAdjectives(&l)
        linkCompoundTokens(&l)
        linkByLexicon(&l)
        absorbNeighbourTokens(&l)
        return l.out
    }

    /// Phase 0: curated renderings of sub-concepts link all their words (`노이즈 제거` = denoising);
    /// returns the words taken.
    private func linkReferenceForms(_ l: inout Linking) -> Set<Int> {
        let words = l.words, nW = words.count
        let eset = Set(l.E)
        var taken = Set<Int>()
        for L in [3, 2, 1] where L <= nW {
            for j in stride(from: nW - L, through: 0, by: -1) {
                if (j..<(j + L)).contains(where: { taken.contains($0) }) { continue }
                // most words end no multiword form: skip joining the phrase
                if L > 1 && reference.multiwordForms(endingWith: words[j + L - 1]).isEmpty { continue }
                let phrase = words[j..<(j + L)].joined(separator: " ")
                for (entry, koOrder) in reference.renderings(ofForm: phrase) {
                    var et = koOrder
                    if !(et.count > 0 && et.allSatisfy { eset.contains($0) }) {
                        let alt = entry.abbreviations.map(EnglishTokens.abbrKey).filter { eset.contains($0) }
                        if let a = alt.first { et = [a] }
                    }
                    if !et.isEmpty && et.allSatisfy({ eset.contains($0) && !l.used.contains($0) }) {
                        for i in j..<(j + L) {
                            taken.insert(i)
                            l.out.add(i, Set(et))
                        }
                        l.used.formUnion(et)
                        break
                    }
                }
            }
        }
        return taken
    }

    /// Phase 1: clean evidence — a literal Latin token, corpus association or loanword likeness,
    /// a loanword of two tokens run together, or the abbreviation of the word's translation.
    private func linkByEvidence(_ l: inout Linking, skipping taken: Set<Int>) {
        let E = l.E
        var cands: [Linking.Candidate] = []
        let eForms = E.map(englishForms)
        var pairForms: [[[UInt8]]]?   // of two adjacent tokens run together, made when a long piece needs them
        for (i, w) in l.words.enumerated() {
            let near = l.near(i)
            if TermText.hasLatin(w) {
                let lat = Set(EnglishTokens.tokens(w))
                for e in E where lat.contains(e) { cands.append(.init(score: 1.0, near: near, i: i, e: e)) }
            }
            for p in pieces(w) {
                let pSkeleton = hangulSkeleton(p)
                let row = assocAny[p]
                for (k, e) in E.enumerated() {
                    let sc = pairScore(p, pSkeleton, row?[e] ?? 0, eForms[k])
                    if sc >= TermKnowledge.tau { cands.append(.init(score: sc, near: near, i: i, e: e)) }
                }
                if UTF8Scalars.count(p) >= 3 && E.count >= 2 {
                    let forms = pairForms ?? (0..<(E.count - 1)).map { LoanwordSkeleton.englishForms(E[$0] + E[$0 + 1]) }
                    pairForms = forms
                    for k in 0..<(E.count - 1)
                    where LoanwordSkeleton.similarity(pSkeleton, forms[k]) >= TermKnowledge.tauTranslit {
                        cands.append(.init(score: TermKnowledge.tau + 0.01, near: near, i: i, e: E[k]))
                        cands.append(.init(score: TermKnowledge.tau + 0.01, near: near, i: i, e: E[k + 1]))
                    }
                }
            }
            if TermText.hasHangul(w) {
                let (d, e2) = bestEnglish(w)
                if let e2, d >= TermKnowledge.tau, let f2 = e2.unicodeScalars.first {
                    for a in E where (2...4).contains(UTF8Scalars.count(a)) && !EnglishTokens.stop.contains(a)
                        && a.unicodeScalars.first == f2 && Abbreviation.matches(short: a.uppercased(), long: e2) {
                        cands.append(.init(score: TermKnowledge.tau + 0.01, near: near, i: i, e: a))
                    }
                }
            }
        }
        cands.sort(by: Linking.Candidate.precedes)
        for c in cands where !l.used.contains(c.e) && !taken.contains(c.i) { l.take(c.i, c.e) }
    }

    /// Phase 2: bag association for the tokens still free, on words not linked yet.
    private func linkByBag(_ l: inout Linking) {
        var cands: [Linking.Candidate] = []
        for (i, w) in l.words.enumerated() where !l.out.contains(word: i) {
            for p in pieces(w) {
                guard let row = assocBag[p] else { continue }
                for e in l.E where !l.used.contains(e) {
                    let b = row[e] ?? 0
                    if b >= TermKnowledge.tauBag { cands.append(.init(score: b, near: l.near(i), i: i, e: e)) }
                }
            }
        }
        cands.sort(by: Linking.Candidate.precedes)
        for c in cands where !l.used.contains(c.e) { l.take(c.i, c.e) }
    }

    /// Phase 2b: `X 가능한` renders one free -able/-ible adjective (확장 가능한 = scalable,
    /// 학습 가능한 = trainable): its two words link to it, the pair nearest the paren first.
    private func linkAbleAdjectives(_ l: inout Linking) {
        let words = l.words
        for i in (1..<max(1, words.count)).reversed() where TermKnowledge.isAbleWord(words[i]) && !l.out.contains(word: i - 1)
            && TermText.wordClass(words[i - 1]) == .hangul && !marked(words[i - 1]) {
            let free = l.E.filter { !l.used.contains($0) && TermKnowledge.isAbleAdjective($0) }
            guard free.count == 1 else { continue }
            l.take(i - 1, free[0])
            l.take(i, free[0])
        }
    }

    /// Phase 2c: a compound token Korean renders in two words (다중 에이전트 = multiagent): the
    /// word for its rest, linked to it or free, and the free word before it for its prefix.
    private func linkCompoundTokens(_ l: inout Linking) {
        let words = l.words
        for e in l.E {
            guard let (prefix, rest) = TermKnowledge.splitPrefix(e) else { continue }
            for i in (1..<max(1, words.count)).reversed() where !l.out.contains(word: i - 1) {
                let restWord = l.out[i] == [e] || (!l.used.contains(e) && !l.out.contains(word: i) && renders(words[i], rest))
                let w = words[i - 1]
                let prefixWord = TermText.hasHangul(w) && !caseMarked(w) && status(w) != .boundary
                    && (TermKnowledge.rendersPrefix(w, prefix) || weakLink(w, [prefix]) != nil)
                guard restWord && prefixWord else { continue }
                l.take(i - 1, e)
                l.take(i, e)
                break
            }
        }
    }

    /// Phase 2d: a word no phase linked is a free token's usual Korean rendering
    /// (`TermResources.wordRenderings`), alone or with one more syllable (구조화, 인스턴스별): 가치 |
    /// value where the corpus has too few glosses to tell. A compound (평균제곱오차) or a word with a
    /// particle is left to the other phases.
    private func linkByLexicon(_ l: inout Linking) {
        var cands: [Linking.Candidate] = []
        for (i, w) in l.words.enumerated() where !l.out.contains(word: i) && TermText.hasHangul(w) {
            let (stem, particle) = strip(w)
            guard particle.isEmpty else { continue }
            let length = UTF8Scalars.count(stem)
            for e in l.E where !l.used.contains(e) {
                guard let renderings = resources.wordRenderings[e] else { continue }
                if renderings.contains(where: { r in
                    let n = UTF8Scalars.count(r)
                    return n >= 2 && length - n <= 1 && TermText.hasPrefix(stem, r)
                }) {
                    cands.append(.init(score: 1, near: l.near(i), i: i, e: e))
                }
            }
        }
        cands.sort(by: Linking.Candidate.precedes)
        for c in cands where !l.used.contains(c.e) && !l.out.contains(word: c.i) { l.take(c.i, c.e) }
    }

    /// Phase 3: a long Sino-Korean word that is no loanword of its tokens absorbs a free
    /// neighbouring token most glosses showing it also show (자연어 = natural + language).
    private func absorbNeighbourTokens(_ l: inout Linking) {
        let E = l.E
        for i in l.out.order {
            let w = l.words[i]
            if TermText.hangulCount(w) < 3 { continue }
            let mine = l.out[i]
            if pieces(w).contains(where: { p in mine.contains { similarity(piece: p, token: $0) >= TermKnowledge.tauTranslit } }) {
                continue
            }
            for e in mine.sorted() {
                guard let j = E.firstIndex(of: e) else { continue }
                for nb in [j - 1, j + 1] where nb >= 0 && nb < E.count {
                    let t = E[nb]
                    if !l.used.contains(t) && !EnglishTokens.stop.contains(t) && coocRatio(w, t) >= TermKnowledge.absorb {
                        l.take(i, t)
                    }
                }
            }
        }
    }

    /// Abbreviation without a known expansion: words (pieces) right to left consume its letters
    /// right to left.
    func linkLetters(_ words: [String], _ letters: [Unicode.Scalar]) -> TermLinks {
        var out = TermLinks()
        var k = letters.count - 1
        var i = words.count - 1
        while i >= 0 && k >= 0 {
            defer { i -= 1 }
            let w = words[i]
            if TermKnowledge.isBridgeWord(w) { continue }
            var units: [String] = []
            if TermText.hasHangul(w) {
                for u in TermText.splitCompound(w) { units.append(contentsOf: TermText.hasHangul(u) ? pieces(u) : [u]) }
            } else {
                units = [w]
            }
            var got = Set<String>()
            for u in units.reversed() {
                if k < 0 { break }
                let cands = letterCandidates(u)
                if cands.contains(letters[k]) || (i == words.count - 1 && got.isEmpty && cands.isEmpty) {
                    got.insert(String(letters[k]) + String(k))
                    k -= 1
                } else if !got.isEmpty {
                    break
                }
            }
            if !got.isEmpty { out.add(i, got) }
        }
        return out
    }

    /// English prefixes that Korean often renders as a word of their own (multiview is 다중 뷰,
    /// multiagent 다중 에이전트, pretrained 미리 훈련된), each with its usual renderings; the corpus
    /// may show others.
    static let boundPrefixes: [(prefix: String, korean: Set<String>)] = [
        ("multi", ["다중", "멀티"]), ("auto", ["자동", "자기", "자가", "자율", "오토"]), ("self", ["자기", "자가", "자체"]),
        ("pre", ["사전", "미리", "선행", "프리"]), ("post", ["사후", "포스트"]), ("cross", ["교차", "크로스"]),
        ("semi", ["반"]), ("non", ["비"]), ("omni", ["옴니"]), ("hyper", ["초", "하이퍼"]), ("meta", ["메타"]),
        ("bi", ["이중", "양", "쌍"]), ("sub", ["하위", "서브"]), ("inter", ["상호"]), ("tri", ["삼중"]), ("uni", ["단일", "유니"]),
    ]

    /// `token` as a bound prefix and the rest (`multiagent` → multi, agent), or nil.
    static func splitPrefix(_ token: String) -> (prefix: String, rest: String)? {
        for (p, _) in boundPrefixes where token.hasPrefix(p) && token.utf8.count >= p.utf8.count + 3 {
            return (p, String(token.dropFirst(p.count)))
        }
        return nil
    }

    /// `w` is a usual rendering of `prefix`.
    static func rendersPrefix(_ w: String, _ prefix: String) -> Bool {
        boundPrefixes.contains { $0.prefix == prefix && $0.korean.contains(w) }
    }

    /// Some piece of `w` renders the English `token`: by corpus association or as a loanword.
    func renders(_ w: String, _ token: String) -> Bool {
        pieces(w).contains { p in
            (assocAny[p]?[token] ?? 0) >= TermKnowledge.tau || similarity(piece: p, token: token) >= TermKnowledge.tauTranslit
        }
    }

    /// A hyphenated name written part by part (텍스트-투-SQL(Text-to-SQL), 비디오-VAE(Video-VAE)):
    /// one word with as many parts as the English, each Latin part the English one, each Hangul
    /// part a loanword of it, and at least one of each. Function words pair with anything
    /// (텍스트-대-SVG for Text-to-SVG).
    func rendersPartByPart(_ words: [String], _ en: String) -> Bool {
        guard words.count == 1, words[0].contains("-") else { return false }
        let mine = words[0].split(separator: "-").map(String.init)
        let theirs = en.split(separator: "-").map(String.init)
        guard mine.count >= 2, mine.count == theirs.count else { return false }
        var latin = 0, hangul = 0
        for (k, e) in zip(mine, theirs) {
            let token = e.lowercased()
            if EnglishTokens.stop.contains(token) { continue }
            if k.lowercased() == token {
                latin += 1
            } else if TermText.wordClass(k) == .hangul && similarity(piece: k, token: token) >= TermKnowledge.tauTranslit {
                hangul += 1
            } else {
                return false
            }
        }
        return latin > 0 && hangul > 0
    }
}
