extension SentenceAnalysis {
    /// For a figure tied across sentences, by a word referring back ("Schwer ist sie") or by
    /// the topic of a sentence naming no system ("Waży ok. 20 kg"), another member of the
    /// bound system's family that the latest sentence naming systems had as a subject too:
    /// the figure may be either one's (issue 8).
    ///
    /// A pronoun is taken to mean the first subject of that sentence, but a sentence
    /// comparing a family with its variant in two clauses ("Die alte Mistral kam auf 6 km,
    /// die Mistral 3 schafft 8 km") has both as subjects, and "sie" can mean either. The two
    /// records' figures differ, so judging against the one chosen is a guess. A reference
    /// after a system named in its own sentence is tied there, and a pair word ("both")
    /// means the two as written; neither is asked about. Systems of different families
    /// stay as they were: measured on the dev sets, flagging every second subject gated 32
    /// right alarms for the same single wrong one.
    func familyRival(of binding: Binding) -> Int? {
        let from: Int
        switch binding.basis {
        case .referredBack:
            guard let reference = binding.mention, !reference.named, !reference.kinReference else { return nil }
            from = reference.range.lowerBound
        case .topic:
            from = range.upperBound
        default:
            return nil
        }
        guard !mentions.contains(where: { $0.named && $0.system >= 0 && $0.range.upperBound <= from }) else { return nil }
        let bound = binding.system
        // (A sentence with no system as its subject names them all as objects: "Polska
        // zamówiła pociski do systemu Patriot - PAC-3"; "Mają one zasięg ..." may mean either.)
        let subjects = state.lastSubjects.isEmpty ? state.lastNamed : state.lastSubjects
        guard subjects.count >= 2, subjects.contains(bound) else { return nil }
        // "Both weigh 20 kg": a pair word means the two, as written.
        if cues.contains(where: { isWord($0, .pairWord) && $0.range.upperBound <= from + 1 }) { return nil }
        let root = catalog.familyRoot(of: catalog.systems[bound].id)
        return subjects.first { $0 != bound && catalog.familyRoot(of: catalog.systems[$0].id) == root }
    }
}

extension SentenceAnalysis {
    /// The distinct systems named as subjects in this sentence, in order: the first named
    /// mention that is no object, then any other that opens a clause of its own ("...,
    /// die Mistral 3 schafft 8 km", "and the Strela-2M reaches", "a Mistral 3 razi"). A name
    /// further into its clause is most likely an object ("and replaces the older Mistral").
    func namedSubjects() -> [Int] {
        var subjects: [Int] = []
        var floor = -1
        for mention in mentions where mention.named && mention.system >= 0 {
            defer { floor = max(floor, mention.range.upperBound) }
            guard !mention.isObject, !mention.apposition, !subjects.contains(mention.system) else { continue }
            if floor < 0 || opensClause(at: mention.range.lowerBound, after: floor) { subjects.append(mention.system) }
        }
        return subjects
    }

    /// Whether a name at `start` opens a clause: going back from it past articles,
    /// determiners, quotation marks and at most one other word (an adjective: "the older",
    /// "die alte"), a comma, semicolon or colon, a coordinator of the pack ("and", "a", "и")
    /// or a clause-break word ("while", "mientras que") comes before anything else, and
    /// after `floor`.
    private func opensClause(at start: Int, after floor: Int) -> Bool {
        var end = start
        var others = 0
        while end > floor {
            let byte = bytes[end - 1]
            if byte == 0x2C || byte == 0x3B || byte == 0x3A { return true }
            if !Self.isWordByte(byte) { end -= 1; continue }
            var wordStart = end
            while wordStart > floor, Self.isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
            let word = text(wordStart..<end)
            if cues.contains(where: { isWord($0, .clauseBreak) && $0.range.upperBound == end })
                || isCoordinator(word) {
                return true
            }
            end = wordStart
            // ("«", "„": marks written in bytes above ASCII read as a word of no letter.)
            if !word.contains(where: \.isLetter) || isIn(.definiteArticle, word) || isIn(.determiner, word) { continue }
            others += 1
            if others > 1 { return false }
        }
        return false
    }
}

