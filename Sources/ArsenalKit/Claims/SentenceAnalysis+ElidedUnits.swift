/// Elided units: "solo el misil pesa 19,5 kilos, frente a los 10,1 del Stinger", "pesa 17,9
/// kilos con el lanzador y su misil, 10,8", "10.5 kg against 9.8 for the Igla": a decimal
/// figure written without a unit, a few words after a mass or length of the same sentence
/// and of the same order, is that unit's figure. Only decimals (a bare integer is as often a
/// count, a year or a price), only after a figure with a unit in the same clause list, and
/// only for masses and lengths; a figure that took a unit lends it on ("los 10,1 del Stinger
/// y los 9,15 del Strela-2").
extension SentenceAnalysis {
    /// How many words may stand between the figure with a unit and the bare one.
    static let elidedUnitReach = 8

    /// Gives each bare decimal figure the unit of the mass or length a few words before it.
    func lendElidedUnits() {
        guard quantities.contains(where: \.isBareNumber) else { return }
        var lent = quantities
        for index in quantities.indices {
            let bare = quantities[index]
            guard bare.isBareNumber, !bare.isYearLike, bare.scale == 1, bare.value != bare.value.rounded(),
                  let previous = lent[..<index].last(where: { !$0.isBareNumber }),
                  let unit = previous.unit, previous.dimension == .mass || previous.dimension == .length,
                  previous.range.upperBound <= bare.range.lowerBound else { continue }
            let between = stretch(previous.range, bare.range)
            guard wordCount(between) <= Self.elidedUnitReach, !bytes[between].contains(0x0A) else { continue }
            // Of the same order as the figure it follows ("19,5 kilos ... 10,1"), not a ratio or a score.
            let ratio = bare.value / max(previous.writtenValue, .leastNonzeroMagnitude)
            guard ratio >= 0.25, ratio <= 4 else { continue }
            let factor = unit.siFactor
            lent[index] = QuantityMention(
                range: bare.range, numberRange: bare.numberRange, unitRange: nil, boundRange: bare.boundRange,
                unit: unit, value: bare.value * factor, low: bare.low * factor, high: bare.high * factor, bound: bare.bound,
                precision: bare.precision * factor, textValue: bare.textValue)
        }
        quantities = lent
    }
}
