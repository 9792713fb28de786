#if canImport(Glibc)
import Glibc
#endif

/// Bytes gathered in memory and written to disk atomically (temporary file, then rename).
public struct OutputFile: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Writes to `path` through a temporary file beside it, so readers never see half a file.
    public func write(to path: String) throws {
        try OutputFile.writeAtomically(bytes, to: path)
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw WriteError(path: path, reason: reason)
            }
            offset += n
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }
}
