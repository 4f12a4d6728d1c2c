/// "Respectively" lists (`structure.respectively`): "its range and altitude reach 70 km and
/// 24.4 km, respectively" pairs the cues and the figures in order.
extension SentenceAnalysis {
    /// What a "respectively" list says of one figure.
    enum RespectivePairing {
        /// The cue at the figure's place in the list.
        case paired(AttributeChoice)
        /// The list's cues and figures do not pair one to one: no reading is safe.
        case unpaired
    }

    /// The pairing of figure `index` in a "respectively" list, or nil when it stands in none:
    /// a run of two or more figures of the sentence, joined by commas or coordinators (or by
    /// the respectively word itself, "70 km bzw. 24 km"), with the respectively word inside
    /// it, right after it or right before it, past at most one word ("wynoszą odpowiednio 70 km i 24 km", "sont
    /// respectivement de 70 km et 24 km"); and before the run's first figure, in its sentence, a chain of
    /// attribute cues joined the same way ("distance and altitude"). The i-th cue is the
    /// i-th figure's when the counts and each pair's dimension agree; otherwise `.unpaired`
    /// ("the Stinger and the Igla reach 8 and 5.2 km respectively" names systems, not
    /// attributes: one cue, two figures).
    func respectivePairing(of index: Int) -> RespectivePairing? {
        guard quantities[index].dimension != nil else { return nil }
        guard let word = cues.first(where: { isWord($0, .respectively) }) else { return slashPairing(of: index) }
        // The run of figures around the word.
        let figures = quantities.indices.filter { quantities[$0].dimension != nil }
        guard let at = figures.firstIndex(of: index) else { return nil }
        var first = at
        var last = at
        while first > figures.startIndex, isListGap(quantities[figures[first - 1]].range, quantities[figures[first]].range) { first -= 1 }
        while last + 1 < figures.endIndex, isListGap(quantities[figures[last]].range, quantities[figures[last + 1]].range) { last += 1 }
        let runStart = quantities[figures[first]].range
        let runEnd = quantities[figures[last]].range
        let inside = word.range.lowerBound >= runStart.upperBound && word.range.upperBound <= runEnd.lowerBound
        let after = word.range.lowerBound >= runEnd.upperBound && wordCount(stretch(runEnd, word.range)) == 0
        // "wynoszą odpowiednio 70 km i 24 km", "составляют соответственно 70 и 24 км".
        let before = word.range.upperBound <= runStart.lowerBound && wordCount(stretch(word.range, runStart)) <= 1
            && !hasPunctuation(stretch(word.range, runStart))
        guard inside || after || before else { return nil }
        let run = Array(figures[first...last])
        guard run.count >= 2 else { return .unpaired }
        // The chain of cues nearest before the run.
        var chain: [CueMatch] = []
        for cue in cues where cue.range.upperBound <= runStart.lowerBound && cue.range.lowerBound >= range.lowerBound {
            guard case .attribute(let attribute) = cue.cue, case .quantity = attribute.kind else { continue }
            if let previous = chain.last, isListGap(previous.range, cue.range) {
                chain.append(cue)
            } else if let previous = chain.last, previous.range.overlaps(cue.range) {
                continue
            } else if chain.count < 2 {
                chain = [cue]
            } else {
                break
            }
        }
        return pair(chain, run, index: index) { words, place in
            "\"\(text(word.range))\" pairs \(run.count) cues with \(run.count) figures in order: \"\(words)\" is cue \(place + 1)"
        }
    }

    /// Figure `index`'s cue when the cues of `chain` pair one to one, in order, with the
    /// figures of `run` and each pair's dimension agrees; `.unpaired` otherwise. `reason`
    /// words the explanation from the cue's words and its place.
    private func pair(_ chain: [CueMatch], _ run: [Int], index: Int, reason: (String, Int) -> String) -> RespectivePairing {
        guard chain.count == run.count, let place = run.firstIndex(of: index) else { return .unpaired }
        for (cue, figure) in zip(chain, run) {
            guard case .attribute(let attribute) = cue.cue, case .quantity(let dimension) = attribute.kind,
                  dimension == quantities[figure].dimension else { return .unpaired }
        }
        guard case .attribute(let attribute) = chain[place].cue else { return .unpaired }
        let words = text(chain[place].range)
        var choice = AttributeChoice(attribute: attribute, cue: chain[place], cueWords: words, reason: "", isGeneric: false)
        if explain { choice.reason = reason(words, place) }
        return .paired(choice)
    }

