import CHash

/// SHA-256 (FIPS 180-4), for the provenance hashes of input files.
public enum SHA256 {
    /// Lowercase hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8], portable: Bool = false) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest(bytes, portable: portable) {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32-byte digest; `portable` skips the processor's SHA instructions (for tests).
    public static func digest(_ bytes: [UInt8], portable: Bool = false) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { data in
            out.withUnsafeMutableBufferPointer {
                if portable { kd_sha256_portable(data.baseAddress, data.count, $0.baseAddress) }
                else { kd_sha256(data.baseAddress, data.count, $0.baseAddress) }
            }
        }
        return out
    }
}
