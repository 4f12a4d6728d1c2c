import Foundation
@testable import ArsenalKit
import Testing

/// A year abbreviation of a pack (`structure.year_abbreviations`: "r.", "г.", "р.") after a
/// four-digit year ends the sentence before a capital, unless the year opens the sentence.
@Suite struct YearAbbreviationSplitTests {
    func split(_ text: String, years: Set<String>) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let sentences = SentenceSplitter.sentences(in: buffer, abbreviations: [])
            return ClaimExtractor.refined(sentences, buffer, units: [], years: years).map { range in
                String(decoding: buffer[range], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        }
    }

    @Test func aYearAbbreviationBeforeACapitalEndsTheSentence() {
        #expect(split("Strzała-2M weszła do służby w 1970 r. Na wysokość 3,5 km sięga Igła-S.", years: ["r"])
            == ["Strzała-2M weszła do służby w 1970 r.", "Na wysokość 3,5 km sięga Igła-S."])
        #expect(split("«Игла» принята на вооружение в 1981–1983 гг. Дальность 6 км.", years: ["г", "гг"])
            == ["«Игла» принята на вооружение в 1981–1983 гг.", "Дальность 6 км."])
    }

    @Test func anOpeningDateALowercaseWordOrNoYearKeepsTheSentence() {
        #expect(split("W 2019 r. Piorun wszedł do służby.", years: ["r"]).count == 1)
        #expect(split("13 grudnia 2016 r. MON podpisał umowę.", years: ["r"]).count == 1)
        #expect(split("Rakiety kupiła w 2016 r. polska armia.", years: ["r"]).count == 1)
        #expect(split("Zestaw ma 12 r. Na tym koniec.", years: ["r"]).count == 1)
        #expect(split("Strzała-2M weszła do służby w 1970 r. Na wysokość 3,5 km.", years: []).count == 1)
    }
}
