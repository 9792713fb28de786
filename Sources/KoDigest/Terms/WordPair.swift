/// Two adjacent corpus tokens (hashed and compared by bytes, like `WordKey`).
struct WordPair: Hashable, Sendable {
    var left: String
    var right: String

    static func == (a: WordPair, b: WordPair) -> Bool { WordKey.same(a.left, b.left) && WordKey.same(a.right, b.right) }

    func hash(into hasher: inout Hasher) {
        WordKey.hashBytes(left, into: &hasher)
        WordKey.hashBytes(right, into: &hasher)
    }
}
