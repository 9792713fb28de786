import Foundation

/// The curated resources plus the corpus-wide statistics of pass 1, built once between the
/// passes and shared read-only by the extractor (see `docs/terms.md` §3).
///
/// A class, so that the span growth, the judge and the linker, which each hold or copy it per
/// gloss, share one reference instead of retaining its two dozen tables one by one (a few
/// percent of a run, on reference counts both workers touch). It is immutable once built: every stored property is
/// a `let` but `wordFacts`, which only `init` writes, and `linkMemo` locks — hence the unchecked
/// `Sendable`.
public final class TermKnowledge: TermReference, @unchecked Sendable {
    // Thresholds (docs/terms.md §8).
    static let tau = 0.2, tauBag = 0.3, tauWeak = 0.05, tauTranslit = 0.75, absorb = 0.6
    static let suffixMin = 2, suffixRatio = 0.5, generalMin = 15, generalDice = 0.12, otherDice = 0.5
    static let segmentMin = 20, segmentMax = 24, collocationMin = 3, collocationShare = 0.5, expansionsTried = 4, quotedMax = 5

    let resources: TermResources
    let stripper: ParticleStripper
    var reference: ReferenceGlossary { resources.reference }
    let counts: TokenCounts
    /// Clean (diagonal) Dice: piece → token → score.
    let assoc: WordKeyed<[String: Double]>
    /// max(diagonal Dice, P(piece | token)).
    let assocAny: WordKeyed<[String: Double]>
    /// Bag Dice.
    let assocBag: WordKeyed<[String: Double]>
    /// English token → the Korean piece with the best clean Dice, and that Dice.
    let bestKorean: [String: (piece: String, dice: Double)]
    let diagonalWindowCount: WordKeyed<Int>
    let bagCount: [WordPair: Int]
    let bagWindowCount: WordKeyed<Int>
    /// Adjacent Hangul words of the gloss windows, and the window words (`collocation`).
    let windowPairs: [WordPair: Int]
    let windowWords: WordKeyed<Int>
    /// English key → window suffix → record ids; the same for abbreviation keys.
    let suffixesEn: [String: [WordKey: Set<String>]]
    let suffixesAbbr: [String: [WordKey: Set<String>]]
    /// Abbreviation key → its expansions in the corpus (display forms), most frequent first; else
    /// the reference glossary's.
    let expansions: [String: [String]]
    /// The initials of every English of several words the corpus glosses (with and without stop
    /// words) → those English keys: `lr` → learning rate (`glossedExpansion`).
    let glossedInitials: [String: [String]]
    /// The pieces (`computePieces`) of the words of the corpus gloss windows, made while counting them.
    let piecesCache: [WordKey: [String]]
    /// Particle stripping of every word seen in a gloss window.
    let stripCache: [WordKey: ParticleStripper.Result]
    /// Loanword skeletons of every piece in `piecesCache` and of every token of `englishOrders`:
    /// `link` compares each piece of a window with each token of its gloss.
    let pieceSkeletons: [WordKey: [UInt8]]
    let englishSkeletons: [String: [[UInt8]]]
    /// Inside analysis of every candidate gloss of pass 1, by raw inside.
    let insides: [WordKey: InsideAnalysis]
    /// `EnglishTokens.koOrder` of the English of every gloss and of every corpus expansion.
    let englishOrders: [String: [String]]
    /// `status` and `bestEnglish` of every word seen in a gloss window, and of its stem: the
    /// same words come back window after window, and both walk lists and tables.
    private(set) var wordFacts: [WordKey: WordFacts] = [:]
    /// `link`'s results by words and tokens.
    let linkMemo = Memo<WordKey, TermLinks>()

    struct WordFacts: Sendable {
        var status: WordStatus
        var bestEnglish: (Double, String?)
    }

