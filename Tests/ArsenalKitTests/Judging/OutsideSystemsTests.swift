import ArsenalKit
import Foundation
import Testing

/// Systems the database does not hold (`Lexicons/outside-systems.yaml` and designation-shaped
/// names): their figures are never judged against a record named nearby, and are reported
/// unverifiable with `system: null` and the name as written (issue 8).
@Suite struct OutsideSystemsTests {
    static let path = CheckTestSupport.packageRoot.appendingPathComponent(OutsideSystems.bundledPath).path

    @Test func theListLoadsAndNamesNoRecord() throws {
        let systems = try OutsideSystems.load(yaml: String(contentsOfFile: Self.path, encoding: .utf8), path: OutsideSystems.bundledPath)
        #expect(systems.count >= 30)
        #expect(systems == OutsideSystems.bundled)
        #expect(OutsideSystems.problems(systems, catalog: CatalogLoader.bundledCatalog) == [])
    }

    @Test func aNameThatIsARecordIsReported() throws {
        let yaml = "systems:\n  - {name: Test, what: test, aliases: [Stinger, Spike LR]}\n  - {name: Other, what: test, aliases: [Spike-LR]}\n"
        let systems = try OutsideSystems.load(yaml: yaml, path: "list.yaml")
        let problems = OutsideSystems.problems(systems, catalog: CatalogLoader.bundledCatalog)
        #expect(problems.contains { $0.hasPrefix("list.yaml:2:") && $0.contains("'Stinger' names the record stinger") })
        #expect(problems.contains { $0.hasPrefix("list.yaml:3:") && $0.contains("is also listed for Test") })
    }

    @Test(arguments: [
        ("systems: [1, 2]\n", "list.yaml:1:"),
        ("systems:\n  - {name: X, aliases: [Y]}\n", "X needs `what`"),
        ("systems:\n  - {name: X, what: y, nickname: Z}\n", "unknown key 'nickname'"),
        ("- just a list\n", "expected a mapping with a `systems` list"),
    ])
    func malformedListsAreLocated(_ yaml: String, _ expected: String) {
        #expect {
            try OutsideSystems.load(yaml: yaml, path: "list.yaml")
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    /// Findings about systems outside the database in `text`, and the others.
    func split(_ text: String) -> (outside: [Finding], records: [Finding]) {
        let findings = CheckTestSupport.findings(text)
        return (findings.filter { $0.claim.unknownSystem != nil }, findings.filter { $0.claim.unknownSystem == nil })
    }

    @Test func aListedSystemsFigureIsNotJudgedAgainstARecord() throws {
        let (outside, records) = split("The Javelin weighs 22 kg with its sight, while the Stinger round next to it is 10.1 kg.")
        let javelin = try #require(outside.first)
        #expect(javelin.verdict == .unverifiable)
        #expect(javelin.claim.unknownSystem?.mention == "Javelin")
        #expect(javelin.quote == "22 kg")
        #expect(javelin.judgement.message.contains("the Javelin (FGM-148 Javelin, anti-tank missile) is not in the database"))
        #expect(!records.contains { $0.quote.contains("22") })
        #expect(records.allSatisfy { $0.verdict != .conflict && $0.verdict != .disputed })
    }

    @Test func aDesignationShapedNameIsOutsideTheDatabase() throws {
        let (outside, records) = split("Unlike the Igla-S, the KS-1C can hit targets 170 km away.")
        let ks1 = try #require(outside.first)
        #expect(ks1.claim.unknownSystem?.mention == "KS-1C")
        #expect(ks1.claim.unknownSystem?.name == nil)
        #expect(ks1.verdict == .unverifiable)
        #expect(ks1.judgement.message.hasPrefix("the KS-1C is not in the database"))
        #expect(!records.contains { $0.quote.contains("170") })
    }

    @Test func theNextSentencesPronounStaysWithTheOutsideSystem() {
        let (outside, records) = split("The Igla-S was on show. Beside it stood a Kornet launcher. It can hit tanks 5.5 km away.")
        #expect(outside.contains { $0.claim.unknownSystem?.mention == "Kornet" && $0.quote == "5.5 km" })
        #expect(!records.contains { $0.quote == "5.5 km" })
    }

    @Test func aFamilyNameIsTheOneMemberTheArticleNamed() throws {
        // No member named: "Strela" is the family, judged against no record (and not the Stinger).
        let (outside, records) = split("Germany sent 500 Stingers. Strela missiles follow; their range is about 3.7 km.")
        let strela = try #require(outside.first { $0.quote.contains("3.7") })
        #expect(strela.claim.unknownSystem?.name == "Strela family")
        #expect(!records.contains { $0.quote.contains("3.7") })
        // One member named before: the name means it, in its sentence or later on.
        let later = CheckTestSupport.findings("Poland bought the Strela-2M in the 1970s. The Strela reaches about 4.2 km.")
        #expect(later.contains { $0.claim.systemID == "strela-2m" && $0.quote.contains("4.2") && $0.verdict == .consistent })
        let nickname = CheckTestSupport.findings("The SA-7, also called Strela, entered service in 1968.")
        #expect(nickname.contains { $0.claim.systemID == "strela-2" && $0.claim.attribute == .spec(.serviceEntry) })
        // Two members named: which one is meant is unknown.
        let (twoOutside, twoRecords) = split("The Strela-2 and the Strela-3 were both made. The Strela reaches about 4.1 km.")
        #expect(twoOutside.contains { $0.quote.contains("4.1") })
        #expect(!twoRecords.contains { $0.quote.contains("4.1") })
    }

    @Test func aMemberThatIsNoRecordIsReported() throws {
        let yaml = "systems:\n  - {name: Test family, what: test, aliases: [Testa], members: [stinger, no-such-record]}\n"
        let systems = try OutsideSystems.load(yaml: yaml, path: "list.yaml")
        #expect(systems.first?.members == ["stinger", "no-such-record"])
        #expect(OutsideSystems.problems(systems, catalog: CatalogLoader.bundledCatalog) == ["list.yaml:2:5: member 'no-such-record' is no record id"])
    }

    @Test func aRecordSharingAWordKeepsItsLongerName() {
        // "Javelin SAM" is a record; "Javelin" alone is the anti-tank missile.
        let findings = CheckTestSupport.findings("The Javelin SAM has a range of 4.5 km.")
        #expect(findings.contains { $0.claim.systemID == "javelin-sam" && $0.claim.unknownSystem == nil })
    }

    @Test func jsonWritesANullSystemAndTheMention() throws {
        let findings = CheckTestSupport.findings("The NLAW weighs 12.5 kg, the Piorun 16.5 kg.")
        for json in [FindingJSONReporter.report(findings, checkedFiles: 1), FindingJSONReporter.report(findings, checkedFiles: 1, layout: .compact)] {
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let items = try #require(report["findings"] as? [[String: Any]])
            let nlaw = try #require(items.first { $0["mention"] as? String == "NLAW" })
            #expect(nlaw["system"] is NSNull)
            #expect(nlaw["verdict"] as? String == "unverifiable")
            #expect(items.contains { $0["system"] as? String == "piorun" && $0["mention"] == nil })
        }
    }
}
