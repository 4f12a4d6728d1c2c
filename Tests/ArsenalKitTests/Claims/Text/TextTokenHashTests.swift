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

    /// The word starts `forEachWordStart` reports, eight ASCII bytes per step, must be the
    /// ones a byte-by-byte reading finds, whatever the mix of ASCII punctuation, digits,
    /// letters and multi-byte scalars and wherever a chunk boundary falls; and a `false`
    /// from the body must stop the walk.
    @Test("forEachWordStart finds every word start a byte-by-byte reading finds")
    func wordStarts() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("Z".utf8), Array("0".utf8), Array("9".utf8), Array(" ".utf8), Array("-".utf8),
            Array("@".utf8), Array("[".utf8), Array("`".utf8), Array("{".utf8), Array("/".utf8), Array(":".utf8),
            Array("\n".utf8), Array("é".utf8), Array("Ж".utf8), Array("’".utf8), Array("\u{A0}".utf8), Array("€".utf8),
            Array("𝔸".utf8), [0x7F], [0x01],
        ]
        func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
            var starts: [Int] = []
            var previousIsWord = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let isWord: Bool
                let length: Int
                if b < 0x80 {
                    isWord = TextScan.isASCIIAlphanumeric(b)
                    length = 1
                } else {
                    length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                    isWord = ClaimVocabulary.isLetterLead(b, next: i + 1 < bytes.count ? bytes[i + 1] : 0)
                }
                if isWord && !previousIsWord { starts.append(i) }
                previousIsWord = isWord
                i += length
            }
            return starts
        }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            bytes.withUnsafeBufferPointer { buffer in
                var found: [Int] = []
                TextScan.forEachWordStart(in: buffer) { found.append($0); return true }
                #expect(found == reference(buffer), "round \(round): \(bytes)")
                let expected = reference(buffer)
                if expected.count >= 2 {
                    var firstTwo: [Int] = []
                    TextScan.forEachWordStart(in: buffer) { firstTwo.append($0); return firstTwo.count < 2 }
                    #expect(firstTwo == Array(expected.prefix(2)))
                }
            }
        }
        // Every byte value below 0x80 in every position of a chunk.
        for byte: UInt8 in 0..<0x80 {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: " "), count: 16)
                bytes[position] = byte
                bytes.withUnsafeBufferPointer { buffer in
                    var found: [Int] = []
                    TextScan.forEachWordStart(in: buffer) { found.append($0); return true }
                    #expect(found == reference(buffer), "byte \(byte) at \(position)")
                }
            }
        }
    }

    /// The trie's prefix filter folds four ASCII bytes at once; each byte must fold as
    /// `TextScan.symbol` folds it, whatever its neighbours.
    @Test("PhraseTrie.foldedASCII folds four bytes as TextScan.symbol folds each")
    func foldedFourBytes() {
        for byte: UInt8 in 0..<0x80 {
            for position in 0..<4 {
                for neighbour: UInt8 in [0x00, 0x09, 0x20, 0x2D, 0x40, 0x41, 0x5A, 0x5B, 0x61, 0x7A, 0x7F] {
                    var bytes = [UInt8](repeating: neighbour, count: 4)
                    bytes[position] = byte
                    let expected = bytes.withUnsafeBufferPointer { buffer in
                        (0..<4).reduce(UInt32(0)) { $0 | UInt32(TextScan.symbol(at: $1, in: buffer).0) << UInt32(8 * $1) }
                    }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self).littleEndian }
                    #expect(PhraseTrie<Bool>.foldedASCII(word) == expected, "\(bytes)")
                }
            }
        }
    }
}
