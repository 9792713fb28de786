/// Everything that differs between two run directories, content and provenance apart.
public struct RunDiff: Sendable {
    public var oldDirectory: String
    public var newDirectory: String
    public var records: RecordDiff
    public var findings: FindingsDiff
    public var glossary: GlossaryDiff
    /// nil when either run has no manifest.
    public var manifest: ManifestDiff?
    /// Run files (`glossary.json`, …) that only one run has, with the run that has them; they
    /// count as differences because their content cannot be compared.
    public var oneSidedFiles: [(file: String, presentIn: String)] = []
    /// Things the reader should know that are not differences (files missing in both runs, where
    /// findings were taken from).
    public var notes: [String] = []

    public init(old: RunSnapshot, new: RunSnapshot) {
        oldDirectory = old.directory
        newDirectory = new.directory
        records = RecordDiff(old: old.records ?? [], new: new.records ?? [])
        findings = FindingsDiff(old: old.findings ?? [], new: new.findings ?? [])

        switch (old.glossary, new.glossary) {
        case (let a?, let b?): glossary = GlossaryDiff(old: a, new: b)
        case (nil, nil): glossary = GlossaryDiff()
        case (nil, _?):
            glossary = GlossaryDiff()
            oneSidedFiles.append((RunSnapshot.glossaryFile, new.directory))
        case (_?, nil):
            glossary = GlossaryDiff()
            oneSidedFiles.append((RunSnapshot.glossaryFile, old.directory))
        }

        if let a = old.manifest, let b = new.manifest {
            manifest = ManifestDiff(old: a, new: b)
        } else if old.manifest != nil || new.manifest != nil {
            let has = old.manifest != nil ? old.directory : new.directory
            notes.append("\(RunSnapshot.manifestFile) is only in \(has): tool and pipeline not compared")
        }

        for file in RunSnapshot.knownFiles where old.missingFiles.contains(file) && new.missingFiles.contains(file) {
            notes.append("\(file) is in neither run" + (file == RunSnapshot.findingsFile && old.findingsOrigin == .records
                ? ": findings were read from the records" : ""))
        }
        if old.records == nil || new.records == nil, old.records != nil || new.records != nil {
            let has = old.records != nil ? old.directory : new.directory
            oneSidedFiles.append(("\(RunSnapshot.recordsFile)/\(RunSnapshot.quarantineFile)", has))
        }
        // When only one run lacks findings.json, say where its findings came from (both lacking
        // it is noted above).
        if old.findingsOrigin != new.findingsOrigin {
            for snapshot in [old, new] where snapshot.findingsOrigin == .records {
                notes.append("\(snapshot.directory) has no \(RunSnapshot.findingsFile): its findings were read from its records")
            }
        }
    }

    /// Whether the runs differ in content (provenance never counts).
    public var hasDifferences: Bool {
        !records.isEmpty || !findings.isEmpty || !glossary.isEmpty || !(manifest?.isEmpty ?? true) || !oneSidedFiles.isEmpty
    }

    /// Whether anything differs only in provenance: record sources, input hashes and paths,
    /// timings, counts, finding locations.
    public var hasProvenanceDifferences: Bool {
        records.provenanceOnly > 0 || !records.sourceFieldChanges.isEmpty || findings.moved > 0
            || (manifest?.hasProvenanceChanges ?? false)
    }

    /// 0 or 1 under `policy` (2 is for errors, which never reach a `RunDiff`).
    public func exitCode(failOn policy: DiffFailPolicy = .differences) -> Int32 {
        switch policy {
        case .differences: hasDifferences ? 1 : 0
        case .newErrors: findings.newErrors.isEmpty ? 0 : 1
        }
    }
}
