/// Qualities: man-portability, guidance, targets, class and comparisons (origin: `SentenceAnalysis+Origins.swift`).
extension SentenceAnalysis {
    // MARK: Qualities

    /// A claim about `binding`'s system, plus the same claim for a system coordinated with
    /// it ("The Stinger and the Igla-S both home on heat").
    func withCoordinated(_ claim: Claim, binding: Binding) -> [Claim] {
        guard let mention = binding.mention, mention.named else { return [claim] }
        var claims = [claim]
        for other in mentions where other.named && other.system != mention.system {
            let between = gap(other.range, mention.range)
            guard between.count < 30, !hasPunctuation(between) else { continue }
            let words = Array((" " + lowercasedText(between) + " ").utf8)
            guard vocabulary.coordinators.contains(where: { words.contains($0) }), wordCount(between) <= 3 else { continue }
            var copy = claim
            copy.systemID = catalog.systems[other.system].id
            copy.trace.systemWords = other.words
            copy.trace.systemReason = "coordinated with \(mention.words)"
            claims.append(copy)
        }
        return claims
    }

    func manPortabilityClaims() -> [Claim] {
        guard cues.contains(where: { $0.cue == .manPortable || $0.cue == .notManPortable }) else { return [] }
        var claims: [Claim] = []
        var covered = -1
        let crewSites = crewPhrases()
        for cue in cues where (cue.cue == .manPortable || cue.cue == .notManPortable) && cue.range.lowerBound >= covered
            && !crewSites.contains(cue.range) {
            var end = cue.range.upperBound
            for other in cues where other.cue == cue.cue && other.range.lowerBound >= end
                && clause(other.range.lowerBound) == clause(cue.range.lowerBound) && other.range.lowerBound - end <= 60 {
                end = other.range.upperBound
            }
            covered = end
            let isCategory = cue.cue == .manPortable && vocabulary.categoryPhrases.contains(ClaimVocabulary.key(text(cue.range)))
            var binding: Binding?
            if isCategory {
                binding = categoryBinding(cue.range) ?? exampleBinding(cue.range)
                // "es portátil, lo lleva ... un solo soldado": a predicate in the same claim.
                if binding == nil, let predicate = cues.first(where: { ($0.cue == .manPortable) && $0.range.lowerBound > cue.range.lowerBound
                    && $0.range.upperBound <= end && !vocabulary.categoryPhrases.contains(ClaimVocabulary.key(text($0.range))) }) {
                    binding = bind(predicate.range.lowerBound, inSentence: true)
                }
                // "Both are heat-seeking and shoulder-fired": the pair word is the subject;
                // `distributedOverPair` makes the claim for each of the two.
                if binding == nil, let pairWord = cues.first(where: { isWord($0, .pairWord) && $0.range.upperBound <= cue.range.lowerBound
                    && clause($0.range.lowerBound) == clause(cue.range.lowerBound) }), let pair = pair(before: pairWord.range.lowerBound) {
                    binding = Binding(mention: nil, system: pair[0], words: text(pairWord.range), reason: "the two systems named just before",
                                      basis: .referredBack)
                }
            } else {
                binding = bind(cue.range.lowerBound, inSentence: true)
            }
            guard let binding else {
                // "Polnische Fliegerfaust wird zur Kultwaffe / Die polnische Fliegerfaust Piorun":
                // a phrase tied to nothing does not swallow the next one.
                covered = cue.range.upperBound
                continue
            }
            if cue.cue == .manPortable, deniesOnlyExistence(cue) || deniedFiringPosition(cue) {
                covered = cue.range.upperBound
                continue
            }
            let value = cue.cue == .manPortable && !isNegated(cue.range.lowerBound) && !negatedAfter(firingPhrase: cue)
            var claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.manPortable), value: .boolean(value),
                range: cue.range.lowerBound..<end,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: text(cue.range),
                                  attributeReason: value ? "a man-portability phrase" : "a phrase saying the system cannot be carried"))
            claim.grounding.system = binding.basis
            // (A `not_man_portable` phrase naming a firing position, "non è trasportabile a spalla", denies that position.)
            if !value, let doubt = negatedFiringPosition(cue) ?? (cue.cue == .manPortable ? softenedNegation(cue.range) : nil) { claim.grounding.doubts.append(doubt) }
            Self.add(withCoordinated(claim, binding: binding), to: &claims)
        }
        return claims
    }

    /// "Der Westen hat praktisch keine tragbaren Stinger mehr", "no portable Stinger systems
    /// left", "ya no tiene Stinger portátiles": a negation before a man-portability word that
    /// qualifies the name or weapon noun beside it, with no copula before the negation, denies
    /// that such weapons are left, not that they can be carried ("the Gepard is not a portable
    /// system" keeps its copula and is a denial). Neither reading is a claim about carrying.
    func deniesOnlyExistence(_ cue: CueMatch) -> Bool {
        guard let negation = negation(before: cue.range.lowerBound, within: 3) else { return false }
        let clauseHead = clauseStart(negation.lowerBound)
        if words(in: clauseHead..<negation.lowerBound).suffix(2).contains(where: { isIn(.copula, $0) }) { return false }
        func beside(_ other: Range<Int>) -> Bool {
            let between = gap(cue.range, other)
            return wordCount(between) <= 1 && !hasPunctuation(between)
        }
        // (The name after the negation: "El Mistral no se dispara desde el hombro" denies.)
        if mentions.contains(where: { $0.named && $0.range.lowerBound >= negation.upperBound && beside($0.range) }) { return true }
        var noun = false
        scanWords(in: (negation.upperBound)..<min(range.upperBound, cue.range.upperBound + 48)) { word in
            // (Before the cue too, where the adjective follows its noun: "Aucun missile
            // sol-air portable n'a jamais été tiré"; blind set KR.)
            if word.lowerBound >= cue.range.upperBound || word.upperBound <= cue.range.lowerBound, beside(word) {
                let w = text(word).lowercased()
                if isIn(.weaponNoun, w) || isIn(.missileNoun, w) { noun = true }
            }
            return !noun
        }
        return noun
    }

    /// "с плеча его не пускают", "z ramienia się nie odpala": a firing position's phrase with a
    /// negation at most two words after it, no punctuation between, is negated.
    func negatedAfter(firingPhrase cue: CueMatch) -> Bool {
        negatedFiringPosition(cue) != nil && cues.contains { other in isWord(other, .negation) && other.range.lowerBound >= cue.range.upperBound
            && wordCount(cue.range.upperBound..<other.range.lowerBound) <= 2 && !hasPunctuation(cue.range.upperBound..<other.range.lowerBound) }
    }

    /// A category word ("shoulder-fired", "portátiles") is a claim only next to a name
    /// ("the Piorun shoulder-fired missile", "misiles portátiles Igla-S"), after a copula
    /// ("the Stinger is shoulder-fired"), or as "the shoulder-fired weapons" in a sentence
    /// naming the system.
    func categoryBinding(_ phrase: Range<Int>) -> Binding? {
        // The first name beside the phrase; but a coordinator between a name before and the
        // phrase opens a new noun phrase, which the name after closes ("IRIS-T SLM і
        // переносні комплекси «Піорун»").
        var coordinated: Mention?
        for mention in mentions where mention.named {
            let between = gap(mention.range, phrase)
            // A name after the phrase may close a longer noun phrase ("переносных зенитных
            // ракетных комплексов «Игла-С»", "przenośnych przeciwlotniczych zestawów rakietowych Piorun").
            let after = mention.range.lowerBound >= phrase.upperBound
            guard wordCount(between) <= (after ? 3 : 2), !hasPunctuation(between) else { continue }
            if !after, coordinated == nil,
               containsWord(in: between, where: { isCoordinator($0) }) {
                coordinated = mention
                continue
            }
            return Binding(mention: mention, system: mention.system, words: mention.words, reason: "named next to the phrase")
        }
        if let mention = coordinated {
            return Binding(mention: mention, system: mention.system, words: mention.words, reason: "named next to the phrase")
        }
        // "The Stinger, which entered service in 1981, is a man-portable ...": the subject
        // stands before the relative clause, the copula after it.
        let afterRelative = relativeClauses.last { $0.range.upperBound <= phrase.lowerBound && clause($0.range.upperBound) == clause(phrase.lowerBound) }
        if let subject = mentions.last(where: { $0.range.upperBound <= phrase.lowerBound && clause($0.range.lowerBound) == clause(phrase.lowerBound) })
            ?? afterRelative?.owner {
            let from = afterRelative.map { $0.owner.range == subject.range ? $0.range.upperBound : subject.range.upperBound } ?? subject.range.upperBound
            let between = from..<phrase.lowerBound
            let inside = cues.filter { $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound }
            let betweenWords = words(in: between)
            let hasCopula = betweenWords.contains { isIn(.copula, $0) }
            // "the Redeye was the first American shoulder-fired missile": besides the copula,
            // only determiners, origin and guidance words ("an infrared-guided, man-portable
            // missile") and nouns such as "missile".
            let other = betweenWords.filter { !isIn(.copula, $0) && !isIn(.determiner, $0) }.count - inside.filter {
                if case .origin = $0.cue { return true }
                if case .guidance = $0.cue { return true }
                return isWord($0, .originHead)
            }.map { wordCount($0.range) }.reduce(0, +)
            if hasCopula, other <= 0 {
                return Binding(mention: subject, system: subject.system, words: subject.words, reason: "the subject of \"is\" before the phrase")
            }
        }
        // "Es portátil", "Es un sistema portátil", "Es un misil antiaéreo portátil": a copula
        // with the subject left out, in a sentence naming no system; after the copula only an
        // article, a head noun (`origin_heads`, which may be read as a reference) and at most
        // one other word.
        if !mentions.contains(where: \.named), let binding = proDropCopulaBinding(before: phrase) { return binding }
        // An origin word may stand between the article and the phrase ("Die amerikanische
        // Fliegerfaust").
        var head = phrase.lowerBound
        if let origin = lastCue(where: { cue in
            guard case .origin = cue.cue, cue.range.upperBound <= phrase.lowerBound else { return false }
            return wordCount(stretch(cue.range, phrase)) == 0 && !hasPunctuation(stretch(cue.range, phrase))
        }) {
            head = origin.range.lowerBound
        }
        let before = lastWord(in: max(range.lowerBound, head - 12)..<head)
        if let before, isIn(.definiteArticle, before), head > range.lowerBound, bytes[head - 1] == 0x20 {
            if let named = mentions.last(where: { $0.named && $0.range.upperBound <= phrase.lowerBound }) {
                return Binding(mention: named, system: named.system, words: named.words, reason: "\"the ...\" refers to the system named earlier in the sentence")
            }
            // No name in the sentence: "the American shoulder-fired missile" refers to the
            // article's topic (the origin word makes it one weapon; a bare "the shoulder-fired
            // missile" may speak of the kind).
            // Nor does "das tragbare System" with a head noun right after the phrase: one weapon.
            if !mentions.contains(where: \.named), head < phrase.lowerBound || headNoun(after: phrase),
               let topic = bind(head, inSentence: true) { return topic }
        }
        return predicateSubject(of: phrase)
    }

    /// Whether a determiner stands among the two words before `position` ("the Russian
    /// missile"), or the language has no articles ("rosyjski pocisk"): in English "Russian
    /// missile and drone strikes" names no weapon.
    func isDeterminedOrArticleless(_ position: Int) -> Bool {
        if vocabulary.wordSets[.definiteArticle]?.isEmpty ?? true { return true }
        return words(in: max(range.lowerBound, position - 24)..<position).suffix(2).contains { isIn(.determiner, $0) || isIn(.definiteArticle, $0) }
    }

    /// Whether the word right before `position` starts with a capital and is not the
    /// sentence's first: the origin word is then part of a name ("w Wojsku Polskim").
    func followsCapitalisedWord(_ position: Int) -> Bool {
        var end = position
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end < position, end > range.lowerBound else { return false }
        var start = end
        while start > range.lowerBound, bytes[start - 1] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[start - 1]) { start -= 1 }
        guard start < end, start > range.lowerBound, hasWord(in: range.lowerBound..<start) else { return false }
        let (scalar, _) = ByteText.scalar(at: start, bytes)
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    /// Whether an origin head ("System", "zestaw", "missile") follows a phrase with only a
    /// space between ("das tragbare System").
    func headNoun(after phrase: Range<Int>) -> Bool {
        cues.contains { cue in
            isWord(cue, .originHead) && cue.range.lowerBound > phrase.upperBound
                && (stretch(phrase, cue.range)).allSatisfy { bytes[$0] == 0x20 }
        }
    }

    /// Whether a capitalised word we do not know, not opening the sentence, stands right
    /// before `position`, past at most one short word ("le Javelin à guidage
    /// semi-automatique", "the Javelin with its SACLOS link"): the words after it are that
    /// thing's. Not where every noun has a capital.
    func followsUnknownName(_ position: Int) -> Bool {
        guard !vocabulary.capitalisedNouns else { return false }
        var end = position
        for step in 0..<2 {
            guard let word = lastWordRange(before: end), word.lowerBound > range.lowerBound,
                  !hasPunctuation(word.upperBound..<end) else { return false }
            if ByteText.isUppercaseScalar(at: word.lowerBound, bytes) {
                // (Or a system the database does not hold.)
                if outsideMentions.contains(where: { $0.range.overlaps(word) }) || cues.contains(where: { cue in
                    if case .outsideSystem = cue.cue { return cue.range.overlaps(word) } else { return false }
                }) { return true }
                return !cues.contains(where: { $0.range.overlaps(word) }) && !mentions.contains(where: { $0.range.overlaps(word) })
                    && !quantities.contains(where: { $0.range.overlaps(word) })
            }
            guard step == 0, word.count <= 4 else { return false }
            end = word.lowerBound
        }
        return false
    }

    func guidanceClaims() -> [Claim] {
        // Guidance words of one clause make one claim; a clause naming no system joins the
        // claim before it ("both home on heat: ... the infrared signature").
        var groups: [[CueMatch]] = []
        var lastClause = -1
        for cue in cues {
            // "el sistema no busca el calor", "a laser beam rather than infrared": denied; a
            // radar word on a detection word names a sensor ("radar detection systems").
            guard case .guidance = cue.cue, !isNegated(cue.range.lowerBound), !isSensorKind(cue), !qualifiesOtherThing(cue), !describesContrasted(cue),
                  !followsUnknownName(cue.range.lowerBound) else { continue }
            let here = clause(cue.range.lowerBound)
            let clauseNamesSystem = mentions.contains { clause($0.range.lowerBound) == here }
            let afterColon = here > 0 && bytes[breaks[here - 1]] == 0x3A
            // "einen Drei-Band-Suchkopf (UV und zwei IR-Bänder)": a parenthesis spells out the
            // seeker named right before it, one claim.
            let inParenthesis = here > 0 && here == lastClause + 1 && bytes[breaks[here - 1]] == 0x28
            // ("le Blowpipe, téléguidé par radio, ..., puis le Starburst à guidage laser": a name
            // between two guidance words of a clause parts them; blind set EW.)
            let namedBetween = groups.last.map { last in
                // (Two kinds may share words: no gap then.)
                let from = last[last.count - 1].range.upperBound
                guard from < cue.range.lowerBound else { return false }
                let gap = from..<cue.range.lowerBound
                return mentions.contains { $0.named && gap.contains($0.range.lowerBound) } || outsideMentions.contains { gap.contains($0.range.lowerBound) }
            } ?? false
            if here == lastClause && !namedBetween || (!groups.isEmpty && !clauseNamesSystem && (afterColon || inParenthesis)) {
                groups[groups.count - 1].append(cue)
            } else {
                groups.append([cue])
            }
            lastClause = here
        }
        var claims: [Claim] = []
        for group in groups {
            if let own = attributiveGuidanceClaims(group) {
                Self.add(own, to: &claims)
                continue
            }
            let tokens = guidanceTokens(group)
            let span = group.first!.range.lowerBound..<group.last!.range.upperBound
            guard let binding = bind(span.lowerBound, inSentence: true) else { continue }
            var claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.guidance), value: .tokens(tokens), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason,
                                  cueWords: group.map { text($0.range) }.joined(separator: ", "),
                                  attributeReason: "guidance phrases"))
            claim.grounding.system = binding.basis
            // (Tied by a reference or the topic, beside other records: the judge keeps those
            // whose sources record the claimed guidance as rivals, `RivalReading`.)
            if !(binding.mention?.named ?? false), let rival = rivalSystems(of: binding.system, bound: binding.mention, figure: span) {
                claim.grounding.features.append(rival)
            }
            // ("Szwedzki zestaw ma zasięg 9 km, polski zaś samonaprowadza się na podczerwień".)
            if let reason = ellipticalDoubt(at: span.lowerBound, binding: binding) { claim.grounding.doubt(.system, reason) }
            // ("Laser w celowniku pracuje w podczerwieni": in a sentence naming no system, a part
            // before the guidance words may be what they describe; blind set OI.)
            if binding.basis == .topic, let part = cues.first(where: { ($0.cue == .word(.partNoun) || $0.cue == .word(.componentNoun)) && $0.range.upperBound <= span.lowerBound }) {
                claim.grounding.doubt(.system, "its sentence names no system, and the guidance words follow \"\(text(part.range))\": they may describe that part")
            }
            if let subject = succeededSubject(of: binding, before: span.lowerBound) {
                claim.grounding.doubt(.system, "the \(systemName(binding.system)) is named before a colon as what the \(subject) replaces: the guidance after it may be the newcomer's")
            }
            Self.add(withCoordinated(claim, binding: binding), to: &claims)
        }
        return claims
    }

    /// Runs of target words governed by a verb before them ("take down cruise missiles,
    /// drones and helicopters") or a word after them ("... among its targets"). Only
    /// strong verbs make a claim; weak ones ("hit aircraft") only mark their objects.
    func targetChains() -> [(governor: CueMatch, cues: [Int], claims: Bool)] {
        guard cues.contains(where: { if case .target = $0.cue { true } else { false } }) else { return [] }
        var chains: [(governor: CueMatch, cues: [Int], claims: Bool)] = []
        var used: Set<Int> = []
        let targetIndices = cues.indices.filter { if case .target = cues[$0].cue { return !isAntiPrefixed(cues[$0].range.lowerBound) } else { return false } }
        // Group target words into runs joined by commas and short connectors.
        var runs: [[Int]] = []
        for index in targetIndices {
            if let last = runs.last?.last {
                let between = stretch(cues[last].range, cues[index].range)
                // Not across a clause break ("... del avión, y pueden alcanzar aeronaves").
                // Nor into a clause hung on the first ("missiles that Hamas fighters keep
                // firing", "rockets fired by Hamas fighters": those fighters are people firing),
                // unless a coordinator takes the list up again ("aviones que vuelan bajo y
                // helicópteros").
                if between.count <= 22, !hasPunctuation(between, allowingComma: true),
                   clause(cues[last].range.lowerBound) == clause(cues[index].range.lowerBound),
                   // (Not across a verb of engaging: "detecta aviones y puede derribar aviones"
                   // has two objects, the second governed by its own verb.)
                   !cues.contains(where: { between.contains($0.range.lowerBound) && ($0.cue == .targetVerb || isWord($0, .weakTargetVerb)) }),
                   hasCoordinator(in: between) || (!containsWord(in: between, of: .relativePronoun)
                       && !cues.contains(where: { between.contains($0.range.lowerBound) && (isWord($0, .shotVerb) || isWord($0, .launchVerb)) })) {
                    runs[runs.count - 1].append(index)
                    continue
                }
            }
            runs.append([index])
        }
        for run in runs {
            let first = cues[run.first!].range
            let last = cues[run.last!].range
            // The nearest verb; of two ending at the same word ("can hit", "hit") the longer.
            let verb = cues.filter { cue in
                (cue.cue == .targetVerb || isWord(cue, .weakTargetVerb)) && cue.range.upperBound <= first.lowerBound
                    && first.lowerBound - cue.range.upperBound <= 30 && !hasPunctuation(stretch(cue.range, first))
                    && !isIn(.targetNoun, lowercasedText(cue.range))
                    && !hasRelativePronoun(in: stretch(cue.range, first))
                    && !cues.contains(where: { other in
                        stretch(cue.range, first).contains(other.range.lowerBound) && (isWord(other, .shotVerb) || isWord(other, .launchVerb))
                    })
            }.max { ($0.range.upperBound, $0.range.count) < ($1.range.upperBound, $1.range.count) }
            let after = cues.first { cue in
                guard (isWord(cue, .targetGovernorAfter) || isTargetsNoun(cue)) && cue.range.lowerBound >= last.upperBound else { return false }
                let between = stretch(last, cue.range)
                // A verb at the end of its clause ("die Hubschrauber in bis zu 6 km Entfernung
                // bekämpfen kann") may stand six words after its objects, no comma between.
                // A figure between counts as one word, its decimal comma as no punctuation
                // ("Flugzeuge und Hubschrauber bis in 3,8 Kilometer Höhe bekämpfen").
                return (between.count <= 25 && !hasPunctuation(between, allowingComma: true))
                    || (isWord(cue, .targetGovernorAfter) && wordsCountingFigures(between) <= 6 && !hasPunctuationOutsideFigures(between))
            }
            guard let governor = verb ?? after else { continue }
            run.forEach { governedTargets.insert($0) }
            if let verb, cues.contains(where: { isWord($0, .prepositionGovernor) && $0.range == verb.range }) {
                run.forEach { prepositionTargets.insert($0) }
            }
            guard !run.contains(where: used.contains) else { continue }
            run.forEach { used.insert($0) }
            // "fired two Stingers at drone targets": practice targets, no claim (still governed).
            let strong = verb.map { $0.cue == .targetVerb } ?? !namesPracticeTarget(governor, after: last)
            chains.append((governor, run, strong))
        }
        return chains
    }

    func isTargetsNoun(_ cue: CueMatch) -> Bool {
        guard cue.cue == .targetVerb else { return false }
        return isIn(.targetNoun, lowercasedText(cue.range))
    }

    /// "anti-aircraft", "counter-drone": the word after such a prefix is not a target.
    func isAntiPrefixed(_ start: Int) -> Bool {
        let lower = max(range.lowerBound, start - 12)
        if (lower..<start).allSatisfy({ bytes[$0] < 0x80 }) {
            // ASCII before the word: compared in place (U+2011 is no ASCII).
            guard start > lower, bytes[start - 1] == 0x2D || bytes[start - 1] == 0x20 else { return false }
            return vocabulary.antiPrefixes.contains { asciiText(lower..<(start - 1), endsWith: $0) }
        }
        let before = lowercasedText(lower..<start)
        guard let last = before.last, last == "-" || last == " " || last == "\u{2011}" else { return false }
        let head = before.dropLast()
        return vocabulary.antiPrefixes.contains { head.hasSuffix($0) }
    }

    /// "aircraft", "aircraft's": a target word that names every kind of air target.
    func isGenericTarget(_ index: Int) -> Bool {
        var words = lowercasedText(cues[index].range)
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where words.hasSuffix(suffix) { words.removeLast(suffix.count); break }
        return isIn(.genericTarget, words)
    }

    /// Whether every cue of `indices` is a generic target word.
    func allGenericTargets(_ indices: [Int]) -> Bool {
        for index in indices where !isGenericTarget(index) { return false }
        return true
    }

    func targetClaims(_ chains: [(governor: CueMatch, cues: [Int], claims: Bool)]) -> [Claim] {
        var claims: [Claim] = []
        for chain in chains where chain.claims && !allGenericTargets(chain.cues)
            && !namesOneTarget(governor: chain.governor, targets: chain.cues) {
            var tokens: [String] = []
            for index in chain.cues {
                if case .target(let kind) = cues[index].cue, !tokens.contains(kind.rawValue) { tokens.append(kind.rawValue) }
            }
            let first = cues[chain.cues.first!].range
            let last = cues[chain.cues.last!].range
            let span = min(chain.governor.range.lowerBound, first.lowerBound)..<max(chain.governor.range.upperBound, last.upperBound)
            // "no sirve contra drones", "cannot engage jets": a denied target is no claim.
            guard !isNegated(span.lowerBound), let binding = bind(span.lowerBound, inSentence: true) else { continue }
            var claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.targets), value: .tokens(tokens), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason,
                                  cueWords: chain.cues.map { text(cues[$0].range) }.joined(separator: ", "),
                                  attributeReason: "target words governed by \"\(text(chain.governor.range))\""))
            claim.grounding.system = binding.basis
            if let word = secondaryUseWord(targets: tokens, through: last.upperBound, from: span.lowerBound) {
                claim.grounding.doubt(.value, "\"\(word)\" adds ground targets to the air role; the sources list the air targets they name and say nothing of ground use")
            }
            Self.add(withCoordinated(claim, binding: binding), to: &claims)
        }
        return claims
    }

    func classClaims() -> [Claim] {
        guard cues.contains(where: { if case .systemClass = $0.cue { true } else { false } }) else { return [] }
        var claims: [Claim] = []
        var index = 0
        // Class words inside target words ("aviones a baja altura") describe the targets.
        let targetRanges = cues.filter { if case .target = $0.cue { return true } else { return false } }.map(\.range)
        let classCues = cues.filter { cue in
            guard case .systemClass = cue.cue else { return false }
            return !targetRanges.contains { $0.overlaps(cue.range) }
        }
        while index < classCues.count {
            var group = [classCues[index]]
            while index + 1 < classCues.count, classCues[index + 1].range.lowerBound - group.last!.range.upperBound <= 8,
                  !hasPunctuation(stretch(group.last!.range, classCues[index + 1].range), allowingComma: true) {
                index += 1
                group.append(classCues[index])
            }
            index += 1
            var classes: [SystemClass] = []
            for cue in group { if case .systemClass(let c) = cue.cue, !classes.contains(c) { classes.append(c) } }
            let span = group.first!.range.lowerBound..<group.last!.range.upperBound
            guard let binding = bind(span.lowerBound, inSentence: true) else { continue }
            claims.append(Claim(
                systemID: catalog.systems[binding.system].id, attribute: .systemClass, value: .classes(classes), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason,
                                  cueWords: group.map { text($0.range) }.joined(separator: ", "), attributeReason: "class words")))
        }
        return claims
    }

    /// Words a negation may stand before a comparison phrase in its clause and still deny it
    /// ("n'est pas un système à longue portée comme le S-400": five; blind set IQ, fr).
    static let negatedComparisonReach = 6

    func comparisonClaims() -> [Claim] {
        var claims: [Claim] = []
        for cue in cues {
            guard case .comparison(let relation, let attribute) = cue.cue,
                  let object = mentions.first(where: {
                      $0.named && $0.isObject && $0.range.lowerBound >= cue.range.upperBound
                          && wordCount(stretch(cue.range, $0.range)) <= 2
                  }),
                  let subject = bind(cue.range.lowerBound, excluding: object.system, inSentence: true),
                  subject.mention.map({ $0.range.lowerBound < cue.range.lowerBound }) ?? true,
                  // "no persigue el calor como el Stinger", "does not chase heat like the
                  // Stinger": under a negation the two differ, or the text says nothing of them.
                  negation(before: cue.range.lowerBound, within: Self.negatedComparisonReach) == nil,
                  // "fast doppelt so viel wie der Chunma": a likeness word inside an equative
                  // ("so ... wie", pack `structure.than_words`) measures, it does not liken.
                  relation != .similarTo || !cues.contains(where: { isWord($0, .thanWord) && $0.range.overlaps(cue.range) }),
                  // "Its FLIR sight can spot targets out to 10 km, much farther than the Stinger
                  // can hit": a sensor's reach set against a weapon's compares nothing recorded.
                  !(attribute == .maxRange && detectionWord(before: cue.range.lowerBound))
            else { continue }
            let other = catalog.systems[object.system]
            var claim = Claim(
                systemID: catalog.systems[subject.system].id, attribute: .comparison,
                value: .comparison(relation, other: other.id, attribute: attribute),
                range: cue.range.lowerBound..<object.range.upperBound,
                trace: makeTrace(systemWords: subject.words, systemReason: subject.reason, cueWords: text(cue.range),
                                  attributeReason: "a comparison (\(relation.rawValue)\(attribute.map { " on \($0.rawValue)" } ?? "")) with \(other.name), named after the phrase"))
            claim.grounding.system = subject.basis
            if let feature = variantNamedAfter(subject) { claim.grounding.features.append(feature) }
            if let reference = subject.mention, !reference.named, reference.range.upperBound <= cue.range.lowerBound,
               wordCount(stretch(reference.range, cue.range)) <= 2,
               !hasPunctuation(stretch(reference.range, cue.range)) {
                // "los sistemas portátiles como el Stinger": a kind and its example, or a comparison.
                claim.grounding.doubt(.system, "\"\(reference.words)\" right before \"\(text(cue.range))\" may name a kind the \(other.name) is an example of")
            } else if let guns = gunNoun(rightBefore: cue.range) {
                // "des canons comme le Gepard", "guns like the Gepard": the likeness gives the
                // guns an example; it says nothing of the subject (blind set JK, fr).
                claim.grounding.doubt(.system, "\"\(text(guns))\" right before \"\(text(cue.range))\" names things the \(other.name) is an example of")
            } else if attribute == .missileMass || attribute == .systemMass, let part = cues.last(where: { part in
                part.cue == .attribute(.warheadMass) && part.range.upperBound <= cue.range.lowerBound && clause(part.range.lowerBound) == clause(cue.range.lowerBound)
            }) {
                // "Der Gefechtskopf der Werba ist doppelt so schwer wie der der Igla": the
                // warheads are weighed, not the missiles (blind set DO, de).
                claim.grounding.doubt(.attribute, "\"\(text(part.range))\" before \"\(text(cue.range))\" may be what is weighed")
            } else if relation == .similarTo, let named = subject.mention, clause(named.range.lowerBound) != clause(cue.range.lowerBound),
                      let word = lastWord(in: clauseStart(cue.range.lowerBound)..<cue.range.lowerBound) {
                // "Der Buk erreicht 25 km; kleinere Systeme wie der Tor-M2 schützen ...": a
                // likeness whose clause holds words of its own before it, its subject named in
                // an earlier clause, may liken those words' noun (blind set DJ, de).
                claim.grounding.doubt(.system, "\"\(word)\" stands right before \"\(text(cue.range))\" in a clause that does not name the \(systemName(subject.system))")
            }
            claims.append(claim)
        }
        return claims
    }

    /// A gun noun (pack `structure.gun_nouns`), a unit's noun (`structure.formations`) or a
    /// weapon noun right before it (`structure.weapon_nouns`: "ältere sowjetische Waffen wie die
    /// Strela-10", blind set TS); the others at most two words before `phrase`, no punctuation between: "des canons comme le",
    /// "Kanonen wie der", "proteger a baterías como el S-400" (blind set LD).
    func gunNoun(rightBefore phrase: Range<Int>) -> Range<Int>? {
        cues.last { cue in
            guard isWord(cue, .gunNoun) || isWord(cue, .formation), cue.range.upperBound <= phrase.lowerBound else { return false }
            let between = stretch(cue.range, phrase)
            return wordCount(between) <= 2 && !hasPunctuation(between)
        }?.range ?? lastWordRange(before: phrase.lowerBound).flatMap { isIn(.weaponNoun, lowercasedText($0)) ? $0 : nil }
    }

    /// Whether a detection word (pack `structure.detection_words`) stands in the sentence at
    /// most twelve words before `position`, with no system named between.
    func detectionWord(before position: Int) -> Bool {
        cues.contains { cue in
            guard isWord(cue, .detection), cue.range.upperBound <= position else { return false }
            let span = cue.range.upperBound..<position
            return wordCount(span) <= 12 && !mentions.contains { $0.named && span.contains($0.range.lowerBound) }
        }
    }
}
