/// ASCII bytes to replace in text, each with its string, looked up in a table by the byte.
public struct ASCIIReplacements: Sendable {
    private var table = [String?](repeating: nil, count: 128)

    public init(_ replacements: [UInt8: String]) {
        for (byte, replacement) in replacements where byte < 128 { table[Int(byte)] = replacement }
    }

    subscript(_ byte: UInt8) -> String? { byte < 128 ? table[Int(byte)] : nil }
}

extension String {
    /// `self` with each byte of `replacements` replaced by its string; `self` itself, with no copy,
    /// when none occurs (the common case on the hot paths that escape or squash text).
    public func replacingASCII(_ replacements: ASCIIReplacements) -> String {
        guard utf8.contains(where: { replacements[$0] != nil }) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if let replacement = replacements[byte] {
                out.append(contentsOf: replacement.utf8)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
