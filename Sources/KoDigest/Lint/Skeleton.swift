import Foundation

/// Consonant skeletons that let an English word be compared with its Hangul loanword:
/// `transformer` and 트랜스포머 (ICU `teulaenseupomeo`) both give `TNSPM`. Vowels, w, y, h, l and r
/// are dropped; labials, dentals, velars and sibilants each fold into one class.
enum Skeleton {
    /// Skeleton of an English word (any case; non-letters ignored; a final plural `s` dropped).
    static func english(_ word: String) -> String { letters(englishCodes(word)) }

    /// The consonant classes, coded 1...6 so that a skeleton packs into 3 bits a class.
    static let classLetters: [Character] = ["?", "K", "N", "T", "M", "P", "S"]

    static func letters(_ codes: [UInt8]) -> String { String(codes.map { classLetters[Int($0)] }) }

    /// `english(word)` as class codes, computed on the word's bytes.
    static func englishCodes(_ word: String) -> [UInt8] {
        // non-ASCII words take the full lower-casing (it can yield ASCII letters, e.g. the Kelvin sign)
        let lowered: [UInt8] = word.utf8.allSatisfy({ $0 < 0x80 })
            ? word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 } : Array(word.lowercased().utf8)
        var t = lowered.filter { $0 >= 0x61 && $0 <= 0x7A }
        if t.count > 3 && t[t.count - 1] == 0x73 && t[t.count - 2] != 0x73 { t.removeLast() }
        for (a, b) in rewrites { replace(&t, a, b) }
        // c and g before e, i, y are soft
        for i in t.indices.dropLast() where t[i + 1] == 0x65 || t[i + 1] == 0x69 || t[i + 1] == 0x79 {
            if t[i] == 0x63 { t[i] = 0x73 } else if t[i] == 0x67 { t[i] = 0x6A }
        }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var previous: UInt8 = 0
        for c in t where c != previous {
            previous = c
            let code = englishClass[Int(c - 0x61)]
            if code != 0 { out.append(code) }
        }
        return out
    }

    /// Spelling rewrites applied in order, each left to right without overlaps.
    static let rewrites: [([UInt8], [UInt8])] = [("tion", "sion"), ("ph", "f"), ("ck", "k"), ("th", "s"), ("sh", "s"), ("ch", "s"),
                                                 ("qu", "k"), ("x", "ks"), ("kn", "n")].map { (Array($0.utf8), Array($1.utf8)) }

    /// Class code of each letter a...z (0: dropped).
    static let englishClass: [UInt8] = "abcdefghijklmnopqrstuvwxyz".unicodeScalars.map { c -> UInt8 in
        switch c {
        case "p", "b", "f", "v": return 5
        case "t", "d": return 3
        case "k", "g", "c", "q": return 1
        case "s", "z", "j": return 6
        case "m": return 4
        case "n": return 2
        default: return 0
        }
    }

    static func replace(_ t: inout [UInt8], _ a: [UInt8], _ b: [UInt8]) {
        guard t.count >= a.count, t.contains(a[0]) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(t.count + 4)
        var i = 0
        while i < t.count {
            if i + a.count <= t.count && t[i..<(i + a.count)].elementsEqual(a) {
                out.append(contentsOf: b)
                i += a.count
            } else {
                out.append(t[i])
                i += 1
            }
        }
        t = out
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

    /// `initials` and `finals` as class codes (finals hold up to two classes, second in the high byte).
    static let initialCodes: [UInt8] = initials.map { code($0) }
    static let finalCodes: [UInt16] = finals.map { f in f.reduce(0) { $0 | UInt16(code(String($1))) << ($0 == 0 ? 0 : 8) } }

    static func code(_ letter: String) -> UInt8 {
        letter.isEmpty ? 0 : UInt8(classLetters.firstIndex(of: Character(letter)) ?? 0)
    }

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
