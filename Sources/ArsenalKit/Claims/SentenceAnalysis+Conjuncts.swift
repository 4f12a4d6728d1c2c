/// Names that open the next conjunct (issue 8): "le rapport donne au système
/// franco-italien une portée de 100 km et au Patriot une fourchette de 70 à 160 km", "gives
/// the first a range of 100 km and the Patriot one of 160 km". A figure followed by a
/// coordinator and then a name that has a figure of its own kind after it is not that name's:
/// the name opens a new conjunct, the figure closes the one before.
extension SentenceAnalysis {
    /// Whether `between` (from the figure to the name it was tied to, after it) holds a
    /// coordinator, and a figure of the same dimension follows the name in the sentence, with
    /// no clause punctuation between the name and it.
    func opensConjunct(_ between: Range<Int>, name: Mention, like quantity: QuantityMention) -> Bool {
        guard containsWord(in: between, where: { isCoordinator($0) }) else { return false }
        return quantities.contains { other in
            other.dimension == quantity.dimension && other.range.lowerBound >= name.range.upperBound
                && !hasPunctuationOutsideFigures(name.range.upperBound..<other.range.lowerBound)
        }
    }

    /// Whether `stretch` (after the comma that ends the object of a comparison) opens the
    /// object's own clause: with a relative pronoun ("than a machine gun, which weighs 20 kg"),
    /// or with an attribute's cue, a participle ("niż polski, ważący 10,5 kg", "than the Polish
    /// one, weighing 10.5 kg"), when the object holds no figure ("less than two metres long
    /// and weighing under 20 kg, reaches 8 km" bounds a figure and compares with nothing).
    func opensObjectClause(_ stretch: Range<Int>, object: Range<Int>) -> Bool {
        guard let first = firstWord(in: stretch) else { return false }
        if isIn(.relativePronoun, first) { return true }
        guard !quantities.contains(where: { $0.dimension != nil && object.contains($0.range.lowerBound) }) else { return false }
        var start = stretch.lowerBound
        while start < stretch.upperBound, bytes[start] == 0x20 { start += 1 }
        return cues.contains { cue in
            guard cue.range.lowerBound == start, case .attribute = cue.cue else { return false }
            return true
        }
    }

    /// Where the clause of a figure ending at `start` closes before a later figure at
    /// `position`: a semicolon, or a comma after which a system is named before the later
    /// figure ("with a range of 40 km and a ceiling of 20 km, against the SAMP/T, credited
    /// with 100 km and 20 km": the SAMP/T's figures take no cue from the IRIS-T's clause).
    /// Only where the name is followed by two or more figures of the kind, a list of its own
    /// ("the Strela-2M – up to 4.2 km" takes the one cue on).
    func clauseCloser(after start: Int, before position: Int, like quantity: QuantityMention) -> Int? {
        if let semicolon = (start..<position).first(where: { bytes[$0] == 0x3B }) { return semicolon }
        guard let comma = (start..<position).first(where: { bytes[$0] == 0x2C }),
              let name = mentions.first(where: { $0.named && $0.range.lowerBound > comma && $0.range.upperBound <= position }),
              quantities.count(where: { $0.dimension == quantity.dimension && $0.range.lowerBound >= name.range.upperBound }) >= 2 else { return nil }
        return comma
    }

    /// "Ce système, conçu pour succéder au S-300PS, engage des cibles à 150 km": the name the
    /// figure was tied to is the object of a verb of succession (pack
    /// `structure.successors_before`, at most two words before it), inside a phrase set off
    /// by a comma before the figure, after words of the sentence's own: the subject is the
    /// successor, not the name (blind set KY).
    /// So is a pronoun resolved to such a name ("L'US Army l'avait commandé pour remplacer le
    /// Redeye ; il est en service depuis 1981").
    func replacedName(_ binding: Binding, before quantity: QuantityMention) -> ReadingFeature? {
        guard let bound = binding.mention, bound.range.upperBound <= quantity.range.lowerBound,
              let name = bound.named ? bound : mentions.last(where: { $0.named && $0.system == binding.system && $0.range.upperBound <= bound.range.lowerBound }),
              hasPunctuationOutsideFigures(name.range.upperBound..<quantity.range.lowerBound),
              let verb = lastCue(where: { cue in
                  isWord(cue, .successorBefore) && cue.range.upperBound <= name.range.lowerBound
                      && wordCount(cue.range.upperBound..<name.range.lowerBound) <= 2 && !hasPunctuation(cue.range.upperBound..<name.range.lowerBound)
              }),
              // (Not a passive one, "was replaced by the Piorun", whose name is the successor; nor
              // one after a pronoun, its object fronted: "Его сменил «Стингер», поступивший ...".)
              !cues.contains(where: { isWord($0, .successorAfter) && $0.range.overlaps(verb.range) }),
              !cues.contains(where: { $0.cue == .reference && $0.range.upperBound <= verb.range.lowerBound && wordCount($0.range.upperBound..<verb.range.lowerBound) == 0 }), hasWord(in: range.lowerBound..<verb.range.lowerBound),
              // (Not a relative clause on the name: "The Verba replaced the Igla, which has a range of 5.2 km".)
              !relativeClauseOpens(after: name.range.upperBound, before: quantity.range.lowerBound) else { return nil }
        return ReadingFeature(.relatedReference, words: text(verb.range.lowerBound..<name.range.upperBound), systems: [systemName(binding.system)])
    }

    /// Whether the first punctuation between `start` and `end` is a comma followed by a
    /// relative pronoun.
    func relativeClauseOpens(after start: Int, before end: Int) -> Bool {
        guard let comma = (start..<end).first(where: { Self.isClausePunctuation(bytes, at: $0) }), bytes[comma] == 0x2C,
              let pronoun = relativePronoun(after: comma) else { return false }
        return pronoun < end
    }
}

extension SentenceAnalysis {
    /// Whether `r`, the words after a figure, holds a coordinator, then a relative pronoun,
    /// with no target word before the pronoun ("7,200 metres and a cooled seeker that could
    /// engage jets head-on", blind set LZ): what the relative clause says qualifies a noun of
    /// the next conjunct, not the figure. ("4.5 km against jets and helicopters that fly
    /// head-on" has target words before the pronoun: the clause still describes the figure's targets.)
    func laterConjunctRelative(_ r: Range<Int>) -> Bool {
        guard hasCoordinator(in: r) else { return false }
        var pronoun: Range<Int>?
        scanWords(in: r) { word in
            if isIn(.relativePronoun, lowercasedText(word)) { pronoun = word }
            return pronoun == nil
        }
        guard let pronoun, hasCoordinator(in: r.lowerBound..<pronoun.lowerBound) else { return false }
        return !cues.contains { cue in
            guard cue.range.lowerBound >= r.lowerBound, cue.range.upperBound <= pronoun.lowerBound else { return false }
            if case .target = cue.cue { return true }
            return cue.cue == .targetVerb
        }
    }
}
