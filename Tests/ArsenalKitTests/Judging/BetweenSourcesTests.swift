import ArsenalKit
import Testing

/// A figure that no source gives but that lies between the figures of sources that disagree
/// among themselves is `disputed` (a warning naming them), not a `conflict`: the Stinger's
/// ceiling is printed as 3.8 km and as 10,000 ft (3.05 km), so "3.5 km" contradicts no source
/// more than the sources contradict each other. Outside their span, or where the sources
/// agree, it stays a conflict.
@Suite struct BetweenSourcesTests {
    func finding(_ text: String, _ attribute: String) throws -> Finding {
        let found = CheckTestSupport.findings(text).filter { $0.claim.attribute.rawValue == attribute }
        try #require(found.count == 1, "expected one \(attribute) finding in \"\(text)\", got \(found.map(\.quote))")
        return found[0]
    }

    @Test(arguments: [
        ("The Stinger can hit aircraft flying at up to 3.5 km.", "max_altitude"),
        ("The Stinger can engage aircraft flying as high as 3,300 m.", "max_altitude"),
        ("The Stinger has a range of 6 km.", "max_range"),
        ("Der Stinger hat eine Reichweite von 6 Kilometern.", "max_range"),
    ])
    func aFigureBetweenDisagreeingSourcesIsDisputed(text: String, attribute: String) throws {
        let found = try finding(text, attribute)
        #expect(found.verdict == .disputed, "\(found.judgement.message)")
        #expect(found.judgement.message.contains("lies between the figures the sources give"), "\(found.judgement.message)")
        #expect(found.judgement.message.contains("none gives it"), "\(found.judgement.message)")
        #expect(found.judgement.evidence.allSatisfy { $0.agrees == false })
    }

    @Test(arguments: [
        // Past the highest or below the lowest figure of the span.
        ("The Stinger has a range of 12 km.", "max_range"),
        ("The Stinger has a range of 3 km.", "max_range"),
        ("The Stinger can hit aircraft flying at up to 5 km.", "max_altitude"),
        // One stated figure and a bound ("over 6,000 m") make no span.
        ("The Piorun has a range of 6.2 km.", "max_range"),
        // A single source: nothing to lie between.
        ("The Verba has a range of 6.4 km.", "max_range"),
    ])
    func aFigureOutsideTheSpanStaysAConflict(text: String, attribute: String) throws {
        let found = try finding(text, attribute)
        #expect(found.verdict == .conflict, "\(found.judgement.message)")
        #expect(!found.judgement.message.contains("lies between"), "\(found.judgement.message)")
    }

    @Test func explainSaysWhyTheVerdictIsNotAConflict() throws {
        let found = CheckTestSupport.findings("The Stinger has a range of 6 km.")
            .filter { $0.claim.attribute.rawValue == "max_range" }
        try #require(found.count == 1)
        let explanation = found[0].judgement.explanation
        #expect(explanation.contains { $0.contains("lies between the lowest and the highest the sources state") }, "\(explanation)")
    }
}
