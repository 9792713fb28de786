import Foundation
import Testing
@testable import KoDigest

struct TextNormalizerTests {
    private func normalized(_ s: String) -> (String, NormalizationStats) {
        var stats = NormalizationStats()
        return (TextNormalizer.normalizeLine(s, stats: &stats), stats)
    }

    @Test(arguments: [
        ("보상 모델 (Reward Model)", "보상 모델 (Reward Model)"),
        ("강화\u{200B}학습", "강화학습"),
        ("\u{FEFF}제목", "제목"),
        ("대형\u{00A0}언어  모델", "대형 언어 모델"),
        ("  앞뒤 공백\t ", "앞뒤 공백"),
        ("모델（Ｍｏｄｅｌ）", "모델(Model)"),
        ("한국어\u{3000}문장", "한국어 문장"),
        ("탭\t안쪽", "탭\t안쪽"),
    ])
    func normalizesLine(input: String, expected: String) {
        #expect(normalized(input).0 == expected)
    }

    @Test func composesNFDHangulToNFC() {
        let nfd = "강화 학습".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > 5)
        let (out, stats) = normalized(nfd)
        #expect(out == "강화 학습")
        #expect(out.unicodeScalars.count == 5)
        #expect(stats.nfc == 1)
    }

    @Test func leavesCompatibilityJamoAndHalfWidthHangulAlone() {
        // No blanket NFKC: ㄱ (U+3131) and half-width ﾡ (U+FFA1) stay as written.
        let text = "자음 ㄱ 과 ﾡ 표기"
        #expect(normalized(text).0 == text)
    }

    @Test func repairsMojibake() {
        let original = "확산 모델(diffusion model)은 – 좋습니다"
        let mojibake = Perturbation.windows1252Mojibake(original)
        #expect(mojibake != original)
        let (out, stats) = normalized(mojibake)
        #expect(out == original)
        #expect(stats.mojibake == 1)
    }

    @Test func keepsRealLatinText() {
        for text in ["Antoine Guédon, Ádám Kovács", "naïve façade — Łukasz", "× 3 · α"] {
            #expect(normalized(text).0 == text)
        }
    }

    @Test func splitsEveryKindOfLineBreak() {
        var stats = NormalizationStats()
        let lines = TextNormalizer.normalizeLines("가\r\n나\r다\n라", stats: &stats)
        #expect(lines == ["가", "나", "다", "라"])
    }

    @Test func countsEditsPerKind() {
        let (_, stats) = normalized(" 모델（A）\u{200B}\u{00A0}끝 ")
        #expect(stats.fullWidth == 2)
        #expect(stats.zeroWidth == 1)
        #expect(stats.spaces == 1)
        #expect(stats.trimmed == 1)
    }

    /// Property: normalizing twice changes nothing, on random mixes of the characters it edits.
    @Test func isIdempotent() {
        let alphabet: [String] = ["가", "힣", "ㄱ", "ﾡ", "a", "Z", " ", "  ", "\t", "\u{00A0}", "\u{200B}", "\u{FEFF}", "（", "）",
                                  "Ａ", "\u{3000}", "\u{1100}", "\u{1161}", "\u{11A8}", "e\u{0301}", "ë", "³", "´", "ì", "ƒ", "€", "(", ")", "é"]
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let n = Int.random(in: 0..<24, using: &rng)
            let s = (0..<n).map { _ in alphabet.randomElement(using: &rng) ?? "" }.joined()
            let once = normalized(s).0
            let (twice, stats) = normalized(once)
            #expect(twice.unicodeScalars.elementsEqual(once.unicodeScalars), "not idempotent for \(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(stats.total == 0)
        }
    }
}

/// A small deterministic generator, so property tests fail the same way every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
