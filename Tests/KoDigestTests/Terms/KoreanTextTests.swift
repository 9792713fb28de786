import Testing
@testable import KoDigest

@Suite struct KoreanTextTests {
    @Test func loanwordSkeletons() {
        #expect(LoanwordSkeleton.hangul("트랜스포머") == "TRNSPM")
        #expect(LoanwordSkeleton.latin("transformer") == "TRNSPM")
        #expect(LoanwordSkeleton.similarity(korean: "데이터셋", english: "dataset") == 1.0)
        #expect(LoanwordSkeleton.similarity(korean: "라우팅", english: "routed") >= 0.75)
        #expect(LoanwordSkeleton.similarity(korean: "확산", english: "diffusion") < 0.75)
    }

    @Test func compoundsSplitIntoFrequentParts() {
        let counts = TokenCounts(["강화": 40, "학습": 90])
        #expect(TermKnowledge.segment("강화학습", counts: counts) == ["강화", "학습"])
        // a run-on word of thousands of syllables (damaged input) is not cut at every point
        let runOn = "강화" + String(repeating: "학습", count: 5000)
        #expect(TermKnowledge.segment(runOn, counts: counts) == [runOn])
    }

    @Test func particles() {
        let s = ParticleStripper(particles: ["들", "의", "은", "는", "가", "이", "을", "를", "로", "으로"])
        let counts = ["모델": 50, "모델들": 5, "최신": 30, "최신의": 10, "정확도": 40, "비평가": 6, "비평": 3]
        #expect(s.strip("모델들", counts: counts).stem == "모델")
        #expect(s.strip("최신의", counts: counts).stem == "최신")
        #expect(s.strip("LLM들", counts: counts).stem == "LLM")
        #expect(s.strip("주의", counts: counts).particle.isEmpty)          // one-syllable stem
        #expect(s.strip("비평가", counts: counts).particle.isEmpty)        // 가 cannot follow a final consonant
    }

    @Test func groupsAndWindow() {
        let line = Array("사전학습된 비전 트랜스포머(Vision Transformer) 모델들은, 'Telephoto(T)' (a (b) c)".unicodeScalars)
        let gs = GlossScanner.groups(line)
        #expect(gs.count == 3)
        let w = GlossScanner.leftWindow(line, open: gs[0].open)
        #expect(w.words.map(\.text) == ["사전학습된", "비전", "트랜스포머"])
        #expect(w.gap == 0)
        let w2 = GlossScanner.leftWindow(line, open: gs[1].open)
        #expect(w2.words.map(\.text) == ["Telephoto"])
        #expect(!w.quoted && !w2.quoted)   // 'Telephoto(T)': without the group's end, only a quote at the paren counts
        #expect(GlossScanner.leftWindow(line, open: gs[1].open, end: gs[1].end).quoted)
        // the end of a word an earlier gloss interrupted is no word of the window
        let glued = Array("사전 학습(pre-training)된 혼합 모델(mixture model)과 검색(retrieval) 기반 생성(generation)".unicodeScalars)
        let gg = GlossScanner.groups(glued)
        #expect(GlossScanner.leftWindow(glued, open: gg[1].open).words.map(\.text) == ["혼합", "모델"])
        #expect(GlossScanner.leftWindow(glued, open: gg[3].open).words.map(\.text) == ["기반", "생성"])
    }

    @Test func openingParensAreFoundOnBytes() {
        func hasOpen(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(GlossScanner.hasOpen) }
        #expect(hasOpen("모델(model)") && hasOpen("모델（모형）") && hasOpen("끝에 （"))
        // other full-width forms share the lead byte EF: ＂ is EF BC 82, ｝ EF BD 9D
        #expect(!hasOpen("＂인용＂과 ｝만 있다") && !hasOpen("괄호 없음) 닫기만") && !hasOpen("") && !hasOpen("끝＂"))
    }

    @Test func groupsSkipUnclosedParens() {
        func groups(_ s: String) -> [String] {
            let line = Array(s.unicodeScalars)
            return GlossScanner.groups(line).map { TermText.string(line[$0.open..<$0.end]) }
        }
        #expect(groups("가 (나 (다) 라) 마 (바") == ["(나 (다) 라)"])
        #expect(groups("((모델(model)") == ["(model)"])
        #expect(groups("( (a) (b) c") == ["(a)", "(b)"])
        #expect(groups("（전각）(x)") == ["（전각）", "(x)"])
        // many unclosed parens cost one pass, not one per paren
        let garbled = String(repeating: "(", count: 50_000) + "단어(word)"
        #expect(groups(garbled) == ["(word)"])
    }

    @Test func quotationClosingAtTheParen() {
        func window(_ s: String) -> (words: [String], quoted: Bool) {
            let line = Array(s.unicodeScalars)
            let g = GlossScanner.groups(line)[0]
            let w = GlossScanner.leftWindow(line, open: g.open, end: g.end)
            return (w.words.map(\.text), w.quoted)
        }
        #expect(window("새로운 '분리형 토큰 사전'(Split Token Dictionary)을 쓴다").words == ["분리형", "토큰", "사전"])
        #expect(window("새로운 '분리형 토큰 사전'(Split Token Dictionary)을 쓴다").quoted)
        #expect(window("새로운 “분리형 토큰 사전” (Split Token Dictionary)을 쓴다").quoted)
        #expect(!window("새로운 분리형 토큰 사전'(Split Token Dictionary)").quoted)   // a stray closing quote
        #expect(!window("새로운 분리형 토큰 사전(Split Token Dictionary)").quoted)
        // the quotation may close right after the group, holding the gloss too
        #expect(window("새로운 '분리형 토큰 사전(Split Token Dictionary)'을 쓴다").quoted)
        #expect(!window("새로운 '분리형 토큰 사전(Split Token Dictionary) 방식'을 쓴다").quoted)
    }

    @Test func scalarsReadFromBytesAreTheStringsOwn() {
        let text = "보상 모델 (Reward Model) — ÷ 𝒪(n²) 🙂 ﬁ\u{301}"
        #expect(UTF8Scalars.array(text) == Array(text.unicodeScalars))
        let middle = text.dropFirst(3).dropLast(2)   // a substring starting and ending mid-string
        #expect(UTF8Scalars.array(middle) == Array(middle.unicodeScalars))
        #expect(UTF8Scalars.array("").isEmpty)
    }
}
