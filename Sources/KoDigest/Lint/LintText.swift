import Foundation

/// Small scalar-level helpers shared by the rules. Offsets are Unicode scalars.
enum LintText {
    // Each range is tested with one unsigned comparison (a value below the start wraps around to a
    // large one), and a letter's case with one `or`: no branch, which matters in loops over text where
    // Hangul, Latin and spaces alternate and a branch per test is mispredicted.
    static func isHangulSyllable(_ v: UInt32) -> Bool { v &- 0xAC00 < 11172 }
    static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
    static func isASCIIUpper(_ v: UInt32) -> Bool { v &- 0x41 < 26 }
    static func isASCIILower(_ v: UInt32) -> Bool { v &- 0x61 < 26 }
    static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
    static func isASCIIAlnum(_ v: UInt32) -> Bool { isASCIILetter(v) || isDigit(v) }
    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D }

    /// Kinds of scalar that some rules look for, noted while a text is decoded: a rule skips a section
    /// that holds none of its kind, instead of walking every scalar to find nothing.
    struct ScalarKinds: OptionSet, Sendable {
        let rawValue: UInt8
        /// What the markup rule starts a finding at: `\`, `$`, `{`, `_`, `<`, `&`, a control other than LF.
        static let markup = ScalarKinds(rawValue: 1)
        /// What the encoding rule flags: NUL, U+0080–U+00FF (C1 controls, mojibake), private use, U+FFFD.
        static let encoding = ScalarKinds(rawValue: 2)
        static let digit = ScalarKinds(rawValue: 4)
        /// `*`, which the unbalanced rule's stray `**` needs (11 of 13,621 sections hold one).
        static let asterisk = ScalarKinds(rawValue: 8)

        /// The kinds of each ASCII scalar.
        static let ascii: [UInt8] = (0..<128).map { c -> UInt8 in
            var k: ScalarKinds = []
            if (c < 0x20 && c != 0x0A) || c == 0x7F || [0x5C, 0x24, 0x7B, 0x5F, 0x3C, 0x26].contains(c) { k.insert(.markup) }
            if c == 0 { k.insert(.encoding) }
            if c >= 0x30 && c <= 0x39 { k.insert(.digit) }
            if c == 0x2A { k.insert(.asterisk) }
            return k.rawValue
        }
    }

    /// `text` as scalar values, decoded straight from its UTF-8 (a Swift string is always valid UTF-8).
    static func scalars(_ text: String) -> [UInt32] {
        var kinds: ScalarKinds = []
        return scalars(text, kinds: &kinds)
    }

    /// `scalars(text)`, noting the kinds of scalar it holds.
    static func scalars(_ text: String, kinds: inout ScalarKinds) -> [UInt32] {
        var text = text
        var found: UInt8 = 0
        defer { kinds = ScalarKinds(rawValue: found) }
        let ascii = ScalarKinds.ascii
        return text.withUTF8 { utf8 -> [UInt32] in
            // never more scalars than bytes: decoded into a buffer of that size, without zeroing it first
            [UInt32](unsafeUninitializedCapacity: utf8.count) { out, initialized in
                var n = 0
                var i = 0
                let count = utf8.count
                while i < count {
                    let b0 = UInt32(utf8[i])
                    if b0 < 0x80 {
                        out[n] = b0; i += 1
                        found |= ascii[Int(b0)]
                    } else if b0 < 0xE0 {
                        let c = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        out[n] = c; i += 2
                        if c <= 0xFF { found |= ScalarKinds.encoding.rawValue }
                    } else if b0 < 0xF0 {
                        let c = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        out[n] = c; i += 3
                        if c >= 0xE000 && (c <= 0xF8FF || c == 0xFFFD) { found |= ScalarKinds.encoding.rawValue }
                    } else {
                        out[n] = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    n += 1
                }
                initialized = n
            }
        }
    }

    /// `text` as scalar values, with every URL (`http://`, `https://`, `www.` up to a space or one of
    /// `()[]{}<>`) replaced by spaces of the same length, so offsets stay valid.
    static func blankingURLs(_ text: String) -> [UInt32] { blankingURLs(scalars(text)) }

    /// `v` with its URLs blanked; `v` itself (no copy) when it has none.
    static func blankingURLs(_ v: [UInt32]) -> [UInt32] {
        var v = v
        var i = 0
        while i < v.count {
            // only `h`/`H` and `w`/`W` can start a URL
            let c = v[i] | 0x20
            if (c == 0x68 || c == 0x77) && startsURL(v, i) {
                var j = i
                while j < v.count && !isSpace(v[j]) && !isURLStop(v[j]) { j += 1 }
                for k in i..<j { v[k] = 0x20 }
                i = j
            } else {
                i += 1
            }
        }
        return v
    }

    static func isURLStop(_ c: UInt32) -> Bool {
        c == 0x28 || c == 0x29 || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D || c == 0x3C || c == 0x3E
    }

    private static let http: [UInt32] = Array("http://".unicodeScalars.map(\.value))
    private static let https: [UInt32] = Array("https://".unicodeScalars.map(\.value))
    private static let www: [UInt32] = Array("www.".unicodeScalars.map(\.value))

    static func startsURL(_ v: [UInt32], _ i: Int) -> Bool {
        func at(_ s: [UInt32]) -> Bool {
            guard i + s.count <= v.count else { return false }
            for k in 0..<s.count {
                let t = v[i + k]
                guard t == s[k] || (isASCIIUpper(t) && t + 32 == s[k]) else { return false }
            }
            return true
        }
        if i > 0 && isASCIIAlnum(v[i - 1]) { return false }
        return at(http) || at(https) || at(www)
    }

    /// The maximal runs of `elements` that are `part`s, left to right, as index ranges.
    static func runs<T>(_ elements: [T], where part: (T) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < elements.count {
            guard part(elements[i]) else { i += 1; continue }
            var j = i
            while j < elements.count && part(elements[j]) { j += 1 }
            out.append(i..<j)
            i = j
        }
        return out
    }

    static func string(_ v: ArraySlice<UInt32>) -> String {
        // encoded straight to UTF-8: a String grown scalar by scalar checks and grows it each time
        guard !v.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: v.count * 4) { buffer in
            var k = 0
            for c in v {
                guard let u = Unicode.Scalar(c) else { continue }
                UTF8.encode(u) { byte in
                    buffer[k] = byte
                    k += 1
                }
            }
            return k
        }
    }

    static func string(_ v: [UInt32], _ start: Int, _ end: Int) -> String {
        string(v[max(0, start)..<min(v.count, max(start, end))])
    }

    /// `string(v, start, end)` trimmed as Foundation's `trimmingCharacters(in: .whitespaces)` trims it
    /// (tabs and space separators at both ends), without a Foundation string.
    static func trimmedString(_ v: [UInt32], _ start: Int, _ end: Int) -> String {
        func isWhitespace(_ c: UInt32) -> Bool {
            c == 0x20 || c == 0x09 || (c >= 0x80 && Unicode.Scalar(c).map { CharacterSet.whitespaces.contains($0) } ?? false)
        }
        var s = max(0, start), e = min(v.count, max(start, end))
        while s < e && isWhitespace(v[s]) { s += 1 }
        while e > s && isWhitespace(v[e - 1]) { e -= 1 }
        return string(v[s..<e])
    }

    /// Whether `needle` occurs in `hay` ignoring ASCII case, as `hay.lowercased().contains(needle.lowercased())`
    /// finds it; nil unless both are ASCII (then case and canonical equivalence are plain bytes).
    static func asciiContainsIgnoringCase(_ hay: String, _ needle: String) -> Bool? {
        guard hay.utf8.allSatisfy({ $0 < 0x80 }), needle.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
        let h = hay.utf8.map(lower), n = needle.utf8.map(lower)
        guard !n.isEmpty, h.count >= n.count else { return false }
        return (0...(h.count - n.count)).contains { i in h[i..<(i + n.count)].elementsEqual(n) }
    }

    /// Collapses runs of spaces, tabs and newlines into one space and drops them at both ends.
    static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = false
        for s in text.unicodeScalars {
            if isSpace(s.value) {
                if !lastSpace && !out.isEmpty { out.append(" ") }
                lastSpace = true
            } else {
                out.append(s)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// `String.lowercased()` on scalars: every scalar replaced by its lowercase mapping, with ASCII
    /// and Hangul (which has no case) decided without a lookup.
    static func lowercased(_ v: [UInt32]) -> [UInt32] {
        // nearly every summary maps scalar for scalar: written straight into a buffer of its size, and
        // only a scalar whose mapping is longer (or none) sends it the long way
        var oneToOne = true
        let mapped = [UInt32](unsafeUninitializedCapacity: v.count) { out, count in
            count = 0
            for (k, c) in v.enumerated() {
                guard let l = lowercaseOneToOne(c) else {
                    oneToOne = false
                    return
                }
                out[k] = l
            }
            count = v.count
        }
        return oneToOne ? mapped : lowercasedScalarByScalar(v)
    }

    /// The lowercase of `c` when it is one scalar (ASCII and Hangul without a lookup), else nil.
    @inline(__always)
    static func lowercaseOneToOne(_ c: UInt32) -> UInt32? {
        if c < 0x80 { return isASCIIUpper(c) ? c + 32 : c }
        if isHangulSyllable(c) { return c }
        guard let scalar = Unicode.Scalar(c) else { return nil }
        return single(scalar.properties.lowercaseMapping)
    }

    /// `collapseSpaces(lowercased(v))` in one pass: lower-casing never makes, removes or moves a space
    /// (no mapping holds one), so the two commute scalar by scalar. A mapping of other than one
    /// scalar falls back to the two passes.
    static func lowercasedCollapsingSpaces(_ v: [UInt32]) -> [UInt32] {
        collapsingSpaces(v, mapping: lowercaseOneToOne) ?? collapseSpaces(lowercased(v))
    }

    /// The only scalar of `s`, if it has one.
    private static func single(_ s: String) -> UInt32? {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first.value
    }

    /// `lowercased` for any text: each scalar's mapping appended in turn.
    static func lowercasedScalarByScalar(_ v: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(v.count)
        for c in v {
            if c < 0x80 {
                out.append(isASCIIUpper(c) ? c + 32 : c)
            } else if isHangulSyllable(c) {
                out.append(c)
            } else if let scalar = Unicode.Scalar(c) {
                for u in scalar.properties.lowercaseMapping.unicodeScalars { out.append(u.value) }
            }
        }
        return out
    }

    /// `collapseSpaces` on scalars.
    static func collapseSpaces(_ v: [UInt32]) -> [UInt32] {
        collapsingSpaces(v, mapping: { $0 })!
    }

    /// Runs of spaces as one, none at the ends, and every other scalar through `map`; nil as soon as
    /// `map` has no single scalar for one. Never longer than `v`: written into a buffer of its size.
    @inline(__always)
    private static func collapsingSpaces(_ v: [UInt32], mapping map: (UInt32) -> UInt32?) -> [UInt32]? {
        var mapped = true
        let out = [UInt32](unsafeUninitializedCapacity: v.count) { out, n in
            n = 0
            var lastSpace = false
            for c in v {
                if isSpace(c) {
                    if !lastSpace && n > 0 { out[n] = 0x20; n += 1 }
                    lastSpace = true
                    continue
                }
                guard let m = map(c) else {
                    mapped = false
                    n = 0
                    return
                }
                out[n] = m
                n += 1
                lastSpace = false
            }
            if n > 0 && out[n - 1] == 0x20 { n -= 1 }
        }
        return mapped ? out : nil
    }

    /// Line ranges `[start, end)` of a scalar array split on LF.
    static func lines(_ v: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in v.indices where v[i] == 0x0A {
            result.append(start..<i)
            start = i + 1
        }
        result.append(start..<v.count)
        return result
    }

    /// Finds `needle` in `hay` (both scalar arrays) from `from`; returns the start offset.
    static func find(_ needle: [UInt32], in hay: [UInt32], from: Int = 0) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        let first = needle[0]
        while i + needle.count <= hay.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// A short excerpt around `[start, end)` for messages.
    static func excerpt(_ v: [UInt32], _ start: Int, _ end: Int, context: Int = 12) -> String {
        let s = max(0, start - context), e = min(v.count, end + context)
        // control characters become their visible Control Pictures (TAB → ␉) so messages stay printable
        let shown = v[s..<e].map { c -> UInt32 in c == 0x0A ? 0x20 : (c < 0x20 ? 0x2400 + c : (c == 0x7F ? 0x2421 : c)) }
        var text = string(shown[...])
        if s > 0 { text = "…" + text }
        if e < v.count { text += "…" }
        return text
    }
}
