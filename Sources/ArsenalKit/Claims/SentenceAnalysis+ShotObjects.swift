/// What stands between a verb of a shot taken and its figure: the shot's object (a target
/// noun), and the target's own phrase set off by commas (blind set IK).
extension SentenceAnalysis {
    /// The target's own phrase in `gap` (after a shot verb, before its figure): from a comma
    /// right after a target noun to the next comma, inclusive, with no other punctuation in it
    /// and none after it ("мишень, шедшую на высоте 5 м над водой, на удалении 8 км"). Nil
    /// when there is none.
    func targetAside(in gap: Range<Int>) -> Range<Int>? {
        var open: Int?
        scanWords(in: gap) { word in
            var i = word.upperBound
            while i < gap.upperBound, bytes[i] == 0x20 { i += 1 }
            if i < gap.upperBound, bytes[i] == 0x2C, isIn(.targetNoun, lowercasedText(word)) { open = i; return false }
            return true
        }
        guard let open else { return nil }
        var close = open + 1
        while close < gap.upperBound, bytes[close] != 0x2C { close += 1 }
        guard close < gap.upperBound, !hasPunctuationOutsideFigures(open + 1..<close),
              !hasPunctuationOutsideFigures(close + 1..<gap.upperBound) else { return nil }
        return open..<close + 1
    }

    /// Whether a target noun (pack `structure.target_nouns`, or a target cue) stands in `gap`,
    /// between a verb of a shot taken and a bound figure after it: the verb's object, so the
    /// figure says where the targets of that shot flew ("zestrzelili cele na wysokości do
    /// 3 km"), not how far the weapon reaches.
    func shotObject(between gap: Range<Int>) -> Bool {
        if cues.contains(where: { cue in
            if case .target = cue.cue { return gap.contains(cue.range.lowerBound) && !inCompound(cue.range) }
            return false
        }) { return true }
        var found = false
        scanWords(in: gap) { word in
            if isIn(.targetNoun, lowercasedText(word)), !inCompound(word) { found = true }
            return !found
        }
        return found
    }

    /// Whether the word at `r` is joined by a hyphen to the word before it ("anti-aircraft",
    /// "shoulder-fired").
    func inCompound(_ r: Range<Int>) -> Bool {
        r.lowerBound > range.lowerBound && bytes[r.lowerBound - 1] == 0x2D
    }
}
