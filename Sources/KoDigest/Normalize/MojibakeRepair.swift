/// Repairs text whose UTF-8 bytes were once decoded as Windows-1252 (or Latin-1): `ë³´ìƒ` → `보상`.
///
/// Each scalar that Windows-1252 can encode is mapped back to its byte; wherever those bytes form
/// a valid multi-byte UTF-8 sequence, the sequence replaces the scalars. Real text almost never
/// holds such a run (`ì` `•` `ˆ`): a lead byte's letter followed by continuation-byte symbols.
/// Only a letter followed by a no-break space (`×` + U+00A0, which happens in real text) is
/// left alone, unless it is `Â`/`Ã` or the line holds other mojibake.
public enum MojibakeRepair {
    /// The repaired line, or nil when there is nothing clearly to repair.
    public static func repair(_ line: String) -> String? {
        let scalars = UTF8Scalars.array(line)
        guard scalars.contains(where: { $0.value >= 0xC2 && $0.value <= 0xF4 }) else { return nil }
        var out = String.UnicodeScalarView()
        var clearlyMojibake = false
        var i = 0
        while i < scalars.count {
            if let (decoded, length, lead) = sequence(at: i, in: scalars) {
                out.append(contentsOf: decoded.unicodeScalars)
                if length >= 3 || lead == 0xC2 || lead == 0xC3 || scalars[i + 1] != "\u{00A0}" { clearlyMojibake = true }
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return clearlyMojibake ? String(out) : nil
    }

    /// The text of the valid UTF-8 sequence whose bytes the scalars from `i` stand for.
    static func sequence(at i: Int, in scalars: [Unicode.Scalar]) -> (String, Int, UInt8)? {
        guard let lead = byte(for: scalars[i]), lead >= 0xC2, lead <= 0xF4 else { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= scalars.count else { return nil }
        var bytes: [UInt8] = [lead]
        for k in 1..<length {
            guard let b = byte(for: scalars[i + k]), b & 0xC0 == 0x80 else { return nil }
            bytes.append(b)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
        return (decoded, length, lead)
    }

    /// The Windows-1252 byte of `scalar` (C1 controls map to themselves, as Latin-1 does).
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (v >= 0xA0 && v <= 0xFF) || (v >= 0x80 && v <= 0x9F) { return UInt8(v) }
        return windows1252High[v]
    }

    /// Windows-1252 bytes 0x80–0x9F that stand for scalars outside Latin-1.
    static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
