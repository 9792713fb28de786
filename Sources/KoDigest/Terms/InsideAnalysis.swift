import Foundation

/// What the text inside a parenthetical group holds: Korean, English and abbreviation parts, or
/// the reason it is not a term gloss (citation, example, number, formula, list …).
struct InsideAnalysis: Sendable, Equatable {
    var ko = ""
    var en = ""
    var abbr = ""
    /// `EnglishTokens.koOrder(en)` and `EnglishTokens.key(en)`, made once per distinct inside
    /// (in the parallel first pass) instead of by every statistic and decision that reads them.
    var enOrder: [String] = []
    var enKey = ""
    /// Why the group is not a gloss; empty when it may be one.
    var reason = ""

    var isCandidate: Bool { reason.isEmpty && !(ko.isEmpty && en.isEmpty && abbr.isEmpty) }
    var hasKorean: Bool { !ko.isEmpty }

    static let units: Set<String> = ["b", "m", "k", "t", "g", "gb", "mb", "kb", "tb", "pb", "ms", "s", "sec", "h", "hr", "hrs",
                                     "min", "fps", "px", "hz", "khz", "ghz", "mhz", "x", "%", "bit", "bits", "pt", "pts", "db",
                                     "flops", "tflops", "gflops", "pflops", "token", "tokens", "ep", "m+", "k+", "b+", "p", "w",
                                     "kw", "mw", "gpu", "gpus", "h100", "a100", "step", "steps", "shot", "shots", "d"]
    static let examplePrefixes = ["예:", "예：", "예를", "예시", "예컨대", "예로", "e.g.", "eg.", "i.e.", "ie.", "즉,", "참고", "cf.",
                                  "see ", "약 ", "총 ", "또는", "혹은", "이하", "및 ", "vs ", "vs. ", "자세한", "출처", "http", "www."]
    static let formulaChars = ScalarSet("=^_\\$<>|{}∈∑∫≈≤≥±→←×·∗⊙⊕")
    static let listEnds = ["등", "등등", "etc", "etc.", "and so on", "등의", "외"]
    static let quoteChars = ScalarSet("'\"‘’“”*`")
    static let numberPrefix = ScalarSet("~≈약±+-")
    static let magnitudes = ScalarSet("KMBTkmbt")
    static let rangeMarks = ScalarSet("-–~")

    init(raw: String) {
        // 이하 ("hereafter") introduces the abbreviation the text goes on to use: (이하 RL), (…, 이하 LVLM)
        let s = InsideAnalysis.droppingCitation(InsideAnalysis.droppingHereafter(InsideAnalysis.stripQuotes(TermText.trimWhitespaces(ICU.nfc(raw)))))
        if s.isEmpty { reason = "empty"; return }
        if !(TermText.hasLatin(s) || TermText.hasHangul(s)) { reason = "no letters"; return }
        let lower = s.lowercased()
        let sc = UTF8Scalars.array(s)
        if InsideAnalysis.examplePrefixes.contains(where: { lower.hasPrefix($0) })
            || (sc.count >= 2 && sc[0] == "예" && TermText.isSpace(sc[1]))
            || (sc.count >= 2 && sc[0] == "즉" && TermText.isSpace(sc[1])) {
            reason = "example/aside marker"; return
        }
        if InsideAnalysis.isCitation(lower) { reason = "citation/year"; return }
        if sc.contains(where: { InsideAnalysis.formulaChars.contains($0) }) { reason = "formula"; return }
        if InsideAnalysis.endsWithListWord(lower) { reason = "list with 등/etc"; return }
        if InsideAnalysis.isEnumerator(sc) { reason = "enumerator/notation"; return }
        if InsideAnalysis.isNumber(sc) || InsideAnalysis.isVersionOrSize(sc) { reason = "number/unit"; return }
        let (split, sep) = InsideAnalysis.split(s)
        let parts = split.map(InsideAnalysis.droppingHereafter)
        if parts.count > 3 || (parts.count == 3 && sep == ",") { reason = "list"; return }
        if parts.count > 1 && parts.allSatisfy({ $0.unicodeScalars.count <= 3 }) { reason = "formula/tuple"; return }
        var h: [String] = [], a: [String] = [], e: [String] = []
        var types: [Character] = []
        for p in parts {
            if TermText.hasHangul(p) {
                h.append(p); types.append("H")
            } else if !TermText.hasLatin(p) {
                reason = "number part"; return
            } else if Abbreviation.isAbbreviation(p) {
                a.append(p); types.append("A")
            } else {
                e.append(p); types.append("E")
            }
        }
        // "ChatGPT, Llama": a name first and one word after it is a list, not a definition; so is a
        // name first and words it cannot abbreviate ("GANs, Diffusion Models", "NeRF, 3D Gaussians")
        if sep == "," && types == ["A", "E"]
            && (!e[0].unicodeScalars.contains(where: TermText.isSpace) || Abbreviation.conflicts(short: a[0], long: e[0])) {
            reason = "list"; return
        }
        if h.count > 1 || a.count > 1 || e.count > 1 {
            if e.count == 2 && a.isEmpty && h.isEmpty && sep == ";" {
                a = [e[1]]
                e = [e[0]]
            } else {
                reason = "list"; return
            }
        }
        ko = h.first ?? ""
        en = e.first ?? ""
        abbr = a.first ?? ""
        if !en.isEmpty {
            enOrder = EnglishTokens.koOrder(en)
            enKey = EnglishTokens.key(en)
        }
    }

