/// A figure's change: "Zasięg Pioruna wzrósł z 5,5 km do 6,5 km", "Die Strela-2M steigerte die
/// Reichweite von 3,6 Kilometern auf 4,2 Kilometer", "«Стрела-2М» увеличила дальность с 3,6 км
/// до 4,2 км", "increased the range from 3.6 km to 4.2 km".
extension SentenceAnalysis {
    /// Whether the figure at `index` is the value before a change: a from-word of the pack
    /// (`structure.change_from`) right before it, the next figure of its dimension after a
    /// to-word (`structure.change_to`, at most one more word between: "do ponad 6 km"), no
    /// punctuation between the two, and a word of change (`structure.change_words`) before it in
    /// its clause, at most eight words back. The first figure is the older version's, what the
    /// system had before; the second is the system's now and is read on its own. The first is
    /// bound to nothing (`figureClaims`), so it takes no cue from the second.
    func isValueBeforeChange(_ index: Int) -> Bool {
        isValueBeforeChange(quantities[index], at: index)
    }

    /// `isValueBeforeChange(_:)` for a figure of the sentence.
    func isValueBeforeChange(_ quantity: QuantityMention) -> Bool {
        guard let index = quantities.firstIndex(where: { $0.range == quantity.range }) else { return false }
        return isValueBeforeChange(quantity, at: index)
    }

    private func isValueBeforeChange(_ quantity: QuantityMention, at index: Int) -> Bool {
        guard let dimension = quantity.dimension, index + 1 < quantities.count else { return false }
        let next = quantities[index + 1]
        guard next.dimension == dimension, next.range.lowerBound >= quantity.range.upperBound else { return false }
        // The from-word is a word of its own, or opens the figure's bound ("from 3.6 km").
        let fromStart: Int
        if let bound = quantity.boundRange, let word = firstWord(in: bound), isIn(.changeFrom, word) {
            fromStart = bound.lowerBound
        } else if let word = lastWordRange(before: quantity.range.lowerBound), isIn(.changeFrom, lowercasedText(word)) {
            fromStart = word.lowerBound
        } else {
            return false
        }
        let between = quantity.range.upperBound..<next.range.lowerBound
        guard !hasPunctuation(between) else { return false }
        // The to-word is a word of its own, or opens the next figure's bound ("do 6,5 km").
        let gap = words(in: between, limit: 3)
        let to = gap.first ?? next.boundRange.flatMap { firstWord(in: $0) }
        guard gap.count <= 2, let to, isIn(.changeTo, to.lowercased()) else { return false }
        return hasChangeWord(before: fromStart)
    }

    /// Whether a word of change (`structure.change_words`) stands before `position` in its
    /// clause, at most eight words back.
    private func hasChangeWord(before position: Int) -> Bool {
        let start = clauseStart(position)
        return cues.contains { cue in
            isWord(cue, .changeWord) && cue.range.lowerBound >= start && cue.range.upperBound <= position
                && wordCount(cue.range.upperBound..<position) <= 8
        }
    }
}

extension SentenceAnalysis {
    /// Rewrites an interval the scanner joined ("from 3.6 km to 4.2 km", "de 3,6 km à 4,2 km")
    /// that opens with a from-word of change (`structure.change_from`) and follows a word of
    /// change in its clause, at most eight words back ("increased the range from ..."), into its
    /// high end: the value after the change, as written; the low end was an older version's.
    func readChangedIntervals() {
        for index in quantities.indices where quantities[index].bound == .between && quantities[index].dimension != nil {
            let quantity = quantities[index]
            guard let bound = quantity.boundRange, let word = firstWord(in: bound), isIn(.changeFrom, word) else { continue }
            guard hasChangeWord(before: bound.lowerBound) else { continue }
            var high = quantity
            high.bound = .exact
            high.value = quantity.high
            high.low = quantity.high
            // The high end's number as written: the last word of the figure with a digit.
            if let last = quantity.textValue.split(separator: " ").last(where: { $0.contains(where: \.isNumber) }) {
                high.textValue = String(last)
            }
            quantities[index] = high
        }
    }
}

