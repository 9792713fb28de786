/// Whether an abbreviation clearly does not fit its expansion, for the gloss-mismatch rule.
///
/// Schwartz–Hearst alone (every letter in order, the first at a word start) misreads how coinages are
/// written, so a failed match is only a clash when none of these readings explains it:
/// - digits are notation, not letters: `2` = to (`T2I`, `W2SD`), `4` = for (`AI4SE`), a digit after a
///   letter repeats it (`C2OT`, `D3PO`), a version or size (`SAM 2`, `SSD-1B`), a dimension part (`3D`);
/// - mixed-case coinages are built from syllables: only their capitals are initials (`ViM2`, `DoF`, `FoX`);
/// - `X` stands for cross/trans (`XEUS`, `FoX`), and capitals inside a word start a word (`geNErative`);
/// - the span was cut: the expansion starts with a function word (`and Refine`) or spells a prefix or
///   suffix of the abbreviation word by word (`Perceptual Similarity (LPIPS)`: partial, not mismatch);
/// - the same initials in another order (`Small Multimodal Language Models (MSLMs)`), the expansion
///   naming a part of the abbreviation outright (`CLIP Score (N-CLIP)`), or one of `/`-separated forms fitting.
/// `ROPE (Relative Positional Encoding)` stays a clash: an `O` that no reading explains.
enum AbbreviationFit {
    /// Words that may join the words of an expansion without an initial of their own.
    static let functionWords: Set<String> = ["of", "for", "and", "the", "a", "an", "to", "in", "on", "with", "via", "by",
                                             "from", "at", "into", "as", "using", "based", "or"]
    /// Head nouns that an abbreviation often leaves out (`Skinned Multi-Person Linear Model (SMPL)`).
    static let optionalHeads: Set<String> = ["model", "models"]

    /// One word of the expansion: its letters (lower-cased) and where inner words start (after a
    /// hyphen or slash, or at a CamelCase capital).
    struct Unit {
        var letters: [UInt32]
        var starts: Set<Int>
        var isFunction: Bool
        var isOptional: Bool
    }

    static func clash(_ abbreviation: String, _ expansion: String) -> Bool {
        let a = abbreviation.unicodeScalars.map(\.value), e = expansion.unicodeScalars.map(\.value)
        // forms separated by `/` (`SSC/PSC`, `PE/SE`): one fitting is enough
        if a.contains(0x2F) {
            let forms = a.split(separator: 0x2F).map(Array.init)
            if forms.count > 1 { return forms.allSatisfy { clash(LintText.string($0[...]), expansion) } }
        }
        let units = self.units(e)
        // an expansion cut at its start (`and Refine`, `with ScreenShots`) is a span problem, not a mismatch
        guard let first = units.first, !first.isFunction else { return false }
        let parts = self.parts(a)
        // the expansion names a part of the abbreviation outright (`CLIP Score (N-CLIP)`)
        for p in parts where p.count >= 2 && !p.allSatisfy(LintText.isDigit) {
            let lp = LintText.lowercased(p)
            if units.contains(where: { $0.letters == lp }) { return false }
        }
        let letters = initials(parts)
        // one letter (`T6`, `M4`) says too little to disagree with anything
        guard letters.count >= 2 else { return false }
        if fits(letters, units, requireAll: false) { return false }
        // a cut span: the expansion spells a proper prefix or suffix of the abbreviation, every word used
        for k in 1..<letters.count {
            if fits(Array(letters[..<k]), units, requireAll: true) || fits(Array(letters[k...]), units, requireAll: true) { return false }
        }
        // the same initials in another order (`MSLMs`, `PLDR-LLM` for `… LLM from PLDR …`)
        let bag = units.filter { !$0.isFunction }.compactMap { $0.letters.first }
        if bag.count == letters.count && bag.sorted() == letters.sorted() { return false }
        return true
    }

    /// The abbreviation's parts at `-`, space and `.`; a part of digits and one letter (`3D`, `1B`) is
    /// a dimension or size tag and dropped.
    static func parts(_ a: [UInt32]) -> [[UInt32]] {
        a.split(whereSeparator: { $0 == 0x2D || $0 == 0x20 || $0 == 0x2E }).map(Array.init).filter { p in
            !(p.count >= 2 && LintText.isASCIILetter(p[p.count - 1]) && p.dropLast().allSatisfy(LintText.isDigit))
        }
    }

