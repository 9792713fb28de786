/// Fixed strings, one of which every match of a regular expression contains: a scan for them (in
/// the phrase index, with the other phrases) tells which texts the expression can match at all, so
/// that it runs on those alone. Derived from the pattern itself, so a pattern a user adds to the
/// data files is filtered by its own literals, or, when this reading cannot tell, always run.
///
/// The reading is deliberately small: literal characters and escaped punctuation, `[abc]` classes
/// of plain characters, groups whose alternatives are exact strings, `?` (the atom or nothing),
/// zero-width assertions (skipped, lookarounds included). Anything it does not know (`.`, `\w`,
/// ranges, `*`, `+`, `{n}`, flags, back-references) ends a run of literals; an escape or group it
/// cannot parse gives up on the whole pattern.
enum RequiredLiterals {
    /// Cross products larger than this end the run of literals they would extend.
    static let maxStrings = 64
    /// Strings shorter than this (in scalars) filter too little to be worth a scan.
    static let minLength = 2

    /// The strings (as scalars), or nil when no useful set is known and the pattern must always run.
    static func of(_ pattern: String) -> [[UInt32]]? {
        var parser = Parser(scalars: pattern.unicodeScalars.map(\.value))
        guard let alternatives = parser.alternatives(), parser.atEnd else { return nil }
        var union: [[UInt32]] = []
        for sequence in alternatives {
            guard let factor = bestFactor(sequence) else { return nil }
            union += factor
        }
        return union
    }

    /// A piece of a pattern: the exact strings it matches, or something else.
    enum Atom {
        case strings([[UInt32]])
        /// Matches nothing (assertions, lookarounds): neither adds to a run nor ends one.
        case zeroWidth
        case unknown
    }

    /// The run of consecutive literal atoms whose shortest string is longest (then the fewest strings).
    static func bestFactor(_ sequence: [Atom]) -> [[UInt32]]? {
        var best: [[UInt32]]?
        func consider(_ run: [[UInt32]]) {
            let length = run.map(\.count).min() ?? 0
            guard length >= minLength else { return }
            if let b = best {
                let bestLength = b.map(\.count).min() ?? 0
                if length < bestLength || (length == bestLength && run.count >= b.count) { return }
            }
            best = run
        }
        var run: [[UInt32]] = [[]]
        for atom in sequence {
            switch atom {
            case .zeroWidth:
                continue
            case .unknown:
                consider(run)
                run = [[]]
            case .strings(let set):
                if let longer = concatenate(run, set) {
                    run = longer
                } else {
                    consider(run)
                    run = set
                }
            }
        }
        consider(run)
        return best
    }

    /// Every string of `prefixes` followed by every string of `set`, or nil beyond `maxStrings`.
    static func concatenate(_ prefixes: [[UInt32]], _ set: [[UInt32]]) -> [[UInt32]]? {
        guard prefixes.count * set.count <= maxStrings else { return nil }
        return prefixes.flatMap { prefix in set.map { prefix + $0 } }
    }

    struct Parser {
        let scalars: [UInt32]
        var i = 0

        init(scalars: [UInt32]) { self.scalars = scalars }

        var atEnd: Bool { i == scalars.count }

        /// `a|b|c` up to the end or an unmatched `)`; nil when the pattern cannot be read.
        mutating func alternatives() -> [[Atom]]? {
            var all: [[Atom]] = [[]]
            while i < scalars.count {
                let c = scalars[i]
                if c == 0x29 { break }                        // ) ends the group
                if c == 0x7C { i += 1; all.append([]); continue }   // |
                guard let atom = atom() else { return nil }
                all[all.count - 1].append(quantified(atom))
            }
            return all
        }

        /// One atom without its quantifier; nil when it cannot be read.
        mutating func atom() -> Atom? {
            let c = scalars[i]
            i += 1
            switch c {
            case 0x5C: return escape()                      // \
            case 0x5B: return characterClass()              // [
            case 0x28: return group()                       // (
            case 0x5E, 0x24: return .zeroWidth              // ^ $
            case 0x2E: return .unknown                      // .
            case 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x5D: return nil   // a quantifier or bracket out of place
            default: return .strings([[c]])
            }
        }

