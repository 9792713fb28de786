/// A word as a dictionary key, hashed and compared by its UTF-8 bytes. Corpus text is NFC, so
/// this is `String`'s equality without normalising Korean text on every hash and comparison.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: WordKey, b: WordKey) -> Bool { WordKey.same(a.text, b.text) }

    func hash(into hasher: inout Hasher) { WordKey.hashBytes(text, into: &hasher) }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        return x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in UTF8Scalars.equal(p, q) }
        }.flatMap { $0 } ?? x.elementsEqual(y)
    }

    static func hashBytes(_ s: String, into hasher: inout Hasher) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for b in s.utf8 { hasher.combine(b) } }
        hasher.combine(UInt8(0xFF))   // never a UTF-8 byte: ends the word
    }
}

/// A read-only table keyed by Korean words or pieces, hashed and compared by bytes: a
/// `[String: Value]` runs every non-ASCII key through Unicode normalisation on each look-up.
struct WordKeyed<Value: Sendable>: Sendable {
    private let table: [WordKey: Value]

    /// Distinct strings are distinct byte sequences, so the keys stay unique.
    init(_ table: [String: Value]) {
        self.table = Dictionary(uniqueKeysWithValues: table.map { (WordKey($0.key), $0.value) })
    }

    init(_ table: [WordKey: Value]) { self.table = table }

    subscript(_ key: String) -> Value? { table[WordKey(key)] }
}
