import Testing
@testable import KoDigest

@Suite struct MemoTests {
    /// Counts how often the remembered function really ran.
    final class Calls: @unchecked Sendable { var count = 0 }

    @Test func aRepeatedQuestionIsAnsweredFromMemory() {
        let memo = Memo<String, Int>(), calls = Calls()
        func length(_ s: String) -> Int { memo.value(s) { calls.count += 1; return s.count } }
        #expect(length("언어 모델") == 5)
        #expect(length("언어 모델") == 5)
        #expect(length("보상 모델") == 5)
        #expect(calls.count == 2)
    }

    @Test func aFullMemoStartsOverInsteadOfGrowing() {
        let memo = Memo<Int, Int>(capacity: 2), calls = Calls()
        func square(_ n: Int) -> Int { memo.value(n) { calls.count += 1; return n * n } }
        for n in [1, 2, 3] { #expect(square(n) == n * n) }   // 3 finds the memo full and empties it
        #expect(calls.count == 3)
        #expect(square(3) == 9)
        #expect(calls.count == 3)
        #expect(square(1) == 1)
        #expect(calls.count == 4)
    }
}
