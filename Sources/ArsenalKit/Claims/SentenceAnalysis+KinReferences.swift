/// Kin nouns standing for a system: "Die Sosna soll die Strela-10 ersetzen. Der Vorgänger
/// bekämpft Ziele bis 8 km" is the Strela-10's range, "... the Igla-S with the Verba. Its
/// successor reaches 4.5 km" the Verba's.
extension SentenceAnalysis {
    /// Adds a mention for each noun for a predecessor or a successor (pack
    /// `structure.predecessor_nouns`, `successor_nouns`) that stands as its clause's subject
    /// with no name as its relative, meaning one of the systems just named (see
    /// `kinReferent`). Before that noun only articles, determiners and a possessive may open
    /// its clause ("The predecessor", "poprzednik", "its successor", "ihre Nachfolgerin"), or,
    /// where nouns are capitalised, one verb in lower case ("erreicht ihre Nachfolgerin", the
    /// German subject after its verb): as an object ("übertrifft seinen Vorgänger", "Piorun
    /// zastąpił swojego poprzednika") the noun stays a kin noun, and what it owns stays in doubt.
    func addKinReferences() {
        guard wordSets[.predecessorNoun] != nil || wordSets[.successorNoun] != nil,
              cues.contains(where: { isWord($0, .kinNoun) }) else { return }
        var added: [Mention] = []
        for cue in cues where isWord(cue, .kinNoun) && !mentions.contains(where: { $0.range.overlaps(cue.range) }) {
            let word = lowercasedText(cue.range)
            let older: Bool
            if isIn(.predecessorNoun, word) { older = true } else if isIn(.successorNoun, word) { older = false } else { continue }
            guard opensClauseAsSubject(cue.range) else { continue }
            // "its predecessor Igla", "the successor of the Grom", "Następca Groma": a name
            // tied to it is the relative itself, read as such elsewhere.
            if let next = mentions.first(where: { $0.named && $0.range.lowerBound >= cue.range.upperBound }),
               !hasPunctuation(cue.range.upperBound..<next.range.lowerBound), isKinLink(cue.range.upperBound..<next.range.lowerBound) { continue }
            let owner = mentions.last { !$0.named && $0.system >= 0 && $0.range.upperBound <= cue.range.lowerBound
                && wordCount($0.range.upperBound..<cue.range.lowerBound) == 0 && !hasPunctuation($0.range.upperBound..<cue.range.lowerBound) }
            guard let system = kinReferent(older: older, owner: owner?.system, before: cue.range.lowerBound) else { continue }
            // (With its possessive, one mention: "su predecesor", "its successor".)
            let phrase = (owner?.range.lowerBound ?? cue.range.lowerBound)..<cue.range.upperBound
            added.append(Mention(range: phrase, system: system, named: false, pronoun: false, possessive: false,
                                 isObject: false, words: text(phrase), kinReference: true))
        }
        guard !added.isEmpty else { return }
        mentions.removeAll { mention in added.contains { $0.range.overlaps(mention.range) } }
        mentions.append(contentsOf: added)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // "son prédécesseur, dans sa version modernisée, atteignait 40 km", "Następca zachował
        // ..., ale ..., a jego pocisk waży 10,5 kg": a word referring back after the kin noun,
        // no subject named between and no word for new or old on it, means what the noun means.
        // (Past its clause only a pronoun, and none that an origin word qualifies: "while the
        // Korean interceptor travels at Mach 2.5" is another system.)
        for kin in added {
            let here = clause(kin.range.lowerBound)
            for index in mentions.indices where !mentions[index].named && mentions[index].range.lowerBound > kin.range.upperBound {
                let reference = mentions[index].range
                guard !mentions[index].isObject, !mentions[index].kinReference, !originQualified(mentions[index]),
                      clause(reference.lowerBound) == here || mentions[index].pronoun,
                      !mentions.contains(where: { ($0.named && !$0.isObject || $0.kinReference)
                    && $0.range.lowerBound > kin.range.upperBound && $0.range.upperBound <= reference.lowerBound }) else { break }
                if containsWord(in: reference, of: .newerWord) || containsWord(in: reference, of: .olderWord) { continue }
                mentions[index].system = kin.system
            }
        }
    }