    /// `이하 LVLM` → `LVLM`: the rest is an abbreviation (a name after 이하 stays an aside).
    static func droppingHereafter(_ part: String) -> String {
        guard part.hasPrefix("이하 ") else { return part }
        let rest = TermText.trimWhitespaces(String(part.dropFirst(3)))
        return Abbreviation.isAbbreviation(rest) ? rest : part
    }

    /// `Self-Critique, Madaan et al., 2023` → `Self-Critique`: a term with the paper that
    /// introduced it. Only an author list with et al. counts: `DeepSeek-AI, 2024` is a citation
    /// of its own.
    static func droppingCitation(_ s: String) -> String {
        guard let comma = s.firstIndex(of: ",") else { return s }
        let head = TermText.trimWhitespaces(String(s[..<comma])), tail = s[s.index(after: comma)...].lowercased()
        guard TermText.hasLatin(head), !isCitation(head.lowercased()), hasEtAl(tail) else { return s }
        return head
    }

    static func stripQuotes(_ s: String) -> String {
        TermText.trimWhitespaces(TermText.trim(Substring(s).unicodeScalars, quoteChars))
    }

    private static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c == "_"
    }

    /// `et al` or a year 19xx/20xx standing as a word (optionally with one letter: 2021a).
    static func isCitation(_ lower: String) -> Bool { hasEtAl(lower) || hasYear(lower) }

    /// `et al.`, also written `et. al`, in lower-cased text.
    static func hasEtAl(_ lower: String) -> Bool {
        let sc = UTF8Scalars.array(lower)
        var i = 0
        while i + 1 < sc.count {
            if sc[i] == "e" && sc[i + 1] == "t" {
                var j = i + 2, ws = 0
                if j < sc.count && sc[j] == "." { j += 1 }
                while j < sc.count && TermText.isSpace(sc[j]) { j += 1; ws += 1 }
                if ws > 0 && j + 1 < sc.count && sc[j] == "a" && sc[j + 1] == "l" { return true }
            }
            i += 1
        }
        return false
    }

    /// A year 19xx/20xx standing as a word, optionally with one letter (2021a).
    static func hasYear(_ lower: String) -> Bool {
        let sc = UTF8Scalars.array(lower)
        var i = 0
        while i + 3 < sc.count {
            if (sc[i] == "1" && sc[i + 1] == "9") || (sc[i] == "2" && sc[i + 1] == "0"),
               TermText.isDigit(sc[i + 2]), TermText.isDigit(sc[i + 3]),
               i == 0 || !isWordChar(sc[i - 1]) {
                var j = i + 4
                if j < sc.count && TermText.isLower(sc[j]) { j += 1 }
                if j == sc.count || !isWordChar(sc[j]) { return true }
            }
            i += 1
        }
        return false
    }

    static func endsWithListWord(_ lower: String) -> Bool {
        for w in listEnds where lower.hasSuffix(w) {
            let rest = Array(lower.unicodeScalars.dropLast(UTF8Scalars.count(w)))
            if rest.isEmpty || TermText.isSpace(rest[rest.count - 1]) { return true }
        }
        return false
    }

    private static let romanDigits = ScalarSet("ivxIVX")

    /// A lone letter, roman numeral, number or letter+digit: (1), (W), (iii), (a1).
    static func isEnumerator(_ sc: [Unicode.Scalar]) -> Bool {
        if sc.count == 1 && TermText.isLatin(sc[0]) { return true }
        if !sc.isEmpty && sc.allSatisfy({ romanDigits.contains($0) }) { return true }
        if !sc.isEmpty && sc.allSatisfy(TermText.isDigit) { return true }
        if sc.count == 2 && TermText.isLower(sc[0]) && TermText.isDigit(sc[1]) { return true }
        return false
    }

    /// A number or a range with a unit (`24GB`, `10-1000 FPS`; `0.23초` is Korean and caught
    /// elsewhere), a percentage, a number followed by a space, or a count with its magnitude
    /// followed by words (`7B variants`).
    static func isNumber(_ sc: [Unicode.Scalar]) -> Bool {
        var i = 0
        if i < sc.count && numberPrefix.contains(sc[i]) { i += 1 }
        let afterPrefix = i
        while i < sc.count && TermText.isSpace(sc[i]) { i += 1 }
        guard i < sc.count && TermText.isDigit(sc[i]) else { return false }
        let spacedAfterPrefix = i > afterPrefix
        while i < sc.count && (TermText.isDigit(sc[i]) || sc[i] == "." || sc[i] == ",") { i += 1 }
        // a range counts as one number (10-1000 FPS)
        if i + 1 < sc.count && InsideAnalysis.rangeMarks.contains(sc[i]) && TermText.isDigit(sc[i + 1]) {
            i += 1
            while i < sc.count && (TermText.isDigit(sc[i]) || sc[i] == "." || sc[i] == ",") { i += 1 }
        }
        let afterNumber = i
        // number followed by a space (or nothing), with no space between the prefix and the number
        if !spacedAfterPrefix && (afterNumber == sc.count || TermText.isSpace(sc[afterNumber])) { return true }
        // a count with its magnitude that more words describe: 7B variants, 210K images
        if i + 1 < sc.count && magnitudes.contains(sc[i]) && TermText.isSpace(sc[i + 1]) { return true }
        while i < sc.count && TermText.isSpace(sc[i]) { i += 1 }
        if i < sc.count && sc[i] == "%" { return true }
        // unit: up to 6 of [A-Za-z%+] to the end
        let unit = sc[i...]
        guard unit.count <= 6, unit.allSatisfy({ TermText.isLatin($0) || $0 == "%" || $0 == "+" }) else { return false }
        let u = TermText.string(unit).lowercased()
        return u.isEmpty || units.contains(u)
    }

    /// A version (`v1.0`, `V2`), a factor (`x1500`) or a size of two numbers (`2Kx2K`, `256x256`),
    /// each number of a size with an optional one-letter unit.
    static func isVersionOrSize(_ sc: [Unicode.Scalar]) -> Bool {
        var i = 0
        func number(unit: Bool) -> Bool {
            let start = i
            while i < sc.count && (TermText.isDigit(sc[i]) || (i > start && sc[i] == ".")) { i += 1 }
            guard i > start else { return false }
            if unit && i < sc.count && TermText.isLatin(sc[i]) && sc[i] != "x" && sc[i] != "X" { i += 1 }
            return true
        }
        if let f = sc.first, f == "v" || f == "V" || f == "x" || f == "X" {
            i = 1
            return number(unit: false) && i == sc.count
        }
        guard number(unit: true), i < sc.count, sc[i] == "x" || sc[i] == "X" else { return false }
        i += 1
        return number(unit: true) && i == sc.count
    }

    /// Parts split at `;` (if any) else at `,`; with the separator used.
    /// The one colon of `ABBR: Expansion` or `Expansion: ABBR` (one side an abbreviation).
    static func definitionColon(_ s: String) -> String.UnicodeScalarView.Index? {
        let v = Substring(s).unicodeScalars
        let colons = v.indices.filter { v[$0] == ":" || v[$0] == "：" }
        guard colons.count == 1, let c = colons.first else { return nil }
        let left = TermText.trimWhitespaces(TermText.string(v[..<c]))
        let right = TermText.trimWhitespaces(TermText.string(v[v.index(after: c)...]))
        guard !left.isEmpty, !right.isEmpty, TermText.hasLatin(left) || TermText.hasLatin(right) else { return nil }
        return Abbreviation.isAbbreviation(left) || Abbreviation.isAbbreviation(right) ? c : nil
    }

    static func split(_ s: String) -> ([String], String) {
        let sc = s.unicodeScalars
        let sep: String
        let pieces: [Substring.UnicodeScalarView]
        if sc.contains(where: { $0 == ";" || $0 == "；" }) {
            sep = ";"
            pieces = Substring(s).unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "；" })
        } else if sc.contains(where: { $0 == "," || $0 == "，" }) {
            sep = ","
            pieces = Substring(s).unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" })
        } else if let colon = InsideAnalysis.definitionColon(s) {
            // `LLM: Large Language Model` is a definition like `LLM; Large Language Model`
            sep = ";"
            pieces = [Substring(s).unicodeScalars[..<colon], Substring(s).unicodeScalars[Substring(s).unicodeScalars.index(after: colon)...]]
        } else {
            return ([s], "")
        }
        var out: [String] = []
        for p in pieces {
            let t = TermText.trimWhitespaces(TermText.string(p))
            if t.isEmpty { continue }
            let q = stripQuotes(t)
            if !q.isEmpty { out.append(q) }
        }
        return (out, sep)
    }
}
