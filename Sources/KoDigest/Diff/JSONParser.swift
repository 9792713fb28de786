/// A strict RFC 8259 reader of one JSON document from UTF-8 bytes into `JSONValue`.
///
/// `diff` reads whole run directories (the corpus's is 17 MB, a ×10 run's 170 MB). Foundation's
/// `JSONDecoder` reaches a generic value only by trying each type in turn and catching the
/// failures, which spent over 80% of a diff's time; this reads each byte once.
struct JSONParser {
    struct Failure: Error, Equatable {
        var message: String
        /// Byte offset in the input.
        var offset: Int
    }

    /// Deeper nesting than any run file has is refused rather than risking the stack.
    static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func parse(_ input: some Collection<UInt8>) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure>? = input.withContiguousStorageIfAvailable { parse(buffer: $0) }
        switch result ?? Array(input).withUnsafeBufferPointer({ parse(buffer: $0) }) {
        case .success(let value): return value
        case .failure(let failure): throw failure
        }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Failure> {
        var parser = JSONParser(buffer)
        return Result { () throws(Failure) -> JSONValue in
            let value = try parser.value()
            parser.skipSpace()
            guard parser.i == buffer.count else { throw parser.failure("unexpected data after the value") }
            return value
        }
    }

    private func failure(_ message: String) -> Failure { Failure(message: message, offset: i) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw failure("unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count, UnsafeBufferPointer(start: word.utf8Start, count: n).elementsEqual(bytes[i..<(i + n)]) else {
            throw failure("invalid literal")
        }
        i += n
    }

    private mutating func nest() throws(Failure) {
        depth += 1
        guard depth <= JSONParser.maxDepth else { throw failure("nested more than \(JSONParser.maxDepth) deep") }
        i += 1
        skipSpace()
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try nest()
        var members: [String: JSONValue] = [:]
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard i < bytes.count && bytes[i] == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let key = try string()
            skipSpace()
            guard i < bytes.count && bytes[i] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            i += 1
            members[key] = try value()
            if try endOfList(UInt8(ascii: "}")) { break }
        }
        depth -= 1
        return .object(members)
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try nest()
        var elements: [JSONValue] = []
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            if try endOfList(UInt8(ascii: "]")) { break }
        }
        depth -= 1
        return .array(elements)
    }

    /// After a member or element: true at the closing bracket, false after a comma.
    private mutating func endOfList(_ close: UInt8) throws(Failure) -> Bool {
        skipSpace()
        guard i < bytes.count else { throw failure("unexpected end of input") }
        let c = bytes[i]
        i += 1
        if c == close { return true }
        if c == UInt8(ascii: ",") { return false }
        i -= 1
        throw failure("expected ',' or '\(Character(Unicode.Scalar(close)))'")
    }

    private mutating func string() throws(Failure) -> String {
        i += 1
        let start = i
        // the common case: no escape, copied in one piece
        while i < bytes.count && bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "\\") && bytes[i] >= 0x20 { i += 1 }
        var utf8 = [UInt8]()
        if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
            i += 1
            guard let s = String(validating: bytes[start..<(i - 1)], as: UTF8.self) else { throw failure("invalid UTF-8 in a string") }
            return s
        }
        utf8.append(contentsOf: bytes[start..<i])
        while true {
            guard i < bytes.count else { throw failure("unterminated string") }
            let c = bytes[i]
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                guard let s = String(validating: utf8, as: UTF8.self) else { throw failure("invalid UTF-8 in a string") }
                return s
            case UInt8(ascii: "\\"):
                try escape(into: &utf8)
            case ..<0x20:
                i -= 1
                throw failure("control character in a string")
            default:
                utf8.append(c)
            }
        }
    }

    private mutating func escape(into utf8: inout [UInt8]) throws(Failure) {
        guard i < bytes.count else { throw failure("unterminated string") }
        let c = bytes[i]
        i += 1
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(c)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code) {
                // a surrogate pair spells one scalar beyond the Basic Multilingual Plane
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate")
                }
                i += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("unpaired surrogate") }
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        default:
            i -= 1
            throw failure("invalid escape")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            code = code << 4 | UInt32(digit)
            i += 1
        }
        return code
    }

    /// An integer without fraction or exponent that fits `Int` stays exact; any other number is a
    /// `Double`.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = i
        func digits() -> Int {
            let from = i
            while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - from
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
        let leadingZero = i < bytes.count && bytes[i] == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { i = start; throw failure("invalid value") }
        var integral = true
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            integral = false
            guard digits() > 0 else { throw failure("invalid number") }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            integral = false
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { throw failure("invalid number") }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if integral, let n = Int(text) { return .int(n) }
        guard let d = Double(text) else { throw failure("invalid number") }
        return .double(d)
    }
}
