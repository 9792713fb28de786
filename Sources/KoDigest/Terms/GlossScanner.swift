import Foundation

/// Finds parenthetical groups in a line and the words to their left.
enum GlossScanner {
    /// A word of the left window with its scalar offset (of the trimmed word) in the line.
    struct Word: Sendable, Equatable {
        var text: String
        var offset: Int
    }

    static func isOpen(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "（" }

    /// Whether the UTF-8 `line` holds an opening paren, `(` or `（` (EF BC 88), whose bytes no other
    /// scalar contains. Searched with `memchr`: most lines have none.
    static func hasOpen(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        if memchr(base, 0x28, line.count) != nil { return true }
        var from = 0
        while from < line.count, let hit = memchr(base + from, 0xEF, line.count - from) {
            let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if k + 2 < line.count && line[k + 1] == 0xBC && line[k + 2] == 0x88 { return true }
            from = k + 1
        }
        return false
    }
    static func isClose(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "）" }

    /// Top-level groups as (open index, index past the close paren). Nested parentheses belong to
    /// the outer group; an unclosed group is dropped and scanning resumes after its paren.
    ///
    /// One pass pairs every close with the nearest open before it that is still unpaired (the
    /// close a depth count from that open reaches first); pairs are nested or apart, and the
    /// outermost are the groups. A line of many unclosed parens costs no more than any other.
    static func groups(_ line: [Unicode.Scalar]) -> [(open: Int, end: Int)] {
        var opens: [Int] = []
        var pairs: [(open: Int, end: Int)] = []
        for (i, c) in line.enumerated() {
            if isOpen(c) {
                opens.append(i)
            } else if isClose(c), let o = opens.popLast() {
                // a pair closing here contains the pairs that closed since its open
                while let last = pairs.last, last.open > o { pairs.removeLast() }
                pairs.append((o, i + 1))
            }
        }
        return pairs
    }

    private static let boundary = ScalarSet("()（）[]{},;:\"“”「」『』*`、，；：|<>《》【】")
    private static let closingQuotes = ScalarSet("'\"’”*`»")
    private static let closingBrackets = ScalarSet(")）]}")
    private static let sentenceEnd = ScalarSet(".!?。")
    private static let quotes = ScalarSet("'‘’")
    private static let openingQuotes = ScalarSet("'‘’\"“「『")
    private static let quoteMarks = ScalarSet("'‘’\"“”」』")

    private static let loneParticles: Set<String> = ["과", "와", "의", "을", "를", "은", "는", "이", "가", "에", "로", "으로", "도", "만",
                                                     "에서", "및"]

    private static func isAlpha(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    /// The words between the previous boundary and the paren at `open` (left to right, at most
    /// `maxWords`), the number of spaces between the last word and the paren, and whether the
    /// words are all of a quotation that closes at the paren ('데커플드 보카블러리'(Decoupled …)) or,
    /// given the group's `end`, right after the group ('동작 토큰(Latent Motion Tokens)').
    static func leftWindow(_ line: [Unicode.Scalar], open: Int, end groupEnd: Int? = nil,
                           maxWords: Int = 8) -> (words: [Word], gap: Int, quoted: Bool) {
        var j = open
        while j > 0 && TermText.isSpace(line[j - 1]) { j -= 1 }
        let gap = open - j
        var closedByQuote = false
        while j > 0 && closingQuotes.contains(line[j - 1]) {
            closedByQuote = closedByQuote || quoteMarks.contains(line[j - 1])
            j -= 1
        }
        let (start, openedByQuote) = segmentStart(line, end: j)
        var (ranges, whole) = wordRanges(line, start..<j)
        // the end of a word a previous gloss interrupted ("계획(Stage 1)과 실행(Stage 2)", "사전
        // 학습(Pre-training)된 혼합 파생물") is no word, nor is a particle left over
        if let first = ranges.first, (first.lowerBound == start && start > 0 && closingBrackets.contains(line[start - 1]))
            || (first.count <= 2 && loneParticles.contains(TermText.string(line[first]))) {
            ranges.removeFirst()
        }
        let words = ranges.suffix(maxWords).map { Word(text: TermText.string(line[$0]), offset: $0.lowerBound) }
        let closedAfterGroup = groupEnd.map { $0 < line.count && quoteMarks.contains(line[$0]) } ?? false
        return (words, gap, (closedByQuote || closedAfterGroup) && openedByQuote && whole && ranges.count <= maxWords)
    }

    /// Where the segment ending at `end` starts: after the previous boundary mark, sentence end or
    /// quote (a digit group's comma, an initial's period and an apostrophe inside a word are
    /// none), and whether that was an opening quote.
    private static func segmentStart(_ line: [Unicode.Scalar], end: Int) -> (Int, openedByQuote: Bool) {
        var k = end
        while k > 0 {
            let c = line[k - 1]
            let prev: Unicode.Scalar = k >= 2 ? line[k - 2] : " "
            let next: Unicode.Scalar = k < line.count ? line[k] : " "
            if boundary.contains(c) {
                if (c == "," || c == "，") && TermText.isDigit(prev) && TermText.isDigit(next) { k -= 1; continue }
                return (k, openingQuotes.contains(c))
            }
            if sentenceEnd.contains(c) && (TermText.isSpace(next) || k == end) {
                if c == "." && TermText.isUpper(prev) && (k < 3 || !isAlpha(line[k - 3])) { k -= 1; continue }
                return (k, false)
            }
            if quotes.contains(c) && !(isAlpha(prev) && isAlpha(next)) { return (k, true) }
            k -= 1
        }
        return (0, false)
    }

    /// The words of `segment` as ranges, with quotes and edge punctuation trimmed; a word that
    /// trims to nothing restarts the list, and `whole` tells that none did. Only the words kept
    /// become strings, later: the segment can be a whole sentence.
    private static func wordRanges(_ line: [Unicode.Scalar], _ segment: Range<Int>) -> (ranges: [Range<Int>], whole: Bool) {
        var ranges: [Range<Int>] = []
        var whole = true
        var i = segment.lowerBound
        let end = segment.upperBound
        while i < end {
            while i < end && TermText.isSpace(line[i]) { i += 1 }
            if i >= end { break }
            var e = i
            while e < end && !TermText.isSpace(line[e]) { e += 1 }
            var lo = i, hi = e
            while lo < hi && TermText.edgePunct.contains(line[lo]) { lo += 1 }
            while hi > lo && TermText.edgePunct.contains(line[hi - 1]) { hi -= 1 }
            if lo == hi {
                ranges.removeAll()
                whole = false
            } else {
                ranges.append(lo..<hi)
            }
            i = e
        }
        return (ranges, whole)
    }
}
