import Testing
@testable import KoDigest

struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

    @Test func readsEveryKindOfValue() throws {
        let v = try parse(#" {"a": [1, -20, 3.5, 2e3, -0, true, false, null], "b": {"c": "보상 모델"}, "d": {}, "e": []} "#)
        #expect(v["a"] == .array([.int(1), .int(-20), .double(3.5), .double(2000), .int(0), .bool(true), .bool(false), .null]))
        #expect(v["b"]?["c"] == .string("보상 모델"))
        #expect(v["d"] == .object([:]) && v["e"] == .array([]))
    }

    @Test func integersStayExactAndOverflowBecomesDouble() throws {
        #expect(try parse("9007199254740993") == .int(9_007_199_254_740_993))
        #expect(try parse("99999999999999999999") == .double(1e20))
    }

    @Test func decodesEscapes() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\r\b\f""#) == .string("a\"b\\c/d\n\t\r\u{8}\u{C}"))
        #expect(try parse(#""\uD55C\u0041""#) == .string("한A"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test(arguments: [
        "", "  ", "[1,]", "{\"a\":1,}", "01", "-", "1.", "1e", ".5", "+1", "[1 2]", "{\"a\" 1}", "{a:1}",
        "\"open", "\"tab\there\"", #""\x""#, #""\uD800""#, #""\uDC00x""#, #""\u12""#, "tru", "nul", "[1] x", "{\"a\":1}}",
    ])
    func rejectsMalformedInput(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func rejectsInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        let deep = String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(deep.utf8)) }
        let fine = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect((try? JSONParser.parse(Array(fine.utf8))) != nil)
    }

    @Test func failureNamesTheOffset() {
        #expect(throws: JSONParser.Failure(message: "expected ',' or ']'", offset: 3)) { try JSONParser.parse(Array("[1 2]".utf8)) }
    }

    /// SplitMix64: the same values on every run.
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    static func randomValue(_ g: inout Seeded, depth: Int = 0) -> JSONValue {
        let pieces = ["모델", "a", "\"", "\\", "\n", "\u{1F}", "😀", " ", "é", "/"]
        switch g.next(depth >= 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(g.next(2) == 0)
        case 2: return .int(g.next(2_000_001) - 1_000_000)
        case 3: return .double(Double(g.next(8000) * 2 + 1) / 8 - 500)   // exact, never integral
        case 4: return .string((0..<g.next(6)).map { _ in pieces[g.next(pieces.count)] }.joined())
        case 5: return .array((0..<g.next(4)).map { _ in randomValue(&g, depth: depth + 1) })
        default:
            return .object(Dictionary((0..<g.next(4)).map { _ in ("k\(g.next(10))", randomValue(&g, depth: depth + 1)) }) { a, _ in a })
        }
    }

    @Test func randomValuesReadBackAndDamagedTextNeverTraps() throws {
        var g = Seeded(state: 2026)
        for _ in 0..<500 {
            let value = JSONParserTests.randomValue(&g)
            var bytes = Array(value.canonical.utf8)
            #expect(try JSONValue.parse(bytes) == value)
            // damage it: the reader must answer (a value or a Failure), never trap
            for _ in 0..<(1 + g.next(3)) where !bytes.isEmpty {
                let at = g.next(bytes.count)
                switch g.next(3) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(UInt8(g.next(256)), at: at)
                default: bytes[at] = UInt8(g.next(256))
                }
            }
            _ = try? JSONValue.parse(bytes)
        }
    }

    @Test func whatTheWriterWritesReadsBack() throws {
        var w = JSONWriter(capacity: 64)
        w.beginObject()   // keys in order: `canonical` sorts them
        w.key("n")
        w.value(42)
        w.key("text")
        w.value("줄\n바꿈 \"따옴표\" \u{1F}제어 \\ 역슬래시")
        w.endObject()
        let v = try JSONValue.parse(Array(w.string.utf8))
        #expect(v["text"] == .string("줄\n바꿈 \"따옴표\" \u{1F}제어 \\ 역슬래시"))
        #expect(v["n"] == .int(42))
        #expect(v.canonical == w.string)
    }
}
