import Foundation
import Testing
@testable import ArsenalKit

@Suite struct QuantityTests {
    @Test func machUsesTheDocumentedSpeedOfSound() {
        #expect(abs(Quantity(2.2, .mach).siValue - 2.2 * 340.29) < 1e-9)
    }

    @Test(arguments: [
        (QuantityUnit.kilometers, 4.8, 4800.0), (.feet, 15700, 4785.36), (.miles, 1, 1609.344),
        (.nauticalMiles, 1, 1852), (.pounds, 10, 4.5359237), (.kilometersPerHour, 3600, 1000),
        (.knots, 1, 0.514444), (.milesPerHour, 1, 0.44704),
    ])
    func convertsToSI(_ unit: QuantityUnit, _ value: Double, _ si: Double) {
        #expect(abs(Quantity(value, unit).siValue - si) < 1e-3)
        #expect(abs(value * unit.siFactor - si) < 1e-3)
    }

    @Test func aliasNormalizationIgnoresCasePunctuationAndAccents() {
        #expect(AliasIndex.normalize("SA-24 Grinch") == AliasIndex.normalize("sa 24 grinch"))
        #expect(AliasIndex.normalize("Igla-S") == "iglas")
        #expect(AliasIndex.normalize("Игла-С") == AliasIndex.normalize("игла с"))
    }
}

@Suite struct SchemaAgreementTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas")

    /// Collects every `enum` array in a JSON value.
    static func enums(in value: Any) -> [[String]] {
        if let object = value as? [String: Any] {
            var found: [[String]] = []
            if let values = object["enum"] as? [String] { found.append(values) }
            for child in object.values { found += enums(in: child) }
            return found
        }
        if let array = value as? [Any] { return array.flatMap { enums(in: $0) } }
        return []
    }

    @Test func countryCodesMatchTheSchema() throws {
        let data = try Data(contentsOf: Self.schemas.appendingPathComponent("system.schema.json"))
        let schema = try JSONSerialization.jsonObject(with: data)
        let origin = try #require(Self.enums(in: schema).first { $0.contains("SU") })
        #expect(Set(origin) == countryCodes)
    }

    /// Collects the key sets of every `properties` object.
    static func propertyNames(in value: Any) -> [Set<String>] {
        if let object = value as? [String: Any] {
            var found: [Set<String>] = []
            if let properties = object["properties"] as? [String: Any] { found.append(Set(properties.keys)) }
            for child in object.values { found += propertyNames(in: child) }
            return found
        }
        if let array = value as? [Any] { return array.flatMap { propertyNames(in: $0) } }
        return []
    }

    @Test func keysMatchTheLoader() throws {
        let data = try Data(contentsOf: Self.schemas.appendingPathComponent("system.schema.json"))
        let names = Self.propertyNames(in: try JSONSerialization.jsonObject(with: data))
        #expect(names.contains(Set(Attribute.allCases.filter(\.isSpec).map(\.rawValue))))
        #expect(names.contains(Set(RecordDecoder.systemKeys)))
        #expect(names.contains(Set(RecordDecoder.entryKeys)))
        let registry = try Data(contentsOf: Self.schemas.appendingPathComponent("sources.schema.json"))
        let registryNames = Self.propertyNames(in: try JSONSerialization.jsonObject(with: registry))
        #expect(registryNames.contains(Set(RecordDecoder.sourceKeys)))
        #expect(registryNames.contains(Set(RecordDecoder.registryKeys)))
    }

    @Test func vocabulariesMatchTheSchema() throws {
        let data = try Data(contentsOf: Self.schemas.appendingPathComponent("system.schema.json"))
        let all = Self.enums(in: try JSONSerialization.jsonObject(with: data)).map(Set.init)
        #expect(all.contains(Set(SystemKind.allCases.map(\.rawValue))))
        #expect(all.contains(Set(GuidanceKind.allCases.map(\.rawValue))))
        #expect(all.contains(Set(TargetKind.allCases.map(\.rawValue))))
        #expect(all.contains(Set(EntryStatus.allCases.filter { $0 != .accepted }.map(\.rawValue))))
        #expect(all.contains(Set(EntryBound.allCases.map(\.rawValue))))
    }

    /// Every unit the loader accepts is one the schema's quantity patterns name, so an
    /// editor does not flag a value `validate` takes (a group "(a|b|c)" in each pattern).
    @Test func unitsMatchTheSchema() throws {
        let text = try String(contentsOf: Self.schemas.appendingPathComponent("system.schema.json"), encoding: .utf8)
        var named: Set<String> = []
        for line in text.split(separator: "\n") where line.contains("\"pattern\"") {
            // Each group "(...)" of plain alternatives (no character class, no escape).
            var rest = line[...]
            while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let group = rest[rest.index(after: open)..<close]
                if !group.contains("[") && !group.contains("\\") { named.formUnion(group.split(separator: "|").map(String.init)) }
                rest = rest[rest.index(after: open)...]
            }
        }
        named.insert("Mach")  // written before its number ("Mach 2.2")
        for unit in QuantityUnit.allCases {
            #expect(named.contains(unit.rawValue), "\(unit.rawValue) is missing from the schema's patterns")
        }
    }
}

@Suite struct NumberFormattingTests {
    @Test(arguments: [(510.4, 0, "510"), (4.8, 3, "4.8"), (6000, 3, "6000"), (2.4999, 2, "2.5"), (10.0, 0, "10")])
    func formatsWithoutNoise(_ value: Double, _ digits: Int, _ expected: String) {
        #expect(formatNumber(value, maxFractionDigits: digits) == expected)
    }
}

@Suite struct CivilDateTests {
    @Test(arguments: [(0, "1970-01-01"), (59, "1970-03-01"), (11_016, "2000-02-29"), (20_782, "2026-11-25"), (-1, "1969-12-31")])
    func convertsDaysToDates(_ days: Int, _ expected: String) {
        #expect(LoadOptions.civilDate(daysSinceEpoch: days) == expected)
    }

    @Test func todayAgreesWithCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        #expect(LoadOptions.currentDate() == String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))
    }
}
