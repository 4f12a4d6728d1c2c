/// Figures that carry no cue word of their own but whose unit says what they are, once the
/// figure is tied to a system named in its clause, right before its relative clause, or referred back to: "the Igla-S, which claims
/// 6 km", "el Stinger ... se queda en unos 4,8 km reales", "the complete set is 16.5 kg",
/// "Gesamtsystem 19 kg". They are inferred (issue 8: never an alarm), and tried last, after
/// every cue, envelope, label and list reading, and after the vetoes (places, body sizes,
/// sensor ranges, other owners).
extension SentenceAnalysis {
    /// The shortest distance read as a range without a cue: a kilometre. Shorter bare
    /// distances are as often lengths, heights or gaps between things.
    static let shortestBareRange = 1_000.0

    /// The heaviest mass read as a system's or missile's without a cue: a tonne. Heavier
    /// bare figures are vehicles, loads or money written in pounds sterling.
    static let heaviestBareMass = 1_000.0

    /// How closely the system must be tied: named in the figure's clause, named right before
    /// the relative clause holding it ("el NASAMS, que supera los 20 km"), or referred back to
    /// ("at 6 km it matches"). A system named only in another clause ("the Stinger reaches
    /// 8 km, while the gun reaches 1.8 km") does not lend a cue-less figure its name.
    static let unitDefaultBases: Set<ClaimGrounding.SystemBasis> = [.namedInClause, .relativeClause, .referredBack]

    /// The attribute a cue-less figure's unit implies, and the other readings to try.
    /// A distance of a kilometre or more (not in feet, the unit of heights) is the
    /// engagement range; a mass is the whole system's or the missile's (both are tried and
    /// the one the record fits is kept, as for a bare "weighs").
    func unitDefault(for quantity: QuantityMention, binding: Binding) -> (choice: AttributeChoice, alternatives: [Attribute])? {
        guard binding.mention != nil, binding.outside == nil, let unit = quantity.unit,
              Self.unitDefaultBases.contains(binding.basis) else { return nil }
        let unitWords = text(quantity.unitRange ?? quantity.range)
        switch unit.dimension {
        case .length:
            guard unit != .feet, quantity.low >= Self.shortestBareRange else { return nil }
            var choice = AttributeChoice(
                attribute: .maxRange, cueWords: unitWords,
                reason: "a distance of a kilometre or more tied to \(binding.words), with no cue of its own, is its range",
                isGeneric: false)
            choice.basis = .inferred
            return (choice, [])
        case .mass:
            guard quantity.value <= Self.heaviestBareMass else { return nil }
            var choice = AttributeChoice(
                attribute: .systemMass, cueWords: unitWords,
                reason: "a mass tied to \(binding.words), with no cue of its own, is the whole system's or the missile's: both are tried",
                isGeneric: false)
            choice.basis = .inferred
            return (choice, [.missileMass])
        case .speed:
            return nil
        }
    }
}
