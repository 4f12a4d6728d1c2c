/// Envelopes the scanner could not join: a range opener of the pack's `bounds.ranges`
/// ("entre", "von", "zwischen", "de") before a figure, and the range's join ("y", "bis",
/// "und", "à") before the next figure of its kind, with an article or a bound word of the
/// high end between ("entre 500 metros y los 6 kilómetros", "von 500 m bis über 6000 m",
/// "zwischen 400 Metern und über 6.000 Metern", "de 500 m à plus de 6 000 m"). The scanner
/// joins two figures only when the join word stands right before the second; the low end
/// alone was read as the maximum.
extension SentenceAnalysis {
    /// Metres under which the low end of an envelope read as distances is more likely a
    /// height: the records' minimum ranges are 400 m and more, their minimum heights 5 to 50 m.
    static let heightLikeLowEnd = 100.0

    /// The words that open an envelope at figure `index` and the index of its high end: a
    /// from-word ("from", "desde") with the partner `envelopePartner` finds, if any; else a
    /// range opener right before the figure whose partner `openedPartner` finds (an opener
    /// without one opens nothing: "eine Reichweite von 8 km").
    func envelopeOpening(of index: Int, dimension: QuantityDimension) -> (words: String, partner: Int?)? {
        let quantity = quantities[index]
        if let from = fromWord(before: quantity) { return (text(from.range), envelopePartner(of: index, dimension: dimension)) }
        guard quantity.bound == .exact, let opener = lastWordRange(before: quantity.range.lowerBound),
              isIn(.rangeOpener, lowercasedText(opener)), let partner = openedPartner(of: index, dimension: dimension) else { return nil }
        return (text(opener), partner)
    }

    /// The high end after an opened figure: the next figure, of the dimension and larger,
    /// at most 16 bytes on, with no punctuation between and, between, a join word of the
    /// pack's ranges and at most one article or determiner ("y los"), or nothing when the
    /// high end's own bound phrase opens with the join ("von 8 km bis zu 10 km").
    func openedPartner(of index: Int, dimension: QuantityDimension) -> Int? {
        let quantity = quantities[index]
        guard index + 1 < quantities.count else { return nil }
        let next = quantities[index + 1]
        guard next.dimension == dimension, next.range.lowerBound >= quantity.range.upperBound,
              next.range.lowerBound - quantity.range.upperBound <= 16, next.value > quantity.value else { return nil }
        let between = quantity.range.upperBound..<next.range.lowerBound
        guard !hasPunctuation(between) else { return nil }
        let gap = words(in: between, limit: 3)
        if gap.isEmpty {
            guard let bound = next.boundRange, let join = firstWord(in: bound), isIn(.rangeJoin, join.lowercased()) else { return nil }
            return index + 1
        }
        guard gap.count <= 2, isIn(.rangeJoin, gap[0]),
              gap.count == 1 || isIn(.definiteArticle, gap[1]) || isIn(.determiner, gap[1]) else { return nil }
        return index + 1
    }

