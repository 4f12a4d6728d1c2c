/// Who a sentence is about, for every claim it makes, whatever pattern read the claim
/// (issue 8, session 19, from the dev9j passages and probes in six languages):
///
/// - a name right after a word for a relative, itself right after a possessive ("Its
///   successor Piorun, in service since 2019, is faster and also engages drones", "Sein
///   Nachfolger Piorun", "Jego następca Piorun"): the sentence is about the name, so a claim
///   after it tied to another system (the one "its" refers to) is a guess
///   (`ReadingFeature.Kind.relatedReference`);
/// - a sentence naming no system that opens with a subject of its own ("Die Milan zerstört
///   Panzer ...", "The Milan destroys tanks"): a quality tied to the topic may be that
///   thing's, as a figure there already is (`ownSubject`, now for targets, guidance,
///   portability and origin too);
/// - a name right after a figure contrast that opens the sentence, with a relative clause on
///   it ("Gegenüber der ersten Mistral, die ... reichte, steigt die Reichweite auf acht
///   Kilometer"): a claim of that name after the relative clause may be the main clause's
///   (`comparison`);
/// - the subject a later pronoun means: a sentence that opens with a clause-break word
///   ("Während die Igla-S ..., erreicht die Verba ...", "While the Igla-S ..., the Verba
///   ...") has its subject in the main clause, not in the opening one (`focusSubject`).
///
/// No word of any language is named here: kin nouns, references, clause breaks and
/// determiners come from the pack.
extension SentenceAnalysis {
    /// Adds the features above to the sentence's claims.
    func markSentenceSubjects(_ claims: inout [Claim]) {
        guard !claims.isEmpty else { return }
        if let (words, subject) = kinNamedSubject() {
            let subjectID = catalog.systems[subject.system].id
            for index in claims.indices where claims[index].range.lowerBound >= subject.range.upperBound {
                let claim = claims[index]
                guard claim.unknownSystem == nil, claim.systemID != subjectID,
                      !claim.grounding.features.contains(where: { $0.kind == .relatedReference }) else { continue }
                // (Its own name between the subject and the claim ties it: "..., while the Grom reaches 5 km".)
                let namedAgain = mentions.contains { mention in
                    mention.named && mention.system >= 0 && catalog.systems[mention.system].id == claim.systemID
                        && mention.range.lowerBound >= subject.range.upperBound && mention.range.upperBound <= claim.range.lowerBound
                }
                if namedAgain { continue }
                claims[index].grounding.features.append(
                    ReadingFeature(.relatedReference, words: text(words), systems: [systemName(subject.system)]))
            }
        }
        if let (words, object, clauseEnd) = contrastedObject() {
            let objectID = catalog.systems[object.system].id
            for index in claims.indices where claims[index].systemID == objectID && claims[index].range.lowerBound >= clauseEnd
                && !claims[index].grounding.features.contains(where: { $0.kind == .comparison }) {
                claims[index].grounding.features.append(ReadingFeature(.comparison, words: text(words)))
            }
        }
        // (`foreignSubject` asks that the sentence name no system at all: the claim is the topic's.)
        for index in claims.indices where claims[index].unknownSystem == nil {
            switch claims[index].value {
            case .tokens, .boolean, .country: break
            default: continue
            }
            guard !claims[index].grounding.features.contains(where: { $0.kind == .ownSubject }),
                  let subject = foreignSubject(before: claims[index].range.lowerBound) else { continue }
            // Kept, `unclear` on an alarm: the subject may be a user ("La Marina británica lo usa
            // contra drones") as often as another weapon ("Die Milan zerstört Panzer").
            claims[index].grounding.features.append(ReadingFeature(.ownSubject, words: subject, leavesFigureOut: false))
        }
    }

