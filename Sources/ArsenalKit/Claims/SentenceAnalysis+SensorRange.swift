/// Sensor ranges: "the radar detects aircraft 40 km out", "the seeker can lock on to a jet
/// 10 km away", "das Suchradar erfasst Ziele in 15 Kilometer Entfernung", "РЛС обнаруживает
/// цели на 36 км". How far a radar, a sight or a seeker sees is not how far the missile
/// reaches, so a distance a word of detecting governs is no claim.
extension SentenceAnalysis {
    /// Whether a distance is a sensor's: a detection word (pack `structure.detection_words`)
    /// before it in its clause (or in the clause before, when an adverb of contrast alone
    /// parts them), at most ten words away with no other distance between, or after it, at
    /// most three words on ("a 40 km detection range", "bis in 33 Kilometer Höhe erfassen").
    func isSensorRange(_ quantity: QuantityMention) -> Bool {
        if isSensorHeadRange(quantity) || followsSensorHeadColon(quantity) || isDefinedAsSensorDistance(quantity) || isEquatedWithSensorRange(quantity) { return true }
        let here = clause(quantity.range.lowerBound)
        // (A sensor's noun, "Radar", is a detection word only right before its range: below.)
        for cue in cues where isWord(cue, .detection) && !isIn(.sensorHead, lowercasedText(cue.range)) {
            if cue.range.upperBound <= quantity.range.lowerBound {
                let cueClause = clause(cue.range.lowerBound)
                // (An aside set off by commas does not count: "identifier des cibles, dont des
                // chasseurs et des drones, à une distance de 150 km".)
                let span = stretch(cue.range, quantity.range)
                var words = wordCount(span)
                if let open = span.first(where: { bytes[$0] == 0x2C }),
                   let close = (open + 1..<span.upperBound).first(where: { bytes[$0] == 0x2C }) { words -= wordCount(open..<close) }
                // (A system named between is the verb's object, and the figure its own: "it had
                // also identified the later Strela-2M, with a range of 4.2 km".)
                guard cueClause == here || (cueClause == here - 1 && isAdverbialBreak(before: here)), words <= 10,
                      !mentions.contains(where: { $0.named && span.contains($0.range.lowerBound) }),
                      !coordinatedEngaging(after: cue.range, before: quantity.range.lowerBound) else { continue }
                // (Figures listed with it share the verb: "radars pick up targets 36 km and 32 km away".)
                let listStart = listedFigures(ending: quantity)
                let between = quantities.contains { other in
                    other.dimension == .length && other.range.lowerBound >= cue.range.upperBound
                        && other.range.upperBound <= quantity.range.lowerBound && other.range.lowerBound < listStart
                }
                if !between { return true }
            } else if cue.range.lowerBound >= quantity.range.upperBound {
                // Right after it ("a 40 km detection range"), or a verb closing the clause three
                // words on at most ("Flugziele bis in 33 Kilometer Höhe erfassen", "targets up to
                // 33 km are detected", "33 km de altura son detectados"); no coordinator ("reaches
                // 6 km and detects") and no target ("8 km against aircraft detected by radar") between.
                let between = stretch(quantity.range, cue.range)
                if wordCount(between) <= 3, !hasPunctuation(between), clause(cue.range.lowerBound) == here,
                   !containsWord(in: between, where: { isCoordinator($0) }),
                   !cues.contains(where: { other in
                       if case .target = other.cue { return between.overlaps(other.range) } else { return false }
                   }) {
                    return true
                }
            }
        }
        return false
    }

    /// "détecte les avions jusqu'à 20 km et peut les détruire jusqu'à 6 km", "detecta aviones
    /// y puede derribarlos hasta 6 km": a verb of engaging after a coordinator, past the
    /// detection word's own object, opens a predicate of its own; a figure after it is no
    /// sensor's. ("detects and engages targets at 20 km" shares one object: the coordinator
    /// must stand at least two words after the detection word.)
    func coordinatedEngaging(after detection: Range<Int>, before position: Int) -> Bool {
        cues.contains { verb in
            guard verb.cue == .targetVerb || isWord(verb, .weakTargetVerb),
                  verb.range.lowerBound >= detection.upperBound, verb.range.upperBound <= position else { return false }
            let lead = detection.upperBound..<verb.range.lowerBound
            return wordCount(lead) >= 2 && containsWord(in: lead, where: { isCoordinator($0) })
        }
    }

