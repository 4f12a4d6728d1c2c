import ArsenalKit
import Testing

/// Finding records by name, on the bundled database (the names the issue asks about) and
/// on the fixtures.
@Suite("System finder")
struct SystemFinderTests {
    let bundled = SystemFinder(catalog: CatalogLoader.bundledCatalog)

    @Test(arguments: [
        ("Stringer", "stinger", SystemFinder.Status.fuzzy),
        ("SA 24", "igla-s", .exact),
        ("grinch", "igla-s", .exact),
        ("igla s", "igla-s", .exact),
        ("IGLA-S", "igla-s", .exact),
        ("Игла-С", "igla-s", .exact),
        ("FIM 92", "stinger", .exact),
        ("piorn", "piorun", .fuzzy),
        ("starstrek", "starstreak", .fuzzy),
    ])
    func findsBundled(_ query: String, _ id: String, _ status: SystemFinder.Status) {
        let result = bundled.find(query)
        #expect(result.status == status, "\(query): \(result.status)")
        #expect(result.matches.first?.system.id == id, "\(query): \(result.matches.map(\.system.id))")
    }

    @Test("several equally good matches are all candidates")
    func ambiguous() {
        let result = bundled.find("strela")
        #expect(result.status == .ambiguous)
        #expect(result.matches.map(\.system.id) == ["strela-10", "strela-2", "strela-2m", "strela-3"])
    }

    @Test("nothing close is nothing")
    func none() {
        #expect(bundled.find("Zeppelin").status == .none)
        #expect(bundled.find("").status == .none)
        #expect(bundled.find("--").status == .none)
    }

    @Test("a typo names the designation it is closest to, as the data spells it")
    func typoDesignation() throws {
        let match = try #require(bundled.find("Stringer").matches.first)
        #expect(match.designation == "Stinger")
        #expect(match.kind == .typo)
        #expect(match.distance == 1)
    }

    @Test("suggestions for a name that does not resolve")
    func suggestions() {
        let suggestions = bundled.suggestions(for: "Stringer")
        #expect(suggestions.first == "Stinger")
        #expect(suggestions.count <= 3)
        #expect(bundled.suggestions(for: "zzzzzz").isEmpty)
    }

    @Test("fixtures: word, prefix and typo matches")
    func fixtures() {
        let finder = SystemFinder(catalog: QueryFixtures.catalog)
        #expect(finder.find("gremlin").matches.first?.kind == .word)
        #expect(finder.find("kest").matches.map(\.system.id) == ["kestrel"])
        #expect(finder.find("kest").matches.first?.kind == .prefix)
        #expect(finder.find("Falcn").status == .fuzzy)
        #expect(finder.find("fim 900").status == .exact)
    }
}
