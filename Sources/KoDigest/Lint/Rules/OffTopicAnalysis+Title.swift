/// Reading a paper's title: its clean form, its words, and the names it gives.
extension OffTopicAnalysis {
    /// The title without `$…$` math and `\macros`.
    static func cleanTitle(_ title: String) -> String {
        // nearly every title has neither: it is then its own clean form
        guard title.utf8.contains(where: { $0 == 0x24 || $0 == 0x5C }) else { return title }
        var out = String.UnicodeScalarView()
        var inMath = false
        var it = UTF8Scalars.array(title)
        var i = 0
        while i < it.count {
            let c = it[i]
            if c == "$" { inMath.toggle(); out.append(" "); i += 1; continue }
            if inMath { i += 1; continue }
            if c == "\\" {
                i += 1
                while i < it.count && LintText.isASCIILetter(it[i].value) { i += 1 }
                out.append(" ")
                continue
            }
            out.append(c)
            i += 1
        }
        it = []
        return String(out)
    }

    /// Runs of ASCII letters.
    static func latinWords(_ text: String) -> [String] {
        // read on UTF-8: an ASCII letter is one byte, and no byte of another scalar is below 0x80
        let b = Array(text.utf8)
        var words: [String] = []
        var i = 0
        while i < b.count {
            guard LintText.isASCIILetter(UInt32(b[i])) else { i += 1; continue }
            var j = i
            while j < b.count && LintText.isASCIILetter(UInt32(b[j])) { j += 1 }
            words.append(String(decoding: b[i..<j], as: UTF8.self))
            i = j
        }
        return words
    }

