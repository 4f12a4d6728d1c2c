/// The vehicle of a self-propelled system: "Der Flakpanzer Gepard ... Das 47,5 Tonnen schwere
/// Fahrzeug wird von drei Mann bedient", "The Gepard ... The vehicle weighs 47.5 t". Where the
/// article's topic is a self-propelled gun or a vehicle-borne short-range system, its vehicle
/// is the system itself, so a vehicle noun opening a sentence that names no system refers to
/// it (blind sets AI, AM, AR and AS, de). A vehicle beside a portable or long-range system
/// stays a thing of its own (a carrier, a launcher truck).
extension SentenceAnalysis {
    /// Adds the reference, after `findMentions`: a vehicle noun (pack `structure.vehicle_nouns`)
    /// among the first seven words of a sentence (a figure's digits count apart) that opens
    /// with it or with a determiner, holds a figure and names or refers to no system, with no
    /// punctuation and no noun of another owner before it.
    func addVehicleReference() {
        guard mentions.isEmpty, !quantities.isEmpty, wordSets[.vehicleNoun] != nil, let topic = state.topic,
              topic.system >= 0, [.spaag, .shorad].contains(catalog.systems[topic.system].kind) else { return }
        var found: Range<Int>? = nil
        var opening = true
        var seen = 0
        scanWords(in: range) { word in
            seen += 1
            let folded = lowercasedText(word)
            if isIn(.vehicleNoun, folded) { found = word; return false }
            // (The sentence opens with the noun or a determiner: "Das 47,5 Tonnen schwere
            // Fahrzeug", "The vehicle", "Pojazd"; not "Auf der Straße erreicht der Panzer".)
            if seen == 1, !isIn(.determiner, folded), !isIn(.definiteArticle, folded) { opening = false; return false }
            return seen < 7
        }
        guard opening, let noun = found else { return }
        // (Nothing else may own what follows: no punctuation before the noun, no other noun of
        // a thing the sentence is about.)
        let lead = range.lowerBound..<noun.lowerBound
        guard !hasPunctuationOutsideFigures(lead), !cues.contains(where: { $0.range.upperBound <= noun.lowerBound && isWord($0, .otherOwner) })
        else { return }
        mentions.append(Mention(range: noun, system: topic.system, named: false, pronoun: false, possessive: false,
                                isObject: false, words: text(noun), vehicle: true))
    }

    /// Whether a mention is a vehicle noun referring to its system ("Das Fahrzeug"): the
    /// vehicle's speed is its road speed, no figure of the system's ("fährt bis zu 65 km/h").
    func isVehicleReference(_ mention: Mention?) -> Bool {
        mention?.vehicle ?? false
    }

    /// Whether a vehicle standing for its system is parted from `position` by a clause break
    /// (pack `structure.clause_breaks`): it owns nothing past it ("Das Fahrzeug wiegt 47,5 t,
    /// während die Schulterwaffe von einem einzelnen Schützen abgefeuert werden kann").
    func isVehicleCutOff(_ mention: Mention, from position: Int) -> Bool {
        mention.vehicle && cues.contains { isWord($0, .clauseBreak) && $0.range.lowerBound >= mention.range.upperBound && $0.range.upperBound <= position }
    }
}
