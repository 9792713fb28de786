/// Reads the gloss of one parenthesis for the gloss-mismatch rule: `ABBR (Expansion)`,
/// `Expansion (ABBR)`, `(Expansion, ABBR)` or `(…; Expansion; ABBR)`.
enum GlossParenthesis {
    /// The abbreviation and expansion glossed by the parenthesis `v[open...close]` and where the gloss
    /// starts; nil when it is not such a gloss. ASCII parentheses (without CR, so that a character is a
    /// scalar) are read on scalars; others through strings, as characters.
    static func read(_ v: [UInt32], _ open: Int, _ close: Int, _ resources: LintResources) -> (Int, String, String)? {
        if v[(open + 1)..<close].allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return readASCII(v, open, close, resources) }
        return readStrings(v, open, close, resources)
    }

    static func readStrings(_ v: [UInt32], _ open: Int, _ close: Int, _ resources: LintResources) -> (Int, String, String)? {
        let inside = LintText.string(v, open + 1, close)
        let parts = inside.split(whereSeparator: { $0 == ";" || $0 == "," }).map { TermText.trimWhitespaces(String($0)) }
        func candidate(_ s: String) -> Bool { GlossMismatchRule.isAbbreviation(s) || resources.expansions(of: s) != nil }
        if parts.filter(candidate).count > 1 { return nil }  // a list of names, not a gloss
        // inside the parentheses the expansion comes first: `(Large Language Models; LLMs)`;
        // `(GANs, Diffusion models)` is a list of names
        var abbr = parts.last.flatMap { candidate($0) ? $0 : nil }
        var long = parts.count >= 2 ? parts.dropLast().last(where: GlossMismatchRule.isExpansion) : parts.first(where: GlossMismatchRule.isExpansion)
        if parts.count >= 2 && abbr == nil { long = nil }
        var start = open
        // the word(s) just before the parenthesis
        var e = open
        while e > 0 && v[e - 1] == 0x20 { e -= 1 }
        if abbr == nil, long != nil, parts.count == 1 {
            var s = e
            while s > 0 && (LintText.isASCIIAlnum(v[s - 1]) || v[s - 1] == 0x2D) { s -= 1 }
            let word = LintText.string(v, s, e)
            if s < e, candidate(word), s == 0 || !LintText.isASCIIAlnum(v[s - 1]) { abbr = word; start = s }
        } else if let a = abbr, parts.count == 1, long == nil {
            // `Expansion (ABBR)`: up to six Latin words before the parenthesis
            let (s, words) = latinWordsBefore(v, e)
            if words >= 2, resources.expansions(of: a) != nil { long = LintText.trimmedString(v, s, e); start = s }
        }
        guard let abbr, let long else { return nil }
        return (start, abbr, long)
    }

    /// Where a run of up to six Latin words (hyphens allowed) ending at `end` starts, and how many words it has.
    static func latinWordsBefore(_ v: [UInt32], _ end: Int) -> (start: Int, words: Int) {
        var s = end, words = 0
        while words < 6 {
            var k = s
            while k > 0 && (GlossMismatchRule.isLatinLetter(v[k - 1]) || v[k - 1] == 0x2D) { k -= 1 }
            guard k < s else { break }
            s = k
            words += 1
            guard s >= 2, v[s - 1] == 0x20, GlossMismatchRule.isLatinLetter(v[s - 2]) || v[s - 2] == 0x2D else { break }
            s -= 1
        }
        return (s, words)
    }

    /// `readStrings` on scalars, for parentheses of ASCII without CR: the parts, candidates and
    /// expansions are ranges of `v`, and strings are built only for a gloss that has both sides.
    static func readASCII(_ v: [UInt32], _ open: Int, _ close: Int, _ resources: LintResources) -> (Int, String, String)? {
        // split on `;` and `,` (empty pieces dropped), each piece trimmed of spaces and tabs
        var parts: [Range<Int>] = []
        var from = open + 1
        for k in (open + 1)...close where k == close || v[k] == 0x3B || v[k] == 0x2C {
            if k > from {
                var lo = from, hi = k
                while lo < hi && (v[lo] == 0x20 || v[lo] == 0x09) { lo += 1 }
                while hi > lo && (v[hi - 1] == 0x20 || v[hi - 1] == 0x09) { hi -= 1 }
                parts.append(lo..<hi)
            }
            from = k + 1
        }
        func candidate(_ r: Range<Int>) -> Bool { isAbbreviation(v, r) || isListed(v, r, resources) }
        if parts.filter(candidate).count > 1 { return nil }  // a list of names, not a gloss
        var abbr = parts.last.flatMap { candidate($0) ? $0 : nil }
        var long = parts.count >= 2 ? parts.dropLast().last(where: { isExpansion(v, $0) }) : parts.first(where: { isExpansion(v, $0) })
        if parts.count >= 2 && abbr == nil { long = nil }
        var start = open
        var e = open
        while e > 0 && v[e - 1] == 0x20 { e -= 1 }
        var phrase: String?
        if abbr == nil, long != nil, parts.count == 1 {
            var s = e
            while s > 0 && (LintText.isASCIIAlnum(v[s - 1]) || v[s - 1] == 0x2D) { s -= 1 }
            if s < e, candidate(s..<e), s == 0 || !LintText.isASCIIAlnum(v[s - 1]) { abbr = s..<e; start = s }
        } else if let a = abbr, parts.count == 1, long == nil {
            let (s, words) = latinWordsBefore(v, e)
            if words >= 2, isListed(v, a, resources) {
                phrase = LintText.trimmedString(v, s, e)
                start = s
            }
        }
        guard let abbr, let text = phrase ?? long.map({ LintText.string(v, $0.lowerBound, $0.upperBound) }) else { return nil }
        return (start, LintText.string(v, abbr.lowerBound, abbr.upperBound), text)
    }

    /// `GlossMismatchRule.isAbbreviation` on `v[r]`.
    static func isAbbreviation(_ v: [UInt32], _ r: Range<Int>) -> Bool {
        var n = r.count
        if n > 2 && v[r.upperBound - 1] == 0x73 { n -= 1 }
        return (2...8).contains(n) && v[r.lowerBound..<(r.lowerBound + n)].allSatisfy(LintText.isASCIIUpper)
    }

    /// `resources.expansions(of:) != nil` for the ASCII text `v[r]`: listed as is, or with a plural `s`.
    static func isListed(_ v: [UInt32], _ r: Range<Int>, _ resources: LintResources) -> Bool {
        if isKey(v, r, resources) { return true }
        guard r.count > 2, v[r.upperBound - 1] == 0x73 else { return false }
        return isKey(v, r.lowerBound..<(r.upperBound - 1), resources)
    }

    /// Whether `v[r]` is a listed abbreviation: a text that packs can only equal a key that packs.
    static func isKey(_ v: [UInt32], _ r: Range<Int>, _ resources: LintResources) -> Bool {
        if let code = LintResources.packed(v[r]) { return resources.packedAbbreviationKeys.contains(code) }
        return resources.unpackedAbbreviationKeys.contains { $0.count == r.count && v[r].elementsEqual($0) }
    }

    /// `GlossMismatchRule.isExpansion` on `v[r]`: two to eight space-separated words of ASCII letters
    /// and hyphens, each starting with a letter.
    static func isExpansion(_ v: [UInt32], _ r: Range<Int>) -> Bool {
        var words = 0
        var k = r.lowerBound
        while k < r.upperBound {
            if v[k] == 0x20 { k += 1; continue }
            guard LintText.isASCIILetter(v[k]) else { return false }
            while k < r.upperBound && v[k] != 0x20 {
                guard LintText.isASCIILetter(v[k]) || v[k] == 0x2D else { return false }
                k += 1
            }
            words += 1
        }
        return (2...8).contains(words)
    }
}
