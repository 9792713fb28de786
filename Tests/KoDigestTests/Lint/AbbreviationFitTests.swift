import Testing
@testable import KoDigest

/// Own abbreviations and expansions: which pairs are a clear clash and which are notation, coinage or a cut span.
@Suite struct AbbreviationFitTests {
    @Test(arguments: [
        ("ROPE", "Relative Positional Encoding"),        // an O that nothing explains
        ("LMM", "Large Language Models"),                // one M short
        ("OOD", "Named Entity Recognition"),             // nothing in common
        ("PBR", "Material Parameters"),
        ("SCR", "Sparse Token Routing"),                 // a C for Token
    ])
    func clash(_ pair: (String, String)) { #expect(AbbreviationFit.clash(pair.0, pair.1)) }

    @Test(arguments: [
        ("T2M", "Text-to-Motion"),                       // 2 = to
        ("S2S", "Speech to Speech"),
        ("ML4H", "Machine Learning for Health"),         // 4 = for
        ("G3R", "Graph Retrieval Reranker"),             // a digit repeats the letter
        ("R2D2", "Recurrent Replay Distributed DQN"),
        ("K2", "Knowledge Kernel"),                      // one letter says too little
        ("TOK-2B", "Token Optimized Kernel"),            // a size part
        ("4DGS", "Gaussian Splatting"),                  // a dimension part
        ("MoViT", "Motion Vision Transformer"),          // mixed case: capitals only
        ("DeFT", "Decoding with Flash Tree-attention"),
        ("XMoE", "Cross-domain Mixture of Experts"),     // X = cross
        ("FaSTer", "FAst Sampling TEchnique Revisited"), // capitals inside words
        ("LTR", "Learning to Rank"),                     // a letter from a function word
        ("PAIRS", "Preference Alignment Ranking Score"), // cut: the span lost a word at the end
        ("GRAPE", "Aligned Prompt Editing"),             // cut: the span lost a word at the start
        ("MLVMs", "Multimodal Large Vision Models"),     // the same initials in another order
        ("Q-BLEU", "BLEU Score"),                        // names a part outright
        ("SEG/DET", "Detection Transformer"),            // one of the forms fits
        ("RAGE", "and Generation"),                      // the span starts with a function word
    ])
    func noClash(_ pair: (String, String)) { #expect(!AbbreviationFit.clash(pair.0, pair.1)) }
}

@Suite struct GlossMismatchTermTests {
    let rule = GlossMismatchRule()

    func record(_ text: String, ko: String?, en: String, abbr: String, kind: TermKind) -> Record {
        var r = LintTestSupport.labelled(text)
        r.terms = [Term(ko: ko, en: en, abbr: abbr, kind: kind, section: 0, start: 0, end: text.unicodeScalars.count, match: .mismatch)]
        return r
    }

    @Test func digitNotationIsNotAMismatch() {
        // the letters of S3FT fail (3 counts the S words); read as notation they fit, and with no
        // Korean side nothing is left
        let r = record("Selective Self-to-Supervised Fine-Tuning (S3FT) 모델을 쓴다.", ko: nil,
                       en: "Selective Self-to-Supervised Fine-Tuning", abbr: "S3FT", kind: .enEn)
        #expect(GlossMismatchRule.lettersFailed(r.terms[0]))
        #expect(LintTestSupport.hits(rule, r).isEmpty)
        // a 2 read as "to" fits the letters already
        let t2m = record("Text-to-Motion (T2M) 모델을 쓴다.", ko: nil, en: "Text-to-Motion", abbr: "T2M", kind: .enEn)
        #expect(!GlossMismatchRule.lettersFailed(t2m.terms[0]))
    }

    @Test func clearClashIsReported() {
        let r = record("Relative Positional Encoding (ROPE)을 쓴다.", ko: nil, en: "Relative Positional Encoding", abbr: "ROPE", kind: .enEn)
        #expect(LintTestSupport.hits(rule, r).map(\.message) == ["abbreviation 'ROPE' does not fit its expansion 'Relative Positional Encoding'"])
        let listed = record("선호 최적화(Direct Policy Optimization, DPO)를 쓴다.", ko: "선호 최적화", en: "Direct Policy Optimization", abbr: "DPO", kind: .koEn)
        #expect(LintTestSupport.hits(rule, listed).count == 1, "letters fit, the terms stage's verdict stands")
    }

    @Test func neverCheckedAbbreviation() {
        let r = record("SOTA(Token Merging) 모델", ko: nil, en: "Token Merging", abbr: "SOTA", kind: .enEn)
        #expect(LintTestSupport.hits(rule, r).isEmpty)
    }
}