extension SentenceAnalysis {
    /// Whether the figure is the size of a change or a difference, not a value: "the range was
    /// increased by 800 m", "Die Reichweite wurde um 800 m erhöht", "высота выросла на 1 км",
    /// "Дальность больше на 500 м" (a by-word of `structure.change_by` right before the figure,
    /// a word of change at most four words before that or two after the figure, in its
    /// clause, no punctuation between), or "reicht rund 300 Meter weiter", "sięga 2 km dalej"
    /// (a comparative of `structure.difference_after` right after the figure, one word or
    /// two: "1 kg more than the Igla", "1 kg mehr als", "1 kg de plus que", "1 kg más que").
    func isChangeAmount(_ quantity: QuantityMention) -> Bool {
        guard quantity.dimension != nil else { return false }
        let end = quantity.range.upperBound
        if let next = nextWordRange(after: end) {
            let word = lowercasedText(next)
            if isIn(.differenceAfter, word) { return true }
            // A two-word comparative: "1 kg more than", "1 kg mehr als", "1 kg de plus que".
            if let second = nextWordRange(after: next.upperBound), next.upperBound < second.lowerBound,
               isIn(.differenceAfter, word + " " + lowercasedText(second)) { return true }
        }
        let byStart: Int
        if let bound = quantity.boundRange, let word = firstWord(in: bound), isIn(.changeBy, word) {
            byStart = bound.lowerBound
        } else if var word = lastWordRange(before: quantity.range.lowerBound) {
            // "um einen halben Kilometer": an article between the by-word and the figure.
            if isIn(.determiner, lowercasedText(word)), let before = lastWordRange(before: word.lowerBound) { word = before }
            guard isIn(.changeBy, lowercasedText(word)) else { return false }
            byStart = word.lowerBound
        } else {
            return false
        }
        // "fait passer la portée de 3,4 km à 4,2 km": a from-word that is also a by-word ("de"),
        // opening an interval the scanner joined, is a change's start, read in `readChangedIntervals`.
        if words(in: byStart..<quantity.range.upperBound).contains(where: { isIn(.changeTo, $0) }) { return false }
        let clauseIndex = clause(quantity.range.lowerBound)
        return cues.contains { cue in
            guard isWord(cue, .changeWord), clause(cue.range.lowerBound) == clauseIndex else { return false }
            if cue.range.upperBound <= byStart {
                let between = cue.range.upperBound..<byStart
                return wordCount(between) <= 4 && !hasPunctuation(between)
            }
            guard cue.range.lowerBound >= end else { return false }
            let between = end..<cue.range.lowerBound
            return wordCount(between) <= 2 && !hasPunctuation(between)
        }
    }

    /// The word right after `position`, past spaces only; nil when punctuation or the
    /// sentence's end comes first.
    func nextWordRange(after position: Int) -> Range<Int>? {
        var start = position
        while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < range.upperBound, bytes[end] != 0x20, !hasPunctuation(end..<(end + 1)) { end += 1 }
        return start < end ? start..<end : nil
    }
}

extension SentenceAnalysis {
    /// "The Mistral 3 stretches the original Mistral's 6 km reach to 8 km": the figure follows a
    /// to-word of change (`structure.change_to`) in a clause whose word of change
    /// (`structure.change_words`) stands after another system's name or a word referring to it
    /// ("zasięg nowego systemu wzrósł z 5 km w przypadku Strzały-10 do 10 km") and before the bound name:
    /// the bound name is what the change acts on, and the new figure may be the subject's.
    /// Returns the subject's name and the word of change.
    func changedObject(_ quantity: QuantityMention, binding: Binding) -> (subject: String, verb: String)? {
        guard let bound = binding.mention, bound.named, bound.range.upperBound <= quantity.range.lowerBound else { return nil }
        let toWord = quantity.boundRange.flatMap { firstWord(in: $0) }
            ?? lastWordRange(before: quantity.range.lowerBound).map { lowercasedText($0) }
        guard let toWord, isIn(.changeTo, toWord.lowercased()) else { return nil }
        let clauseIndex = clause(quantity.range.lowerBound)
        guard let verb = cues.last(where: { cue in
            isWord(cue, .changeWord) && clause(cue.range.lowerBound) == clauseIndex && cue.range.upperBound <= bound.range.lowerBound
        }), let subject = mentions.first(where: { $0.system >= 0 && $0.system != binding.system && $0.range.upperBound <= verb.range.lowerBound })
        else { return nil }
        return (systemName(subject.system), text(verb.range))
    }
}
