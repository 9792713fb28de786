import Foundation

/// ok / partial / mismatch for an extracted term (docs/terms.md §7).
///
/// `mismatch` needs positive evidence that the two sides name different things: an abbreviation
/// that cannot stand for its expansion, different numbers on the two sides, or — when no Korean
/// word links to the English — a Korean word that confidently renders some other English word
/// while the English has a known rendering that the Korean lacks. A gloss with no link and no such
/// evidence is a loose translation the corpus has not seen often enough: `ok`.
extension TermKnowledge {
    /// Whether the initials of `en`'s words (split at spaces and hyphens) run together inside one of
    /// `abbreviations`' letters, case folded.
    static func initialsInside(_ abbreviations: [String], _ en: String) -> Bool {
        let initials = String(en.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first))
        guard !initials.isEmpty else { return false }
        return abbreviations.contains { $0.lowercased().filter { $0.isLetter }.contains(initials) }
    }

    func judge(kind: TermKind, ko: String, en: String, abbr: String, beyond: Bool) -> (GlossMatch, String) {
        if !en.isEmpty && !abbr.isEmpty && kind != .enKo && Abbreviation.conflicts(short: abbr, long: en) {
            // `SAM (Segment Anything)`, `OoDD (out-of-distribution)`: the expansion drops a last word;
            // `HSPI-LD (Logit Distributions)`: it expands the last part of a compound name
            let lastPart = abbr.split(separator: "-").last.map(String.init) ?? abbr
            if Abbreviation.conflicts(short: String(abbr.unicodeScalars.filter(TermText.isUpper).dropLast().map(Character.init)), long: en)
                && (lastPart == abbr || Abbreviation.conflicts(short: lastPart, long: en)) {
                return (.mismatch, "the abbreviation does not fit the expansion")
            }
            // a dropped first or last word leaves the expansion's initials as a run of the abbreviation's
            // letters (`SAM (Segment Anything)`, `LLMs (Language Models)`); `PBR (Material Parameters)`
            // has no such run and names a different thing
            guard TermKnowledge.initialsInside([abbr, lastPart], en) else {
                return (.mismatch, "the expansion's initials are not in the abbreviation")
            }
            return (.partial, "the abbreviation has a last letter the expansion lacks")
        }
        if !en.isEmpty && !abbr.isEmpty && kind != .enKo && Abbreviation.dropsFirstWord(short: abbr, long: en) {
            return (.partial, "the abbreviation has a first letter the expansion lacks")
        }
        if kind == .enEn { return (.ok, "") }
        let kwords = TermText.spaceSeparated(ko).map(String.init)
        // choosing the expansion an abbreviation alone renders links the words to it already
        let rendered = en.isEmpty ? expansion(abbr, renderedBy: kwords) : nil
        let target = !en.isEmpty ? en : (rendered?.en ?? "")
        if ko.isEmpty || target.isEmpty { return (.ok, "") }
        if let why = TermKnowledge.numberConflict(ko: ko, en: target) { return (.mismatch, why) }
        let E = englishOrder(target)
        let links = rendered?.links ?? link(kwords, E)
        let linked = links.allTokens
        let unlinked = kwords.enumerated().filter { !links.has($0.offset) && TermText.hasHangul($0.element)
            && !TermKnowledge.isBridgeWord($0.element) }.map(\.element)
        // an abbreviation alone is tested against the expansion its Korean renders; one that
        // spells it out differently (투사 인식 샘플링(PAS), 이미지 당 클래스(IPC)) has none
        if linked.isEmpty && !E.isEmpty {
            if let why = conflict(ko: ko, target: target, E: E, unlinked: unlinked) { return (.mismatch, why) }
        }
        let missing = E.filter { !linked.contains($0) }
        // an abbreviation alone has no English of its own to contrast: its expansion is a guess
        if !en.isEmpty, let why = contrastConflict(unlinked: unlinked, missing: missing, E: E) { return (.mismatch, why) }
        if (kind == .koEn || kind == .koAbbr) && beyond { return (.partial, "covered words lie beyond the Korean span") }
        var capacity = unlinked.count
        for (i, w) in kwords.enumerated() where links.has(i) && links[i].count == 1 && TermText.hangulCount(w) >= 3 {
            let mine = links[i]
            if !pieces(w).contains(where: { p in mine.contains { similarity(piece: p, token: $0) >= TermKnowledge.tauTranslit } }) {
                capacity += 1
            }
        }
        if missing.count > capacity && !linked.isEmpty {
            return (.partial, "no Korean for: " + missing.joined(separator: " "))
        }
        return (.ok, "")
    }

    /// Two-sided evidence for a gloss where nothing links: the English has a known rendering (the
    /// reference glossary's, or the corpus's confident one for one of its words) that the Korean
    /// lacks, and a Korean word confidently renders an English word unrelated to the target. With
    /// no rendering known, every Korean word must render another word and one must be a loanword
    /// of it (마스크 트리(structure): 마스크 is mask, whatever the corpus says of structure), and
    /// every English word must be one the corpus glosses.
    func conflict(ko: String, target: String, E: [String], unlinked: [String]) -> String? {
        let compact = TermText.removingSpaces(ko)
        var known: String? = nil
        if let entry = referenceEntry(en: target, abbr: "") {
            if entry.forms.contains(where: { compact.contains(TermText.removingSpaces($0)) }) { return nil }
            known = "\(entry.en) is \(entry.ko)"
        }
        if known == nil {
            for e in E {
                guard let b = bestKorean[e], b.dice >= TermKnowledge.otherDice else { continue }
                if compact.contains(b.piece) { return nil }
                if known == nil { known = "\(e) is usually \(b.piece)" }
            }
        }
        let meanings = unlinked.compactMap { otherMeaning($0, E) }
        guard let known else {
            guard meanings.count == unlinked.count, E.allSatisfy({ bestKorean[$0] != nil }) else { return nil }
            let loans = meanings.filter { similarity(piece: $0.piece, token: $0.english) >= TermKnowledge.tauTranslit }
            guard !loans.isEmpty else { return nil }
            return "the Korean renders " + loans.map { "\($0.piece)=\($0.english)" }.joined(separator: " ")
                + (loans.count == 1 ? ", a loanword" : ", loanwords")
        }
        var other = meanings.map { "\($0.piece)=\($0.english)" }
        if other.isEmpty, let r = referenceMeaning([ko] + unlinked + unlinked.flatMap { pieces($0) }, E) { other = [r] }
        guard !other.isEmpty else { return nil }
        return "the Korean renders " + other.joined(separator: " ") + "; " + known
    }

    /// A piece of w and the English word it renders, when the piece shows no association with any
    /// of `E` and confidently renders English words unrelated to them: their clean Dice scores
    /// (each ≥ 0.2) add up to ≥ 0.5; `english` is the best of them.
    func otherMeaning(_ w: String, _ E: [String]) -> (piece: String, english: String)? {
        for p in pieces(w) {
            if E.contains(where: { (assocAny[p]?[$0] ?? 0) >= TermKnowledge.tauWeak || (assocBag[p]?[$0] ?? 0) >= TermKnowledge.tauBag }) {
                return nil
            }
            // a rendering of another form of the same word (학습 renders training, so it may render train)
            if let row = assocAny[p], row.contains(where: { x, sc in sc >= TermKnowledge.tau && E.contains { $0 != x && TermKnowledge.related(x, $0) } }) {
                return nil
            }
            if E.contains(where: { similarity(piece: p, token: $0) > 0.5 }) { return nil }
        }
        // confident: one rendering, or synonyms that share the piece (대화 = conversation, dialogue)
        for p in pieces(w) {
            guard let row = assoc[p] else { continue }
            var best: (String, Double)? = nil
            var total = 0.0
            for (x, d) in row where d >= TermKnowledge.tau {
                if E.contains(where: { TermKnowledge.related(x, $0) }) { return nil }
                total += d
                if best.map({ d > $0.1 || (d == $0.1 && x < $0.0) }) ?? true { best = (x, d) }
            }
            if let (x, _) = best, total >= TermKnowledge.otherDice { return (p, x) }
        }
        return nil
    }

    /// The pieces of the Korean words, left to right, render words starting with the
    /// abbreviation's capitals, in order, all but one at most (two of SMPL's four is chance).
    func spellsOut(_ words: [String], _ abbr: String) -> Bool {
        let caps = abbr.unicodeScalars.filter(TermText.isUpper).map(TermText.lower)
        guard caps.count >= 2 else { return false }
        var k = 0, matched = 0
        for w in words {
            for p in TermText.hasHangul(w) ? pieces(w) : [w] where k < caps.count {
                let cands = letterCandidates(p)
                if let j = (k..<caps.count).first(where: { cands.contains(caps[$0]) }) {
                    k = j + 1
                    matched += 1
                }
            }
        }
        return matched >= max(2, caps.count - 1)
    }

    /// `form=english` when one of `forms` is the reference rendering of a concept that shares no
    /// word with `E` (확산 is diffusion, not attention mechanism). This needs no corpus
    /// statistics, so it also holds for a small input.
    func referenceMeaning(_ forms: [String], _ E: [String]) -> String? {
        for f in forms {
            for entry in reference.entries(withForm: f) {
                let tokens = EnglishTokens.tokens(entry.en)
                if !tokens.isEmpty && !tokens.contains(where: { t in E.contains { TermKnowledge.related(t, $0) } }) {
                    return "\(f)=\(entry.en)"
                }
            }
        }
        return nil
    }

    /// Forms of one English word: equal, or sharing a stem (`edit`/`editability`, `pair`/`pairwise`).
    static func related(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = UTF8Scalars.array(a), y = UTF8Scalars.array(b)
        var k = 0
        while k < min(x.count, y.count) && x[k] == y[k] { k += 1 }
        return k >= 4 || (k >= 3 && k == min(x.count, y.count))
    }

    // Number words: a Korean and an English side that count differently (쿼드러플 vs quintuplet,
    // 이중 vs triple, 2D vs 3D) do not name the same thing.
    static let koreanNumberPrefixes: [(String, Int)] = [
        ("단일", 1), ("싱글", 1), ("이중", 2), ("더블", 2), ("듀얼", 2), ("삼중", 3), ("트리플", 3), ("사중", 4), ("쿼드", 4),
        ("오중", 5), ("퀸튜", 5), ("퀸트", 5), ("펜타", 5),
    ]
    static let englishNumberWords: [String: Int] = [
        "single": 1, "double": 2, "dual": 2, "twin": 2, "triple": 3, "triplet": 3, "quadruple": 4, "quadruplet": 4,
        "quad": 4, "quintuple": 5, "quintuplet": 5, "pentad": 5,
    ]

    /// The first letters of `englishNumberWords`, lower-case ASCII.
    static let englishNumberInitials = Set(englishNumberWords.keys.compactMap(\.utf8.first))

    static func numberConflict(ko: String, en: String) -> String? {
        // the English side first: it rarely has a number, and then the Korean side is not needed
        var en_ = Set<Int>()
        var ed = Set<String>()
        for bytes in en.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D || $0 == 0x2F }) {
            // a number word starts with one of these letters, a dimension with a digit: most
            // words are passed over without making a string
            let raw = Substring(bytes), b = bytes[bytes.startIndex]
            if englishNumberInitials.contains(b | 0x20) {
                let t = raw.lowercased()
                if let n = englishNumberWords[t] ?? englishNumberWords[t.hasSuffix("s") ? String(t.dropLast()) : t] { en_.insert(n) }
            } else if b >= 0x30 && b <= 0x39, let d = dimension(String(raw)) {
                ed.insert(d)
            }
        }
        if en_.isEmpty && ed.isEmpty { return nil }
        var kn = Set<Int>()
        var kd = Set<String>()
        for w in ko.split(separator: " ").map(String.init) {
            for (p, n) in koreanNumberPrefixes where TermText.hasPrefix(w, p) { kn.insert(n) }
            if let d = dimension(w) { kd.insert(d) }
        }
        if !kn.isEmpty && !en_.isEmpty && kn.isDisjoint(with: en_) {
            return "the Korean counts \(kn.sorted().map(String.init).joined(separator: " or ")), the English \(en_.sorted().map(String.init).joined(separator: " or "))"
        }
        if !kd.isEmpty && !ed.isEmpty && kd.isDisjoint(with: ed) {
            return "the Korean says \(kd.sorted().joined(separator: " or ")), the English \(ed.sorted().joined(separator: " or "))"
        }
        return nil
    }

    // Contrasting English words: a gloss that keeps the rest of a term but swaps one of these for
    // its partner (`폐쇄 루프(Open-Loop)`, 폐쇄 = closed) names the opposite concept.
    static let contrastPairs = [
        ("closed", "open"), ("positive", "negative"), ("true", "false"), ("supervised", "unsupervised"),
        ("online", "offline"), ("explicit", "implicit"), ("global", "local"), ("static", "dynamic"),
        ("discrete", "continuous"), ("forward", "backward"), ("encoder", "decoder"), ("input", "output"),
        ("upper", "lower"), ("high", "low"), ("long", "short"), ("dense", "sparse"), ("linear", "nonlinear"),
        ("hard", "soft"), ("inner", "outer"), ("internal", "external"), ("minimum", "maximum"), ("white", "black"),
        ("synchronous", "asynchronous"), ("homogeneous", "heterogeneous"), ("symmetric", "asymmetric"),
        ("centralized", "decentralized"), ("parametric", "nonparametric"), ("deterministic", "stochastic"),
        ("coarse", "fine"), ("shallow", "deep"), ("small", "large"), ("increase", "decrease"), ("success", "failure"),
        ("prior", "posterior"), ("source", "target"), ("teacher", "student"), ("generator", "discriminator"),
        ("training", "inference"), ("precision", "recall"), ("spatial", "temporal"), ("visible", "invisible"),
    ]
    static let contrasts: [String: [String]] = Dictionary(
        contrastPairs.flatMap { [($0.0, [$0.1]), ($0.1, [$0.0])] }, uniquingKeysWith: +)
    static let negations: Set<String> = ["non", "not", "no", "without"]

    /// An English token no word links (`missing`) whose contrasting partner, absent from the
    /// English, an unlinked Korean word renders (`assocAny` ≥ 0.2) with no association to the
    /// token itself: `폐쇄 루프(Open-Loop)`. A negated English (`Non-Supervised`) says the partner.
    func contrastConflict(unlinked: [String], missing: [String], E: [String]) -> String? {
        guard !unlinked.isEmpty, !E.contains(where: TermKnowledge.negations.contains) else { return nil }
        for y in missing {
            for x in TermKnowledge.contrasts[y] ?? [] where !E.contains(where: { TermKnowledge.related($0, x) }) {
                for w in unlinked {
                    for p in pieces(w) {
                        guard let row = assocAny[p], (row[x] ?? 0) >= TermKnowledge.tau, (row[y] ?? 0) < TermKnowledge.tauWeak else { continue }
                        return "the Korean says \(x) (\(p)), the English \(y)"
                    }
                }
            }
        }
        return nil
    }

    /// `2D`, `3D`, `4D` at the start of a word (`3D-aware`, `2D의`).
    static func dimension(_ w: String) -> String? {
        let sc = UTF8Scalars.array(w)
        guard sc.count >= 2, TermText.isDigit(sc[0]), sc[1] == "D" || sc[1] == "d" else { return nil }
        if sc.count > 2 && (TermText.isLatin(sc[2]) && sc[2] != "-") { return nil }
        return String(String.UnicodeScalarView(sc[0...1])).uppercased()
    }
}
