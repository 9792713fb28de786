#if canImport(Glibc)
import Glibc
#endif

/// An output file written as the run goes, through a buffer, so that memory does not grow with
/// the size of the corpus. It is written beside its path and renamed into place by `commit()`,
/// so a reader never sees half a file; one never committed is removed.
public final class StreamingFile {
    public let path: String
    private let temporary: String
    private var committed = false
    private let fd: Int32
    private var buffer: [UInt8] = []
    public private(set) var lineCount = 0

    public init(path: String) throws {
        self.path = path
        temporary = path + ".partial-\(getpid())"
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputFile.WriteError(path: path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        close(fd)
        if !committed { unlink(temporary) }
    }

    /// Flushes and renames the file into place.
    public func commit() throws {
        try flush()
        guard rename(temporary, path) == 0 else {
            throw OutputFile.WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
    }

    /// Appends bytes that already end in a newline where they should.
    public func append(_ bytes: [UInt8], lines: Int = 0) throws {
        buffer.append(contentsOf: bytes)
        lineCount += lines
        if buffer.count >= 1 << 20 { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputFile.WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
