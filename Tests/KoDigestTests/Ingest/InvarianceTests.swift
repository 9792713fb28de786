import Foundation
import Testing
@testable import KoDigest

/// Re-encoded or disturbed copies of a digest give the same records; only `source` may differ.
struct InvarianceTests {
    /// The records of `bytes` as JSON lines with `source` blanked out.
    static func content(_ bytes: [UInt8], file: String) -> [String] {
        let parsed = DigestParser().parse(bytes: bytes, file: file)
        let blank = Source(file: "", line: 0, encoding: "", sha256: "")
        return (parsed.records + parsed.rejected.map(\.record)).map { record in
            var r = record
            r.source = blank
            return String(decoding: RecordJSON.encode(r), as: UTF8.self)
        }
    }

    @Test(arguments: Perturbation.allCases)
    func corpusIsInvariant(under perturbation: Perturbation) throws {
        guard TestPaths.hasCorpus else { return }
        let files = InputSet(arguments: [TestPaths.corpus]).items.map(\.path)
        #expect(files.count == 357)
        let mismatches = Mutex([String]())
        let skipped = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let file = files[i]
            guard let original = FileIO.read(file), var text = String(validating: original, as: UTF8.self) else { return }
            var bytes = original
            if perturbation == .cp949 {
                // Characters outside CP949 (é, Ł, emoji…) cannot survive that encoding, so the
                // reference is the text as CP949 can hold it.
                guard let held = ICU.encode(text, charset: "windows-949").flatMap({ ICU.decode($0, charset: "windows-949")?.text }) else {
                    skipped.withLock { $0 += 1 }
                    return
                }
                text = held
                bytes = Array(held.utf8)
            }
            if InvarianceTests.content(perturbation.apply(text), file: file) != InvarianceTests.content(bytes, file: file) {
                mismatches.withLock { $0.append(file) }
            }
        }
        let failed = mismatches.withLock { $0 }
        #expect(failed.isEmpty, "\(perturbation): \(failed.count) files differ, e.g. \(failed.sorted().prefix(3).joined(separator: ", "))")
        #expect(skipped.withLock { $0 } == 0)
    }

    @Test func detectsTheEncoding() {
        let text = "## Daily Papers (2025-01-06)\n\n### [A](https://arxiv.org/abs/2501.00001)\n\n- 한국어 요약입니다.\n"
        let cases: [(Perturbation, String)] = [(.utf8BOM, "UTF-8-BOM"), (.utf16LE, "UTF-16LE"), (.utf16BE, "UTF-16BE"), (.cp949, "EUC-KR"), (.nfd, "UTF-8")]
        for (perturbation, encoding) in cases {
            let parsed = DigestParser().parse(bytes: perturbation.apply(text), file: "x.md")
            #expect(parsed.records.first?.source.encoding == encoding, "\(perturbation)")
            #expect(parsed.records.first?.sections.first?.text == "한국어 요약입니다.")
        }
    }
}
