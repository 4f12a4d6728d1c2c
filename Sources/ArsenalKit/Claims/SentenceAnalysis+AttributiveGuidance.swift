/// Guidance words written as an adjective of a name, in a list where several names carry
/// their own ("the heat-seeking Stinger and the laser-guided RBS 70", "the radio-guided
/// Blowpipe, the Javelin and the laser beam-riding Starstreak"): each kind is that name's
/// alone (issue 8). The clause's guidance words otherwise make one claim for its system and
/// any system coordinated with it, which credited every name with every kind.
extension SentenceAnalysis {
    /// The guidance tokens of `cues`, in text order; several kinds on the very same words
    /// ("three-band") in the order of `GuidanceKind` (the vocabulary's order is not fixed). A
    /// dual-band phrase naming ultraviolet gives infrared and ultraviolet.
    func guidanceTokens(_ cues: [CueMatch]) -> [String] {
        func kindOrder(_ cue: CueMatch) -> Int {
            guard case .guidance(let kind) = cue.cue else { return 0 }
            return GuidanceKind.allCases.firstIndex(of: kind) ?? 0
        }
        var tokens: [String] = []
        for cue in cues.sorted(by: { ($0.range.lowerBound, kindOrder($0)) < ($1.range.lowerBound, kindOrder($1)) }) {
            guard case .guidance(let kind) = cue.cue else { continue }
            let words = lowercasedText(cue.range)
            let adds: [GuidanceKind] = kind == .dualBandIR && vocabulary.ultravioletWords.contains(where: words.contains)
                ? [.passiveIR, .uv] : [kind]
            for token in adds.map(\.rawValue) where !tokens.contains(token) { tokens.append(token) }
        }
        return tokens
    }

