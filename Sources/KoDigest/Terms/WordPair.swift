/// Two adjacent corpus tokens.
struct WordPair: Hashable, Sendable {
    var left: String
    var right: String
}
