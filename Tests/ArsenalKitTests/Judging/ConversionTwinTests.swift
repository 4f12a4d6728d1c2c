@testable import ArsenalKit
import Testing

/// Two sources that give one figure in metric and in imperial units, one the other
/// converted and rounded ("70 km", "45 mi"), are one figure: a claim agreeing with either
/// agrees with both and is not `disputed` (real-text sweeps of sessions 27 and 28: three
/// articles quoting Iron Dome's 70 km, in English and Polish, were "disputed" by the
/// record's 45 mi).
@Suite struct ConversionTwinTests {
    static func value(_ number: Double, _ unit: QuantityUnit) -> SpecValue { .quantity(Quantity(number, unit)) }

    @Test func aRoundedConversionIsATwin() {
        // 70 km is 43.5 mi, which a figure written to the nearest 5 miles gives as 45.
        #expect(RecordedPoint.areConversionTwins(Self.value(70, .kilometers), Self.value(45, .miles)))
        // 15.7 kg is 34.6 lb: to the nearest half pound, 34.5.
        #expect(RecordedPoint.areConversionTwins(Self.value(34.5, .pounds), Self.value(15.7, .kilograms)))
        // 90,000 ft is 27.4 km: to the nearest km, 27.
        #expect(RecordedPoint.areConversionTwins(Self.value(90_000, .feet), Self.value(27, .kilometers)))
    }

    @Test func differentFiguresAreNotTwins() {
        // 3,800 m is 12,467 ft: "10,000 ft" is another figure, however round.
        #expect(!RecordedPoint.areConversionTwins(Self.value(3800, .meters), Self.value(10_000, .feet)))
        // 13 mi is 20.9 km, not 22 km (5% apart, but 22 km is written to the km).
        #expect(!RecordedPoint.areConversionTwins(Self.value(22, .kilometers), Self.value(13, .miles)))
        // The same unit system, or Mach, is never a conversion.
        #expect(!RecordedPoint.areConversionTwins(Self.value(70, .kilometers), Self.value(70_000, .meters)))
        #expect(!RecordedPoint.areConversionTwins(Self.value(2.2, .mach), Self.value(750, .metersPerSecond)))
    }

    @Test func theWrittenStepFollowsTheLastDigit() {
        #expect(RecordedPoint.writtenStep(45) == 5)
        #expect(RecordedPoint.writtenStep(70) == 10)
        #expect(RecordedPoint.writtenStep(11_500) == 500)
        #expect(abs(RecordedPoint.writtenStep(4.5) - 0.5) < 1e-12)
        #expect(abs(RecordedPoint.writtenStep(10.1) - 0.1) < 1e-12)
        #expect(RecordedPoint.writtenStep(3) == 1)
    }

    @Test func aClaimMatchingOneTwinIsConsistentNotDisputed() throws {
        for text in ["Iron Dome has a range of 70 km.", "Iron Dome can stop rockets launched up to 45 miles away."] {
            let found = CheckTestSupport.findings(text).filter { $0.claim.attribute.rawValue == "max_range" }
            try #require(found.count == 1, "\(text): \(found.map(\.quote))")
            #expect(found[0].verdict == .consistent, "\(text): \(found[0].judgement.message)")
        }
        // A figure matching neither stays a conflict.
        let wrong = CheckTestSupport.findings("Iron Dome has a range of 250 km.").filter { $0.claim.attribute.rawValue == "max_range" }
        #expect(wrong.map(\.verdict) == [.conflict], "\(wrong.map(\.judgement.message))")
    }
}