extension SentenceAnalysis {
    /// For a word referring back that says "new" ("Nowa rakieta waży 35 kg", "the new
    /// model", "die neue Version": pack `structure.newer_words` right before the reference or
    /// in it), a variant of `antecedent` (a record extending it, at any depth) that the
    /// article has named: the newer member of the family, rather than the older one the
    /// reference was resolved to ("Starszy Mistral ... miał zasięg 6 km. Nowa rakieta ...").
    /// The variant named most (by the topic's salience) wins; nil when none is named or the
    /// reference says nothing of newness.
    func newerRelative(of antecedent: (Int, String), reference: Range<Int>) -> (Int, String)? {
        let base = catalog.systems[antecedent.0].id
        var best: (system: Int, weight: Double)?
        func consider(_ system: Int, _ weight: Double) {
            guard system >= 0, system != antecedent.0, weight > (best?.weight ?? 0), extends(system, base) else { return }
            best = (system, weight)
        }
        for (system, weight) in zip(state.salience.systems, state.salience.weights) { consider(system, weight) }
        for mention in mentions where mention.named && mention.range.upperBound <= reference.lowerBound { consider(mention.system, 1) }
        // (The words are looked at only when a variant is in play: most references have none.)
        guard let best, sawsNewerWord(at: reference) else { return nil }
        return (best.system, state.spelling[best.system] ?? catalog.systems[best.system].aliases.first ?? "")
    }

    /// Whether a newer word stands right before `reference` (past articles and
    /// determiners) or among its own words.
    func sawsNewerWord(at reference: Range<Int>) -> Bool {
        if words(in: reference, limit: 4).contains(where: { isIn(.newerWord, $0.lowercased()) }) { return true }
        if hasWord(.newerWord, before: reference.lowerBound) { return true }
        // "su versión más reciente", "its newest version": a version noun the reference owns,
        // a word for new beside it (blind set ET).
        let after = words(in: reference.upperBound..<min(range.upperBound, reference.upperBound + 40), limit: 3).map { $0.lowercased() }
        guard let version = after.firstIndex(where: { isIn(.versionNoun, $0) }) else { return false }
        return after.indices.contains { $0 != version && isIn(.newerWord, after[$0]) && ($0 < version || $0 - version <= 2) }
    }

    /// The systems this sentence names with a word for "old" right before the name, past
    /// articles and determiners ("starsze Igły-S", "the older Mistral", "die alte Mistral").
    func olderNamed() -> [Int] {
        var older: [Int] = []
        for mention in mentions where mention.named && mention.system >= 0 && !older.contains(mention.system)
            && hasWord(.olderWord, before: mention.range.lowerBound) {
            older.append(mention.system)
        }
        return older
    }

    /// The systems named at most three words after a verb of succession in its clause (pack
    /// `successors_before`: "conçu pour remplacer les S-300PS", "which replaced the Strela-2"),
    /// or at most three words before a passive one (`successors_after`: "the Osa systems are
    /// replaced by"): what the other system named replaces.
    /// Words a verb of replacing may stand before its object's name: "replaced the old Soviet
    /// Redeye", "sustituyó en el archipiélago al S-300" (blind set TM, es).
    static let replacedObjectReach = 5

    func replacedNamed() -> [Int] {
        var replaced: [Int] = []
        for mention in mentions where mention.named && mention.system >= 0 && !replaced.contains(mention.system) {
            let here = clause(mention.range.lowerBound)
            // ("replaced the Redeye"; or before a passive verb: "the old Osa systems are being
            // replaced by the Tor-M2", "комплексы «Оса» заменяют на «Тор-М2»".)
            if cues.contains(where: { isWord($0, .successorBefore) && $0.range.upperBound <= mention.range.lowerBound
                && clause($0.range.lowerBound) == here && wordCount($0.range.upperBound..<mention.range.lowerBound) <= Self.replacedObjectReach
                && !hasPunctuation($0.range.upperBound..<mention.range.lowerBound) })
                || cues.contains(where: { isWord($0, .successorAfter) && $0.range.lowerBound >= mention.range.upperBound
                && clause($0.range.lowerBound) == here && wordCount(mention.range.upperBound..<$0.range.lowerBound) <= 3 }) {
                replaced.append(mention.system)
            }
        }
        return replaced
    }