    /// The word right before `position`, past spaces only; nil when punctuation or the
    /// sentence's start comes first.
    func lastWordRange(before position: Int) -> Range<Int>? {
        var end = position
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > range.lowerBound, bytes[start - 1] != 0x20, !hasPunctuation((start - 1)..<start) { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// The high end's own cue when it stands right after it and names another envelope than
    /// the low end's cue before the figures: "targets from 10 metres up to 4 km high" is a
    /// height envelope, though "targets from" would make it a range.
    func trailingChoice(_ partner: Int, over choice: AttributeChoice, bindings: [Binding?]) -> AttributeChoice? {
        let high = quantities[partner]
        guard let dimension = high.dimension, let own = attribute(for: partner, dimension: dimension, bindings: bindings),
              let cue = own.cue, cue.range.lowerBound >= high.range.upperBound,
              wordCount(stretch(high.range, cue.range)) <= 1, !hasPunctuation(stretch(high.range, cue.range)),
              let theirs = Self.envelope(own.attribute), let ours = Self.envelope(choice.attribute), theirs.0 != ours.0,
              choice.cue.map({ $0.range.upperBound <= high.range.lowerBound }) ?? true else { return nil }
        return own
    }

    func envelopeClaims(
        _ low: QuantityMention, _ high: QuantityMention, minimum: Attribute, maximum: Attribute, choice: AttributeChoice,
        binding: Binding, fromWords: String
    ) -> [Claim] {
        guard let dimension = low.dimension else { return [] }
        // The choice may have come from the high end's own cue (`trailingChoice`).
        let (minimum, maximum) = Self.envelope(choice.attribute) ?? (minimum, maximum)
        let span = low.range.lowerBound..<high.range.upperBound
        let quote = text(span)
        // (Only the id: copying the whole record costs a retain of each of its fields.)
        let systemID = catalog.systems[binding.system].id
        let reason = choice.reason + "; \"\(fromWords) ... to ...\" is an envelope: the low end is the \(minimum.rawValue), the high end the \(maximum.rawValue)"
        state.remember(minimum, low.value)
        state.remember(maximum, high.value)
        func claim(_ attribute: Attribute, _ q: QuantityMention) -> Claim {  // "do ponad 6000 m": an end keeps its own "more than"
            let bound: ClaimBound = [.about, .moreThan, .atLeast].contains(q.bound) ? q.bound : .exact
            let number = NumericClaim(bound: bound, value: q.value, halfStep: Self.halfStep(q), unit: dimension.siSymbol, text: quote)
            return Claim(
                systemID: systemID, attribute: .spec(attribute), value: .number(number), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: choice.cueWords,
                                  attributeReason: reason, parsed: parsedText(q, bound: bound, note: "")))
        }
        var grounding = grounding(of: low, binding: binding, choice: choice)
        // "can hit targets from 10 m up to 4,000 m" (blind set TK, en): a low end under
        // `heightLikeLowEnd` is a lowest height, as the records give them (5 to 50 m), not a
        // shortest distance (400 m and more in the records); read as a range, it is a guess.
        if minimum == .minRange, low.value < Self.heightLikeLowEnd {
            grounding.doubt(.attribute, "a low end of \(Int(low.value)) m is a lowest height's rather than a shortest distance's: the envelope may be the heights")
        }
        return [claim(minimum, low), claim(maximum, high)].map { claim in
            var claim = claim
            claim.grounding = grounding
            return claim
        }
    }
}

extension SentenceAnalysis {
    /// "from", "as low as", "a partir de" right before a figure.
    func fromWord(before quantity: QuantityMention) -> CueMatch? {
        lastCue { cue in
            isWord(cue, .fromWord) && cue.range.upperBound <= quantity.range.lowerBound
                && (stretch(cue.range, quantity.range)).allSatisfy { bytes[$0] == 0x20 }
        }
    }

    /// The high end of an envelope: the next figure of the dimension in the clause, after "to", "out to", "hasta".
    func envelopePartner(of index: Int, dimension: QuantityDimension) -> Int? {
        let quantity = quantities[index]
        guard index + 1 < quantities.count else { return nil }
        let next = quantities[index + 1]
        guard next.dimension == dimension, clause(next.range.lowerBound) == clause(quantity.range.lowerBound),
              next.range.lowerBound >= quantity.range.upperBound, next.range.lowerBound - quantity.range.upperBound <= 16,
              next.value > quantity.value else { return nil }
        let between = stretch(quantity.range, next.range)
        let hasTo = containsWord(in: between, of: .toWord)
        // "as low as 30 m and can travel 2,500 km": a word besides the "to" words, articles,
        // short prepositions and the attribute's own words ("10 metros de altura y hasta
        // 4,5 km") joins a second clause, not an envelope.
        var others = 0
        scanWords(in: between) { word in
            let lower = lowercasedText(word)
            if word.count > 2, !isIn(.toWord, lower), !isIn(.determiner, lower), !cues.contains(where: { cue in
                if case .attribute = cue.cue { return cue.range.lowerBound <= word.lowerBound && cue.range.upperBound >= word.upperBound }
                return false
            }) { others += 1 }
            return others == 0
        }
        guard others == 0 || !hasTo else { return nil }
        // "desde 150 metros de altura y hasta 6 km de distancia": each end followed by a cue
        // of its own, of two envelopes (a height and a range), are two figures, not one span.
        if let low = envelopeRightAfter(quantity), let high = envelopeRightAfter(next), low != high { return nil }
        // "targets flying as low as 10 m and as far as 6000 m" (blind set UI, en): a cue between
        // the figures of another envelope than the cue right before the low end parts them too.
        // (The high end's bound phrase counts: "as far as" is both.)
        let highLead = between.lowerBound..<max(between.upperBound, next.boundRange?.upperBound ?? between.upperBound)
        if let low = envelopeEndingBefore(quantity), let high = envelopeCue(in: highLead), low != high { return nil }
        return hasTo || next.boundRange != nil ? index + 1 : nil
    }

