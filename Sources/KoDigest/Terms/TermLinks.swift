/// Which English tokens (or abbreviation letters) each window word renders.
struct TermLinks {
    /// Indexed by word; nil for a word never linked. A window has a handful of words.
    private var byWord: [Set<String>?] = []
    /// Word indices in the order they were first linked.
    private(set) var order: [Int] = []

    subscript(_ i: Int) -> Set<String> { i < byWord.count ? byWord[i] ?? [] : [] }
    func has(_ i: Int) -> Bool { !self[i].isEmpty }
    func contains(word i: Int) -> Bool { i < byWord.count && byWord[i] != nil }

    mutating func add(_ i: Int, _ tokens: Set<String>) {
        if i >= byWord.count { byWord += Array(repeating: nil, count: i + 1 - byWord.count) }
        if byWord[i] == nil {
            order.append(i)
            byWord[i] = tokens
        } else {
            byWord[i]!.formUnion(tokens)
        }
    }

    var allTokens: Set<String> { byWord.reduce(into: Set<String>()) { all, tokens in tokens.map { all.formUnion($0) } } }
}
