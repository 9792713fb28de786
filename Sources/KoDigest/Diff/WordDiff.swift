/// A word-level diff of two texts: words come from ICU word boundaries (so Hangul, Latin and
/// punctuation split where a reader expects), matched by a longest common subsequence.
public enum WordDiff {
    /// A run of text that both sides share, that only the old side has, or only the new side has.
    public enum Segment: Sendable, Equatable {
        case equal(String)
        case removed(String)
        case inserted(String)
    }

    /// Largest LCS table (old words × new words, after the common ends are cut off). Beyond it the
    /// differing middle is shown as one replacement: still correct, and never slow.
    public static let maxCells = 2_000_000

    /// Segments that turn `old` into `new`; removed text comes before inserted text at each change.
    public static func diff(_ old: String, _ new: String, maxCells: Int = WordDiff.maxCells) -> [Segment] {
        if old == new { return old.isEmpty ? [] : [.equal(old)] }
        let a = words(old), b = words(new)
        // Word ids make the table compare integers, not strings.
        var ids: [String: Int] = [:]
        let x = a.map { w in ids[w] ?? { ids[w] = ids.count; return ids.count - 1 }() }
        let y = b.map { w in ids[w] ?? { ids[w] = ids.count; return ids.count - 1 }() }

        var prefix = 0
        while prefix < x.count, prefix < y.count, x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] {
            suffix += 1
        }
        let xm = Array(x[prefix..<(x.count - suffix)]), ym = Array(y[prefix..<(y.count - suffix)])

