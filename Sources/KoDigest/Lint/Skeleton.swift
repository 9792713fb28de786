import Foundation

/// Consonant skeletons that let an English word be compared with its Hangul loanword:
/// `transformer` and 트랜스포머 (ICU `teulaenseupomeo`) both give `TNSPM`. Vowels, w, y, h, l and r
/// are dropped; labials, dentals, velars and sibilants each fold into one class.
enum Skeleton {
    /// Skeleton of an English word (any case; non-letters ignored; a final plural `s` dropped).
    static func english(_ word: String) -> String {
        var s = word.lowercased().unicodeScalars.filter { $0.value >= 0x61 && $0.value <= 0x7A }.map { Character($0) }
        if s.count > 3 && s.last == "s" && !(s.count >= 2 && s[s.count - 2] == "s") { s.removeLast() }
        var t = String(s)
        for (a, b) in [("tion", "sion"), ("ph", "f"), ("ck", "k"), ("th", "s"), ("sh", "s"), ("ch", "s"), ("qu", "k"), ("x", "ks"), ("kn", "n")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        var chars = Array(t)
        for i in chars.indices.dropLast() where "eiy".contains(chars[i + 1]) {
            if chars[i] == "c" { chars[i] = "s" } else if chars[i] == "g" { chars[i] = "j" }
        }
        var collapsed: [Character] = []
        for c in chars where collapsed.last != c { collapsed.append(c) }
        var out = ""
        for c in collapsed {
            switch c {
            case "p", "b", "f", "v": out.append("P")
            case "t", "d": out.append("T")
            case "k", "g", "c", "q": out.append("K")
            case "s", "z", "j": out.append("S")
            case "m": out.append("M")
            case "n": out.append("N")
            default: break
            }
        }
        return out
    }

    /// Skeleton of an ICU `Hangul-Latin` romanization (`bidio` → `PT`).
    static func korean(_ romanized: String) -> String {
        let s = Array(romanized.lowercased().unicodeScalars.filter { $0.value >= 0x61 && $0.value <= 0x7A }.map { Character($0) })
        var out: [Character] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "c" && i + 1 < s.count && s[i + 1] == "h" { out.append("S"); i += 2; continue }
            if c == "n" && i + 1 < s.count && s[i + 1] == "g" { out.append("N"); i += 2; continue }
            if "aeiouwy".contains(c) { i += 1; continue }
            let m: Character?
            switch c {
            case "p", "b": m = "P"
            case "t", "d": m = "T"
            case "k", "g": m = "K"
            case "s", "j": m = "S"
            case "m": m = "M"
            case "n": m = "N"
            default: m = nil
            }
            if let m {
                let doubled = out.last == m && "ptks".contains(c) && i > 0 && s[i - 1] == c
                if !doubled { out.append(m) }
            }
            i += 1
        }
        return String(out)
    }
}

extension Skeleton {
    /// Consonant class of each initial (choseong) jamo, in Unicode order: ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ.
    static let initials: [String] = ["K", "K", "N", "T", "T", "", "M", "P", "P", "S", "S", "", "S", "S", "S", "K", "T", "P", ""]
    /// Consonant classes of each final (jongseong) jamo, index 0 = none.
    static let finals: [String] = ["", "K", "K", "KS", "N", "NS", "N", "T", "", "K", "M", "P", "S", "T", "P", "", "M", "P", "PS",
                                   "S", "S", "N", "S", "S", "K", "T", "P", ""]

    /// Skeleton of Hangul syllables read straight from their jamo: the same classes an ICU
    /// `Hangul-Latin` romanization gives (`비디오` → `PT`, `트랜스포머` → `TNSPM`), without the cost of
    /// a transliterator; other scalars are ignored.
    static func hangul(_ scalars: ArraySlice<UInt32>) -> String {
        var out = ""
        for v in scalars where LintText.isHangulSyllable(v) {
            let index = Int(v - 0xAC00)
            out += initials[index / 588]
            out += finals[index % 28]
        }
        return out
    }
}
