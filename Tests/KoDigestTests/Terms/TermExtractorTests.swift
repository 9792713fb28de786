import Testing
@testable import KoDigest

@Suite struct TermExtractorTests {
    @Test func koreanOutside() throws {
        let r = try TermTestSupport.extract([
            "현대 대형 언어 모델(LLMs)의 급속한 발전과 널리 퍼진 자연어 처리(NLP) 응용으로 (Vaswani et al. 2017) 성장했다.",
            "사전학습된 비전 트랜스포머(Vision Transformer) 모델들은 깊이(depth) 예측에서 강하다.",
        ])
        let pairs = r.terms.map { ($0.ko ?? "", $0.en ?? $0.abbr ?? "", $0.kind) }
        #expect(pairs.count == 4)
        #expect(pairs[0].0 == "대형 언어 모델" && pairs[0].1 == "LLMs" && pairs[0].2 == .koAbbr)
        #expect(pairs[1].0 == "자연어 처리" && pairs[1].2 == .koAbbr)
        #expect(pairs[2].0 == "비전 트랜스포머" && pairs[2].1 == "Vision Transformer" && pairs[2].2 == .koEn)
        #expect(pairs[3].0 == "깊이")
        // offsets cover the outside term through the closing paren
        let t = r.terms[0]
        let text = Array(r.sections[0].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[t.start..<t.end])) == "대형 언어 모델(LLMs)")
        #expect(r.sections[0].textPlain.hasPrefix("현대 대형 언어 모델의 급속한 발전과 널리 퍼진 자연어 처리 응용으로 (Vaswani"))
    }

    @Test func latinOutside() throws {
        let r = try TermTestSupport.extract([
            "모델은 Robust(강인한) 구조와 Proximal Policy Optimization(PPO)을 쓰고 PAB(Pyramid Attention Broadcast)를 쓴다.",
        ])
        let kinds = r.terms.map(\.kind)
        #expect(kinds == [.enKo, .enEn, .enEn])
        #expect(r.terms[0].en == "Robust" && r.terms[0].ko == "강인한")
        #expect(r.terms[1].en == "Proximal Policy Optimization" && r.terms[1].abbr == "PPO")
        #expect(r.terms[2].abbr == "PAB" && r.terms[2].en == "Pyramid Attention Broadcast")
        #expect(r.sections[0].textPlain == "모델은 Robust 구조와 Proximal Policy Optimization을 쓰고 PAB를 쓴다.")
    }

    @Test func aLatinHeadOutsideIsPartOfAMixedTermNotAnAbbreviation() throws {
        // U-Net ends the English inside: the Korean words before it render the rest
        let r = try TermTestSupport.extract(["이 모델은 확산 U-Net(Diffusion U-Net)을 쓰고 BERT(Bidirectional Encoder Representations from Transformers)를 쓴다."])
        #expect(r.terms.count == 2)
        #expect(r.terms.first?.kind == .koEn && r.terms.first?.ko == "확산 U-Net" && r.terms.first?.en == "Diffusion U-Net")
        #expect(r.terms.last?.kind == .enEn && r.terms.last?.abbr == "BERT")
    }

    @Test func aReleaseAfterAHyphenNamesSomething() {
        #expect(TermExtractor.namesSomething("tinyjudge-base-v2"))
        #expect(TermExtractor.namesSomething("Mistral-7B-v0.1"))
        #expect(!TermExtractor.namesSomething("v-prediction") && !TermExtractor.namesSomething("state-of-the-art"))
        #expect(!TermExtractor.namesSomething("multi-v2v"))
    }

    @Test func anAbbreviationTheCorpusNeverExpandsTakesTheReferenceExpansion() throws {
        // a day read alone: SOTA is never spelled out, the reference glossary knows it
        let alone = try TermTestSupport.knowledge([])
        #expect(alone.expansion("SOTA") == "state of the art")
        let r = try TermTestSupport.extract(["이 모델은 새로운 최첨단 성능(SOTA)을 달성했다."])
        #expect(r.terms.first?.kind == .koAbbr && r.terms.first?.ko?.hasPrefix("최첨단") == true)
        // the corpus's own expansion comes first
        let corpus = [TermTestSupport.record("9999.00003", ["우리는 컴퓨터 비전(Computer Vision; CV) 과제를 푼다."])]
        #expect(try TermTestSupport.knowledge(corpus).expansion("CV") == "Computer Vision")
    }

    @Test func aWordTheLexiconRendersLinksWhereTheCorpusCannotTell() throws {
        // nothing else in the corpus glosses value or 가치: the curated word list links them
        let k = try TermTestSupport.knowledge([])
        #expect(k.link(["정확한", "가치", "추정"], ["value", "estimation"])[1] == ["value"])
        let r = try TermTestSupport.extract(["우리는 정확한 가치 추정(value estimation)을 한다."])
        #expect(r.terms.first?.ko == "가치 추정" && r.terms.first?.match == .ok)
        // a rendering and one more syllable links; a compound that only begins with one does not
        #expect(k.link(["구조화"], ["structure"]).has(0))
        #expect(!k.link(["평균제곱오차"], ["mean"]).has(0))
    }

    @Test func removingGlossesSlicesTheTextAtScalarOffsets() {
        // ranges are scalar offsets; the kept parts are sliced by bytes, across 1-, 3- and 4-byte scalars
        let text = "모델🙂(A) 결과(B; C)를 낸다 é"
        let scalars = Array(text.unicodeScalars)
        let first = 3..<6, second = 9..<15, overlapping = 10..<12
        #expect(TermExtractor.remove([first, second, overlapping], from: text, scalars: scalars) == "모델🙂 결과를 낸다 é")
        #expect(TermExtractor.remove([0..<scalars.count], from: text, scalars: scalars) == "")
        #expect(TermExtractor.remove([(scalars.count - 1)..<scalars.count], from: text, scalars: scalars) == "모델🙂(A) 결과(B; C)를 낸다 ")
    }

    @Test func aKoreanInsideRenderingTheAbbreviationGlossesItAlone() throws {
        // Open-weights has no Korean: the gloss is of VLM, whose expansion the Korean renders
        let corpus = [TermTestSupport.record("9999.00071", ["새 시각 언어 모델(Vision Language Model; VLM)을 쓴다."])]
        let r = try TermTestSupport.extract(["연구진은 Open-weights VLM(시각 언어 모델)을 공개했다."], corpus: corpus)
        #expect(r.terms.first?.kind == .enKo && r.terms.first?.abbr == "VLM" && r.terms.first?.en == nil)
    }

    @Test func aKoreanInsideNamingTheOutsideDescribesIt() throws {
        let r = try TermTestSupport.extract(["연구진은 BLAZE(BLAZE 데이터셋 및 평가 도구)와 Robust(강인한) 학습을 제안한다."])
        #expect(r.terms.map(\.ko) == ["강인한"])
    }

    @Test func matchFlagsContradictions() throws {
        // the corpus says 분산 is variance, the reference says diffusion is 확산: two-sided evidence
        let corpus = [TermTestSupport.record("9999.00002", ["모델의 분산(variance)을 잰다.", "출력 분산(variance)이 크다.", "그래디언트 분산(variance)을 줄인다."])]
        let r = try TermTestSupport.extract(["이미지 토큰을 분산 제거(diffusion) 방식으로 다룬다. 또한 ROPE(Relative Positional Encoding)를 쓴다."], corpus: corpus)
        #expect(r.terms.count == 2)
        #expect(r.terms[0].ko == "분산 제거" && r.terms[0].match == .mismatch)
        #expect(r.terms[1].match == .mismatch)
    }

    @Test func synonymsTogetherGiveAnotherMeaning() throws {
        // 대화 renders conversation, dialogue and chat, none of them alone with confidence, but
        // together they say what 대화 means; adapter is 어댑터
        let corpus = [TermTestSupport.record("9999.00003", [
            "긴 대화(conversation)를 본다.", "짧은 대화(conversation)를 쓴다.", "영어 회화(conversation)를 본다.", "일상 회화(conversation)를 쓴다.",
            "다중 대화(dialogue)를 본다.", "단일 대화(dialogue)를 쓴다.", "공적 담화(dialogue)를 본다.", "사적 담화(dialogue)를 쓴다.",
            "실시간 대화(chat)를 본다.", "일반 대화(chat)를 쓴다.", "그룹 채팅(chat)을 본다.", "개인 채팅(chat)을 쓴다.",
            "작은 어댑터(adapter)를 본다.", "큰 어댑터(adapter)를 쓴다.",
        ])]
        let r = try TermTestSupport.extract(["모델은 대화(adapters)를 쓴다."], corpus: corpus)
        #expect(r.terms.first?.ko == "대화" && r.terms.first?.match == .mismatch)
    }

    @Test func contrastSubstitutedIsMismatch() throws {
        // 폐쇄 renders closed in the corpus; a gloss that keeps loop but says open names the
        // opposite concept, while the English closed loop, or open spelled out by 개방, matches
        let corpus = [TermTestSupport.record("9999.00009", [
            "폐쇄 회로(closed circuit)를 쓴다.", "폐쇄 시스템(closed system)을 본다.", "폐쇄 집합(closed set)을 잰다.",
            "제어 루프(control loop)를 돈다.", "내부 루프(inner loop)를 돈다.", "개방 집합(open set)을 본다.", "개방 시스템(open system)을 쓴다.",
        ])]
        let r = try TermTestSupport.extract(["로봇은 폐쇄 루프(Open-Loop) 계획과 폐쇄 루프(closed loop) 제어, 개방 루프(open loop) 실행을 쓴다."], corpus: corpus)
        let match = Dictionary(r.terms.map { ($0.en ?? "", $0.match) }, uniquingKeysWith: { a, _ in a })
        #expect(match["Open-Loop"] == .mismatch)
        #expect(match["closed loop"] == .ok)
        #expect(match["open loop"] == .ok)
    }

    @Test func aVerbBeforeTheParenIsNoTerm() throws {
        // the English names the step the verb takes: no Korean term renders it
        let r = try TermTestSupport.extract(["모델은 양방향 주의를 활성화시키고(masked token prediction) 학습한다."])
        #expect(r.terms.isEmpty)
    }

    @Test func aBoundEndingAloneIsAWord() throws {
        // -다면 and -지만 end a clause only after a stem: 다면 alone is the noun (multi-faceted),
        // while 생성한다면 still stops the span
        let r = try TermTestSupport.extract(["모델은 다면 이미지(multi-plane images)를 만든다. 데이터를 생성한다면 이미지(images)가 늘어난다."])
        #expect(r.terms.map(\.ko) == ["다면 이미지", "이미지"])
    }

    @Test func aWordUsuallyPrecededInGlossWindowsTakesItsNeighbour() throws {
        // 제공 follows 정보 in every gloss window of the corpus, so 정보 joins the span
        let corpus = [
            TermTestSupport.record("9999.00002", ["이 연구는 정보 제공 도구(information tool)를 소개한다."]),
            TermTestSupport.record("9999.00003", ["정보 제공 서비스(information service)가 늘었다."]),
            TermTestSupport.record("9999.00004", ["새로운 정보 제공 방식(delivery method)을 쓴다."]),
        ]
        let r = try TermTestSupport.extract(["모델의 정보 제공 능력(informativeness)을 평가한다."], corpus: corpus)
        #expect(r.terms.map(\.ko) == ["정보 제공 능력"])
    }

    @Test func mismatchNeedsEvidence() throws {
        // no link but no evidence of another meaning: a loose translation, not a mismatch;
        // the Korean is the reference rendering of another concept; numbers that differ
        let r = try TermTestSupport.extract([
            "확산(Spread) 속도와 상태 비유지(stateless) 서버, 확산 제거(attention mechanism) 단계와 쿼드러플 형식(quintuplet format), 텍스트-이미지(Text-to-Image, T2I) 생성.",
        ])
        let match = Dictionary(r.terms.map { ($0.ko ?? "", $0.match) }, uniquingKeysWith: { a, _ in a })
        #expect(match["확산"] == .ok)
        #expect(match["상태 비유지"] == .ok)
        #expect(match["확산 제거"] == .mismatch)
        #expect(match["쿼드러플 형식"] == .mismatch)
        #expect(match["텍스트-이미지"] != .mismatch)
    }

    @Test func aLoanwordOfAnotherWordIsEvidenceEnough() throws {
        // structure has no confident rendering in this corpus, but 마스크 and 트리 are loanwords of
        // mask and tree: the Korean side alone says what it names. 행렬 renders matrix, but is no
        // loanword: alone it cannot tell a mismatch from a loose rendering
        let corpus = [TermTestSupport.record("9999.00010", [
            "이진 마스크(mask)를 쓴다.", "주의 마스크(mask)를 본다.", "입력 마스크(mask)를 잰다.",
            "결정 트리(tree)를 쓴다.", "탐색 트리(tree)를 본다.", "구문 트리(tree)를 잰다.",
            "희소 행렬(matrix)을 쓴다.", "대각 행렬(matrix)을 본다.", "회전 행렬(matrix)을 잰다.",
            "계층 구조(structure)를 쓴다.", "내부 구조(structure)를 본다.", "사회 체계(structure)를 잰다.", "지식 체계(structure)를 쓴다.",
            "문장 형태(structure)를 본다.", "기본 형태(structure)를 잰다.", "공식 조직(structure)을 쓴다.", "작은 조직(structure)을 본다.",
        ])]
        let r = try TermTestSupport.extract(["모델은 마스크 트리(structure)와 행렬(structure), 트리 구조(tree structure)를 쓴다."], corpus: corpus)
        let match = Dictionary(r.terms.map { ($0.ko ?? "", $0.match) }, uniquingKeysWith: { a, _ in a })
        #expect(match["마스크 트리"] == .mismatch)
        #expect(match["행렬"] == .ok)
        #expect(match["트리 구조"] == .ok)
    }

    @Test func aNameWrittenPartByPartIsATerm() throws {
        // each Latin part repeated, each Hangul part a loanword of its English one, `to` free;
        // a general word with a name in the parentheses stays no term
        let r = try TermTestSupport.extract([
            "모델은 텍스트-투-SQL(Text-to-SQL) 작업과 오디오-VAE(Audio-VAE), 비디오-모델(Video-VAE), 평가 모델(Q-Align)을 쓴다.",
        ])
        #expect(r.terms.map(\.ko) == ["텍스트-투-SQL", "오디오-VAE"])
    }

    @Test func anAbbreviationSpellingWhatTheCorpusGlossesTheWordWithIsATerm() throws {
        // RT stands for reaction time in the corpus, but two records gloss 정규화항 as regularization term
        let reactionTime = TermTestSupport.record("9999.00002", ["반응 시간(Reaction Time; RT)을 잰다."])
        let glossed = ["손실에 정규화항(regularization term)을 더한다.", "새 정규화항(regularization term)이 안정적이다."]
            .enumerated().map { TermTestSupport.record("9999.0001\($0.offset)", [$0.element]) }
        let r = try TermTestSupport.extract(["정규화항(RT)을 조정한다."], corpus: [reactionTime] + glossed)
        #expect(r.terms.map(\.ko) == ["정규화항"])
        #expect(r.terms.first?.abbr == "RT" && r.terms.first?.match == .ok)
        // one record is no agreement: the abbreviation names something the Korean does not render
        let once = try TermTestSupport.extract(["정규화항(RT)을 조정한다."], corpus: [reactionTime, glossed[0]])
        #expect(once.terms.isEmpty)
    }

    @Test func namedThingsAreNotGlosses() throws {
        let r = try TermTestSupport.extract([
            "계획(Stage 1)과 실행(Stage 2), 기본 솔버(Nova 3.5 Pro), 기술 라이브러리(WildLMa-Skill), 다중 모달 대규모 언어 모델(InternVL 1.5), 생성 모델(GANs, Diffusion Models)과 대형 언어 모델(LLM: Large Language Model).",
        ])
        #expect(r.terms.count == 1)
        #expect(r.terms.first?.ko == "대형 언어 모델" && r.terms.first?.abbr == "LLM" && r.terms.first?.en == "Large Language Model")
    }

    @Test func referenceAnswersLintQuestions() throws {
        let k = try TermTestSupport.knowledge([])
        #expect(k.preferredKorean(forEnglish: "Large Language Models") == "대형 언어 모델")
        #expect(k.preferredKorean(forEnglish: "diffusion") == "확산")
        #expect(k.koreanRenderings(ofEnglish: "LLM").contains("대규모 언어 모델"))
    }

    @Test func glossaryRenders() throws {
        let r = try TermTestSupport.extract(["대형 언어 모델(LLMs)과 대규모 언어 모델(Large Language Models; LLMs)을 비교한다."])
        var b = GlossaryBuilder()
        b.add(r)
        let g = b.build(knowledge: try TermTestSupport.knowledge([r]))
        #expect(g.concepts.count == 1)
        let c = g.concepts[0]
        #expect(c.key == "large language model" && c.preferred == "대형 언어 모델" && c.count == 2 && c.reference == "대형 언어 모델")
        for f in GlossaryFormat.allCases { #expect(g.render(f).contains("대형 언어 모델")) }
        #expect(g.render(.json).hasPrefix("{\"concepts\":[{\"key\":\"large language model\""))
        // the example is the sentence around the gloss
        #expect(c.exampleText == "대형 언어 모델(LLMs)과 대규모 언어 모델(Large Language Models; LLMs)을 비교한다.")
    }

    @Test func spellingsOfOneEnglishTermAreOneConcept() throws {
        // trade-off and tradeoff: one concept, named by the spelling seen more, its record once;
        // tokeniser and tokenizer, seen once each: the -ize spelling
        let records = [
            ["속도와 정확도의 절충(trade-off)을 본다. 또 다른 절충(tradeoff)도 있다."],
            ["이 절충 관계(trade-off)는 크다. 새 토크나이저(tokeniser)를 쓴다."],
            ["기존 토크나이저(tokenizer)와 비교한다."],
        ].enumerated().map { TermTestSupport.record("9999.0007\($0.offset)", $0.element) }
        let k = try TermTestSupport.knowledge(records)
        var b = GlossaryBuilder()
        for var r in records {
            TermExtractor(knowledge: k).process(&r)
            b.add(r)
        }
        let g = b.build(knowledge: k)
        #expect(g.concepts.map(\.key).sorted() == ["tokenizer", "trade off"])
        #expect(g.concepts.first { $0.key == "trade off" }.map { ($0.count, $0.records) } ?? (0, 0) == (3, 2))
        #expect(g.concepts.first { $0.key == "tokenizer" }?.count == 2)
    }

    @Test func mergedBuildersKeepTheEarlierExample() throws {
        // each file's builder takes its own first sighting; the merge keeps the earlier file's
        let texts = ["첫 파일은 보상 모델(Reward Model)을 학습한다.", "둘째 파일도 보상 모델(Reward Model)을 쓴다."]
        var records = texts.enumerated().map { TermTestSupport.record("9999.0003\($0.offset)", [$0.element]) }
        let k = try TermTestSupport.knowledge(records)
        for i in records.indices { TermExtractor(knowledge: k).process(&records[i]) }
        var first = GlossaryBuilder(), second = GlossaryBuilder(), all = GlossaryBuilder()
        first.add(records[0])
        second.add(records[1])
        all.merge(first)
        all.merge(second)
        let c = try #require(all.build(knowledge: k).concepts.first)
        #expect(c.exampleID == "9999.00030")
        #expect(c.exampleText == texts[0])
        #expect(c.count == 2)
    }

    @Test func abbreviationTakesTheExpansionTheKoreanRenders() throws {
        // ASR mostly means speech recognition here, but 공격 성공률 renders attack success rate
        let corpus = (1...3).map { TermTestSupport.record("9999.0001\($0)", ["자동 음성 인식(Automatic Speech Recognition, ASR) 모델을 쓴다."]) } + [
            TermTestSupport.record("9999.00021", ["공격 성공률(Attack Success Rate, ASR)을 잰다."]),
            TermTestSupport.record("9999.00022", ["공격 성공률(attack success rate)이 높다."]),
        ]
        let r = try TermTestSupport.extract(["이 방법은 모델의 공격 성공률(ASR)을 크게 낮춘다."], corpus: corpus)
        #expect(r.terms.count == 1)
        #expect(r.terms.first?.ko == "공격 성공률" && r.terms.first?.abbr == "ASR" && r.terms.first?.kind == .koAbbr)
        #expect(r.terms.first?.match != .mismatch)
    }

    @Test func anAbbreviationsPreferredKoreanIsTheConceptItsKoreanRenders() throws {
        // the same corpus: the reference knows ASR as speech recognition only
        let corpus = (1...3).map { TermTestSupport.record("9999.0001\($0)", ["자동 음성 인식(Automatic Speech Recognition, ASR) 모델을 쓴다."]) } + [
            TermTestSupport.record("9999.00021", ["공격 성공률(Attack Success Rate, ASR)을 잰다."]),
            TermTestSupport.record("9999.00022", ["공격 성공률(attack success rate)이 높다."]),
        ]
        let k = try TermTestSupport.knowledge(corpus)
        #expect(k.preferredKorean(forAbbreviation: "ASR", renderedBy: "공격 성공률") == nil)
        #expect(k.preferredKorean(forAbbreviation: "ASR", renderedBy: "음성 인식") == "자동 음성 인식")
        // with no expansion in the corpus, the reference's own
        #expect(try TermTestSupport.knowledge([]).preferredKorean(forAbbreviation: "ASR", renderedBy: "음성 인식") == "자동 음성 인식")
        // none for the preferred rendering of another of the abbreviation's concepts: VLM is a
        // vision-language model here, but 시각 언어 모델 is how a visual language model is written
        let vlm = try TermTestSupport.knowledge((1...3).map {
            TermTestSupport.record("9999.0004\($0)", ["비전-언어 모델(Vision-Language Models, VLMs)을 쓴다. 시각(vision)과 언어(language) 모델(model)."])
        })
        #expect(vlm.preferredKorean(forAbbreviation: "VLM", renderedBy: "비전 언어 모델") == "비전-언어 모델")
        #expect(vlm.preferredKorean(forAbbreviation: "VLM", renderedBy: "시각 언어 모델") == nil)
    }

    @Test func aLoneLinkToTheCommonExpansionGivesWayToTwo() throws {
        // TTS is mostly text-to-speech here, and 테스트 looks like text; but 테스트 시간 renders two
        // words of test-time scaling
        let corpus = (1...3).map { TermTestSupport.record("9999.0005\($0)", ["텍스트 음성 변환(Text-to-Speech, TTS) 모델을 쓴다."]) } + [
            TermTestSupport.record("9999.00061", ["테스트 시간 확장(Test-Time Scaling, TTS)을 쓴다. 긴 시간(time)이 든다. 새 테스트(test)를 한다."]),
        ]
        let k = try TermTestSupport.knowledge(corpus)
        #expect(k.link(["테스트"], k.englishOrder("Text-to-Speech")).allTokens == ["text"])
        #expect(k.expansion("TTS", renderedBy: ["테스트", "시간"])?.en == "Test-Time Scaling")
        #expect(k.expansion("TTS", renderedBy: ["텍스트", "음성"])?.en == "Text-to-Speech")
    }

    @Test func koreanSpellingOutAnUnknownExpansionIsATerm() throws {
        // the corpus knows TOD only as time of day; 작업 지향 대화 spells out T, O, D word by word,
        // while 벤치마크 spells out nothing and names an instance
        let corpus = [
            TermTestSupport.record("9999.00031", ["하루의 시간대(Time Of Day, TOD)를 쓴다. 새 작업(task)과 목표 지향(oriented) 방식, 긴 대화(dialogue)를 다룬다."]),
            TermTestSupport.record("9999.00032", ["각 시간대(Time Of Day, TOD)를 본다. 이 작업(task)은 사용자 지향(oriented) 설계로 짧은 대화(dialogue)를 만든다."]),
        ]
        let r = try TermTestSupport.extract(["필요한 작업 지향 대화(TOD) 시스템과 새로운 벤치마크(TOD)를 만든다."], corpus: corpus)
        #expect(r.terms.map { $0.ko ?? "" } == ["작업 지향 대화"])
    }

    @Test func aQuotedTermIsTakenWhole() throws {
        // 분리형 renders no word of the English, and no English word is left for it, so growth stops
        // before it; but the writer quoted the whole term. A quoted clause is not taken.
        let r = try TermTestSupport.extract(["모델은 '분리형 토큰 사전'(Token Dictionary)과 '데이터를 버리는 방법'(data pruning)을 쓴다."])
        #expect(r.terms.first?.ko == "분리형 토큰 사전")
        #expect(!r.terms.contains { $0.ko == "데이터를 버리는 방법" })
        // the quotation may hold the gloss too
        let wrapped = try TermTestSupport.extract(["모델은 '분리형 토큰 사전(Token Dictionary)'과 '데이터를 버리는 방법(data pruning)'을 쓴다."])
        #expect(wrapped.terms.first?.ko == "분리형 토큰 사전")
        #expect(!wrapped.terms.contains { $0.ko == "데이터를 버리는 방법" })
        // a case-marked word before a bridge word joins two nouns, as in 인간 피드백을 통한 강화학습
        let bridged = try TermTestSupport.extract(["모델은 '점검을 통한 회상'(Recall with Checks)을 쓴다."])
        #expect(bridged.terms.first?.ko == "점검을 통한 회상")
    }

    @Test func aCoinedShortFormTakesItsLongForm() throws {
        let r = try TermTestSupport.extract(["새로운 과제인 Sparse Token Merging(SpaToM)과 언어 모델(Language Model)을 쓴다."])
        #expect(r.terms.first?.kind == .enEn)
        #expect(r.terms.first?.en == "Sparse Token Merging" && r.terms.first?.abbr == "SpaToM")
        #expect(TermExtractor.isCoinage("Slerp") && !TermExtractor.isCoinage("GAN") && !TermExtractor.isCoinage("model"))
    }

    @Test func aShortFormKeepingItsHeadWordTakesItsLongForm() throws {
        let r = try TermTestSupport.extract([
            "저자들은 Temporal Difference Learning(TD Learning)을 다시 본다. 그리고 Sparse Graph Matching Model(SGM Model)도 쓴다.",
            "이름이 반복된 DFT Gaze(DFT Gaze)는 용어가 아니다.",
        ])
        let enEn = r.terms.filter { $0.kind == .enEn }
        #expect(enEn.map { $0.en ?? "" } == ["Temporal Difference Learning", "Sparse Graph Matching Model"])
        #expect(enEn.map { $0.abbr ?? "" } == ["TD Learning", "SGM Model"])
        #expect(TermExtractor.longFormKeepingHead("DFT Gaze", run: ["DFT", "Gaze"]) == nil)
    }

    @Test func anAbleAdjectiveTakesItsPossibleForm() throws {
        // nothing says 조정 renders tunable, but `X 가능한` is how Korean says -able; the pair nearest
        // the paren renders it, so the earlier 학습 가능한 stays out
        let r = try TermTestSupport.extract([
            "모델은 조정 가능한 토큰 병합(tunable token merging)을 쓴다.",
            "모델은 학습 가능한 변형 가능한 커널(deformable kernel)을 쓴다.",
        ])
        #expect(r.terms.map { $0.ko ?? "" } == ["조정 가능한 토큰 병합", "변형 가능한 커널"])
        #expect(TermKnowledge.isAbleAdjective("scalable") && TermKnowledge.isAbleAdjective("invertible"))
        #expect(!TermKnowledge.isAbleAdjective("table") && !TermKnowledge.isAbleAdjective("vision"))
    }

    @Test func aCompoundTokenTakesTheWordForItsPrefix() throws {
        // 다중 renders multi (in multi-task), 에이전트 is the loanword of agent: together they render
        // multiagent; 회귀 renders autoregressive here, and 자가 is a known rendering of auto-;
        // a token that only starts like a prefix is no compound
        let corpus = [
            TermTestSupport.record("9999.00041", ["우리는 다중 작업(multi-task) 학습을 한다. 기존 회귀 모델(autoregressive model)을 본다."]),
            TermTestSupport.record("9999.00042", ["또한 다중 과제(multi-task) 설정을 본다. 흔한 회귀 모델(autoregressive model)을 쓴다."]),
        ]
        let r = try TermTestSupport.extract([
            "모델은 다중 에이전트 토론(multiagent debate)을 쓴다.",
            "우리는 자가 회귀 디코딩(autoregressive decoding)을 쓴다.",
        ], corpus: corpus)
        #expect(r.terms.map { $0.ko ?? "" } == ["다중 에이전트 토론", "자가 회귀 디코딩"])
        #expect(TermKnowledge.splitPrefix("multiagent")! == ("multi", "agent"))
        #expect(TermKnowledge.splitPrefix("prefill")! == ("pre", "fill"))
        #expect(TermKnowledge.splitPrefix("metal") == nil && TermKnowledge.splitPrefix("model") == nil)
    }

    @Test func anAbbreviationSayingMoreThanItsExpansionIsPartial() throws {
        // LSR is latent super-resolution: the gloss spells out only its last two letters
        let r = try TermTestSupport.extract(["이 방법은 초해상도(Super-Resolution; LSR)를 잠재 공간에서 수행한다."])
        #expect(r.terms.first?.ko == "초해상도" && r.terms.first?.match == .partial)
    }

    @Test func subAndBiArePrefixesToo() throws {
        // 작업 renders task in the corpus; 하위 is the usual word for sub-, 이중 for bi-
        let corpus = [
            TermTestSupport.record("9999.00045", ["새 작업(task)을 한다. 작은 수준(level)을 본다."]),
            TermTestSupport.record("9999.00046", ["그 작업(task)이 있다. 높은 수준(level)이 있다."]),
        ]
        let r = try TermTestSupport.extract(["우리는 하위 작업 트리(subtask tree)와 이중 수준 최적화(bilevel optimization)를 만든다."], corpus: corpus)
        #expect(r.terms.map { $0.ko ?? "" } == ["하위 작업 트리", "이중 수준 최적화"])
        #expect(TermKnowledge.splitPrefix("subtask")! == ("sub", "task"))
        #expect(TermKnowledge.splitPrefix("bias") == nil)
    }

    @Test func aCompoundTokenNoWordRendersKeepsTheWordForItsPrefix() throws {
        // nothing links 모드 to multimodal; the span takes it for the uncovered token, and 다중, the
        // usual word for multi-, comes with it; 기존 stays out
        let corpus = [
            TermTestSupport.record("9999.00043", ["새 언어 모델(language model)을 쓴다. 작은 인코더(encoder)를 본다."]),
            TermTestSupport.record("9999.00044", ["그 언어 모델(language model)이 크다. 좋은 인코더(encoder)가 있다."]),
        ]
        let r = try TermTestSupport.extract(["우리는 기존 다중 모드 언어 모델(Multimodal Language Model)을 쓴다."], corpus: corpus)
        #expect(r.terms.map { $0.ko ?? "" } == ["다중 모드 언어 모델"])
    }

    @Test func aCoordinationOrDirectionTheEnglishHasJoinsTheSpan() throws {
        // 및 and a word ending in 과 join two conjuncts as "and" does, X에서 Y로 says X-to-Y; without
        // "and" the span stays with the conjunct the English names
        let corpus = [
            TermTestSupport.record("9999.00051", ["넓은 탐색(exploration)을 한다.", "지식 활용(exploitation)을 본다.", "특징 정렬(alignment)을 쓴다."]),
            TermTestSupport.record("9999.00052", ["깊은 탐색(exploration)을 본다.", "자원 활용(exploitation)을 쓴다.", "토큰 정렬(alignment)을 본다."]),
            TermTestSupport.record("9999.00053", ["정렬 방법은 정렬 결과를 낸다. 탐색 방법은 탐색 결과를, 활용 방법은 활용 결과를 낸다."]),
        ]
        let r = try TermTestSupport.extract([
            "모델은 탐색 및 활용(exploration and exploitation) 균형을 맞춘다.",
            "모델은 정렬과 활용(alignment and exploitation)을 함께 본다.",
            "모델은 탐색 및 활용(exploitation)을 본다.",
            "모델은 탐색에서 활용으로의 전환(exploration-to-exploitation shift)을 본다.",
            "모델은 정렬 및 활용(alignment-exploitation)을 본다.",
        ], corpus: corpus)
        #expect(r.terms.map { $0.ko ?? "" } == ["탐색 및 활용", "정렬과 활용", "활용", "탐색에서 활용으로의 전환", "정렬 및 활용"])
        #expect(TermKnowledge.Connectives("Q&A").coordinates && !TermKnowledge.Connectives("android").coordinates)
        #expect(TermKnowledge.Connectives("image-to-video").directs && !TermKnowledge.Connectives("tokenizer").directs)
    }

    @Test func aWordKnownForSomethingElseMayRenderAFreeToken() throws {
        // the corpus knows 개체 as entity; with object left over, it renders object here
        let corpus = [TermTestSupport.record("9999.00061", [
            "새 개체 인식(entity recognition)을 쓴다.", "큰 개체 연결(entity linking)을 본다.", "빠른 개체 추출(entity extraction)을 쓴다.",
            "실시간 이상 감지(anomaly detection)를 본다.", "정밀한 이상 감지(anomaly detection)를 쓴다.",
        ])]
        let r = try TermTestSupport.extract(["모델은 개체 감지(object detection)를 쓴다."], corpus: corpus)
        #expect(r.terms.first?.ko == "개체 감지")
    }

    @Test func anUnlinkedGenitiveIsNotTakenForAFreeToken() throws {
        // Non-Zero has no Korean: 단계의 (of the stage), known for stage, does not render it
        let corpus = (0..<9).map { TermTestSupport.record("9999.2\($0)", ["마지막 단계(stage)를 본다."]) }
        let r = try TermTestSupport.extract(["단계의 응답 지연(Non-Zero Response Latency)이 줄었다."], corpus: corpus)
        #expect(r.terms.first?.ko == "응답 지연")
        // a number word is no possessor where the English counts
        let counted = try TermTestSupport.extract(["단일의 응답 지연(Single-Step Response Latency)이 줄었다."], corpus: corpus)
        #expect(counted.terms.first?.ko == "단일의 응답 지연")
    }

    @Test func aPresentParticipleIsNotTakenForAFreeToken() throws {
        // 받는 (that takes) opens a relative clause; the abbreviation's letters do not make it part of the term
        let r = try TermTestSupport.extract(["모델은 각 프레임을 입력으로 받는 비전 인코더(SigLIP)를 쓴다."])
        #expect(r.terms.first?.ko == "비전 인코더")
    }

    @Test func aCounterEndsTheSpanUnlessTheEnglishCounts() throws {
        let r = try TermTestSupport.extract([
            "연구진은 세 개의 평가 그룹(evaluation groups)을 만들었다.",
            "그들은 첫 번째 평가 도구(evaluation toolkit)를 공개했다.",
            "모델은 두 개의 입력 이미지(two input images)를 받는다.",
        ])
        #expect(r.terms.map { $0.ko ?? "" } == ["평가 그룹", "평가 도구", "두 개의 입력 이미지"])
    }

    @Test func aNounWithTheCopulaIsABoundary() throws {
        // 방법인 = "which is a method": 방법 is a frequent word, so 인 is the copula
        let corpus = (0..<20).map { TermTestSupport.record("9999.1\($0)", ["이 방법 덕분에 결과가 좋다."]) }
        let k = try TermTestSupport.knowledge(corpus)
        #expect(k.isCopulaForm("방법인") && k.status("방법인") == .boundary)
        #expect(!k.isCopulaForm("파이프라인") && !k.isCopulaForm("효과적인") && !k.isCopulaForm("원인"))
    }

    @Test func anAdverbOfMannerIsABoundary() throws {
        // 없이(도) = "(even) without": the noun before it is not part of the term after it
        let r = try TermTestSupport.extract(["이 방법은 추가 학습 없이도 오탐(false positive)을 줄인다."])
        #expect(r.terms.first?.ko == "오탐")
    }

    @Test func aLongerEnglishThanTheReferenceGrowsTheSpan() throws {
        // the reference knows LLMs as 대형 언어 모델; the English says more, and so does the Korean
        let r = try TermTestSupport.extract(["이 연구는 수학적 대형 언어 모델(Mathematical Large Language Models; LLMs)을 다룬다."])
        #expect(r.terms.map { $0.ko ?? "" } == ["수학적 대형 언어 모델"])
        #expect(r.terms.map(\.match) == [.ok])
    }

    @Test func thePluralSuffixStaysWithTheTerm() throws {
        let r = try TermTestSupport.extract(["우리는 시각 전문가들(vision experts)을 모았다.", "LLM들(large language models)도 쓴다."])
        #expect(r.terms.map { $0.ko ?? "" } == ["시각 전문가들", ""])
        #expect(r.terms.last?.abbr == "LLM")
    }

    @Test func aNumberBelongsToTheLatinRun() throws {
        let r = try TermTestSupport.extract([
            "우리는 Image Parser 2 (IP2)를 소개한다.",
            "모델은 Grand Challenge 3 (XGC-3) 대회에서 우승했다.",
        ])
        #expect(r.terms.map { [$0.en ?? "", $0.abbr ?? ""] } == [["Image Parser 2", "IP2"]])
    }

    @Test func aNameRepeatedInsideIsNotAGloss() throws {
        let r = try TermTestSupport.extract(["이 논문은 벤치마크 BLINKO(BLINKO)를 소개한다."])
        #expect(r.terms.isEmpty)
    }

    @Test func capitalisedHyphenatedWordIsNotAName() {
        #expect(!TermExtractor.nameLike("Over-smoothing"))
        #expect(!TermExtractor.nameLike("Training-free"))
        #expect(TermExtractor.nameLike("Q-Align"))
        #expect(TermExtractor.nameLike("Video-VAE"))
    }

    @Test func exampleSentence() {
        let sc = Array("- 첫 문장입니다. 둘째 문장은 모델(model)을 쓴다. 셋째 1.5 버전.\n다음 줄".unicodeScalars)
        let start = Array("- 첫 문장입니다. 둘째 문장은 ".unicodeScalars).count
        let s = GlossaryBuilder.sentence(sc, start, start + 9)
        #expect(s == "둘째 문장은 모델(model)을 쓴다.")
        let third = Array("- 첫 문장입니다. 둘째 문장은 모델(model)을 쓴다. 셋째 ".unicodeScalars).count
        #expect(GlossaryBuilder.sentence(sc, third, third + 3) == "셋째 1.5 버전.")
        #expect(GlossaryBuilder.sentence(sc, 2, 4) == "첫 문장입니다.")
    }

    @Test func exampleOfARunOnLineIsCut() {
        let reach = GlossaryBuilder.exampleReach
        let run = String(repeating: "말 ", count: reach)
        let sc = Array((run + "모델(model) " + run + "끝.").unicodeScalars)
        let start = Array(run.unicodeScalars).count
        let s = GlossaryBuilder.sentence(sc, start, start + 9)
        #expect(s.hasPrefix("…") && s.hasSuffix("…") && s.contains("모델(model)"))
        #expect(s.unicodeScalars.count <= 2 * reach + 9 + 2)
    }
}
