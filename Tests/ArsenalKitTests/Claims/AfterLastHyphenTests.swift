import Testing
@testable import ArsenalKit

/// `SentenceAnalysis.afterLastHyphen` reads bytes where it can; it must answer what a
/// search by Characters answers, for every kind of word the packs' compound tests see.
@Suite struct AfterLastHyphenTests {
    static func byCharacters(_ text: String) -> String? {
        guard let index = text.lastIndex(of: "-") else { return nil }
        return String(text[text.index(after: index)...])
    }

    @Test(arguments: [
        "pac-3-interceptor", "radar", "", "-", "a-", "-b", "Stinger-Raketen", "зенитно-ракетный", "ПЗРК-комплекс",
        "Igła-S", "ракета-перехватчик", "x-\u{301}y", "пуск-\u{301}", "a-b-\u{301}", "système-sol-air", "«Игла-С»",
        "Flugabwehr-Raketensystem", "radar-guided", "a--b", "ż-ł",
    ])
    func answersAsCharactersDo(_ text: String) {
        #expect(SentenceAnalysis.afterLastHyphen(text) == Self.byCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
