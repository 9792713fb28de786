import Foundation
import Testing
@testable import KoDigest

@Suite struct CorpusRunnerTests {
    /// Files of the given sizes in a fresh folder, in name order.
    static func inputs(sizes: [Int]) throws -> InputSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kodigest-shares-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (i, size) in sizes.enumerated() {
            try Data(repeating: 0x41, count: size).write(to: folder.appendingPathComponent(String(format: "%03d.md", i)))
        }
        return InputSet(arguments: [folder.path])
    }

    @Test func sharesAreConsecutiveAndEvenInBytes() throws {
        let inputs = try Self.inputs(sizes: [100, 100, 100, 100, 400, 100, 100])
        let shares = CorpusRunner<CorpusEvidence, GlossaryBuilder>.shares(inputs, count: 2)
        // 1,000 bytes: the first share closes at 500 (files 0–4), the rest takes the other two
        #expect(shares == [0..<5, 5..<7])
        #expect(CorpusRunner<CorpusEvidence, GlossaryBuilder>.shares(inputs, count: 1) == [0..<7])
    }

    @Test func sharesKeepAFileForEveryShare() throws {
        let inputs = try Self.inputs(sizes: [1000, 1, 1])
        let shares = CorpusRunner<CorpusEvidence, GlossaryBuilder>.shares(inputs, count: 3)
        #expect(shares == [0..<1, 1..<2, 2..<3])
        #expect(CorpusRunner<CorpusEvidence, GlossaryBuilder>.shares(try Self.inputs(sizes: [5, 5]), count: 4).count == 2)
        #expect(CorpusRunner<CorpusEvidence, GlossaryBuilder>.shares(try Self.inputs(sizes: []), count: 2).isEmpty)
    }
}
