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
        // The shipped pipeline, terms only: evidence from the whole corpus, terms read off the seed days.
        let resources = try PipelineResources.load(glossaryDirectory: TermTestSupport.glossaryDirectory)
        var spec = PipelineSpec.standard
        spec.stages = [.normalize, .terms]
        spec.quarantineAt = nil
        let run = PipelineRun(spec: spec, resources: resources, inputs: InputSet(arguments: [shared + "/corpus/daily_papers_ko"]))
        let path = NSTemporaryDirectory() + "kodigest-seed-terms-\(getpid()).jsonl"
        defer { unlink(path) }
        _ = try run.run(records: try StreamingFile(path: path), quarantine: nil)
        var pred: [Key: Int] = [:]
        let lines = (try String(contentsOfFile: path, encoding: .utf8)).split(separator: "\n")
        for line in lines {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = record["id"] as? String, ids.contains(id) else { continue }
            for t in record["terms"] as? [[String: Any]] ?? [] {
                let text = { (k: String) in t[k] as? String ?? "" }
                pred[SeedTermsTests.key(id, text("kind"), text("ko"), text("en"), text("abbr")), default: 0] += 1
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
