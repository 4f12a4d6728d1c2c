@testable import ArsenalKit
import Testing

/// Finding claims: systems, references, attributes, bounds and the numbers that are not claims.
@Suite struct ClaimExtractionTests {
    func summary(_ text: String) -> [String] {
        CheckTestSupport.claims(text).map { claim in
            var value = ""
            if let number = claim.number { value = " \(number.bound.rawValue) \(number.value)" }
            return "\(claim.systemID) \(claim.attribute.rawValue)\(value)"
        }
    }

    @Test func namesMatchCaseInsensitivelyWithPluralsAndPossessives() {
        #expect(summary("IGLA-S missiles have a range of 6 km.") == ["igla-s max_range exact 6000.0"])
        #expect(summary("The Stinger's range is 8 km.") == ["stinger max_range exact 8000.0"])
        #expect(summary("Ukraine received 2,000 Stingers.") == ["stinger inventory exact 2000.0"])
        #expect(summary("The SA 24 has a range of 6 km.") == ["igla-s max_range exact 6000.0"])
        #expect(summary("The Игла-С has a range of 6 km.") == ["igla-s max_range exact 6000.0"])
    }

    @Test func theLongestNameWins() {
        #expect(summary("The Igla-S has a range of 6 km.").first?.hasPrefix("igla-s ") == true)
        #expect(summary("The SA-24 Grinch has a range of 6 km.").first?.hasPrefix("igla-s ") == true)
        #expect(summary("The Strela-2M has a range of 4.2 km.").first?.hasPrefix("strela-2m ") == true)
    }

