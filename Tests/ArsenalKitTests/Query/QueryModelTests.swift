import ArsenalKit
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Summaries, units, comparisons and listings, on the fixtures and the bundled database.
@Suite("Query models")
struct QueryModelTests {
    // MARK: Figures and units

    @Test(arguments: [
        (6000.0, QuantityUnit.kilometers, "6"),
        (4785.36, .kilometers, "4.79"),
        (10.68, .kilograms, "10.68"),
        (510.0, .metersPerSecond, "510"),
        (748.638, .metersPerSecond, "749"),
        (500.0, .feet, "1640"),
        (15.2, .pounds, "33.5"),
        (8000.0, .miles, "4.97"),
    ])
    func numbers(_ si: Double, _ unit: QuantityUnit, _ text: String) {
        #expect(FigureFormatter.number(si: si, in: unit) == text)
    }

    @Test("metric: km from 1000 m; imperial: mi from a mile, altitudes in ft")
    func unitChoice() {
        #expect(UnitSystem.metric.unit(for: .maxRange, largest: 999) == .meters)
        #expect(UnitSystem.metric.unit(for: .maxRange, largest: 1000) == .kilometers)
        #expect(UnitSystem.imperial.unit(for: .maxRange, largest: 1500) == .feet)
        #expect(UnitSystem.imperial.unit(for: .maxRange, largest: 5000) == .miles)
        #expect(UnitSystem.imperial.unit(for: .maxAltitude, largest: 5000) == .feet)
        #expect(UnitSystem.imperial.unit(for: .systemMass, largest: 15) == .pounds)
        #expect(UnitSystem.imperial.unit(for: .maxSpeed, largest: 700) == .milesPerHour)
        #expect(UnitSystem.metric.unit(for: .crew, largest: 2) == nil)
    }

    // MARK: Summaries

    @Test("disputed figures stay out of the range and are named; deprecated ones vanish")
    func disputedSummary() {
        let summary = QueryFixtures.system("falcon").summary(.maxRange)
        #expect(summary.low == 4800)
        #expect(summary.high == 8000)
        #expect(summary.text(in: .kilometers) == "4.8–8 km (disputed: 9 km)")
        #expect(summary.deprecated.count == 1)
    }

    @Test("bounds and approximations mark a single figure")
    func marks() {
        #expect(QueryFixtures.system("kestrel").summary(.warheadMass).text(in: .kilograms) == "≥ 2 kg")
        #expect(QueryFixtures.system("kestrel").summary(.maxAltitude).text(in: .kilometers) == "~3.5 km")
        #expect(QueryFixtures.system("harrier").summary(.maxSpeed).text(in: .metersPerSecond) == "≥ 681 m/s (Mach 2)")
    }

    @Test("a variant's inherited values name the base")
    func inherited() {
        let variant = QueryFixtures.system("falcon-b")
        #expect(variant.summary(.systemMass).inheritedFrom == "falcon")
        #expect(variant.summary(.maxRange).inheritedFrom == nil)
    }

    // MARK: Comparisons

    @Test("the leader is decided on medians, and contested when ranges overlap")
    func leaders() throws {
        let comparison = SystemComparison(systems: ["falcon", "kestrel", "harrier"].map(QueryFixtures.system), units: .metric, catalog: QueryFixtures.catalog)
        func row(_ attribute: Attribute) throws -> SystemComparison.Row {
            try #require(comparison.rows.first { $0.attribute == attribute })
        }
        // Harrier 9 km against Falcon 4.8–8 km and Kestrel 6 km.
        #expect(try row(.maxRange).leader == 2)
        #expect(try row(.maxRange).leaderContested == false)
        // Lighter leads: Falcon's 14.3–15.2 kg against Kestrel's 42 lb (19.05 kg).
        #expect(try row(.systemMass).leader == 0)
        // No direction for a year.
        #expect(try row(.serviceEntry).leader == nil)
        #expect(try row(.maxRange).cells[0].footnotes == [1, 2, 3])
    }

    @Test("footnote marks collapse runs")
    func footnoteMarks() {
        #expect(SystemComparison.footnoteMark([1, 2, 3, 5, 7, 8]) == "[1–3,5,7,8]")
        #expect(SystemComparison.footnoteMark([4]) == "[4]")
        #expect(SystemComparison.footnoteMark([]) == "")
    }

    @Test("a family expands to its variants, depth first")
    func family() {
        #expect(QueryFixtures.catalog.family(of: QueryFixtures.system("falcon")).map(\.id) == ["falcon", "falcon-b"])
        let stingers = CatalogLoader.bundledCatalog.family(of: CatalogLoader.bundledCatalog.system(id: "stinger")!).map(\.id)
        #expect(stingers.first == "stinger")
        #expect(stingers.contains("stinger-b") && stingers.allSatisfy { $0.hasPrefix("stinger") })
    }

