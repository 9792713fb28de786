import Foundation

/// A regular expression compiled once at load time (NSRegularExpression is immutable and
/// safe to share between threads once built).
final class CompiledPattern: @unchecked Sendable {
    let source: String
    private let regex: NSRegularExpression

    init(_ source: String) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source)
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    /// The first match in `text`, as Unicode-scalar offsets and the matched text.
    func firstMatch(in text: String) -> (start: Int, end: Int, text: String)? {
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let matched = ns.substring(with: m.range)
        let before = ns.substring(to: m.range.location)
        let start = before.unicodeScalars.count
        return (start, start + matched.unicodeScalars.count, matched)
    }
}
