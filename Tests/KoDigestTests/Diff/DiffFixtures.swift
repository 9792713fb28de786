import Foundation
import KoDigest

/// Builds run directories in a temporary folder for the diff tests: from digests (through the
/// real parser and record writer) or from hand-made records, findings and glossaries.
struct DiffFixtures {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "kodigest-diff-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// A new empty folder under the root.
    func folder(_ name: String) throws -> String {
        let path = root + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A run directory as `kodigest run` would write it: the digests parsed and routed, their
    /// records and findings, a fixed glossary and a manifest whose timings differ on every call.
    @discardableResult
    func run(
        _ name: String, digests: [(file: String, bytes: [UInt8])], findings: [RunFinding] = [],
        glossary: [[String: Any]] = DiffFixtures.glossary, toolVersion: String = "0.1.0"
    ) throws -> String {
        let dir = try folder(name)
        var records = "", quarantine = ""
        var inputs: [[String: Any]] = []
        for (file, bytes) in digests {
            let inputPath = root + "/" + name + "-inputs/" + file
            try FileManager.default.createDirectory(
                atPath: (inputPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try write(bytes, to: inputPath)
            inputs.append(["path": inputPath, "bytes": bytes.count, "sha256": SHA256.hex(bytes)])
            let parsed = DigestParser().parse(bytes: bytes, file: inputPath)
            for r in parsed.records {
                switch Router().route(r) {
                case .keep: records += String(decoding: RecordJSON.encode(r), as: UTF8.self) + "\n"
                case .quarantine(let reasons):
                    quarantine += String(decoding: RecordJSON.encode(r, reasons: reasons), as: UTF8.self) + "\n"
                }
            }
            for rejected in parsed.rejected {
                quarantine += String(decoding: RecordJSON.encode(rejected.record, reasons: rejected.reasons), as: UTF8.self) + "\n"
            }
        }
        try write(records, to: dir + "/records.jsonl")
        try write(quarantine, to: dir + "/quarantine.jsonl")
        try writeFindings(findings, to: dir)
        try writeJSON(["concepts": glossary], to: dir + "/glossary.json")
        try writeJSON([
            "tool": ["name": "kodigest", "version": toolVersion],
            "pipeline": ["name": "default", "path": dir + "/pipeline.yml", "sha256": "ab12"],
            "inputs": inputs,
            "counts": ["records": records.split(separator: "\n").count],
            "timings": ["total_ms": Int.random(in: 1...100_000)],
        ], to: dir + "/manifest.json")
        return dir
    }

    /// A run directory from hand-made records (clean and quarantined).
    @discardableResult
    func run(
        _ name: String, records: [Record], quarantine: [(Record, [String])] = [], findings: [RunFinding]? = nil,
        glossary: [[String: Any]]? = DiffFixtures.glossary
    ) throws -> String {
        let dir = try folder(name)
        try write(records.map { String(decoding: RecordJSON.encode($0), as: UTF8.self) + "\n" }.joined(), to: dir + "/records.jsonl")
        try write(
            quarantine.map { String(decoding: RecordJSON.encode($0.0, reasons: $0.1), as: UTF8.self) + "\n" }.joined(),
            to: dir + "/quarantine.jsonl")
        if let findings { try writeFindings(findings, to: dir) }
        if let glossary { try writeJSON(["concepts": glossary], to: dir + "/glossary.json") }
        return dir
    }

    func writeFindings(_ findings: [RunFinding], to dir: String) throws {
        let list: [[String: Any]] = findings.map { f in
            var o: [String: Any] = ["rule": f.rule, "severity": f.severity, "message": f.message, "fingerprint": f.fingerprint]
            if let r = f.record { o["record"] = r }
            if let file = f.file { o["file"] = file }
            if let line = f.line { o["line"] = line }
            if let column = f.column { o["column"] = column }
            return o
        }
        try writeJSON(["tool": ["name": "kodigest", "version": "0.1.0"], "findings": list], to: dir + "/findings.json")
    }

    func writeJSON(_ object: Any, to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }

    // MARK: Content

    static var glossary: [[String: Any]] { [
        concept("mixture of experts", "Mixture of Experts", preferred: "전문가 혼합", count: 3),
        concept("reward model", "Reward Model", preferred: "보상 모델", count: 5),
    ] }

    static func concept(_ key: String, _ en: String, preferred: String, count: Int, variants: [String: Int]? = nil) -> [String: Any] {
        let v = (variants ?? [preferred: count]).sorted { $0.key < $1.key }.map { ["ko": $0.key, "count": $0.value] as [String: Any] }
        return ["key": key, "en": en, "abbr": [String](), "preferred": preferred, "variants": v, "count": count,
                "records": count, "conflict": false, "reference": NSNull(), "departs": false]
    }

    /// A record with one labelled section per text.
    static func record(_ id: String, _ title: String, _ texts: [String], votes: Int? = 3, file: String = "digest.md") -> Record {
        let labels = ["What's New", "Technical Details", "Performance Highlights"]
        let sections = texts.enumerated().map { Section(label: labels[$0.offset % labels.count], text: $0.element) }
        return Record(
            id: id, date: "2024-09-02", title: title, url: id.isEmpty ? "" : "https://arxiv.org/abs/\(id)",
            thumbnail: nil, votes: votes, authors: ["Hana Seo", "Minjun Park"], sections: sections,
            source: Source(file: file, line: 3, encoding: "UTF-8", sha256: "00ff"))
    }

    static func finding(_ rule: String, _ severity: String, record: String, fingerprint: String, line: Int = 5) -> RunFinding {
        RunFinding(rule: rule, severity: severity, message: "\(rule) in \(record)", record: record, file: "digest.md",
                   line: line, column: 3, fingerprint: fingerprint)
    }

    static let header = "## Daily Papers (2024-09-02)\n\n"

    static func digestRecord(_ n: Int, _ title: String, _ new: String, _ details: String, _ results: String) -> String {
        """
        ### [\(title)](https://arxiv.org/abs/2409.0010\(n))

        ![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2409.0010\(n).png)

        Vote: \(n * 4)

        Authors: Hana Seo, Minjun Park

        - **What's New**: \(new)
        - **Technical Details**: \(details)
        - **Performance Highlights**: \(results)


        """
    }

    static let routing = digestRecord(
        1, "Sparse Routing for Small Language Models",
        "작은 언어 모델에서도 전문가 혼합(Mixture of Experts) 구조가 효과적임을 보였습니다.",
        "토큰마다 두 명의 전문가만 고르는 라우터를 학습하고, 부하 균형 손실을 함께 사용했습니다.",
        "같은 연산량에서 평균 정확도가 2.1%p 올랐습니다.")
    static let turnTaking = digestRecord(
        2, "Listening Before Speaking: Turn-Taking for Spoken Agents",
        "음성 대화 에이전트가 상대의 말이 끝나는 시점을 미리 예측하도록 했습니다.",
        "억양과 침묵 길이를 함께 보는 작은 분류기를 음성 인코더 위에 얹었습니다.",
        "응답 지연이 평균 300밀리초 줄었습니다.")
    static let tables = digestRecord(
        3, "Cheap Labels: Weak Supervision for Table Question Answering",
        "표 질의응답을 위한 학습 데이터를 규칙 몇 개로 값싸게 만드는 방법을 제안합니다.",
        "열 이름과 셀 값의 형식을 보고 약한 레이블을 붙인 뒤, 레이블 모델로 잡음을 걸러냅니다.",
        "사람이 단 레이블의 10%만으로 전체 지도 학습 성능의 92%에 도달했습니다.")
    static let glaciers = digestRecord(
        4, "Melting Maps: Forecasting Glacier Retreat from Satellite Images",
        "위성 사진의 시계열로 빙하가 물러나는 속도를 예측하는 모델을 소개합니다.",
        "계절에 따른 눈 덮임을 따로 모델링해 실제 빙하 경계만 추적합니다.",
        "다섯 개 산맥에서 기존 방법보다 오차가 18% 작았습니다.")

    /// The three-record digest the tests start from.
    static let digest = header + routing + turnTaking + tables

    /// `#filePath` → the repository root.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
