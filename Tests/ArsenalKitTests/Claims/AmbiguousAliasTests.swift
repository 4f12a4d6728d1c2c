import Testing
@testable import ArsenalKit

/// Aliases that are common words ("Tor" is German for gate, "Osa" Russian for wasp) name
/// their system only where the text shows it means the system.
@Suite struct AmbiguousAliasTests {
    static let vocabulary: ClaimVocabulary = {
        do {
            return ClaimVocabulary(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
        } catch {
            fatalError("the bundled lexicons do not load: \(error)")
        }
    }()

    /// The record ids of the system names found in `text`, in order.
    func systems(_ text: String) -> [String] {
        let catalog = CatalogLoader.bundledCatalog
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            Self.vocabulary.scan(UnsafeBufferPointer(buffer)).compactMap { match in
                if case .system(let index) = match.cue { return catalog.systems[index].id }
                return nil
            }
        }
    }

    @Test func theBundledRecordsMarkTheirCommonWordAliases() {
        let catalog = CatalogLoader.bundledCatalog
        for (id, name) in [("tor", "Tor"), ("osa", "Оса"), ("buk", "Buk"), ("akash", "Akash")] {
            #expect(catalog.system(id: id)?.isAmbiguous(name) == true, "\(id): \(name)")
            // Still found by name in show/find/compare.
            #expect(catalog.resolve(name)?.id == id)
        }
        #expect(catalog.system(id: "tor")?.isAmbiguous("SA-15") == false)
    }

    @Test func aloneTheWordIsNotTheSystem() {
        #expect(systems("Das Tor des Stadions war 45 Meter breit.").isEmpty)
        #expect(systems("Оса ужалила ребёнка в саду.").isEmpty)
        #expect(systems("Akash Ambani said the deal was worth 5 billion.").isEmpty)
        #expect(systems("Buk rośnie na skraju lasu.").isEmpty)
    }

    /// The names of `text` read with one language's pack only.
    func systems(_ text: String, language: String) throws -> [String] {
        let catalog = CatalogLoader.bundledCatalog
        let pack = try #require(try Lexicon.allBundled().first { $0.language == language })
        let vocabulary = ClaimVocabulary(catalog: catalog, lexicons: [pack])
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            vocabulary.scan(UnsafeBufferPointer(buffer)).compactMap { match in
                if case .system(let index) = match.cue { return catalog.systems[index].id }
                return nil
            }
        }
    }

    /// A name is ambiguous only in the languages whose pack lists it as a common word
    /// (`structure.common_word_names`): "Buk" is the beech in Polish, the system in French.
    @Test func ambiguityBelongsToTheLanguage() throws {
        #expect(try systems("Le Buk, entré en service en 1979, abat des avions.", language: "fr") == ["buk"])
        #expect(try systems("The Buk shot down the airliner.", language: "en") == ["buk"])
        #expect(try systems("Buk rośnie na skraju lasu.", language: "pl").isEmpty)
        #expect(try systems("Das Tor des Stadions war 45 Meter breit.", language: "de").isEmpty)
        #expect(try systems("El Tor ruso alcanza 12 km.", language: "es") == ["tor"])
        #expect(try systems("Una osa y sus crías cruzaron la carretera. La Osa Mayor brillaba.", language: "es").isEmpty)
    }

    @Test func anotherDesignationOfTheSameSystemLicensesIt() {
        #expect(systems("Iran bought the Tor-M1. The Tor has a range of 12 km.") == ["tor", "tor"])
        #expect(systems("The SA-8 Gecko is old. The Osa still flies.") == ["osa", "osa"])
        // Another system's name does not license it.
        #expect(systems("The Igla-S is light. The Tor has a range of 12 km.") == ["igla-s"])
    }

    @Test func quotationMarksAndCompoundsMarkAProductName() {
        #expect(systems("НАТО передало Украине ЗРК «Оса». Оса поражает цели на дальности до 10 км.") == ["osa", "osa"])
        #expect(systems("Die Raketen des Systems „Buk“ treffen Ziele in 45 Kilometer Entfernung.") == ["buk"])
        #expect(systems("The \"Tor\" system has a range of 12 km.") == ["tor"])
        // A hyphenated compound is a proper-noun use.
        #expect(systems("Der Buk-Komplex hat eine Reichweite von 45 Kilometern.") == ["buk"])
        #expect(systems("Das Tor - so hieß es - blieb offen.").isEmpty)
        // One quotation mark is not enough.
        #expect(systems("He said \"Tor is closed.").isEmpty)
    }

    @Test func claimsFollowTheSameRule() {
        #expect(CheckTestSupport.claims("The Tor has a range of 12 km.").isEmpty)
        let licensed = CheckTestSupport.claims("Russia deployed the SA-15. The Tor has a range of 12 km.")
        #expect(licensed.contains { $0.systemID == "tor" && $0.attribute == .spec(.maxRange) })
    }
}
