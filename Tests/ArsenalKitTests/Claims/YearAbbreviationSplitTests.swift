import Foundation
@testable import ArsenalKit
import Testing

/// A year abbreviation of a pack (`structure.year_abbreviations`: "r.", "г.", "р.") after a
/// four-digit year ends the sentence before a capital, unless the year opens the sentence.
@Suite struct YearAbbreviationSplitTests {
    func split(_ text: String, years: Set<String>, nouns: Set<String> = [], verbs: Set<String> = []) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let sentences = SentenceSplitter.sentences(in: buffer, abbreviations: [], ordinalNouns: nouns, objectVerbs: verbs)
            return ClaimExtractor.refined(sentences, buffer, units: [], years: years, objectVerbs: verbs).map { range in
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

    /// A verb of succession written before its object keeps a date's stop inside the
    /// sentence: the object follows the date (blind set 7, pl: "wyparła w 1985 r.
    /// Strzałę-3" was split and the missile mass after it given to the Strela-3).
    @Test func aVerbOfSuccessionBeforeTheDateKeepsItsObject() {
        let verbs: Set<String> = ["wyparła", "wyparł"]
        #expect(split("Igła wyparła w 1985 r. Strzałę-3. Jej rakieta waży 10,8 kg.", years: ["r"], verbs: verbs)
            == ["Igła wyparła w 1985 r. Strzałę-3.", "Jej rakieta waży 10,8 kg."])
        #expect(split("Igła wyparła w latach 80. Strzałę-3, a jej rakieta waży 10,8 kg.", years: ["r"], verbs: verbs).count == 1)
        // Without the verb near the date, the date still ends its sentence.
        #expect(split("Strzała-2M to radziecki zestaw z lat 70. Jej pocisk waży 9,8 kg.", years: ["r"], verbs: verbs).count == 2)
        #expect(split("Grom wyparł Strzałę z wielu jednostek w 1995 r. Na tym koniec.", years: ["r"], verbs: verbs).count == 2)
    }

    /// A number's stop before a formation's name is an ordinal ("w 12. Dywizjonie", "der 24. Brigade").
    @Test func anOrdinalBeforeAFormationKeepsTheSentence() {
        #expect(split("W 2022 roku Piorun zastąpił Gromy w 12. Dywizjonie Przeciwlotniczym.", years: ["r"], nouns: ["dywizjonie"]).count == 1)
        #expect(split("Die Stinger dient bei der 24. Brigade seit 1991.", years: [], nouns: ["brigade"]).count == 1)
        #expect(split("Polska kupiła ich 15. Pułku nie wymieniono.", years: [], nouns: []).count == 2)
    }
}
