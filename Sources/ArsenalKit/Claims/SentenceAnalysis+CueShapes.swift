/// Where a cue stands against a figure or a target word: shapes that decide whether the cue
/// speaks of the figure at all (issue 7, extraction precision).
extension SentenceAnalysis {
    /// Whether an attribute cue is the second half of a hyphenated compound qualifying a
    /// target word ("low-flying jets", "low-flying aircraft"): it says how the targets fly,
    /// so it is no cue for a figure before it ("stretches that to 8 km and can hit ...
    /// low-flying drones") nor one of the next sentence ("is meant for low-flying jets. It can
    /// strike at up to 6.5 km": a range). A figure right after the targets stays a height
    /// ("can hit low-flying aircraft up to about 1,500 metres").
    func qualifiesTarget(_ cue: CueMatch) -> Bool {
        let start = cue.range.lowerBound
        guard start - 2 >= range.lowerBound, bytes[start - 1] == 0x2D, Self.isWordByte(bytes[start - 2]) else { return false }
        for other in cues {
            guard case .target = other.cue else { continue }
            // The target phrase takes in the compound ("low-flying aircraft") or follows it.
            if other.range.overlaps(cue.range) { return true }
            if other.range.lowerBound >= cue.range.upperBound, other.range.lowerBound - cue.range.upperBound <= 1 { return true }
        }
        return false
    }

    /// Whether a height cue lies in a class phrase ("à basse altitude", "a baja altitud") with a
    /// punctuation mark between it and the figure after it ("contre les missiles volant à
    /// basse altitude, peuvent frapper des cibles à 12 km", "diseñado contra aviones que vuelan
    /// a baja altitud, puede atacar blancos a 12 km"): the phrase describes the targets or the
    /// system's role, and gives no attribute to a figure in another clause.
    func describesTargetsBefore(_ cue: CueMatch, figure: Range<Int>) -> Bool {
        // (A height only: "un arma de muy corto alcance: unos 8 kilómetros" gives its range.)
        guard cue.cue == .attribute(.maxAltitude) || cue.cue == .attribute(.minAltitude),
              cue.range.upperBound <= figure.lowerBound, hasPunctuation(cue.range.upperBound..<figure.lowerBound) else { return false }
        return cues.contains { other in
            guard case .systemClass = other.cue else { return false }
            if other.range.lowerBound <= cue.range.lowerBound && other.range.upperBound >= cue.range.upperBound { return true }
            // A verb of flight before it ("que vuelan a baja altitud", "volant à basse altitude").
            guard other.range.lowerBound > cue.range.lowerBound, other.range.upperBound <= figure.lowerBound else { return false }
            let gap = cue.range.upperBound..<max(cue.range.upperBound, other.range.lowerBound)
            return wordCount(gap) <= 1 && !hasPunctuation(gap)
        }
    }

    /// Whether a semicolon, or a comma and a clause-break word (pack `structure.clause_breaks`),
    /// stand between a figure and a cue after it: the cue opens a clause of its own ("a sam
    /// pocisk 10,5 kg, dlatego cały zestaw może obsługiwać jeden żołnierz").
    func breaksBefore(_ cue: Range<Int>, after figure: Range<Int>) -> Bool {
        guard cue.lowerBound >= figure.upperBound else { return false }
        let between = figure.upperBound..<cue.lowerBound
        // ("американский Patriot — до 70 км; по высоте они почти равны": past a semicolon the
        // cue opens a clause of its own; blind set GE.)
        if between.contains(where: { bytes[$0] == 0x3B }) { return true }
        guard between.contains(where: { bytes[$0] == 0x2C }) else { return false }
        return cues.contains { isWord($0, .clauseBreak) && between.contains($0.range.lowerBound) }
    }

    /// Whether a cue overlapping a figure ends before the figure's number: it lies in the
    /// figure's bound phrase ("engages targets from" in "from 10 to 4,000 metres"), so a
    /// cue that takes in the figure's unit ("metres up", "km up") is nearer.
    func endsBeforeNumber(_ cue: Range<Int>, of quantity: QuantityMention) -> Bool {
        cue.overlaps(quantity.range) && cue.upperBound <= quantity.numberRange.lowerBound
    }

