/// "El Tor, en servicio desde 1986, y el más antiguo Osa, que sube hasta 5 kilómetros, ..."
/// (blind set RX, es): a relative clause hung on a capitalised word the database does not
/// read as a name (here an ambiguous name the text gave no support, so dropped) describes
/// that thing, not the system named before it.
extension SentenceAnalysis {
    /// For a figure tied to a system named before it: the capitalised word the figure's
    /// relative clause hangs on (the word right before the comma, a relative pronoun right
    /// after it, no punctuation or name between the pronoun and the figure), when that word is
    /// a name of no system of ours (`unknownName`) standing after the bound name. Nil
    /// otherwise.
    func unknownNameRelative(before quantity: QuantityMention, binding: Binding) -> String? {
        // (A clause the relative-clause reading gave an owner is settled: "HN-5A, chińską kopię
        // Strieły-2M, której zasięg ...", the kin apposition's head.)
        guard binding.basis != .relativeClause, let bound = binding.mention, bound.named else { return nil }
        let position = quantity.range.lowerBound
        var comma = position - 1
        while comma > bound.range.upperBound, bytes[comma] != 0x2C { comma -= 1 }
        guard comma > bound.range.upperBound, let start = relativePronoun(after: comma), start < position,
              !hasPunctuation(start..<position),
              !mentions.contains(where: { $0.named && $0.range.lowerBound > comma && $0.range.lowerBound < position }),
              let head = lastWordRange(before: comma), head.lowerBound > bound.range.upperBound, head.upperBound == comma,
              !mentions.contains(where: { $0.range.overlaps(head) }), !outsideMentions.contains(where: { $0.range.overlaps(head) }),
              !cues.contains(where: { $0.range.overlaps(head) }),
              unknownName(before: head.upperBound, from: head.lowerBound) != nil else { return nil }
        return text(head)
    }
}

extension SentenceAnalysis {
    /// Whether `mention` names a system the sentence says is replaced (`replacedNamed()`): as
    /// the object of a verb of replacing at its clause's end ("erreicht Ziele in bis zu 300
    /// Kilometern Entfernung und soll die Buk-Systeme ersetzen", blind set RY), it owns no
    /// figure before it.
    func isReplacedName(_ mention: Mention) -> Bool {
        mention.named && mention.system >= 0 && replacedNamed().contains(mention.system)
    }
}
