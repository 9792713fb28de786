extension String {
    /// `self` with each ASCII byte in `replacements` replaced by its string; `self` itself, with no
    /// copy, when none occurs (the common case on the hot paths that escape or squash text).
    public func replacingASCII(_ replacements: [UInt8: String]) -> String {
        guard utf8.contains(where: { replacements[$0] != nil }) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if let replacement = replacements[byte] { out.append(contentsOf: replacement.utf8) } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