        /// The atom with a quantifier that follows it applied.
        mutating func quantified(_ atom: Atom) -> Atom {
            guard i < scalars.count else { return atom }
            switch scalars[i] {
            case 0x3F:                                      // ? : the atom or nothing
                i += 1
                skipLazyOrPossessive()
                if case .strings(let set) = atom { return .strings(set + [[]]) }
                return atom
            case 0x2A, 0x2B:                                // * +
                i += 1
                skipLazyOrPossessive()
                return .unknown
            case 0x7B:                                      // {n,m}
                while i < scalars.count && scalars[i] != 0x7D { i += 1 }
                i += 1
                skipLazyOrPossessive()
                return .unknown
            default:
                return atom
            }
        }

        mutating func skipLazyOrPossessive() {
            if i < scalars.count && (scalars[i] == 0x3F || scalars[i] == 0x2B) { i += 1 }
        }

        mutating func escape() -> Atom? {
            guard i < scalars.count else { return nil }
            let c = scalars[i]
            i += 1
            switch c {
            case 0x62, 0x42, 0x41, 0x7A, 0x5A, 0x47: return .zeroWidth   // \b \B \A \z \Z \G
            case 0x64, 0x44, 0x77, 0x57, 0x73, 0x53, 0x68, 0x48, 0x76, 0x56, 0x52, 0x58: return .unknown  // \d \w \s …
            case 0x74: return .strings([[0x09]])
            case 0x6E: return .strings([[0x0A]])
            default:
                // escaped ASCII punctuation is itself; letters and digits here (\p{…}, \x…, \1) are not read
                let punctuation = (0x21...0x2F).contains(c) || (0x3A...0x40).contains(c) || (0x5B...0x60).contains(c) || (0x7B...0x7E).contains(c)
                return punctuation || c == 0x20 ? .strings([[c]]) : nil
            }
        }

        /// `[abc]` of plain characters is those characters; ranges, negation and escapes are unknown.
        mutating func characterClass() -> Atom? {
            var members: [UInt32] = []
            var plain = true
            if i < scalars.count && scalars[i] == 0x5E { plain = false; i += 1 }
            if i < scalars.count && scalars[i] == 0x5D { members.append(0x5D); i += 1 }
            while i < scalars.count && scalars[i] != 0x5D {
                let c = scalars[i]
                if c == 0x5B { return nil }                 // nested sets and set operations
                if c == 0x5C { plain = false; i += 1 }      // skip the escaped scalar
                if c == 0x2D { plain = false }              // a range
                members.append(c)
                i += 1
            }
            guard i < scalars.count else { return nil }
            i += 1
            return plain && !members.isEmpty ? .strings(members.map { [$0] }) : .unknown
        }

        /// `(…)`, `(?:…)`, `(?>…)`, `(?<name>…)`: the union of the alternatives when each is exact;
        /// lookarounds are zero-width. Flags, comments and anything else give up.
        mutating func group() -> Atom? {
            var lookaround = false
            if i < scalars.count && scalars[i] == 0x3F {    // ?
                i += 1
                guard i < scalars.count else { return nil }
                switch scalars[i] {
                case 0x3A, 0x3E: i += 1                     // (?: (?>
                case 0x3D, 0x21: i += 1; lookaround = true  // (?= (?!
                case 0x3C:                                  // (?<= (?<! or (?<name>
                    i += 1
                    guard i < scalars.count else { return nil }
                    if scalars[i] == 0x3D || scalars[i] == 0x21 {
                        i += 1
                        lookaround = true
                    } else {
                        while i < scalars.count && scalars[i] != 0x3E { i += 1 }
                        i += 1
                    }
                default: return nil
                }
            }
            guard let inner = alternatives(), i < scalars.count, scalars[i] == 0x29 else { return nil }
            i += 1
            if lookaround { return .zeroWidth }
            var union: [[UInt32]] = []
            for sequence in inner {
                var exact: [[UInt32]] = [[]]
                for atom in sequence {
                    switch atom {
                    case .zeroWidth: continue
                    case .unknown: return .unknown
                    case .strings(let set):
                        guard let longer = concatenate(exact, set) else { return .unknown }
                        exact = longer
                    }
                }
                union += exact
            }
            return union.count <= maxStrings ? .strings(union) : .unknown
        }
    }
}