    /// For one clause's guidance words, a claim per name when two or more different names
    /// each have guidance words right beside them (before the name with only articles and
    /// determiners between, or after it with at most one other word; no punctuation), or when
    /// all of them are beside the object of a contrast or comparison; nil otherwise, when the
    /// clause's words are one claim as before. Words
    /// before no name are left out: with each name's own kinds spelt out, whose they are is
    /// a guess.
    func attributiveGuidanceClaims(_ group: [CueMatch]) -> [Claim]? {
        guard !group.isEmpty else { return nil }
        var owned: [(mention: Mention, cues: [CueMatch])] = []
        // Every owned word stands right before its name, or right after it with no verb, no
        // pronoun and no clause break between ("le Stinger à guidage infrarouge", not "like the
        // Starstreak it rides", "based on the RBS 70 but is radar-guided").
        var tight = true
        // (Whether every owned word stands right before its name: "the laser-guided Javelin S15".)
        var allBeforeName = true
        var unowned: [CueMatch] = []
        func others(_ between: Range<Int>) -> Int? {
            guard !hasPunctuation(between) else { return nil }
            return words(in: between, limit: 4).filter { !isIn(.definiteArticle, $0.lowercased()) && !isIn(.determiner, $0.lowercased()) }.count
        }
        for cue in group {
            // The name right after the words ("the laser-guided RBS 70"), else the name right
            // before them, one word at most between ("le Stinger à guidage infrarouge").
            let after = mentions.first { $0.named && $0.range.lowerBound >= cue.range.upperBound }
            let before = mentions.last { $0.named && $0.range.upperBound <= cue.range.lowerBound }
            let mention: Mention
            if let after, others(cue.range.upperBound..<after.range.lowerBound) == 0 {
                mention = after
            } else if let before, let count = others(before.range.upperBound..<cue.range.lowerBound),
                      count <= 1 || (before.isObject && count <= 3 && !hasVerb(before.range.upperBound..<cue.range.lowerBound)) {
                // (The object of a comparison may take a longer phrase: "que el Mistral francés de
                // guiado infrarrojo", "niż francuski Mistral z głowicą na podczerwień".)
                mention = before
                allBeforeName = false
                let between = before.range.upperBound..<cue.range.lowerBound
                tight = tight && !hasVerb(between) && !containsWord(in: between, of: .copula)
                    && !cues.contains { ($0.cue == .reference || isWord($0, .clauseBreak)) && between.contains($0.range.lowerBound) }
            } else {
                unowned.append(cue)
                continue
            }
            if let index = owned.firstIndex(where: { $0.mention.system == mention.system }) {
                owned[index].cues.append(cue)
            } else {
                owned.append((mention, [cue]))
            }
        }
        // "guidé par faisceau laser, ... plus vite que le Mistral français à guidage infrarouge":
        // the object of a comparison or contrast keeps the words beside it, and the rest are
        // the clause's, bound as any.
        if owned.count == 1, owned[0].mention.isObject, !unowned.isEmpty,
           let binding = bind(unowned[0].range.lowerBound, inSentence: true), binding.system != owned[0].mention.system {
            var rest = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.guidance), value: .tokens(guidanceTokens(unowned)),
                range: unowned.first!.range.lowerBound..<unowned.last!.range.upperBound,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason,
                                 cueWords: unowned.map { text($0.range) }.joined(separator: ", "), attributeReason: "guidance phrases"))
            rest.grounding.system = binding.basis
            return [rest] + ownClaims(owned)
        }
        // "Unlike the infrared-homing Stinger, the Blowpipe was steered by hand": words right
        // beside the object of a contrast or comparison describe that object alone, though they
        // are the clause's only guidance words.
        // (Not the object of a kin noun or a copula: "The Verba is basically an Igla-S with a
        // three-band seeker" describes the Verba.)
        // So do words right before a name ("From 1993 it gave way to the
        // laser-guided Javelin S15"): they qualify that name, whatever the clause's subject.
        if owned.count == 1, unowned.isEmpty, tight, owned[0].mention.contrasted || allBeforeName {
            return ownClaims(owned)
        }
        guard owned.count >= 2 else { return nil }
        return ownClaims(owned)
    }

    /// One claim per name for the guidance words beside it.
    private func ownClaims(_ owned: [(mention: Mention, cues: [CueMatch])]) -> [Claim] {
        owned.map { mention, cues in
            var claim = Claim(
                systemID: catalog.systems[mention.system].id, attribute: .spec(.guidance), value: .tokens(guidanceTokens(cues)),
                range: cues.first!.range.lowerBound..<cues.last!.range.upperBound,
                trace: makeTrace(systemWords: mention.words, systemReason: "named right beside its guidance words, as another name is beside its own",
                                 cueWords: cues.map { text($0.range) }.joined(separator: ", "), attributeReason: "guidance phrases"))
            claim.grounding.system = .namedInClause
            return claim
        }
    }

    /// Whether a cue word of a verb class lies in `r` (the words are a predicate, not a
    /// phrase describing a name).
    func hasVerb(_ r: Range<Int>) -> Bool {
        cues.contains { cue in
            guard r.contains(cue.range.lowerBound) else { return false }
            if cue.cue == .targetVerb { return true }
            guard case .word(let word) = cue.cue else { return false }
            return Self.isVerb(word)
        }
    }

    /// Whether the pack's words of class `word` are verbs (of being, reaching, launching,
    /// carrying, crewing, origin, engaging or travel).
    static func isVerb(_ word: WordClass) -> Bool {
        switch word {
        case .copula, .reachVerb, .launchVerb, .shotVerb, .carryVerb, .crewVerb, .originVerb, .weakTargetVerb, .travel: true
        default: false
        }
    }

    /// Words a guidance word may stand after a contrast (pack `structure.contrasts`) and
    /// still describe its object.
    static let contrastGuidanceReach = 4

    /// "Unlike heat-seeking rivals, the Starstreak rides a laser beam", "Im Gegensatz zu
    /// infrarotgelenkten Waffen fliegt die Starstreak im Laserleitstrahl", "В отличие от ракет
    /// с инфракрасной головкой": a guidance word at most `contrastGuidanceReach` words after a
    /// contrast, with no punctuation and no system named or referred to from the contrast up to
    /// the word or right after it, describes the things contrasted, not the system, when the
    /// sentence gives another kind of guidance outside such a phrase (blind set AK, en; the
    /// same in de, pl, fr, es and ru). A contrast with a system named as its object is left to
    /// `attributiveGuidanceClaims`; "based on an infrared seeker" gives no other kind.
    func describesContrasted(_ guidance: CueMatch) -> Bool {
        func inContrastPhrase(_ cue: CueMatch) -> Bool {
            cues.contains { contrast in
                guard isWord(contrast, .clauseBreak), contrast.range.upperBound <= cue.range.lowerBound else { return false }
                let lead = contrast.range.upperBound..<cue.range.lowerBound
                guard wordCount(lead) <= Self.contrastGuidanceReach, !hasPunctuation(lead), isContrast(text(contrast.range)) else { return false }
                let span = contrast.range.upperBound..<cue.range.upperBound
                if mentions.contains(where: { span.contains($0.range.lowerBound) }) { return false }
                // (Not "the heat-seeking Mistral": a name right after the word is its owner;
                // after a weapon noun, "pocisków naprowadzanych na podczerwień Starstreak", the
                // word is that noun's.)
                let nounBefore = words(in: lead).contains { isIn(.missileNoun, $0) || isIn(.weaponNoun, $0) || isIn(.originHead, $0) }
                return nounBefore || !mentions.contains { mention in
                    mention.range.lowerBound >= cue.range.upperBound && wordCount(cue.range.upperBound..<mention.range.lowerBound) == 0
                        && !hasPunctuation(cue.range.upperBound..<mention.range.lowerBound)
                }
            }
        }
        guard case .guidance(let kind) = guidance.cue, inContrastPhrase(guidance) else { return false }
        // "anders als Schulterwaffen mit Infrarotsuchkopf", "differently from shoulder-fired
        // weapons with infrared seekers": a noun between the contrast and the word is what the
        // word describes, whatever else the sentence says (blind set DC, de).
        if cues.contains(where: { contrast in
            guard isWord(contrast, .clauseBreak), contrast.range.upperBound <= guidance.range.lowerBound, isContrast(text(contrast.range)) else { return false }
            let lead = contrast.range.upperBound..<guidance.range.lowerBound
            return wordCount(lead) <= Self.contrastGuidanceReach && !hasPunctuation(lead)
                && words(in: lead).contains { !isIn(.determiner, $0) && !isIn(.definiteArticle, $0) }
        }) {
            return true
        }
        return cues.contains { other in
            guard case .guidance(let otherKind) = other.cue, otherKind != kind, other.range != guidance.range else { return false }
            return !inContrastPhrase(other)
        }
    }
}
