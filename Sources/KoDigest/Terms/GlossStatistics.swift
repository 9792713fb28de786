/// The corpus statistics of the gloss windows (docs/terms.md §3), counted gloss by gloss between
/// the passes: which Korean pieces stand beside which English tokens, which left contexts a term
/// has, and which expansions an abbreviation has. `TermKnowledge` turns them into scores.
///
/// Korean keys are `WordKey`s: a `String` key would be normalised on every hash.
struct GlossStatistics {
    /// (piece, token) pairs at the same distance from the paren, each counted once per gloss.
    var diagonal: [WordPair: Int] = [:]
    /// (piece, token) pairs anywhere in the last n pieces, each counted once per gloss.
    var bag: [WordPair: Int] = [:]
    /// Glosses whose last n + 1 pieces hold the piece.
    var diagonalWindows: [WordKey: Int] = [:]
    /// Glosses whose last n pieces (the bag) hold the piece.
    var bagWindows: [WordKey: Int] = [:]
    /// Glosses whose English holds the token.
    var tokenGlosses: [String: Int] = [:]
    /// English key → window suffix (`TermKnowledge.suffixKey`) → record ids; the same for
    /// abbreviation keys.
    var suffixesEn: [String: [WordKey: Set<String>]] = [:]
    var suffixesAbbr: [String: [WordKey: Set<String>]] = [:]
    /// Abbreviation key → its expansions (display forms) with their counts, in order of first sight.
    var expansionCounts: [String: [(String, Int)]] = [:]
    /// Adjacent Hangul words of the windows (last word stemmed), and every window word: how
    /// often a word follows the same neighbour where terms are written.
    var windowPairs: [WordPair: Int] = [:]
    var windowWords: [WordKey: Int] = [:]

    /// Counts one distinct gloss; `stem` strips the particle off a word, `pieces` cuts a word.
    mutating func add(_ g: ObservedGloss, stem: (String) -> String, pieces: (String) -> [String]) {
        let I = g.inside
        guard let adjRaw = g.words.last else { return }
        let adjClass = TermText.wordClass(adjRaw)
        var words = g.words
        words[words.count - 1] = stem(adjRaw)
        for (i, w) in words.enumerated() {
            windowWords[WordKey(w), default: 0] += 1
            if i > 0 && TermText.hasHangul(w) && TermText.hasHangul(words[i - 1]) {
                windowPairs[WordPair(left: words[i - 1], right: w), default: 0] += 1
            }
        }
        if adjClass == .hangul && I.ko.isEmpty {
            if !I.en.isEmpty {
                addPairs(words: words, english: I.enOrder, pieces: pieces)
                GlossStatistics.addSuffixes(of: words, to: &suffixesEn, key: I.enKey, record: g.record)
            }
            if !I.abbr.isEmpty { GlossStatistics.addSuffixes(of: words, to: &suffixesAbbr, key: EnglishTokens.abbrKey(I.abbr), record: g.record) }
        }
        // abbreviation expansions, from every kind of group
        if !I.en.isEmpty && !I.abbr.isEmpty {
            if TermKnowledge.goodExpansion(I.abbr, I.en) { addExpansion(I.abbr, I.en) }
        } else if I.ko.isEmpty && I.en.isEmpty && adjClass == .latin {
            if let lf = Abbreviation.longForm(run: TermKnowledge.latinRun(words), short: I.abbr) {
                let long = lf.joined(separator: " ")
                if TermKnowledge.goodExpansion(I.abbr, long) { addExpansion(I.abbr, long) }
            }
        } else if I.ko.isEmpty && I.abbr.isEmpty && adjClass == .latin {
            let a = words[words.count - 1]
            if Abbreviation.isToken(a) && TermKnowledge.goodExpansion(a, I.en) { addExpansion(a, I.en) }
        }
    }

    /// The diagonal and bag pairs of a window (last word stemmed) and its English tokens in
    /// Korean order.
    private mutating func addPairs(words: [String], english es: [String], pieces: (String) -> [String]) {
        let n = es.count
        let ps = words.filter { !TermKnowledge.isBridgeWord($0) }.flatMap(pieces)
        for e in Set(es) { tokenGlosses[e, default: 0] += 1 }
        var pairSeen = Set<WordPair>()
        if n > 0 && !ps.isEmpty {
            for j in 1...min(n, ps.count) {
                let pair = WordPair(left: ps[ps.count - j], right: es[n - j])
                if pairSeen.insert(pair).inserted { diagonal[pair, default: 0] += 1 }
            }
        }
        for p in Set(ps.suffix(n + 1).map(WordKey.init)) { diagonalWindows[p, default: 0] += 1 }
        let eset = Set(es)
        for p in Set((n == 0 ? ps : Array(ps.suffix(n))).map(WordKey.init)) {
            bagWindows[p, default: 0] += 1
            for e in eset { bag[WordPair(left: p.text, right: e), default: 0] += 1 }
        }
    }

