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