    /// Lower-cased, plural stripped (`ies`→`y`, `es`, `s`) when longer than four letters.
    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        guard w.count > 4, !w.hasSuffix("ss"), !w.hasSuffix("us") else { return w }
        if w.hasSuffix("ies") { w.removeLast(3); return w + "y" }
        if w.hasSuffix("es") { w.removeLast(2); return w }
        if w.hasSuffix("s") { w.removeLast() }
        return w
    }

    /// Title tokens (letters, digits, `-`, `.`, `'`, `’`, `+`) that look like a name: a CamelCase step,
    /// two capitals, a letter-digit junction; plus a one-token head before `:`.
    static func nameTokens(_ title: String, _ resources: LintResources) -> [String] {
        // tokens are ranges of the title's scalars: a string is built only for a token that is a name
        let v = title.unicodeScalars.map(\.value)
        var names: [String] = []
        for run in LintText.runs(v, where: isTokenScalar) {
            if let t = trimmedToken(v, run), hasNamePart(v, t, resources) {
                let token = LintText.string(v[t])
                if !names.contains(token) { names.append(token) }
            }
        }
        if let head = headBeforeColon(title), !head.contains(" "), head.count >= 3, !isCommon(head, resources),
           head.unicodeScalars.contains(where: { LintText.isASCIILetter($0.value) }), !names.contains(head) {
            names.append(head)
        }
        return names
    }

    static func isTokenScalar(_ c: UInt32) -> Bool {
        LintText.isASCIIAlnum(c) || c == 0x2D || c == 0x2E || c == 0x27 || c == 0x2019 || c == 0x2B
    }

    /// The token `v[r]` without trailing `-.'’+`, leading `-.'’` and then a final `'s` or `’s`; nil
    /// when nothing is left.
    static func trimmedToken(_ v: [UInt32], _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo && (v[hi - 1] == 0x2D || v[hi - 1] == 0x2E || v[hi - 1] == 0x27 || v[hi - 1] == 0x2019 || v[hi - 1] == 0x2B) { hi -= 1 }
        while lo < hi && (v[lo] == 0x2D || v[lo] == 0x2E || v[lo] == 0x27 || v[lo] == 0x2019) { lo += 1 }
        if hi - lo >= 2 && v[hi - 1] == 0x73 && (v[hi - 2] == 0x27 || v[hi - 2] == 0x2019) { hi -= 2 }
        return lo < hi ? lo..<hi : nil
    }

    /// Whether a part of the token `v[t]` between `-` and `.` is a name part.
    static func hasNamePart(_ v: [UInt32], _ t: Range<Int>, _ resources: LintResources) -> Bool {
        var start = t.lowerBound
        for k in t.lowerBound...t.upperBound where k == t.upperBound || v[k] == 0x2D || v[k] == 0x2E {
            if k > start && isNamePart(v, start..<k, resources) { return true }
            start = k + 1
        }
        return false
    }

    static func headBeforeColon(_ title: String) -> String? {
        // ASCII titles without CR (nearly all) on bytes: there a Character is a byte
        if title.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return asciiHeadBeforeColon(Array(title.utf8)) }
        let t = title.trimmingCharacters(in: .whitespaces)
        var cut: String.Index?
        if let c = t.firstIndex(of: ":") { cut = c }
        if let d = t.range(of: " - ")?.lowerBound ?? t.range(of: " -- ")?.lowerBound { cut = min(cut ?? d, d) }
        guard let cut else { return nil }
        let head = t[..<cut].trimmingCharacters(in: .whitespaces)
        return head.isEmpty || head.count > 60 ? nil : head
    }

    static func asciiHeadBeforeColon(_ title: [UInt8]) -> String? {
        var lo = 0, hi = title.count
        while lo < hi && (title[lo] == 0x20 || title[lo] == 0x09) { lo += 1 }
        while hi > lo && (title[hi - 1] == 0x20 || title[hi - 1] == 0x09) { hi -= 1 }
        let t = title[lo..<hi]
        func find(_ needle: [UInt8]) -> Int? {
            guard t.count >= needle.count else { return nil }
            return (t.startIndex...(t.endIndex - needle.count)).first { t[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        var cut = t.firstIndex(of: 0x3A)
        if let d = find([0x20, 0x2D, 0x20]) ?? find([0x20, 0x2D, 0x2D, 0x20]) { cut = min(cut ?? d, d) }
        guard var e = cut else { return nil }
        var s = t.startIndex
        while s < e && (t[s] == 0x20 || t[s] == 0x09) { s += 1 }
        while e > s && (t[e - 1] == 0x20 || t[e - 1] == 0x09) { e -= 1 }
        return s == e || e - s > 60 ? nil : String(decoding: t[s..<e], as: UTF8.self)
    }

    static func isCommon(_ token: String, _ resources: LintResources) -> Bool {
        var l = token.lowercased()
        if resources.commonAcronyms.contains(l) { return true }
        if l.hasSuffix("s") { l.removeLast(); if resources.commonAcronyms.contains(l) { return true } }
        return false
    }

    /// A CamelCase step, two capitals in a row, or a letter–digit junction; not a field-wide acronym;
    /// short forms such as `7B`, `R1` do not count.
    static func isNamePart(_ part: String, _ resources: LintResources) -> Bool {
        let v = part.unicodeScalars.map(\.value)
        return isNamePart(v, 0..<v.count, resources)
    }

    /// `isNamePart` on the scalars `v[r]`.
    static func isNamePart(_ v: [UInt32], _ r: Range<Int>, _ resources: LintResources) -> Bool {
        guard r.count >= 3, isShaped(v, r) else { return false }
        let digitsThenLetter = v[r.dropLast()].allSatisfy(LintText.isDigit) && LintText.isASCIILetter(v[r.upperBound - 1])
        // the acronym list last: most parts are already decided by their shape
        return (!digitsThenLetter || r.count >= 4) && !isCommon(LintText.string(v[r]), resources)
    }

    static func hyphenCompounds(_ title: String) -> [String] {
        // a token holds only ASCII letters and `-`: trimmed of `-`, it is a compound when a `-` is left;
        // read on UTF-8, where those are single bytes
        func isPart(_ c: UInt8) -> Bool { LintText.isASCIILetter(UInt32(c)) || c == 0x2D }
        let b = Array(title.utf8)
        var out: [String] = []
        for run in LintText.runs(b, where: isPart) {
            var lo = run.lowerBound, hi = run.upperBound
            while lo < hi && b[lo] == 0x2D { lo += 1 }
            while hi > lo && b[hi - 1] == 0x2D { hi -= 1 }
            if b[lo..<hi].contains(0x2D) { out.append(String(decoding: b[lo..<hi], as: UTF8.self)) }
        }
        return out
    }
}