    /// Whether a target noun right after a target word makes them one name for practice
    /// targets ("fired two Stingers at drone targets", "a drone target", "drones blanco"):
    /// the noun is then no governor of a targets claim.
    func namesPracticeTarget(_ noun: CueMatch, after last: Range<Int>) -> Bool {
        guard noun.range.lowerBound >= last.upperBound, noun.range.lowerBound - last.upperBound == 1,
              bytes[last.upperBound] == 0x20 || bytes[last.upperBound] == 0x2D else { return false }
        return isIn(.targetNoun, lowercasedText(noun.range))
    }

    /// Whether a targets chain names one target after a preposition ("fired against a jet
    /// flying straight at it", "disparado contra un avión con turistas", "contra un helicóptero
    /// iraquí"): "against" or "contra", an indefinite article, at most one more word and a
    /// single target word tell of one engagement, not of the targets the system is for.
    func namesOneTarget(governor: CueMatch, targets indices: [Int]) -> Bool {
        guard indices.count == 1 else { return false }
        let target = cues[indices[0]].range
        guard governor.range.upperBound < target.lowerBound else { return false }
        var isPreposition = false
        for cue in cues where cue.range == governor.range && isWord(cue, .prepositionGovernor) {
            isPreposition = true
            break
        }
        guard isPreposition else { return false }
        let between = words(in: governor.range.upperBound..<target.lowerBound, limit: 3)
        guard between.count == 1 || between.count == 2, let first = between.first else { return false }
        return vocabulary.indefiniteArticles.contains(first.lowercased())
    }

    /// Whether the verb of engaging before a figure (`targetVerb(before:)`) is a strong one
    /// ("can strike", "atteint des"), not only a weak one ("hit", "reaches") ending there.
    func hasStrongTargetVerb(before quantity: QuantityMention) -> Bool {
        guard let verb = targetVerb(before: quantity) else { return false }
        for cue in cues where cue.cue == .targetVerb && cue.range.upperBound == verb.range.upperBound { return true }
        return false
    }

    /// An ASCII letter or digit, or a byte of a multi-byte scalar.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The cue a gapped clause leaves out, when the clause repeats its governing word: in
    /// "бьёт на 3,6 км и достаёт цели до высоты 5 км, модернизированная «Стрела-2М» — на
    /// 4,2 км" the last clause, set off by a spaced dash, says "на 4,2 км" as "бьёт на 3,6 км"
    /// did, so it is a range, though "высоты" is the nearest cue. The repeated word may be
    /// the figure's own bound ("na odległość do 6,5 km i na wysokości 4 km, a Strzała-2M –
    /// do 4,2 km": "do" repeats the range's). The cue of another attribute of the figure's
    /// dimension, earlier in the sentence, that stands right before a figure of its own (or
    /// one word before it) with the same word right before that figure's number, names the
    /// attribute. Nil unless the nearest cue is before the figure with a spaced dash between,
    /// and when the nearest cue repeats the word too (`ambiguousGap`).
    func gappedCue(for quantity: QuantityMention, nearest: CueMatch, dimension: QuantityDimension) -> CueMatch? {
        guard let gap = gapReading(for: quantity, nearest: nearest, dimension: dimension), !gap.nearestRepeats else { return nil }
        return gap.other
    }

    /// Whether `r` holds an em or en dash with a space on each side (" — ", " – "), read in
    /// the bytes: most gaps have none, and building their text to search it cost more than
    /// the rest of the attribute choice.
    private func hasSpacedDash(in r: Range<Int>) -> Bool {
        guard r.count >= 5 else { return false }
        var i = r.lowerBound + 1
        while i + 3 < r.upperBound {
            // U+2013 and U+2014 are E2 80 93 and E2 80 94.
            if bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94,
               bytes[i - 1] == 0x20, bytes[i + 3] == 0x20 {
                return true
            }
            i += 1
        }
        return false
    }

    /// The other cue's words when the gapped clause holding the figure repeats a word that
    /// both the chosen (nearest) cue and a cue of another attribute stand before ("razi cele
    /// na odległość do 6 km i na wysokości do 3,5 km, a Piorun – do 6,5 km": "do" follows
    /// both, so the 6,5 km may be a range or a height). Nil otherwise.
    func ambiguousGap(for quantity: QuantityMention, cue: CueMatch?, attribute: Attribute) -> String? {
        guard let cue, case .quantity(let dimension) = attribute.kind,
              let gap = gapReading(for: quantity, nearest: cue, dimension: dimension), gap.nearestRepeats else { return nil }
        return text(gap.other.range)
    }

