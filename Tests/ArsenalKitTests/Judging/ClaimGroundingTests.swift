import ArsenalKit
import Foundation
import Testing

/// Issue 8's rule as a mechanism: a claim carries how its system, attribute and value were
/// established (`ClaimGrounding`); a `conflict` or `disputed` verdict on a claim with a
/// doubt becomes `unclear`, saying what is uncertain, and `--explain` says why each
/// finding is certain. Each case pairs a guessed reading with the same figure established,
/// which must still raise its alarm.
@Suite struct ClaimGroundingTests {
    static func finding(_ text: String, quote: String) -> Finding? {
        CheckTestSupport.findings(text).first { $0.quote == quote }
    }

    @Test(arguments: [
        // (guessed, established, quote, part in doubt)
        ("Anyone who says the Igla can reach 12 km is thinking of something else.",
         "The Igla can reach 12 km.", "12 km", ClaimGrounding.Part.value),
        ("The Stinger reaches 8 km, while the truck reaches about 1.8 km.",
         "The Stinger reaches about 1.8 km.", "about 1.8 km", .system),
        ("Everyone talks about the Igla-S and its 9 km.",
         "The Igla-S reaches 9 km.", "9 km", .attribute),
        ("The Stinger Missile Jump Pack weighs 35 pounds.",
         "The Stinger weighs 35 pounds.", "35 pounds", .system),
        ("Die Super-Igla reicht 12 km.",
         "Die Igla reicht 12 km.", "12 km", .system),
        ("Le Mistral n'est pas tiré à l'épaule.",
         "Le Mistral est trop lourd pour être porté.", nil, .attribute),
    ] as [(String, String, String?, ClaimGrounding.Part)])
    func aGuessIsUnclearWhereTheSameFigureEstablishedIsAnAlarm(
        guessed: String, established: String, quote: String?, part: ClaimGrounding.Part
    ) throws {
        func alarm(_ text: String) -> Finding? {
            CheckTestSupport.findings(text).first { finding in
                (quote == nil || finding.quote == quote) && finding.claim.attribute != .comparison
                    && (finding.verdict == .conflict || finding.verdict == .disputed || !finding.claim.grounding.isEstablished)
            }
        }
        let sure = try #require(alarm(established), "no finding in \"\(established)\"")
        #expect(sure.verdict == .conflict || sure.verdict == .disputed, "\(established): \(sure.verdict)")
        #expect(sure.claim.grounding.isEstablished)
        let guess = try #require(alarm(guessed), "no finding in \"\(guessed)\"")
        #expect(guess.verdict == .unclear, "\(guessed): \(guess.verdict) \(guess.judgement.message)")
        #expect(guess.claim.grounding.doubts.contains { $0.part == part }, "\(guess.claim.grounding.doubts)")
        #expect(guess.judgement.message.contains("its \(part.rawValue) is not established"))
        #expect(guess.severity == .note)
    }

    @Test func explainSaysWhyAFindingIsCertainOrWhatIsUncertain() throws {
        let sure = try #require(Self.finding("The Igla can reach 12 km.", quote: "12 km"))
        #expect(sure.judgement.explanation.contains {
            $0.hasPrefix("certain: system named in the claim's clause; attribute from a cue word bound to the figure")
        })
        let guess = try #require(Self.finding("Anyone who says the Igla can reach 12 km is wrong.", quote: "12 km"))
        #expect(guess.judgement.explanation.contains {
            $0.hasPrefix("uncertain: value: it follows \"Anyone who says\"")
        })
    }

    @Test func aDoubtLeavesAConsistentVerdictAlone() throws {
        // Agreement is no alarm: a guessed reading that agrees stays consistent.
        let finding = try #require(CheckTestSupport.findings("Anyone who says the Igla reaches 5.2 km is right.").first)
        #expect(finding.verdict == .consistent)
        #expect(!finding.claim.grounding.isEstablished)
    }

    @Test func applyTurnsOnlyAlarmsIntoUnclear() {
        var grounding = ClaimGrounding()
        let conflict = Judgement(verdict: .conflict, message: "12 km overstates")
        #expect(grounding.apply(to: conflict) == conflict)
        grounding.doubt(.system, "a reason")
        let unclear = grounding.apply(to: conflict)
        #expect(unclear.verdict == .unclear)
        #expect(unclear.message == "not judged as conflict: its system is not established (a reason); read as: 12 km overstates")
        for verdict in [Verdict.consistent, .unverifiable, .unclear] {
            let judgement = Judgement(verdict: verdict, message: "m")
            #expect(grounding.apply(to: judgement) == judgement)
        }
    }
}
