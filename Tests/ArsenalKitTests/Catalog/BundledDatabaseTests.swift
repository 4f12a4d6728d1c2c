import Testing
@testable import ArsenalKit

/// The database shipped in the binary: clean, complete, and resolvable by any name.
@Suite struct BundledDatabaseTests {
    static let outcome = CatalogLoader.bundled()

    @Test func validatesClean() {
        #expect(Self.outcome.inputErrors.isEmpty)
        #expect(Self.outcome.diagnostics.isEmpty, "\(Self.outcome.diagnostics.map { "\($0.location?.description ?? "") \($0.code) \($0.message)" })")
    }

    @Test(arguments: [
        "igla-s", "igla", "igla-1", "strela-2", "strela-2m", "strela-3", "verba", "stinger", "stinger-a",
        "stinger-b", "stinger-c", "stinger-e", "stinger-j", "redeye", "mistral", "mistral-3", "starstreak",
        "rbs-70", "rbs-70-ng", "piorun", "grom", "qw-2", "fn-6", "anza", "chiron",
    ])
    func holdsRequiredSystem(_ id: String) throws {
        let system = try #require(Self.outcome.catalog.system(id: id))
        #expect(!system.specs.isEmpty || system.extends != nil)
        for values in system.specs.values {
            for value in values { #expect(Self.outcome.catalog.source(value.sourceID) != nil) }
        }
    }

    @Test(arguments: ["Igla-S", "IGLA S", "igla s", "9K338", "SA-24", "Grinch", "Игла-С", "9k338"])
    func resolvesIglaSByAnyName(_ name: String) {
        #expect(Self.outcome.catalog.resolve(name)?.id == "igla-s")
    }

    @Test func longestNameWinsOverPrefix() {
        #expect(Self.outcome.catalog.resolve("Igla")?.id == "igla")
        #expect(Self.outcome.catalog.resolve("Stinger")?.id == "stinger")
    }

    @Test func stingerRangeKeepsDisagreeingSources() throws {
        let stinger = try #require(Self.outcome.catalog.system(id: "stinger"))
        let ranges = Set(stinger.values(.maxRange).compactMap { $0.value.quantity?.siValue })
        #expect(ranges.contains(8000))
        let stingerB = try #require(Self.outcome.catalog.system(id: "stinger-b"))
        #expect(stingerB.values(.maxRange).contains { $0.value.quantity?.siValue == 4800 })
    }

    @Test func variantsInheritWhatTheyDoNotOverride() throws {
        let variant = try #require(Self.outcome.catalog.system(id: "stinger-b"))
        let base = try #require(Self.outcome.catalog.system(id: "stinger"))
        #expect(variant.origin == "US")
        let inherited = variant.values(.manPortable)
        #expect(!inherited.isEmpty)
        #expect(inherited.allSatisfy { $0.inheritedFrom == "stinger" })
        #expect(variant.values(.maxRange).allSatisfy { $0.inheritedFrom == nil })
        #expect(base.values(.maxRange).allSatisfy { $0.inheritedFrom == nil })
    }

    @Test func igalSFiguresFromTheVenezuelaCoverage() throws {
        let igla = try #require(Self.outcome.catalog.system(id: "igla-s"))
        #expect(igla.origin == "RU")
        #expect(igla.values(.maxRange).contains { $0.value.quantity?.siValue == 6000 })
        #expect(igla.values(.maxAltitude).contains { $0.value.quantity?.siValue == 3500 })
        #expect(igla.values(.manPortable).contains { $0.value == .boolean(true) })
    }
}
