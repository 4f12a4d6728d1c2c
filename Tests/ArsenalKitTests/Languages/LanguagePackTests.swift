import ArsenalKit
import Testing

/// Every language pack loads, validates, and yields exactly the claims its examples state.
@Suite struct LanguagePackTests {
    static let languages = Lexicon.bundledLanguages

    /// One extractor per pack, reading with that pack alone.
    static func extractor(_ language: String) throws -> ClaimExtractor {
        ClaimExtractor(catalog: CatalogLoader.bundledCatalog, lexicons: [try Lexicon.bundled(language)])
    }

    @Test(arguments: languages)
    func packExamplesYieldTheirClaims(_ language: String) throws {
        let examples = try Lexicon.bundledExamples(language)
        #expect(examples.count >= 60, "Lexicons/\(language)/examples.yaml has \(examples.count) examples; a pack needs at least 60")
        let extractor = try Self.extractor(language)
        for example in examples {
            let found = extractor.claims(in: Document(path: "example.txt", text: example.text)).map(\.summary)
            #expect(found == example.claims, "\(example.location): \(example.text)")
        }
    }

    @Test(arguments: languages)
    func everyPackDeclaresItsLanguageAndDetectionWords(_ language: String) throws {
        let pack = try Lexicon.bundled(language)
        #expect(pack.language == language)
        #expect(pack.detection.stopwords.count >= 20)
        #expect(!pack.units.isEmpty)
    }

    @Test func aPhraseListedTwiceIsALocatedError() {
        let yaml = """
            language: xx
            numbers: {}
            units: {}
            references: [the missile, it, The missile]
            """
        #expect(throws: LexiconError.invalid(SourceLocation(file: "xx/cues.yaml", line: 4, column: 31),
                                             "'The missile' appears twice in references")) {
            _ = try Lexicon.load(files: [("xx/cues.yaml", yaml)])
        }
    }

    @Test func unitSymbolsCompareWithTheirCase() throws {
        let yaml = """
            language: xx
            numbers: {}
            units: {m: {symbols: [m, M]}}
            """
        #expect(try Lexicon.load(files: [("xx/units.yaml", yaml)]).units[QuantityUnit(rawValue: "m")!]?.symbols == ["m", "M"])
    }

    @Test func aSectionInTwoFilesIsALocatedError() {
        let first = "language: xx\nnumbers: {}\nunits: {}\n"
        let second = "# more\nunits: {}\n"
        #expect(throws: LexiconError.invalid(SourceLocation(file: "xx/b.yaml", line: 2, column: 1),
                                             "section 'units' is also in xx/a.yaml:3")) {
            _ = try Lexicon.load(files: [("xx/a.yaml", first), ("xx/b.yaml", second)])
        }
    }

    @Test func anUnknownStructureKeyIsALocatedError() {
        let yaml = "language: xx\nnumbers: {}\nunits: {}\nstructure:\n  negation: [not]\n"
        #expect(throws: LexiconError.self) { _ = try Lexicon.load(files: [("xx/s.yaml", yaml)]) }
        do {
            _ = try Lexicon.load(files: [("xx/s.yaml", yaml)])
        } catch {
            #expect(error.description.hasPrefix("xx/s.yaml:5:3: unknown key 'negation' in structure"))
        }
    }

    @Test func anExampleWithoutClaimsIsALocatedError() {
        let yaml = "examples:\n  - text: The Stinger.\n"
        #expect(throws: LexiconError.invalid(SourceLocation(file: "x.yaml", line: 2, column: 5),
                                             "an example needs 'claims' (an empty list when it must yield none)")) {
            _ = try Lexicon.examples(yaml: yaml, path: "x.yaml")
        }
    }

    @Test func caseFoldingCoversCyrillicPolishAndGerman() throws {
        let yaml = """
            language: xx
            numbers: {cardinals: {шесть: 6, łódź: 7, straße: 8}}
            units: {km: {words: [километров]}}
            """
        let scanner = QuantityScanner(lexicons: [try Lexicon.load(files: [("xx/numbers.yaml", yaml)])])
        #expect(scanner.scan("ШЕСТЬ КИЛОМЕТРОВ").map(\.value) == [6000])
        #expect(scanner.scan("Шесть Километров").map(\.value) == [6000])
        #expect(scanner.scan("ŁÓDŹ километров").map(\.value) == [7000])
        #expect(scanner.scan("STRAßE километров").map(\.value) == [8000])
    }
}
