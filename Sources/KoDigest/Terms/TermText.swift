/// Character classes and word helpers shared by the terms stage. Everything works on Unicode
/// scalars; "Latin" means the ASCII letters A–Z and a–z.
enum TermText {
    static func isHangul(_ s: Unicode.Scalar) -> Bool { isHangul(s.value) }
    static func isHangul(_ v: UInt32) -> Bool { v >= 0xAC00 && v <= 0xD7A3 }
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
    static func isLower(_ s: Unicode.Scalar) -> Bool { s.value >= 0x61 && s.value <= 0x7A }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    static func isSpace(_ s: Unicode.Scalar) -> Bool { isSpace(s.value) }
    static func isSpace(_ v: UInt32) -> Bool {
        // Unicode White_Space, spelled out: the property look-up is slow and the set is stable
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
            || v == 0x3000
    }

    /// The lowercase of a scalar when it maps to a single scalar (ASCII fast path), else itself.
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if isUpper(s) { return Unicode.Scalar(UInt8(s.value + 32)) }
        if s.value < 0x80 { return s }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m[m.startIndex] : s
    }

    static func hasHangul(_ text: String) -> Bool { text.unicodeScalars.contains(where: isHangul) }
    static func hasLatin(_ text: String) -> Bool { text.unicodeScalars.contains(where: isLatin) }
    static func hangulCount(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + (isHangul($1) ? 1 : 0) } }

    /// The final consonant index (0 = none) of a Hangul syllable, or -1 for anything else.
    static func jong(_ s: Unicode.Scalar) -> Int { isHangul(s) ? Int((s.value - 0xAC00) % 28) : -1 }

    /// H: the word has Hangul; L: a Latin letter and no Hangul; X: neither.
    enum WordClass { case hangul, latin, other }

    static func wordClass(_ w: String) -> WordClass {
        var latin = false
        for s in w.unicodeScalars {
            if isHangul(s) { return .hangul }
            if isLatin(s) { latin = true }
        }
        return latin ? .latin : .other
    }

    /// Quote and markup characters trimmed from both ends of a word before it is looked at.
    static let edgePunct = ScalarSet("'\"‘’“”`*_「」『』<>[]{}«»·•~")
    /// Also trimmed from corpus tokens when counting them.
    static let tokenPunct = ScalarSet(".,;:!?()（）")

    static func trim(_ w: Substring.UnicodeScalarView, _ set: ScalarSet) -> String {
        var lo = w.startIndex, hi = w.endIndex
        while lo < hi, set.contains(w[lo]) { lo = w.index(after: lo) }
        while hi > lo, set.contains(w[w.index(before: hi)]) { hi = w.index(before: hi) }
        return TermText.string(w[lo..<hi])
    }

    /// A string of scalars, encoded straight to UTF-8 (`String.UnicodeScalarView` appends one
    /// scalar at a time).
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        let n = scalars.count
        if n == 0 { return "" }
        return String(unsafeUninitializedCapacity: n * 4) { buf in
            var k = 0
            for s in scalars {
                UTF8.encode(s) { b in
                    buf[k] = b
                    k += 1
                }
            }
            return k
        }
    }

    static func string(_ scalars: Substring.UnicodeScalarView) -> String { String(Substring(scalars)) }

    /// `s` without leading and trailing tabs and space separators (Foundation's `.whitespaces`).
    static func trimWhitespaces(_ s: String) -> String {
        let u = s.unicodeScalars
        func ws(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t" || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
        }
        guard let f = u.first, let l = u.last, ws(f) || ws(l) else { return s }
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, ws(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, ws(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        return String(Substring(u[lo..<hi]))
    }

    /// `s` without leading and trailing spaces (U+0020).
    static func trimSpaces(_ s: String) -> String {
        let u = s.utf8
        guard u.first == 0x20 || u.last == 0x20 else { return s }
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 0x20 { lo = u.index(after: lo) }
        while hi > lo, u[u.index(before: hi)] == 0x20 { hi = u.index(before: hi) }
        return String(Substring(u[lo..<hi]))
    }

    static func trimWord(_ w: String) -> String { trim(Substring(w).unicodeScalars, edgePunct) }

    /// A corpus token as counted for the vocabulary: the bytes of `word` (UTF-8) with sentence
    /// punctuation, then quotes, trimmed from both ends; empty when nothing is left.
    static func corpusToken(_ word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = word.count
        func trim(_ set: ScalarSet) {
            while lo < hi {
                let (v, n) = UTF8Scalars.scalar(word, at: lo)
                guard set.contains(v) else { break }
                lo += n
            }
            while hi > lo {
                let (v, start) = UTF8Scalars.scalar(word, before: hi)
                guard set.contains(v) else { break }
                hi = start
            }
        }
        trim(tokenPunct)
        trim(edgePunct)
        return UnsafeBufferPointer(rebasing: word[lo..<hi])
    }

    /// A scalar that never joins a neighbouring space into one grapheme cluster.
    private static func isPlain(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0x2010 && v <= 0x205E) || (v >= 0x3000 && v <= 0x3029)
            || (v >= 0xFF01 && v <= 0xFF60) || (v >= 0x4E00 && v <= 0x9FFF)
    }

    /// The byte ranges of the words of `line` (UTF-8) between whitespace scalars, or nil when that
    /// would not give the words `words(_:)` gives, which splits at whitespace characters: when a
    /// space has a combining neighbour. One pass over the bytes both checks and splits.
    static func scalarWords(_ line: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var prevPlain = true, prevSpace = false
        var i = 0, start = -1
        while i < line.count {
            let (v, n) = UTF8Scalars.scalar(line, at: i)
            let plain = isPlain(v), space = isSpace(v)
            if (prevSpace && !plain) || (space && !prevPlain) { return nil }
            if space {
                if start >= 0 { words.append(start..<i); start = -1 }
            } else if start < 0 {
                start = i
            }
            prevSpace = space
            prevPlain = plain
            i += n
        }
        if start >= 0 { words.append(start..<line.count) }
        return words
    }

    /// Whitespace-separated words of a line.
    static func words(_ line: Substring) -> [Substring] {
        line.split(whereSeparator: { $0.unicodeScalars.allSatisfy(isSpace) })
    }

    /// `s` with its last `n` scalars removed.
    static func dropLast(_ s: String, _ n: Int) -> String {
        TermText.string(s.unicodeScalars.dropLast(n))
    }

    /// The words of `s` between spaces (U+0020), split on its bytes: no grapheme breaking.
    static func spaceSeparated(_ s: String) -> [Substring] {
        s.utf8.split(separator: 0x20).map { Substring($0) }
    }

    static func removingSpaces(_ s: String) -> String {
        // a space is the byte 0x20 and no other scalar has that byte: filtered on UTF-8
        s.utf8.contains(0x20) ? String(decoding: s.utf8.filter { $0 != 0x20 }, as: UTF8.self) : s
    }

    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let a = s.unicodeScalars, b = prefix.unicodeScalars
        return a.count >= b.count && a.starts(with: b)
    }

    /// Whether the scalars of `s` end with those of `suffix` (not `String.hasSuffix`, which
    /// compares characters up to canonical equivalence). UTF-8 is self-synchronising, so a byte
    /// suffix that starts with a scalar's first byte is a scalar suffix.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        UTF8Scalars.withBytes(s) { a in
            UTF8Scalars.withBytes(suffix) { b in b.count <= a.count && UnsafeBufferPointer(rebasing: a[(a.count - b.count)...]).elementsEqual(b) }
        }
    }

    static func hasAnySuffix(_ s: String, _ suffixes: [String]) -> Bool {
        suffixes.contains { hasSuffix(s, $0) }
    }

    /// Splits at `-`, `/` and `·`, dropping empty parts.
    static func splitCompound(_ s: String) -> [String] {
        s.unicodeScalars.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "·" })
            .map { TermText.string($0) }
    }
}
