import Foundation
import Testing
@testable import KoDigest

/// The acceptance measure of the issue: precision and recall of the extracted terms on the
/// seed days' gold rows (the same computation as `shared/gold/score_terms.py`), with the
/// corpus-wide evidence taken from the whole corpus. Skips when `shared/` is absent.
@Suite struct SeedTermsTests {
    struct Key: Hashable { var id: String; var ko: String; var latin: [String] }

    static func norm(_ s: String, latin: Bool) -> String {
        let n = latin ? s.precomposedStringWithCompatibilityMapping : ICU.nfc(s)
        let collapsed = n.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return latin ? collapsed.lowercased() : collapsed
    }

    static func key(_ id: String, _ kind: String, _ ko: String, _ en: String, _ abbr: String) -> Key {
        let latin = [en, abbr].map { norm($0, latin: true) }.filter { !$0.isEmpty }.sorted()
        return Key(id: id, ko: kind == "en-en" ? "" : norm(ko, latin: false), latin: latin)
    }

    @Test func seedDaysPrecisionAndRecall() throws {
        guard let shared = TermTestSupport.shared else { return }
        let goldPath = shared + "/gold/seed-terms.tsv"
        guard let goldText = try? String(contentsOfFile: goldPath, encoding: .utf8) else { return }
        var gold: [Key: Int] = [:]
        var ids = Set<String>()
        let kinds: Set<String> = ["ko-en", "ko-abbr", "en-ko", "abbr-ko-en", "en-en"]
        for line in goldText.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7 else { continue }
            ids.insert(f[0])
            if kinds.contains(f[3]) { gold[SeedTermsTests.key(f[0], f[3], f[4], f[5], f[6]), default: 0] += 1 }
        }
        let resources = try TermResources.load(glossaryDirectory: TermTestSupport.glossaryDirectory)
        let inputs = InputSet(arguments: [shared + "/corpus/daily_papers_ko"])
        var evidence = TermEvidence()
        FilePass(inputs: inputs, jobs: Machine.cores).run { file in
            for r in file.records { evidence.observe(r) }
            for r in file.rejected { evidence.observe(r.record) }
        }
        let knowledge = TermKnowledge(resources: resources, evidence: evidence)
        let seeds = InputSet(arguments: ["2024/08/23.md", "2024/12/09.md", "2025/01/08.md"].map { shared + "/corpus/daily_papers_ko/" + $0 })
        var pred: [Key: Int] = [:]
        FilePass(inputs: seeds, jobs: Machine.cores, stages: [TermExtractor(knowledge: knowledge)]).run { file in
            for r in file.records + file.rejected.map(\.record) where ids.contains(r.id) {
                for t in r.terms {
                    pred[SeedTermsTests.key(r.id, t.kind.rawValue, t.ko ?? "", t.en ?? "", t.abbr ?? ""), default: 0] += 1
                }
            }
        }
        var tp = 0
        for (k, n) in pred { tp += min(n, gold[k] ?? 0) }
        let nPred = pred.values.reduce(0, +), nGold = gold.values.reduce(0, +)
        let p = Double(tp) / Double(max(1, nPred)), r = Double(tp) / Double(max(1, nGold))
        #expect(nGold > 100)
        #expect(p >= 0.95, "precision \(p)")
        #expect(r >= 0.95, "recall \(r)")
    }
}
