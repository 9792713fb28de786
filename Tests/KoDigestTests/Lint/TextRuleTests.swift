import Testing
@testable import KoDigest

@Suite struct TruncatedRuleTests {
    let rule = TruncatedRule()

    @Test(arguments: [
        "이 방법은 긴 문서를 빠르게 요약하는 데 적합합니",
        "실험에서는 정확도가 크게 향상되었으며,",
        "모델은 지연 시간을 절반으로 줄였습.",
        "제안 기법은 처리량을 높이고 메모리를 아끼는 것입니",
    ])
    func cutOffText(_ text: String) {
        #expect(!LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty)
    }

    @Test(arguments: [
        "코드는 다음에서 볼 수 있습니다: https://example.org/repo",
        "이 질문에 모델은 답할 수 있을까?",
        "저자들은 \"작은 모델도 충분하다\"고 말합니다.",
        "성능이 크게 좋아졌습니다!",
        "프로젝트 페이지: [링크](https://example.org/p)",
        "모델은 세 가지 기준을 충족해야 합니다: 일반화, 적용성, 충실도.",
        "주요 구성 요소는 다음과 같습니다:\n1. 인코더\n2. 디코더",
        "삼중항 형식으로 표현됩니다: (s,r,o)",
        "학습 데이터와 학습 속도를 함께 조정했습니다.",
    ])
    func completeText(_ text: String) {
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty)
    }

    @Test func commaBeforeTheNextBullet() {
        // a 2023 bullet list may split one sentence over two bullets: the comma is not where the text stops
        let split = LintTestSupport.record(sections: [(nil, "이 기법은 추론 비용을 크게 낮추며,\n긴 입력에서도 정확도를 유지함을 보여줍니다.")])
        #expect(LintTestSupport.hits(rule, split).isEmpty)
        // the last bullet, or a comma before a new numbered item, still stops mid-sentence
        let last = LintTestSupport.record(sections: [(nil, "모델은 작은 데이터로 학습됩니다.\n실험에서는 지연 시간이 절반으로 줄었으며,")])
        #expect(LintTestSupport.hits(rule, last).count == 1)
        let item = LintTestSupport.record(sections: [(nil, "저자들은 두 단계를 거쳐 학습했으며,\n1. 사전 학습 단계")])
        #expect(LintTestSupport.hits(rule, item).count == 1)
    }

    @Test func emptySection() {
        let r = LintTestSupport.record(sections: [("What's New", "새 방법을 제안합니다."), ("Performance Highlights", "")])
        #expect(LintTestSupport.hits(rule, r).map(\.message) == ["section 'Performance Highlights' is empty"])
    }

    @Test func announcedListThatNeverFollows() {
        let r = LintTestSupport.record(sections: [("What's New", "새 방법을 제안합니다."),
                                                  ("Technical Details", "검색 모델의 주요 구성 요소는 다음과 같습니다:"),
                                                  ("Performance Highlights", "정확도가 올랐습니다.")])
        #expect(LintTestSupport.hits(rule, r).count == 1)
        // a 2023 bullet list: the next bullet is an ordinary sentence, not the list
        let bullets = LintTestSupport.record(sections: [(nil, "저자들은 두 가지 개선점을 제시했다:\n실험 결과 새 모델이 가장 좋았다.")])
        #expect(LintTestSupport.hits(rule, bullets).count == 1)
        // custom-labelled sections after the colon are the list
        let custom = LintTestSupport.record(sections: [("Technical Details", "모델은 다음 요소로 이루어집니다:"), ("인코더", "이미지를 읽습니다.")])
        #expect(LintTestSupport.hits(rule, custom).isEmpty)
    }
}

@Suite struct MarkupCommandTests {
    let rule = MarkupRule()

    @Test func macroNamedAsACommandIsContent() {
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("표는 \\begin 명령으로 시작하고 그림은 `\\includegraphics` 커맨드로 넣습니다.")).isEmpty)
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("새로운 도구 \\toolname을 공개했으며 명령 줄에서 쓸 수 있습니다.")).count == 1)
    }
}

@Suite struct LeakedStructureRuleTests {
    let rule = LeakedStructureRule()

