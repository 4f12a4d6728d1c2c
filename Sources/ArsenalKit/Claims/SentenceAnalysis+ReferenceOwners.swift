/// Whom a pronoun means when several systems stand before it in its sentence: the other side
/// of a contrast, the subject named in its own clause, or, for a demonstrative, the last name.
///
/// A reference written after the object of a contrast or comparison ("und im Unterschied zur
/// Stinger wiegt er 30 Tonnen", "a w odróżnieniu od Strzały-2 jego pocisk leci ...", "et par
/// rapport au Crotale, son missile ..."): the contrast sets its object against the clause's
/// own subject, so the reference means the other system named before it, not the first
/// system of the sentence (blind set DV, in all six languages).
extension SentenceAnalysis {
    /// The system a reference at `reference` means when the last system named before it is the
    /// object of a contrast: the one other system named before it that is no object, or, when
    /// several are, the one named after the contrast ("compared with the Stinger, the
    /// Starstreak is ...: its darts"). Nil when no contrast stands before the reference, when a
    /// coordinator joins the reference to the contrast's object ("unlike the Igla and its
    /// 5.2 km"), or when no other system is named in the sentence or was the subject of the
    /// sentence before.
    func contrastResolvedOwner(of reference: Range<Int>) -> (system: Int, words: String)? {
        // (Most sentences hold no contrast: no list is built for them.)
        // (The object may be a noun with an origin word: "Like the French missile it is fired ...".)
        guard mentions.contains(where: { $0.contrasted && ($0.named || $0.system >= 0) && $0.range.upperBound <= reference.lowerBound }) else { return nil }
        let before = mentions.filter { $0.range.upperBound <= reference.lowerBound }
        guard let object = before.last(where: { $0.contrasted && ($0.named || $0.system >= 0) }),
              !hasCoordinator(in: object.range.upperBound..<reference.lowerBound),
              !outsideMentions.contains(where: { $0.range.upperBound <= reference.lowerBound }) else { return nil }
        var others = before.filter { !$0.isObject && !$0.contrasted && $0.system >= 0 && $0.system != object.system }
        // "sustituirá sus viejos Mistral por el Mistral 3, y respecto al primer Mistral su
        // alcance", "complementa el Akash con el Barak 8, y frente al Akash su misil": when the
        // contrast's object is the only subject, the reference means the other system, even
        // as an object.
        if others.isEmpty { others = before.filter { $0.named && !$0.contrasted && !$0.apposition && $0.system >= 0 && $0.system != object.system } }
        // "Sky Sabre trafił do Polski latem 2022 roku. W przeciwieństwie do systemu Rapier, ...,
        // razi on cele oddalone o ponad 25 km": with no other system in the sentence, the
        // subject of the sentence before.
        if others.isEmpty, let focus = state.focus, focus.system >= 0, focus.system != object.system { return focus }
        guard let last = others.last else { return nil }
        if others.allSatisfy({ $0.system == last.system }) || last.range.lowerBound > object.range.upperBound {
            let named = others.last(where: { $0.named && $0.system == last.system }) ?? last
            return (last.system, named.words)
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// The system named last before a pronoun in the pronoun's own clause, with nothing else
    /// that could own it between ("le Pantsir-S1 abat ses cibles à 30 kilomètres", "у «Вербы»
    /// она весит 1,2 кг", "der Panzir-S1 ist ein Nahbereichssystem und seine Reichweite"): the
    /// clause's subject, whatever the sentence named first; so is a word for the first or the
    /// last of those named ("while the former fires missiles at Mach 2.6 and its effective
    /// range is 16 km"). Nil when the name is an object or
    /// a contrast's, when punctuation stands between, or when a target, another owner or a
    /// system outside the records does ("the Igla hits aircraft at their cruising height").
    func clauseOwner(of reference: Range<Int>) -> (system: Int, words: String)? {
        guard let near = mentions.last(where: { $0.range.upperBound <= reference.lowerBound }), near.named || isFormerOrLatter(near), !near.isObject, !near.contrasted,
              near.system >= 0, !hasPunctuation(near.range.upperBound..<reference.lowerBound), clause(near.range.lowerBound) == clause(reference.lowerBound),
              // (A pronoun right after the name opens a clause of its own: "the older Igla they replaced".)
              wordCount(near.range.upperBound..<reference.lowerBound) >= 1,
              !cues.contains(where: { cue in
                  guard cue.range.lowerBound >= near.range.upperBound, cue.range.upperBound <= reference.lowerBound else { return false }
                  switch cue.cue {
                  case .target, .word(.otherOwner), .outsideSystem: return true
                  default: return false
                  }
              }) else { return nil }
        return (near.system, near.words)
    }
}

extension SentenceAnalysis {
    /// Whether a pronoun's reading of `system` is settled though several systems stand before
    /// it: it is the subject named in its own clause (`clauseOwner`), the other side of a
    /// contrast (`contrastResolvedOwner`), or a demonstrative pronoun's last name ("die
    /// Schilka, deren Besatzung aus vier Mann bestand").
    func isSettledReference(_ reference: Range<Int>, system: Int) -> Bool {
        if (clauseOwner(of: reference) ?? contrastResolvedOwner(of: reference))?.system == system { return true }
        return mentions.last(where: { $0.named && $0.range.upperBound <= reference.lowerBound })?.system == system
            && !(reference.lowerBound..<reference.upperBound).contains(where: { bytes[$0] == 0x20 })
            && firstWord(in: reference).map { isIn(.demonstrative, $0) } ?? false
    }
}

extension SentenceAnalysis {
    /// Whether a reference word is a relative pronoun opening a clause after a comma ("die
    /// Urversion RBS 70 Mk 0, deren Reichweite ..."): the relative clause gives it its owner,
    /// so it is no reference (opening a sentence, "Deren Raketen reichen ...", it is one).
    func opensRelativeClause(_ r: Range<Int>) -> Bool {
        guard r.lowerBound >= range.lowerBound + 2, bytes[r.lowerBound - 1] == 0x20, bytes[r.lowerBound - 2] == 0x2C else { return false }
        return isIn(.relativePronoun, lowercasedText(r))
    }
}

extension SentenceAnalysis {
    /// Where a reference right after a contrast's opening starts ("W odróżnieniu od niego
    /// Piorun ...", "Like the French missile it is fired from a tripod"): the contrast's
    /// object, as a name there would be. Nil when the word after the opening is no reference.
    func contrastedReference(after opening: Range<Int>) -> Int? {
        cues.first { cue in
            guard cue.cue == .reference || cue.cue == .word(.originHead), cue.range.lowerBound >= opening.upperBound else { return false }
            let gap = opening.upperBound..<cue.range.lowerBound
            guard !hasPunctuation(gap) else { return false }
            if wordCount(gap) == 0 { return true }
            // ("Like the French missile it is fired from a tripod": an origin word between, with
            // its article; blind set EH.)
            return cues.contains { origin in
                guard case .origin = origin.cue else { return false }
                return origin.range.lowerBound >= gap.lowerBound && origin.range.upperBound <= gap.upperBound
                    && wordsBesideArticles(gap) == 1
            }
        }?.range.lowerBound
    }
}

extension SentenceAnalysis {
    /// Whether `r` stands at most three words after a comparison or a contrast's opening, with
    /// no punctuation between ("w porównaniu z Mk 2", "unlike the older Mk 0"): its object.
    func followsContrast(_ r: Range<Int>) -> Bool {
        cues.contains { cue in
            let opens: Bool
            switch cue.cue {
            case .comparison: opens = true
            case .word(.clauseBreak): opens = isContrast(text(cue.range))
            default: opens = false
            }
            return opens && cue.range.upperBound <= r.lowerBound && wordCount(cue.range.upperBound..<r.lowerBound) <= 3
                && !hasPunctuation(cue.range.upperBound..<r.lowerBound)
        }
    }
}

extension SentenceAnalysis {
    /// Whether a one-word demonstrative reference ("Diese", "Dieser") is a determiner: a
    /// capitalised word follows it, or a lowercase one and then a capitalised one ("Diese
    /// Batterien", "Diese neue Rakete"). As a pronoun a verb follows it ("Diese stand seit 1962
    /// im Dienst"). German writes nouns with a capital; elsewhere the packs list no such word.
    func isDemonstrativeDeterminer(_ r: Range<Int>) -> Bool {
        // (The shape first, read in place; the word is looked up only for a noun's shape.)
        guard !(r.lowerBound..<r.upperBound).contains(where: { bytes[$0] == 0x20 }),
              let next = firstWordRange(in: r.upperBound..<min(range.upperBound, r.upperBound + 64)), next.lowerBound == r.upperBound + 1 else { return false }
        // ("la versión S estira ese alcance hasta 6.000 metros", blind set HV: a demonstrative
        // before a noun naming an attribute or a figure qualifies that noun.)
        var nounShape = ByteText.isUppercaseScalar(at: next.lowerBound, bytes) || cues.contains { cue in
            guard cue.range.lowerBound == next.lowerBound else { return false }
            if case .attribute = cue.cue { return true }
            return isWord(cue, .echo)
        }
        if !nounShape, let after = firstWordRange(in: next.upperBound..<min(range.upperBound, next.upperBound + 64)), after.lowerBound == next.upperBound + 1 {
            nounShape = ByteText.isUppercaseScalar(at: after.lowerBound, bytes)
        }
        guard nounShape, let word = firstWord(in: r)?.lowercased() else { return false }
        // ("Deren Raketen": a possessive, always before its noun.)
        return isIn(.demonstrative, word) && !isIn(.relativePronoun, word)
    }
}
