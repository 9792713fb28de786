/// How many edits of each kind the normalizer made.
public struct NormalizationStats: Sendable, Equatable {
    public var nfc = 0
    public var fullWidth = 0
    public var zeroWidth = 0
    public var spaces = 0
    public var trimmed = 0
    public var lineBreaks = 0
    public var mojibake = 0

    public init() {}

    public var total: Int { nfc + fullWidth + zeroWidth + spaces + trimmed + lineBreaks + mojibake }

    public static func + (a: Self, b: Self) -> Self {
        var s = a
        s.nfc += b.nfc
        s.fullWidth += b.fullWidth
        s.zeroWidth += b.zeroWidth
        s.spaces += b.spaces
        s.trimmed += b.trimmed
        s.lineBreaks += b.lineBreaks
        s.mojibake += b.mojibake
        return s
    }

    /// `kind: count` pairs in a fixed order, for reports.
    public var byKind: [(String, Int)] {
        [("nfc", nfc), ("full-width", fullWidth), ("zero-width", zeroWidth), ("spaces", spaces),
         ("trimmed", trimmed), ("line-breaks", lineBreaks), ("mojibake", mojibake)]
    }
}
