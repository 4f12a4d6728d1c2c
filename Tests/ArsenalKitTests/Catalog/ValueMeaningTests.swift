import Testing
@testable import ArsenalKit

/// Value qualifiers, family scope and one-value-two-spellings (`also:`): how they load,
/// what variants inherit, what validation says, and how claims are judged against them.
@Suite struct ValueMeaningTests {
    static let registry = """
        schema_version: 1
        sources:
          - {id: src, title: Example page, publisher: Example, url: "https://example.org/a", retrieved: 2025-01-01}
          - {id: other, title: Other page, publisher: Example, url: "https://example.org/b", retrieved: 2025-01-01}
        """

    static func record(_ id: String, header: String = "", specs: String) -> String {
        "schema_version: 1\nid: \(id)\nname: Zephyr \(id)\naliases: [\(id.capitalized)]\nkind: manpads\norigin: GB\n\(header)specs:\n\(specs)"
    }

    static func load(_ records: [String: String]) -> LoadOutcome {
        var files = [DataFile(path: "Data/sources.yaml", bytes: Array(registry.utf8))]
        for (id, text) in records.sorted(by: { $0.key < $1.key }) {
            files.append(DataFile(path: "Data/systems/\(id).yaml", bytes: Array(text.utf8)))
        }
        return CatalogLoader.load(files: files, isWholeDatabase: true)
    }

    static let family = [
        "zephyr": record("zephyr", specs: """
              max_range:
                - {value: 5 km, source: src}
              max_altitude:
                - {value: 3 km, scope: family, source: src}
              crew:
                - {value: 2, scope: family, source: src}
                - {value: 1, source: other}
              service_entry:
                - {value: 1981, source: src}
            """),
        "zephyr-b": record("zephyr-b", header: "extends: zephyr\n", specs: """
              crew:
                - {value: 3, source: other}
            """),
        "zephyr-c": record("zephyr-c", header: "extends: zephyr-b\n", specs: "  {}\n"),
    ]

    // MARK: Scope

    @Test func variantsInheritOnlyFamilyScopedValues() throws {
        let catalog = Self.load(Self.family).catalog
        let b = try #require(catalog.system(id: "zephyr-b"))
        #expect(b.values(.maxAltitude).map(\.value) == [.quantity(Quantity(3, .kilometers))])
        #expect(b.values(.maxAltitude).first?.inheritedFrom == "zephyr")
        #expect(b.values(.maxRange).isEmpty, "a model-scoped range must not be inherited")
        #expect(b.values(.serviceEntry).isEmpty, "a model-scoped year must not be inherited")
        #expect(b.values(.crew).map(\.value) == [.count(3)], "the variant's own entry replaces the family's")
    }

    @Test func aCloserRecordListingAnAttributeBlocksTheFartherBase() throws {
        let catalog = Self.load(Self.family).catalog
        let c = try #require(catalog.system(id: "zephyr-c"))
        // zephyr-b lists crew with a model-scoped value: zephyr's family crew stops there.
        #expect(c.values(.crew).isEmpty)
        #expect(c.values(.maxAltitude).first?.inheritedFrom == "zephyr")
    }

    @Test func aVariantContradictingAFamilyFigureIsALocatedDiagnostic() throws {
        let outcome = Self.load(Self.family)
        let found = outcome.diagnostics.filter { $0.code.code == "V404" }
        try #require(found.count == 1, "\(outcome.diagnostics.map(\.message))")
        #expect(found[0].location?.file == "Data/systems/zephyr-b.yaml")
        #expect(found[0].location?.line == 10 && found[0].location?.column == 15)
        #expect(found[0].notes.first?.location?.file == "Data/systems/zephyr.yaml")
        #expect(found[0].notes.first?.location?.line == 13)
    }

    @Test func familyScopeOnOneVariantsFigureIsAnError() {
        let outcome = Self.load(["zephyr": Self.record("zephyr", specs: "  max_range:\n    - {value: 5 km, variant: Mk 2, scope: family, source: src}\n")])
        let found = outcome.diagnostics.filter { $0.code.code == "V405" }
        #expect(found.count == 1 && found.first?.severity == .error)
        #expect(found.first?.location?.line == 9 && found.first?.location?.column == 36)
    }

    // MARK: Loading

