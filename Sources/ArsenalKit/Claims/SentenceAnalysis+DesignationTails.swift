/// Short forms of a designation that look like figures: "Высота: 1600 м против 2300 м — снова
/// 2М" after «Стрелы-2М» names the Strela-2M again, not Mach 2 (issue 8; blind set OK, ru,
/// where "М" after a number is also the symbol for Mach).
extension SentenceAnalysis {
    /// Whether the quantity, a Mach figure written with its symbol glued to the number ("2М",
    /// "2M"), spells the part after the last hyphen of a name of a system the article has
    /// named so far (as written in this sentence, or any of the record's aliases).
    func isDesignationTail(_ quantity: QuantityMention) -> Bool {
        guard quantity.unit == .mach, let unit = quantity.unitRange, unit.lowerBound == quantity.numberRange.upperBound else { return false }
        let written = lowercasedText(quantity.numberRange.lowerBound..<unit.upperBound)
        func tail(_ name: String) -> Bool {
            guard let dash = name.lastIndex(of: "-") else { return false }
            return name[name.index(after: dash)...].lowercased() == written
        }
        if mentions.contains(where: { $0.named && tail($0.words) }) { return true }
        for system in state.salience.systems where catalog.systems[system].aliases.contains(where: tail) { return true }
        return false
    }
}
