import ArsenalKit
import Testing

@Suite("Lexicon")
struct TextLexiconTests {
    @Test("Eight language packs are bundled")
    func bundledLanguages() {
        #expect(Lexicon.bundledLanguages == ["de", "en", "es", "fr", "it", "pl", "ru", "uk"])
    }

    @Test("Every bundled lexicon loads with every section filled", arguments: ["en", "es"])
    func bundled(language: String) throws {
        let lexicon = try Lexicon.bundled(language)
        #expect(lexicon.language == language)
        #expect(!lexicon.numbers.cardinals.isEmpty)
        #expect(!lexicon.numbers.scales.isEmpty)
        #expect(Set(lexicon.units.keys) == Set(QuantityUnit.allCases))
        #expect(Set(lexicon.bounds.before.keys) == Set(ClaimBound.allCases.filter { $0 != .between && $0 != .exact }))
        #expect(!lexicon.bounds.ranges.isEmpty)
        for attribute in [Attribute.maxRange, .minRange, .maxAltitude, .minAltitude, .maxSpeed, .missileMass, .systemMass,
                          .warheadMass, .crew] {
            #expect(!(lexicon.attributeCues[attribute] ?? []).isEmpty, "\(language): no cues for \(attribute)")
        }
        #expect(!lexicon.manPortable.isEmpty)
        #expect(lexicon.guidance[.passiveIR]?.isEmpty == false)
        #expect(lexicon.targets[.uav]?.isEmpty == false)
        #expect(lexicon.origins["RU"]?.isEmpty == false)
        #expect(lexicon.classes["manpads"]?.isEmpty == false)
        #expect(!lexicon.comparisons.similarTo.isEmpty)
        #expect(lexicon.comparisons.greaterThan[.maxRange]?.isEmpty == false)
        // (Areas only where the adjective follows the unit: "kilómetros cuadrados"; English has none.)
        for category in NonClaimCategory.allCases where category != .areas || language != "en" {
            #expect(!(lexicon.nonClaims[category] ?? []).isEmpty, "\(language): no \(category) cues")
        }
        #expect(lexicon.months.count >= 12)
        #expect(!lexicon.references.isEmpty)
    }

    @Test("The English lexicon has the brief's words")
    func englishWords() throws {
        let en = try Lexicon.bundled("en")
        #expect(en.numbers.cardinals["twenty"] == 20)
        #expect(en.numbers.multipliers["dozen"] == 12)
        #expect(en.numbers.scales["million"] == 1e6)
        #expect(en.units[.nauticalMiles]?.words.contains("nautical miles") == true)
        #expect(en.bounds.before[.upTo]?.contains("as far as") == true)
        #expect(en.origins["SU"]?.contains("Soviet-era") == true)
        #expect(en.guidance[.laserBeamRiding]?.contains("laser-guided") == true)
        #expect(en.targets[.cruiseMissile]?.contains("cruise missiles") == true)
        #expect(en.nonClaims[.persons]?.contains("reservists") == true)
    }

    @Test("Merging keeps every language's entries")
    func merging() throws {
        let merged = Lexicon.merged([try Lexicon.bundled("en"), try Lexicon.bundled("es")])
        #expect(merged.language == "en+es")
        #expect(merged.numbers.cardinals["six"] == 6)
        #expect(merged.numbers.cardinals["seis"] == 6)
        #expect(merged.units[.kilometers]?.words.contains("kilómetros") == true)
        #expect(merged.units[.kilometers]?.words.contains("kilometres") == true)
        #expect(merged.bounds.ranges.contains { $0.open == "entre" })
        #expect(merged.bounds.ranges.filter { $0.open == nil }.count == 1)
    }

    @Test("An unknown language names the bundled ones")
    func unknownLanguage() {
        #expect(throws: LexiconError.unknownLanguage("nl", available: ["de", "en", "es", "fr", "it", "pl", "ru", "uk"])) {
            try Lexicon.bundled("nl")
        }
    }

    @Test("Format errors are located", arguments: [
        ("language: xx\nnumbers: {}\nunits:\n  furlong: {words: [furlong]}\n", 4, 3, "unknown unit 'furlong'"),
        ("language: xx\nnumbers: {}\nunits: {}\nbounds:\n  before:\n    roughly: [about]\n", 6, 5, "unknown key 'roughly'"),
        ("language: xx\nnumbers:\n  cardinals: {one: uno}\nunits: {}\n", 3, 20, "must be a number"),
        ("language: xx\nnumbers: {}\nunits: {}\nattributes:\n  max_rnage: [range]\n", 5, 3, "unknown key 'max_rnage'"),
        ("language: xx\nnumbers: {}\nunits: {}\nextra: 1\n", 4, 1, "unknown key 'extra'"),
        ("language: xx\nnumbers: [\n", 3, 1, "malformed YAML"),
        ("numbers: {}\nunits: {}\n", 1, 1, "no 'language'"),
    ])
    func formatErrors(yaml: String, line: Int, column: Int, message: String) {
        do {
            _ = try Lexicon.load(yaml: yaml, path: "Lexicons/xx.yaml")
            Issue.record("expected an error")
        } catch {
            guard case .invalid(let location, let text) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(location == SourceLocation(file: "Lexicons/xx.yaml", line: line, column: column))
            #expect(text.contains(message), "\(text)")
        }
    }

    @Test("A minimal custom lexicon drives a scanner")
    func customLexicon() throws {
        let yaml = """
            language: xx
            numbers:
              cardinals: {uno: 1, dos: 2}
              scales: {mil: 1000}
            units:
              m: {words: [metro, metros], symbols: [m]}
            bounds:
              before: {up_to: [hasta]}
            """
        let scanner = QuantityScanner(lexicons: [try Lexicon.load(yaml: yaml, path: "xx.yaml")])
        let mention = try #require(scanner.scan("hasta dos mil metros").first)
        #expect(mention.bound == .upTo)
        #expect(mention.value == 2000)
        #expect(mention.unit == .meters)
    }
}