    /// Issue 7: a variant named in the text wins over its family ("FIM-92B" is not "Stinger"),
    /// also when the family's name is written beside it, before or after.
    @Test func aNamedVariantWinsOverItsFamily() {
        #expect(summary("The FIM-92B has a range of 4.8 km, while the Stinger family reaches 8 km.")
            == ["stinger-b max_range exact 4800.0", "stinger max_range exact 8000.0"])
        #expect(summary("The FIM-92E Stinger weighs 10.1 kg.") == ["stinger-e system_mass exact 10.1"])
        #expect(summary("The Stinger FIM-92E weighs 10.1 kg.") == ["stinger-e system_mass exact 10.1"])
    }

    /// Issue 7: a nickname the article introduces binds to the system it names, even where a
    /// family's name sits inside it ("Super Igla" is the Igla-S, not the Igla).
    @Test func aNicknameIntroducedByTheArticleNamesItsSystem() {
        let text = "The Igla-S, nicknamed \"Super Igla\", entered service in 2004. The Super Igla has a range of 6 km."
        #expect(summary(text) == ["igla-s service_entry exact 2004.0", "igla-s max_range exact 6000.0"])
        // Without the introduction the words are the family's name.
        #expect(summary("The Super Igla has a range of 6 km.") == ["igla max_range exact 6000.0"])
    }

    @Test func plainWordNamesNeedTheirCapital() {
        #expect(summary("A bee's stinger has a range of 6 km.").isEmpty)
        #expect(summary("The grouse flew 6 km.").isEmpty)
    }

    @Test func referencesGoBackToTheSubject() {
        let text = "The Igla-S is similar to the American Stinger. The missile has a range of 6 km and it can reach 3.5 km in altitude."
        let claims = summary(text)
        #expect(claims.contains("igla-s max_range exact 6000.0"))
        #expect(claims.contains("igla-s max_altitude exact 3500.0"))
    }

    @Test func twoSystemsInOneSentenceStayApart() {
        let claims = summary("The Igla-S has a range of 6 km, while the Stinger reaches 8 km.")
        #expect(claims == ["igla-s max_range exact 6000.0", "stinger max_range exact 8000.0"])
        let parallel = summary("The Igla has a range of 5.2 km; the Igla-S, 6 km.")
        #expect(parallel == ["igla max_range exact 5200.0", "igla-s max_range exact 6000.0"])
    }

    @Test func boundsComeFromTheScanner() {
        #expect(summary("The Igla-S has a range of up to 6,000 meters.") == ["igla-s max_range up_to 6000.0"])
        #expect(summary("The Igla-S has a range of about 6 km.") == ["igla-s max_range about 6000.0"])
        #expect(summary("The Strela-2 cannot reach targets flying higher than 1,600 metres.") == ["strela-2 max_altitude up_to 1600.0"])
    }

    @Test func envelopesGiveAMinimumAndAMaximum() {
        #expect(summary("The Verba engages helicopters from 500 metres out to 6 km.")
            == ["verba targets", "verba min_range exact 500.0", "verba max_range exact 6000.0"])
        #expect(summary("The QW-2 has a range of between 0.5 and 6 km.")
            == ["qw-2 min_range exact 500.0", "qw-2 max_range exact 6000.0"])
        #expect(summary("The Igla-S has a range of between 5 and 6 km.") == ["igla-s max_range between 5500.0"])
    }

    @Test func numbersThatAreNotClaimsStayAlone() {
        let text = """
            The Igla-S has a range of 6 km. The United States has 4,500 Marines in the region, and \
            Caracas says it has 8 million militia reservists. The deal is worth $500 million, signed \
            on March 14, 2024. A cargo airliner cruising at 10,000 metres is far beyond its reach. \
            The plant, about 130 km south of the capital, employs 2,500 people.
            """
        #expect(summary(text) == ["igla-s max_range exact 6000.0"])
    }

    @Test func qualitiesAreFound() {
        let claims = summary("The Russian-made Igla-S is a short-range, low-altitude system. It can take down drones and helicopters, and it is light enough to be carried by a single soldier.")
        for expected in ["igla-s origin", "igla-s class", "igla-s targets", "igla-s man_portable"] {
            #expect(claims.contains(expected), "missing \(expected) in \(claims)")
        }
    }

    @Test func crewsAndCarryingAreTold() {
        #expect(summary("The Strela-3 is operated by a two-man crew.") == ["strela-3 crew exact 2.0"])
        #expect(summary("The Grom is operated by one soldier.") == ["grom crew exact 1.0"])
        #expect(summary("The Igla-S is light enough to be carried by a single soldier.") == ["igla-s man_portable"])
    }

    @Test func spanishIsRead() {
        let claims = summary("El Igla-S, de fabricación rusa, tiene un alcance de hasta 6 kilómetros y un techo de 3.500 metros.")
        #expect(claims.contains("igla-s origin"))
        #expect(claims.contains("igla-s max_range up_to 6000.0"))
        #expect(claims.contains("igla-s max_altitude exact 3500.0"))
    }

    @Test func headlinesRepeatedInTheBodyAreReportedOnce() {
        let text = "# Venezuela shows 5,000 Igla-S missiles\n\nVenezuela has 5,000 Igla-S missiles, officials said.\n"
        let claims = CheckTestSupport.markdownFindings(text)
        #expect(claims.count == 1)
        #expect(claims.first?.start.line == 3)
    }

    @Test func aTextWithoutStopsIsCutIntoBoundedSentences() {
        let sentence = "the Igla-S has a range of 10 km and 4,500 Marines wait offshore "
        let text = String(repeating: sentence, count: 2000)
        let claims = summary(text)
        #expect(claims.count == 2000)
        #expect(claims.allSatisfy { $0 == "igla-s max_range exact 10000.0" })
    }
    /// Issue 8: a table pasted as plain text (cells split by `|` or tabs) or written in
    /// Markdown without outer pipes reads each figure under its column's header: the
    /// ceiling's cue does not make the range beside it a height.
    @Test func tableRowsReadTheirColumnHeaders() {
        func read(_ findings: [Finding]) -> [String] {
            findings.map { "\($0.claim.systemID) \($0.claim.attribute.rawValue) \($0.verdict.rawValue)" }
        }
        let expected = ["igla-s max_range consistent", "igla-s max_altitude consistent"]
        let pipes = "System | Range | Ceiling\nIgla-S | 6 km | 3.5 km\n"
        let tabs = "System\tRange\tCeiling\nIgla-S\t6 km\t3.5 km\n"
        let markdown = "System | Range | Ceiling\n--- | --- | ---\nIgla-S | 6 km | 3.5 km\n"
        #expect(read(CheckTestSupport.findings(pipes)) == expected)
        #expect(read(CheckTestSupport.findings(tabs)) == expected)
        #expect(read(CheckTestSupport.markdownFindings(markdown)) == expected)
        // A line with one `|` is no row ("Piorun reaches 6.5 km | Defence News").
        #expect(read(CheckTestSupport.findings("The Piorun reaches 6.5 km | Defence News\n")) == ["piorun max_range consistent"])
    }
    /// Issue 8: a version mark written with a hyphen inside it ("le Tor-M-2", "Buk-M-1")
    /// names the record whose alias joins it ("Tor-M2", "Buk-M1"); a first part stays whole.
    @Test func aVersionMarkSplitByAHyphenNamesItsRecord() {
        #expect(ClaimVocabulary.splitVersionMark("Tor-M2") == "Tor-M-2")
        #expect(ClaimVocabulary.splitVersionMark("Бук-М1") == "Бук-М-1")
        #expect(ClaimVocabulary.splitVersionMark("Strela-2M") == nil)
        #expect(ClaimVocabulary.splitVersionMark("FIM-92A") == nil)
        #expect(summary("Le FIM-92 a un plafond de 3 800 mètres.") == ["stinger max_altitude exact 3800.0"])
        #expect(ClaimVocabulary.splitVersionMark("9K38") == nil)
        #expect(ClaimVocabulary.splitVersionMark("SA-24") == nil)
        #expect(ClaimVocabulary.splitVersionMark("Tor-M2DT") == nil)
        #expect(summary("The Tor-M-2 reaches 12 km.") == ["tor max_range exact 12000.0"])
        #expect(summary("The Buk-M-2 reaches 45 km.") == ["buk max_range exact 45000.0"])
    }
}
