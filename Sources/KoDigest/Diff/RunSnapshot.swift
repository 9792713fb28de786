/// The outputs of one run directory, read for comparison. Any file may be missing: what is
/// missing is listed in `missingFiles` and the matching part stays nil.
public struct RunSnapshot: Sendable {
    public static let recordsFile = "records.jsonl"
    public static let quarantineFile = "quarantine.jsonl"
    public static let findingsFile = "findings.json"
    public static let glossaryFile = "glossary.json"
    public static let manifestFile = "manifest.json"
    static let knownFiles = [recordsFile, quarantineFile, findingsFile, glossaryFile, manifestFile]

    /// Where to read where findings came from.
    public enum FindingsOrigin: String, Sendable {
        case findingsFile = "findings.json"
        case records = "records"
    }

    public var directory: String
    /// Clean records then quarantined ones, each in file order; nil when both files are missing.
    public var records: [RunRecord]?
    public var findings: [RunFinding]?
    public var findingsOrigin: FindingsOrigin?
    public var glossary: [RunConcept]?
    public var manifest: RunManifest?
    /// Known file names that the directory does not have.
    public var missingFiles: [String]

    public init(
        directory: String, records: [RunRecord]? = nil, findings: [RunFinding]? = nil,
        findingsOrigin: FindingsOrigin? = nil, glossary: [RunConcept]? = nil, manifest: RunManifest? = nil,
        missingFiles: [String] = []
    ) {
        self.directory = directory
        self.records = records
        self.findings = findings
        self.findingsOrigin = findingsOrigin ?? (findings == nil ? nil : .findingsFile)
        self.glossary = glossary
        self.manifest = manifest
        self.missingFiles = missingFiles
    }

    /// Reads a run directory. Throws when it does not exist, holds none of the run files, or a
    /// file is unreadable or malformed (the error names the file and line).
    public static func load(directory: String) throws(RunReadError) -> RunSnapshot {
        guard FileIO.exists(directory) else { throw RunReadError("no such run directory", path: directory) }
        guard FileIO.isDirectory(directory) else { throw RunReadError("not a directory (expected a run directory)", path: directory) }
        var snapshot = RunSnapshot(directory: directory)
        func path(_ name: String) -> String { directory.hasSuffix("/") ? directory + name : directory + "/" + name }
        snapshot.missingFiles = knownFiles.filter { !FileIO.exists(path($0)) }
        guard snapshot.missingFiles.count < knownFiles.count else {
            throw RunReadError(
                "not a run directory: none of \(knownFiles.joined(separator: ", ")) is there", path: directory)
        }

        let clean = try readLines(path(recordsFile), routing: .records)
        let held = try readLines(path(quarantineFile), routing: .quarantine)
        if clean != nil || held != nil { snapshot.records = (clean ?? []) + (held ?? []) }

        if let json = try readJSON(path(findingsFile)) {
            let list = json["findings"]?.arrayValue ?? json.arrayValue ?? []
            do throws(RunReadError) {
                snapshot.findings = try list.map { v throws(RunReadError) in try RunFinding(json: v) }
            } catch {
                throw error.located(path: path(findingsFile))
            }
            snapshot.findingsOrigin = .findingsFile
        } else if let records = snapshot.records {
            // Without findings.json the records still carry their findings; using them keeps
            // `--fail-on new-errors` meaningful for runs written by `kodigest clean`.
            snapshot.findings = records.flatMap(findingsInRecord)
            snapshot.findingsOrigin = .records
        }

        if let json = try readJSON(path(glossaryFile)) {
            let list = json["concepts"]?.arrayValue ?? json.arrayValue ?? []
            do throws(RunReadError) {
                snapshot.glossary = try list.map { v throws(RunReadError) in try RunConcept(json: v) }
            } catch {
                throw error.located(path: path(glossaryFile))
            }
        }

        if let json = try readJSON(path(manifestFile)) {
            do throws(RunReadError) {
                snapshot.manifest = try RunManifest(json: json)
            } catch {
                throw error.located(path: path(manifestFile))
            }
        }
        return snapshot
    }

    /// The records of a JSON-lines file, or nil when the file does not exist.
    static func readLines(_ path: String, routing: Routing) throws(RunReadError) -> [RunRecord]? {
        guard FileIO.exists(path) else { return nil }
        guard let bytes = FileIO.read(path) else { throw RunReadError("cannot read the file", path: path) }
        var records: [RunRecord] = []
        var lineNumber = 0
        var start = 0
        let newline = UInt8(ascii: "\n")
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            var line = bytes[start..<end]
            start = end + 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let json: JSONValue
            do {
                json = try JSONValue.parse(line)
            } catch {
                throw RunReadError("not valid JSON; expected one record object per line", path: path, line: lineNumber)
            }
            do throws(RunReadError) {
                records.append(try RunRecord(json: json, routing: routing, line: lineNumber))
            } catch {
                throw error.located(path: path, line: lineNumber)
            }
        }
        return records
    }

    /// The parsed file, or nil when it does not exist.
    static func readJSON(_ path: String) throws(RunReadError) -> JSONValue? {
        guard FileIO.exists(path) else { return nil }
        guard let bytes = FileIO.read(path) else { throw RunReadError("cannot read the file", path: path) }
        do {
            return try JSONValue.parse(bytes)
        } catch {
            throw RunReadError("not valid JSON", path: path)
        }
    }

    static func findingsInRecord(_ record: RunRecord) -> [RunFinding] {
        record.findings.compactMap { v in
            guard var f = try? RunFinding(json: v) else { return nil }
            f.record = f.record ?? record.id
            f.file = f.file ?? record.source["file"]?.stringValue
            f.line = f.line ?? record.source["line"]?.intValue
            return f
        }
    }
}
