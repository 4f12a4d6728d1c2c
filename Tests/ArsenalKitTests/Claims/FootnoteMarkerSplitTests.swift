import Foundation
@testable import ArsenalKit
import Testing

/// A footnote marker right after a full stop ("in 2017.[3] Iron Dome ...") stays with the
/// sentence it closes, and the sentence ends after it (blind set OY, session 70: the Iron
/// Dome's year was read inside the Arrow 3's relative clause). Brackets that are not
/// markers leave the stop as it was.
@Suite struct FootnoteMarkerSplitTests {
    /// The sentences of `text`, as `HeadlineSplitTests` splits them.
    func split(_ text: String) -> [String] { HeadlineSplitTests().split(text) }

    @Test func aMarkerAfterTheStopEndsTheSentence() {
        #expect(split("Arrow 3 became operational in 2017.[3] Iron Dome entered service in 2011.[4]")
            == ["Arrow 3 became operational in 2017.[3]", "Iron Dome entered service in 2011.[4]"])
        // Several markers in a row, and a quote before them.
        #expect(split("Le rapport parle d'un « succès ».[12][14] Le Mistral porte à 6 km.").count == 2)
    }

    @Test func otherBracketsAndLongNumbersDoNotEndIt() {
        // Four digits are a year in brackets, not a marker; a word in brackets is no marker.
        #expect(split("It entered service in 1981.[2004] edition of the report").count == 1)
        #expect(split("The Stinger reaches 8 km.[citation needed] It weighs 15 kg.").count == 1)
        // No marker: the stop before a space ends the sentence as before.
        #expect(split("The Stinger reaches 8 km. It weighs 15 kg.").count == 2)
    }
}
