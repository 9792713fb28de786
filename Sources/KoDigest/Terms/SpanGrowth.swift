/// Steps 2, 3 and 5 of cutting a Korean span (docs/terms.md §4): the English tokens a gloss
/// offers, the window words that render them, and the span grown from the word next to the paren
/// leftwards, one word at a time, by the first growth rule that takes the word, until none does.
struct SpanGrowth {
    private let knowledge: TermKnowledge
    /// The window's trailing Hangul and Latin words; the last one is next to the paren.
    let words: [String]
    /// The tokens the span may cover, in Korean order: the English's, the expansion's the Korean
    /// renders, or in letters mode the abbreviation's letters (each with its position).
    private let order: [String]
    /// Which tokens each word renders.
    let links: TermLinks
    /// The English the links are to: the gloss's own, or the expansion the Korean renders.
    private let english: String
    /// The abbreviation's letters, when no expansion is known (letters mode).
    private let letters: [Unicode.Scalar]?
    private let en: String, abbr: String, record: String
    /// The tokens the links cover.
    private let linked: Set<String>
    /// The English counts (two input images): a counter after a number word is then part of the term.
    private let englishCounts: Bool

    /// The span so far, its first word leftmost.
    private(set) var span: [String]
    /// The number of tokens (or letters) the span covers.
    private(set) var evidence: Int
    private var spanTokens: Set<String>
    /// The tokens covered by links or taken on weak evidence.
    private var linkedAny: Set<String>
    /// Words taken without a link, before the span covered any token and after.
    private var unlinkedBeforeCover = 0, unlinkedAfterCover = 0

    init(_ knowledge: TermKnowledge, words: [String], en: String, abbr: String, record: String) {
        self.knowledge = knowledge
        self.words = words
        self.en = en
        self.abbr = abbr
        self.record = record
        var english = en, letters: [Unicode.Scalar]? = nil
        if !en.isEmpty {
            order = knowledge.englishOrder(en)
            links = knowledge.link(words, order)
        } else if let x = knowledge.expansion(abbr, renderedBy: words) {
            english = x.en
            order = knowledge.englishOrder(x.en)
            links = x.links
        } else {
            // no expansion known, or the Korean spells out one the corpus lacks: its words
            // consume the letters
            let l = Abbreviation.letters(abbr).filter { $0.properties.isAlphabetic }
            letters = l
            links = knowledge.linkLetters(words, l)
            order = l.enumerated().map { String($0.element) + String($0.offset) }
        }
        self.english = english
        self.letters = letters
        linked = links.allTokens
        linkedAny = linked
        englishCounts = order.contains { TermKnowledge.countWords.contains($0) }
        span = [words[words.count - 1]]
        spanTokens = links[words.count - 1]
        evidence = spanTokens.count
        if spanTokens.isEmpty { unlinkedBeforeCover = 1 }
    }

    /// Grows the span leftwards word by word while a rule takes the word.
    mutating func grow() {
        var i = words.count - 2
        while i >= 0, let next = step(at: i) { i = next }
    }