    /// Whether a word of `wordClass` stands right before `position`, past at most two
    /// articles and determiners.
    private func hasWord(_ wordClass: WordClass, before position: Int) -> Bool {
        var end = position
        for _ in 0..<3 {
            while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > range.lowerBound, Self.isWordByte(bytes[start - 1]) { start -= 1 }
            guard start < end else { return false }
            let word = lowercasedText(start..<end)
            if isIn(wordClass, word) { return true }
            guard isIn(.definiteArticle, word) || isIn(.determiner, word) else { return false }
            end = start
        }
        return false
    }

    /// For a reference that says "new" ("Nowa wersja trafiła do wojska w 2012", "the new
    /// version entered service in 2012") in a sentence naming no system, the systems the
    /// latest sentence naming any named, when they are two or more of different families and
    /// the bound one is among them: "new" sets one against another, and which is the newer
    /// the records do not say ("Następca Groma, Piorun, ..." names the Grom first). Within a
    /// family `newerRelative` picks the variant. A word for "old" on the others there (`older`)
    /// leaves the bound one the newer. Nil otherwise.
    func newerAmong(_ lastNamed: [Int], older: [Int], bound: Int, reference: Range<Int>) -> [Int]? {
        guard lastNamed.count >= 2, lastNamed.contains(bound) else { return nil }
        let root = catalog.familyRoot(of: catalog.systems[bound].id)
        let others = lastNamed.filter { $0 != bound && catalog.familyRoot(of: catalog.systems[$0].id) != root }
        // Another called old ("Rosyjska Werba zastępuje starsze Igły-S") leaves the bound one new.
        if !older.contains(bound), others.contains(where: older.contains) { return nil }
        guard !others.isEmpty, sawsNewerWord(at: reference) else { return nil }
        return lastNamed
    }

    /// "Sosna ma zastąpić Strzałę-10. ... Starszy system razi cele na odległość do 8 km",
    /// "«Сосна» должна заменить «Стрелу-10М». Старый комплекс поражает цели ...": a reference
    /// with a word for "old" (pack `structure.older_words`) right before it, after a sentence
    /// naming systems of two families, the one it was tied to not called old there: which of
    /// them is the older one the words do not say. The systems named; nil otherwise.
    /// (What the sentence before named as replaced is the older one: "Sky Sabre has replaced
    /// Rapier in British service. The older system ..."; see `replacedOlder`.)
    func olderAmong(_ lastNamed: [Int], older: [Int], bound: Int, reference: Range<Int>) -> [Int]? {
        guard lastNamed.count >= 2, lastNamed.contains(bound), !older.contains(bound), state.lastReplaced != [bound] else { return nil }
        let root = catalog.familyRoot(of: catalog.systems[bound].id)
        guard lastNamed.contains(where: { $0 != bound && catalog.familyRoot(of: catalog.systems[$0].id) != root }),
              hasWord(.olderWord, before: reference.lowerBound) else { return nil }
        return lastNamed
    }

    /// "Russia's Sosna, meant to replace the Strela-10, doubles the older system's 5 km reach
    /// to 10 km": a reference with a word for "old" before it (pack `structure.older_words`),
    /// between the figure's system and the figure, in a sentence that names a system of
    /// another family. The older one is not the system the figure is tied to, so which one it
    /// means is a guess; the reference's words, or nil.
    func olderReference(before position: Int, binding: Binding) -> String? {
        // (Not when the sentence before named the bound system as the one replaced: that is
        // the older one, `replacedOlder`.)
        guard binding.system >= 0, state.lastReplaced != [binding.system] else { return nil }
        // (From the mention the figure is tied to, which may be the reference itself.)
        let start = binding.mention.map { min($0.range.lowerBound, position) } ?? clauseStart(position)
        let root = catalog.familyRoot(of: catalog.systems[binding.system].id)
        // (Named in this sentence or, for "The older system reaches 5 km", in the one before.)
        guard mentions.contains(where: { $0.named && $0.system >= 0 && $0.system != binding.system
            && catalog.familyRoot(of: catalog.systems[$0.system].id) != root })
            || state.lastNamed.contains(where: { $0 >= 0 && $0 != binding.system && catalog.familyRoot(of: catalog.systems[$0].id) != root })
        else { return nil }
        for cue in cues where cue.range.lowerBound >= start && cue.range.upperBound <= position {
            guard case .reference = cue.cue else { continue }
            // (Before it, "старый комплекс", or inside it, "the older system".)
            if hasWord(.olderWord, before: cue.range.lowerBound) || words(in: cue.range).contains(where: { isIn(.olderWord, $0.lowercased()) }) {
                return text(cue.range)
            }
        }
        return nil
    }

