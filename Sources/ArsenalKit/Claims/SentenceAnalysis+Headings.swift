/// Headings: a line ending in no punctuation above the text it heads (a headline, a caption,
/// a list's title). A name there is the story's topic, not a figure's owner beside it.
extension SentenceAnalysis {
    /// Whether the line ending at `lineBreak` stands alone (a headline, a caption) rather
    /// than running on into the next ("The Igla-S has a" / "range of 9 km."): it ends with
    /// no punctuation and the next line opens a sentence of its own, with a capital (in a
    /// language that capitalises its nouns, with an article or determiner).
    func isHeading(endingAt lineBreak: Int) -> Bool {
        var last = lineBreak
        while last > range.lowerBound, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x0D || bytes[last - 1] == 0x09 { last -= 1 }
        if last > range.lowerBound, [0x2C, 0x2D, 0x3B, 0x28].contains(bytes[last - 1]) { return false }
        var next = lineBreak + 1
        while next < range.upperBound, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0A || bytes[next] == 0x0D { next += 1 }
        guard next < range.upperBound, ByteText.isUppercaseScalar(at: next, bytes) else { return false }
        guard vocabulary.capitalisedNouns else { return true }
        let first = firstWord(in: next..<min(range.upperBound, next + 24)) ?? ""
        return isIn(.determiner, first) || isIn(.definiteArticle, first)
    }

    /// Whether the sentence ends at a line break with no punctuation closing it (not `.`, `!`,
    /// `?`, `:`, `;`, `,`): a heading above the next line, whose systems `DocumentState.headingNamed`
    /// remembers.
    func endsAsHeading() -> Bool {
        var last = range.upperBound
        while last > range.lowerBound, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        guard last > range.lowerBound, ![0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C].contains(bytes[last - 1]) else { return false }
        var next = range.upperBound
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
        return next < bytes.count && bytes[next] == 0x0A
    }

    /// Whether the line holding `position` is a list item: it opens, past spaces, with "-",
    /// "*", "•" or "–".
    func isListLine(at position: Int) -> Bool {
        let limit = max(0, position - 256)
        var start = position
        while start > limit, bytes[start - 1] != 0x0A { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return false }
        while start < position, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard start < position else { return false }
        if bytes[start] == 0x2D || bytes[start] == 0x2A { return true }
        return start + 2 < position && bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && (bytes[start + 2] == 0xA2 || bytes[start + 2] == 0x93)
    }
}
