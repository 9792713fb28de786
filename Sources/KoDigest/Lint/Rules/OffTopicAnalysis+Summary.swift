/// Finding a title's names and a specific entity in the summary.
extension OffTopicAnalysis {
    /// Scalars dropped before the substring search for long names: space, LF, TAB, `-`, `_`, `.`, `·`.
    static func isSqueezedOut(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x2D || c == 0x5F || c == 0x2E || c == 0xB7
    }

    static func nameFound(_ name: String, lower: [UInt32], squeezed: [UInt32], resources: LintResources) -> Bool {
        let n = name.lowercased().unicodeScalars.map(\.value)
        let nn = n.filter { !isSqueezedOut($0) }
        if nn.count >= 5 && LintText.find(nn, in: squeezed) != nil { return true }
        if boundedFind(n, in: lower, nextMayBeDigit: true) { return true }
        for p in name.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }).map(String.init)
        where p.count >= 3 && isNamePart(p, resources) {
            if boundedFind(p.lowercased().unicodeScalars.map(\.value), in: lower, nextMayBeDigit: true) { return true }
        }
        return false
    }

    /// `needle` occurs with no ASCII letter or digit before it and no ASCII letter after it.
    static func boundedFind(_ needle: [UInt32], in hay: [UInt32], nextMayBeDigit: Bool) -> Bool {
        var from = 0
        while let i = LintText.find(needle, in: hay, from: from) {
            let beforeOK = i == 0 || !LintText.isASCIIAlnum(hay[i - 1])
            let j = i + needle.count
            let afterOK = j >= hay.count || !(LintText.isASCIILetter(hay[j]) || (!nextMayBeDigit && LintText.isDigit(hay[j])))
            if beforeOK && afterOK { return true }
            from = i + 1
        }
        return false
    }

    /// Distinct textbook names among `spans` (start, end, entity index: word-bounded matches in the
    /// summary) that the title does not mention; a match inside a longer match counts once.
    static func textbookNames(_ spans: [(Int, Int, Int)], titleLower: String, resources: LintResources) -> [(String, Double)] {
        guard !spans.isEmpty else { return [] }
        // an ASCII title is searched on scalars; otherwise as before, with Foundation's `contains`
        let titleScalars: [UInt32]? = titleLower.utf8.allSatisfy({ $0 < 0x80 }) ? titleLower.unicodeScalars.map(\.value) : nil
        var mentioned: [Int: Bool] = [:]
        var kept: [(Int, Int, Int)] = []
        for span in spans {
            let k = span.2
            if mentioned[k] == nil {
                let e = resources.textbookEntities[k]
                if let titleScalars, e.utf8.allSatisfy({ $0 < 0x80 }) {
                    mentioned[k] = LintText.find(resources.textbookScalars[k], in: titleScalars) != nil
                } else {
                    mentioned[k] = titleLower.contains(e)
                }
            }
            if mentioned[k] == false { kept.append(span) }
        }
        var names: [String: Double] = [:]
        for (a, b, k) in kept {
            if kept.contains(where: { $0.0 <= a && b <= $0.1 && ($0.1 - $0.0) > (b - a) }) { continue }
            let e = resources.textbookEntities[k]
            let w = k < resources.textbookWeights.count ? resources.textbookWeights[k] : 1
            let name = e.hasSuffix("s") ? String(e.dropLast()) : e
            names[name] = max(names[name] ?? 0, w)
        }
        return names.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The first Latin name outside parentheses that is specific: CamelCase, an acronym, a
    /// letter-digit mix, or a Capitalized word; textbook names and field-wide acronyms do not count.
    static func firstEntity(_ v: [UInt32], _ resources: LintResources) -> String? {
        // read straight from `v`, with no copy whose parentheses are blanked: a token (letters, digits,
        // `-`, `.`) holds no parenthesis, so it lies wholly inside or outside them, and the depth where
        // it starts tells which; the first entity is usually found long before the end
        var depth = 0
        var i = 0
        while i < v.count {
            let c = v[i]
            if c == 0x28 { depth += 1; i += 1; continue }
            if c == 0x29 { depth = max(0, depth - 1); i += 1; continue }
            guard depth == 0, LintText.isASCIIAlnum(c), i == 0 || !LintText.isASCIIAlnum(v[i - 1]) else { i += 1; continue }
            var j = i
            while j < v.count && (LintText.isASCIIAlnum(v[j]) || v[j] == 0x2D || v[j] == 0x2E) { j += 1 }
            var e = j
            while e > i && !LintText.isASCIIAlnum(v[e - 1]) { e -= 1 }
            let start = i
            i = j
            // the token is ASCII: its length in scalars is its length in characters
            guard e - start >= 2 else { continue }
            let capitalized = e - start >= 3 && LintText.isASCIIUpper(v[start]) && LintText.isASCIILower(v[start + 1])
                && LintText.isASCIILower(v[start + 2])
            guard isShaped(v, start..<e) || capitalized else { continue }
            let token = v[start..<e]
            if token.allSatisfy({ LintText.isDigit($0) || $0 == 0x2E || $0 == 0x2D }) { continue }
            let digitsThenUnit = token.prefix { LintText.isDigit($0) || $0 == 0x2E || $0 == 0x2D }.count >= token.count - 2
                && LintText.isDigit(v[start])
            if digitsThenUnit { continue }
            let text = LintText.string(token)
            if isCommon(text, resources) || resources.textbookSet.contains(text.lowercased()) { continue }
            return text
        }
        return nil
    }

    static func isShaped(_ v: [UInt32]) -> Bool { isShaped(v, 0..<v.count) }

    static func isShaped(_ v: [UInt32], _ range: Range<Int>) -> Bool {
        for k in (range.lowerBound + 1)..<max(range.lowerBound + 1, range.upperBound) {
            let a = v[k - 1], b = v[k]
            if (LintText.isASCIILower(a) && LintText.isASCIIUpper(b)) || (LintText.isASCIIUpper(a) && LintText.isASCIIUpper(b))
                || (LintText.isASCIILetter(a) && LintText.isDigit(b)) || (LintText.isDigit(a) && LintText.isASCIILetter(b)) {
                return true
            }
        }
        return false
    }
}
