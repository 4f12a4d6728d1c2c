import Foundation

/// Soft wraps: text wrapped at a fixed width (mail, forum posts, wire copy, text pasted from a
/// PDF) breaks its lines inside sentences: "The Stinger can hit\nhelicopters out to 8 km".
/// Such a line break is a space. Elsewhere a line break inside a sentence ends a heading, a
/// caption or a list line, and is read as punctuation (`hasPunctuation`).
extension SentenceAnalysis {
    /// Finds the sentence's soft wraps: line breaks after a letter, a digit or a comma, before
    /// a line that opens with a lower-case letter or a digit ("hit\nhelicopters", "auf\nrund
    /// 8 km", "поражает\nцели"). A line opening with a capital may be a new heading or item,
    /// and a line ending with a stop, a colon or a closing mark ends its statement.
    func findSoftWraps() {
        guard range.count > 1, let base = bytes.baseAddress,
              memchr(base + range.lowerBound, 0x0A, range.count) != nil else { return }
        for i in range where bytes[i] == 0x0A {
            var p = i
            while p > range.lowerBound, bytes[p - 1] == 0x20 || bytes[p - 1] == 0x0D || bytes[p - 1] == 0x09 { p -= 1 }
            var n = i + 1
            while n < range.upperBound, bytes[n] == 0x20 || bytes[n] == 0x09 { n += 1 }
            guard p > range.lowerBound, n < range.upperBound, endsWithWordOrComma(p), opensInLowerCase(n) else { continue }
            softWraps.append(i)
        }
    }

    /// Whether the text before `end` ends with a letter, a digit or a comma.
    private func endsWithWordOrComma(_ end: Int) -> Bool {
        let last = bytes[end - 1]
        if last < 0x80 { return TextScan.isASCIIAlphanumeric(last) || last == 0x2C }
        // The scalar ending there: back to its lead byte.
        var start = end - 1
        while start > range.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return Unicode.Scalar(ByteText.scalar(at: start, bytes).value)?.properties.isAlphabetic ?? false
    }

    /// Whether the text at `start` opens with a lower-case letter or a digit.
    private func opensInLowerCase(_ start: Int) -> Bool {
        let first = bytes[start]
        if first < 0x80 { return first &- 0x61 < 26 || first &- 0x30 < 10 }
        return Unicode.Scalar(ByteText.scalar(at: start, bytes).value)?.properties.isLowercase ?? false
    }
}
