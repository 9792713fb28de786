/// Normalizes digest text with ICU and a few targeted folds, and nothing else.
///
/// NFC; full-width ASCII and the ideographic space fold to ASCII (Hangul, compatibility jamo and
/// half-width Hangul are left alone: no blanket NFKC); zero-width characters and stray BOMs go;
/// other Unicode spaces become a space, runs of spaces collapse, lines are trimmed; CRLF/CR become
/// LF; UTF-8 that was once read as Windows-1252/Latin-1 is repaired when the result is clearly
/// right. Gloss spacing, punctuation and wording stay as written. Idempotent.
public enum TextNormalizer {
    /// Splits `text` into lines (LF, CRLF or CR) and normalizes each.
    public static func normalizeLines(_ text: String, stats: inout NormalizationStats) -> [String] {
        var repaired: [Int] = []
        return normalizeLines(text, stats: &stats, mojibakeRepaired: &repaired)
    }

    /// As `normalizeLines(_:stats:)`, also listing the 0-based indexes of lines whose mojibake was repaired.
    public static func normalizeLines(_ text: String, stats: inout NormalizationStats, mojibakeRepaired: inout [Int]) -> [String] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous, utf8 = text.utf8
        var lines: [String] = []
        func take(_ start: Int, _ end: Int) {
            // a slice of the decoded string: its bytes are copied, not validated again
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            let line = String(Substring(utf8[from..<utf8.index(from, offsetBy: end - start)]))
            let before = stats.mojibake
            lines.append(normalizeLine(line, stats: &stats))
            if stats.mojibake != before { mojibakeRepaired.append(lines.count - 1) }
        }
        utf8.withContiguousStorageIfAvailable { buffer in
            var start = 0
            var i = 0
            let n = buffer.count
            while i < n {
                let byte = buffer[i]
                guard byte == 0x0A || byte == 0x0D else {
                    i += 1
                    continue
                }
                take(start, i)
                if byte == 0x0D {
                    stats.lineBreaks += 1
                    if i + 1 < n && buffer[i + 1] == 0x0A { i += 1 }
                }
                i += 1
                start = i
            }
            if start < n { take(start, n) }
        }
        return lines
    }

    /// The normalized text of a whole file, lines joined with LF and ending with one.
    public static func normalize(_ text: String, stats: inout NormalizationStats) -> String {
        let lines = normalizeLines(text, stats: &stats)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Normalizes one line (which holds no line break).
    public static func normalizeLine(_ line: String, stats: inout NormalizationStats) -> String {
        if isAlreadyNormal(line) { return line }
        // Repair reads the raw line first (a mojibake byte 0xA0 shows as a no-break space, which the
        // folds would turn into a space), then again after folding, until nothing is left to repair,
        // so that a second normalization never finds a sequence that the first one created.
        var text = line
        for _ in 0..<4 {
            if let repaired = MojibakeRepair.repair(text) {
                stats.mojibake += 1
                text = repaired
            }
            text = fold(text, stats: &stats)
            if MojibakeRepair.repair(text) == nil { break }
        }
        return text
    }

    /// Full-width and space folds, zero-width removal, trimming and NFC.
    static func fold(_ text: String, stats: inout NormalizationStats) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true  // drops leading spaces
        var trimmedLeading = false
        for scalar in text.unicodeScalars {
            var s = scalar
            let v = s.value
            if v >= 0xFF01 && v <= 0xFF5E {
                s = Unicode.Scalar(v - 0xFEE0) ?? s
                stats.fullWidth += 1
            } else if v == 0x3000 {
                s = " "
                stats.fullWidth += 1
            } else if isZeroWidth(v) {
                stats.zeroWidth += 1
                continue
            } else if isOtherSpace(v) {
                s = " "
                stats.spaces += 1
            }
            if s == " " {
                if lastWasSpace {
                    if out.isEmpty { trimmedLeading = true } else if scalar == " " { stats.spaces += 1 }
                    continue
                }
                lastWasSpace = true
            } else if s == "\t" && out.isEmpty {
                trimmedLeading = true
                continue
            } else {
                lastWasSpace = false
            }
            out.append(s)
        }
        var trimmedTrailing = false
        while let last = out.last, last == " " || last == "\t" {
            out.removeLast()
            trimmedTrailing = true
        }
        if trimmedLeading || trimmedTrailing { stats.trimmed += 1 }
        let folded = String(out)
        let composed = ICU.nfc(folded)
        // String == compares canonically; the edit count needs the scalars.
        if !composed.unicodeScalars.elementsEqual(folded.unicodeScalars) { stats.nfc += 1 }
        return composed
    }

    /// Fast path: ASCII without edge or double spaces, plus scalars that need no edit.
    /// Reads UTF-8 bytes directly: this runs on every line of the input.
    static func isAlreadyNormal(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { u in
            let n = u.count
            if n == 0 { return true }
            if u[0] == 0x20 || u[0] == 0x09 || u[n - 1] == 0x20 || u[n - 1] == 0x09 { return false }
            var previousSpace = false
            var i = 0
            while i < n {
                let b = u[i]
                if b < 0x80 {
                    if b == 0x20 {
                        if previousSpace { return false }
                        previousSpace = true
                    } else {
                        previousSpace = false
                    }
                    i += 1
                    continue
                }
                previousSpace = false
                let v: UInt32
                if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                    v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                    i += 3
                } else if b >= 0xC0 && b < 0xE0 && i + 1 < n {
                    v = UInt32(b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                    i += 2
                } else {
                    return false
                }
                if (v >= 0xAC00 && v <= 0xD7A3) || isInert(v) { continue }
                return false
            }
            return true
        }
    }

    /// Common non-ASCII scalars that NFC, the folds and mojibake repair never touch.
    @inline(__always)
    static func isInert(_ v: UInt32) -> Bool {
        switch v {
        case 0x00B7, 0x00D7, 0x00F7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026,
             0x2190...0x21FF, 0x2200...0x22FF, 0x3001...0x3011, 0x0391...0x03C9:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isZeroWidth(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF
    }

    @inline(__always)
    static func isOtherSpace(_ v: UInt32) -> Bool {
        v == 0x00A0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F
    }
}