    @Test func qualifierScopeAndSecondSpellingLoad() throws {
        let outcome = Self.load(["zephyr": Self.record("zephyr", specs: """
              max_speed:
                - {value: Mach 1.5, also: 430 m/s, source: src}
                - {value: 600 m/s, qualifier: average, scope: family, source: other}
            """)])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        let speeds = try #require(outcome.catalog.system(id: "zephyr")).values(.maxSpeed)
        #expect(speeds[0].also == .quantity(Quantity(430, .metersPerSecond)) && speeds[0].qualifier == nil && speeds[0].scope == .model)
        #expect(speeds[1].qualifier == .average && speeds[1].scope == .family)
    }

    @Test func unknownQualifierScopeAndMisplacedAlsoAreLocated() {
        let outcome = Self.load(["zephyr": Self.record("zephyr", specs: """
              max_speed:
                - {value: 600 m/s, qualifier: maximum, scope: all, source: src}
                - {value: 600 m/s, also: 4 km, source: other}
              crew:
                - {value: 2, also: 3, source: src}
            """)])
        let messages = outcome.diagnostics.map { "\($0.code.code) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        #expect(messages.contains("V204 9:35"), "\(messages)")
        #expect(messages.contains("V204 9:51"), "\(messages)")
        #expect(messages.contains("V302 10:30"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("V203 12:") }, "\(messages)")
    }

    @Test func oneSourcePrintingTwoFiguresIsFlaggedUnlessTheyAreOneValue() {
        let split = Self.load(["zephyr": Self.record("zephyr", specs: "  max_speed:\n    - {value: Mach 1.5, source: src}\n    - {value: 430 m/s, source: src}\n")])
        #expect(split.diagnostics.map(\.code.code).filter { $0 != "V503" } == ["V403"])
        let joined = Self.load(["zephyr": Self.record("zephyr", specs: "  max_speed:\n    - {value: Mach 1.5, also: 430 m/s, source: src}\n")])
        #expect(joined.diagnostics.filter { $0.code.code != "V503" }.isEmpty)
    }

    // MARK: Judging

    static func checker(_ specs: String) throws -> ArticleChecker {
        let outcome = load(["zephyr": record("zephyr", specs: specs)])
        return ArticleChecker(catalog: outcome.catalog, lexicons: try Lexicon.allBundled())
    }

    static func speedFinding(_ checker: ArticleChecker, _ text: String) throws -> Finding {
        let found = checker.check(Document(path: "a.txt", text: text)).filter { $0.claim.attribute == .spec(.maxSpeed) }
        try #require(found.count == 1, "\(found.map(\.quote))")
        return found[0]
    }

    @Test func aQualifiedValueDoesNotJudgeAnUnqualifiedClaim() throws {
        let checker = try Self.checker("  max_speed:\n    - {value: 800 m/s, source: src}\n    - {value: 600 m/s, qualifier: average, source: other}\n")
        let finding = try Self.speedFinding(checker, "The Zephyr flies at 600 m/s.")
        // Not judged by the average, nor a conflict: the article may mean the average (issue 8).
        #expect(finding.verdict == .unclear)
        #expect(finding.judgement.message.contains("matches the average figure"))
        #expect(finding.judgement.evidence.count == 2)
        let qualified = try #require(finding.judgement.evidence.first { $0.qualifier == .average })
        #expect(qualified.agrees == true)
        #expect(finding.judgement.notes.contains { $0.contains("qualified 'average'") })
        let plain = try Self.speedFinding(checker, "The Zephyr flies at 800 m/s.")
        #expect(plain.verdict == .consistent)
    }

    @Test func onlyQualifiedValuesLeaveAClaimUnverifiable() throws {
        let checker = try Self.checker("  max_speed:\n    - {value: 600 m/s, qualifier: average, source: src}\n")
        let finding = try Self.speedFinding(checker, "The Zephyr flies at 600 m/s.")
        #expect(finding.verdict == .unverifiable)
        #expect(finding.judgement.message.contains("only average figures"))
    }

    @Test func aClaimMayQuoteEitherSpellingOfOneValue() throws {
        let checker = try Self.checker("  max_speed:\n    - {value: Mach 1.5, also: 430 m/s, source: src}\n")
        #expect(try Self.speedFinding(checker, "The Zephyr flies at 430 m/s.").verdict == .consistent)
        #expect(try Self.speedFinding(checker, "The Zephyr flies at Mach 1.5.").verdict == .consistent)
        #expect(try Self.speedFinding(checker, "The Zephyr flies at 700 m/s.").verdict == .conflict)
    }
}
