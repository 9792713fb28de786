import Testing
@testable import KoDigest

@Suite("WordDiff")
struct WordDiffTests {
    @Test("a replaced Korean word is shown as [-old-]{+new+}")
    func replacedWord() {
        let segments = WordDiff.diff("토큰마다 두 명의 전문가만 고릅니다.", "토큰마다 세 명의 전문가만 고릅니다.")
        #expect(WordDiff.inline(segments) == "토큰마다 [-두-]{+세+} 명의 전문가만 고릅니다.")
    }

    @Test("neighbouring replaced words become one change, spaces outside the brackets")
    func neighbouringWords() {
        let segments = WordDiff.diff("응답 지연이 평균 300밀리초 줄었습니다.", "응답 지연이 거의 절반으로 줄었습니다.")
        #expect(WordDiff.inline(segments) == "응답 지연이 [-평균 300밀리초-]{+거의 절반으로+} 줄었습니다.")
    }

    @Test("insertion and deletion", arguments: [
        ("표를 값싸게 만듭니다.", "표를 아주 값싸게 만듭니다.", "표를 {+아주 +}값싸게 만듭니다."),
        ("표를 아주 값싸게 만듭니다.", "표를 값싸게 만듭니다.", "표를 [-아주 -]값싸게 만듭니다."),
        ("", "새 문장입니다.", "{+새 문장입니다.+}"),
        ("옛 문장입니다.", "", "[-옛 문장입니다.-]"),
    ])
    func insertionDeletion(old: String, new: String, expected: String) {
        #expect(WordDiff.inline(WordDiff.diff(old, new)) == expected)
    }

    @Test("equal texts give one equal segment, empty texts none")
    func equalTexts() {
        #expect(WordDiff.diff("같은 문장", "같은 문장") == [.equal("같은 문장")])
        #expect(WordDiff.diff("", "").isEmpty)
        // Swift compares strings by canonical equivalence: NFD and NFC are the same text.
        #expect(WordDiff.diff("한국어", "한국어".decomposedStringWithCanonicalMapping) == [.equal("한국어")])
    }

    @Test("both texts can be rebuilt from the segments", arguments: [
        ("모델은 빠르게 학습하고, 정확도(accuracy)가 높습니다.", "모델은 천천히 학습하지만, 정확도(accuracy)는 더 높습니다!"),
        ("A B C D E", "A X C Y E Z"),
        ("빙하 경계만 추적합니다.", "계절 변화는 무시하고 빙하 경계만 정밀하게 추적합니다."),
        ("line one\nline two", "line one\nline 2\n"),
    ])
    func rebuild(old: String, new: String) {
        let segments = WordDiff.diff(old, new)
        #expect(Self.side(segments, old: true) == old)
        #expect(Self.side(segments, old: false) == new)
    }

    @Test("texts too big for the table become one replacement, still exact")
    func capFallsBack() {
        let old = (0..<50).map { "단어\($0)" }.joined(separator: " ")
        let new = (0..<50).map { $0 == 25 ? "바뀐말" : "단어\(49 - $0)" }.joined(separator: " ")
        let segments = WordDiff.diff(old, new, maxCells: 10)
        #expect(Self.side(segments, old: true) == old)
        #expect(Self.side(segments, old: false) == new)
        #expect(segments.filter { if case .removed = $0 { true } else { false } }.count == 1)
    }

    @Test("a long paragraph with one edit is diffed quickly and exactly")
    func longParagraph() {
        let words = (0..<20_000).map { "낱말\($0 % 97)" }
        var edited = words
        edited[10_000] = "고친말"
        let segments = WordDiff.diff(words.joined(separator: " "), edited.joined(separator: " "))
        #expect(segments.count == 4)
        #expect(segments[1] == .removed("낱말\(10_000 % 97)"))
        #expect(segments[2] == .inserted("고친말"))
    }

    @Test("long unchanged runs are elided around a change")
    func elision() {
        let segments: [WordDiff.Segment] = [.equal(String(repeating: "가", count: 100)), .removed("나"), .inserted("다"),
                                            .equal(String(repeating: "라", count: 100))]
        let shown = WordDiff.inline(WordDiff.elided(segments, context: 5))
        #expect(shown == "…가가가가가[-나-]{+다+}라라라라라…")
    }

    @Test("colour uses red for removed and green for inserted")
    func colour() {
        let s = WordDiff.coloured([.equal("a "), .removed("b"), .inserted("c")])
        #expect(s == "a \u{1B}[31mb\u{1B}[0m\u{1B}[32mc\u{1B}[0m")
    }

    static func side(_ segments: [WordDiff.Segment], old: Bool) -> String {
        segments.map { s in
            switch s {
            case .equal(let t): t
            case .removed(let t): old ? t : ""
            case .inserted(let t): old ? "" : t
            }
        }.joined()
    }
}
