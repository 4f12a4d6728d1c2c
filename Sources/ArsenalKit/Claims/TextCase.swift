/// Lower-casing of UTF-8 words without the standard library's per-scalar property look-up
/// for the letters of the languages Arsenal reads.
///
/// `String.lowercased()` appends each scalar's `lowercaseMapping`; for text outside ASCII
/// (Cyrillic, Polish, German, French, Spanish) that look-up cost about 3,000 instructions
/// per word, more than the rest of the word's analysis. Every two-byte scalar (U+0080 to
/// U+07FF: Latin-1, Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic) whose lower
/// case is again one two-byte scalar is looked up in a table built from those same
/// mappings, so the result is the standard library's, byte for byte. Anything else (a
/// three-byte scalar, "İ", which lowercases to two scalars) returns nil and the caller
/// falls back to `String.lowercased()`.
enum TextCase {
    /// Per two-byte scalar value, its lower case when that is one two-byte scalar, else 0.
    private static let twoByteLower: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x800)
        for value in UInt32(0x80)..<0x800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Most scalars map to themselves, which a binary property says at a fraction of
            // the cost of building the mapping (the table is built at the first word outside
            // ASCII, inside a command's start-up).
            guard scalar.properties.changesWhenLowercased else {
                table[Int(value)] = UInt16(value)
                continue
            }
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            guard mapped.count == 1, let lower = mapped.first, (0x80..<0x800).contains(lower.value) else { continue }
            table[Int(value)] = UInt16(lower.value)
        }
        return table
    }()

    /// `bytes` lower-cased, equal to `String(decoding: bytes, as: UTF8.self).lowercased()`,
    /// or nil when a scalar is not ASCII or a two-byte letter with a two-byte lower case.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var failed = false
        let table = twoByteLower
        let result = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    buffer[i] = b &- 0x41 < 26 ? b | 0x20 : b
                    i += 1
                    continue
                }
                guard b & 0xE0 == 0xC0, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 else {
                    failed = true
                    return 0
                }
                let lower = table[Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)]
                guard lower != 0 else {
                    failed = true
                    return 0
                }
                buffer[i] = 0xC0 | UInt8(truncatingIfNeeded: lower >> 6)
                buffer[i + 1] = 0x80 | UInt8(truncatingIfNeeded: lower & 0x3F)
                i += 2
            }
            return n
        }
        return failed ? nil : result
    }
}