    /// Whether a figure has its cue from a "respectively" list: the figures before it in the
    /// list are the other cues', not rival readings of it.
    func isPairedInList(_ quantity: QuantityMention) -> Bool {
        guard let index = quantities.firstIndex(where: { $0.range == quantity.range }) else { return false }
        if case .paired = respectivePairing(of: index) { return true }
        return false
    }

    /// Whether figure `index` stands in a "respectively" list whose cues and figures do not pair.
    func isUnpairedInList(_ index: Int) -> Bool {
        if case .unpaired = respectivePairing(of: index) { return true }
        return false
    }

    /// Whether two items (cues or figures) are joined as a list: at most three words between
    /// them, at least one a coordinator or the respectively word, or a comma alone; no other
    /// punctuation.
    func isListGap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.upperBound <= b.lowerBound else { return false }
        let between = a.upperBound..<b.lowerBound
        guard wordCount(between) <= 3 else { return false }
        // "70 bzw. 24 km": the respectively word joins, its own stop no punctuation.
        if let word = cues.first(where: { isWord($0, .respectively) && between.contains($0.range.lowerBound) && $0.range.upperBound <= between.upperBound }) {
            var rest = word.range.upperBound
            if rest < between.upperBound, bytes[rest] == 0x2E { rest += 1 }
            return !hasPunctuation(between.lowerBound..<word.range.lowerBound, allowingComma: true)
                && !hasPunctuation(rest..<between.upperBound, allowingComma: true)
        }
        guard !hasPunctuation(between, allowingComma: true) else { return false }
        if bytes[between].contains(0x2C) { return true }
        return containsWord(in: between) { isCoordinator($0) }
    }

    /// The pairing of figure `index` in a label of slashed cues before slashed figures, or nil
    /// when it stands in none: "Reichweite/Gipfelhöhe nach Modernisierung: 40 km / 18 km",
    /// "Range/ceiling: 8 km / 3.8 km" (blind set GA). Two or more attribute cues joined by
    /// slashes, then a colon past at most three words, then as many figures joined by
    /// slashes: the i-th cue is the i-th figure's, when each pair's dimension agrees.
    func slashPairing(of index: Int) -> RespectivePairing? {
        // (Cheap first: a slash right before or after the figure.)
        let own = quantities[index].range
        func slashNear(_ from: Int, _ to: Int) -> Bool {
            var k = max(range.lowerBound, from)
            while k < min(range.upperBound, to) {
                if bytes[k] == 0x2F { return true }
                k += 1
            }
            return false
        }
        guard slashNear(own.lowerBound - 3, own.lowerBound) || slashNear(own.upperBound, own.upperBound + 3) else { return nil }
        func slashJoined(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 3 else { return false }
            return bytes[a.upperBound..<b.lowerBound].allSatisfy { $0 == 0x20 || $0 == 0x2F } && bytes[a.upperBound..<b.lowerBound].contains(0x2F)
        }
        let figures = quantities.indices.filter { quantities[$0].dimension != nil }.sorted { quantities[$0].range.lowerBound < quantities[$1].range.lowerBound }
        guard let at = figures.firstIndex(of: index) else { return nil }
        var first = at, last = at
        while first > 0, slashJoined(quantities[figures[first - 1]].range, quantities[figures[first]].range) { first -= 1 }
        while last + 1 < figures.count, slashJoined(quantities[figures[last]].range, quantities[figures[last + 1]].range) { last += 1 }
        guard last > first else { return nil }
        let run = Array(figures[first...last])
        let runStart = quantities[run[0]].range.lowerBound
        // The colon before the run, at most three words before it.
        var colon = runStart - 1
        while colon > range.lowerBound, bytes[colon] != 0x3A, runStart - colon < 64 { colon -= 1 }
        guard bytes[colon] == 0x3A, wordCount(colon + 1..<runStart) == 0 else { return nil }
        // The slashed cues ending at most three words before the colon.
        var chain: [CueMatch] = []
        for cue in cues where cue.range.upperBound <= colon {
            guard case .attribute(let attribute) = cue.cue, case .quantity = attribute.kind else { continue }
            if let previous = chain.last, previous.range.overlaps(cue.range) { continue }
            if let previous = chain.last, slashJoined(previous.range, cue.range) { chain.append(cue) } else { chain = [cue] }
        }
        guard chain.count >= 2, let end = chain.last?.range.upperBound, wordCount(end..<colon) <= 3, !hasPunctuation(end..<colon) else { return nil }
        return pair(chain, run, index: index) { words, place in
            "the label pairs \(run.count) slashed cues with \(run.count) slashed figures in order: \"\(words)\" is cue \(place + 1)"
        }
    }
}
