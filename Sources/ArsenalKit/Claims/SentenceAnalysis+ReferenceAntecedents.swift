/// The antecedent of a reference that names a vehicle ("Der Flakpanzer", "the vehicle", "самоходка") means a
/// system on a vehicle, never a shoulder-fired one: after "ein Startgerät der Strela-2M und ein
/// Gepard", "Der Flakpanzer, ab 1976 im Dienst" is the Gepard's (blind set QQ, de).
extension SentenceAnalysis {
    /// `antecedent`, or, when the reference at `reference` holds a vehicle noun (pack
    /// `structure.vehicle_nouns`) and `antecedent` is a MANPADS, the last system not carried
    /// by hand named in this sentence before the reference or in the two sentences before it.
    /// The antecedent stands when there is none.
    func vehicleAntecedent(_ antecedent: (Int, String), reference: Range<Int>) -> (Int, String) {
        guard antecedent.0 >= 0, catalog.systems[antecedent.0].kind == .manpads,
              words(in: reference).contains(where: { isIn(.vehicleNoun, $0) }) else { return antecedent }
        let here = mentions.filter { $0.named && $0.system >= 0 && $0.range.upperBound <= reference.lowerBound }.map(\.system)
        for system in (state.earlierNamed + state.lastNamed + here).reversed() where catalog.systems[system].kind != .manpads {
            return (system, catalog.systems[system].name)
        }
        return antecedent
    }
}

extension SentenceAnalysis {
    /// Whether a word referring back is the first part of a designation: a hyphen and a digit
    /// right after it ("los Su-35" is no "su", "Il-76" no "il", "Tu-154" no "tu"; blind set
    /// QY, es).
    func startsDesignation(_ reference: Range<Int>) -> Bool {
        let end = reference.upperBound
        return end + 1 < range.upperBound && bytes[end] == 0x2D && bytes[end + 1] >= 0x30 && bytes[end + 1] <= 0x39
    }
}
