/// Pairs set against each other twice: "Igla (9K38) gegen Igla-S: 5200 m gegen 6 km
/// Reichweite, Gefechtskopf 1,17 kg gegen 2,49 kg", "el Igla frente al Igla-S: 5,2 km frente
/// a 6 km", "«Игла» против «Иглы-С»: 5,2 км против 6 км" (issue 8; blind set NS). Two names
/// joined by a word of opposition, then figures joined by the same word: the first figure of
/// each pair is the first name's, the second the second's, whichever name stands nearer.
extension SentenceAnalysis {
    /// Words that may stand between a figure and the word of opposition after it ("5200 m
    /// gegen", "4100 m de alcance contra", "10,1 kg el misil americano frente a"), with no
    /// punctuation.
    static let contrastPairGap = 3

    /// The figure set against the one at `index` by a word of opposition between them (at most
    /// `contrastPairGap` words before the word and a dash at most, two words after it: "200 км —
    /// против наших прежних 43 км"), of the same dimension: its index, the word, and whether
    /// the figure at `index` is the first of the two.
    func contrastPartner(of index: Int) -> (partner: Int, joint: CueMatch, first: Bool)? {
        let quantity = quantities[index]
        func opposes(_ cue: CueMatch) -> Bool { isWord(cue, .figureContrast) || isWord(cue, .prepositionGovernor) }
        // The words after the joint name no target ("gegen Flugzeuge 40 km" says against what),
        // and none before it joins a new phrase ("etwa 20 km und gegen ...").
        func plainAfter(_ r: Range<Int>) -> Bool {
            !cues.contains { cue in
                guard r.contains(cue.range.lowerBound) else { return false }
                if case .target = cue.cue { return true }
                return false
            } && !words(in: r, limit: 3).contains { isIn(.targetNoun, $0.lowercased()) }
        }
        func plainBefore(_ r: Range<Int>) -> Bool { !containsWord(in: r, where: { isCoordinator($0) }) }
        if index + 1 < quantities.count, quantities[index + 1].dimension == quantity.dimension, let cue = cues.first(where: { cue in
            opposes(cue) && cue.range.lowerBound >= quantity.range.upperBound && cue.range.upperBound <= quantities[index + 1].range.lowerBound
                && wordCount(quantity.range.upperBound..<cue.range.lowerBound) <= Self.contrastPairGap && !punctuatedBesidesDash(quantity.range.upperBound..<cue.range.lowerBound)
                && wordCount(cue.range.upperBound..<quantities[index + 1].range.lowerBound) <= 2 && !hasPunctuation(cue.range.upperBound..<quantities[index + 1].range.lowerBound)
                && plainAfter(cue.range.upperBound..<quantities[index + 1].range.lowerBound) && plainBefore(quantity.range.upperBound..<cue.range.lowerBound)
        }) {
            return (index + 1, cue, true)
        }
        if index > 0, quantities[index - 1].dimension == quantity.dimension, let cue = cues.last(where: { cue in
            opposes(cue) && cue.range.upperBound <= quantity.range.lowerBound && cue.range.lowerBound >= quantities[index - 1].range.upperBound
                && wordCount(cue.range.upperBound..<quantity.range.lowerBound) <= 2 && !hasPunctuation(cue.range.upperBound..<quantity.range.lowerBound)
                && wordCount(quantities[index - 1].range.upperBound..<cue.range.lowerBound) <= Self.contrastPairGap
                && !punctuatedBesidesDash(quantities[index - 1].range.upperBound..<cue.range.lowerBound)
                && plainAfter(cue.range.upperBound..<quantity.range.lowerBound) && plainBefore(quantities[index - 1].range.upperBound..<cue.range.lowerBound)
        }) {
            return (index - 1, cue, false)
        }
        return nil
    }

    /// "el 9K34 tiene 4100 m de alcance contra 4,2 km del 2M" (blind set NS): the second of
    /// two figures set against each other, tied to the same system as the first by a name
    /// before it (not by one written after it, "6.5 km against 4.8 km for the Stinger"), is
    /// the other side's, whatever that is: the subject's figure is the first. The
    /// `comparison` feature for the figure at `quantity`, or nil.
    func contrastPairDoubt(_ quantity: QuantityMention, binding: Binding) -> ReadingFeature? {
        guard binding.system >= 0, quantity.dimension != nil,
              !(binding.mention.map { $0.range.lowerBound >= quantity.range.upperBound } ?? false),
              let index = quantities.firstIndex(where: { $0.range == quantity.range }),
              let (partner, joint, first) = contrastPartner(of: index), !first,
              let other = bind(quantities[partner].range.lowerBound, inSentence: true), other.system == binding.system else { return nil }
        return ReadingFeature(.comparison, words: text(joint.range), systems: [systemName(binding.system)])
    }

    /// The name that owns the figure at `position` as one side of such a pair, or nil.
    func contrastPairOwner(of position: Int) -> Mention? {
        guard let index = quantities.firstIndex(where: { $0.range.lowerBound == position }),
              let (partnerIndex, joint, first) = contrastPartner(of: index) else { return nil }
        let quantity = quantities[index]
        // (Compared by their first word: "frente al Igla-S" and "5,2 km frente a 6 km".)
        let word = firstWord(in: joint.range)?.lowercased()
        let pairStart = first ? quantity.range.lowerBound : quantities[partnerIndex].range.lowerBound
        // The same word between two names before the pair, the names next to each other
        // (an aside in brackets may stand between: "Igla (9K38) gegen Igla-S").
        guard let word else { return nil }
        let named = mentions.filter { $0.named && $0.range.upperBound <= pairStart }
        for (left, right) in zip(named, named.dropFirst()) where left.system != right.system && left.range.upperBound <= right.range.lowerBound {
            let gap = left.range.upperBound..<right.range.lowerBound
            guard wordCount(gap) <= 3, words(in: gap, limit: 4).contains(where: { $0.lowercased() == word }) else { continue }
            return first ? left : right
        }
        return nil
    }

    /// Whether `r` holds punctuation other than one dash set off by spaces (" — ", " – ").
    func punctuatedBesidesDash(_ r: Range<Int>) -> Bool {
        var dashes = 0
        var i = r.lowerBound
        while i < r.upperBound {
            if bytes[i] == 0xE2, i + 2 < r.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                dashes += 1
                i += 3
                continue
            }
            if hasPunctuation(i..<(i + 1)) { return true }
            i += 1
        }
        return dashes > 1
    }
}
