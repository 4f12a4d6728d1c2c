@testable import ArsenalKit
import Testing

/// `SentenceAnalysis.wordCount` reads eight ASCII bytes per step; these tests hold it equal
/// to the byte-by-byte rule it replaces, on edge cases and on generated text.
@Suite("Word count")
struct WordCountTests {
    /// The byte-by-byte rule: a word is a run of letters and digits (any non-ASCII letter),
    /// with an apostrophe or hyphen inside it joining it when a letter or digit follows.
    static func reference(_ r: Range<Int>, _ bytes: [UInt8]) -> Int {
        guard r.lowerBound < r.upperBound else { return 0 }
        var count = 0
        var inWord = false
        var i = r.lowerBound
        func alnum(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }
        while i < r.upperBound {
            let b = bytes[i]
            let isWordByte: Bool
            if b < 0x80 {
                let joins = (b == 0x27 || b == 0x2D) && inWord && i + 1 < r.upperBound && alnum(bytes[i + 1])
                isWordByte = alnum(b) || joins
            } else if b & 0xC0 == 0x80 {
                isWordByte = inWord
            } else {
                isWordByte = b != 0xC2 && b != 0xE2
            }
            if isWordByte && !inWord { count += 1 }
            inWord = isWordByte
            i += 1
        }
        return count
    }

    static func count(_ text: String, _ r: Range<Int>? = nil) -> (fast: Int, reference: Int) {
        let bytes = Array(text.utf8)
        let range = r ?? 0..<bytes.count
        let fast = bytes.withUnsafeBufferPointer { SentenceAnalysis.wordCount(range, in: $0) }
        return (fast, reference(range, bytes))
    }

    @Test("Edge cases", arguments: [
        "", "a", "the Igla-S weighs 10.8 kg", "don't stop", "a - b", "a -b c- d", "it's--over", "x'",
        "12345678 abcdefgh", "abcdefg-h", "abcdefgh-ijklmnop", "abcdefg'hijklmnop qrs", "--------a-------b",
        "Стрела-2 весит 10,6 кг", "la portée de l’Igla-S", "„Piorun“ — 6,5 km", "a\u{00A0}b c",
        "        ", "1.5 km (4,900 ft) per second", "ABCDEFGH'", "ABCDEFG'H", "abcdefgh'ijklmnop'",
    ])
    func edges(text: String) {
        let bytes = Array(text.utf8)
        for start in 0...bytes.count {
            for end in start...bytes.count {
                let (fast, reference) = Self.count(text, start..<end)
                #expect(fast == reference, "\(text) \(start)..<\(end)")
            }
        }
    }

    @Test("Generated text")
    func generated() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [String] = ["a", "Z", "7", "-", "'", " ", ".", ",", "é", "–", "ł", "\n", "km", "don't", "Igla-S", "—"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let (fast, reference) = Self.count(text)
            #expect(fast == reference, "\(text.debugDescription)")
        }
    }
}