    /// What `gappedCue` and `ambiguousGap` read: the last cue of another attribute before
    /// `nearest` whose own figure the gapped clause's word stands before, and whether
    /// `nearest` (or its own figure) ends with that word too. Nil when the figure is not in a
    /// gapped clause after `nearest` or no such other cue exists.
    private func gapReading(
        for quantity: QuantityMention, nearest: CueMatch, dimension: QuantityDimension
    ) -> (other: CueMatch, nearestRepeats: Bool)? {
        let start = quantity.range.lowerBound
        guard case .attribute(let nearestAttribute) = nearest.cue, nearest.range.lowerBound >= range.lowerBound,
              nearest.range.upperBound < start, hasSpacedDash(in: nearest.range.upperBound..<start) else { return nil }
        let gap = text(nearest.range.upperBound..<start)
        // The clause after the dash has a subject of its own ("a Piorun – do 6,5 km"); a cue
        // right before the dash labels the figure ("потолок — до 2,3 км").
        guard gap.contains(" — ") || gap.contains(" – "),
              let dash = gap.lastIndex(where: { $0 == "—" || $0 == "–" }), gap[..<dash].contains(where: \.isLetter) else { return nil }
        // That subject is a system named or referred to before the dash; other words there
        // belong to the cue ("а высоту поражения — до 3,5 км", "a wysokość rażenia – do 3,5 km").
        let dashStart = nearest.range.upperBound + gap[..<dash].utf8.count
        guard mentions.contains(where: { $0.range.lowerBound >= nearest.range.upperBound && $0.range.upperBound <= dashStart })
                || outsideMentions.contains(where: { $0.range.lowerBound >= nearest.range.upperBound && $0.range.upperBound <= dashStart })
        else { return nil }
        var repeated: String?
        if let word = lastWord(in: nearest.range.upperBound..<start),
           gap.hasSuffix(" " + word + " ") || gap.lowercased().hasSuffix(" " + word + " ") {
            repeated = word
        } else if quantity.numberRange.lowerBound > start, gap.hasSuffix(" — ") || gap.hasSuffix(" – ") {
            // The figure's bound right after the dash ("– do 6,5 km", "— до 4,2 км").
            repeated = lastWord(in: start..<quantity.numberRange.lowerBound)
        }
        guard let word = repeated else { return nil }
        // A cue followed by a figure of its own, at most one word after it (past the
        // figure's bound), with `word` right before that figure's number.
        func repeats(_ cue: CueMatch, before limit: Int) -> Bool {
            quantities.contains { own in
                own.numberRange.lowerBound >= cue.range.upperBound && own.range.upperBound <= limit
                    && wordCount(cue.range.upperBound..<max(own.range.lowerBound, cue.range.upperBound)) <= 1
                    && lastWord(in: cue.range.lowerBound..<own.numberRange.lowerBound) == word
            }
        }
        guard let other = cues.last(where: { cue in
            guard case .attribute(let attribute) = cue.cue, attribute != nearestAttribute,
                  case .quantity(let cueDimension) = attribute.kind, cueDimension == dimension,
                  cue.range.upperBound < nearest.range.lowerBound else { return false }
            return repeats(cue, before: nearest.range.lowerBound)
        }) else { return nil }
        return (other, lastWord(in: nearest.range) == word || repeats(nearest, before: start))
    }
}

extension SentenceAnalysis {
    /// Whether a cue after figure `index` leads straight (at most one word between, no
    /// punctuation) into a figure of another dimension: "intercepts drones at up to 8 km,
    /// flying at 930 m/s" — "flying at" is the speed's verb there, not a height cue the 8 km
    /// may borrow.
    func leadsIntoFigureOfOtherDimension(_ cueRange: Range<Int>, after index: Int) -> Bool {
        let own = quantities[index]
        guard cueRange.lowerBound >= own.range.upperBound else { return false }
        // (Not a cue written right after this figure: "cubre cuatro kilómetros de altura y siete
        // de alcance" keeps "de altura".)
        let apart = hasPunctuation(own.range.upperBound..<cueRange.lowerBound) || wordCount(own.range.upperBound..<cueRange.lowerBound) > 1
        // A cue glued to this figure is its own ("The missile's 20 kg warhead detonated less
        // than four metres above the cockpit").
        if !hasPunctuation(own.range.upperBound..<cueRange.lowerBound), wordCount(own.range.upperBound..<cueRange.lowerBound) == 0 { return false }
        return quantities.contains { other in
            // A bare number after the cue, past punctuation from this figure, is the cue's own
            // figure with the unit left out ("llegan hasta 40 kilómetros, con un techo de 18").
            let elided = apart && other.dimension == nil && other.isBareNumber && !other.isYearLike
            guard elided || (other.dimension != nil && other.dimension != own.dimension) else { return false }
            let start = other.boundRange.map { min($0.lowerBound, other.range.lowerBound) } ?? other.range.lowerBound
            guard start >= cueRange.upperBound else { return false }
            let between = cueRange.upperBound..<start
            return wordCount(between) <= 1 && !hasPunctuation(between)
        }
    }

