/// A problem with the input itself (unreadable, undecodable, malformed), located at file:line:column.
///
/// Problems in the *content* of a summary are `Finding`s; diagnostics are about bytes and syntax.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Level: String, Sendable { case error, warning, note }

    public var level: Level
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ level: Level, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.level = level
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:col: level: message`, as compilers print it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line = line, let column, line > 0 { location += ":\(column)" }
        return "\(location): \(level.rawValue): \(message)"
    }
}
