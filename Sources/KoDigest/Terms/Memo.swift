import Foundation

/// Remembered results of a pure function, safe to share between the workers of a pass. A term
/// recurs across a corpus (대규모 언어 모델 with large language models, `(LLM)` after many
/// different words), so the same question comes back record after record.
///
/// Only pure functions may be remembered: then a result does not depend on which worker asked
/// first, and the output stays the same for any `--jobs`. The table is emptied when it reaches
/// `capacity` entries, so its memory stays bounded however large the corpus.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int = 1 << 15) { self.capacity = capacity }

    /// The remembered value for `key`, else `compute()`, remembered. `compute` runs outside the
    /// lock: two workers may compute the same value at once, and both get it.
    func value(_ key: Key, _ compute: () -> Value) -> Value {
        lock.lock()
        let known = table[key]
        lock.unlock()
        if let known { return known }
        let value = compute()
        lock.lock()
        if table.count >= capacity { table.removeAll(keepingCapacity: true) }
        table[key] = value
        lock.unlock()
        return value
    }
}
