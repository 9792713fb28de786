import Testing
@testable import KoDigest

@Suite struct SkeletonTests {
    @Test(arguments: ["비디오", "벤치마크", "트랜스포머", "디퓨전", "에이전트", "토큰", "시뮬레이션", "리더보드", "팩트체커", "아바타"])
    func jamoSkeletonAgreesWithICU(_ word: String) {
        let fromICU = Skeleton.korean(ICU.transliterate(word, id: "Hangul-Latin"))
        let fromJamo = Skeleton.hangul(ArraySlice(word.unicodeScalars.map(\.value)))
        #expect(fromICU == fromJamo)
    }

    @Test func englishMatchesLoanwords() {
        #expect(Skeleton.english("transformer") == Skeleton.hangul(ArraySlice("트랜스포머".unicodeScalars.map(\.value))))
        #expect(Skeleton.english("benchmark") == "PNSMK")
        #expect(Skeleton.english("agent") == Skeleton.hangul(ArraySlice("에이전트".unicodeScalars.map(\.value))))
    }
}
