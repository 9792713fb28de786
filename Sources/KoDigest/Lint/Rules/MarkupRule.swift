import Foundation

/// Leftover LaTeX, macros, placeholders, HTML, and control characters from unescaped backslashes.
struct MarkupRule: LintRule {
    let description = RuleDescription(
        id: "markup", defaultSeverity: .warning,
        summary: "Leftover LaTeX, macros, HTML or control characters (from unescaped backslashes) in the summary text.",
        rationale: "Readers see raw source instead of the name or symbol; replace it with plain text.",
        triggeringExamples: ["새로운 방법 \\method를 소개합니다.", "3$\\times$ 빨라졌습니다.", "모델 \\textsc{Fast}", "손실 L_{total}",
                             "\textit{HR}는 (TAB left by \\t)", "줄바꿈<br>", "성능이 42.5\\% 올랐다.", "모델 \\(*X\\)를 소개한다.",
                             "\\\\M\\\\이라는 프레임워크", "코드는 github.com/a/repo{B 저장소}에 있다.", "알고리즘 ℒ (caligraphic_L-Mul)"],
        nonTriggeringExamples: ["Sora 연구 [1]에서", "모델은 **매우** 빠르다.", "어휘에 <SEP> 토큰을 더했다.", "삼중항 (s,r,o)", "x^2 손실",
                                "가격은 5$ 이하", "그림은 \\includegraphics 명령어로 넣는다.", "변수 start_time과 bold_font", "집합 {a, b}"])

