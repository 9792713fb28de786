/// The summary's Latin words as `OffTopicAnalysis.stem` gives them (lower-cased, plural stripped),
/// kept in one byte buffer: a title has a handful of words to look up, so no set is built.
struct SummaryStems {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []

    init(_ v: [UInt32]) {
        var i = 0
        while i < v.count {
            guard LintText.isASCIILetter(v[i]) else { i += 1; continue }
            var j = i
            while j < v.count && LintText.isASCIILetter(v[j]) { j += 1 }
            let start = bytes.count
            for k in i..<j { bytes.append(UInt8(LintText.isASCIIUpper(v[k]) ? v[k] + 32 : v[k])) }
            if j - i > 4 {
                let a = bytes[bytes.count - 3], b = bytes[bytes.count - 2], c = bytes[bytes.count - 1]
                if !(b == 0x73 && c == 0x73) && !(b == 0x75 && c == 0x73) {
                    if a == 0x69 && b == 0x65 && c == 0x73 {
                        bytes.removeLast(3)
                        bytes.append(0x79)
                    } else if b == 0x65 && c == 0x73 {
                        bytes.removeLast(2)
                    } else if c == 0x73 {
                        bytes.removeLast()
                    }
                }
            }
            ranges.append(start..<bytes.count)
            i = j
        }
    }

    /// Some summary stem equals `stem`.
    func contains(_ stem: [UInt8]) -> Bool {
        ranges.contains { $0.count == stem.count && bytes[$0].elementsEqual(stem) }
    }

    /// Some summary stem of five letters or more shares the first five letters of `stem`.
    func containsPrefix5(of stem: [UInt8]) -> Bool {
        ranges.contains { $0.count >= 5 && bytes[$0.lowerBound..<($0.lowerBound + 5)].elementsEqual(stem.prefix(5)) }
    }
}