    /// "Its successor Piorun": a kin noun (pack `structure.kin_nouns`) right after a
    /// reference and right before a name of another record, with nothing but articles
    /// between and no punctuation. Returns the words from the reference to the name, and the
    /// name's mention.
    func kinNamedSubject() -> (Range<Int>, Mention)? {
        for cue in cues where isWord(cue, .kinNoun) {
            guard let reference = mentions.first(where: { mention in
                !mention.named && mention.range.upperBound <= cue.range.lowerBound
                    && wordCount(stretch(mention.range, cue.range)) == 0 && !hasPunctuation(stretch(mention.range, cue.range))
            }) else { continue }
            guard let subject = mentions.first(where: { mention in
                guard mention.named, mention.system >= 0, mention.system != reference.system,
                      mention.range.lowerBound >= cue.range.upperBound else { return false }
                let between = stretch(cue.range, mention.range)
                return !hasPunctuation(between)
                    && words(in: between).allSatisfy { isIn(.determiner, $0) || isIn(.definiteArticle, $0) }
            }) else { continue }
            return (reference.range.lowerBound..<subject.range.upperBound, subject)
        }
        return nil
    }

    /// "Gegenüber der ersten Mistral, die 1988 eingeführt wurde und sechs Kilometer weit
    /// reichte, steigt die Reichweite auf acht Kilometer": a sentence that opens with a figure
    /// contrast (pack `structure.figure_contrasts`), a name at most two words after it and a
    /// relative clause on that name. The name is what the main clause is compared with, not
    /// its subject: a claim of that name after the relative clause may be the subject's (the
    /// article's topic, the Mistral 3). Returns the words from the contrast to the name, the
    /// name and where its relative clause ends.
    func contrastedObject() -> (Range<Int>, Mention, Int)? {
        guard let opener = cues.first(where: { isWord($0, .figureContrast) && wordCount(range.lowerBound..<$0.range.lowerBound) == 0 }),
              let object = mentions.first(where: { mention in
                  mention.named && mention.system >= 0 && mention.range.lowerBound >= opener.range.upperBound
                      && wordCount(stretch(opener.range, mention.range)) <= 2 && !hasPunctuation(stretch(opener.range, mention.range))
              }),
              let clause = relativeClauses.first(where: { $0.owner.range == object.range }) else { return nil }
        return (opener.range.lowerBound..<object.range.upperBound, object, clause.range.upperBound)
    }

    /// The sentence's subject, for pronouns in the sentences after it: its first mention that
    /// is no object, except where the sentence opens with a clause-break word ("Während",
    /// "While", "Mientras") and that mention stands in the opening clause (before its first
    /// comma) while a name that is no object follows the comma: then that name, the main
    /// clause's subject. Where a rebuttal ("in fact", "w rzeczywistości", "на самом деле")
    /// follows that mention and another system is named after it, the sentence corrects who
    /// is meant ("The photo, which supposedly shows a Stinger, in fact shows a Strela-2"): the
    /// system named after the rebuttal.
    func focusSubject() -> Mention? {
        guard let first = mentions.first(where: { !$0.isObject }) else { return nil }
        if let rebuttal = cues.first(where: { isWord($0, .rebuttal) && $0.range.lowerBound >= first.range.upperBound }),
           let corrected = mentions.first(where: { mention in
               mention.named && mention.system >= 0 && mention.system != first.system && mention.range.lowerBound >= rebuttal.range.upperBound
           }) {
            return corrected
        }
        guard let opener = cues.first(where: { isWord($0, .clauseBreak) && wordCount(range.lowerBound..<$0.range.lowerBound) == 0 }),
              !isContrast(text(opener.range)), first.range.lowerBound >= opener.range.upperBound,
              let comma = (first.range.upperBound..<range.upperBound).first(where: { bytes[$0] == 0x2C }) else { return first }
        return mentions.first { mention in
            mention.named && !mention.isObject && mention.system != first.system && mention.range.lowerBound > comma
        } ?? first
    }
}

