import Testing
@testable import ArsenalKit

/// What `arsenal stats` counts: values, independent sources (publishers), filled and
/// empty slots after inheritance.
@Suite struct CoverageReportTests {
    @Test func fixtureDatabaseCounts() throws {
        let report = CoverageReport(catalog: QueryFixtures.catalog)
        #expect(report.records.map(\.id) == ["falcon", "falcon-b", "harrier", "kestrel"])
        let variant = try #require(report.records.first { $0.id == "falcon-b" })
        // falcon-b lists max range and guidance and inherits the family-scoped rest.
        #expect(variant.slot(.maxRange)?.inherited == false)
        #expect(variant.slot(.maxAltitude)?.inherited == true && variant.slot(.maxAltitude)?.filled == true)
        #expect(variant.emptyCore.isEmpty)
        let harrier = try #require(report.records.first { $0.id == "harrier" })
        #expect(harrier.emptyCore == [.maxAltitude, .missileMass, .systemMass])
        // Each value written once: inherited copies are not counted again.
        let written = QueryFixtures.catalog.systems.map { $0.specs.values.joined().filter { $0.inheritedFrom == nil }.count }.reduce(0, +)
        #expect(report.summary.values == written)
        #expect(report.summary.coreSlots == 20)
    }

    @Test func qualifiedOnlySlotsAreEmptyAndPublishersCountOnce() throws {
        let outcome = ValueMeaningTests.load(["zephyr": ValueMeaningTests.record("zephyr", specs: """
              max_range:
                - {value: 5 km, source: src}
                - {value: 5 km, source: other}
              max_speed:
                - {value: 600 m/s, qualifier: average, source: src}
            """)])
        let record = try #require(CoverageReport(catalog: outcome.catalog).records.first)
        // src and other share the publisher "Example": one independent source.
        #expect(record.slot(.maxRange)?.values == 2 && record.slot(.maxRange)?.sources == 1)
        #expect(record.slot(.maxSpeed)?.values == 1 && record.slot(.maxSpeed)?.filled == false)
        #expect(record.emptyCore == [.maxAltitude, .maxSpeed, .missileMass, .systemMass])
        #expect(record.singleSourceCore == [.maxRange])
    }
}
