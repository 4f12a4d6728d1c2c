import ArsenalKit
import Testing

/// When every recorded figure of an attribute is disputed or deprecated, no source votes:
/// the message says so instead of counting "0 sources".
@Suite struct AllDisputedMessageTests {
    func finding(_ text: String, _ attribute: String) throws -> Finding {
        let found = CheckTestSupport.findings(text).filter { $0.claim.attribute.rawValue == attribute }
        try #require(found.count == 1, "expected one \(attribute) finding in \"\(text)\", got \(found.map(\.quote))")
        return found[0]
    }

    @Test func aConflictWithOnlyDisputedFiguresSaysNoneIsAccepted() throws {
        // Both Anza Mk-III ranges (6 km in the table, 5 km in the text of one article) are disputed.
        let found = try finding("The Anza Mk-III has a range of 12 km.", "max_range")
        #expect(found.verdict == .conflict)
        #expect(found.judgement.message.contains("none of them accepted"), "\(found.judgement.message)")
        #expect(found.judgement.message.contains("all disputed or deprecated"), "\(found.judgement.message)")
        #expect(!found.judgement.message.contains("0 sources"), "\(found.judgement.message)")
        #expect(!found.judgement.message.contains("every source"), "\(found.judgement.message)")
    }

    @Test func aMatchWithOnlyDisputedFiguresSaysNoAcceptedSourceGivesOne() throws {
        let found = try finding("The Anza Mk-III has a range of 6 km.", "max_range")
        #expect(found.verdict == .disputed)
        #expect(found.judgement.message.contains("no accepted source"), "\(found.judgement.message)")
        #expect(!found.judgement.message.contains("0 sources"), "\(found.judgement.message)")
    }
}
