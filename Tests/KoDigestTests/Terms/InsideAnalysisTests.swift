import Testing
@testable import KoDigest

@Suite struct InsideAnalysisTests {
    @Test(arguments: [
        ("Vaswani et al. 2017", "citation/year"), ("Touvron et al. 2023; Sun et al. 2024", "citation/year"),
        ("예: 안전성, 감정 등", "example/aside marker"), ("0.23초", ""), ("24GB", "number/unit"), ("2023", "no letters"), ("(1)", "no letters"),
        ("W", "enumerator/notation"), ("iii", "enumerator/notation"), ("x,y", "formula/tuple"), ("s,r,o,sd,od", "list"),
        ("DPO, KTO, IPO", "list"), ("semantic consistency, motion smoothness, video fidelity", "list"),
        ("Creative Commons BY 4.0, MIT 등", "list with 등/etc"), ("11.68 tokens/s", "number/unit"),
        ("Park et. al [12]", "citation/year"), ("v1.0", "number/unit"), ("V2", "number/unit"), ("2Kx2K", "number/unit"),
        ("512x512", "number/unit"), ("x1500", "number/unit"), ("15-600 FPS", "number/unit"), ("7B variants", "number/unit"), ("210K images", "number/unit"),
    ])
    func notGlosses(raw: String, reason: String) {
        let a = InsideAnalysis(raw: raw)
        if reason.isEmpty {
            #expect(a.hasKorean)   // Korean-only: decided later (Korean on both sides)
        } else {
            #expect(a.reason == reason)
        }
    }

    @Test func englishAndAbbreviation() {
        let a = InsideAnalysis(raw: "Large Language Models; LLMs")
        #expect(a.en == "Large Language Models" && a.abbr == "LLMs" && a.ko.isEmpty && a.isCandidate)
        let b = InsideAnalysis(raw: "Game of Pure Strategy, GOPS")
        #expect(b.en == "Game of Pure Strategy" && b.abbr == "GOPS")
        let c = InsideAnalysis(raw: "행동 단위; Action Unit")
        #expect(c.ko == "행동 단위" && c.en == "Action Unit")
        let d = InsideAnalysis(raw: "Proprietary LLMs; P. LLMs")
        #expect(d.en == "Proprietary LLMs" && d.abbr == "P. LLMs")
        #expect(InsideAnalysis(raw: "3D GS").abbr == "3D GS")
        // a version or size needs its digits: these are abbreviations
        #expect(InsideAnalysis(raw: "V2V").isCandidate && InsideAnalysis(raw: "T2I").isCandidate)
        #expect(InsideAnalysis(raw: "depth").en == "depth")
        // 이하 (hereafter) before the abbreviation the text goes on to use; before anything else an aside
        #expect(InsideAnalysis(raw: "이하 RL").abbr == "RL")
        let e = InsideAnalysis(raw: "Vision-Language Model, 이하 LVLM")
        #expect(e.en == "Vision-Language Model" && e.abbr == "LVLM")
        #expect(InsideAnalysis(raw: "이하 생략").reason == "example/aside marker")
        // a term with the paper that introduced it; a citation alone is no gloss
        let f = InsideAnalysis(raw: "Self-Critique, Kim et al., 2023")
        #expect(f.en == "Self-Critique" && f.isCandidate)
        #expect(InsideAnalysis(raw: "DeepSeek-AI, 2024").reason == "citation/year")
        #expect(InsideAnalysis(raw: "Kim et al., 2023; Park et al., 2024").reason == "citation/year")
        // English set in capitals is English; capitals of four letters or fewer stay an abbreviation
        let g = InsideAnalysis(raw: "VIDEO SKETCH")
        #expect(g.en == "VIDEO SKETCH" && g.abbr.isEmpty)
        #expect(InsideAnalysis(raw: "COOL RLHF").abbr == "COOL RLHF")
        #expect(InsideAnalysis(raw: "이하 InternLM-Math").reason == "example/aside marker")
    }
}