    @Test(arguments: [
        "['모델은 작다.', '속도는 빠르다.']", "{'Dataset': '새 데이터셋을 공개함'}", "[{'finding': '작은 모델이 이김'}]",
        "결과: [\"정확도 향상\", \"지연 감소\"]", "{\"Method\": \"토큰 병합\"}", "성능이 개선되었다.']",
    ])
    func leaks(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).count == 1) }

    @Test(arguments: [
        "Sora 연구 [1]에서는 긴 영상을 만들었다.", "메모리 크기는 [10^3, 10^9] 범위이다.", "입력의 일부를 [MASK]로 가린다.",
        "프로젝트 페이지: [링크](https://example.org)", "삼중항 (s,r,o)로 표현한다.", "집합 {a, b}에서 고른다.", "'작은 모델'이라는 표현을 쓴다.",
        "범위 [0, 1]로 정규화한다.",
    ])
    func prose(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }
}

@Suite struct MarkupRuleTests {
    let rule = MarkupRule()

    @Test(arguments: [
        "새로운 방법 \\method를 소개합니다.", "새로운 방법 \\\\method를 소개합니다.", "성능이 3$\\times$ 빨라졌습니다.",
        "모델 \\textsc{Fast}는 작다.", "\textit{HR}는 토큰을 줄인다.", "패키지 \u{8}enchkit을 공개했다.", "손실 L_{total}을 최소화한다.",
        "정확성(p\\u2062a\\u2062s)", "값은 $α$로 둔다.", "줄바꿈<br>이 남았다.", "공백&nbsp;문자", "문서 extit{HR}는 작다.",
    ])
    func leftovers(_ text: String) { #expect(!LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }

    @Test(arguments: [
        "Sora 연구 [1]에서 영상을 만들었다.", "모델은 **매우** 빠르다.", "어휘에 <SEP> 토큰을 더했다.", "삼중항 (s,r,o)", "가격은 5$ 이하이다.",
        "x^2 형태의 손실", "함수 f(x)=y", "마크다운 링크 [코드](https://example.org/a_{b})", "5$와 10$ 사이",
    ])
    func clean(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }
}

@Suite struct UnbalancedRuleTests {
    let rule = UnbalancedRule()

    @Test(arguments: ["멀티모달 입력 multimodal inputs)으로 평가한다.", "특히,(Self-MoE는 경로를 찾습니다.", "‘스마일 추가’ 또는 ’선글라스 추가’",
                      "설명합니다.**: 3.2"])
    func unbalanced(_ text: String) { #expect(!LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }

    @Test(arguments: ["세 단계: 1) 수집, 2) 정제, 3) 학습.", "II) 환자 이해, III) 치료.", "Alzheimer’s Disease 연구", "(https://example.org/a_(b))",
                      "모델(Model)과 데이터[1]", "**굵게** 쓴 말"])
    func balanced(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }

    @Test func aQuotationOpenedWithTheClosingMarkIsNamed() {
        let hits = LintTestSupport.hits(rule, LintTestSupport.labelled("예를 들어 ’색 바꾸기’ 같은 지시"))
        #expect(hits.count == 1)
        #expect(hits.first?.message.hasPrefix("quotation opened with the closing mark '’'") == true)
    }

    @Test func garbledRunIsReportedOnceBeyondTheFirstFew() {
        let hits = LintTestSupport.hits(rule, LintTestSupport.labelled("망가진 줄" + String(repeating: "(", count: 20) + " 끝."))
        #expect(hits.count == UnbalancedRule.shownPerSection + 1)
        #expect(hits.last?.message.hasPrefix("\(20 - UnbalancedRule.shownPerSection) more unbalanced") == true)
        // one past the limit is shown as itself
        let six = LintTestSupport.hits(rule, LintTestSupport.labelled("줄" + String(repeating: "(", count: UnbalancedRule.shownPerSection + 1)))
        #expect(six.allSatisfy { $0.message.hasPrefix("unclosed") })
    }
}

@Suite struct GarbledNumberRuleTests {
    let rule = GarbledNumberRule()

