#if canImport(Glibc)
import Glibc
#endif

/// Byte-level searching in UTF-8 text: the parser's delimiters are all ASCII, and this is far
/// faster than generic `Collection` searching on the hot path.
extension StringProtocol {
    /// UTF-8 offset of the first (or last) occurrence of `needle`, or nil.
    func utf8Offset(of needle: String, last: Bool = false) -> Int? {
        var haystack = String(self)
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n -> Int? in
                guard n.count > 0, n.count <= h.count, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
                if !last {
                    var i = 0
                    while i <= h.count - n.count {
                        if h[i] == n[0] && memcmp(hb + i, nb, n.count) == 0 { return i }
                        i += 1
                    }
                    return nil
                }
                var i = h.count - n.count
                while i >= 0 {
                    if h[i] == n[0] && memcmp(hb + i, nb, n.count) == 0 { return i }
                    i -= 1
                }
                return nil
            }
        }
    }

    /// The text between two UTF-8 offsets.
    func utf8Slice(_ from: Int, _ to: Int) -> Substring {
        let whole = Substring(self)
        let start = whole.utf8.index(whole.utf8.startIndex, offsetBy: from)
        let end = whole.utf8.index(start, offsetBy: to - from)
        return Substring(whole.utf8[start..<end])
    }

    /// The text with ASCII spaces trimmed from both ends.
    func trimmingSpaces() -> Substring {
        let whole = Substring(self)
        let u = whole.utf8
        var start = u.startIndex, end = u.endIndex
        while start < end && u[start] == 0x20 { start = u.index(after: start) }
        while end > start && u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        return Substring(whole.utf8[start..<end])
    }
}
