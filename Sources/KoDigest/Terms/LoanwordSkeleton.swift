/// Consonant skeletons that let a Korean loanword be matched with its English source
/// (트랜스포머 and transformer are both TRNSPM). Computed from jamo directly, so no
/// transliterator is needed and the result is the same everywhere.
enum LoanwordSkeleton {
    // Consonant classes: K velar, N nasal n, T dental, R liquid, M, P labial, S sibilant, H.
    private static let initial: [Character] = ["K", "K", "N", "T", "T", "R", "M", "P", "P", "S", "S", "-", "S", "S", "S", "K", "T", "P", "H"]
    // final consonants by jong index (0 = none); ㅇ is a final ng, ㅅ/ㅆ sound as t.
    private static let final: [Character] = ["-", "K", "K", "K", "N", "N", "N", "T", "R", "K", "M", "R", "R", "R", "P", "R",
                                             "M", "P", "P", "T", "T", "N", "S", "S", "K", "T", "P", "H"]

    static func hangul(_ word: String) -> String {
        var out: [Character] = []
        for s in word.unicodeScalars {
            if TermText.isHangul(s) {
                let o = Int(s.value - 0xAC00)
                let cho = o / 588, jong = o % 28
                let c = initial[cho]
                if c != "-" { out.append(c) }
                let f = final[jong]
                if f != "-" { out.append(f) }
            } else if TermText.isLatin(s) {
                out.append(contentsOf: latin(String(s)))
            }
        }
        return collapse(out)
    }

    static func latin(_ word: String) -> String {
        let w = Array(word.lowercased().unicodeScalars.filter { TermText.isLower($0) })
        var out: [Character] = []
        var i = 0
        let rules: [(String, String)] = [("tion", "SN"), ("sion", "SN"), ("ch", "S"), ("sh", "S"), ("ph", "P"), ("th", "S"),
                                         ("ck", "K"), ("ng", "N"), ("qu", "K"), ("x", "KS")]
        func starts(_ pat: String, at i: Int) -> Bool {
            let p = Array(pat.unicodeScalars)
            guard i + p.count <= w.count else { return false }
            for k in 0..<p.count where w[i + k] != p[k] { return false }
            return true
        }
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
        outer: while i < w.count {
            for (src, dst) in rules where starts(src, at: i) {
                out.append(contentsOf: dst)
                i += src.unicodeScalars.count
                continue outer
            }
            let c = w[i]
            let next: Unicode.Scalar? = i + 1 < w.count ? w[i + 1] : nil
            switch c {
            case "a", "e", "i", "o", "u", "y", "w": break
            case "r": if let n = next, vowels.contains(n) { out.append("R") }
            case "l": out.append("R")
            case "b", "p", "f", "v": out.append("P")
            case "d", "t": out.append("T")
            case "g", "c":
                if let n = next, n == "e" || n == "i" || n == "y" { out.append("S") } else { out.append("K") }
            case "k", "q": out.append("K")
            case "s", "j", "z": out.append("S")
            case "m": out.append("M")
            case "n": out.append("N")
            case "h": if i == 0 { out.append("H") }
            default: break
            }
            i += 1
        }
        return collapse(out)
    }

    private static func collapse(_ cs: [Character]) -> String {
        var out: [Character] = []
        for c in cs where out.last != c { out.append(c) }
        return String(out)
    }

    /// The word and its bare and -ing forms: routed → rout, routing.
    static func inflections(_ w: String) -> [String] {
        var out = [w]
        for suf in ["ed", "ing", "s", "es"] where w.hasSuffix(suf) && w.count - suf.count >= 3 {
            let stem = String(w.dropLast(suf.count))
            out.append(stem)
            out.append(stem + "ing")
        }
        return out
    }

    /// 1 − Levenshtein / longer length between the skeletons, best over the English inflections.
    static func similarity(korean: String, english: String) -> Double {
        similarity(Array(hangul(korean)), englishForms(english))
    }

    /// The skeletons of an English word's inflections, for repeated comparisons.
    static func englishForms(_ english: String) -> [[Character]] {
        inflections(english).map { Array(latin($0)) }.filter { !$0.isEmpty }
    }

    static func similarity(_ a: [Character], _ forms: [[Character]]) -> Double {
        guard !a.isEmpty else { return 0 }
        var best = 0.0
        for b in forms {
            let d = levenshtein(a, b)
            best = max(best, 1.0 - Double(d) / Double(max(a.count, b.count)))
        }
        return best
    }

    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