    /// "un alcance de interceptación de hasta 8 kilómetros; altitud de interceptación de hasta
    /// 6 kilómetros": a cue after figure `index`, past a comma or a semicolon, that leads into
    /// a later figure of the same dimension (at most `cueLeadWords` words and no punctuation
    /// between) is that figure's, however near it stands to this one; whichever system that
    /// figure is tied to ("the older S-300's missiles are credited with about 200 km, and its
    /// ceiling is put at 27 km": the ceiling is the 27 km's even when "its" is read as
    /// another system; blind set AI, en).
    func leadsIntoLaterFigure(_ cueRange: Range<Int>, after index: Int) -> Bool {
        let own = quantities[index]
        guard cueRange.lowerBound >= own.range.upperBound else { return false }
        // (With no punctuation after the figure, only a cue of several words that runs straight
        // into the next figure leads into it: "na wysokości od 5 m do 15 km w promieniu 20 km".)
        // (A clause-break word counts as punctuation: "pushed it to 7 km while raising altitude
        // coverage to 4 km"; blind set NH.)
        let gap = own.range.upperBound..<cueRange.lowerBound
        // (So does a coordinator: "capable d'engager des cibles dès 500 m et volant à seulement
        // 15 m du sol"; blind set PA.)
        let punctuated = hasPunctuation(gap) || cues.contains { isWord($0, .clauseBreak) && gap.contains($0.range.lowerBound) }
            || containsWord(in: gap, where: { isCoordinator($0) })
        guard punctuated || wordCount(cueRange) >= 2 else { return false }
        // "the missile is about ten kilos, fifteen with the launcher" (blind set OW): a bare
        // number past punctuation, right before the cue, is a figure whose unit is left out;
        // the cue is its.
        if hasPunctuation(gap), quantities.contains(where: { other in
            other.dimension == nil && other.range.lowerBound > own.range.upperBound && other.range.upperBound <= cueRange.lowerBound
                && wordCount(other.range.upperBound..<cueRange.lowerBound) == 0 && !hasPunctuation(other.range.upperBound..<cueRange.lowerBound)
        }) { return true }
        return quantities.indices.contains { otherIndex in
            let other = quantities[otherIndex]
            guard other.dimension == own.dimension, otherIndex != index else { return false }
            let start = other.boundRange.map { min($0.lowerBound, other.range.lowerBound) } ?? other.range.lowerBound
            guard start >= cueRange.upperBound else { return false }
            let between = cueRange.upperBound..<start
            return wordCount(between) <= (punctuated ? Self.cueLeadWords : 0) && !hasPunctuation(between)
        }
    }

    /// Whether `word` is one of the pack's coordinators (`structure.coordinators`: "and",
    /// "und", "i", "et"), in any case.
    func isCoordinator(_ word: String) -> Bool {
        vocabulary.coordinators.contains(Array((" " + word.lowercased() + " ").utf8))
    }

    /// The negation (at most eight words back in its clause) that makes a figure bounded from
    /// below (`lessThan`) a lower limit: any for a height; for a distance, one before the verb
    /// of engaging targets that governs it ("nie zwalcza celów bliższych niż 1200 m", "не
    /// могла поражать цели на дальности менее 800 м"), not one before a word naming the range
    /// ("its range is not less than 4 km" bounds it from below).
    func negatedLowerLimit(_ quantity: QuantityMention, attribute: Attribute, choice: AttributeChoice) -> Range<Int>? {
        guard attribute == .maxAltitude || attribute == .maxRange,
              let negation = negation(before: quantity.range.lowerBound, within: 8) else { return nil }
        if attribute == .maxAltitude { return negation }
        guard let verb = targetVerb(before: quantity), verb.range.lowerBound >= negation.upperBound else { return nil }
        return choice.basis == .inferred ? nil : negation
    }
}
