/// Figures that carry no cue word of their own but whose unit says what they are, once the
/// figure is tied to a system named in its clause, right before its relative clause, or referred back to: "the Igla-S, which claims
/// 6 km", "el Stinger ... se queda en unos 4,8 km reales", "the complete set is 16.5 kg",
/// "Gesamtsystem 19 kg". Their attribute is a guess (issue 8: never an alarm), and they are tried last, after
/// every cue, envelope, label and list reading, and after the vetoes (places, body sizes,
/// sensor ranges, other owners); and only for a value the system's kind can have (V304).
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
    static let unitDefaultBases: Set<ClaimGrounding.SystemBasis> = [.namedInClause, .relativeClause, .apposition, .referredBack]

    /// The attribute a cue-less figure's unit implies, and the other readings to try.
    /// A distance of a kilometre or more (not in feet, the unit of heights) is the
    /// engagement range; a mass is the whole system's or the missile's (both are tried and
    /// the one the record fits is kept, as for a bare "weighs").
    func unitDefault(for quantity: QuantityMention, binding: Binding) -> (choice: AttributeChoice, alternatives: [Attribute])? {
        guard binding.mention != nil, binding.outside == nil, let unit = quantity.unit,
              Self.unitDefaultBases.contains(binding.basis) else { return nil }
        let unitWords = text(quantity.unitRange ?? quantity.range)
        // A figure the system cannot have is no reading of it without a word saying so
        // ("Kolomna, 115 km from Moscow"): V304's bounds for the system's kind.
        let kind = catalog.systems[binding.system].kind
        func plausible(_ attribute: Attribute) -> Bool {
            attribute.plausibleRange(for: kind)?.contains(quantity.value) ?? false
        }
        switch unit.dimension {
        case .length:
            guard unit != .feet, quantity.low >= Self.shortestBareRange, plausible(.maxRange), !isQuoted(quantity),
                  placeName(after: quantity) == nil else { return nil }
            var choice = AttributeChoice(
                attribute: .maxRange, cueWords: unitWords,
                reason: "a distance of a kilometre or more tied to \(binding.words), with no cue of its own, is its range",
                isGeneric: false)
            choice.basis = .unit
            return (choice, [])
        case .mass:
            // Tonnes tied to a vehicle-borne system that can weigh that much ("The Gepard, a
            // 47.5-tonne German vehicle") are its own weight; V304 keeps a truck's or a
            // shipment's tonnes off a MANPADS.
            if unit == .tonnes, quantity.value > Self.heaviestBareMass, plausible(.systemMass) {
                var choice = AttributeChoice(
                    attribute: .systemMass, cueWords: unitWords,
                    reason: "a mass in tonnes tied to \(binding.words), with no cue of its own, is the whole system's",
                    isGeneric: false)
                choice.basis = .unit
                return (choice, [])
            }
            guard quantity.value <= Self.heaviestBareMass, plausible(.systemMass) || plausible(.missileMass) else { return nil }
            var choice = AttributeChoice(
                attribute: .systemMass, cueWords: unitWords,
                reason: "a mass tied to \(binding.words), with no cue of its own, is the whole system's or the missile's: both are tried",
                isGeneric: false)
            choice.basis = .unit
            return (choice, [.missileMass])
        case .speed:
            return nil
        }
    }

    /// Words a place name may stand after a bare distance ("a unos 115 kilómetros al
    /// sureste de Moscú", "100 miles west of the Russian border", "400 kilómetros de Bogotá").
    static let placeNameReach = 4

    /// The capitalised word, not a system's name, that follows a distance across at most
    /// three lowercase words (a preposition at least) in its clause: the distance is how far
    /// a place is. Nil when none does.
    func placeName(after quantity: QuantityMention) -> String? {
        var end = quantity.range.upperBound
        let limit = min(range.upperBound, end + 64)
        while end < limit, !hasPunctuation(end..<(end + 1)) { end += 1 }
        let span = quantity.range.upperBound..<end
        var lowercase = 0
        for token in text(span).split(separator: " ").prefix(Self.placeNameReach) {
            guard let first = token.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
            if first.properties.isUppercase {
                guard lowercase > 0 else { return nil }
                let name = String(token)
                let named = mentions.contains { span.contains($0.range.lowerBound) && text($0.range).hasPrefix(name) }
                    || outsideMentions.contains { span.contains($0.range.lowerBound) && text($0.range).hasPrefix(name) }
                return named ? nil : name
            }
            lowercase += 1
        }
        return nil
    }

    /// Whether a figure stands alone between quotation marks ("any article quoting \"5.2 km\""):
    /// a figure talked about, not stated.
    func isQuoted(_ quantity: QuantityMention) -> Bool {
        let before = quantity.range.lowerBound, after = quantity.range.upperBound
        guard before > range.lowerBound, after < range.upperBound else { return false }
        func scalar(endingAt index: Int) -> String {
            var start = index - 1
            while start > range.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return text(start..<index)
        }
        func scalar(startingAt index: Int) -> String {
            var end = index + 1
            while end < range.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return text(index..<end)
        }
        return Self.openingQuotes.contains(scalar(endingAt: before)) && Self.closingQuotes.contains(scalar(startingAt: after))
    }

    /// The marks that open and close a quotation, for `isQuoted`.
    static let openingQuotes: Set<String> = ["\"", "“", "„", "«", "‘", "'"]
    static let closingQuotes: Set<String> = ["\"", "”", "“", "»", "’", "'"]

    /// Words a figure's own qualifier may put between it and a parenthesis holding another
    /// figure of the same thing ("8km on paper (4.8km realistic)").
    static let alternativeReach = 3

    /// A figure opening a parenthesis, with no cue of its own, right after a figure of the
    /// same dimension already read in the sentence (at most three words and no punctuation
    /// between): another value of the same attribute ("Stinger 8km on paper (4.8km
    /// realistic)", "6 km (5 km en la práctica)").
    func parentheticalAlternative(to quantity: QuantityMention, after claims: [Claim]) -> AttributeChoice? {
        var open = quantity.range.lowerBound
        while open > range.lowerBound, bytes[open - 1] == 0x20 { open -= 1 }
        guard open > range.lowerBound, bytes[open - 1] == 0x28, let dimension = quantity.dimension else { return nil }
        open -= 1
        guard let previous = claims.last(where: { $0.range.upperBound <= open }),
              case .spec(let attribute) = previous.attribute, case .quantity(let previousDimension) = attribute.kind,
              previousDimension == dimension else { return nil }
        let between = previous.range.upperBound..<open
        guard !hasPunctuation(between), wordCount(between) <= Self.alternativeReach else { return nil }
        var choice = AttributeChoice(
            attribute: attribute, cueWords: "(alternative figure)",
            reason: "a figure opening a parenthesis right after a \(attribute.rawValue) figure is another value of it",
            isGeneric: false)
        choice.basis = .inferred
        return choice
    }
}
