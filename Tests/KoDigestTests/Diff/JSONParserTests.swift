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