    static let htmlTags: Set<String> = ["br", "p", "div", "span", "sup", "sub", "b", "i", "em", "strong", "a", "img", "code",
                                         "pre", "table", "tr", "td", "ul", "ol", "li", "hr", "u", "s", "small"]
    static let entities: [String] = ["&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
    static let controlNames: [UInt32: String] = [0x09: "TAB (\\t)", 0x08: "backspace (\\b)", 0x0C: "form feed (\\f)",
                                                  0x0B: "vertical tab (\\v)", 0x0D: "carriage return (\\r)", 0x07: "bell (\\a)", 0x00: "NUL"]
    static let remnants: [[UInt32]] = ["extit{", "extbf{", "exttt{", "extsc{", "extsuperscript{", "extsubscript{"]
        .map { $0.unicodeScalars.map(\.value) }
    static let entityScalars: [[UInt32]] = entities.map { $0.unicodeScalars.map(\.value) }

    func check(_ record: Record, _ context: RuleContext) -> [RuleHit] {
        var hits: [RuleHit] = []
        var seen: Set<String> = []
        for (si, text) in context.text.sections.enumerated() where text.kinds.contains(.markup) {
            let v = text.blanked
            for (start, end, what) in Self.scan(v, original: text.scalars) {
                let evidence = LintText.string(v, start, end)
                guard seen.insert(what + evidence).inserted else { continue }
                hits.append(RuleHit(section: si, start: start, end: end,
                                    message: "\(what): '\(LintText.excerpt(v, start, end, context: 6))'", evidence: evidence))
            }
        }
        return hits
    }

    static let commandWords: [[UInt32]] = ["명령", "커맨드", "매크로", "command", "macro"].map { $0.unicodeScalars.map(\.value) }

    /// Whether the macro ending at `k` is followed (after spaces or a closing quote) by a word that
    /// calls it a command: the summary describes the macro instead of leaking it.
    static func namedAsCommand(_ v: [UInt32], _ k: Int) -> Bool {
        var p = k
        while p < v.count && (v[p] == 0x20 || v[p] == 0x27 || v[p] == 0x60 || v[p] == 0x2019 || v[p] == 0x22 || v[p] == 0x201D) { p += 1 }
        return commandWords.contains { w in v.count - p >= w.count && v[p..<(p + w.count)].elementsEqual(w) }
    }

    /// What is left over in `v`, the text with its URLs blanked; `original` is the text itself.
    static func scan(_ v: [UInt32], original: [UInt32]) -> [(Int, Int, String)] {
        var out: [(Int, Int, String)] = []
        var i = 0
        while i < v.count {
            let c = v[i]
            if c == 0x5C {  // backslash
                var j = i
                while j < v.count && v[j] == 0x5C { j += 1 }
                var k = j
                while k < v.count && LintText.isASCIILetter(v[k]) { k += 1 }
                if k - j == 1 && v[j] == 0x75 && k + 4 <= v.count && v[k..<(k + 4)].allSatisfy(isHex) {
                    out.append((i, k + 4, "unicode escape left as text")); i = k + 4; continue
                }
                if k == j, k < v.count, let what = escapedSpecial(v[k]) {
                    out.append((i, k + 1, what)); i = k + 1; continue
                }
                if k - j >= 2 || (k - j == 1 && k < v.count && (v[k] == 0x7B || v[k] == 0x5C)) {
                    // a macro the text talks about (`\includegraphics 명령어를 사용`) is named, not left over
                    if !namedAsCommand(v, k) { out.append((i, k, "LaTeX macro left in the text")) }
                    i = k; continue
                }
                i = j; continue
            }
            if c == 0x24, let close = dollarClose(v, i) {  // $…$
                out.append((i, close, "LaTeX math left in the text")); i = close; continue
            }
            if (c == 0x5F || c == 0x5E), i > 0, LintText.isASCIIAlnum(v[i - 1]), i + 1 < v.count, v[i + 1] == 0x7B,
               let close = v[(i + 1)...].prefix(32).firstIndex(of: 0x7D) {
                out.append((i - 1, close + 1, "LaTeX sub/superscript left in the text")); i = close + 1; continue
            }
            if (c < 0x20 && c != 0x0A) || c == 0x7F {
                var k = i + 1
                while k < v.count && LintText.isASCIILetter(v[k]) { k += 1 }
                let name = controlNames[c] ?? "U+\(String(c, radix: 16, uppercase: true))"
                out.append((i, k, "control character \(name) left by an unescaped backslash")); i = k; continue
            }
            if c == 0x3C, let end = htmlTag(v, i) {
                out.append((i, end, "HTML left in the text")); i = end; continue
            }
            if c == 0x26, let end = entity(v, i) {
                out.append((i, end, "HTML entity left in the text")); i = end; continue
            }
            if c == 0x7B, let end = gluedArgument(original, i) {
                out.append((i, end, "argument of a LaTeX command whose name was lost")); i = end; continue
            }
            if c == 0x5F, let (start, end) = renderingName(v, i) {
                out.append((start, end, "LaTeX rendering text left in the text")); i = end; continue
            }
            if c == 0x65, i == 0 || !LintText.isASCIILetter(v[i - 1]) {
                for r in remnants where matches(v, i, r) {
                    let end = i + r.count
                    out.append((i, end, "remnant of a LaTeX command whose backslash was eaten")); i = end - 1; break
                }
            }
            i += 1
        }
        return out
    }

    /// `…/summary{ModelScope}`: `{…}` (one line, at most 40 scalars, no brace inside) glued to a
    /// word of two letters or more — in a URL too — what `\href{url}{text}` leaves when the command
    /// is lost. A word after a backslash is a macro, one after a control character a remnant
    /// (`\t` eaten from `\textit{…}`): both are reported as such. Returns the end of the braces.
    static func gluedArgument(_ original: [UInt32], _ i: Int) -> Int? {
        guard i >= 2, LintText.isASCIILetter(original[i - 1]), LintText.isASCIILetter(original[i - 2]) else { return nil }
        var start = i
        while start > 0 && LintText.isASCIILetter(original[start - 1]) { start -= 1 }
        if start > 0 && (original[start - 1] == 0x5C || original[start - 1] < 0x20) { return nil }
        var k = i + 1
        while k < original.count && k - i <= 41 && original[k] != 0x7D && original[k] != 0x7B && original[k] != 0x0A { k += 1 }
        guard k < original.count, original[k] == 0x7D, k > i + 1 else { return nil }
        return k + 1
    }

    /// The names LaTeXML writes for math fonts in the text of a formula (`ℒ (caligraphic_L-Mul)`,
    /// `F(italic_F)`), and the words it marks scripts with (`start_POSTSUPERSCRIPT`).
    static let fontNames: [[UInt32]] = ["italic", "caligraphic", "bold", "blackboard", "fraktur", "typewriter", "sansserif"]
        .map { $0.unicodeScalars.map(\.value) }
    static let scriptMarkers: [[UInt32]] = ["start", "end"].map { $0.unicodeScalars.map(\.value) }

    /// A font name or script marker ending at the `_` at `i`, as a whole word, with what it names:
    /// one letter or digit after a font (`italic_F`, not `bold_font`), a capital word after a marker
    /// (`start_POSTSUBSCRIPT`, not `start_time`).
    static func renderingName(_ v: [UInt32], _ i: Int) -> (Int, Int)? {
        var start = i
        while start > 0 && LintText.isASCIILower(v[start - 1]) { start -= 1 }
        guard start < i, start == 0 || !LintText.isASCIILetter(v[start - 1]), i + 1 < v.count else { return nil }
        let word = v[start..<i]
        if scriptMarkers.contains(where: { $0.elementsEqual(word) }) {
            var end = i + 1
            while end < v.count && LintText.isASCIIUpper(v[end]) { end += 1 }
            return end > i + 2 ? (start, end) : nil
        }
        guard fontNames.contains(where: { $0.elementsEqual(word) }), LintText.isASCIIAlnum(v[i + 1]),
              i + 2 == v.count || !LintText.isASCIIAlnum(v[i + 2]) else { return nil }
        return (start, i + 2)
    }

    /// `\%`, `\&`, `\#`, `\_`, `\$`: a character LaTeX escapes; `\(`, `\[`: its math delimiters.
    static func escapedSpecial(_ c: UInt32) -> String? {
        switch c {
        case 0x25, 0x26, 0x23, 0x5F, 0x24: return "LaTeX escape left in the text"
        case 0x28, 0x5B: return "LaTeX math delimiter left in the text"
        default: return nil
        }
    }

    static func isHex(_ c: UInt32) -> Bool { LintText.isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) }

