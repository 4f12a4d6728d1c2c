/// A name in a phrase naming a family right after another name of that family: "le missile
/// Bolide de la famille RBS 70, qui atteint Mach 2" (blind set RD, fr), "the Bolide missile of
/// the RBS 70 family, which", "den Bolide-Flugkörper der RBS-70-Familie, der", "ракету Bolide
/// семейства RBS 70, которая". The family's name is a modifier of the first name, so a relative
/// clause after it describes the first name, not the family.
extension SentenceAnalysis {
    /// Words the phrase may hold between the two names.
    static let familyPhraseReach = 4

    /// Whether `name` stands in a phrase naming a family (a noun of pack
    /// `structure.family_nouns` between the names, or right after `name`, a hyphen allowed
    /// before it) after `head`, both records of one family, no punctuation and at most
    /// `familyPhraseReach` words between them.
    func inFamilyPhrase(_ name: Mention, after head: Mention) -> Bool {
        guard head.named, name.named, head.system >= 0, name.system >= 0, head.system != name.system,
              head.range.upperBound <= name.range.lowerBound,
              catalog.familyRoot(of: catalog.systems[head.system].id) == catalog.familyRoot(of: catalog.systems[name.system].id)
        else { return false }
        let gap = head.range.upperBound..<name.range.lowerBound
        // (The head's compound with a noun is one word here: "den Bolide-Flugkörper der ...".)
        guard wordCount(gap) <= Self.familyPhraseReach + 1, !hasPunctuation(gap) else { return false }
        var after = name.range.upperBound
        if after < range.upperBound, bytes[after] == 0x2D || bytes[after] == 0x20 { after += 1 }
        return cues.contains { cue in
            guard isWord(cue, .familyNoun) else { return false }
            return cue.range.lowerBound >= gap.lowerBound && cue.range.upperBound <= gap.upperBound || cue.range.lowerBound == after
        }
    }

    /// Whether `name` is a base of `head` (`extends` in the records) named in a phrase of a
    /// preposition of owning right after it ("Bolide-Flugkörper für das RBS 70, die ... Mach 2
    /// erreichen", blind set TC, de; "Bolide missiles for the RBS 70, which", "des missiles
    /// Bolide pour le RBS 70, qui"): the base says what the head is made for, so a relative
    /// clause after the base describes the head. At most `familyPhraseReach` words between the
    /// names, an owner preposition (pack `structure.owner_prepositions`) among them, no
    /// punctuation and no coordinator ("the Stinger-B and the Stinger, which" is a list).
    func inOwnerPhrase(_ name: Mention, after head: Mention) -> Bool {
        guard head.named, name.named, head.system >= 0, name.system >= 0, head.system != name.system,
              head.range.upperBound <= name.range.lowerBound, isAncestor(name.system, of: head.system) else { return false }
        let gap = head.range.upperBound..<name.range.lowerBound
        guard wordCount(gap) <= Self.familyPhraseReach, !hasPunctuation(gap), !containsWord(in: gap, where: { isCoordinator($0) })
        else { return false }
        return containsWord(in: gap, where: { isIn(.ownerPreposition, $0.lowercased()) })
    }
}

extension SentenceAnalysis {
    /// The starts of the names in `names` that stand in a phrase of owning after a variant of
    /// theirs (`inOwnerPhrase`, on the names before the mentions are made): "Der
    /// Bolide-Flugkörper für das schwedische RBS 70 reicht ..., fliegt aber schneller als
    /// Mach 2" (blind set VE) says what the Bolide is for; the base is an object, and the
    /// sentence's figures are the head's.
    func ownerPhraseBases(_ names: [CueMatch]) -> Set<Int> {
        var starts: Set<Int> = []
        for (index, name) in names.enumerated() where index > 0 {
            let head = names[index - 1]
            guard case .system(let base) = name.cue, case .system(let variant) = head.cue, base != variant,
                  head.range.upperBound <= name.range.lowerBound, isAncestor(base, of: variant) else { continue }
            let gap = head.range.upperBound..<name.range.lowerBound
            // (The preposition among the gap's first two words: "für das schwedische", "missiles
            // for the"; not "El Mistral 3 duplica el alcance del Mistral", a verb's object.)
            guard wordCount(gap) <= Self.familyPhraseReach, !hasPunctuation(gap), !containsWord(in: gap, where: { isCoordinator($0) }),
                  words(in: gap, limit: 2).contains(where: { isIn(.ownerPreposition, $0.lowercased()) }) else { continue }
            starts.insert(name.range.lowerBound)
        }
        return starts
    }
}
