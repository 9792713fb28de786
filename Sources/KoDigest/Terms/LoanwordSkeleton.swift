/// Consonant skeletons that let a Korean loanword be matched with its English source
/// (트랜스포머 and transformer are both TRNSPM). Computed from jamo directly, so no
/// transliterator is needed and the result is the same everywhere. Skeletons are ASCII bytes.
enum LoanwordSkeleton {
    // Consonant classes: K velar, N nasal n, T dental, R liquid, M, P labial, S sibilant, H.
    private static let initial: [UInt8] = Array("KKNTTRMPPSS-SSSKTPH".utf8)
    // final consonants by jong index (0 = none); ㅇ is a final ng, ㅅ/ㅆ sound as t.
    private static let final: [UInt8] = Array("-KKKNNNTRKMRRRPRMPPTTNSSKTPH".utf8)
    private static let none = UInt8(ascii: "-")

    static func hangul(_ word: String) -> String { String(decoding: hangulSkeleton(word), as: UTF8.self) }

    static func latin(_ word: String) -> String { String(decoding: latinSkeleton(word), as: UTF8.self) }

    static func hangulSkeleton(_ word: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for s in word.unicodeScalars {
            if TermText.isHangul(s) {
                let o = Int(s.value - 0xAC00)
                let c = initial[o / 588]
                if c != none { out.append(c) }
                let f = final[o % 28]
                if f != none { out.append(f) }
            } else if TermText.isLatin(s) {
                out.append(contentsOf: latinSkeleton(String(s)))
            }
        }
        return collapse(out)
    }

    /// Lowercase ASCII letters of `word` after lowercasing it.
    private static func lowerLetters(_ word: String) -> [UInt8] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.compactMap { b in
                if b >= 0x61 && b <= 0x7A { return b }
                if b >= 0x41 && b <= 0x5A { return b + 32 }
                return nil
            }
        }
        return word.lowercased().unicodeScalars.filter { TermText.isLower($0) }.map { UInt8($0.value) }
    }

    private static let rules: [([UInt8], [UInt8])] = [("tion", "SN"), ("sion", "SN"), ("ch", "S"), ("sh", "S"), ("ph", "P"), ("th", "S"),
                                                       ("ck", "K"), ("ng", "N"), ("qu", "K"), ("x", "KS")]
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func latinSkeleton(_ word: String) -> [UInt8] {
        let w = lowerLetters(word)
        var out: [UInt8] = []
        out.reserveCapacity(w.count)
        var i = 0
        func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79 }
        outer: while i < w.count {
            for (src, dst) in rules where src[0] == w[i] && i + src.count <= w.count {
                var k = 1
                while k < src.count && w[i + k] == src[k] { k += 1 }
                if k < src.count { continue }
                out.append(contentsOf: dst)
                i += src.count
                continue outer
            }
            let c = w[i]
            let next: UInt8? = i + 1 < w.count ? w[i + 1] : nil
            switch c {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"),
                 UInt8(ascii: "w"): break
            case UInt8(ascii: "r"): if let n = next, isVowel(n) { out.append(UInt8(ascii: "R")) }
            case UInt8(ascii: "l"): out.append(UInt8(ascii: "R"))
            case UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "v"): out.append(UInt8(ascii: "P"))
            case UInt8(ascii: "d"), UInt8(ascii: "t"): out.append(UInt8(ascii: "T"))
            case UInt8(ascii: "g"), UInt8(ascii: "c"):
                if let n = next, n == UInt8(ascii: "e") || n == UInt8(ascii: "i") || n == UInt8(ascii: "y") {
                    out.append(UInt8(ascii: "S"))
                } else {
                    out.append(UInt8(ascii: "K"))
                }
            case UInt8(ascii: "k"), UInt8(ascii: "q"): out.append(UInt8(ascii: "K"))
            case UInt8(ascii: "s"), UInt8(ascii: "j"), UInt8(ascii: "z"): out.append(UInt8(ascii: "S"))
            case UInt8(ascii: "m"): out.append(UInt8(ascii: "M"))
            case UInt8(ascii: "n"): out.append(UInt8(ascii: "N"))
            case UInt8(ascii: "h"): if i == 0 { out.append(UInt8(ascii: "H")) }
            default: break
            }
            i += 1
        }
        return collapse(out)
    }

    private static func collapse(_ cs: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(cs.count)
        for c in cs where out.last != c { out.append(c) }
        return out
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
        similarity(hangulSkeleton(korean), englishForms(english))
    }

    /// The skeletons of an English word's inflections, for repeated comparisons.
    static func englishForms(_ english: String) -> [[UInt8]] {
        inflections(english).map { latinSkeleton($0) }.filter { !$0.isEmpty }
    }

    static func similarity(_ a: [UInt8], _ forms: [[UInt8]]) -> Double {
        guard !a.isEmpty else { return 0 }
        var best = 0.0
        for b in forms {
            let d = levenshtein(a, b)
            best = max(best, 1.0 - Double(d) / Double(max(a.count, b.count)))
        }
        return best
    }

    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { buf in
            var prev = 0, cur = b.count + 1
            for j in 0...b.count { buf[j] = j }
            for i in 1...a.count {
                buf[cur] = i
                let ai = a[i - 1]
                for j in 1...b.count {
                    buf[cur + j] = min(buf[prev + j] + 1, buf[cur + j - 1] + 1, buf[prev + j - 1] + (ai == b[j - 1] ? 0 : 1))
                }
                swap(&prev, &cur)
            }
            return buf[prev + b.count]
        }
    }
}
