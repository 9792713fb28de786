/// Findings of two runs matched by fingerprint: new ones, resolved ones, and ones whose
/// severity changed. A finding that only moved (other file, line or column) is the same finding.
public struct FindingsDiff: Sendable {
    /// Only in the new run, in its order.
    public var new: [RunFinding] = []
    /// Only in the old run, in its order.
    public var resolved: [RunFinding] = []
    /// Same fingerprint, different severity (a changed severity policy, typically).
    public var severityChanged: [(old: RunFinding, new: RunFinding)] = []
    /// Matched findings whose location differs: provenance, not counted.
    public var moved = 0
    public var unchanged = 0

    public init() {}

    public init(old: [RunFinding], new: [RunFinding]) {
        var oldByPrint: [String: [Int]] = [:]
        for (i, f) in old.enumerated() { oldByPrint[f.fingerprint, default: []].append(i) }
        var used = Set<Int>()
        for f in new {
            // Repeated fingerprints pair up in order; the extras are new or resolved.
            guard var list = oldByPrint[f.fingerprint], !list.isEmpty else { self.new.append(f); continue }
            let o = list.removeFirst()
            oldByPrint[f.fingerprint] = list
            used.insert(o)
            let before = old[o]
            if before.severity != f.severity {
                severityChanged.append((before, f))
            } else {
                unchanged += 1
            }
            if before.file != f.file || before.line != f.line || before.column != f.column { moved += 1 }
        }
        resolved = old.indices.filter { !used.contains($0) }.map { old[$0] }
    }

    public var isEmpty: Bool { new.isEmpty && resolved.isEmpty && severityChanged.isEmpty }

    /// Error findings of the new run that the old run did not have as errors (by fingerprint):
    /// what `--fail-on new-errors` looks at. A warning that became an error counts.
    public var newErrors: [RunFinding] {
        new.filter(\.isError) + severityChanged.filter { $0.new.isError && !$0.old.isError }.map(\.new)
    }

    /// Per rule: how many findings are new and how many resolved, rules sorted by name.
    public var byRule: [(rule: String, new: Int, resolved: Int)] {
        var counts: [String: (Int, Int)] = [:]
        for f in new { counts[f.rule, default: (0, 0)].0 += 1 }
        for f in resolved { counts[f.rule, default: (0, 0)].1 += 1 }
        return counts.keys.sorted().map { ($0, counts[$0, default: (0, 0)].0, counts[$0, default: (0, 0)].1) }
    }
}