    /// Whether a figure tied to the topic sits in a clause opening with a word for "new"
    /// ("The new missile weighs 10 kg") after a sentence naming systems of two families,
    /// none of the others called old: see `newerAmong`.
    func newerTopic(_ binding: Binding, before position: Int) -> Bool {
        binding.basis == .topic && newerAmong(state.lastNamed, older: state.lastOlder, bound: binding.system,
                                              reference: clauseStart(position)..<position) != nil
    }

    /// "... zamówiła kolejną partię pocisków Bolide. Naprowadzany wiązką lasera pocisk leci z
    /// prędkością ponad 2 Machów": a word referring back, with no system named before it in
    /// its sentence, resolved to a family while the sentence before named one of its variants after it:
    /// the word may mean the variant. An `ambiguousTopic` feature naming both, or nil.
    func variantNamedAfter(_ binding: Binding) -> ReadingFeature? {
        // (A noun for the missile or the weapon, not a pronoun: "... the British Starstreak for its Lightweight
        // Multiple Launchers. Its three darts fly at Mach 2" goes on about the subject; blind set DZ.)
        guard binding.basis == .referredBack, binding.system >= 0, let bound = binding.mention, !bound.named,
              containsWord(in: bound.range, of: .missileNoun) || containsWord(in: bound.range, of: .weaponNoun),
              !mentions.contains(where: { $0.named && $0.range.lowerBound < bound.range.upperBound }),
              // (A word for both or the whole family says the figure is each one's: "W obu wersjach rakieta waży ...".)
              !cues.contains(where: { isWord($0, .pairWord) }),
              let at = state.lastNamed.firstIndex(of: binding.system) else { return nil }
        let base = catalog.systems[binding.system].id
        guard let variant = state.lastNamed[(at + 1)...].first(where: { $0 >= 0 && extends($0, base) }) else { return nil }
        return ReadingFeature(.ambiguousTopic, words: "", systems: systemNames([binding.system, variant]))
    }

    /// Whether the record at `system` extends the record `base`, directly or through others.
    private func extends(_ system: Int, _ base: String) -> Bool {
        var parent = catalog.systems[system].extends
        var steps = 0
        // (Most records extend none: no lookup then.)
        while let id = parent, steps < 8 {
            if id == base { return true }
            parent = catalog.system(id: id)?.extends
            steps += 1
        }
        return false
    }
}

extension SentenceAnalysis {
    /// For the first name of a sentence, the word referring back that heads an apposition
    /// holding it ("The Russian weapon, an upgraded version of the Igla, can ...", "Этот
    /// российский комплекс, модернизированная версия «Иглы», ..."): the last reference
    /// before the last comma ahead of the name, or nil.
    ///
    /// Only an apposition that says the name is a relative, with a version noun or a kin
    /// noun between the comma and the name ("version", "wersja", "версия", "an evolution
    /// of"), counts: "The Russian weapon, the Igla-S, ..." renames the reference, and "Its
    /// successor, the Igla-S, ..." (a kin noun before the comma) names the relative itself.
    func referenceHeadingApposition(of name: CueMatch) -> CueMatch? {
        guard let comma = (range.lowerBound..<name.range.lowerBound).last(where: { bytes[$0] == 0x2C }),
              let head = cues.last(where: { cue in
                  guard cue.range.upperBound <= comma else { return false }
                  switch cue.cue {
                  case .reference, .word(.originHead): return true
                  default: return false
                  }
              }) else { return nil }
        let inside = comma..<name.range.lowerBound
        if cues.contains(where: { isWord($0, .kinNoun) && $0.range.lowerBound >= head.range.lowerBound && $0.range.upperBound <= comma }) {
            return nil
        }
        let kinInside = cues.contains { isWord($0, .kinNoun) && inside.contains($0.range.lowerBound) }
        guard kinInside || words(in: inside, limit: 8).contains(where: { isIn(.versionNoun, $0.lowercased()) }) else { return nil }
        return head
    }

