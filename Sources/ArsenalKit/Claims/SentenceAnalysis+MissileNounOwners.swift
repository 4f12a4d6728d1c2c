/// A bare missile noun qualified by a name we do not know (issue 8, real-text sweep s31,
/// class T): "Rakiety odpalane z terytorium Gazy mają maksymalnie zasięg 50 kilometrów",
/// "Ракеты ХАМАС имеют дальность до 40 км". The noun ("Rakiety", "Ракеты") is all that ties
/// the figure to the system the article is about, and in these languages it names any
/// rocket, the threat's too; a name right after it says whose rockets they are. Like the
/// other readings it names no word of any language: the nouns are the pack's
/// `missile_nouns` and `weapon_nouns`.
extension SentenceAnalysis {
    /// Words at most from the missile noun to the name that qualifies it ("Rakiety odpalane
    /// z terytorium Gazy", "Ракеты, запускаемые из сектора Газа", "Ракети, що запускаються із
    /// сектора Газа").
    static let missileOwnerReach = 5

    /// For a figure bound back to the system through a reference that is a bare missile or
    /// weapon noun before it, a name we do not know (`unknownName`) at most five words after
    /// the noun: that name, else nil. A name inside a figure ("2,5 Macha") qualifies nothing,
    /// nor does the name of a maker of a system we record ("le missile de MBDA").
    func missileNounOwner(_ bound: Mention, before position: Int) -> String? {
        guard !bound.named, bound.range.upperBound <= position,
              words(in: bound.range).last.map({ isIn(.missileNoun, $0) || isIn(.weaponNoun, $0) }) ?? false else { return nil }
        // The end of the fifth word after the noun, or the figure if nearer.
        var limit = bound.range.upperBound
        var count = 0
        scanWords(in: bound.range.upperBound..<position) { word in
            count += 1
            limit = word.upperBound
            return count < Self.missileOwnerReach
        }
        guard count > 0, let name = unknownName(before: min(limit, position), from: bound.range.upperBound) else { return nil }
        if quantities.contains(where: { text($0.range).contains(name) }) { return nil }
        if catalog.systems.contains(where: { system in
            system.developer.map { developer in developer.split(separator: " ").contains { $0 == name } } ?? false
        }) { return nil }
        return name
    }
}
