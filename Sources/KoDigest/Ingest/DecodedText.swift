/// The text of one input file after decoding, with how it was decoded.
public struct DecodedText: Sendable {
    public var text: String
    /// `UTF-8`, `UTF-8-BOM`, `UTF-16LE`, `UTF-16BE`, `EUC-KR`, `CP949`, …
    public var encoding: String
    public var diagnostics: [Diagnostic]
}

/// Turns the bytes of a digest into text: BOMs, UTF-16, legacy Korean encodings, bad bytes.
public enum TextDecoder {
    /// Decodes `bytes` read from `file`. Returns nil (with an error diagnostic) for binary or empty input.
    public static func decode(_ bytes: [UInt8], file: String) -> (DecodedText?, [Diagnostic]) {
        if bytes.isEmpty {
            return (nil, [Diagnostic(.error, file: file, "the file is empty; expected a markdown digest")])
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(bytes.dropFirst(3), encoding: "UTF-8-BOM", file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            return icu(Array(bytes.dropFirst(2)), charset: charset, file: file)
        }
        if let charset = bomlessUTF16(bytes) {
            return icu(bytes, charset: charset, file: file)
        }
        if looksBinary(bytes) {
            return (nil, [Diagnostic(.error, file: file, line: 1, "this looks like a binary file (NUL or control bytes), not a markdown digest; skipped")])
        }
        if let valid = String(validatingUTF8Bytes: bytes) {
            return (DecodedText(text: valid, encoding: "UTF-8", diagnostics: []), [])
        }
        if let korean = legacyKorean(bytes, file: file) { return korean }
        return utf8(bytes[...], encoding: "UTF-8", file: file)
    }

    /// UTF-8 with replacement characters, one diagnostic per line that held bad bytes.
    static func utf8(_ bytes: ArraySlice<UInt8>, encoding: String, file: String) -> (DecodedText?, [Diagnostic]) {
        if let valid = String(validatingUTF8Bytes: bytes) {
            return (DecodedText(text: valid, encoding: encoding, diagnostics: []), [])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        var lineNumber = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let column = line.unicodeScalars.firstIndex(of: "\u{FFFD}").map({ line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0) + 1 }) {
                diagnostics.append(Diagnostic(.warning, file: file, line: lineNumber, column: column,
                                              "bytes that are not valid UTF-8 were replaced with U+FFFD; re-save the file as UTF-8"))
            }
            lineNumber += 1
        }
        return (DecodedText(text: text, encoding: encoding, diagnostics: diagnostics), diagnostics)
    }

    static func icu(_ bytes: [UInt8], charset: String, file: String) -> (DecodedText?, [Diagnostic]) {
        guard let decoded = ICU.decode(bytes, charset: charset) else {
            return (nil, [Diagnostic(.error, file: file, "ICU could not convert the file from \(charset)")])
        }
        var diagnostics: [Diagnostic] = []
        if decoded.invalid > 0 {
            let line = decoded.text.lineOfFirstReplacement ?? 1
            diagnostics.append(Diagnostic(.warning, file: file, line: line,
                                          "\(decoded.invalid) byte sequence(s) could not be decoded as \(charset) and were replaced with U+FFFD"))
        }
        return (DecodedText(text: decoded.text, encoding: charset, diagnostics: diagnostics), diagnostics)
    }

    /// UTF-16 without a BOM shows as ASCII bytes interleaved with NULs.
    static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero > pairs / 3 && evenZero < pairs / 20 { return "UTF-16LE" }
        if evenZero > pairs / 3 && oddZero < pairs / 20 { return "UTF-16BE" }
        return nil
    }

    /// Whether more than one byte in twenty of the first 8 KB is a NUL or a C0 control other than
    /// tab, newline, carriage return, form feed and backspace. A digest with a few stray NULs is
    /// damaged text, which the lint reports where it is, not a binary file to skip with its records.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        let controls = sample.count { b in b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x08 }
        return controls * 20 > sample.count
    }

    /// EUC-KR / CP949, when ICU's detector says Korean or the bytes convert cleanly as CP949.
    /// CP949 is a superset of EUC-KR (ICU's EUC-KR reads its extra syllables as C1 controls), so
    /// the text comes from CP949 and is called EUC-KR only when EUC-KR reads it the same.
    static func legacyKorean(_ bytes: [UInt8], file: String) -> (DecodedText?, [Diagnostic])? {
        guard let cp949 = ICU.decode(bytes, charset: "windows-949"), cp949.invalid == 0 else { return nil }
        let saysKorean = ICU.detectCharset(bytes).map { $0.name == "EUC-KR" || $0.name == "ISO-2022-KR" } ?? false
        let hasHangul = cp949.text.unicodeScalars.contains { $0.value >= 0xAC00 && $0.value <= 0xD7A3 }
        guard saysKorean || hasHangul else { return nil }
        let euckr = ICU.decode(bytes, charset: "EUC-KR")
        let name = euckr.map { $0.invalid == 0 && $0.text.unicodeScalars.elementsEqual(cp949.text.unicodeScalars) } == true ? "EUC-KR" : "CP949"
        return (DecodedText(text: cp949.text, encoding: name, diagnostics: []), [])
    }
}

extension String {
    /// The string when `bytes` are valid UTF-8, else nil.
    init?<C: Collection>(validatingUTF8Bytes bytes: C) where C.Element == UInt8 {
        guard let valid = String(validating: bytes, as: UTF8.self) else { return nil }
        self = valid
    }

    /// 1-based line of the first U+FFFD, if any.
    var lineOfFirstReplacement: Int? {
        var line = 1
        for scalar in unicodeScalars {
            if scalar == "\u{FFFD}" { return line }
            if scalar == "\n" { line += 1 }
        }
        return nil
    }
}
