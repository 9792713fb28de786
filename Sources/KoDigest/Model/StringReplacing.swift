/// ASCII bytes to replace in text, each with its string, found by a bit test per byte.
public struct ASCIIReplacements: Sendable {
    private var table = [String?](repeating: nil, count: 128)
    private var low: UInt64 = 0, high: UInt64 = 0

    public init(_ replacements: [UInt8: String]) {
        for (byte, replacement) in replacements where byte < 128 {
            table[Int(byte)] = replacement
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
    }

    func replaces(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> byte & 1 == 1 : byte < 128 && high >> (byte - 64) & 1 == 1
    }

    subscript(_ byte: UInt8) -> String? { byte < 128 ? table[Int(byte)] : nil }
}

extension String {
    /// `self` with each byte of `replacements` replaced by its string; `self` itself, with no copy,
    /// when none occurs (the common case on the hot paths that escape or squash text).
    public func replacingASCII(_ replacements: ASCIIReplacements) -> String {
        guard utf8.contains(where: replacements.replaces) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if replacements.replaces(byte), let replacement = replacements[byte] {
                out.append(contentsOf: replacement.utf8)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
