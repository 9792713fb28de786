/// A run directory or one of its files could not be read; `description` names the path.
public struct RunReadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(_ message: String, path: String = "", line: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
    }

    /// The same error, located in `path` (and `line`, when known).
    func located(path: String, line: Int? = nil) -> RunReadError {
        RunReadError(message, path: path, line: line ?? self.line)
    }

    /// `path:line: error: message`, as compilers print it.
    public var description: String {
        Diagnostic(.error, file: path, line: line, message).description
    }
}