    @Test(arguments: ["214,214,214개의 예제", "9999 블록으로 구성된다.", "모델 ChatGPT111을 쓴다.", "3333개의 데이터셋 중 5555개"])
    func garbled(_ text: String) { #expect(!LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }

    @Test(arguments: ["Snapdragon 888 칩", "111M 파라미터", "11개의 벤치마크", "YOLOv11 기반", "1,000개의 예제", "3.3333 점", "2024년"])
    func plausible(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }

    @Test func echoesSpreadInARecord() {
        let hits = LintTestSupport.hits(rule, LintTestSupport.labelled("9999 블록이 있고, KV 헤드는 88입니다."))
        #expect(hits.count == 2)
    }
}

@Suite struct OtherTextRuleTests {
    @Test func encoding() {
        #expect(!LintTestSupport.hits(EncodingRule(), LintTestSupport.labelled("모델\u{FFFD} 성능")).isEmpty)
        #expect(!LintTestSupport.hits(EncodingRule(), LintTestSupport.labelled("Ã«ÂªÂ¨ 깨진 글자")).isEmpty)
        #expect(LintTestSupport.hits(EncodingRule(), LintTestSupport.labelled("Fréchet Inception Distance와 café")).isEmpty)
    }

    @Test func untranslated() {
        let english = "The model uses a sparse mixture of experts and reaches a new state of the art on three benchmarks."
        #expect(LintTestSupport.hits(UntranslatedRule(), LintTestSupport.labelled(english)).count == 1)
        let korean = "이 모델은 희소 전문가 혼합(sparse mixture of experts and routing)을 사용하여 세 벤치마크에서 최고 성능을 냅니다."
        #expect(LintTestSupport.hits(UntranslatedRule(), LintTestSupport.labelled(korean)).isEmpty)
    }

    @Test func missingSection() {
        let onlyNew = LintTestSupport.record(sections: [("What's New", "새 방법을 제안합니다.")])
        #expect(LintTestSupport.hits(MissingSectionRule(), onlyNew).count == 1)
        let curly = LintTestSupport.record(sections: [("What’s New", "가."), ("Technical Details", "나."), ("Performance Highlights", "다."),
                                                      ("Limitations", "라.")])
        #expect(LintTestSupport.hits(MissingSectionRule(), curly).isEmpty)
        #expect(LintTestSupport.hits(MissingSectionRule(), LintTestSupport.record(sections: [(nil, "2023 목록입니다.")])).isEmpty)
    }

    @Test func duplicate() {
        var facts = LintFacts()
        let a = LintTestSupport.record(id: "2410.90001", file: "2024/10/16.md", line: 3, sections: [(nil, "가.")])
        let b = LintTestSupport.record(id: "2410.90001", file: "2024/10/18.md", line: 9, sections: [(nil, "나.")])
        let c = LintTestSupport.record(id: "2410.90002", file: "2024/10/18.md", line: 20, sections: [(nil, "다.")])
        for r in [a, b, c] { facts.observe(r) }
        // The first occurrence stays the record of the paper; only the later copy is flagged.
        #expect(LintTestSupport.hits(DuplicateRule(), a, facts: facts).isEmpty)
        #expect(LintTestSupport.hits(DuplicateRule(), b, facts: facts).count == 1)
        #expect(LintTestSupport.hits(DuplicateRule(), c, facts: facts).isEmpty)
    }

