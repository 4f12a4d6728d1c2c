/// A variant named before its own family: "The FIM-92B variant of the Stinger reaches
/// 4,800 m", "La versión FIM-92B del Stinger alcanza 4.800 metros". The family's name there
/// only says what the variant belongs to; the sentence is about the variant, so the family's
/// name is an object (as after "unlike"), not a subject a figure can bind to.
extension SentenceAnalysis {
    /// Words that may stand between the variant's name and its family's ("variant of the",
    /// "del", "de la familia"); a coordinator ("the FIM-92B and the Stinger") or punctuation
    /// between them means two systems side by side.
    static let variantFamilyReach = 3

    /// The start positions of family names that follow one of their own variants within
    /// `variantFamilyReach` words, in `names` (the sentence's system cues, in text order).
    func familyNamesAfterVariants(_ names: [CueMatch]) -> Set<Int> {
        var objects: Set<Int> = []
        guard names.count >= 2 else { return objects }
        for index in 1..<names.count {
            guard case .system(let variant) = names[index - 1].cue, case .system(let family) = names[index].cue,
                  variant != family else { continue }
            let variantID = catalog.systems[variant].id
            let familyID = catalog.systems[family].id
            guard variantID != familyID, isAncestor(family, of: variant) else { continue }
            let between = names[index - 1].range.upperBound..<names[index].range.lowerBound
            guard wordCount(between) <= Self.variantFamilyReach, !hasPunctuation(between),
                  !containsWord(in: between, where: { isCoordinator($0) }) else { continue }
            objects.insert(names[index].range.lowerBound)
        }
        return objects
    }
}

/// A mass written in tonnes is a vehicle's or a shipment's ("Das Fahrzeug wiegt 4,1 Tonnen"
/// beside the Stinger launchers it carries): said of a system that cannot weigh that much
/// (outside the bounds `validate` applies to its kind, rule V304), it is another thing's
/// figure and is left out rather than shown as an implausible reading of that system.
extension SentenceAnalysis {
    func isTonnesOfAnotherThing(_ claim: Claim) -> Bool {
        guard case .spec(let attribute) = claim.attribute,
              attribute == .systemMass || attribute == .missileMass || attribute == .warheadMass,
              let number = claim.number,
              quantities.contains(where: { $0.unit == .tonnes && claim.range.contains($0.range.lowerBound) }),
              let system = catalog.system(id: claim.systemID),
              let bounds = attribute.plausibleRange(for: system.kind) else { return false }
        return !bounds.contains(number.value)
    }
}
