import Foundation
import Testing
@testable import KoDigest

@Suite("GlossaryDiff")
struct GlossaryDiffTests {
    static func concepts(_ list: [[String: Any]]) throws -> [RunConcept] {
        let data = try JSONSerialization.data(withJSONObject: ["concepts": list])
        let json = try JSONValue.parse(Array(data))
        return try (json["concepts"]?.arrayValue ?? []).map { try RunConcept(json: $0) }
    }

    @Test("concepts added and removed, preferred rendering and count changes")
    func changes() throws {
        let old = try Self.concepts([
            DiffFixtures.concept("mixture of experts", "Mixture of Experts", preferred: "전문가 혼합", count: 3),
            DiffFixtures.concept("reward model", "Reward Model", preferred: "보상모델", count: 5),
            DiffFixtures.concept("tokenizer", "Tokenizer", preferred: "토크나이저", count: 2),
        ])
        let new = try Self.concepts([
            DiffFixtures.concept("mixture of experts", "Mixture of Experts", preferred: "전문가 혼합", count: 10),
            DiffFixtures.concept("reward model", "Reward Model", preferred: "보상 모델", count: 6,
                                 variants: ["보상 모델": 4, "보상모델": 2]),
            DiffFixtures.concept("cross-encoder", "cross-encoder", preferred: "교차 인코더", count: 1),
        ])
        let diff = GlossaryDiff(old: old, new: new)
        #expect(diff.added.map(\.key) == ["cross-encoder"])
        #expect(diff.removed.map(\.key) == ["tokenizer"])
        #expect(diff.changed.map(\.key) == ["mixture of experts", "reward model"])
        let reward = try #require(diff.preferredChanges.first)
        #expect(reward.oldPreferred == "보상모델" && reward.newPreferred == "보상 모델")
        #expect(reward.variantsAdded == ["보상 모델"])
        #expect(reward.fields.contains("preferred") && reward.fields.contains("variants"))
        #expect(diff.biggestCountChanges().map(\.key) == ["mixture of experts", "reward model"])
        #expect(diff.biggestCountChanges(limit: 1).map(\.countDelta) == [7])
    }

    @Test("identical glossaries give no changes")
    func identical() throws {
        let list = try Self.concepts(DiffFixtures.glossary)
        let diff = GlossaryDiff(old: list, new: list)
        #expect(diff.isEmpty)
        #expect(diff.unchanged == 2)
    }
}
