#if canImport(Glibc)
import Glibc
#endif

/// A run directory written atomically: files go into a temporary folder beside the target, which
/// is renamed into place at the end, so an interrupted run leaves no run directory or a complete
/// one, and an earlier run at the same path is replaced only once the new one is whole.
public final class RunDirectory {
    public let target: String
    public let staging: String
    private var committed = false

    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    /// Prepares a staging folder for `target` (its parent folders are created).
    public init(target: String) throws {
        let trimmed = target.count > 1 && target.hasSuffix("/") ? String(target.dropLast()) : target
        self.target = trimmed
        let parent = RunDirectory.parent(of: trimmed)
        try RunDirectory.makeDirectories(parent)
        let name = trimmed.split(separator: "/").last.map(String.init) ?? "run"
        staging = parent + "/." + name + ".partial-\(getpid())"
        RunDirectory.removeAbandoned(prefix: "." + name + ".partial-", in: parent)
        RunDirectory.removeTree(staging)
        guard mkdir(staging, 0o755) == 0 else { throw Failure(path: staging, reason: String(cString: strerror(errno))) }
    }

    deinit {
        if !committed { RunDirectory.removeTree(staging) }
    }

    /// Writes one file of the run.
    public func write(_ name: String, _ bytes: [UInt8]) throws {
        try OutputFile.writeAtomically(bytes, to: staging + "/" + name)
    }

    /// Moves the finished run into place.
    public func commit() throws {
        var backup: String?
        if FileIO.exists(target) {
            let old = staging + ".replaced"
            guard rename(target, old) == 0 else { throw Failure(path: target, reason: "cannot replace: \(String(cString: strerror(errno)))") }
            backup = old
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if let backup { _ = rename(backup, target) }
            throw Failure(path: target, reason: reason)
        }
        committed = true
        if let backup { RunDirectory.removeTree(backup) }
    }

    /// The folder that holds `path` (`.` for a bare name).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func makeDirectories(_ path: String) throws {
        if path.isEmpty || FileIO.isDirectory(path) { return }
        try makeDirectories(parent(of: path))
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: path, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes staging folders left by runs that were killed (their process is gone).
    static func removeAbandoned(prefix: String, in parent: String) {
        guard let dir = opendir(parent) else { return }
        var abandoned: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { abandoned.append(parent + "/" + name) }
        }
        closedir(dir)
        for path in abandoned { removeTree(path) }
    }

    /// Removes a folder of plain files (a run directory has no subfolders).
    static func removeTree(_ path: String) {
        guard let dir = opendir(path) else { unlink(path); return }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { unlink(path + "/" + name) }
        }
        closedir(dir)
        rmdir(path)
    }
}
