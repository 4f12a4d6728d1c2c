import ArsenalKit
import Foundation
import Testing

/// Every query document renders exactly as its golden file in `Fixtures/Query/Golden`
/// says, in every format that can render it. Re-record with `ARSENAL_RECORD=1` (the run
/// fails while recording).
@Suite("Query golden files")
struct QueryGoldenTests {
    /// One document to render: a name for its golden files and how to build it.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let formats: [QueryFormat]
        let build: @Sendable () throws -> QueryDocument

        var testDescription: String { name }
    }

    static let textFormats: [QueryFormat] = [.table, .markdown, .csv, .json]

    static let cases: [Case] = [
        // A record whose sources disagree, with a disputed and a deprecated figure.
        Case(name: "show-disputed", formats: textFormats) {
            .datasheet(Datasheet(system: QueryFixtures.system("falcon"), catalog: QueryFixtures.catalog, units: .metric))
        },
        // A variant that overrides two attributes and inherits the rest.
        Case(name: "show-variant", formats: textFormats) {
            .datasheet(Datasheet(system: QueryFixtures.system("falcon-b"), catalog: QueryFixtures.catalog, units: .metric))
        },
        // Imperial units, with the printed figure beside every converted one.
        Case(name: "show-imperial", formats: textFormats) {
            .datasheet(Datasheet(system: QueryFixtures.system("kestrel"), catalog: QueryFixtures.catalog, units: .imperial))
        },
        // Disagreeing sources, a disputed figure, a bound, a system without altitude.
        Case(name: "compare", formats: QueryFormat.allCases) {
            let systems = ["falcon", "kestrel", "harrier"].map(QueryFixtures.system)
            return .comparison(SystemComparison(systems: systems, units: .metric, catalog: QueryFixtures.catalog))
        },
        // A family expanded to its variant, in imperial units, on chosen rows.
        Case(name: "compare-variants-imperial", formats: QueryFormat.allCases) {
            let systems = QueryFixtures.catalog.family(of: QueryFixtures.system("falcon")) + [QueryFixtures.system("kestrel")]
            return .comparison(SystemComparison(
                systems: systems, attributes: [.maxRange, .minRange, .maxAltitude, .maxSpeed, .systemMass, .guidance],
                units: .imperial, catalog: QueryFixtures.catalog))
        },
        Case(name: "list", formats: textFormats) {
            .listing(CatalogListing(catalog: QueryFixtures.catalog, units: .metric))
        },
        // A query adds the attributes it looks at as columns; sorted from the highest figure.
        Case(name: "list-query-sorted", formats: textFormats) {
            let query = try CatalogQuery("targets contains uav and max_range >= 5 km")
            return .listing(CatalogListing(
                catalog: QueryFixtures.catalog, query: query, sort: ListSort(key: .attribute(.maxRange), descending: true),
                limit: 2, units: .imperial))
        },
        Case(name: "list-empty", formats: textFormats) {
            .listing(CatalogListing(catalog: QueryFixtures.catalog, kind: .manpads, query: try CatalogQuery("origin == GB"), units: .metric))
        },
        Case(name: "find-exact", formats: textFormats) {
            .find(SystemFinder(catalog: QueryFixtures.catalog).find("SA 99 gremlin"))
        },
        Case(name: "find-typo", formats: textFormats) {
            .find(SystemFinder(catalog: QueryFixtures.catalog).find("Falcn"))
        },
        Case(name: "find-ambiguous", formats: textFormats) {
            .find(SystemFinder(catalog: QueryFixtures.catalog).find("fim"))
        },
        Case(name: "find-none", formats: textFormats) {
            .find(SystemFinder(catalog: QueryFixtures.catalog).find("Zenith"))
        },
        // Coverage: inherited slots, a qualified-only figure, empty core slots, publishers.
        Case(name: "stats", formats: textFormats) {
            .coverage(CoverageReport(catalog: QueryFixtures.catalog))
        },
        Case(name: "stats-shorad", formats: [.table, .json]) {
            .coverage(CoverageReport(catalog: QueryFixtures.catalog, kind: .shorad))
        },
    ]

    static let rendered: [(Case, QueryFormat)] = cases.flatMap { testCase in testCase.formats.map { (testCase, $0) } }

    @Test("fixture database loads without errors")
    func fixtureIsClean() {
        let errors = QueryFixtures.outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        #expect(QueryFixtures.catalog.systems.map(\.id) == ["falcon", "falcon-b", "harrier", "kestrel"])
    }

    @Test(arguments: rendered)
    func matchesGolden(_ testCase: Case, _ format: QueryFormat) throws {
        let document = try testCase.build()
        let output = try #require(format.render(document))
        try QueryFixtures.assertGolden(output, "\(testCase.name).\(format.fileExtension)")
    }

    @Test(arguments: cases.filter { !$0.formats.contains(.svg) })
    func svgRendersOnlyComparisons(_ testCase: Case) throws {
        let document = try testCase.build()
        #expect(!QueryFormat.svg.supports(document))
        #expect(QueryFormat.svg.render(document) == nil)
    }

    @Test(arguments: rendered.filter { $0.1 == .json })
    func jsonIsValid(_ testCase: Case, _ format: QueryFormat) throws {
        let output = try #require(format.render(try testCase.build()))
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
        #expect(object is [String: Any])
    }

    @Test("colour only on request, and never in the alignment")
    func tableColour() throws {
        let comparison = SystemComparison(systems: ["falcon", "kestrel"].map(QueryFixtures.system), units: .metric, catalog: QueryFixtures.catalog)
        let plain = try #require(QueryFormat.table.render(.comparison(comparison)))
        let coloured = try #require(QueryFormat.table.render(.comparison(comparison), options: QueryRenderOptions(color: true)))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[32m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }
}
