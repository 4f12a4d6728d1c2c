@testable import ArsenalKit
import Testing

/// Verdicts, tolerances and messages of the claim rules on the bundled catalog.
@Suite struct JudgingTests {
    /// The one finding of `attribute` (nil: of any attribute) in `text`.
    func finding(_ text: String, _ attribute: String?) throws -> Finding {
        let found = CheckTestSupport.findings(text).filter { attribute == nil || $0.claim.attribute.rawValue == attribute }
        try #require(found.count == 1, "expected one \(attribute ?? "") finding in \"\(text)\", got \(found.map(\.quote))")
        return found[0]
    }

    // MARK: Tolerance

    /// `SystemClass.fits` (what the rule asks) says what `compatibleKinds` (what it documents) says.
    @Test func classWordsFitTheKindsTheyList() {
        for word in SystemClass.allCases {
            for kind in SystemKind.allCases {
                #expect(word.fits(kind) == word.compatibleKinds.contains(kind), "\(word) \(kind)")
            }
        }
    }

    /// The class, man-portability and set messages as a reader sees them.
    @Test func qualitativeMessagesReadWhole() {
        #expect(SystemClassRule.consistent([.shortRange, .lowAltitude], kind: .manpads, system: "Igla-S")
            == "short-range, low-altitude fits the Igla-S, recorded as a manpads system")
        #expect(SystemClassRule.conflict([.longRange], kind: .manpads, system: "Stinger")
            == "long-range does not fit the Stinger, recorded as a manpads system; the words may describe another system")
        #expect(ManPortabilityRule.consistent(true, system: "Mistral", sources: 1) == "the source describes the Mistral as man-portable")
        #expect(ManPortabilityRule.consistent(false, system: "Mistral", sources: 3) == "all 3 sources describe the Mistral as not man-portable")
        #expect(ManPortabilityRule.disputed(true, system: "RBS 70", agreeing: 2, of: 3) == "2 of 3 sources describe the RBS 70 as man-portable")
        #expect(ManPortabilityRule.conflict(true, system: "Tor") == "the sources describe the Tor as not man-portable")
        #expect(SetMembershipRule.consistent(["helicopter"], attribute: .targets, system: "Verba", variant: nil)
            == "the sources record helicopters among the Verba's targets")
        #expect(SetMembershipRule.consistent(["helicopter", "uav"], attribute: .guidance, system: "Stinger", variant: "FIM-92C")
            == "the sources record helicopters and drones for the Stinger FIM-92C")
    }

    @Test func exactFiguresSpanHalfAStepOfTheirLastDigit() {

        let tolerance = ClaimTolerance.default
        let six = tolerance.figure(for: NumericClaim(bound: .exact, value: 6000, halfStep: 500, unit: "m", text: "6 km"), attribute: .maxRange)
        #expect(six.low == 5500 && six.high == 6500)
        let about = tolerance.figure(for: NumericClaim(bound: .about, value: 6000, halfStep: 500, unit: "m", text: "about 6 km"), attribute: .maxRange)
        #expect(about.low == 4900 && about.high == 7100)
        let upTo = tolerance.figure(for: NumericClaim(bound: .upTo, value: 6000, halfStep: 50, unit: "m", text: "up to 6,000 m"), attribute: .maxRange)
        #expect(upTo.low == 5950 && upTo.high == 6050)
        let upToMass = tolerance.figure(for: NumericClaim(bound: .upTo, value: 20, halfStep: 0.5, unit: "kg", text: "up to 20 kg"), attribute: .systemMass)
        #expect(upToMass.low == nil && upToMass.high == 20.5)
        let atLeast = tolerance.figure(for: NumericClaim(bound: .atLeast, value: 600, halfStep: 50, unit: "m/s", text: "at least 600 m/s"), attribute: .maxSpeed)
        #expect(atLeast.low == 550 && atLeast.high == nil)
        let above = tolerance.figure(for: NumericClaim(bound: .moreThan, value: 600, halfStep: 50, unit: "m/s", text: "more than 600 m/s"), attribute: .maxSpeed)
        #expect(above.low == 600 && above.high == nil)
        let below = tolerance.figure(for: NumericClaim(bound: .lessThan, value: 12, halfStep: 0.5, unit: "kg", text: "under 12 kg"), attribute: .missileMass)
        #expect(below.low == nil && below.high == 12)
        let between = tolerance.figure(for: NumericClaim(bound: .between, value: 5500, statedLow: 5000, statedHigh: 6000, halfStep: 500, unit: "m", text: "5 to 6 km"), attribute: .maxRange)
        #expect(between.low == 4500 && between.high == 6500)
        let wide = ClaimTolerance(about: 0.1, defaultRelative: 0.5)
        let widened = wide.figure(for: NumericClaim(bound: .exact, value: 10000, halfStep: 500, unit: "m", text: "10 km"), attribute: .maxRange)
        #expect(widened.low == 4500 && widened.high == 15500)
    }

    @Test func convertedFiguresKeepTheirWrittenPrecision() throws {
        // 3.7 miles = 5,954.6 m, ± 0.05 mi (80.5 m): 5,874–6,035 m, which holds 6 km.
        let found = try finding("The Igla-S has a range of 3.7 miles.", "max_range")
        #expect(found.verdict == .consistent)
        let figure = try #require(found.judgement.figure)
        #expect(abs((figure.low ?? 0) - 5874.1) < 1 && abs((figure.high ?? 0) - 6035.1) < 1)
    }

    @Test func roundFiguresAreNotReadTooLoosely() throws {
        #expect(try finding("The Igla-S has a range of 10 km.", "max_range").verdict == .conflict)
        #expect(try finding("The Igla-S has a range of 6,000 metres.", "max_range").verdict == .consistent)
        #expect(try finding("The Igla-S has a range of 5,500 metres.", "max_range").verdict == .conflict)
    }

    // MARK: Verdicts

    @Test func verdictsFollowTheSources() throws {
        #expect(try finding("The Igla-S has a range of up to 6 km.", "max_range").verdict == .consistent)
        // The Stinger's sources print 4.8 km and 8 km: a figure some of them state is
        // disputed (a warning, which fails no CI by default), with both sides named.
        let split = try finding("The Stinger has a range of 8 km.", "max_range")
        #expect(split.verdict == .disputed)
        #expect(split.judgement.message.contains("the others differ"))
        #expect(try finding("The Igla-S has a range of 12 km.", "max_range").verdict == .conflict)
        #expect(try finding("The Igla-S has a crew of two.", "crew").verdict == .unverifiable)
    }

    @Test func conflictsSayByHowMuch() throws {
        let over = try finding("The Igla-S has a range of 10 km.", "max_range")
        #expect(over.judgement.message.contains("overstates the 9K338 Igla-S's maximum range by 67%"))
        #expect(over.severity == .error)
        let under = try finding("The Stinger weighs 5 kg ready to fire.", "system_mass")
        #expect(under.judgement.message.contains("understates"))
    }

    /// A year is off by years, not by a share of its number ("understates by less than 1%").
    @Test func yearConflictsSayHowManyYears() throws {
        let early = try finding("The THAAD was declared operational in 1996.", "service_entry")
        #expect(early.verdict == .conflict)
        #expect(early.judgement.message.hasPrefix("1996 is 12 years earlier than the THAAD's service entry"))
        let late = try finding("Iron Dome entered service in 2012.", "service_entry")
        #expect(late.judgement.message.hasPrefix("2012 is 1 year later than the Iron Dome's service entry"))
        #expect(Deviation.years(-1.0 / 2008, claim: 2007) == "1 year earlier")
    }

    @Test func aSiblingsFigureIsNamed() throws {
        let found = try finding("Many reports give the Igla-S a range of 5.2 km.", "max_range")
        #expect(found.verdict == .conflict)
        #expect(found.judgement.message.hasPrefix("5.2 km is the 9K38 Igla's maximum range, not the 9K338 Igla-S's"))
    }

    /// A maker alone makes no relative: the S-350 is never named for a figure about the S-400
    /// it agrees with only because both come from Almaz-Antey (sweep 6, de 030).
    @Test func aSystemOfTheSameMakerIsNoSibling() throws {
        let found = try finding("The S-400 engages 36 targets at altitudes of up to 27 kilometres.", "max_altitude")
        #expect(found.verdict == .conflict)
        #expect(!found.judgement.message.contains("S-350"))
        #expect(found.judgement.message.contains("understates"))
    }

    @Test func aContestedFigureIsNamedWithItsNote() throws {
        let found = try finding("The Piorun has a range of 8 km.", "max_range")
        #expect(found.verdict == .disputed)
        #expect(found.judgement.notes.contains { $0.contains("disputed figure") && $0.contains("contradicts the 6.5 km") })
    }

    @Test func subVariantsAreJudgedApart() throws {
        let found = try finding("The RBS 70 has a range of 7 km.", "max_range")
        #expect(found.verdict == .consistent)
        #expect(found.judgement.message.contains("Mk 2"))
    }

    @Test func approximateAndBoundEntriesWiden() throws {
        // Igla-S ceiling: "about 3.5 km" and 3.5 km; 3,800 m fits the first (±10%) only.
        #expect(try finding("The Igla-S can reach an altitude of 3,800 metres.", "max_altitude").verdict == .disputed)
        // Starstreak darts are recorded "over 2000 mph" among others.
        #expect(try finding("The Starstreak flies at more than Mach 3.", "max_speed").verdict == .consistent)
    }

    @Test func massWordsTakeTheReadingThatFits() throws {
        let whole = try finding("The Verba weighs 17 kg.", "system_mass")
        #expect(whole.verdict == .consistent)
        let missile = try finding("The Igla weighs 10.8 kg.", "missile_mass")
        #expect(missile.verdict == .consistent)
        #expect(try finding("The missile itself weighs 10.1 kg, the Stinger's makers say.", "missile_mass").verdict == .consistent)
    }

    @Test func setsAreJudgedByMembership() throws {
        #expect(try finding("The Stinger is a heat-seeking missile.", "guidance").verdict == .consistent)
        #expect(try finding("The Igla-S is a laser-guided missile.", "guidance").verdict == .conflict)
        let targets = try finding("The Igla can shoot down helicopters.", "targets")
        #expect(targets.verdict == .unverifiable)
    }

    @Test func originAcceptsRussiaForSovietDesigns() throws {
        #expect(try finding("The Russian-made Igla is common.", "origin").verdict == .consistent)
        #expect(try finding("The Soviet-made Igla-S is new.", "origin").verdict == .conflict)
    }

    @Test func comparisonsJudgeBothRecords() throws {
        let longer = try finding("The Igla-S has a longer range than the Igla.", "comparison")
        #expect(longer.verdict == .consistent)
        #expect(longer.comparison?.relation == .greaterThan && longer.comparison?.other == "igla")
        let somePairs = try finding("The Stinger has a longer range than the Igla-S.", "comparison")
        #expect(somePairs.verdict == .disputed)
        #expect(somePairs.judgement.message.contains("8 of 20 source pairs agree"))
        #expect(try finding("The Strela-3 has a longer range than the Piorun.", "comparison").verdict == .conflict)
        #expect(try finding("The Igla-S is similar to the Stinger.", "comparison").verdict == .consistent)
        // A likeness names no attribute: another kind is a conflict, other ranges only unclear.
        #expect(try finding("The Starstreak is similar to the Patriot.", "comparison").verdict == .conflict)
        let likeness = try finding("The SAMP/T is similar to the Patriot.", "comparison")
        #expect(likeness.verdict == .unclear)
        #expect(likeness.judgement.message.contains("names no attribute"))
    }

    @Test func unlistedAirTargetsAreUnclearGroundTargetsConflict() throws {
        // Sources list the targets they name: drones missing from the Strela-3's list are no
        // record that it cannot engage them; tanks for an air-defence system are.
        let drones = try finding("The Strela-3 can shoot down drones.", "targets")
        #expect(drones.verdict == .unclear)
        #expect(drones.judgement.message.contains("not shown to be out of its reach"))
        #expect(try finding("The RBS 70 NG can destroy tanks.", "targets").verdict == .conflict)
    }

    @Test func radarAndCommandGuidanceOverlap() throws {
        // The Tor's source records radio command guidance from the vehicle's radar: the press's
        // "radar-guided" is not shown wrong. The Blowpipe's thumb-steered radio commands are not
        // radar homing either, but which the writer means is a guess; infrared stays a conflict.
        let tor = try finding("The Tor-M1 is a radar-guided system.", "guidance")
        #expect(tor.verdict == .unclear)
        #expect(tor.judgement.message.contains("radar and command guidance overlap"))
        #expect(try finding("The Tor-M1 is an infrared-guided system.", "guidance").verdict == .conflict)
        #expect(try finding("The Hawk is a radar-guided missile.", "guidance").verdict == .consistent)
    }

    @Test func inventoriesAreUnverifiable() throws {
        let found = try finding("Venezuela has 5,000 Igla-S missiles.", "inventory")
        #expect(found.verdict == .unverifiable)
        #expect(found.rule.code == "C501")
        #expect(found.judgement.message.contains("inventory figure"))
    }

    @Test func evidenceCarriesSourcesAndDataLines() throws {
        let found = try finding("The Igla-S has a range of 6 km.", "max_range")
        #expect(found.judgement.evidence.count == 4)
        for item in found.judgement.evidence {
            #expect(item.file == "Data/systems/igla-s.yaml" && item.line > 0 && item.agrees == true)
            #expect(item.source?.url.hasPrefix("https://") == true)
        }
    }

    // MARK: Precision and bounds (issue 8)

    /// A source that only bounds the figure supports no figure past its bound, but a claim of
    /// the bound's own figure ("over 2000 mph" written without "over") agrees with it.
    @Test func aBoundsOwnFigureAgreesWithIt() throws {
        // The Starstreak: Mach 3.5 twice and "at least 2000 mph"; the Piorun: 6.5 km and "over 6 km".
        #expect(try finding("The Starstreak travels at 2,000 mph.", "max_speed").verdict == .disputed)
        #expect(try finding("The Starstreak travels at 2,500 mph.", "max_speed").verdict == .conflict)
        #expect(try finding("The Piorun reaches 13 km.", "max_range").verdict == .conflict)
    }

    @Test func onesDigitFiguresAreNotReadTooLoosely() throws {
        let mach2 = ClaimTolerance.default.figure(
            for: NumericClaim(bound: .exact, value: 680.58, halfStep: 170.145, unit: "m/s", text: "Mach 2"), attribute: .maxSpeed)
        #expect(abs((mach2.low ?? 0) - 598.9) < 0.1 && abs((mach2.high ?? 0) - 762.25) < 0.1)
        // The Redeye: Mach 1.7 and 580 m/s.
        #expect(try finding("The Redeye flew at Mach 2.", "max_speed").verdict == .conflict)
        // The Starstreak: Mach 3.5 twice, and "over 2,000 mph".
        #expect(try finding("The Starstreak flies at Mach 4.", "max_speed").verdict != .consistent)
        #expect(try finding("The Starstreak flies at Mach 3.", "max_speed").verdict != .consistent)
        #expect(try finding("The Starstreak flies at Mach 3.5.", "max_speed").verdict == .consistent)
        // Crews keep their half unit: "two" is 1.5–2.5.
        let crew = ClaimTolerance.default.figure(for: NumericClaim(bound: .exact, value: 2, halfStep: 0.5, unit: "persons", text: "two"), attribute: .crew)
        #expect(crew.low == 1.5 && crew.high == 2.5)
    }

    @Test func aRecordedMachFigureAllowsForTheSpeedOfSoundItWasConvertedWith() throws {
        // The Redeye records Mach 1.7 (578.5 m/s at 340.29 m/s) and 580 m/s; the Mistral Mach 2.5
        // and 800-885 m/s. "2,100 km/h" (583.3 m/s, ±0.14) is Mach 1.7 at 343 m/s: within 1%.
        let mach = try #require(CatalogLoader.bundledCatalog.system(id: "redeye")?.values(.maxSpeed).first { $0.value.isMach })
        let converted = ClaimTolerance.default.figure(
            for: NumericClaim(bound: .exact, value: 2100 / 3.6, halfStep: 0.5 / 3.6, unit: "m/s", text: "2,100 km/h"), attribute: .maxSpeed)
        #expect(ClaimTolerance.default.agrees(converted, with: mach))
        // Two percent off is no conversion: still a disagreement.
        let off = ClaimTolerance.default.figure(
            for: NumericClaim(bound: .exact, value: 2125 / 3.6, halfStep: 0.5 / 3.6, unit: "m/s", text: "2,125 km/h"), attribute: .maxSpeed)
        #expect(!ClaimTolerance.default.agrees(off, with: mach))
        // A figure stated no finer than the spread keeps its own interval (Mach 4 is no Mach 3.5).
        #expect(ClaimTolerance.machMargin(for: ClaimTolerance.default.figure(
            for: NumericClaim(bound: .exact, value: 1361.16, halfStep: 170.145, unit: "m/s", text: "Mach 4"), attribute: .maxSpeed)) == 0)
    }

    @Test func lessThanExcludesTheFigureAndMoreThanTakesItIn() throws {
        // The Stinger's missile: 10.1 kg.
        #expect(try finding("The Stinger's missile weighs less than 10 kg.", "missile_mass").verdict == .conflict)
        #expect(try finding("The Stinger's missile weighs less than 11 kg.", "missile_mass").verdict == .consistent)
        // The Igla-S: 6 km, four sources.
        #expect(try finding("The Igla-S has a range of less than 6 km.", "max_range").verdict == .conflict)
        // "more than 6 km" is how a recorded 6 km is written up; "more than 7 km" overstates it.
        #expect(try finding("The Igla-S has a range of more than 6 km.", "max_range").verdict == .consistent)
        #expect(try finding("The Igla-S has a range of more than 7 km.", "max_range").verdict == .conflict)
        #expect(try finding("The Igla-S has a range of at least 6 km.", "max_range").verdict == .consistent)
    }

    @Test func implausibleFiguresAreNotJudged() throws {
        // 900 kg is no MANPADS's missile or system mass (V304: 35 kg and 80 kg at most).
        let heavy = try finding("The Stinger weighs 900 kg.", nil)
        #expect(heavy.verdict == .unclear)
        #expect(heavy.severity == .note)
        #expect(heavy.judgement.message.contains("outside what a manpads system's"))
        // 60 km is no MANPADS's range (15 km at most), but a SAM's.
        #expect(try finding("The Igla-S has a range of 60 km.", "max_range").verdict == .unclear)
        #expect(try finding("The S-400 has a range of 60 km.", "max_range").verdict != .unclear)
    }

    @Test func aFamilyIsJudgedWithItsVariants() throws {
        // The RBS 70 records 5-7 km; its variant the RBS 70 NG 9 km.
        let family = try finding("The RBS 70 has a range of 9 km.", "max_range")
        #expect(family.verdict == .consistent)
        #expect(family.judgement.message.contains("the RBS 70 NG's maximum range, a variant of the"))
        // Named, the variant is judged on its own: the FIM-92B records 4.8 km.
        let variant = try finding("The FIM-92B Stinger has a range of 8 km.", "max_range")
        #expect(variant.claim.systemID == "stinger-b")
        #expect(variant.verdict == .conflict)
    }

    @Test func aNegatedFigureIsNoClaim() {
        #expect(CheckTestSupport.findings("The Stinger cannot reach 10 km.").filter { $0.claim.attribute.rawValue == "max_range" }.isEmpty)
        #expect(CheckTestSupport.findings("El Strela-2 no puede alcanzar 5 km.").isEmpty)
        // "cannot hit targets more than 6 km away" bounds the figure: up to 6 km.
        let bounded = CheckTestSupport.findings("The Igla-S cannot hit targets more than 6 km away.")
        #expect(bounded.contains { $0.claim.number?.bound == .upTo && $0.verdict == .consistent })
    }
}
