/// A phrase of time that opens the sentence: "Antes de recibir los Piorun, muchas unidades
/// dependían de viejos Strela-2M, con un alcance de 9 km", "Avant de se tourner vers le Piorun,
/// l'Estonie avait acheté le Mistral 3, qui plafonne à 3 000 mètres", "Avant l'Igla-S,
/// Rosoboronexport vendait l'Igla" (blind sets QV, QW: es and fr). The system named there is
/// what came later, not the subject of what the sentence says after the comma.
extension SentenceAnalysis {
    /// Words a phrase of time may hold before its comma.
    static let beforePhraseReach = 8

    /// The start positions of the system names in `names` that stand in a phrase opened by a
    /// word of time before (pack `structure.before_words`) as the sentence's first words and
    /// closed by its first comma, at most `beforePhraseReach` words long.
    func namesInBeforePhrase(_ names: [CueMatch]) -> Set<Int> {
        guard let opener = cues.first(where: { isWord($0, .beforeWord) }),
              wordCount(range.lowerBound..<opener.range.lowerBound) == 0,
              let comma = (opener.range.upperBound..<range.upperBound).first(where: { bytes[$0] == 0x2C }),
              wordCount(opener.range.upperBound..<comma) <= Self.beforePhraseReach,
              !hasPunctuation(opener.range.upperBound..<comma) else { return [] }
        return Set(names.filter { $0.range.lowerBound >= opener.range.upperBound && $0.range.upperBound <= comma }.map(\.range.lowerBound))
    }
}