    @Test func glossMismatch() {
        let rule = GlossMismatchRule()
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("위치 인코딩인 ROPE (Relative Positional Encoding)을 쓴다.")).count == 1)
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("위치 인코딩인 RoPE (Rotary Position Embedding)을 쓴다.")).isEmpty)
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("대형 언어 모델(Large Language Models; LLMs)을 쓴다.")).isEmpty)
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("CNN (Convolutional Neural Network) 기반이다.")).isEmpty)
        #expect(LintTestSupport.hits(rule, LintTestSupport.labelled("XEUS (Cross-lingual Encoder for Universal Speech)를 만든다.")).isEmpty)
        var r = LintTestSupport.labelled("그래프-인지(attention mechanism)를 쓴다.")
        r.terms = [Term(ko: "그래프-인지", en: "attention mechanism", abbr: nil, kind: .koEn, section: 0, start: 0, end: 27, match: .mismatch)]
        #expect(LintTestSupport.hits(rule, r).map(\.message) == ["gloss sides do not match: 그래프-인지 ↔ attention mechanism"])
        // the terms stage tells why, when asked
        let terms = FixedTermReference(preferred: [:], mismatches: ["그래프-인지": "the Korean renders 그래프=graph"])
        #expect(LintTestSupport.hits(rule, r, terms: terms).map(\.message)
                == ["gloss sides do not match: 그래프-인지 ↔ attention mechanism (the Korean renders 그래프=graph)"])
    }

    @Test func termInconsistency() {
        var r = LintTestSupport.labelled("확산(diffusion)과 디퓨전(diffusion), 강화 학습(RL)과 강화학습(RL)")
        r.terms = [Term(ko: "확산", en: "diffusion", abbr: nil, kind: .koEn, section: 0, start: 0, end: 13),
                   Term(ko: "디퓨전", en: "diffusion", abbr: nil, kind: .koEn, section: 0, start: 15, end: 29),
                   Term(ko: "강화 학습", en: nil, abbr: "RL", kind: .koAbbr, section: 0, start: 31, end: 40),
                   Term(ko: "강화학습", en: nil, abbr: "RL", kind: .koAbbr, section: 0, start: 42, end: 50)]
        let glossary = FixedTermReference(preferred: ["diffusion": "확산", "rl": "강화 학습"])
        let hits = LintTestSupport.hits(TermInconsistencyRule(), r, terms: glossary)
        #expect(hits.map(\.fix) == ["확산", "강화 학습"])
        #expect(hits.map(\.start) == [15, 42])
        #expect(hits.map(\.end) == [18, 46])
        #expect(hits.last?.message.contains("spacing differs") == true)
        #expect(LintTestSupport.hits(TermInconsistencyRule(), r).isEmpty, "no glossary, no finding")
    }

    @Test func termInconsistencyLeavesWordsBeyondThePreferredRendering() {
        // replacing 전문가 혼합 모델 by 전문가 혼합 would drop the head noun the English lacks
        var r = LintTestSupport.labelled("전문가 혼합 모델(Mixture-of-Experts)과 전문가들의 혼합(Mixture-of-Experts)")
        r.terms = [Term(ko: "전문가 혼합 모델", en: "Mixture-of-Experts", abbr: nil, kind: .koEn, section: 0, start: 0, end: 29),
                   Term(ko: "전문가들의 혼합", en: "Mixture-of-Experts", abbr: nil, kind: .koEn, section: 0, start: 31, end: 59)]
        let glossary = FixedTermReference(preferred: ["mixture-of-experts": "전문가 혼합"])
        #expect(LintTestSupport.hits(TermInconsistencyRule(), r, terms: glossary).map(\.start) == [31])
    }
}

@Suite struct AbbreviationLexiconTests {
    let rule = GlossMismatchRule()

    @Test(arguments: ["학습은 SFT(Reinforcement Fine-Tuning) 없이 진행한다.", "Supervised Reinforcement Learning (SFT)을 쓴다.",
                      "대형 모델(Long Language Models; LLMs)을 쓴다.", "큰 모델(Large Vision-and-Language Models; LMM)"])
    func wrongExpansion(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).count == 1) }

    @Test func aListedAbbreviationSaysWhatItStandsFor() {
        // the letters of SFT fit Sequential Fine-Tuning; its words are not the standard ones
        let hits = LintTestSupport.hits(rule, LintTestSupport.labelled("Sequential Fine-Tuning (SFT)을 쓴다."))
        #expect(hits.map(\.message) == ["abbreviation 'SFT' stands for 'supervised fine-tuning', not 'Sequential Fine-Tuning'"])
    }

    @Test(arguments: ["지도 미세 조정(Supervised Fine-Tuning, SFT)", "Supervised Fine-Tuning (SFT)을 쓴다.", "LoRA (Low-Rank Adaptation)",
                      "대형 비전-언어 모델(Large Vision-Language Models; LVLMs)", "Mixture-of-Experts (MoE) 구조", "VLM(Visual Language Model)", "추론 정책(Policy Optimization, PPO)", "Fréchet Inception Distance (FID)", "Parameter Efficient FineTuning (PEFT)", "Spare Auto-Encoder (SAE)", "MOE (Multi-finger Omnidirectional End-effector)", "생성 모델(GANs, Diffusion models)", "SOTA(Self-Supervised Learning) 모델"])
    func standardExpansion(_ text: String) { #expect(LintTestSupport.hits(rule, LintTestSupport.labelled(text)).isEmpty) }
}