    /// Takes word `i`, and the words that join it, by the first rule that applies (the list of
    /// docs/terms.md §4 step 5, in its order); returns the next word to try, nil to stop.
    private mutating func step(at i: Int) -> Int? {
        let K = knowledge, w = words[i]
        if !englishCounts && TermKnowledge.isCounter(w) { return nil }
        // a coordination or direction the English has too (탐색 및 활용 = exploration and
        // exploitation, 이미지에서 비디오로의 = image-to-video): the left part joins
        if let k = K.connectedStart(words, i, links, english: english) {
            for j in stride(from: i, through: k, by: -1) { takeLinked(j) }
            return k - 1
        }
        let afterBridge = TermKnowledge.isBridgeWord(span[0])
        if links.has(i) {
            if K.marked(w) && !afterBridge { return nil }
            takeLinked(i)
            return i - 1
        }
        let status = K.status(w)
        if afterBridge && (status != .boundary || (K.caseMarked(w) && !TermKnowledge.endsWithClauseEnding(w))) {
            span.insert(w, at: 0)
            return i - 1
        }
        if letters == nil, let weak = K.weakLink(w, order.filter { !linkedAny.contains($0) }),
           !K.caseMarked(w), !TermKnowledge.endsWithClauseEnding(w) {
            span.insert(w, at: 0)
            spanTokens.insert(weak)
            linkedAny.insert(weak)
            evidence += 1
            return i - 1
        }
        let vague = status == .unknown || status == .weak || status == .other
        if (status == .unknown || status == .other) && TermText.hasHangul(w)
            && K.suffixSaysMore(en: en, abbr: abbr, words: words, length: span.count, record: record) {
            takeUnlinked(w)
            return i - 1
        }
        let budget = budgetLeft()
        if i >= 1 && links.has(i - 1) && status != .boundary && TermText.hasHangul(w)
            && (budget > 0 || TermKnowledge.isBridgeWord(w) || vague) {
            // a bridge to the linked word on its left
            if TermKnowledge.isBridgeWord(w) { span.insert(w, at: 0) } else { takeUnlinked(w) }
            return i - 1
        }
        if evidence == 0 && TermText.hasSuffix(w, "의") { return nil }
        // a long …의 word is a possessor (모델의 층별 경사도), not the rendering of a free token,
        // unless it is a number word where the English counts (단일의 | one-shot); a present
        // participle ends a relative clause (받는 | 비전 인코더)
        let possessor = TermKnowledge.isLongGenitive(w)
            && !(englishCounts && TermKnowledge.koreanNumberPrefixes.contains { TermText.hasPrefix(w, $0.0) })
        let participle = TermText.hasSuffix(w, "는")
        if budget > 0 && status != .boundary && status != .general && !possessor && !participle {
            takeUnlinked(w)
            return i - 1
        }
        if status != .boundary && rendersPrefixOfUnlinkedCompound(w) {
            takeUnlinked(w)
            return i - 1
        }
        if vague && evidence == 0 && span.count == 1 && TermText.hasHangul(w) && looksLikeNoun(w) {
            // nothing of the gloss is covered: keep a two-word noun phrase together
            span.insert(w, at: 0)
        }
        return nil
    }

    private mutating func takeLinked(_ i: Int) {
        span.insert(words[i], at: 0)
        spanTokens.formUnion(links[i])
        evidence += links[i].count
    }

    private mutating func takeUnlinked(_ w: String) {
        span.insert(w, at: 0)
        if spanTokens.isEmpty { unlinkedBeforeCover += 1 } else { unlinkedAfterCover += 1 }
    }

    /// The free tokens left for words taken without a link: those that come before (in Korean
    /// order) the first token the span covers, or all while it covers none, less the words
    /// already taken on that side; in letters mode, the letters not yet covered or taken.
    private func budgetLeft() -> Int {
        if let letters { return letters.count - spanTokens.count - unlinkedBeforeCover - unlinkedAfterCover }
        if spanTokens.isEmpty { return order.filter { !linkedAny.contains($0) }.count - unlinkedBeforeCover }
        let first = spanTokens.compactMap { order.firstIndex(of: $0) }.min() ?? 0
        return order[..<first].filter { !linkedAny.contains($0) }.count - unlinkedAfterCover
    }

    /// A compound token no word renders clearly is two Korean words: the usual word for its prefix
    /// joins the one taken for it (다중 | 모드 for multimodal), even with the budget spent.
    private func rendersPrefixOfUnlinkedCompound(_ w: String) -> Bool {
        letters == nil && order.contains { t in
            !linked.contains(t) && TermKnowledge.splitPrefix(t).map { TermKnowledge.rendersPrefix(w, $0.prefix) } == true
        }
    }

    /// No particle, no case ending, not a long `…의` word, no modifier or connective ending.
    private func looksLikeNoun(_ w: String) -> Bool {
        knowledge.strip(w).particle.isEmpty && !knowledge.caseMarked(w)
            && !TermKnowledge.isLongGenitive(w)
            && !TermText.hasAnySuffix(w, TermKnowledge.notNounEndings)
    }
}