        var ops: [Op] = Array(repeating: .equal, count: prefix)
        if xm.count * ym.count <= maxCells {
            ops += lcsOps(xm, ym)
        } else {
            ops += Array(repeating: .remove, count: xm.count) + Array(repeating: .insert, count: ym.count)
        }
        ops += Array(repeating: .equal, count: suffix)
        return segments(ops: ops, old: a, new: b)
    }

    /// `[-old-]{+new+}` inline, as `git diff --word-diff=plain` prints it.
    public static func inline(_ segments: [Segment]) -> String {
        var out = ""
        for s in segments {
            switch s {
            case .equal(let t): out += t
            case .removed(let t): out += "[-" + t + "-]"
            case .inserted(let t): out += "{+" + t + "+}"
            }
        }
        return out
    }

    /// Removed text in red and inserted text in green (ANSI), for terminals.
    public static func coloured(_ segments: [Segment]) -> String {
        var out = ""
        for s in segments {
            switch s {
            case .equal(let t): out += t
            case .removed(let t): out += "\u{1B}[31m" + t + "\u{1B}[0m"
            case .inserted(let t): out += "\u{1B}[32m" + t + "\u{1B}[0m"
            }
        }
        return out
    }

    /// Shortens long unchanged runs to `context` scalars on each side of a change, so that a
    /// one-word edit in a long paragraph stays readable.
    public static func elided(_ segments: [Segment], context: Int) -> [Segment] {
        guard segments.contains(where: { if case .equal = $0 { false } else { true } }) else { return segments }
        var out: [Segment] = []
        for (i, s) in segments.enumerated() {
            guard case .equal(let t) = s else { out.append(s); continue }
            let scalars = UTF8Scalars.array(t)
            let first = i == 0, last = i == segments.count - 1
            let keepHead = first ? 0 : context, keepTail = last ? 0 : context
            guard scalars.count > keepHead + keepTail + 3 else { out.append(s); continue }
            var shortened = ""
            shortened.unicodeScalars.append(contentsOf: scalars[0..<keepHead])
            shortened += "…"
            shortened.unicodeScalars.append(contentsOf: scalars[(scalars.count - keepTail)...])
            out.append(.equal(shortened))
        }
        return out
    }

    /// The text split at ICU word boundaries; joining the pieces gives the text back.
    static func words(_ text: String) -> [String] {
        let scalars = UTF8Scalars.array(text)
        var bounds = ICU.wordBoundaries(text).filter { $0 >= 0 && $0 <= scalars.count }
        if bounds.first != 0 { bounds.insert(0, at: 0) }
        if bounds.last != scalars.count { bounds.append(scalars.count) }
        var out: [String] = []
        out.reserveCapacity(bounds.count)
        for i in 1..<bounds.count where bounds[i] > bounds[i - 1] {
            var w = ""
            w.unicodeScalars.append(contentsOf: scalars[bounds[i - 1]..<bounds[i]])
            out.append(w)
        }
        return out
    }

    enum Op { case equal, remove, insert }

    /// Classic LCS table; ties prefer removing before inserting so that each change reads
    /// "old, then new".
    static func lcsOps(_ x: [Int], _ y: [Int]) -> [Op] {
        let n = x.count, m = y.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .remove, count: n) }
        // table[i][j] = LCS length of x[i...] and y[j...], flattened.
        var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        let w = m + 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * w + j] = x[i] == y[j]
                    ? table[(i + 1) * w + j + 1] + 1
                    : max(table[(i + 1) * w + j], table[i * w + j + 1])
            }
        }
        var ops: [Op] = []
        ops.reserveCapacity(n + m)
        var i = 0, j = 0
        while i < n, j < m {
            if x[i] == y[j] {
                ops.append(.equal); i += 1; j += 1
            } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
                ops.append(.remove); i += 1
            } else {
                ops.append(.insert); j += 1
            }
        }
        ops += Array(repeating: .remove, count: n - i) + Array(repeating: .insert, count: m - j)
        return ops
    }

    /// Turns word operations into segments: whitespace-only common runs between two changes are
    /// folded into the change (so `[-a b-]{+c d+}` instead of `[-a-]{+c+} [-b-]{+d+}`), and
    /// whitespace both sides of a change share at its ends is moved out of the brackets.
    static func segments(ops: [Op], old: [String], new: [String]) -> [Segment] {
        // Pass 1: group into runs of (equal text) or (removed, inserted).
        enum Run { case equal(String), change(String, String) }
        var runs: [Run] = []
        var i = 0, j = 0
        for op in ops {
            switch op {
            case .equal:
                if case .equal(let t)? = runs.last { runs[runs.count - 1] = .equal(t + old[i]) } else { runs.append(.equal(old[i])) }
                i += 1; j += 1
            case .remove:
                if case .change(let r, let s)? = runs.last { runs[runs.count - 1] = .change(r + old[i], s) } else { runs.append(.change(old[i], "")) }
                i += 1
            case .insert:
                if case .change(let r, let s)? = runs.last { runs[runs.count - 1] = .change(r, s + new[j]) } else { runs.append(.change("", new[j])) }
                j += 1
            }
        }
        // Pass 2: fold whitespace-only equal runs that sit between two changes.
        var merged: [Run] = []
        var k = 0
        while k < runs.count {
            if case .equal(let t) = runs[k], k > 0, k + 1 < runs.count, isBlank(t),
               case .change(let r1, let s1)? = merged.last, case .change(let r2, let s2) = runs[k + 1] {
                merged[merged.count - 1] = .change(r1 + t + r2, s1 + t + s2)
                k += 2
                continue
            }
            merged.append(runs[k])
            k += 1
        }
        // Pass 3: emit, moving shared leading/trailing whitespace out of each change.
        var out: [Segment] = []
        func emitEqual(_ t: String) {
            guard !t.isEmpty else { return }
            if case .equal(let p)? = out.last { out[out.count - 1] = .equal(p + t) } else { out.append(.equal(t)) }
        }
        for run in merged {
            switch run {
            case .equal(let t): emitEqual(t)
            case .change(var r, var s):
                var lead = "", trail = ""
                if !r.isEmpty, !s.isEmpty {
                    while let a = r.unicodeScalars.first, let b = s.unicodeScalars.first, a == b, a.properties.isWhitespace,
                          r.unicodeScalars.count > 1, s.unicodeScalars.count > 1 {
                        lead.unicodeScalars.append(a)
                        r.unicodeScalars.removeFirst(); s.unicodeScalars.removeFirst()
                    }
                    while let a = r.unicodeScalars.last, let b = s.unicodeScalars.last, a == b, a.properties.isWhitespace,
                          r.unicodeScalars.count > 1, s.unicodeScalars.count > 1 {
                        trail.unicodeScalars.insert(a, at: trail.unicodeScalars.startIndex)
                        r.unicodeScalars.removeLast(); s.unicodeScalars.removeLast()
                    }
                }
                emitEqual(lead)
                if !r.isEmpty { out.append(.removed(r)) }
                if !s.isEmpty { out.append(.inserted(s)) }
                emitEqual(trail)
            }
        }
        return out
    }

    static func isBlank(_ t: String) -> Bool { t.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}
