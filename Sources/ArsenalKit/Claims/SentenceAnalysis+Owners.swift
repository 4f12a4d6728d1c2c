/// Owners written after a figure: "10.1 kg for the Stinger round", "10,1 kg bei der
/// Stinger", "10,1 kg u Stingera", "4,8 km pour un Stinger de base".
extension SentenceAnalysis {
    /// The name a figure is given to by an owner preposition right after it (pack data
    /// `structure.owner_prepositions`), with at most an article and one more word between the
    /// preposition and the name and no punctuation: that name owns the figure, whatever was
    /// named before it.
    func ownerAfter(_ quantity: QuantityMention) -> Binding? {
        // "against 100 km and 20 km for the Franco-Italian SAMP/T" (blind set OY): a figure
        // joined by a coordinator alone to the next one of its kind shares that one's owner (at
        // most three figures on).
        var last = quantity
        // (The figures are in text order: a binary search finds this one.)
        var low = 0
        var high = quantities.count
        while low < high {
            let middle = (low + high) / 2
            if quantities[middle].range.lowerBound < quantity.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low < quantities.count && quantities[low].range == quantity.range ? low : quantities.count
        var steps = 0
        // (Figures may overlap in a malformed text: only one wholly after the last is joined.)
        while steps < 3, index + 1 < quantities.count, quantities[index + 1].dimension == quantity.dimension, quantity.dimension != nil,
              quantities[index + 1].range.lowerBound >= last.range.upperBound {
            let gap = last.range.upperBound..<quantities[index + 1].range.lowerBound
            guard !hasPunctuation(gap), let word = words(in: gap, limit: 2).first, wordCount(gap) == 1, isCoordinator(word) else { break }
            index += 1
            steps += 1
            last = quantities[index]
        }
        // (Only for figures set against others by a word of contrast right before them: "8 km
        // and 4.8 km for the basic version" may give the first to the sentence's subject.)
        if steps > 0, cues.contains(where: { cue in
            (isWord(cue, .figureContrast) || isWord(cue, .prepositionGovernor)) && cue.range.upperBound <= quantity.range.lowerBound
                && wordCount(cue.range.upperBound..<quantity.range.lowerBound) <= 2 && !hasPunctuation(cue.range.upperBound..<quantity.range.lowerBound)
        }), let shared = directOwnerAfter(last) { return shared }
        return directOwnerAfter(quantity)
    }

    /// The owner right after `quantity` itself (see `ownerAfter`).
    private func directOwnerAfter(_ quantity: QuantityMention) -> Binding? {
        // (A word for the first or the second of two read as a name, "6 km pour le second",
        // owns the figure as the name would.)
        // So does a noun referring back with a word of its own ("6,5 km pour le missile
        // polonais", "6.5 km for the Polish missile"), not a bare pronoun.
        // A system outside the database right after the figure owns it the same way: "frente a
        // los 24 km de alcance del Kub" (blind set MG).
        let outside = outsideMentions.first(where: { $0.range.lowerBound >= quantity.range.upperBound })
        let known = mentions.first(where: { $0.range.lowerBound >= quantity.range.upperBound })
        guard let mention = outside.map({ outside in known.map { $0.range.lowerBound < outside.range.lowerBound ? $0 : outside } ?? outside }) ?? known,
              mention.named || cues.contains(where: { $0.range == mention.range && (isWord($0, .firstOfTwo) || isWord($0, .secondOfTwo)) })
                || isFormerOrLatter(mention) || (!mention.pronoun && mention.system >= 0) || originQualified(mention)
                || kinAfterPossessive(mention)
        else { return nil }
        var between = stretch(quantity.range, mention.range)
        // (A spaced dash parts them too: "bis zu sechs Kilometer Entfernung – für die Stinger-Trupps".)
        guard between.count <= 48, !hasPunctuation(between),
              !between.contains(where: { Self.isSpacedDash(bytes, at: $0, end: range.upperBound) }) else { return nil }
        // "los 6 kilómetros de alcance del Stinger", "6 km Reichweite seines Vorgängers", "les
        // 6 km de portée du Mistral": the figure's own attribute noun (with the preposition
        // that ties it to the figure) may stand before the owner preposition.
        // After such a noun the owner may also be a genitive with no preposition ("6 km
        // zasięgu Stingera", "6 km Reichweite seines Vorgängers"), or, where nouns are
        // capitalised, one with its article alone ("6 km Reichweite des Stinger").
        var genitive: String?
        var nounEnd: Int?
        if let noun = cues.first(where: { cue in
            guard case .attribute = cue.cue, cue.range.lowerBound >= between.lowerBound, cue.range.upperBound <= between.upperBound else { return false }
            let lead = words(in: between.lowerBound..<cue.range.lowerBound)
            // (At most one short function word before it: "de alcance", "de portée".)
            return lead.count <= 1 && lead.allSatisfy { $0.count <= 3 || isIn(.ownerPreposition, $0) }
        }) {
            between = noun.range.upperBound..<between.upperBound
            nounEnd = noun.range.upperBound
            let rest = words(in: between)
            if rest.isEmpty || (rest.count == 1 && vocabulary.capitalisedNouns && isIn(.definiteArticle, rest[0])) {
                genitive = text(noun.range)
            } else if rest.count == 1, rest[0].count <= 3, !isCoordinator(rest[0]) {
                // ("de alcance de su predecesor", "range of its predecessor": a short preposition.)
                genitive = rest[0]
            }
        }
        guard between.count <= 32 else { return nil }
        var gapWords = words(in: between)
        if genitive == nil, let nounEnd, let skipped = reportedNounGap(gapWords, quantity: quantity, from: nounEnd, to: mention.range.lowerBound) {
            gapWords.removeFirst(skipped)
        }
        guard let preposition = genitive ?? gapWords.first, genitive != nil || isIn(.ownerPreposition, preposition),
              gapWords.count <= 3 else { return nil }
        // An article and one adjective ("for the basic Stinger"), or one adjective alone in a
        // language without articles ("у базового «Стингера»").
        if gapWords.count == 3, !isIn(.determiner, gapWords[1]), !isIn(.definiteArticle, gapWords[1]) { return nil }
        // (A noun that means the system the figure has anyway, "120 chilometri - per il
        // sistema", adds nothing: the usual binding stands.)
        // (A kin noun after the possessive means a relative, not the system it refers to.)
        if !mention.named, !kinAfterPossessive(mention), bind(quantity.range.lowerBound, allowOutside: true)?.system == mention.system { return nil }
        var binding = Binding(mention: mention, system: mention.system, words: mention.words, reason: "")
        if !mention.named { binding.basis = .referredBack }
        if mention.system < 0 { binding.outside = unknownSystem(mention.system) }
        if explain {
            binding.reason = mention.named ? "named right after the figure, after \"\(preposition)\""
                : "referred to right after the figure, after \"\(preposition)\", by \"\(mention.words)\""
        }
        return binding
    }
}

extension SentenceAnalysis {
    /// Whether `mention` is a possessive with a kin noun right after it ("de su predecesor",
    /// "seines Vorgängers", "of its successor"): it owns a figure before it as a name would,
    /// and the kin noun then says which relative (see `referenceFeature`).
    func kinAfterPossessive(_ mention: Mention) -> Bool {
        guard mention.pronoun, mention.system >= 0 else { return false }
        return cues.contains { cue in
            isWord(cue, .kinNoun) && cue.range.lowerBound >= mention.range.upperBound
                && wordCount(mention.range.upperBound..<cue.range.lowerBound) == 0 && !hasPunctuation(mention.range.upperBound..<cue.range.lowerBound)
        }
    }

