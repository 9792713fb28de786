import Testing
@testable import KoDigest

@Suite("FindingsDiff")
struct FindingsDiffTests {
    typealias F = DiffFixtures

    @Test("new and resolved findings are matched by fingerprint; moving is not a change")
    func newAndResolved() {
        let old = [F.finding("off-topic", "error", record: "2409.00101", fingerprint: "f1"),
                   F.finding("leaked-syntax", "warning", record: "2409.00102", fingerprint: "f2")]
        let new = [F.finding("off-topic", "error", record: "2409.00101", fingerprint: "f1", line: 40),
                   F.finding("truncated", "warning", record: "2409.00103", fingerprint: "f3")]
        let diff = FindingsDiff(old: old, new: new)
        #expect(diff.new.map(\.fingerprint) == ["f3"])
        #expect(diff.resolved.map(\.fingerprint) == ["f2"])
        #expect(diff.moved == 1)
        #expect(diff.unchanged == 1)
        #expect(diff.newErrors.isEmpty)
        #expect(diff.byRule.map(\.rule) == ["leaked-syntax", "truncated"])
    }

    @Test("new error findings, and warnings that became errors, are new errors")
    func newErrors() {
        let old = [F.finding("truncated", "warning", record: "2409.00101", fingerprint: "f1")]
        let new = [F.finding("truncated", "error", record: "2409.00101", fingerprint: "f1"),
                   F.finding("off-topic", "error", record: "2409.00102", fingerprint: "f2")]
        let diff = FindingsDiff(old: old, new: new)
        #expect(diff.severityChanged.count == 1)
        #expect(diff.newErrors.map(\.fingerprint) == ["f2", "f1"])
    }

    @Test("a repeated fingerprint counts each time")
    func repeats() {
        let one = F.finding("duplicate", "warning", record: "2409.00101", fingerprint: "d")
        let diff = FindingsDiff(old: [one], new: [one, one])
        #expect(diff.new.count == 1)
        #expect(diff.resolved.isEmpty)
    }
}