    // MARK: Listings

    @Test("sorting puts records without the figure last, both ways")
    func sorting() throws {
        let ascending = CatalogListing(catalog: QueryFixtures.catalog, sort: ListSort(key: .attribute(.maxAltitude)), units: .metric)
        #expect(ascending.rows.map(\.system.id) == ["kestrel", "falcon", "falcon-b", "harrier"])
        let descending = CatalogListing(catalog: QueryFixtures.catalog, sort: ListSort(key: .attribute(.maxAltitude), descending: true), units: .metric)
        #expect(descending.rows.map(\.system.id) == ["falcon", "falcon-b", "kestrel", "harrier"])
    }

    @Test("sort keys: numeric attributes and identity fields only")
    func sortKeys() throws {
        #expect(try ListSort.parse("MAX_RANGE").get() == .attribute(.maxRange))
        #expect(try ListSort.parse("name").get() == .name)
        guard case .failure(let unordered) = ListSort.parse("targets") else { Issue.record("targets sorted"); return }
        #expect(unordered.message.hasPrefix("cannot sort by targets, which has no order"))
        guard case .failure(let unknown) = ListSort.parse("max_rnge") else { Issue.record("max_rnge sorted"); return }
        #expect(unknown.message.contains("did you mean 'max_range'?"))
    }

    @Test("limit cuts the list but not the count of matches")
    func limit() {
        let listing = CatalogListing(catalog: QueryFixtures.catalog, limit: 2, units: .metric)
        #expect(listing.rows.count == 2)
        #expect(listing.matched == 4)
    }

    // MARK: The bundled database

    @Test("compare igla-s stinger on the bundled database")
    func bundledComparison() throws {
        let catalog = CatalogLoader.bundledCatalog
        let igla = try #require(catalog.resolve("Igla-S"))
        let stinger = try #require(catalog.resolve("Stinger"))
        #expect(igla.id == "igla-s")
        #expect(stinger.id == "stinger")
        let comparison = SystemComparison(systems: [igla, stinger], units: .metric, catalog: catalog)
        let range = try #require(comparison.rows.first { $0.attribute == .maxRange })
        #expect(range.cells.allSatisfy { !$0.text.isEmpty && !$0.footnotes.isEmpty })
        #expect(range.cells[1].summary.sourcesDisagree)
        for format in QueryFormat.allCases {
            let output = try #require(format.render(.comparison(comparison)))
            #expect(output.contains("range"), "\(format)")
        }
    }

    @Test("every bundled record has a datasheet and a listing row")
    func bundledShowAndList() throws {
        let catalog = CatalogLoader.bundledCatalog
        for system in catalog.systems {
            let sheet = Datasheet(system: system, catalog: catalog, units: .imperial)
            #expect(!sheet.sections.isEmpty, "\(system.id)")
            #expect(sheet.sections.allSatisfy { $0.entries.allSatisfy { $0.source != nil } }, "\(system.id) cites an unknown source")
        }
        #expect(CatalogListing(catalog: catalog, units: .metric).rows.count == catalog.systems.count)
    }

    // MARK: SVG

    @Test("the chart is well-formed XML with a title, axes, a legend and a caption")
    func svgIsWellFormed() throws {
        let comparison = SystemComparison(systems: ["falcon", "kestrel", "harrier"].map(QueryFixtures.system), units: .metric, catalog: QueryFixtures.catalog)
        let svg = try #require(QueryFormat.svg.render(.comparison(comparison)))
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.elements.first == "svg")
        #expect(collector.elements.contains("title"))
        #expect(svg.contains("range (km)") && svg.contains("altitude (km)"))
        #expect(svg.contains("Sources: [1]"))
        #expect(svg.contains(#"id="envelope-falcon""#) && svg.contains(#"id="range-harrier""#))
    }

    @Test(
        "the chart renders with a real SVG converter",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert")))
    func svgRenders() throws {
        let catalog = CatalogLoader.bundledCatalog
        let comparison = SystemComparison(systems: [catalog.resolve("igla-s")!, catalog.resolve("stinger")!], units: .metric, catalog: catalog)
        let svg = try #require(QueryFormat.svg.render(.comparison(comparison)))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("chart.svg"), output = directory.appendingPathComponent("chart.png")
        try Data(svg.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        process.arguments = [input.path, "-o", output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let png = try Data(contentsOf: output)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 10_000)
    }
}

/// Records element names in document order.
private final class ElementCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
    var elements: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
    }
}
