/// Which English tokens (or abbreviation letters) each window word renders.
struct TermLinks {
    private(set) var byWord: [Int: Set<String>] = [:]
    /// Word indices in the order they were first linked.
    private(set) var order: [Int] = []

    subscript(_ i: Int) -> Set<String> { byWord[i] ?? [] }
    func has(_ i: Int) -> Bool { !(byWord[i]?.isEmpty ?? true) }
    func contains(word i: Int) -> Bool { byWord[i] != nil }

    mutating func add(_ i: Int, _ tokens: Set<String>) {
        if byWord[i] == nil { order.append(i) }
        byWord[i, default: []].formUnion(tokens)
    }

    var allTokens: Set<String> { byWord.values.reduce(into: Set<String>()) { $0.formUnion($1) } }
}