    /// Whether a word referring back stands right after an origin word (only spaces between:
    /// "у польского комплекса", "du système polonais" has its origin after): the origin names
    /// which system it means, as a name would.
    func originQualified(_ mention: Mention) -> Bool {
        guard !mention.named, mention.system >= 0 else { return false }
        return cues.contains { cue in
            guard case .origin = cue.cue, cue.range.upperBound <= mention.range.lowerBound else { return false }
            return (cue.range.upperBound..<mention.range.lowerBound).allSatisfy { bytes[$0] == 0x20 }
        }
    }
}

extension SentenceAnalysis {
    /// Whether a verb of engaging after a coordinator stands between a target and `position`
    /// ("El Crotale NG ve aviones a 20 km y puede derribarlos hasta 6 km"): the figure after it
    /// is in a predicate of its own, no longer the targets'.
    func engagedAfter(_ target: Range<Int>, before position: Int) -> Bool {
        cues.contains { verb in
            guard verb.cue == .targetVerb || isWord(verb, .weakTargetVerb), verb.range.lowerBound >= target.upperBound,
                  verb.range.upperBound <= position else { return false }
            return hasCoordinator(in: target.upperBound..<verb.range.lowerBound)
        }
    }
}

extension SentenceAnalysis {
    /// Words that may stand between a figure's attribute noun and the owner preposition.
    static let reportedNounReach = 2

    /// "the 24 km ceiling usually given for the Patriot", "the 24 km ceiling usually quoted for
    /// Patriot" (blind sets SR and TQ, en): a figure that opens a noun phrase (a definite
    /// article right before it) with its attribute noun after it may have a short participle
    /// phrase (at most `reportedNounReach` words, no cue, no punctuation) before the owner
    /// preposition. The number of such words, or nil.
    func reportedNounGap(_ gapWords: [String], quantity: QuantityMention, from nounEnd: Int, to end: Int) -> Int? {
        guard let k = gapWords.prefix(Self.reportedNounReach + 1).firstIndex(where: { isIn(.ownerPreposition, $0.lowercased()) }), k > 0,
              let article = lastWordRange(before: quantity.range.lowerBound), isIn(.definiteArticle, lowercasedText(article)),
              !cues.contains(where: { $0.range.lowerBound >= nounEnd && $0.range.upperBound <= end && !isWord($0, .ownerPreposition) && !isWord($0, .definiteArticle) && !isWord($0, .determiner) })
        else { return nil }
        return k
    }
}
