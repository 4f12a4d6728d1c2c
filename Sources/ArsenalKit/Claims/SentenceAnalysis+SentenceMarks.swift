/// Sentence-wide marks on the claims of one sentence (issue 8, session 64): a figure set
/// against another of its kind by a contrast, and guidance words after a contrast's object. Each
/// puts one part of a claim in doubt; no word of any language is named here.
extension SentenceAnalysis {
    /// "Anders als die Schilka mit ihren vier Kanonen und vier Mann Besatzung kommt der Gepard
    /// mit drei Soldaten aus", "... servi par deux hommes, à la différence du Stinger américain,
    /// épaulé par un seul soldat" (blind set HP): a figure standing after the object of a
    /// contrast (pack `structure.contrasts`), with no name between, tied to another system that
    /// has a figure of the same attribute elsewhere in the sentence, is set against that figure:
    /// it may well be the object's own. Its system is a guess.
    func markContrastedPairs(_ claims: inout [Claim]) {
        for index in claims.indices {
            guard let number = claims[index].number else { continue }
            let at = claims[index].range.lowerBound
            guard let contrast = lastCue(where: { isWord($0, .clauseBreak) && $0.range.upperBound <= at && isContrast(text($0.range)) }),
                  let object = mentions.first(where: { $0.named && $0.range.lowerBound >= contrast.range.upperBound }),
                  object.range.upperBound <= at, catalog.systems[object.system].id != claims[index].systemID,
                  wordCount(contrast.range.upperBound..<object.range.lowerBound) <= 2,
                  !hasPunctuation(contrast.range.upperBound..<object.range.lowerBound),
                  wordCount(object.range.upperBound..<at) <= 10,
                  !mentions.contains(where: { $0.named && $0.range.lowerBound >= object.range.upperBound && $0.range.upperBound <= at }),
                  !(object.range.upperBound..<at).contains(where: { bytes[$0] == 0x3B || bytes[$0] == 0x3A }) else { continue }
            let partner = claims.indices.contains { other in
                other != index && claims[other].systemID == claims[index].systemID && claims[other].attribute == claims[index].attribute
                    && (claims[other].range.upperBound <= contrast.range.lowerBound || claims[other].range.lowerBound > at && claims[other].range.upperBound > claims[index].range.upperBound)
                    && claims[other].number.map { $0.value != number.value } ?? false
            }
            guard partner else { continue }
            claims[index].grounding.doubt(.system, "\"\(text(contrast.range.lowerBound..<object.range.upperBound))\" sets it against the other figure of its kind in the sentence: it may be the \(object.words)'s own")
        }
    }

    /// "Brytyjski Martlet, w przeciwieństwie do Pioruna naprowadzany wiązką lasera, waży 13 kg"
    /// (blind set HP): guidance words right after the object of a contrast, tied to that object,
    /// while another system named before the contrast is the sentence's subject, may describe
    /// either: the subject (the point of the contrast) or the object. Its system is a guess.
    func markContrastObjectGuidance(_ claims: inout [Claim]) {
        for index in claims.indices where claims[index].attribute == .spec(.guidance) {
            let at = claims[index].range.lowerBound
            guard let object = mentions.last(where: { $0.named && $0.range.upperBound <= at }),
                  catalog.systems[object.system].id == claims[index].systemID, wordCount(object.range.upperBound..<at) <= 1,
                  !hasPunctuation(object.range.upperBound..<at),
                  let contrast = lastCue(where: { isWord($0, .clauseBreak) && $0.range.upperBound <= object.range.lowerBound && isContrast(text($0.range)) }),
                  wordCount(contrast.range.upperBound..<object.range.lowerBound) <= 2, !hasPunctuation(contrast.range.upperBound..<object.range.lowerBound),
                  let subject = mentions.first(where: { $0.named && $0.system != object.system && $0.range.upperBound <= contrast.range.lowerBound })
            else { continue }
            claims[index].grounding.doubt(.system, "\"\(text(contrast.range.lowerBound..<object.range.upperBound))\" stands inside a sentence about the \(subject.words): the guidance may be either's")
        }
    }
}
