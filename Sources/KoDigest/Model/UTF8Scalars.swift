import Foundation

/// Unicode scalars read straight from UTF-8 bytes, for inner loops that would otherwise walk a
/// `String.UnicodeScalarView` index by index. The bytes must be valid UTF-8, as a `String`'s are.
enum UTF8Scalars {
    /// The scalar value starting at byte `i`, and its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let b1 = UInt32(bytes[i + 1]) & 0x3F
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | b1, 2) }
        let b2 = UInt32(bytes[i + 2]) & 0x3F
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | b1 << 6 | b2, 3) }
        return ((b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | UInt32(bytes[i + 3]) & 0x3F, 4)
    }

    /// The scalar value ending just before byte `end`, and the byte where it starts.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (value: UInt32, start: Int) {
        var start = end - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(bytes, at: start).value, start)
    }

    /// Whether two byte runs are equal, with one `memcmp` instead of a byte-by-byte generic loop.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let p = a.baseAddress, let q = b.baseAddress else { return true }
        return memcmp(p, q, a.count) == 0
    }

    /// The number of scalars of `text`: its UTF-8 bytes that are not continuation bytes, counted
    /// without walking the scalars one by one.
    static func count(_ text: some StringProtocol) -> Int { withBytes(text, count) }

    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The scalars of `text` as an array. `Array(text.unicodeScalars)` walks the scalars once to
    /// count them and again to copy them; this decodes the bytes once into an array of the size
    /// `count` gives.
    static func array(_ text: some StringProtocol) -> [Unicode.Scalar] {
        withBytes(text) { bytes in
            let count = count(bytes)
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0
                while initialized < count {
                    let (value, length) = scalar(bytes, at: i)
                    out.initializeElement(at: initialized, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    initialized += 1
                    i += length
                }
            }
        }
    }

    /// The UTF-8 bytes of `text`, for as long as `body` runs (native strings are not copied).
    static func withBytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = String(text)
        return copy.withUTF8(body)
    }
}

/// A fixed, small set of scalars as a membership test on scalar values: a bit mask for ASCII; for
/// the rest a list, behind a mask of their low six bits that turns most other scalars away.
struct ScalarSet: Sendable {
    private var ascii: (UInt64, UInt64) = (0, 0)
    private var others: [UInt32] = []
    private var lowBits: UInt64 = 0

    init(_ scalars: String) { self.init(scalars.unicodeScalars) }

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for s in scalars {
            switch s.value {
            case ..<64: ascii.0 |= 1 << UInt64(s.value)
            case ..<128: ascii.1 |= 1 << UInt64(s.value - 64)
            default:
                others.append(s.value)
                lowBits |= 1 << UInt64(s.value & 63)
            }
        }
    }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        if v < 64 { return ascii.0 & (1 << UInt64(v)) != 0 }
        if v < 128 { return ascii.1 & (1 << UInt64(v - 64)) != 0 }
        return lowBits & (1 << UInt64(v & 63)) != 0 && others.contains(v)
    }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool { contains(s.value) }
}
