@testable import ArsenalKit
import Testing

@Suite("TokenHash")
struct TextTokenHashTests {
    /// The eight-bytes-per-load hash of a plain ASCII token must equal the byte-by-byte one
    /// for every length, case mix and position, including tokens that end at the end of
    /// the buffer (where no eight-byte load is possible) and tokens longer than a chunk.
    @Test("foldedASCIILetters equals folded for ASCII letters and digits")
    func asciiFastPathAgrees() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        for length in 1...40 {
            for _ in 0..<20 {
                let token = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                let padding = Int.random(in: 0...9, using: &generator)
                let buffer = Array("x ".utf8) + token + Array(repeating: UInt8(ascii: " "), count: padding)
                buffer.withUnsafeBufferPointer { p in
                    let range = 2..<(2 + length)
                    #expect(TokenHash.foldedASCIILetters(p, range) == TokenHash.folded(p, range),
                            "\(String(decoding: token, as: UTF8.self)) + \(padding)")
                }
            }
        }
    }

    @Test("Case does not change the key")
    func caseFolds() {
        func key(_ text: String) -> UInt64 {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { TokenHash.foldedASCIILetters($0, 0..<$0.count) }
        }
        #expect(key("Stinger") == key("STINGER"))
        #expect(key("Stinger") != key("Stingers"))
        #expect(key("km") != key("kn"))
    }
}

@Suite("TextScan")
struct TextScanTests {
    /// The eight-bytes-per-step test must find a diacritic lead byte at every offset and
    /// in every tail length, and must not take other non-ASCII bytes (Cyrillic 0xD0, the
    /// continuation bytes, 0xC2) for one.
    @Test("containsLatinDiacriticLead finds 0xC3-0xC5 anywhere and nothing else")
    func diacriticLead() {
        for length in 0...20 {
            for position in 0..<max(length, 1) {
                for lead: UInt8 in [0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xD0, 0x83] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { bytes[position] = lead }
                    let expected = length > 0 && (0xC3...0xC5).contains(lead)
                    let found = bytes.withUnsafeBufferPointer { TextScan.containsLatinDiacriticLead($0) }
                    #expect(found == expected, "length \(length), byte \(lead) at \(position)")
                }
            }
        }
    }
}