    /// The envelope (its minimum attribute) of the attribute cue that ends right before a
    /// figure (at most one byte between), or nil.
    private func envelopeEndingBefore(_ quantity: QuantityMention) -> Attribute? {
        for cue in cues where cue.range.upperBound <= quantity.range.lowerBound && quantity.range.lowerBound - cue.range.upperBound <= 1 {
            if case .attribute(let attribute) = cue.cue, let envelope = Self.envelope(attribute) { return envelope.0 }
        }
        return nil
    }

    /// The envelope (its minimum attribute) of an attribute cue inside `r`, or nil.
    private func envelopeCue(in r: Range<Int>) -> Attribute? {
        for cue in cues where cue.range.lowerBound >= r.lowerBound && cue.range.upperBound <= r.upperBound {
            if case .attribute(let attribute) = cue.cue, let envelope = Self.envelope(attribute) { return envelope.0 }
        }
        return nil
    }

    /// The envelope (its minimum attribute) of an attribute cue standing right after a figure
    /// (at most one byte between), or nil.
    private func envelopeRightAfter(_ quantity: QuantityMention) -> Attribute? {
        for cue in cues where cue.range.lowerBound >= quantity.range.upperBound && cue.range.lowerBound - quantity.range.upperBound <= 1 {
            if case .attribute(let attribute) = cue.cue, let envelope = Self.envelope(attribute) { return envelope.0 }
        }
        return nil
    }

    /// A from-word opening the cue's phrase right before a figure: "zwalczają cele od
    /// odległości 1,5 km", "engages targets from a distance of 1.5 km", "ab einer Entfernung
    /// von 1,5 km", "desde una distancia de 1,5 km". Between the from-word and the figure
    /// stand only the cue, articles and determiners, and after the cue at most one short
    /// word ("of", "von", "de"): the figure may be where the envelope starts, not its edge.
    /// Returns the from-word's text.
    func fromWord(beforeCue cue: CueMatch, of quantity: QuantityMention) -> String? {
        guard cue.range.upperBound <= quantity.range.lowerBound,
              let from = lastCue(where: { isWord($0, .fromWord) && $0.range.upperBound <= cue.range.lowerBound }),
              // (A from-word that is also a with-word, Russian "с", means "with" before a noun:
              // "«Игла-С» с дальностью 6 км"; only right before a figure is it "from".)
              !isIn(.withWord, lowercasedText(from.range)) else { return nil }
        let gap = from.range.upperBound..<quantity.range.lowerBound
        guard !hasPunctuation(gap), wordCount(from.range.upperBound..<cue.range.lowerBound) <= 1,
              wordCount(cue.range.upperBound..<quantity.range.lowerBound) <= 1 else { return nil }
        var fits = true
        scanWords(in: gap) { word in
            if cue.range.contains(word.lowerBound) { return true }
            let lower = lowercasedText(word)
            if word.lowerBound < cue.range.lowerBound {
                fits = isIn(.determiner, lower) || isIn(.definiteArticle, lower) || vocabulary.indefiniteArticles.contains(lower)
            } else {
                fits = word.count <= 3
            }
            return fits
        }
        return fits ? text(from.range) : nil
    }
}

