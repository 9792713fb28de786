import Testing
@testable import KoDigest

@Suite struct AbbreviationTests {
    @Test func schwartzHearst() {
        #expect(Abbreviation.matches(short: "LLMs", long: "Large Language Models"))
        #expect(Abbreviation.matches(short: "CNN", long: "ConvNet"))
        #expect(!Abbreviation.matches(short: "ROPE", long: "Relative Positional Encoding"))
        #expect(!Abbreviation.matches(short: "SSS", long: "Surface Scattering"))
        #expect(!Abbreviation.matches(short: "PBR", long: "Material Parameters"))
    }

    @Test func longFormPrefersWordInitials() {
        let run = ["REINFORCE++는", "Proximal", "Policy", "Optimization"].suffix(3).map { $0 }
        #expect(Abbreviation.longForm(run: run, short: "PPO") == ["Proximal", "Policy", "Optimization"])
        #expect(Abbreviation.longForm(run: ["Mean", "Opinion", "Score"], short: "MOS") == ["Mean", "Opinion", "Score"])
    }

    @Test func tokens() {
        for t in ["LLMs", "T2V", "ReRoPE", "3D", "sLLM", "DocVQA", "CoT", "LoRA", "MinT"] { #expect(Abbreviation.isToken(t), "\(t)") }
        for t in ["Transformer", "depth", "W", "Top-50", "Q-Align"] { #expect(!Abbreviation.isToken(t), "\(t)") }
    }

    @Test func englishKeys() {
        #expect(EnglishTokens.key("Large Language Models") == "large language model")
        #expect(EnglishTokens.koOrder("Reinforcement Learning from Human Feedback") == ["human", "feedback", "reinforcement", "learning"])
        #expect(EnglishTokens.tokens("speechQA") == ["speech", "qa"])
        #expect(EnglishTokens.key("Fréchet Inception Distance") == "frechet inception distance")
        #expect(EnglishTokens.abbrKey("LLMs") == "llm")
    }
}
