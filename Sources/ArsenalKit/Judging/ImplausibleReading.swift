/// A figure outside what a system of its kind can physically do (the bounds `validate`
/// applies to the data, rule V304) is not a statement of that attribute: "35,000 feet" is
/// no MANPADS's range, "900 kg" no MANPADS's missile. Such a reading is never judged; when
/// no reading of a claim is plausible, the finding is `unclear` and says why.
enum ImplausibleReading {
    /// Which bounds `claim`'s figure falls outside ("a manpads system's system mass (1 kg to
    /// 80 kg)"), or nil when it fits them (or holds no figure, or its system is not a record).
    static func reason(_ claim: Claim, in catalog: Catalog) -> String? {
        guard case .spec(let attribute) = claim.attribute, let number = claim.number,
              let system = catalog.system(id: claim.systemID),
              let range = attribute.plausibleRange(for: system.kind), !range.contains(number.value) else { return nil }
        let unit = FigureText.unit(of: attribute)
        let limits = "\(FigureText.format(range.lowerBound, unit: unit)) to \(FigureText.format(range.upperBound, unit: unit))"
        return "a \(system.kind.rawValue) system's \(attribute.claimLabel) (\(limits))"
    }

    /// The `unclear` judgement of a claim none of whose readings is plausible.
    static func judgement(_ claim: Claim, reasons: [String], in context: JudgingContext) -> Judgement {
        let figure: JudgedFigure? = {
            guard case .spec(let attribute) = claim.attribute, let number = claim.number else { return nil }
            return context.tolerance.figure(for: number, attribute: attribute)
        }()
        let name = context.catalog.system(id: claim.systemID)?.name ?? claim.systemID
        let claimed = claim.number?.text ?? "the figure"
        return Judgement(
            verdict: .unclear, message: message(claimed, reasons: reasons, system: name), figure: figure,
            explanation: reasons.map { "not judged: \(claimed) is outside what \($0) can be (rule V304)" })
    }

    static func message(_ claimed: String, reasons: [String], system: String) -> String {
        "\(claimed) is outside what \(reasons.joined(separator: " or ")) can be (rule V304): not read as a figure of the \(system); it may be another quantity or another thing's figure"
    }
}
