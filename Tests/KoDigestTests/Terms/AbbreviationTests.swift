import Testing
@testable import KoDigest

@Suite struct AbbreviationTests {
    @Test func schwartzHearst() {
        #expect(Abbreviation.matches(short: "LLMs", long: "Large Language Models"))
        #expect(Abbreviation.matches(short: "CNN", long: "ConvNet"))
        #expect(!Abbreviation.matches(short: "ROPE", long: "Relative Positional Encoding"))
        #expect(!Abbreviation.matches(short: "SSS", long: "Surface Scattering"))
        #expect(!Abbreviation.matches(short: "PBR", long: "Material Parameters"))
        // a 2 or 4 may be the word it sounds like, but only that whole word
        #expect(Abbreviation.matches(short: "T2I", long: "Text-to-Image"))
        #expect(Abbreviation.matches(short: "ML4SE", long: "Machine Learning for Software Engineering"))
        #expect(!Abbreviation.matches(short: "G2PT", long: "Generative Pre-trained Transformer"))
    }

    @Test func conflictsNeedEvidence() {
        for (a, l) in [("ROPE", "Relative Positional Encoding"), ("SSS", "Surface Scattering"), ("PBR", "Material Parameters"),
                       ("LMM", "Large Language Models"), ("CoT", "Chain of Code")] {
            #expect(Abbreviation.conflicts(short: a, long: l), "\(a) \(l)")
        }
        for (a, l) in [("T2I", "Text-to-Image"), ("S3FT", "Selective Self-to-Supervised Fine-Tuning"), ("AI4SE", "AI for Software Engineering"),
                       ("FoX", "Forgetting Transformer"), ("DRAG", "Response Aggregation Decoding"), ("V-JEPA", "Joint Embedding Predictive Architecture"),
                       ("LLMs", "Large Language Models"), ("GAEA", "Geolocation Aware Conversational"),
                       // the words in another order
                       ("IPEX", "Intel Extension for PyTorch"), ("SliCK", "Sampling-based Knowledge Categorization")] {
            #expect(!Abbreviation.conflicts(short: a, long: l), "\(a) \(l)")
        }
    }

    @Test func anExpansionMayLackTheFirstWord() {
        for (a, l) in [("LSR", "Super-Resolution"), ("MLLMs", "Large Language Models"), ("V-JEPA", "Joint Embedding Predictive Architecture")] {
            #expect(Abbreviation.dropsFirstWord(short: a, long: l), "\(a) \(l)")
        }
        // a compound's second half (Auto|encoder, Multi|modal) is no missing word
        for (a, l) in [("SAE", "Sparse Autoencoder"), ("MMU", "Multimodal Understanding"), ("ViT", "Vision Transformer"),
                       ("DRAG", "Response Aggregation Decoding")] {
            #expect(!Abbreviation.dropsFirstWord(short: a, long: l), "\(a) \(l)")
        }
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
        // a hyphenated word reorders within itself; an idiom with an article keeps its order
        #expect(EnglishTokens.koOrder("Implicit Chain-of-Thought") == ["implicit", "thought", "chain"])
        #expect(EnglishTokens.koOrder("time-of-flight") == ["flight", "time"])
        #expect(EnglishTokens.koOrder("state-of-the-art") == ["state", "art"])
        #expect(EnglishTokens.tokens("speechQA") == ["speech", "qa"])
        #expect(EnglishTokens.key("Fréchet Inception Distance") == "frechet inception distance")
        #expect(EnglishTokens.abbrKey("LLMs") == "llm")
        #expect(EnglishTokens.key("3D Inductive Bias") == "3d inductive bias")
        #expect(EnglishTokens.key("3D Smooth Convexes") == "3d smooth convex")
        #expect(EnglishTokens.key("image patches") == "image patch")
        #expect(EnglishTokens.key("KV caches") == "kv cache")
    }
}
