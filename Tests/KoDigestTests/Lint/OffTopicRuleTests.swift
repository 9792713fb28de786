import Testing
@testable import KoDigest

@Suite struct OffTopicRuleTests {
    let rule = OffTopicRule()
    let title = "FlowMixer: Spectral Token Mixing for Speech Enhancement"

    func record(_ sections: [String], title: String? = nil) -> Record {
        LintTestSupport.record(title: title ?? self.title, sections: zip(["What's New", "Technical Details", "Performance Highlights"], sections)
            .map { ($0.0, $0.1) })
    }

    @Test func genericMadeUpSummaryIsFlagged() {
        let r = record([
            "이 논문에서는 새로운 딥러닝 모델을 제안합니다. 이 모델은 자연어 처리 분야에서 기존 모델 대비 뛰어난 성능을 보였습니다.",
            "제안된 모델은 Transformer 아키텍처를 기반으로 하며 self-attention 메커니즘과 데이터 증강 기법을 사용합니다.",
            "실험 결과, 제안된 모델은 여러 벤치마크 데이터셋에서 평균 15% 높은 정확도를 기록했습니다.",
        ])
        let hits = LintTestSupport.hits(rule, r)
        #expect(hits.count == 1)
        #expect(hits.first?.message.contains("boilerplate") == true)
        #expect(hits.first?.message.contains("name-missing") == true)
    }

    @Test func everydayWordsCountHalf() {
        // an honest summary may say "여러 벤치마크", "높은 정확도", attention or layer normalization: each counts half
        let r = record([
            "제안된 모델은 스펙트럼 토큰을 섞는 모듈로 잡음을 걷어냅니다.",
            "프레임 사이에 attention을 두고, 각 블록 뒤에 Layer Normalization을 적용합니다.",
            "여러 벤치마크에서 높은 정확도로 음성을 복원했습니다.",
        ])
        let analysis = OffTopicAnalysis(record: r, resources: LintTestSupport.resources)
        #expect(analysis.boilerplateWeight == 2.0)
        #expect(analysis.textbookWeight == 1.0)
    }

    @Test func shortGenericSummaryIsFlagged() {
        // two generic sentences have room for one boilerplate phrase only: the saturation shrinks with the length
        let r = LintTestSupport.record(title: "Spectral Token Mixing for Speech Enhancement", sections: [
            ("What's New", "이 논문에서는 새로운 신경망 학습 기법을 제안합니다. 이 기법은 기존 기법보다 빠르게 수렴합니다."),
        ])
        #expect(LintTestSupport.hits(rule, r).count == 1)
        // the same phrase in a long honest summary stays one phrase out of six
        let long = LintTestSupport.record(title: "Spectral Token Mixing for Speech Enhancement", sections: [
            ("What's New", "스펙트럼 영역에서 토큰을 섞어 음성 향상 품질을 높이는 경량 모듈을 제안합니다. 새로운 신경망 블록은 주파수 대역 사이의 정보를 교환합니다."),
            ("Technical Details", "토큰 혼합은 두 단계로 나뉘며, 첫 단계는 대역 안에서, 둘째 단계는 대역 사이에서 이루어집니다. 잡음이 큰 구간에서는 혼합 비율을 스스로 조절합니다."),
            ("Performance Highlights", "음성 향상 평가에서 기존 향상기보다 적은 파라미터로 더 나은 잡음 제거 결과를 보였고, 실시간 처리도 가능했습니다."),
        ])
        #expect(LintTestSupport.hits(rule, long).isEmpty)
    }

    @Test func templateInstructionsAreFlagged() {
        let r = record([
            "이번 문서는 원고 작성 규칙을 안내합니다. 폰트와 여백, 각주 사용법을 설명합니다.",
            "본문은 가로 170mm 인쇄 영역 안에 두 컬럼으로 작성하고, 캡션은 그림 아래에 둡니다.",
            "모든 그림에는 번호와 캡션이 있어야 하며 각주는 최소한으로 사용합니다.",
        ])
        let hits = LintTestSupport.hits(rule, r)
        #expect(hits.count == 1)
        #expect(hits.first?.message.contains("template") == true)
    }

