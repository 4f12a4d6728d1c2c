/// The capitals a name must be written with to match (issue 7: "Igla" and "igla", "С-400" and
/// "с 400 м" differ).
extension ClaimVocabulary {
    /// Names that are one plain word ("Stinger", "Grouse", "Mistral") must be written with
    /// their capital, or they would match the insect part, the bird and the wind; acronyms
    /// match only as written. Names with digits or separators ("Igla-S", "SA-24") match in
    /// any case, but for one capital and a number ("S-300", "С-400"), which keeps its capital.
    ///
    /// A record's acronym of five letters or more ("NASAMS", "THAAD", "SPYDER") also matches
    /// in title case, as much of the press writes it ("Nasams", "Thaad"): no such word is a
    /// common one. Short acronyms ("SAM", "US") and the outside list's ("MILAN" is also the
    /// city) keep their capitals.
    static func nameCapitals(_ name: String, record: Bool = false) -> [UInt8]? {
        // Digits, hyphens and spaces are ASCII: their bytes are the scalars.
        if let acronym = acronymCapitals(name), !name.utf8.contains(where: { $0 &- 0x30 < 10 || $0 == 0x2D || $0 == 0x20 }) {
            if record, name.utf8.count >= Self.titleCaseAcronymLength, name.utf8.allSatisfy({ $0 &- 0x41 < 26 }) {
                return Array(acronym.prefix(1))
            }
            return acronym
        }
        // "С-400", "S-300": one capital and a number, which the text must write with its capital:
        // "поражает цели с 400 м" (from 400 m) names no system (blind set PT, ru).
        let scalars = Array(name.unicodeScalars.prefix(3))
        if scalars.count == 3, isUppercase(scalars[0]), isAlphabetic(scalars[0]), scalars[1] == "-" || scalars[1] == " ",
           scalars[2].properties.numericType != nil {
            return Array(String(scalars[0]).utf8)
        }
        let isOneWord = name.utf8.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) || name.unicodeScalars.allSatisfy(isAlphabetic)
        guard isOneWord, let first = name.unicodeScalars.first, isUppercase(first) else { return nil }
        return Array(String(first).utf8)
    }

    /// Whether the text repeats the capitals of `phrase` at `start`: each ASCII capital of
    /// the phrase must be a capital in the text, and so must a basic Cyrillic capital that
    /// stands before any other letter beyond ASCII.
    static func capitalsMatch(_ phrase: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var k = start
        for (i, c) in phrase.enumerated() {
            guard k < bytes.count else { return false }
            if TextScan.isASCIIUppercase(c), !TextScan.isASCIIUppercase(bytes[k]) { return false }
            if c >= 0x80 {
                // A basic Cyrillic capital (D0 80 to D0 AF) is compared too ("С-400" against
                // "с 400 м"); other letters beyond ASCII are not.
                if c == 0xD0, i + 1 < phrase.count, phrase[i + 1] &- 0x80 < 0x30 {
                    return k + 1 < bytes.count && bytes[k] == 0xD0 && bytes[k + 1] &- 0x80 < 0x30
                }
                return true
            }
            k += 1
        }
        return true
    }
}
