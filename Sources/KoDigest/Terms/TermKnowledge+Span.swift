/// Linking English tokens to Korean words and cutting the Korean span (docs/terms.md §4).
extension TermKnowledge {
    /// Competitive linking of English tokens (Korean order) to window words.
    func link(_ words: [String], _ E: [String]) -> TermLinks {
        let nW = words.count
        var out = TermLinks()
        var used = Set<String>()
        let eset = Set(E)
        // phase 0: curated renderings of sub-concepts link all their words
        var taken = Set<Int>()
        for L in [3, 2, 1] where L <= nW {
            var j = nW - L
            while j >= 0 {
                defer { j -= 1 }
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
                    if !et.isEmpty && et.allSatisfy({ eset.contains($0) && !used.contains($0) }) {
                        for i in j..<(j + L) {
                            taken.insert(i)
                            out.add(i, Set(et))
                        }
                        used.formUnion(et)
                        break
                    }
                }
            }
        }
        // phase 1: clean evidence
        struct Candidate { var score: Double; var near: Int; var i: Int; var e: String }
        var cands: [Candidate] = []
        let eForms = E.map(englishForms)
        var pairForms: [[[UInt8]]]?   // of two adjacent tokens run together, made when a long piece needs them
        for (i, w) in words.enumerated() {
            let near = -(nW - 1 - i)
            if TermText.hasLatin(w) {
                let lat = Set(EnglishTokens.tokens(w))
                for e in E where lat.contains(e) { cands.append(Candidate(score: 1.0, near: near, i: i, e: e)) }
            }
            let ps = pieces(w)
            for p in ps {
                let pSkeleton = hangulSkeleton(p)
                let row = assocAny[p]
                for (k, e) in E.enumerated() {
                    let sc = pairScore(p, pSkeleton, row?[e] ?? 0, eForms[k])
                    if sc >= TermKnowledge.tau { cands.append(Candidate(score: sc, near: near, i: i, e: e)) }
                }
                if TermText.scalarCount(p) >= 3 && E.count >= 2 {
                    let forms = pairForms ?? (0..<(E.count - 1)).map { LoanwordSkeleton.englishForms(E[$0] + E[$0 + 1]) }
                    pairForms = forms
                    for k in 0..<(E.count - 1)
                    where LoanwordSkeleton.similarity(pSkeleton, forms[k]) >= TermKnowledge.tauTranslit {
                        cands.append(Candidate(score: TermKnowledge.tau + 0.01, near: near, i: i, e: E[k]))
                        cands.append(Candidate(score: TermKnowledge.tau + 0.01, near: near, i: i, e: E[k + 1]))
                    }
                }
            }
            if TermText.hasHangul(w) {
                let (d, e2) = bestEnglish(w)
                if let e2, d >= TermKnowledge.tau, let f2 = e2.unicodeScalars.first {
                    for a in E where (2...4).contains(TermText.scalarCount(a)) && !EnglishTokens.stop.contains(a)
                        && a.unicodeScalars.first == f2 && Abbreviation.matches(short: a.uppercased(), long: e2) {
                        cands.append(Candidate(score: TermKnowledge.tau + 0.01, near: near, i: i, e: a))
                    }
                }
            }
        }
        cands.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.near != b.near { return a.near > b.near }
            if a.i != b.i { return a.i > b.i }
            return a.e > b.e
        }
        for c in cands where !used.contains(c.e) && !taken.contains(c.i) {
            used.insert(c.e)
            out.add(c.i, [c.e])
        }
        // phase 2: bag association for leftover tokens, words not linked yet
        cands.removeAll()
        for (i, w) in words.enumerated() where !out.contains(word: i) {
            for p in pieces(w) {
                guard let row = assocBag[p] else { continue }
                for e in E where !used.contains(e) {
                    let b = row[e] ?? 0
                    if b >= TermKnowledge.tauBag { cands.append(Candidate(score: b, near: -(nW - 1 - i), i: i, e: e)) }
                }
            }
        }
        cands.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.near != b.near { return a.near > b.near }
            if a.i != b.i { return a.i > b.i }
            return a.e > b.e
        }
        for c in cands where !used.contains(c.e) {
            used.insert(c.e)
            out.add(c.i, [c.e])
        }
        // phase 2b: `X 가능한` renders one free -able/-ible adjective (확장 가능한 = scalable,
        // 학습 가능한 = trainable): its two words link to it, the pair nearest the paren first
        for i in (1..<max(1, nW)).reversed() where TermKnowledge.isAbleWord(words[i]) && !out.contains(word: i - 1)
            && TermText.wordClass(words[i - 1]) == .hangul && !marked(words[i - 1]) {
            let free = E.filter { !used.contains($0) && TermKnowledge.isAbleAdjective($0) }
            guard free.count == 1 else { continue }
            used.insert(free[0])
            out.add(i - 1, [free[0]])
            out.add(i, [free[0]])
        }
        // phase 2c: a compound token Korean renders in two words (다중 에이전트 = multiagent): the
        // word for its rest, linked to it or free, and the free word before it for its prefix
        for e in E {
            guard let (prefix, rest) = TermKnowledge.splitPrefix(e) else { continue }
            for i in (1..<max(1, nW)).reversed() where !out.contains(word: i - 1) {
                let restWord = out[i] == [e] || (!used.contains(e) && !out.contains(word: i) && renders(words[i], rest))
                let w = words[i - 1]
                let prefixWord = TermText.hasHangul(w) && !caseMarked(w) && status(w) != .boundary
                    && (TermKnowledge.rendersPrefix(w, prefix) || weakLink(w, [prefix]) != nil)
                guard restWord && prefixWord else { continue }
                used.insert(e)
                out.add(i - 1, [e])
                out.add(i, [e])
                break
            }
        }
        // phase 3: a long Sino-Korean word absorbs a free neighbouring token
        for i in out.order {
            let w = words[i]
            if TermText.hangulCount(w) < 3 { continue }
            let mine = out[i]
            if pieces(w).contains(where: { p in mine.contains { similarity(piece: p, token: $0) >= TermKnowledge.tauTranslit } }) {
                continue
            }
            for e in mine.sorted() {
                guard let j = E.firstIndex(of: e) else { continue }
                for nb in [j - 1, j + 1] where nb >= 0 && nb < E.count {
                    let t = E[nb]
                    if !used.contains(t) && !EnglishTokens.stop.contains(t) && coocRatio(w, t) >= TermKnowledge.absorb {
                        used.insert(t)
                        out.add(i, [t])
                    }
                }
            }
        }
        return out
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
            if TermKnowledge.bridgeWords.contains(w) { continue }
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

    private func marked(_ w: String) -> Bool {
        let p = strip(w).particle
        return (!p.isEmpty && p != "들" && !p.hasSuffix("의")) || TermKnowledge.endsWithClauseEnding(w)
            || TermKnowledge.isNumberCounter(w) || isCopulaForm(w)
    }

    /// English prefixes that Korean often renders as a word of their own: multiview is 다중 뷰,
    /// multiagent 다중 에이전트, pretrained 미리 훈련된.
    /// Each with the Korean words that render it; the corpus may show others (`renders`).
    static let boundPrefixes: [(prefix: String, korean: Set<String>)] = [
        ("multi", ["다중", "멀티"]), ("auto", ["자동", "자기", "자가", "자율", "오토"]), ("self", ["자기", "자가", "자체"]),
        ("pre", ["사전", "미리", "선행", "프리"]), ("post", ["사후", "포스트"]), ("cross", ["교차", "크로스"]),
        ("semi", ["반"]), ("non", ["비"]), ("omni", ["옴니"]), ("hyper", ["초", "하이퍼"]), ("meta", ["메타"]),
    ]

    /// `token` as a bound prefix and the rest (`multiagent` → multi, agent), or nil.
    static func splitPrefix(_ token: String) -> (prefix: String, rest: String)? {
        for (p, _) in boundPrefixes where token.hasPrefix(p) && token.utf8.count >= p.utf8.count + 3 {
            return (p, String(token.dropFirst(p.count)))
        }
        return nil
    }

    static func rendersPrefix(_ w: String, _ prefix: String) -> Bool {
        boundPrefixes.contains { $0.prefix == prefix && $0.korean.contains(w) }
    }

    /// Some piece of `w` renders the English `token`: by corpus association or as a loanword.
    func renders(_ w: String, _ token: String) -> Bool {
        pieces(w).contains { p in
            (assocAny[p]?[token] ?? 0) >= TermKnowledge.tau || similarity(piece: p, token: token) >= TermKnowledge.tauTranslit
        }
    }

    /// Counters that follow a number word (네 번째, 세 개의), and the English words that count.
    static let counters = ["번째", "개의"]
    static let countWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "first", "second", "third", "few", "several", "multiple", "dual", "single"]

    static func isCounter(_ w: String) -> Bool { counters.contains { WordKey.same($0, w) } }

    /// A demonstrative with a particle (이는, 이를, 그에, 이러한, 이것은): it refers back to an
    /// earlier sentence and is never part of a term.
    func isDemonstrative(_ w: String) -> Bool {
        let sc = Array(w.unicodeScalars)
        guard sc.count >= 2, sc[0] == "이" || sc[0] == "그" || sc[0] == "저" else { return false }
        let rest = TermText.string(sc[1...])
        return stripper.particles.contains(rest) || ["러한", "런", "렇게", "것은", "것을", "것이", "것의"].contains(rest)
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
        // 1. curated reference: the longest known rendering that ends the window, also when it is
        // spaced or hyphenated differently (피드 포워드 네트워크 for 피드포워드 네트워크)
        // an entry found by the abbreviation alone renders less than a longer English
        // (Mathematical Large Language Models; LLMs): then the span grows
        if let entry = referenceEntry(en: en, abbr: abbr), en.isEmpty || reference.entry(forEnglish: en) != nil {
            var best: [String]? = nil
            let compactForms = Set(entry.forms.map(TermKnowledge.compactForm))
            var joined = ""
            for L in 1...min(n, 6) {
                joined = TermKnowledge.compactForm(words[n - L]) + joined
                if compactForms.contains(joined) { best = Array(words.suffix(L)) }
            }
            if let best {
                return KoreanSpan(start: offset + n - best.count, words: best, evidence: best.count, how: .reference, beyond: false)
            }
        }
        // 2. growth from the paren
        var letters: [Unicode.Scalar]? = nil
        let links: TermLinks
        let order: [String]
        if !en.isEmpty {
            order = englishOrder(en)
            links = link(words, order)
        } else if let x = expansion(abbr, renderedBy: words) {
            order = englishOrder(x.en)
            links = x.links
        } else {
            // no expansion known, or the Korean spells out one the corpus lacks: its words
            // consume the letters
            let l = Abbreviation.letters(abbr).filter { $0.properties.isAlphabetic }
            letters = l
            links = linkLetters(words, l)
            order = l.enumerated().map { String($0.element) + String($0.offset) }
        }
        var linkedAny = links.allTokens
        var span = [words[n - 1]]
        var spanTokens = links[n - 1]
        var evidence = spanTokens.count
        // words taken without a link: [before any linked word, left of a linked word]
        var extra = [spanTokens.isEmpty ? 1 : 0, 0]
        func tookUnlinked() { extra[spanTokens.isEmpty ? 0 : 1] += 1 }
        func budgetLeft() -> Int {
            if let letters { return letters.count - spanTokens.count - extra[0] - extra[1] }
            if spanTokens.isEmpty { return order.filter { !linkedAny.contains($0) }.count - extra[0] }
            let first = spanTokens.compactMap { order.firstIndex(of: $0) }.min() ?? 0
            return order[..<first].filter { !linkedAny.contains($0) }.count - extra[1]
        }
        // a counter after a number word (네 번째, 세 개의) is not part of the term unless the
        // English counts too (Two Single-View Images, Few-Shot)
        let englishCounts = order.contains { TermKnowledge.countWords.contains($0) }
        var i = n - 2
        while i >= 0 {
            let w = words[i]
            let L = span.count
            if !englishCounts && TermKnowledge.isCounter(w) { break }
            if links.has(i) {
                if marked(w) && !TermKnowledge.bridgeWords.contains(span[0]) { break }
                span.insert(w, at: 0)
                spanTokens.formUnion(links[i])
                evidence += links[i].count
                i -= 1
                continue
            }
            if TermKnowledge.bridgeWords.contains(span[0]) &&
                (status(w) != .boundary || (caseMarked(w) && !TermKnowledge.endsWithClauseEnding(w))) {
                span.insert(w, at: 0)
                i -= 1
                continue
            }
            if letters == nil, let weak = weakLink(w, order.filter { !linkedAny.contains($0) }),
               !caseMarked(w), !TermKnowledge.endsWithClauseEnding(w) {
                span.insert(w, at: 0)
                spanTokens.insert(weak)
                linkedAny.insert(weak)
                evidence += 1
                i -= 1
                continue
            }
            let st = status(w)
            if (st == .unknown || st == .other) && TermText.hasHangul(w)
                && suffixSaysMore(en: en, abbr: abbr, words: words, length: L, record: record) {
                span.insert(w, at: 0)
                tookUnlinked()
                i -= 1
                continue
            }
            let budget = budgetLeft()
            if i >= 1 && links.has(i - 1) && st != .boundary && TermText.hasHangul(w)
                && (budget > 0 || TermKnowledge.bridgeWords.contains(w) || st == .unknown || st == .weak || st == .other) {
                span.insert(w, at: 0)
                if !TermKnowledge.bridgeWords.contains(w) { tookUnlinked() }
                i -= 1
                continue
            }
            if evidence == 0 && TermText.hasSuffix(w, "의") { break }
            if (st == .unknown && budget > 0) || ((st == .weak || st == .other) && budget >= 2) {
                span.insert(w, at: 0)
                tookUnlinked()
                i -= 1
                continue
            }
            if (st == .unknown || st == .weak || st == .other) && evidence == 0 && span.count == 1 && TermText.hasHangul(w)
                && strip(w).particle.isEmpty && !caseMarked(w)
                && !(TermText.hasSuffix(w, "의") && TermText.scalarCount(w) >= 3)
                && !TermText.hasAnySuffix(w, TermKnowledge.notNounEndings) {
                // nothing of the gloss is covered: keep a two-word noun phrase together
                span.insert(w, at: 0)
            }
            break
        }
        // a counter keeps its number word (두 | 개의 입력 이미지)
        var start = n - span.count
        if start >= 1 && TermKnowledge.isCounter(span[0]) { span.insert(words[start - 1], at: 0) }
        // an unlinked leftmost word keeps the word that usually precedes it (사용자 | 정의)
        start = n - span.count
        if start >= 1 && !links.has(start) && TermText.hasHangul(span[0]) && TermText.hasHangul(words[start - 1]) {
            let prev = words[start - 1]
            let st = status(prev)
            if st != .boundary && st != .general && collocation(prev, span[0]) { span.insert(prev, at: 0) }
        }
        // a known multiword Korean term is not cut in two (미세 | 조정 기법)
        start = n - span.count
        for f in reference.multiwordForms(endingWith: span[0]) {
            let fw = f.split(separator: " ").map(String.init)
            let k0 = start - (fw.count - 1)
            if k0 >= 0 && Array(words[k0...start]) == fw {
                span = Array(words[k0..<start]) + span
                break
            }
        }
        // the writer marked the term: a short quotation of noun-phrase words is taken whole
        if quoted && offset == 0 && span.count < n && n <= TermKnowledge.quotedMax
            && !words.dropLast().contains(where: { marked($0) || caseMarked($0) }) {
            return KoreanSpan(start: 0, words: words, evidence: evidence, how: .quoted, beyond: false)
        }
        let stop = n - span.count - 1
        let beyond = stop >= 1 && status(words[stop]) != .boundary && (max(0, stop - 2)..<stop).contains { links.has($0) }
        return KoreanSpan(start: offset + n - span.count, words: span, evidence: evidence, how: .grown, beyond: beyond)
    }
}
