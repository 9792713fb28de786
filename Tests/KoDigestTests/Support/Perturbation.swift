import Foundation
@testable import KoDigest

/// Ways of re-encoding or disturbing a digest that must not change the records read from it.
enum Perturbation: String, CaseIterable, Sendable {
    case nfd, crlf, utf8BOM, utf16LE, utf16BE, cp949, nonBreakingSpaces, zeroWidthInWords
    case fullWidthGlosses, mojibakeLines, trailingWhitespace

    /// The bytes of `text` disturbed this way.
    func apply(_ text: String) -> [UInt8] {
        switch self {
        case .nfd: return Array(text.decomposedStringWithCanonicalMapping.utf8)
        case .crlf: return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE: return [0xFF, 0xFE] + (ICU.encode(text, charset: "UTF-16LE") ?? [])
        case .utf16BE: return [0xFE, 0xFF] + (ICU.encode(text, charset: "UTF-16BE") ?? [])
        case .cp949: return ICU.encode(text, charset: "windows-949") ?? []
        case .nonBreakingSpaces: return Array(everyOther(text, of: " ", with: "\u{00A0}").utf8)
        case .zeroWidthInWords: return Array(insideHangulWords(text, insert: "\u{200B}").utf8)
        case .fullWidthGlosses: return Array(fullWidthInsideParentheses(text).utf8)
        case .mojibakeLines: return Array(everyThirdLine(text, Perturbation.windows1252Mojibake).utf8)
        case .trailingWhitespace: return Array(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + " \t " }.joined(separator: "\n").utf8)
        }
    }

    /// What a program that read UTF-8 bytes as Windows-1252 would have shown.
    static func windows1252Mojibake(_ text: String) -> String {
        let table = Dictionary(uniqueKeysWithValues: MojibakeRepair.windows1252High.map { ($0.value, $0.key) })
        var out = String.UnicodeScalarView()
        for b in text.utf8 {
            let v = table[b] ?? UInt32(b)
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }

    private func everyOther(_ text: String, of target: Character, with replacement: Character) -> String {
        var flip = false
        return String(text.map { c -> Character in
            guard c == target else { return c }
            flip.toggle()
            return flip ? replacement : c
        })
    }

    private func insideHangulWords(_ text: String, insert: Character) -> String {
        var out = ""
        var previousHangul = false
        for c in text {
            let hangul = c.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false
            if hangul && previousHangul { out.append(insert) }
            out.append(c)
            previousHangul = hangul
        }
        return out
    }

    private func fullWidthInsideParentheses(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var depth = 0
        for s in text.unicodeScalars {
            switch s {
            case "(": depth += 1; out.append("\u{FF08}")
            case ")": depth = max(0, depth - 1); out.append("\u{FF09}")
            default:
                if depth > 0, s.isASCII, s.properties.isAlphabetic {
                    out.append(Unicode.Scalar(s.value + 0xFEE0)!)
                } else {
                    out.append(s)
                }
            }
        }
        return String(out)
    }

    private func everyThirdLine(_ text: String, _ transform: (String) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset % 3 == 1 ? transform(String($0.element)) : String($0.element) }
            .joined(separator: "\n")
    }
}
