import Testing
@testable import ArsenalKit

/// `TextCase.lowercased` is a faster `String.lowercased()`: wherever it answers, it must
/// answer exactly what the standard library does.
@Suite struct TextCaseTests {
    static func lowered(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { TextCase.lowercased($0) }
    }

    @Test func everyTwoByteScalarLowercasesAsTheStandardLibraryDoes() {
        var answered = 0
        for value in UInt32(0)..<0x800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "z"
            if let fast = Self.lowered(text) {
                #expect(fast == text.lowercased(), "U+\(String(value, radix: 16, uppercase: true))")
                answered += 1
            }
        }
        // ASCII and nearly all letters of Latin, Greek and Cyrillic are answered.
        #expect(answered > 1_800)
    }

    @Test func wordsOfTheSixLanguagesLowercaseAsTheStandardLibraryDoes() {
        let words = ["ПЗРК", "«Игла-С»", "Zestaw PIORUN", "ŻÓŁTY", "Flugabwehrraketensystem", "GRÖẞE", "Größe",
                     "ÉLYSÉE", "Misil PORTÁTIL", "Ünter-Öl", "ΣΊΓΜΑ", "ΟΔΟΣ", "ЁЖ", "Їжак", "İstanbul", "K\u{212A}", "FIM-92"]
        for word in words {
            if let fast = Self.lowered(word) { #expect(fast == word.lowercased(), "\(word)") }
        }
        // Three-byte scalars ("ẞ", the Kelvin sign) and "İ" (two scalars in lower case) fall back;
        // two-byte punctuation ("«") maps to itself.
        #expect(Self.lowered("GRÖẞE") == nil)
        #expect(Self.lowered("İstanbul") == nil)
        #expect(Self.lowered("«Игла-С»") == "«игла-с»")
        #expect(Self.lowered("ПЗРК") == "пзрк")
        #expect(Self.lowered("ŻÓŁTY") == "żółty")
    }
}