extension SentenceAnalysis {
    /// The names of a sentence with each bracketed alias folded into the name before it:
    /// "Werba (9K333) to rosyjska odpowiedź na Stingera, w służbie od 2014 r." names the
    /// Verba once, its designation in brackets right after the name. The name's range runs
    /// to the closing bracket, and the alias is dropped, so the clause's subject and the
    /// appositions after it read as they would without the brackets.
    func foldingBracketedAliases(_ names: [CueMatch]) -> [CueMatch] {
        var folded: [CueMatch] = []
        folded.reserveCapacity(names.count)
        for name in names {
            if var last = folded.last, case .system(let before) = last.cue, case .system(let this) = name.cue, before == this {
                var open = last.range.upperBound
                // (past spaces and a closing quote: "«Верба» (9К333)")
                while open < name.range.lowerBound, bytes[open] == 0x20 || bytes[open] == 0x22 || bytes[open] == 0xC2 || bytes[open] == 0xBB
                        || (bytes[open] == 0xE2 && open + 2 < name.range.lowerBound && bytes[open + 1] == 0x80 && bytes[open + 2] == 0x9D) {
                    open += bytes[open] == 0xE2 ? 3 : 1
                }
                var close = name.range.upperBound
                while close < range.upperBound, bytes[close] == 0x20 { close += 1 }
                if open + 1 == name.range.lowerBound, bytes[open] == 0x28, close < range.upperBound, bytes[close] == 0x29 {
                    last.range = last.range.lowerBound..<(close + 1)
                    folded[folded.count - 1] = last
                    continue
                }
            }
            folded.append(name)
        }
        return folded
    }
}

extension SentenceAnalysis {
    /// "According to the Russian military, the air-launched ballistic missile has a range of up
    /// to 2,000 kilometres. It travels at ten times the speed of sound": a sentence naming no
    /// system whose subject is a target of a narrow kind (pack `structure.narrow_targets`) is
    /// about that threat, and a pronoun in the next sentence may mean it, not the article's
    /// topic (sweep 6, en 001 and 074; `foreignAntecedent`). At most five words stand before
    /// the target ("Laut russischen Angaben hat die ballistische Rakete", "Według Rosjan pocisk
    /// balistyczny"), or one fronted phrase of five words at most, a comma and three words at
    /// most; an article or a determiner among the last two where the pack has articles; and
    /// no figure before it. Returns the target's words.
    func narrowTargetSubject() -> String? {
        guard mentions.isEmpty, outsideMentions.isEmpty,
              let target = cues.first(where: { isWord($0, .narrowTarget) }),
              !quantities.contains(where: { $0.range.lowerBound < target.range.lowerBound }) else { return nil }
        // (Its clause opens the sentence, or follows one fronted phrase set off by a comma:
        // "According to the Russian military, the ...", "По данным Минобороны, гиперзвуковая
        // ракета ..."; not a list's item, "progettato per la distruzione dell'aviazione,
        // missili balistici".)
        let commas = (range.lowerBound..<target.range.lowerBound).filter { bytes[$0] == 0x2C }
        guard commas.count <= 1 else { return nil }
        let start = commas.first.map { $0 + 1 } ?? range.lowerBound
        let lead = words(in: start..<target.range.lowerBound, limit: 6)
        if let comma = commas.first {
            guard lead.count <= 3, wordCount(range.lowerBound..<comma) <= 5 else { return nil }
        } else {
            guard lead.count <= 5 else { return nil }
        }
        if !(wordSets[.definiteArticle]?.isEmpty ?? true) {
            // (the article right before the target, or before one word: "die ballistische Rakete", "the air-launched ballistic missile")
            guard lead.suffix(2).contains(where: { isIn(.definiteArticle, $0) || isIn(.determiner, $0) }) else { return nil }
        }
        return text(target.range)
    }
}

extension SentenceAnalysis {
    /// Whether the name at `r` opens a bracket right after an object's name of the same system
    /// ("na bazie radzieckiej Igły (9K38, w nomenklaturze NATO SA-18)", "developed on the basis
    /// of the Soviet Igla (9K38)": blind set DY, pl): the alias names the object again, and is
    /// an object too (with `contrasted`, the object of a contrast).
    func bracketedAliasOfObject(_ r: Range<Int>, system: Int, contrasted: Bool = false) -> Bool {
        guard let last = mentions.last(where: \.named), last.system == system, contrasted ? last.contrasted : last.isObject else { return false }
        var k = last.range.upperBound
        while k < r.lowerBound, bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0xC2 || bytes[k] == 0xBB { k += 1 }
        guard k < r.lowerBound, bytes[k] == 0x28 else { return false }
        k += 1
        while k < r.lowerBound, bytes[k] == 0x20 { k += 1 }
        return k == r.lowerBound
    }
}

