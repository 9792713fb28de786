/// A set of accepted findings, by fingerprint: `--write-baseline` records today's findings and
/// `--baseline` hides them in later runs, so only new problems show.
public struct FindingsBaseline: Sendable, Equatable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String> = []) { self.fingerprints = fingerprints }

    /// Reads a baseline file: one fingerprint a line, `#` comments; a `rule<TAB>record<TAB>…` tail is ignored.
    public static func read(_ path: String) throws -> FindingsBaseline {
        guard let bytes = FileIO.read(path) else { throw DataFile.LoadError(file: path, message: "cannot read the baseline") }
        var set: Set<String> = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let t = line.split(separator: "\t").first.map(String.init)?.trimmingCharacters(in: " ") ?? ""
            if t.isEmpty || t.hasPrefix("#") { continue }
            set.insert(t)
        }
        return FindingsBaseline(fingerprints: set)
    }

    /// The baseline file for `entries`: sorted fingerprints, each with its rule and record for readers.
    public static func render(_ entries: [FindingEntry]) -> String {
        var lines: [String: String] = [:]
        for e in entries { lines[e.finding.fingerprint] = "\(e.finding.fingerprint)\t\(e.finding.rule)\t\(e.record)" }
        return "# kodigest lint baseline: one fingerprint a line\n" + lines.keys.sorted().compactMap { lines[$0] }.joined(separator: "\n") + "\n"
    }

    /// `entries` without the ones this baseline accepts.
    public func filter(_ entries: [FindingEntry]) -> [FindingEntry] { entries.filter { !fingerprints.contains($0.finding.fingerprint) } }
}