    /// Builds the knowledge from the evidence of pass 1, counting the glosses on `jobs` threads.
    public init(resources: TermResources, evidence: TermEvidence, jobs: Int = 1) {
        self.resources = resources
        let stripper = ParticleStripper(particles: resources.particles)
        self.stripper = stripper
        let counts = {
            var counts = evidence.counts
            counts.computeFamilies(particles: stripper.particles)
            return counts
        }()
        self.counts = counts
        let strips = {
            var strips: [WordKey: ParticleStripper.Result] = [:]
            for g in evidence.glosses {
                for w in g.words where strips[WordKey(w)] == nil { strips[WordKey(w)] = stripper.strip(w, counts: counts) }
            }
            return strips
        }()
        let (statistics, pieces) = TermKnowledge.countGlosses(evidence.glosses, jobs: jobs, stripper: stripper, counts: counts, strips: strips)
        let (assoc, assocAny, assocBag) = statistics.associations()
        // an abbreviation the corpus never spells out takes the reference glossary's expansions: a
        // day read alone still knows that SOTA is state of the art
        let expansions = statistics.rankedExpansions().merging(resources.reference.expansions) { corpus, _ in corpus }
        self.bestKorean = TermKnowledge.bestKorean(assoc)
        self.assoc = WordKeyed(assoc)
        self.assocAny = WordKeyed(assocAny)
        self.assocBag = WordKeyed(assocBag)
        self.diagonalWindowCount = WordKeyed(statistics.diagonalWindows)
        self.bagCount = statistics.bag
        self.bagWindowCount = WordKeyed(statistics.bagWindows)
        self.windowPairs = statistics.windowPairs
        self.windowWords = WordKeyed(statistics.windowWords)
        self.suffixesEn = statistics.suffixesEn
        self.suffixesAbbr = statistics.suffixesAbbr
        self.expansions = expansions
        self.glossedInitials = TermKnowledge.initialsIndex(statistics.suffixesEn.keys)
        self.piecesCache = pieces
        var pieceSkeletons: [WordKey: [UInt8]] = [:]
        for p in pieces.values.joined() where pieceSkeletons[WordKey(p)] == nil {
            pieceSkeletons[WordKey(p)] = LoanwordSkeleton.hangulSkeleton(p)
        }
        self.pieceSkeletons = pieceSkeletons
        self.stripCache = strips
        var insides: [WordKey: InsideAnalysis] = [:]
        var orders: [String: [String]] = [:]
        for g in evidence.glosses {
            insides[WordKey(g.raw)] = g.inside
            if !g.inside.en.isEmpty { orders[g.inside.en] = g.inside.enOrder }
        }
        for x in expansions.values.joined() where orders[x] == nil { orders[x] = EnglishTokens.koOrder(x) }
        self.insides = insides
        self.englishOrders = orders
        var englishSkeletons: [String: [[UInt8]]] = [:]
        for e in orders.values.joined() where englishSkeletons[e] == nil {
            englishSkeletons[e] = LoanwordSkeleton.englishForms(e)
        }
        self.englishSkeletons = englishSkeletons
        var facts: [WordKey: WordFacts] = [:]
        for (word, stripped) in strips {
            for k in [word, WordKey(stripped.stem)] where facts[k] == nil {
                facts[k] = WordFacts(status: computeStatus(k.text), bestEnglish: computeBestEnglish(k.text))
            }
        }
        self.wordFacts = facts
    }

    /// Counts the pass-1 glosses, which are distinct already (first occurrence in file order):
    /// each worker counts a share of consecutive ones, and the shares merge in order. Also
    /// returns the pieces of every window word, made while counting.
    private static func countGlosses(_ glosses: [ObservedGloss], jobs: Int, stripper: ParticleStripper, counts: TokenCounts,
                                     strips: [WordKey: ParticleStripper.Result]) -> (GlossStatistics, [WordKey: [String]]) {
        var statistics = GlossStatistics(), pieces: [WordKey: [String]] = [:]
        let parts = max(1, jobs)
        let shares = (0..<parts).map { glosses.count * $0 / parts..<glosses.count * ($0 + 1) / parts }
        orderedParallelMap(count: shares.count, jobs: jobs, transform: { c -> (GlossStatistics, [WordKey: [String]]) in
            var part = GlossStatistics(), cache: [WordKey: [String]] = [:]
            for g in glosses[shares[c]] {
                part.add(g, stem: { (strips[WordKey($0)] ?? stripper.strip($0, counts: counts)).stem }, pieces: { w in
                    if let p = cache[WordKey(w)] { return p }
                    let p = TermKnowledge.computePieces(w, stripper: stripper, counts: counts)
                    cache[WordKey(w)] = p
                    return p
                })
            }
            return (part, cache)
        }, consume: { _, part in
            statistics.merge(part.0)
            pieces.merge(part.1) { mine, _ in mine }
        })
        return (statistics, pieces)
    }