    /// The initials the parts stand for, lower-cased: digits dropped; a plural `s` after a capital
    /// dropped; in a mixed-case part (`ViM`, `DoF`, `eBPE`) only the capitals.
    static func initials(_ parts: [[UInt32]]) -> [UInt32] {
        var out: [UInt32] = []
        for var p in parts {
            if p.count > 2, p[p.count - 1] == 0x73, LintText.isASCIIUpper(p[p.count - 2]) { p.removeLast() }
            let letters = p.filter(LintText.isASCIILetter)
            let mixed = letters.contains(where: LintText.isASCIIUpper) && letters.contains(where: LintText.isASCIILower)
            for c in letters where !mixed || LintText.isASCIIUpper(c) { out.append(LintText.isASCIIUpper(c) ? c + 32 : c) }
        }
        return out
    }

    /// The expansion's space-separated words; words with digits (`64x64`, `Reward3D`) are not words an
    /// abbreviation spells, so they are function-like.
    static func units(_ e: [UInt32]) -> [Unit] {
        var out: [Unit] = []
        for w in e.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            let word = Array(w)
            var letters: [UInt32] = []
            var starts: Set<Int> = [0]
            var previous: UInt32 = 0
            for c in word {
                if c == 0x2D || c == 0x2F { starts.insert(letters.count); previous = c; continue }
                guard LintText.isASCIILetter(c) || c >= 0xC0 else { previous = c; continue }
                if LintText.isASCIIUpper(c) && LintText.isASCIILower(previous) { starts.insert(letters.count) }
                letters.append(LintText.isASCIIUpper(c) ? c + 32 : c)
                previous = c
            }
            guard !letters.isEmpty else { continue }
            let text = LintText.string(letters[...])
            let isFunction = functionWords.contains(text) || word.contains(where: LintText.isDigit)
            out.append(Unit(letters: letters, starts: starts, isFunction: isFunction, isOptional: optionalHeads.contains(text)))
        }
        return out
    }

    /// Schwartz–Hearst on words: the letters occur in order, the first at the start of a word (or an
    /// inner word); `x` also at the start of a word beginning with cross or trans. With `requireAll`,
    /// the first letter starts the first word and every content word but an optional head holds a
    /// letter (searched with backtracking: greedy matching would spend `p` of `Policy` inside `Optimization`).
    static func fits(_ letters: [UInt32], _ units: [Unit], requireAll: Bool) -> Bool {
        guard !letters.isEmpty, !units.isEmpty else { return false }
        var flat: [(c: UInt32, unit: Int, start: Bool, cross: Bool)] = []
        for (k, u) in units.enumerated() {
            for (i, c) in u.letters.enumerated() {
                let start = u.starts.contains(i)
                flat.append((c, k, start, start && startsCrossing(u.letters, i)))
            }
        }
        let required = units.map { !requireAll ? false : !($0.isFunction || $0.isOptional) }
        var budget = 4000
        // letters[0...si] still to place at or left of `pos`; `m` is the leftmost unit used so far
        func place(_ si: Int, _ pos: Int, _ m: Int) -> Bool {
            if si < 0 { return !required[0..<min(m, units.count)].contains(true) }
            let c = letters[si]
            var p = pos
            while p >= 0 {
                let f = flat[p]
                // a required unit left unused between this one and the last used one cannot be used later
                if f.unit < m - 1 && f.unit + 1 < units.count && required[f.unit + 1] && f.unit + 1 != m { break }
                budget -= 1
                if budget < 0 { return false }
                if f.c == c || (c == 0x78 && f.cross) {
                    let placeable = si > 0 || (f.start && (!requireAll || p == 0))
                    if placeable && place(si - 1, p - 1, f.unit) { return true }
                }
                p -= 1
            }
            return false
        }
        return place(letters.count - 1, flat.count - 1, units.count)
    }

    static let crossing: [[UInt32]] = ["cross", "trans"].map { $0.unicodeScalars.map(\.value) }

    static func startsCrossing(_ letters: [UInt32], _ at: Int) -> Bool {
        crossing.contains { p in letters.count - at >= p.count && letters[at..<(at + p.count)].elementsEqual(p) }
    }
}
