/// A name that says what a vehicle or its hull is ("on a Leopard 1 hull", "sobre un chasis de
/// Leopard 1", "auf dem Fahrgestell des Leopard 1"): the vehicle the sentence's system is
/// built on, not a second thing the next sentence may speak of (blind sets UM, UQ: the Gepard).
extension SentenceAnalysis {
    /// Whether `mention` qualifies a vehicle noun (pack `structure.vehicle_nouns`) or a part
    /// noun: one right after it, past a space or a hyphen, or one at most two words before
    /// it with no punctuation between ("chasis de Leopard 1", "chassis of the Leopard 1").
    func qualifiesVehicle(_ mention: Mention) -> Bool {
        var next = mention.range.upperBound
        if next < range.upperBound, bytes[next] == 0x20 || bytes[next] == 0x2D { next += 1 }
        if next < range.upperBound, let word = firstWordRange(in: next..<range.upperBound), word.lowerBound == next,
           isVehiclePart(lowercasedText(word)) {
            return true
        }
        var end = mention.range.lowerBound
        for _ in 0..<3 {
            guard let word = lastWordRange(before: end) else { return false }
            if isVehiclePart(lowercasedText(word)) { return true }
            end = word.lowerBound
        }
        return false
    }

    private func isVehiclePart(_ word: String) -> Bool {
        isIn(.vehicleNoun, word) || isIn(.partNoun, word)
    }
}
