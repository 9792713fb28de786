import Foundation

/// English side normalisation: tokens, keys and the Korean word order of a term.
enum EnglishTokens {
    static let stop: Set<String> = ["a", "an", "the", "of", "for", "to", "and", "in", "on", "with", "from", "by", "via",
                                    "or", "as", "at", "into", "using", "its", "their", "is", "are", "be", "that", "this"]
    static let prepositions: Set<String> = ["of", "from", "for", "with", "by", "via", "using", "without", "on", "in",
                                            "through", "under", "across", "over", "into", "at"]

    /// Lowercased, singularised `[A-Za-z0-9]+` tokens; accents dropped, camelCase split
    /// (`speechQA` → speech, qa).
    static func tokens(_ s: String, keepStop: Bool = false) -> [String] {
        var out: [String] = []
        forEachToken(s) { bytes in
            let t = String(decoding: bytes, as: UTF8.self)
            if keepStop || !stop.contains(t) { out.append(singular(t)) }
        }
        return out
    }

    /// Calls `body` with the bytes of each token of `s`, lower-cased as they are gathered: only
    /// ASCII letters and digits join a token, and ICU's case folding of those is ASCII lower-casing.
    private static func forEachToken(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var cur: [UInt8] = []
        var prevLower = false
        func flush() {
            if !cur.isEmpty {
                cur.withUnsafeBufferPointer(body)
                cur.removeAll(keepingCapacity: true)
            }
        }
        for s in stripAccents(s).unicodeScalars {
            if TermText.isLatin(s) || TermText.isDigit(s) {
                if TermText.isUpper(s) && prevLower { flush() }
                cur.append(UInt8(truncatingIfNeeded: TermText.isUpper(s) ? s.value + 32 : s.value))
                prevLower = TermText.isLower(s)
            } else {
                flush()
                prevLower = false
            }
        }
        flush()
    }

    static func stripAccents(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return s }
        let d = s.decomposedStringWithCanonicalMapping
        return TermText.string(d.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
    }

    /// Words that end in s in the singular (`bias` is not the plural of `bia`).
    static let singularS: Set<String> = ["bias", "alias", "atlas", "canvas", "lens", "chaos", "series", "species", "news",
                                         "gas", "mathematics", "physics", "robotics", "ethics", "statistics", "dynamics"]

    static func singular(_ w: String) -> String {
        // every plural this knows ends in s, and so does every word it keeps as it is
        guard w.utf8.last == UInt8(ascii: "s") else { return w }
        let n = UTF8Scalars.count(w)
        if singularS.contains(w) { return w }
        if n > 4 && w.hasSuffix("biases") { return TermText.dropLast(w, 2) }
        if n > 3 && w.hasSuffix("ies") { return TermText.dropLast(w, 3) + "y" }
        // convexes, classes, meshes, patches: the plural adds -es after a sibilant
        if n > 4 && (w.hasSuffix("xes") || w.hasSuffix("sses") || w.hasSuffix("shes") || (w.hasSuffix("ches") && !w.hasSuffix("caches"))) {
            return TermText.dropLast(w, 2)
        }
        if n > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            return TermText.dropLast(w, 1)
        }
        return w
    }

    /// Content tokens in Korean word order: "A B from C D" → C D A B; within a hyphenated word too,
    /// "Implicit Chain-of-Thought" → implicit thought chain.
    static func koOrder(_ s: String) -> [String] {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.count >= 3 {
            for i in 1..<(words.count - 1) where prepositions.contains(words[i].lowercased()) {
                return koOrder(words[(i + 1)...].joined(separator: " ")) + koOrder(words[..<i].joined(separator: " "))
            }
        }
        guard s.contains("-") else { return tokens(s) }
        return words.flatMap { word -> [String] in
            let parts = word.split(separator: "-").map(String.init)
            // an idiom with an article keeps its order (state-of-the-art is 최첨단)
            guard parts.count >= 3, let i = (1..<(parts.count - 1)).first(where: { prepositions.contains(parts[$0].lowercased()) }),
                  parts[i + 1].lowercased() != "the" else {
                return tokens(word)
            }
            return tokens(parts[(i + 1)...].joined(separator: " ")) + tokens(parts[..<i].joined(separator: " "))
        }
    }

    /// Key of an English term: tokens with stop words, joined by spaces (`large language model`).
    static func key(_ s: String) -> String {
        // `tokens(s, keepStop: true)` joined by spaces, gathered in one buffer: only a token
        // ending in s needs to be a string, for `singular`
        var out: [UInt8] = []
        forEachToken(s) { t in
            if !out.isEmpty { out.append(0x20) }
            if t.last == UInt8(ascii: "s") { out += singular(String(decoding: t, as: UTF8.self)).utf8 } else { out += t }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Key of an abbreviation: NFKC, plural s after a capital dropped, lowercased (`LLMs` → `llm`).
    static func abbrKey(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return asciiAbbrKey(Array(s.utf8)) }
        var t = TermText.trimWhitespaces(s.precomposedStringWithCompatibilityMapping)
        let sc = UTF8Scalars.array(t)
        if sc.count >= 2, sc[sc.count - 1] == "s", TermText.isUpper(sc[sc.count - 2]) { t = TermText.dropLast(t, 1) }
        return ICU.foldCase(t)
    }

    /// `abbrKey` of ASCII text, on its bytes: ASCII is its own NFKC, its white space is space and tab,
    /// and ICU case folding is ASCII lower-casing.
    static func asciiAbbrKey(_ b: [UInt8]) -> String {
        var lo = 0, hi = b.count
        while lo < hi && (b[lo] == 0x20 || b[lo] == 0x09) { lo += 1 }
        while hi > lo && (b[hi - 1] == 0x20 || b[hi - 1] == 0x09) { hi -= 1 }
        if hi - lo >= 2 && b[hi - 1] == 0x73 && b[hi - 2] &- 0x41 < 26 { hi -= 1 }
        return String(decoding: b[lo..<hi].map { $0 &- 0x41 < 26 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