    /// A version noun ("version", "вариант") one or two words before a name, with at most an
    /// article or a preposition between and no punctuation ("version of the SA-7", "вариант
    /// «Иглы»"): with an owner preposition between ("a variant of the Piorun with a 10 km
    /// range"), or after another name in the sentence with a comma or a relative pronoun right
    /// after the name; its range.
    func versionNoun(before name: Range<Int>) -> Range<Int>? {
        var candidate: Range<Int>?
        var seen = 0
        var end = name.lowerBound
        while seen < 3, let word = lastWordRange(before: end), word.lowerBound >= range.lowerBound {
            if hasPunctuation(word.upperBound..<name.lowerBound) { break }
            if isIn(.versionNoun, lowercasedText(word)) { candidate = word; break }
            seen += 1
            end = word.lowerBound
        }
        // ("versión mejorada del SA-7", "version améliorée du": an upgrade word may follow the noun.)
        guard let candidate else { return nil }
        let upgrades = cues.filter { isWord($0, .upgradeWord) && $0.range.lowerBound >= candidate.upperBound && $0.range.upperBound <= name.lowerBound }.count
        guard wordsBesideArticles(candidate.upperBound..<name.lowerBound) - upgrades <= 1 else { return nil }
        // "a variant of the Piorun with a 10 km range", "una variante del Piorun", "eine Variante
        // der Piorun": an owner preposition or an article (a genitive; an apposition has none)
        // makes the name the family the version belongs to, whatever follows.
        let link = words(in: candidate.upperBound..<name.lowerBound)
        if link.count > upgrades, link.filter({ isIn(.ownerPreposition, $0) || isIn(.determiner, $0) || isIn(.definiteArticle, $0) }).count + upgrades == link.count {
            return candidate
        }
        guard mentions.contains(where: { $0.named && $0.range.upperBound <= name.lowerBound && $0.range != name }) else { return nil }
        // Otherwise only where a relative or participial clause hangs on the name ("«Иглы», принятый",
        // "the SA-7 that"); "её модификация «Игла-С» эксплуатируется с 2002 года" names the
        // subject of its own clause.
        var k = name.upperBound
        while k < range.upperBound {
            if bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x27 { k += 1 } else if k + 1 < range.upperBound, bytes[k] == 0xC2, bytes[k + 1] == 0xBB {
                k += 2  // »
            } else if k + 2 < range.upperBound, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9D { k += 3 } else { break }  // ”
        }
        if k < range.upperBound, bytes[k] == 0x2C { return candidate }
        guard let next = firstWord(in: k..<range.upperBound), isIn(.relativePronoun, next) else { return nil }
        return candidate
    }

    /// For a pronoun: the noun that referred to a system last in the sentence, after its last
    /// name (at `lastRecord`), which the pronoun then means ("Britain's Blowpipe scored fewer
    /// kills; the American missile, with its infrared seeker, ..." is the Stinger's seeker).
    /// Nil when a name stands nearer or the last mention is a name or a possessive.
    func nounReference(after lastRecord: Int) -> Mention? {
        guard let near = mentions.last, !near.named, !near.possessive, near.range.lowerBound > lastRecord else { return nil }
        return near
    }

    /// A reference with a word for "old" in it or right before it ("The older system, which
    /// entered service in 1971", "Starszy system"), in a sentence naming no system before it,
    /// after a sentence that named one system as what another replaces: that one. Nil
    /// otherwise.
    func replacedOlder(_ reference: Range<Int>) -> (system: Int, words: String)? {
        guard state.lastReplaced.count == 1, let replaced = state.lastReplaced.first, replaced >= 0,
              !mentions.contains(where: { $0.named && $0.range.upperBound <= reference.lowerBound }),
              containsWord(in: reference, of: .olderWord) || hasWord(.olderWord, before: reference.lowerBound) else { return nil }
        return (replaced, state.spelling[replaced] ?? "")
    }
}