    /// English keys of two words or more by their initials, with and without stop words, each
    /// list sorted so that the first match does not depend on hashing.
    private static func initialsIndex(_ keys: some Sequence<String>) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for key in keys {
            let words = key.split(separator: " ")
            guard words.count >= 2 else { continue }
            let all = String(words.compactMap(\.first))
            let content = String(words.filter { !EnglishTokens.stop.contains(String($0)) }.compactMap(\.first))
            index[all, default: []].append(key)
            if content != all && content.count >= 2 { index[content, default: []].append(key) }
        }
        for k in index.keys { index[k]!.sort() }
        return index
    }

    /// English token → the Korean piece with the best clean Dice (the smaller piece on a tie).
    private static func bestKorean(_ assoc: [String: [String: Double]]) -> [String: (piece: String, dice: Double)] {
        var best: [String: (piece: String, dice: Double)] = [:]
        for (p, row) in assoc {
            for (e, d) in row {
                if let b = best[e], b.dice > d || (b.dice == d && b.piece <= p) { continue }
                best[e] = (p, d)
            }
        }
        return best
    }

    // MARK: - TermReference

    public func preferredKorean(forEnglish english: String) -> String? {
        reference.entry(forEnglish: english)?.ko ?? reference.entry(forAbbreviation: english)?.ko
    }

    /// The reference rendering of the corpus expansion the Korean renders: 공격 성공률(ASR) renders
    /// attack success rate, which the reference does not know, so there is none. The abbreviation's
    /// own entry stands for its most frequent corpus expansion, or for any when the corpus has none.
    /// A Korean that is the preferred rendering of one of the abbreviation's concepts has none
    /// either (시각 언어 모델(VLM): visual language model, not vision-language model).
    public func preferredKorean(forAbbreviation abbr: String, renderedBy ko: String) -> String? {
        let key = EnglishTokens.abbrKey(abbr)
        if reference.entries(withForm: ko).contains(where: { $0.ko == ko && $0.abbreviations.contains { EnglishTokens.abbrKey($0) == key } }) {
            return nil
        }
        let own = reference.entry(forAbbreviation: abbr)?.ko
        guard let top = expansion(abbr) else { return own }
        guard let x = expansion(abbr, renderedBy: ko.split(separator: " ").map(String.init)) else { return nil }
        return reference.entry(forEnglish: x.en)?.ko ?? (x.en == top ? own : nil)
    }

    /// The piece with the best clean Dice for the word's one token, when that Dice reaches `tau`.
    public func corpusRendering(ofWord word: String) -> String? {
        let tokens = EnglishTokens.tokens(word)
        guard tokens.count == 1, let best = bestKorean[tokens[0]], best.dice >= TermKnowledge.tau else { return nil }
        return best.piece
    }

    public func koreanRenderings(ofEnglish english: String) -> [String] {
        (reference.entry(forEnglish: english) ?? reference.entry(forAbbreviation: english))?.forms ?? []
    }

    // MARK: - helpers used by pass 1 and pass 2

    /// Words that join a modifier to its head (`…을 통한`, `…을 위한`): they belong to a span
    /// without rendering a token.
    static let bridgeWords = ["통한", "위한", "대한", "의한", "기반한", "기반의", "이용한", "활용한", "사용한", "갖춘", "가진",
                              "있는", "없는", "가능한", "관한", "향한", "따른", "인한", "같은", "사용하는", "이용하는",
                              "활용하는", "통하는", "기반으로 한", "갖는"]
    /// Hashed by bytes: a `Set<String>` would normalise every Korean word it is asked about.
    private static let bridgeKeys = Set(bridgeWords.map(WordKey.init))

    static func isBridgeWord(_ w: String) -> Bool { bridgeKeys.contains(WordKey(w)) }

    /// The last `L` of `words`, as a key of `suffixesEn` and `suffixesAbbr`.
    static func suffixKey(_ words: [String], _ L: Int) -> WordKey { WordKey(words.suffix(L).joined(separator: "\u{1}")) }

    /// Korean renders an English -able/-ible adjective as a noun and one of these. Compared by
    /// bytes (`WordKey.same`): link asks about every window word, and a `Set<String>` would
    /// normalise each Korean word to hash it.
    static let ableWords = ["가능한", "불가능한"]

    static func isAbleWord(_ w: String) -> Bool { ableWords.contains { WordKey.same($0, w) } }

    /// scalable, invertible: a word of at least six letters ending in -able or -ible.
    static func isAbleAdjective(_ token: String) -> Bool {
        token.utf8.count >= 6 && (token.hasSuffix("able") || token.hasSuffix("ible"))
    }

    /// The Latin words that end `words`; a number between or after them belongs to the run
    /// (`Robot Piano 1 Million`, `Segment Anything Model 2`).
    static func latinRun(_ words: [String]) -> [String] {
        var run: [String] = []
        for i in words.indices.reversed() {
            if TermText.wordClass(words[i]) != .latin && !numberInLatinRun(words, i) { break }
            run.insert(words[i], at: 0)
        }
        return run
    }

    /// Word `i` is a number right after a Latin word.
    static func numberInLatinRun(_ words: [String], _ i: Int) -> Bool {
        i >= 1 && words[i].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && !words[i].isEmpty
            && TermText.wordClass(words[i - 1]) == .latin
    }

    /// S-H match, at least two words (or one long word), and the long form does not contain the
    /// short form itself.
    static func goodExpansion(_ abbr: String, _ long: String) -> Bool {
        guard Abbreviation.matches(short: abbr, long: long) else { return false }
        let words = TermText.trimWhitespaces(long).unicodeScalars
            .split(whereSeparator: { TermText.isSpace($0) || $0 == "-" || $0 == "/" })
            .map { TermText.string($0) }
        guard let first = words.first else { return false }
        if words.count < 2 && Abbreviation.letters(abbr).count > 2 {
            return UTF8Scalars.count(first) > UTF8Scalars.count(abbr) + 2
        }
        let ak = EnglishTokens.abbrKey(abbr)
        return !words.contains { EnglishTokens.abbrKey($0) == ak }
    }

    /// The abbreviation's most frequent expansion in the corpus.
    func expansion(_ abbr: String) -> String? {
        abbr.isEmpty ? nil : expansions[EnglishTokens.abbrKey(abbr)]?.first
    }

    /// The expansion of `abbr` that the Korean `words` render, with the words' links to it. An
    /// abbreviation can stand for several things (ASR: speech recognition, attack success rate),
    /// so this is the most frequent of its corpus expansions if words link to two of its tokens;
    /// else the first other one that the words link to for more than half its tokens, and for at
    /// least two when a lone word links to the most frequent one (a lone link can be chance:
    /// 테스트 looks like text, but 테스트 시간(TTS) is test-time scaling, not text-to-speech); else
    /// an English the abbreviation spells that the corpus glosses with exactly these words
    /// (`glossedExpansion`: 학습률(LR) is learning rate, whatever else LR stands for); else the most
    /// frequent one, unless the words spell out the abbreviation's letters: then they render an
    /// expansion the corpus lacks (증강 현실(AR) where AR was only autoregressive), and there is none.
    func expansion(_ abbr: String, renderedBy words: [String]) -> (en: String, links: TermLinks)? {
        guard !abbr.isEmpty, let all = expansions[EnglishTokens.abbrKey(abbr)], let top = all.first else { return nil }
        let topLinks = link(words, englishOrder(top))
        let topLinked = topLinks.allTokens.count
        if topLinked >= 2 { return (top, topLinks) }
        for x in all.prefix(TermKnowledge.expansionsTried).dropFirst() {
            let tokens = englishOrder(x)
            let links = link(words, tokens)
            let linked = links.allTokens.count
            if 2 * linked > tokens.count && linked > topLinked { return (x, links) }
        }
        if topLinked == 0, let glossed = glossedExpansion(words, abbr) { return (glossed, link(words, englishOrder(glossed))) }
        return topLinked > 0 || !spellsOut(words, abbr) ? (top, topLinks) : nil
    }

    static let derivationalEndings = ["적으로", "적인", "하는", "되는", "시키는", "된", "한", "적", "화된", "하기"]

    static func computePieces(_ w: String, stripper: ParticleStripper, counts: TokenCounts) -> [String] {
        let stem = stripper.strip(w, counts: counts).stem
        var out: [String] = []
        for part in TermText.splitCompound(stem) where TermText.hasHangul(part) {
            var p = part
            var derived = false
            for suf in derivationalEndings {
                let n = UTF8Scalars.count(suf)
                if TermText.hasSuffix(p, suf) && UTF8Scalars.count(p) - n >= 2 {
                    let s = TermText.dropLast(p, n)
                    if counts[s] >= segmentMin { p = s; derived = true; break }
                }
            }
            // a rarer root keeps its 적: 명시적인 and 명시적으로 are the 명시적 of 명시적(explicit)
            if !derived, let suf = ["적인", "적으로"].first(where: { TermText.hasSuffix(p, $0) }), UTF8Scalars.count(p) - UTF8Scalars.count(suf) >= 2 {
                let s = TermText.dropLast(p, UTF8Scalars.count(suf) - 1)
                if counts[s] >= collocationMin { p = s }
            }
            out.append(contentsOf: segment(p, counts: counts))
        }
        return out
    }

    /// 강화학습 → 강화, 학습: a split into parts that occur often on their own.
    static func segment(_ p: String, counts: TokenCounts) -> [String] {
        let sc = UTF8Scalars.array(p)
        let n = sc.count
        // every cut makes two strings: a run-on "word" of thousands of syllables is no compound
        if n < 4 || n > segmentMax { return [p] }
        for i in 2..<(n - 1) {
            let a = TermText.string(sc[..<i]), b = TermText.string(sc[i...])
            if counts[a] >= segmentMin {
                if counts[b] >= segmentMin { return [a, b] }
                if n - i >= 4 {
                    let rest = segment(b, counts: counts)
                    if rest.count > 1 { return [a] + rest }
                }
            }
        }
        return [p]
    }

    func pieces(_ w: String) -> [String] {
        piecesCache[WordKey(w)] ?? TermKnowledge.computePieces(w, stripper: stripper, counts: counts)
    }

    /// `InsideAnalysis(raw:)`, from pass 1 when it saw the group.
    func inside(_ raw: String) -> InsideAnalysis { insides[WordKey(raw)] ?? InsideAnalysis(raw: raw) }

    func strip(_ w: String) -> ParticleStripper.Result { stripCache[WordKey(w)] ?? stripper.strip(w, counts: counts) }

    /// `EnglishTokens.koOrder(en)`, made once for the English of the corpus glosses.
    func englishOrder(_ en: String) -> [String] { englishOrders[en] ?? EnglishTokens.koOrder(en) }

    func hangulSkeleton(_ piece: String) -> [UInt8] { pieceSkeletons[WordKey(piece)] ?? LoanwordSkeleton.hangulSkeleton(piece) }

    func englishForms(_ token: String) -> [[UInt8]] { englishSkeletons[token] ?? LoanwordSkeleton.englishForms(token) }

    /// `LoanwordSkeleton.similarity(korean:english:)` from the skeletons made between the passes.
    func similarity(piece: String, token: String) -> Double {
        LoanwordSkeleton.similarity(hangulSkeleton(piece), englishForms(token))
    }
}
