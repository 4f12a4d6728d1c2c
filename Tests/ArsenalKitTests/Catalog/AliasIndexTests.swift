import Testing
@testable import ArsenalKit

@Suite struct AliasIndexTests {
    @Test(arguments: [
        ("میثاق-۱", "میثاق-1"),  // Persian (Extended Arabic-Indic) digit
        ("ميثاق-١", "ميثاق-1"),  // Arabic-Indic digit
        ("आकाश-१", "आकाश-1"),  // Devanagari digit
        ("Type ٩١", "Type 91"),
        ("QW-２", "QW-2"),  // fullwidth, folded by width
    ])
    func foldsDecimalDigitsOfEveryScriptToASCII(_ written: String, _ ascii: String) {
        #expect(AliasIndex.normalize(written) == AliasIndex.normalize(ascii))
        #expect(AliasIndex.normalize(written).unicodeScalars.contains { ("0"..."9").contains($0) })
    }

    @Test func digitsInOtherScriptsKeepNamesApart() {
        // Before folding, the digit was dropped and these two were one key.
        var index = AliasIndex()
        #expect(index.insert("میثاق-۱", for: "misagh-1") == nil)
        #expect(index.insert("میثاق-۲", for: "misagh-2") == nil)
        #expect(index.id(for: "میثاق-1") == "misagh-1")
        #expect(index.id(for: "میثاق ۲") == "misagh-2")
        #expect(index.insert("میثاق-2", for: "misagh-1") == "misagh-2")
    }

    @Test func numeralsThatAreNotDecimalDigitsAreNotFolded() {
        // Superscripts and circled numbers are not decimal digits (category No).
        #expect(AliasIndex.asciiDigit("①") == nil)
        #expect(AliasIndex.asciiDigit("²") == nil)
        #expect(AliasIndex.asciiDigit("۷") == "7")
    }
}

extension AliasIndexTests {
    /// The ASCII shortcut of `normalize` gives what the general folding gives.
    @Test func asciiKeysMatchTheGeneralFolding() {
        var names = ["Igla-S", "SA-24 Grinch", "9K338", "RBS 70 NG", "HQ-7B", "Mistral 3", "FIM-92 Stinger", "M1097 Avenger",
                     "a_b.c/d!", "ALL CAPS", "mIxEd-CaSe 42", " ", "", "@[`{", "Type 91 Kai"]
        names += CatalogLoader.bundledCatalog.systems.flatMap { $0.designations + [$0.id] }.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for name in names {
            #expect(AliasIndex.normalize(name) == AliasIndex.foldedKey(name), "\(name)")
        }
    }
}
