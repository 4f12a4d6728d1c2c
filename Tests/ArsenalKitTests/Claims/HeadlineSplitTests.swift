import Foundation
@testable import ArsenalKit
import Testing

/// A headline on the first line of a paragraph, run into its story's first line with no
/// punctuation between, is a sentence of its own (blind set AF, session 52: "L'Espagne mise
/// sur le Mistral 3" above "Entré en service ... en 1988, le Mistral frappe ..." gave the
/// Mistral's year to the Mistral 3). A hard-wrapped line, a list and a fact box are not.
@Suite struct HeadlineSplitTests {
    func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            SentenceSplitter.sentences(in: buffer, abbreviations: []).map { String(decoding: buffer[$0], as: UTF8.self) }
        }
    }

    @Test func aHeadlineAboveItsStoryIsASentence() {
        #expect(split("L'Espagne mise sur le Mistral 3\nEntré en service en 1988, le Mistral frappe des cibles jusqu'à 6 km.")
            == ["L'Espagne mise sur le Mistral 3", "Entré en service en 1988, le Mistral frappe des cibles jusqu'à 6 km."])
        // A quoted name may end it.
        #expect(split("«Игла-С» против «Иглы»\nКомплекс 9К338 «Игла-С» принят на вооружение в 2002 году и бьёт на 6 км.").count == 2)
    }

    @Test func aWrappedLineAListAndAFactBoxStayOneText() {
        // Hard-wrapped prose: the first line is as long as the next.
        #expect(split("The Igla-S entered service in 2004 and has a range of\nsix kilometres against low-flying aircraft.").count == 1)
        // A list under a title line ending in a colon, and list items.
        #expect(split("Stinger-Varianten im Überblick:\n- FIM-92A: seit 1981 im Dienst").count == 1)
        // Two words are a label, not a headline; a line ending in a comma runs on.
        #expect(split("Piorun (Polen)\nDer Piorun wiegt 10,5 kg und reicht 6,5 km weit, berichtet Mesko.").count == 1)
        #expect(split("The Stinger, which Germany sent to Kyiv,\nReaches 8 km according to Raytheon and weighs 10.1 kg.").count == 1)
    }
}
