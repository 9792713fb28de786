import ArgumentParser
import KoDigest

#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error, byte-exact and buffered.
enum Terminal {
    static func write(_ bytes: [UInt8], to fd: Int32 = 1) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }

    static func print(_ text: String) { write(Array((text + "\n").utf8)) }
    static func error(_ text: String) { write(Array((text + "\n").utf8), to: 2) }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// A progress line on standard error that rewrites itself; nil clears it.
    static func progress(_ text: String?) {
        write(Array(("\r\u{1B}[K" + (text ?? "")).utf8), to: 2)
    }

    /// Prints diagnostics to standard error; returns whether any was an error.
    @discardableResult
    static func report(_ diagnostics: [Diagnostic]) -> Bool {
        for d in diagnostics { error(d.description) }
        return diagnostics.contains { $0.level == .error }
    }
}

/// Exit code 2: usage, configuration or input errors.
struct InputError: Error, CustomStringConvertible {
    var description: String
}

extension ExitCode {
    static let inputError = ExitCode(2)
}