    /// "Le chiffre de 36 km correspond en réalité à la portée de détection de son radar", "the
    /// 36 km figure is in fact the detection range of its radar": a distance followed in its
    /// clause by a noun of a sensor's range (a detection word holding a range cue,
    /// `WordClass.sensorRangeNoun`), at most eight words on with no punctuation, no other
    /// distance and no system's name between, is that sensor's range.
    func isEquatedWithSensorRange(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension == .length else { return false }
        let here = clause(quantity.range.lowerBound)
        return cues.contains { cue in
            guard cue.range.lowerBound >= quantity.range.upperBound, isWord(cue, .sensorRangeNoun) else { return false }
            let between = quantity.range.upperBound..<cue.range.lowerBound
            // ("300 км — дальность обнаружения": a dash alone between stands for the copula.)
            if isSpacedDash(between) { return true }
            return clause(cue.range.lowerBound) == here && wordCount(between) <= 8 && !hasPunctuation(between)
                && !quantities.contains { $0.dimension == .length && between.contains($0.range.lowerBound) }
                && !mentions.contains { $0.named && between.contains($0.range.lowerBound) }
        }
    }

    /// Whether `r` is a dash alone between spaces (" — ", " – ", " - ").
    func isSpacedDash(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        var end = r.upperBound
        while k < end, bytes[k] == 0x20 { k += 1 }
        while end > k, bytes[end - 1] == 0x20 { end -= 1 }
        guard k > r.lowerBound, end < r.upperBound else { return false }
        if end - k == 1 { return bytes[k] == 0x2D }
        return end - k == 3 && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94)
    }

    /// "15 km ist die Entfernung, ab der das Suchradar Ziele auffasst", "8 km is the distance
    /// at which the radar picks up targets": a figure followed by a copula and a range cue
    /// (at most four words, no punctuation), then, past at most a comma, a clause of at most
    /// eight words holding a detection word and no other figure: the sentence defines the
    /// figure as a sensor's distance.
    func isDefinedAsSensorDistance(_ quantity: QuantityMention) -> Bool {
        guard let cue = cues.first(where: { cue in
            guard case .attribute(let attribute) = cue.cue, attribute == .maxRange, cue.range.lowerBound >= quantity.range.upperBound else { return false }
            let between = quantity.range.upperBound..<cue.range.lowerBound
            return wordCount(between) <= 4 && !hasPunctuation(between) && containsWord(in: between, of: .copula)
        }) else { return false }
        var end = cue.range.upperBound
        var words = 0
        var commas = 0
        while end < range.upperBound, words <= 8 {
            let b = bytes[end]
            if b == 0x2C { commas += 1; if commas > 1 { break } }
            if b == 0x2E || b == 0x3B || b == 0x3A { break }
            if b == 0x20 { words += 1 }
            end += 1
        }
        let after = cue.range.upperBound..<end
        guard !quantities.contains(where: { after.contains($0.range.lowerBound) }) else { return false }
        return cues.contains { isWord($0, .detection) && after.contains($0.range.lowerBound) }
    }

    /// Where the list of figures ending at `quantity` starts: figures of its dimension joined
    /// by a comma or a coordinator alone ("36 km and 32 km", "36, 34 and 32 km").
    func listedFigures(ending quantity: QuantityMention) -> Int {
        var start = quantity.range.lowerBound
        for other in quantities.reversed() where other.range.upperBound <= start {
            guard other.dimension == quantity.dimension || other.dimension == nil else { break }
            let gap = other.range.upperBound..<start
            let words = words(in: gap, limit: 2)
            let commaOnly = words.isEmpty && (gap).contains { bytes[$0] == 0x2C }
            let joined = words.count == 1 && isCoordinator(words[0])
                && !(gap).contains { bytes[$0] != 0x20 && bytes[$0] < 0x80 && !(bytes[$0] | 0x20 >= 0x61 && bytes[$0] | 0x20 <= 0x7A) }
            guard commaOnly || joined else { break }
            start = other.range.lowerBound
        }
        return start
    }

    /// Whether the clause break opening clause `index` is an adverb of contrast inside one
    /// clause, not a conjunction opening another: a figure-contrast word (pack
    /// `structure.figure_contrasts`) with no punctuation before it ("radary wykrywające cele
    /// sięgają natomiast na odległość 120 km": the radars' reach, the verb before the adverb).
    func isAdverbialBreak(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let at = breaks[index - 1]
        guard cues.contains(where: { isWord($0, .figureContrast) && $0.range.lowerBound == at }) else { return false }
        var last = at - 1
        while last >= range.lowerBound, bytes[last] == 0x20 { last -= 1 }
        return last >= range.lowerBound && !hasPunctuation(last..<at)
    }

    /// Whether a distance is the range of a sensor named right before it: a sensor head (a
    /// word of `structure.component_nouns` that is also one of `structure.detection_words`:
    /// "Radar", "radar", "РЛС"), or in a compounding language a compound ending with one
    /// ("Mittelbereichsradar", "Suchradar"), at most five words before the figure in its
    /// clause (its owner's name aside) with no punctuation, coordinator, other system name or
    /// other distance between:
    /// "einem Mittelbereichsradar mit einer Reichweite von bis zu 250 km", "a radar with a
    /// range of 250 km", "radar o zasięgu 250 km", "РЛС с дальностью 250 км". A hyphenated
    /// modifier ("a radar-guided missile with a reach of 40 km") names no sensor.
    func isSensorHeadRange(_ quantity: QuantityMention) -> Bool {
        let start = clauseStart(quantity.range.lowerBound)
        // The last twelve words before the figure, kept in a ring (a clause may be long).
        var heads: [Range<Int>] = []
        heads.reserveCapacity(12)
        var next = 0
        scanWords(in: start..<quantity.range.lowerBound) { word in
            if heads.count < 12 { heads.append(word) } else { heads[next] = word }
            next = (next + 1) % 12
            return true
        }
        let ordered = heads.count < 12 ? heads : Array(heads[next...] + heads[..<next])
        for head in ordered.reversed() where mayEndSensorHead(head) && isIn(.sensorHead, lowercasedText(head)) {
            guard head.upperBound >= quantity.range.lowerBound || bytes[head.upperBound] != 0x2D else { return false }
            let between = head.upperBound..<quantity.range.lowerBound
            // Its owner may follow it in the genitive, at most one word on ("des Radars der IRIS-T
            // SLM beträgt", "radaru baterii IRIS-T SLM wynosi", "РЛС комплекса IRIS-T SLM"); no other name.
            let named = mentions.filter { $0.named && between.overlaps($0.range) }
            if let owner = named.first, named.count > 1 || wordCount(stretch(head, owner.range)) > 1 { return false }
            let owner = named.first.map { wordCount($0.range) } ?? genitiveOwnerWords(after: head.upperBound, in: between)
            // "its Ku-band tracking radar, with a range of nine miles", "un radar de búsqueda,
            // con un alcance de 15 km": one comma at most two words past the head may open a
            // phrase describing it, when nothing is named or referred to after the head.
            var described = between
            var qualifiers = 0
            // "a fire control radar called 'Rajendra' with a range of about 60 km": the sensor's
            // own name in quotes, at most one word on, names it; the phrase after it describes it.
            if let quoted = quotedName(in: between) {
                qualifiers = wordCount(between.lowerBound..<quoted)
                described = quoted..<between.upperBound
            } else if let comma = between.first(where: { bytes[$0] == 0x2C }), wordCount(between.lowerBound..<comma) <= 2,
               !mentions.contains(where: { between.overlaps($0.range) }) {
                qualifiers = wordCount(between.lowerBound..<comma)
                described = (comma + 1)..<between.upperBound
                guard !hasPunctuation(between.lowerBound..<comma) else { return false }
            }
            // "а радар следит за воздушным пространством в радиусе 250 км", "and the radar
            // watches the airspace out to 250 km": a head opening its clause (a coordinator or
            // an article at most before it) is the clause's subject; its predicate may run on
            // to ten words (blind set GX).
            var lead = 0
            var opens = true
            scanWords(in: start..<head.lowerBound) { word in
                lead += 1
                let w = lowercasedText(word)
                // (A possessive pronoun too: "а его радар просматривает ...".)
                opens = lead <= 2 && (isCoordinator(w) || isIn(.determiner, w) || isIn(.definiteArticle, w)
                    || cues.contains { ($0.cue == .reference || isWord($0, .clauseBreak)) && $0.range == word })
                return opens
            }
            return wordCount(between) - owner - qualifiers <= (opens ? 10 : 5) && !hasPunctuation(described)
                && !containsWord(in: between) { isCoordinator($0) }
                && !quantities.contains { $0.dimension == .length && between.contains($0.range.lowerBound) }
        }
        return false
    }

    /// "Weiter reicht nur das Suchradar: rund 15 Kilometer", "Radar : 20 km", "РЛС: 36 км": a
    /// sensor head right before a colon, the figure at most two words after it, names whose
    /// distance the figure is (the colon opens a clause of its own, so `isSensorHeadRange`,
    /// which looks inside the figure's clause, does not see the head).
    func followsSensorHeadColon(_ quantity: QuantityMention) -> Bool {
        var colon = quantity.range.lowerBound - 1
        let floor = max(range.lowerBound, quantity.range.lowerBound - 32)
        while colon > floor, bytes[colon] != 0x3A { colon -= 1 }
        guard colon > range.lowerBound, bytes[colon] == 0x3A else { return false }
        let gap = (colon + 1)..<quantity.range.lowerBound
        guard wordCount(gap) <= 2, !hasPunctuation(gap), let head = lastWordRange(before: colon) else { return false }
        return mayEndSensorHead(head) && isIn(.sensorHead, lowercasedText(head))
    }

    /// The end of a quoted name that opens `r` or follows its first word ("called 'Rajendra'",
    /// "«Пантырь»"), with at most three words inside the quotes; nil otherwise.
    func quotedName(in r: Range<Int>) -> Int? {
        var k = r.lowerBound
        while k < r.upperBound, bytes[k] == 0x20 { k += 1 }
        func quoteLength(at i: Int) -> Int {
            guard i < r.upperBound else { return 0 }
            if bytes[i] == 0x22 || bytes[i] == 0x27 { return 1 }
            if i + 1 < r.upperBound, bytes[i] == 0xC2, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return 2 }
            if i + 2 < r.upperBound, bytes[i] == 0xE2, bytes[i + 1] == 0x80, (0x98...0x9E).contains(bytes[i + 2]) { return 3 }
            return 0
        }
        if quoteLength(at: k) == 0 {
            // One word (a naming verb) before the quote.
            while k < r.upperBound, bytes[k] != 0x20 { if quoteLength(at: k) > 0 { return nil }; k += 1 }
            while k < r.upperBound, bytes[k] == 0x20 { k += 1 }
        }
        let open = quoteLength(at: k)
        guard open > 0 else { return nil }
        var m = k + open
        while m < r.upperBound, m - k < 48 {
            let close = quoteLength(at: m)
            if close > 0 {
                let inside = (k + open)..<m
                return (1...3).contains(wordCount(inside)) ? m + close : nil
            }
            m += 1
        }
        return nil
    }

    /// The words of an owner a sensor head names right after it, in the genitive or after an
    /// owner word, when it is no system of ours ("das Suchradar des Panzers mit einer
    /// Reichweite von 15 Kilometern", "the radar of the vehicle with a range of 15 km", "el
    /// radar del vehículo con un alcance de 15 km"): an owner word (`structure.owner_prepositions`:
    /// "of", "des", "del"), a determiner or an article, perhaps a determiner after it, then one
    /// word that is no cue. Such a phrase says whose sensor it is, as a named owner does; 0
    /// when none opens `between`.
    func genitiveOwnerWords(after start: Int, in between: Range<Int>) -> Int {
        let opening = words(in: between, limit: 3)
        guard opening.count == 3, isOwnerWord(opening[0]) else { return 0 }
        let size = isIn(.determiner, opening[1]) || isIn(.definiteArticle, opening[1]) ? 3 : 2
        var seen = 0
        var end = start
        scanWords(in: between) { word in
            seen += 1
            end = word.upperBound
            return seen < size
        }
        // The noun closing it is no attribute's cue ("Reichweite") and no name; a target noun
        // may own a sensor ("el radar del blindado").
        return cues.contains { cue in
            guard cue.range.overlaps(start..<end) else { return false }
            switch cue.cue {
            case .attribute, .system, .outsideSystem: return true
            default: return false
            }
        } ? 0 : size
    }

    private func isOwnerWord(_ word: String) -> Bool {
        isIn(.ownerPreposition, word) || isIn(.determiner, word) || isIn(.definiteArticle, word)
    }

    /// Whether the word in `r`, lowercased, may end like a sensor head: its last byte, after
    /// lowercasing an ASCII letter or a two-byte scalar (`TextCase`, the standard library's
    /// mapping), is the last byte of one. Any other last scalar is let through.
    private func mayEndSensorHead(_ r: Range<Int>) -> Bool {
        guard let end = r.last else { return false }
        let last = bytes[end]
        if last < 0x80 { return wordSets.mayEnd(.sensorHead, with: last &- 0x41 < 26 ? last | 0x20 : last) }
        guard end > r.lowerBound, bytes[end - 1] & 0xE0 == 0xC0,
              let lowered = TextCase.lowercased(UnsafeBufferPointer(rebasing: bytes[(end - 1)...end])),
              let loweredLast = lowered.utf8.last else { return true }
        return wordSets.mayEnd(.sensorHead, with: loweredLast)
    }
}
