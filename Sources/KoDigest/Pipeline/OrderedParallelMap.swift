import Foundation

/// Maps `0..<count` on `jobs` threads and hands the results to `consume` in index order on the
/// calling thread, with at most `window` results waiting, so memory stays bounded while the
/// output stays deterministic whatever the number of jobs.
public func orderedParallelMap<T: Sendable>(
    count: Int, jobs: Int, window: Int? = nil,
    transform: @escaping @Sendable (Int) -> T,
    consume: (Int, T) throws -> Void
) rethrows {
    if jobs <= 1 || count <= 1 {
        for i in 0..<count { try consume(i, transform(i)) }
        return
    }
    let state = MapState<T>(window: max(window ?? jobs * 4, jobs))
    let workers = min(jobs, count)
    for _ in 0..<workers {
        let thread = Thread {
            while let i = state.claim(below: count) {
                state.deliver(i, transform(i))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    defer { state.cancel() }
    for i in 0..<count {
        try consume(i, state.take(i))
    }
}

private final class MapState<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var consumed = 0
    private var cancelled = false
    private var results: [Int: T] = [:]
    private let window: Int

    init(window: Int) { self.window = window }

    func claim(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && next < count && next - consumed >= window { condition.wait() }
        guard !cancelled, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ i: Int, _ value: T) {
        condition.lock()
        results[i] = value
        condition.broadcast()
        condition.unlock()
    }

    func take(_ i: Int) -> T {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = results.removeValue(forKey: i) {
                consumed = i + 1
                condition.broadcast()
                return value
            }
            condition.wait()
        }
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