    private static func addSuffixes(of words: [String], to table: inout [String: [WordKey: Set<String>]], key: String, record: String) {
        for L in 1...words.count {
            table[key, default: [:]][TermKnowledge.suffixKey(words, L), default: []].insert(record)
        }
    }

    private mutating func addExpansion(_ abbr: String, _ long: String) {
        addExpansion(key: EnglishTokens.abbrKey(abbr), long, count: 1)
    }

    private mutating func addExpansion(key k: String, _ long: String, count n: Int) {
        var list = expansionCounts[k] ?? []
        if let i = list.firstIndex(where: { $0.0 == long }) { list[i].1 += n } else { list.append((long, n)) }
        expansionCounts[k] = list
    }

    /// Adds `other`, counted from the glosses that follow these: counts add, record sets join,
    /// and expansions keep their order of first sight.
    mutating func merge(_ other: GlossStatistics) {
        for (k, v) in other.diagonal { diagonal[k, default: 0] += v }
        for (k, v) in other.bag { bag[k, default: 0] += v }
        for (k, v) in other.diagonalWindows { diagonalWindows[k, default: 0] += v }
        for (k, v) in other.bagWindows { bagWindows[k, default: 0] += v }
        for (k, v) in other.tokenGlosses { tokenGlosses[k, default: 0] += v }
        for (k, v) in other.windowPairs { windowPairs[k, default: 0] += v }
        for (k, v) in other.windowWords { windowWords[k, default: 0] += v }
        GlossStatistics.join(other.suffixesEn, into: &suffixesEn)
        GlossStatistics.join(other.suffixesAbbr, into: &suffixesAbbr)
        for (k, list) in other.expansionCounts {
            for (long, n) in list { addExpansion(key: k, long, count: n) }
        }
    }

    private static func join(_ other: [String: [WordKey: Set<String>]], into table: inout [String: [WordKey: Set<String>]]) {
        for (key, suffixes) in other {
            for (suffix, records) in suffixes { table[key, default: [:]][suffix, default: []].formUnion(records) }
        }
    }

    /// Clean (diagonal) Dice, max(Dice, P(piece | token)) and bag Dice of every pair seen at
    /// least twice, as piece → token → score (scores under 0.05 left out).
    func associations() -> (assoc: [String: [String: Double]], assocAny: [String: [String: Double]], assocBag: [String: [String: Double]]) {
        var assoc: [String: [String: Double]] = [:], assocAny: [String: [String: Double]] = [:]
        var assocBag: [String: [String: Double]] = [:]
        for (pair, c) in diagonal where c >= 2 {
            let k = pair.left, e = pair.right
            let d = 2.0 * Double(c) / Double((diagonalWindows[WordKey(k)] ?? 0) + (tokenGlosses[e] ?? 0))
            if d >= 0.05 { assoc[k, default: [:]][e] = d }
            let sc = c >= 3 ? max(d, Double(c) / Double(tokenGlosses[e] ?? 1)) : d
            if sc >= 0.05 { assocAny[k, default: [:]][e] = sc }
        }
        for (pair, c) in bag where c >= 2 {
            let b = 2.0 * Double(c) / Double((bagWindows[WordKey(pair.left)] ?? 0) + (tokenGlosses[pair.right] ?? 0))
            if b >= 0.05 { assocBag[pair.left, default: [:]][pair.right] = b }
        }
        return (assoc, assocAny, assocBag)
    }

    /// Abbreviation key → its expansions, most frequent first, forms of one English key counted
    /// together and shown as first seen; equal totals keep the order of first sight.
    func rankedExpansions() -> [String: [String]] {
        var expansions: [String: [String]] = [:]
        for (k, list) in expansionCounts {
            var byKey: [(key: String, total: Int, display: String)] = []
            for (display, n) in list {
                let ek = EnglishTokens.key(display)
                if let i = byKey.firstIndex(where: { $0.key == ek }) { byKey[i].total += n } else { byKey.append((ek, n, display)) }
            }
            let ranked = byKey.enumerated().sorted { ($0.element.total, -$0.offset) > ($1.element.total, -$1.offset) }
            expansions[k] = ranked.map(\.element.display)
        }
        return expansions
    }
}
