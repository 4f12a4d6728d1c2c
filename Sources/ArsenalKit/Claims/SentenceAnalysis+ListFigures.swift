/// Figures written right after a name, as forum posts and spec lists glue them
/// ("Igla-S 6km, Verba 6km auch", "Strzała-2 3,6km, Strzała-3 4,1km, Igła 5,2km").
extension SentenceAnalysis {
    /// A distance written right after a system's name, with nothing but spaces between and
    /// no cue of its own, is that system's range: a list that pairs names with distances
    /// puts the headline figure there, and other distances carry their own word ("1,5 m
    /// lang", "5 km from the border", "3,5 km Höhe").
    func listedRange(for quantity: QuantityMention) -> AttributeChoice? {
        guard quantity.dimension == .length, quantity.boundRange == nil,
              let mention = mentions.last(where: { $0.named && $0.range.upperBound <= quantity.range.lowerBound }),
              mention.range.upperBound < quantity.range.lowerBound,
              (stretch(mention.range, quantity.range)).allSatisfy({ bytes[$0] == 0x20 }) else { return nil }
        // "... erreicht die Igla-S 3,5 km", "osiąga Igła-S 3,5 km": a verb of reaching before
        // the name (its subject, inverted) governs the figure; it says no more than "reaches",
        // which does not settle a range from a height.
        if cues.contains(where: { cue in
            guard isWord(cue, .reachVerb), cue.range.upperBound <= mention.range.lowerBound else { return false }
            let lead = stretch(cue.range, mention.range)
            return wordCount(lead) <= 1 && !hasPunctuation(lead)
        }) { return nil }
        // "W zestawieniu pułapów wszystkie trzy wypadają podobnie: Piorun 4 km, Igła-S 3,5 km"
        // (blind set GI): a length cue before a colon heads the list that follows it.
        if let header = listHeader(before: quantity.range.lowerBound), case .attribute(let attribute) = header.cue {
            var choice = AttributeChoice(attribute: attribute, cue: header, cueWords: text(header.range),
                                         reason: "a distance right after the name \(mention.words) in a list headed by \"\(text(header.range))\" before a colon",
                                         isGeneric: false)
            choice.basis = .inferred
            return choice
        }
        var choice = AttributeChoice(
            attribute: .maxRange, cueWords: "(name and figure)",
            reason: "a distance right after the name \(mention.words), with no cue of its own, is its range (a list of names and figures)",
            isGeneric: false)
        choice.basis = .inferred
        return choice
    }

    /// The last length cue (a range or a height) before the colon that opens the list holding
    /// `position`, in the sentence, with no attribute cue between the colon and `position`.
    func listHeader(before position: Int) -> CueMatch? {
        var colon = position - 1
        while colon > range.lowerBound, bytes[colon] != 0x3A { colon -= 1 }
        guard colon > range.lowerBound, bytes[colon] == 0x3A,
              !cues.contains(where: { cue in
                  guard case .attribute = cue.cue else { return false }
                  return cue.range.lowerBound > colon && cue.range.lowerBound < position
              }) else { return nil }
        return cues.last { cue in
            guard cue.range.upperBound <= colon, cue.range.lowerBound >= range.lowerBound, case .attribute(let attribute) = cue.cue else { return false }
            return [.maxRange, .maxAltitude].contains(attribute)
        }
    }
}