    /// Whether only articles, determiners and a word referring back right before it stand
    /// between the start of its clause and `noun`, or, where nouns are capitalised, one more
    /// word in lower case (a verb) before them.
    private func opensClauseAsSubject(_ noun: Range<Int>) -> Bool {
        var others = 0
        let allowed = vocabulary.capitalisedNouns ? 1 : 0
        var possessiveSeen = false
        // (A comma opens it too, unless one closes the noun's phrase, an apposition: "По
        // данным разработчика, предшественник поражал ...", not "replaced Y, its predecessor,".)
        var start = clauseStart(noun.lowerBound)
        if let comma = (start..<noun.lowerBound).last(where: { bytes[$0] == 0x2C }), !closesApposition(after: noun.upperBound) {
            start = comma + 1
        }
        for word in wordRanges(in: start..<noun.lowerBound).reversed() {
            let folded = lowercasedText(word)
            // (A clause word opens it: ", natomiast następca razi", "while its successor".)
            if cues.contains(where: { isWord($0, .clauseBreak) && $0.range.overlaps(word) }) { break }
            if isIn(.determiner, folded) || isIn(.definiteArticle, folded) { continue }
            // (The possessive right before the noun: "its successor", "ihre Nachfolgerin".)
            if !possessiveSeen, others == 0, mentions.contains(where: { !$0.named && $0.range == word }) {
                possessiveSeen = true
                continue
            }
            // (Another word referring back is the clause's subject: "übertrifft sie ihren Vorgänger".)
            guard !ByteText.isUppercaseScalar(at: word.lowerBound, bytes) || !vocabulary.capitalisedNouns,
                  !mentions.contains(where: { $0.range.overlaps(word) }), !quantities.contains(where: { $0.range.overlaps(word) })
            else { return false }
            others += 1
            if others > allowed { return false }
        }
        return true
    }

    /// Whether a comma follows the noun ending at `end` before any other word.
    private func closesApposition(after end: Int) -> Bool {
        var k = end
        while k < range.upperBound, bytes[k] == 0x20 { k += 1 }
        return k < range.upperBound && bytes[k] == 0x2C
    }

    /// The system a noun for a predecessor (`older`) or a successor means: with `owner`, the
    /// system a possessive before it refers to ("its successor"), the one other system just
    /// named that entered service before it (or after it), if exactly one did; with none,
    /// the earlier (or later) of exactly two systems just named. "Just named" is this
    /// sentence before the noun together with the latest sentence naming systems before
    /// it. Which entered service first the records say (the earliest year each gives); where
    /// a record gives none, the sentence before naming one of the two as what the other
    /// replaces does ("Sky Sabre has replaced Rapier. The predecessor ..."). Nil otherwise.
    func kinReferent(older: Bool, owner: Int?, before position: Int) -> Int? {
        var pool: [Int] = []
        for mention in mentions where mention.named && mention.system >= 0 && mention.range.upperBound <= position
            && !pool.contains(mention.system) {
            pool.append(mention.system)
        }
        for system in state.lastNamed where system >= 0 && !pool.contains(system) { pool.append(system) }
        if let found = kinReferent(older: older, owner: owner, in: pool) { return found }
        // (Where those name one system, the sentence naming systems before them may name the
        // other: "Die Stinger löste die Redeye ab. Die Redeye war ... Ihre Nachfolgerin ...".)
        guard pool.count < 2 || owner != nil, !state.earlierNamed.isEmpty else { return nil }
        let before = pool
        for system in state.earlierNamed where system >= 0 && !pool.contains(system) { pool.append(system) }
        return pool == before ? nil : kinReferent(older: older, owner: owner, in: pool)
    }

    /// `kinReferent(older:owner:before:)` among the systems of `pool`.
    func kinReferent(older: Bool, owner: Int?, in pool: [Int]) -> Int? {
        if let owner {
            guard pool.contains(owner) else { return nil }
            if let base = firstServiceYear(owner) {
                let matching = pool.filter { other in
                    guard other != owner, let year = firstServiceYear(other) else { return false }
                    return older ? year < base : year > base
                }
                if matching.count == 1 { return matching[0] }
            }
            // (Else the pair the text gives, the owner one of them.)
            guard pool.count == 2 else { return nil }
        }
        guard pool.count == 2 else { return nil }
        let (a, b) = (pool[0], pool[1])
        if let ya = firstServiceYear(a), let yb = firstServiceYear(b), ya != yb {
            let referent = (ya < yb) == older ? a : b
            return referent == owner ? nil : referent
        }
        // (The replaced one is the older: from this sentence or the one before.)
        let replaced = replacedNamed()
        let old = replaced.count == 1 && pool.contains(replaced[0]) ? replaced[0]
            : state.lastReplaced.count == 1 && pool.contains(state.lastReplaced[0]) ? state.lastReplaced[0] : nil
        guard let old else { return nil }
        let new = old == a ? b : a
        let referent = older ? old : new
        return referent == owner ? nil : referent
    }

    /// The earliest service-entry year a record gives, or nil.
    func firstServiceYear(_ system: Int) -> Int? {
        var first: Int?
        for entry in catalog.systems[system].values(.serviceEntry) {
            if case .year(let year) = entry.value { first = min(first ?? year, year) }
        }
        return first
    }

    /// Whether a kin noun stands at most two words before `name`, no punctuation between
    /// ("poprzednik Pioruna", "the successor of the Grom").
    func followsKinNoun(_ name: Range<Int>) -> Bool {
        cues.contains { cue in
            guard isWord(cue, .kinNoun), cue.range.upperBound <= name.lowerBound else { return false }
            let between = stretch(cue.range, name)
            return wordCount(between) <= 2 && !hasPunctuation(between)
        }
    }
}
