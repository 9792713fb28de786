/// A parenthetical group seen in pass 1: the words to its left and what it holds.
struct ObservedGloss: Sendable {
    var record: String
    var words: [String]
    var raw: String
    var inside: InsideAnalysis
}
