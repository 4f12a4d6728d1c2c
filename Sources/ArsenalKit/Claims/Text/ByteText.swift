/// Byte-level helpers over UTF-8 text shared by the readers and the scanner.
enum ByteText {
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[offset + k] != p[k] { return false }
        return true
    }

    static func hasPrefixIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ prefix: String) -> Bool {
        var k = offset
        for c in prefix.utf8 {
            guard k < bytes.count else { return false }
            let b = bytes[k]
            if b != c && !(isASCIILetter(b) && b | 0x20 == c | 0x20) { return false }
            k += 1
        }
        return true
    }

    /// The first offset at or after `from` where `needle` starts.
    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int, to end: Int? = nil) -> Int? {
        let count = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        let first = p[0]
        let limit = (end ?? bytes.count) - count
        var i = from
        while i <= limit {
            if bytes[i] == first {
                var k = 1
                while k < count && bytes[i + k] == p[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    static func findIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: String, from: Int) -> Int? {
        let first = needle.utf8.first!
        var i = from
        while i < bytes.count {
            if bytes[i] == first, hasPrefixIgnoringCase(bytes, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the scalar starting at `i` is an uppercase letter (ASCII without a lookup of
    /// Unicode properties).
    @inline(__always)
    static func isUppercaseScalar(at i: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = p[i]
        if b < 0x80 { return b &- 0x41 < 26 }
        return Unicode.Scalar(scalar(at: i, p).value)?.properties.isUppercase ?? false
    }

    /// Decodes the scalar starting at `i` (input is valid UTF-8): its value and length.
    @inline(__always)
    static func scalar(at i: Int, _ p: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = p.count
        if b0 < 0xE0 {
            guard i + 1 < n else { return (0xFFFD, 1) }
            return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return (0xFFFD, 1) }
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        guard i + 3 < n else { return (0xFFFD, 1) }
        return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// Decodes the scalar that ends just before `end`: its value and start offset.
    @inline(__always)
    static func scalar(before end: Int, _ p: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int) {
        if p[end - 1] < 0x80 { return (UInt32(p[end - 1]), end - 1) }
        var start = end - 1
        while start > 0, p[start] & 0xC0 == 0x80, end - start < 4 { start -= 1 }
        return (scalar(at: start, p).value, start)
    }

    /// Whether any of the eight bytes in `word` is below 0x20, `"` or a backslash: the bytes a JSON
    /// string escapes, or that end a plain run in one. The classic zero-byte tests on
    /// `word`, `word ^ "..."` and `word ^ "\\..."`, exact for the presence of such a byte.
    @inline(__always)
    static func hasQuoteBackslashOrControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        let quoted = word ^ (ones &* 0x22)
        let backslashed = word ^ (ones &* 0x5C)
        let quote = (quoted &- ones) & ~quoted
        let backslash = (backslashed &- ones) & ~backslashed
        return (control | quote | backslash) & highs != 0
    }

    /// The high bit of each of the eight bytes of `word` that equals `byte` (bits above a
    /// match may be set too, never below the first): nonzero exactly when some byte is `byte`.
    @inline(__always)
    static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let flipped = word ^ (ones &* UInt64(byte))
        return (flipped &- ones) & ~flipped & 0x8080_8080_8080_8080
    }

    /// Whether any of the eight bytes of `word` is `a` or `b`.
    @inline(__always)
    static func hasEither(_ a: UInt8, _ b: UInt8, in word: UInt64) -> Bool {
        matches(a, in: word) | matches(b, in: word) != 0
    }

    /// The first position at or after `start` and before `limit` holding `a` or `b` (`limit`
    /// when none does): eight bytes per step past text holding neither.
    @inline(__always)
    static func firstOf(_ a: UInt8, _ b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int {
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= limit, !hasEither(a, b, in: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        }
        while i < limit, bytes[i] != a, bytes[i] != b { i += 1 }
        return i
    }

    /// Letters of the scripts articles use (Latin, Greek, Cyrillic and the rest via
    /// Unicode properties); marks count as letters so that decomposed accents stay inside
    /// words.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return isNonASCIILetter(v)
    }

    static func isNonASCIILetter(_ v: UInt32) -> Bool {
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v == 0xAA || v == 0xB5 || v == 0xBA { return true }
        if v < 0xC0 { return false }
        if v >= 0x370 && v <= 0x52F { return v != 0x37E && v != 0x387 }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }

    /// Horizontal spacing: space, tab, no-break space, the U+2000 spaces, narrow no-break
    /// space, medium mathematical space, ideographic space.
    @inline(__always)
    static func isHorizontalSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0xA0 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// Digits 0-9 only (other scripts' digits are not figures Arsenal reads).
    static func isDigitScalar(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
}
