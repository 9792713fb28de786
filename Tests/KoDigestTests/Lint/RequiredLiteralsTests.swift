import Foundation
import Testing
@testable import KoDigest

/// The literal filter in front of the placeholder regexes: each pattern's own literals, never a
/// filter that would hide a match.
@Suite struct RequiredLiteralsTests {
    func strings(_ pattern: String) -> [String]? {
        RequiredLiterals.of(pattern)?.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }.sorted()
    }

    @Test func literalRunsAcrossLookaroundsAndOptionalAtoms() {
        #expect(strings(#"(?<![A-Za-z0-9])QRS-?(?:Net|LM)s?(?![A-Za-z0-9])"#)
            == ["QRS-LM", "QRS-LMs", "QRS-Net", "QRS-Nets", "QRSLM", "QRSLMs", "QRSNet", "QRSNets"])
        #expect(strings(#"(?:도구|장치) ?[PQ](?![A-Za-z0-9])"#)
            == ["도구 P", "도구 Q", "도구P", "도구Q", "장치 P", "장치 Q", "장치P", "장치Q"])
        #expect(strings(#"\[(?:도구) ?이름\]"#) == ["[도구 이름]", "[도구이름]"])
    }

    @Test func theLongestRunWinsAndUnknownPartsEndRuns() {
        #expect(strings(#"ab.cdef\d+gh"#) == ["cdef"])
        #expect(strings(#"Foo|Barbaz"#) == ["Barbaz", "Foo"])
    }

    @Test func unreadableOrUnfilterablePatternsGiveNothing() {
        #expect(strings(#"\p{L}+ model"#) == nil)            // an escape this reading does not know
        #expect(strings(#"(?i)model"#) == nil)              // flags
        #expect(strings(#"[A-Z]\d"#) == nil)                // no literal at all
        #expect(strings(#"x|longer"#) == nil)               // one alternative has no useful literal
    }

    /// Every shipped pattern gets a filter, and on text the pattern matches, the filter finds its literal.
    @Test func shippedPatternsAreFilteredSoundly() throws {
        let resources = try LintResources.load(glossaryDirectory: TestPaths.glossary)
        #expect(!resources.placeholderAlways)
        let samples = ["우리는 FooNet을 제안한다", "이 논문은 모델 X를 소개한다", "[모델 이름]은 강력하다", "Model Y outperforms", "XYZ-GPT는"]
        for text in samples {
            let scalars = LintText.lowercasedCollapsingSpaces(text.unicodeScalars.map(\.value))
            var hit = false
            resources.phraseIndex.forEachMatch(in: scalars) { id, _ in if id >= resources.placeholderBase { hit = true } }
            #expect(resources.placeholderAny?.matches(text) == true, "\(text)")
            #expect(hit, "\(text)")
        }
    }
}
