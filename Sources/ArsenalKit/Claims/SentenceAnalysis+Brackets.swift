/// Names in round brackets: an aside about another system ("Die Mistral 3 (statt der älteren
/// Mistral) reicht acht Kilometer weit") owns no figure after the brackets (issue 8, session 32).
extension SentenceAnalysis {
    /// Whether `mention` stands in brackets closed before `position` and the last name before
    /// it outside them is another system ("Die Mistral 3 (statt der älteren Mistral)"); not an
    /// alias of the name before them ("die FN-6 (Feinu-6), die seit 2008 im Dienst ist", "el
    /// Igla original (9K38)").
    func isAside(_ mention: Mention, before position: Int) -> Bool {
        guard isInClosedBrackets(mention.range, before: position) else { return false }
        guard let outside = mentions.last(where: { $0.named && $0.range.upperBound <= mention.range.lowerBound
            && !isInClosedBrackets($0.range, before: position) }) else { return false }
        // ("Lo Stinger (la sigla è FIM-92B)": a variant of the family named before narrows it.)
        guard outside.system != mention.system, outside.system >= 0, mention.system >= 0 else { return false }
        return catalog.familyRoot(of: catalog.systems[mention.system].id) != catalog.systems[outside.system].id
    }

    /// Whether `r` lies inside round brackets that close before `position`, in the sentence.
    func isInClosedBrackets(_ r: Range<Int>, before position: Int) -> Bool {
        var i = r.lowerBound
        var opened = false
        while i > range.lowerBound {
            i -= 1
            if bytes[i] == 0x29 { return false }
            if bytes[i] == 0x28 { opened = true; break }
        }
        guard opened, r.upperBound < position else { return false }
        for j in r.upperBound..<position {
            if bytes[j] == 0x28 { return false }
            if bytes[j] == 0x29 { return true }
        }
        return false
    }

    /// The most bytes a bracket read as a name's aside may span.
    static let bracketReach = 160

    /// Past a bracket right after a name: a bracket of its own (" (Thales)", " (9K38, SA-18)")
    /// or the one the name closes ("SA-18)"); `position` when none follows. An apposition may
    /// come after it: "Crotale NG (Thales), modèle du HQ-7 chinois :".
    func pastBracket(after position: Int, before limit: Int) -> Int {
        if position < limit, bytes[position] == 0x29 { return position + 1 }
        guard position + 1 < limit, bytes[position] == 0x20, bytes[position + 1] == 0x28 else { return position }
        // (A bracket this long is no aside of a name: the scan stops, so a sentence costs no
        // more than `bracketReach` bytes per name.)
        let end = min(limit, position + Self.bracketReach)
        var k = position + 2
        while k < end, bytes[k] != 0x29, bytes[k] != 0x28, bytes[k] != 0x0A { k += 1 }
        return k < end && bytes[k] == 0x29 ? k + 1 : position
    }

    /// The name a bracket holding `position` opens right after ("zestawu Grom (w służbie od
    /// 1995 r.), trafił do wojska w 2019 roku"): the bracket's words describe it. Nil when
    /// the bracket closes before `position`, names a system before it, or follows no name.
    func bracketOwner(of position: Int, among before: [Mention]) -> Mention? {
        var open = position - 1
        let start = max(range.lowerBound, position - Self.bracketReach)
        while open >= start, bytes[open] != 0x28 {
            if bytes[open] == 0x29 { return nil }
            open -= 1
        }
        guard open >= start, open > range.lowerBound, let owner = before.last(where: { $0.range.upperBound <= open }), owner.named,
              owner.range.upperBound == open || (owner.range.upperBound + 1 == open && bytes[open - 1] == 0x20),
              !before.contains(where: { $0.named && $0.range.lowerBound > open }) else { return nil }
        return owner
    }
}