    static func matches(_ v: [UInt32], _ i: Int, _ w: [UInt32]) -> Bool {
        i + w.count <= v.count && v[i..<(i + w.count)].elementsEqual(w)
    }

    /// `$…$` on one line whose body looks like math: a backslash, `^`, `_`, `{`, or a single letter.
    static func dollarClose(_ v: [UInt32], _ i: Int) -> Int? {
        var j = i + 1
        while j < v.count && j - i <= 80 && v[j] != 0x0A && v[j] != 0x24 { j += 1 }
        guard j < v.count, v[j] == 0x24, j > i + 1 else { return nil }
        let body = v[(i + 1)..<j]
        let mathy = body.contains { $0 == 0x5C || $0 == 0x5E || $0 == 0x5F || $0 == 0x7B }
        let letter = body.count == 1 && !LintText.isDigit(body.first ?? 0x30) && !LintText.isSpace(body.first ?? 0x20)
        return (mathy || letter) ? j + 1 : nil
    }

    static func htmlTag(_ v: [UInt32], _ i: Int) -> Int? {
        var j = i + 1
        if j < v.count && v[j] == 0x2F { j += 1 }
        var k = j
        while k < v.count && LintText.isASCIILower(v[k]) { k += 1 }
        guard k > j, htmlTags.contains(LintText.string(v, j, k)), k < v.count else { return nil }
        guard v[k] == 0x3E || v[k] == 0x20 || v[k] == 0x2F else { return nil }
        guard let close = v[k...].prefix(100).firstIndex(of: 0x3E) else { return nil }
        return close + 1
    }

    static func entity(_ v: [UInt32], _ i: Int) -> Int? {
        for e in entityScalars where matches(v, i, e) { return i + e.count }
        if i + 3 < v.count && v[i + 1] == 0x23 {
            var k = i + 2
            while k < v.count && LintText.isDigit(v[k]) && k - i < 8 { k += 1 }
            if k > i + 2 && k < v.count && v[k] == 0x3B { return k + 1 }
        }
        return nil
    }
}
