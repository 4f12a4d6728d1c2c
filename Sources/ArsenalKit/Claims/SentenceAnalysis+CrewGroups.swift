/// Counts of crews: "dos equipos de Stinger", "trzy załogi Pioruna", "one of the Gepard crews"
/// count or pick crews, not the persons of one.
extension SentenceAnalysis {
    /// Words a count may stand before its plural crew noun ("one of the Gepard crews": three).
    static let crewGroupReach = 3

    /// Whether a plural noun for crews (pack `structure.crew_groups`) follows the count within
    /// `crewGroupReach` words, no punctuation, number or word for a crew member between: "dos
    /// equipos de Stinger", "trzy załogi Pioruna", "three crews of Stinger gunners" count crews,
    /// and "one of the Gepard crews" picks one of them (blind set JT); neither is the number of
    /// persons in one.
    func countsCrews(_ countRange: Range<Int>) -> Bool {
        // ("two-man teams": a count joined by a hyphen to its noun gives each team's size.)
        guard wordSets[.crewGroup] != nil, countRange.upperBound < range.upperBound, bytes[countRange.upperBound] != 0x2D else { return false }
        var found = false
        var words = 0
        scanWords(in: countRange.upperBound..<range.upperBound) { word in
            guard !hasPunctuation(countRange.upperBound..<word.lowerBound) else { return false }
            let lowered = lowercasedText(word)
            if isIn(.crewGroup, lowered) {
                found = true
                return false
            }
            words += 1
            // Between them only short words ("of the", "de los", "из") and names: "trzech członków
            // załogi" counts members of one crew, "three soldiers from two crews" soldiers.
            guard words <= Self.crewGroupReach, !bytes[word].contains(where: { $0 &- 0x30 < 10 }),
                  characterCount(word) <= 3 || mentions.contains(where: { $0.named && $0.range.overlaps(word) }) else { return false }
            return true
        }
        return found
    }

    /// Whether an article or determiner of the pack stands right after the count, with no
    /// crew cue before the count: "zeigt in Folge vier eine ukrainische Gepard-Besatzung"
    /// (episode four) counts no crew; a count counts the noun right after it, and an article
    /// there opens another noun phrase (blind set KV).
    func precedesArticle(_ countRange: Range<Int>) -> Bool {
        guard let next = nextWordRange(after: countRange.upperBound), !hasPunctuation(countRange.upperBound..<next.lowerBound) else { return false }
        let word = lowercasedText(next)
        guard isIn(.definiteArticle, word) || isIn(.determiner, word) || vocabulary.indefiniteArticles.contains(word) else { return false }
        return !cues.contains { cue in
            cue.cue == .attribute(.crew) && cue.range.upperBound <= countRange.lowerBound && countRange.lowerBound - cue.range.upperBound <= 12
        }
    }

    /// Whether the gap between a service-entry phrase and a later year leads to that year as
    /// the phrase's own: no punctuation, at most `serviceEntryReach` words besides names, the
    /// last a preposition of the year ("entró en servicio cerca de Moscú en 2007"; blind set
    /// LN). A year before such a phrase is then not its year.
    func leadsToOwnYear(_ gap: Range<Int>) -> Bool {
        !hasPunctuation(gap) && wordsOutsideNames(gap) <= Self.serviceEntryReach
            && lastWord(in: gap).map { isIn(.predicatePreposition, $0) } == true
    }
}

extension SentenceAnalysis {
    /// Whether a word cue lies inside a longer phrase of another owner (pack
    /// `structure.other_owners`): "firing" in "the tripod firing post" (blind set MO) is the
    /// post's noun, no verb of operating.
    func isInOwnerPhrase(_ cue: CueMatch) -> Bool {
        cues.contains { other in
            isWord(other, .otherOwner) && other.range.count > cue.range.count
                && other.range.lowerBound <= cue.range.lowerBound && other.range.upperBound >= cue.range.upperBound
        }
    }
}

extension SentenceAnalysis {
    /// Whether a count after a crew cue and a colon is the label's value: the cue opens its
    /// line or clause, at most one word (a bullet's) before it ("- załoga: 3", "1962;
    /// tripulación: 4"), or the count ends its clause, one word for persons at most after it
    /// ("needs a small crew: two soldiers."). "works in a two-person Mistral team: one soldier
    /// sets up the tripod" (blind set MO) opens a clause of its own after the colon.
    func isLabelValue(_ cue: Range<Int>, _ count: Range<Int>) -> Bool {
        var i = cue.lowerBound
        while i > range.lowerBound, bytes[i - 1] != 0x0A, !hasPunctuation((i - 1)..<i) { i -= 1 }
        if wordCount(i..<cue.lowerBound) <= 1 { return true }
        var end = count.upperBound
        while end < range.upperBound, bytes[end] != 0x0A, !hasPunctuation(end..<(end + 1)) { end += 1 }
        return wordCount(count.upperBound..<end) <= 1
    }
}

extension SentenceAnalysis {
    /// Whether a word for "such" (pack `structure.such_words`) stands right after the count and a
    /// crew noun, singular or plural, right after that: "one such crew shot down seven drones",
    /// "один такой расчёт за ночь сбил семь дронов", "ein solches Team". The count counts crews
    /// like the one just described, not the persons of one crew.
    func countsSuchCrews(_ countRange: Range<Int>) -> Bool {
        guard wordSets[.suchWord] != nil, let such = nextWordRange(after: countRange.upperBound),
              !hasPunctuation(countRange.upperBound..<such.lowerBound), isIn(.suchWord, lowercasedText(such)),
              let noun = nextWordRange(after: such.upperBound), !hasPunctuation(such.upperBound..<noun.lowerBound) else { return false }
        return isIn(.crewGroup, lowercasedText(noun))
            || cues.contains { $0.cue == .attribute(.crew) && $0.range.lowerBound == noun.lowerBound }
    }
}