    @Test func placeholderModelIsFlagged() {
        let r = record([
            "이 연구에서는 새로운 딥러닝 모델인 XYZ-Net을 제안합니다.",
            "XYZ-Net은 기존의 CNN 구조를 개선하였습니다.",
            "XYZ-Net은 ImageNet에서 기존 모델들보다 높은 정확도를 보였습니다.",
        ])
        #expect(LintTestSupport.hits(rule, r).count == 1)
    }

    @Test func honestSummaryIsNotFlagged() {
        let r = record([
            "FlowMixer는 음성 향상을 위해 스펙트럼 영역에서 토큰을 섞는 경량 모듈을 제안합니다.",
            "스펙트럼 토큰 믹싱(spectral token mixing)으로 잡음 섞인 음성의 주파수 대역 사이 정보를 교환합니다.",
            "제안된 모델은 DNS Challenge 데이터셋에서 PESQ 3.41을 기록하며 기존 방법보다 안정적이었습니다.",
        ])
        #expect(LintTestSupport.hits(rule, r).isEmpty)
    }

    @Test func fullyTranslatedSummaryWithoutNamesIsNotFlagged() {
        let r = LintTestSupport.record(title: "Twisting Caps Off with Two Robot Hands", sections: [(nil,
            "두 손으로 병뚜껑을 돌려 여는 로봇 조작 문제를 다룬다.\n시뮬레이션에서 강화 학습으로 정책을 훈련하고 실제 로봇에 옮겼다.\n다양한 병에서 높은 성공률을 보였다.")])
        #expect(LintTestSupport.hits(rule, r).isEmpty)
    }

    @Test func theCorpusRenderingOfATitleWordCovers() {
        // the curated lexicon does not know whisker; the corpus's glosses render it 수염
        let r = LintTestSupport.record(title: "Whisker Sensing for Robot Navigation", sections: [
            ("What's New", "로봇 수염 센서로 주변을 더듬어 길을 찾는 방법을 제안합니다.")])
        func covered(_ corpus: (any TermReference)?) -> Bool {
            var analysis = OffTopicAnalysis(vocabularyOf: r, resources: LintTestSupport.resources)
            analysis.readNames(LintTestSupport.resources)
            analysis.readCoverage(LintTestSupport.resources, corpus: corpus)
            return analysis.contentWords.first { $0.word == "Whisker" }?.covered ?? false
        }
        #expect(!covered(nil))
        #expect(covered(FixedTermReference(preferred: [:], renderings: ["whisker": "수염"])))
    }

    @Test func thresholdIsAnOption() {
        let r = record([
            "이 논문에서는 새로운 딥러닝 모델을 제안합니다.",
            "제안된 모델은 Transformer 아키텍처를 기반으로 합니다.",
            "실험 결과 여러 벤치마크에서 좋은 성능을 보였습니다.",
        ])
        #expect(LintTestSupport.hits(rule, r, options: ["threshold": .double(99)]).isEmpty)
        #expect(LintTestSupport.hits(rule, r, options: ["threshold": .double(1)]).count == 1)
    }

    @Test func nameTokens() {
        let names = OffTopicAnalysis.nameTokens("SaulLM-54B & SaulLM-141B: Scaling Up Domain Adaptation for the Legal Domain", LintTestSupport.resources)
        #expect(names.contains("SaulLM-54B"))
        #expect(OffTopicAnalysis.nameTokens("Video-Foley: Two-Stage Video-To-Sound Generation", LintTestSupport.resources).contains("Video-Foley"))
        #expect(OffTopicAnalysis.nameTokens("Scaling LLMs with 3D Data", LintTestSupport.resources).isEmpty)
    }

    @Test func skeletonsMatchLoanwords() {
        #expect(Skeleton.english("transformer") == Skeleton.korean("teulaenseupomeo"))
        #expect(Skeleton.english("benchmark") == Skeleton.korean("benchimakeu"))
        #expect(Skeleton.english("agent") == Skeleton.korean("eijeonteu"))
    }
}
