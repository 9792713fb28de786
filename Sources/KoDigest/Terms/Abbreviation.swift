/// Abbreviations: what looks like one, and Schwartz–Hearst matching against a long form.
enum Abbreviation {
    /// Letters and digits of a short form, lowercased, without a plural s (`LLMs` → l l m).
    static func letters(_ short: String) -> [Unicode.Scalar] {
        let sc = UTF8Scalars.array(short)
        var s = sc.filter { $0.properties.isAlphabetic || TermText.isDigit($0) }
            .map(TermText.lower)
        if sc.count > 2, sc[sc.count - 1] == "s", TermText.isUpper(sc[sc.count - 2]), !s.isEmpty { s.removeLast() }
        return s
    }

    private static func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || TermText.isDigit(s) }

    /// Schwartz & Hearst (2003): every letter/digit of `short`, right to left, is found in `long`,
    /// the first one at the start of a word. A 2 or 4 may instead stand for the word it sounds like
    /// (`T2I` = text-to-image, `ML4SE` = machine learning for software engineering).
    static func matches(short: String, long: String) -> Bool {
        let s = letters(short)
        let l = UTF8Scalars.array(long.lowercased())
        if s.isEmpty { return false }
        return matches(s, l, spoken: false) || (s.contains { spokenDigits[$0] != nil } && matches(s, l, spoken: true))
    }

    private static let spokenDigits: [Unicode.Scalar: [Unicode.Scalar]] = ["2": Array("to".unicodeScalars),
                                                                        "4": Array("for".unicodeScalars)]

    private static func matches(_ s: [Unicode.Scalar], _ l: [Unicode.Scalar], spoken: Bool) -> Bool {
        var si = s.count - 1, li = l.count - 1
        while si >= 0 {
            let c = s[si]
            if spoken, let word = spokenDigits[c] {
                while li >= 0 && !isWord(word, at: li, in: l) { li -= 1 }
            } else {
                while li >= 0 && (l[li] != c || (si == 0 && li > 0 && isAlnum(l[li - 1]))) { li -= 1 }
            }
            if li < 0 { return false }
            si -= 1
            li -= 1
        }
        return true
    }

    /// Whether `l` holds the whole word `w` at `i`.
    private static func isWord(_ w: [Unicode.Scalar], at i: Int, in l: [Unicode.Scalar]) -> Bool {
        guard i + w.count <= l.count, l[i..<(i + w.count)].elementsEqual(w) else { return false }
        return (i == 0 || !isAlnum(l[i - 1])) && (i + w.count == l.count || !isAlnum(l[i + w.count]))
    }

    /// Positive evidence that `short` cannot abbreviate `long`. Only the capitals are tested:
    /// digits are notation (`T2I` = text-to-image, `S3FT`, `AI4SE`), lowercase letters belong to
    /// syllable coinages (`CoT`, `ViM`) and `X` often stands for trans-/cross-. With the same first
    /// letter the capitals must match in order (Schwartz–Hearst); with a different one, a coinage
    /// (`DRAG`, `V-JEPA`) still shares most capitals with the word initials, a wrong gloss does not
    /// (`PBR` for Material Parameters).
    static func conflicts(short: String, long: String) -> Bool {
        let caps = capitals(short)
        guard caps.count >= 2 else { return false }
        let spaced = spacedWords(long)
        let capsShort = String(String.UnicodeScalarView(caps))
        if matches(short: capsShort, long: long) || matches(short: capsShort, long: spaced) { return false }
        let noX = String(String.UnicodeScalarView(caps.filter { $0 != "x" }))
        if UTF8Scalars.count(noX) < caps.count && (UTF8Scalars.count(noX) < 2 || matches(short: noX, long: spaced)) { return false }
        let initials = wordInitials(spaced)
        guard let first = initials.first else { return false }
        // the words in another order (IPEX, Intel Extension for PyTorch; an x may stand inside its
        // word): each capital takes a word initial of its own
        var unused = initials
        let reordered = caps.filter { $0 != "x" }.allSatisfy { c in
            guard let k = unused.firstIndex(of: c) else { return false }
            unused.remove(at: k)
            return true
        }
        if reordered { return false }
        if first == caps[0] { return true }
        let shared = caps.filter { initials.contains($0) }.count
        return 2 * shared < caps.count
    }

    /// The expansion lacks the word of the abbreviation's first capital (`LSR` for Super-Resolution,
    /// `MLLMs` for Large Language Models): the same concept, less of it. A capital the expansion
    /// lacks at the end is most often the second half of a compound word (`SAE`, Sparse Autoencoder),
    /// and so is a first capital that repeats the next (`MMU`, Multimodal Understanding).
    static func dropsFirstWord(short: String, long: String) -> Bool {
        let caps = capitals(short), initials = wordInitials(spacedWords(long))
        guard initials.count >= 2, caps.count == initials.count + 1, caps[0] != caps[1] else { return false }
        return Array(caps.dropFirst()) == initials
    }

    /// The capitals of a short form, lowercased, without a plural s (`LLMs` → l l m).
    private static func capitals(_ short: String) -> [Unicode.Scalar] {
        var sc = UTF8Scalars.array(short)
        if sc.count > 2, sc[sc.count - 1] == "s", TermText.isUpper(sc[sc.count - 2]) { sc.removeLast() }
        return sc.filter(TermText.isUpper).map(TermText.lower)
    }

    /// `long` with hyphens and slashes as spaces.
    private static func spacedWords(_ long: String) -> String {
        String(String.UnicodeScalarView(long.unicodeScalars.map { $0 == "-" || $0 == "/" ? " " : $0 }))
    }

    /// The lowercased first letter of each word of `spaced`, and of each capital after a lowercase
    /// letter inside a word (`ReRoPE` → r r p).
    private static func wordInitials(_ spaced: String) -> [Unicode.Scalar] {
        var initials: [Unicode.Scalar] = []
        for w in TermText.spaceSeparated(spaced) {
            var prevLower = false
            for (i, c) in w.unicodeScalars.enumerated() {
                if i == 0 || (prevLower && TermText.isUpper(c)) { initials.append(TermText.lower(c)) }
                prevLower = TermText.isLower(c)
            }
        }
        return initials
    }

    /// How many words (split at hyphens and slashes) start with the next abbreviation letter, in order.
    static func initialsScore(short: String, words: [String]) -> Int {
        let s = letters(short)
        var k = 0, n = 0
        for w in words {
            for part in w.unicodeScalars.split(whereSeparator: { $0 == "-" || $0 == "/" }) {
                guard let first = part.first else { continue }
                let c = TermText.lower(first)
                var j = k
                while j < s.count && s[j] != c { j += 1 }
                if j < s.count { n += 1; k = j + 1 }
            }
        }
        return n
    }

    /// The best long form at the end of a run of Latin words: S-H match, first word starting with
    /// the first letter; most word-initial letters, then the shortest.
    static func longForm(run: [String], short: String) -> [String]? {
        let s = letters(short)
        guard !s.isEmpty, !run.isEmpty else { return nil }
        let limit = min(run.count, s.count + 5, 2 * s.count)
        guard limit >= 1 else { return nil }
        var best: [String]? = nil
        var bestKey = (-1, 0)
        for L in 1...limit {
            let cand = Array(run.suffix(L))
            guard let f = cand[0].unicodeScalars.first, TermText.lower(f) == s[0] else { continue }
            guard matches(short: short, long: cand.joined(separator: " ")) else { continue }
            let key = (initialsScore(short: short, words: cand), -L)
            if best == nil || key > bestKey { best = cand; bestKey = key }
        }
        return best
    }

    /// The marks an abbreviation-like token may hold after its first letter or digit.
    private static let tokenPunctuation = ScalarSet("-.&+/'’·²³")

    /// An abbreviation-like Latin token: LLMs, T2V, ReRoPE, 3D, sLLM, DocVQA.
    static func isToken(_ t: String) -> Bool {
        let sc = UTF8Scalars.array(t)
        guard !sc.isEmpty, sc.count <= 14 else { return false }
        guard TermText.isLatin(sc[0]) || TermText.isDigit(sc[0]) else { return false }
        for c in sc.dropFirst() where !(TermText.isLatin(c) || TermText.isDigit(c) || tokenPunctuation.contains(c)) { return false }
        let letters = sc.filter(TermText.isLatin)
        guard !letters.isEmpty else { return false }
        let up = letters.filter(TermText.isUpper).count
        let dig = sc.filter(TermText.isDigit).count
        if up == 0 { return false }
        if letters.count == 1 { return dig > 0 }
        if Double(up) / Double(letters.count) >= 0.4 { return true }
        return dig > 0 && letters.count <= 4 && !letters.contains(where: TermText.isLower)
    }

    /// An abbreviation, possibly of several tokens: "3D GS", "P. LLMs".
    static func isAbbreviation(_ part: String) -> Bool {
        let toks = part.split(separator: " ").map(String.init)
        if toks.count == 1 { return isToken(toks[0]) }
        if toks.count > 3 || toks.isEmpty { return false }
        // English set in capitals (VIDEO SKETCH): every word a run of five or more capital letters
        if toks.allSatisfy({ t in t.unicodeScalars.count >= 5 && t.unicodeScalars.allSatisfy(TermText.isUpper) }) { return false }
        var ok = 0
        for t in toks {
            if isToken(t) { ok += 1; continue }
            let sc = UTF8Scalars.array(t)
            let capitalDot = (sc.count == 1 && TermText.isUpper(sc[0])) || (sc.count == 2 && TermText.isUpper(sc[0]) && sc[1] == ".")
            var numberLetter = !sc.isEmpty && TermText.isDigit(sc[0])
            if numberLetter {
                var i = 0
                while i < sc.count && TermText.isDigit(sc[i]) { i += 1 }
                numberLetter = i == sc.count || (i == sc.count - 1 && TermText.isLatin(sc[i]))
            }
            if !(capitalDot || numberLetter) { return false }
        }
        return ok >= 1
    }
}
