import CICU

/// The safe Swift face of the system ICU, reached only through the `CICU` shim.
public enum ICU {
    /// NFC form of `text` (unchanged text is returned as is).
    public static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let units = Array(text.utf16)
        if units.withUnsafeBufferPointer({ kd_is_nfc($0.baseAddress, Int32($0.count)) }) == 1 { return text }
        return transform(units) { src, len, dst, cap in kd_nfc(src, len, dst, cap) } ?? text
    }

    /// Full Unicode case folding, as used for matching English keys.
    public static func foldCase(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return transform(Array(text.utf16)) { src, len, dst, cap in kd_fold_case(src, len, dst, cap) } ?? text.lowercased()
    }

    /// Word boundaries of `text`, as offsets in Unicode scalars (0 and the end included).
    public static func wordBoundaries(_ text: String) -> [Int] {
        let units = Array(text.utf16)
        var out = [Int32](repeating: 0, count: units.count + 2)
        let count = units.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { kd_word_boundaries(src.baseAddress, Int32(src.count), $0.baseAddress, Int32($0.count)) }
        }
        guard count > 0 else { return [0, text.unicodeScalars.count] }
        return utf16ToScalarOffsets(units, Array(out.prefix(Int(count))).map(Int.init))
    }

    /// The most likely charset of `bytes` with its confidence (0–100), or nil.
    public static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { kd_detect_charset($0.baseAddress, Int32($0.count), &name, 64) }
        }
        guard confidence >= 0 else { return nil }
        let nameBytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return (String(decoding: nameBytes, as: UTF8.self), Int(confidence))
    }

    /// Decodes `bytes` from `charset`; undecodable sequences become U+FFFD and are counted.
    public static func decode(_ bytes: [UInt8], charset: String) -> (text: String, invalid: Int, firstInvalidByte: Int?)? {
        var capacity = bytes.count + 16
        while true {
            var dst = [UInt16](repeating: 0, count: capacity)
            var invalid: Int32 = 0
            var first: Int32 = -1
            let n = bytes.withUnsafeBufferPointer { buf in
                buf.withMemoryRebound(to: CChar.self) { src in
                    dst.withUnsafeMutableBufferPointer {
                        kd_convert_to_utf16(charset, src.baseAddress, Int32(src.count), $0.baseAddress, Int32($0.count), &invalid, &first)
                    }
                }
            }
            if n == Int32.min { return nil }
            if n < 0 { capacity = Int(-n) + capacity; continue }
            let text = String(decoding: dst.prefix(Int(n)), as: UTF16.self)
            return (text, Int(invalid), first >= 0 ? Int(first) : nil)
        }
    }

    /// `text` encoded in `charset` (e.g. `windows-949`, `UTF-16LE`), or nil when ICU cannot.
    public static func encode(_ text: String, charset: String) -> [UInt8]? {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        for _ in 0..<3 {
            var dst = [CChar](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { src in
                dst.withUnsafeMutableBufferPointer { kd_convert_from_utf16(charset, src.baseAddress, Int32(src.count), $0.baseAddress, Int32($0.count)) }
            }
            if n == Int32.min { return nil }
            if n < 0 { capacity = Int(-n) + 16; continue }
            return dst.prefix(Int(n)).map { UInt8(bitPattern: $0) }
        }
        return nil
    }

    /// Runs an ICU "preflight" style function, growing the buffer once when it is too small.
    static func transform(
        _ units: [UInt16],
        _ body: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32
    ) -> String? {
        var capacity = units.count * 2 + 16
        for _ in 0..<3 {
            var dst = [UInt16](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { src in
                dst.withUnsafeMutableBufferPointer { body(src.baseAddress, Int32(src.count), $0.baseAddress, Int32($0.count)) }
            }
            if n == Int32.min { return nil }
            if n < 0 { capacity = Int(-n) + 16; continue }
            return String(decoding: dst.prefix(Int(n)), as: UTF16.self)
        }
        return nil
    }

    /// Converts sorted UTF-16 offsets into Unicode-scalar offsets of the same text.
    static func utf16ToScalarOffsets(_ units: [UInt16], _ offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var scalar = 0
        var unit = 0
        for target in offsets {
            while unit < target && unit < units.count {
                unit += UTF16.isLeadSurrogate(units[unit]) ? 2 : 1
                scalar += 1
            }
            result.append(scalar)
        }
        return result
    }
}

/// An ICU transform such as `Hangul-Latin`. Not thread-safe: use one per task.
public final class Transliterator {
    private let handle: UnsafeMutableRawPointer

    /// Opens the transform `id`, or returns nil when ICU does not know it.
    public init?(_ id: String) {
        let units = Array(id.utf16)
        guard let h = units.withUnsafeBufferPointer({ kd_translit_open($0.baseAddress, Int32($0.count)) }) else { return nil }
        handle = h
    }

    deinit { kd_translit_close(handle) }

    /// The transliteration of `text`.
    public func apply(_ text: String) -> String {
        var units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        for _ in 0..<3 {
            let length = units.count
            units.append(contentsOf: repeatElement(0, count: max(0, capacity - units.count)))
            let n = units.withUnsafeMutableBufferPointer { kd_translit(handle, $0.baseAddress, Int32(length), Int32($0.count)) }
            if n == Int32.min { return text }
            if n < 0 {
                capacity = Int(-n) + 16
                units = Array(text.utf16)
                continue
            }
            return String(decoding: units.prefix(Int(n)), as: UTF16.self)
        }
        return text
    }
}

/// An ICU collator; sort keys compare bytewise in the locale's order.
public final class Collator: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer

    /// Opens the collator for `locale` (e.g. "ko"), or nil.
    public init?(locale: String) {
        guard let h = kd_collator_open(locale) else { return nil }
        handle = h
    }

    deinit { kd_collator_close(handle) }

    /// The collation sort key of `text`.
    public func sortKey(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        var key = [UInt8](repeating: 0, count: units.count * 4 + 16)
        var n = units.withUnsafeBufferPointer { src in
            key.withUnsafeMutableBufferPointer { kd_sort_key(handle, src.baseAddress, Int32(src.count), $0.baseAddress, Int32($0.count)) }
        }
        if Int(n) > key.count {
            key = [UInt8](repeating: 0, count: Int(n))
            n = units.withUnsafeBufferPointer { src in
                key.withUnsafeMutableBufferPointer { kd_sort_key(handle, src.baseAddress, Int32(src.count), $0.baseAddress, Int32($0.count)) }
            }
        }
        return Array(key.prefix(Int(n)))
    }

    /// `strings` sorted in this collator's order (ties broken by code points, so the order is total).
    public func sorted(_ strings: [String]) -> [String] {
        strings.map { (sortKey($0), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) || ($0.0 == $1.0 && $0.1 < $1.1) }
            .map(\.1)
    }
}

import Foundation

extension ICU {
    /// Transliterates `text` with the ICU transform `id` (`Latin-Hangul`, `Hangul-Latin`), safely
    /// from any thread: transliterators are pooled, one borrower at a time.
    public static func transliterate(_ text: String, id: String) -> String {
        guard let t = TransliteratorPool.shared.borrow(id) else { return text }
        defer { TransliteratorPool.shared.giveBack(t, id: id) }
        return t.apply(text)
    }
}

private final class TransliteratorPool: @unchecked Sendable {
    static let shared = TransliteratorPool()
    private let lock = NSLock()
    private var idle: [String: [Transliterator]] = [:]

    func borrow(_ id: String) -> Transliterator? {
        lock.lock()
        if let t = idle[id]?.popLast() {
            lock.unlock()
            return t
        }
        lock.unlock()
        return Transliterator(id)
    }

    func giveBack(_ t: Transliterator, id: String) {
        lock.lock()
        idle[id, default: []].append(t)
        lock.unlock()
    }
}
