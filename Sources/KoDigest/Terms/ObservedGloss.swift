/// A parenthetical group seen in pass 1: the words to its left and what it holds.
struct ObservedGloss: Sendable {
    var record: String
    var words: [String]
    var raw: String
    var inside: InsideAnalysis

    /// Identity for de-duplication: the window words and the raw inside.
    var key: String { ObservedGloss.key(words: words, raw: raw) }

    static func key(words: [String], raw: String) -> String { words.joined(separator: "\u{1}") + "\u{2}" + raw }
}
