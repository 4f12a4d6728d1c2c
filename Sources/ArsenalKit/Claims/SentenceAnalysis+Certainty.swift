/// Two features of a reading that make a part of its claim a guess (issue 8, session 18),
/// found from what the sentence already holds and weighed by `EstablishmentGate`:
///
/// - shared-subject: a figure in a predicate coordinated with the sentence's subject, tied
///   by nearness to a system named as an object of the first predicate ("The Polish Piorun
///   was derived from the Grom and entered service in 2019", "El Igla se desarrolló a partir
///   del Strela-3, ..., y alcanza 5,2 km"): the coordinated verb shares the subject;
/// - range-or-height: a distance read from a verb of engaging alone ("can hit helicopters up
///   to 2,300 metres"): no word says whether it is how far or how high; the judge tries the
///   height too (`RivalReading`);
/// - low-height: a height cue with a figure too low for a ceiling, read as the lowest height
///   engaged though no verb of engaging targets says so ("The depot's fence is 3 metres high");
/// - target-height: a plain ceiling right after a target ("shot down a drone flying at
///   1,500 m"), settled by the judge (`RivalReading`).
///
/// No word of any language is named here: coordinators and verbs of engaging come from the pack.
extension SentenceAnalysis {
    /// The features of this file for the figure at `quantity`, tied by `binding`, read as
    /// `attribute` from `cue` (nil when no attribute cue chose it).
    func certaintyFeatures(of quantity: QuantityMention, binding: Binding, attribute: Attribute, cue: CueMatch?) -> [ReadingFeature] {
        var features: [ReadingFeature] = []
        if let subject = sharedSubject(quantity, binding: binding) {
            features.append(ReadingFeature(.sharedSubject, words: subject, systems: [systemName(binding.system)]))
        }
        if attribute == .maxRange, cue == nil, quantity.dimension == .length, let verb = targetVerb(before: quantity) {
            features.append(ReadingFeature(.rangeOrHeight, words: text(verb.range)))
        } else if attribute == .minRange, cue.map({ isWord($0, .echo) }) ?? true, quantity.dimension == .length,
                  let verb = targetVerb(before: quantity) {
            // "cele od 25m": the low end after a verb of engaging may be the lowest height
            // as well as the shortest distance (blind set DM, pl); so it is after a word that
            // only refers back to figures ("Nach russischen Angaben ... bekämpft Ziele schon ab
            // 10 Metern", blind set OS, de).
            features.append(ReadingFeature(.weakCue, words: text(verb.range)))
        } else if quantity.dimension == .length, let words = weakLengthCue(quantity, attribute: attribute, cue: cue) {
            features.append(ReadingFeature(.weakCue, words: words))
        }
        // "The depot's fence is 3 metres high": a height cue whose figure is too low for a
        // ceiling was read as the lowest height engaged, which only a verb of engaging
        // targets (or a "from" word) says ("can hit targets flying 10 m above the ground").
        if attribute == .minAltitude, let cue, case .attribute(.maxAltitude) = cue.cue, fromWord(before: quantity) == nil,
           targetVerb(before: quantity) == nil {
            features.append(ReadingFeature(.lowHeight, words: text(cue.range)))
        }
        // ("cele zwalcza do wysokości 1,5 km": a bound before the attribute's noun makes the
        // figure a limit of the weapon, not the height one target flew at.)
        let nounBound = cue.flatMap { cue in
            upperBoundBeforeNoun(quantity, choice: AttributeChoice(attribute: attribute, cue: cue, cueWords: "", reason: "", isGeneric: false))
        }
        if nounBound == nil, let words = targetHeight(quantity, attribute: attribute), !features.contains(where: { $0.kind == .targetClause }) {
            features.append(ReadingFeature(.targetHeight, words: words))
        } else if let words = heightBeforeName(quantity, binding: binding, attribute: attribute) {
            features.append(ReadingFeature(.heightBeforeName, words: words, systems: [systemName(binding.system)]))
        }
        if attribute == .missileMass, cue == nil, let words = borrowedMissileNoun(quantity) {
            features.append(ReadingFeature(.borrowedMissileNoun, words: words))
        }
        if let rival = rivalSystems(of: binding.system, bound: binding.mention, figure: quantity.range) { features.append(rival) }
        if let words = parallelHeight(quantity, binding: binding, attribute: attribute, cue: cue) {
            features.append(ReadingFeature(.parallelHeight, words: words))
        }
        if let words = otherOrigin(before: quantity.range.lowerBound, binding: binding) {
            features.append(ReadingFeature(.otherOrigin, words: words, systems: [systemName(binding.system)]))
        }
        return features
    }

    /// "The Stinger is American. The Russian equivalent has a range of 6 km", "The Turkish
    /// version reaches 6 km": for a figure tied to the topic or to a word referring back (no
    /// system named before it in its sentence), an origin word before it in its sentence
    /// whose country is not the system's (a Soviet design counts as Russian) and the word
    /// after it.
    func otherOrigin(before position: Int, binding: Binding) -> String? {
        guard binding.system >= 0, binding.basis == .topic || binding.basis == .referredBack,
              !mentions.contains(where: { $0.named && $0.range.upperBound <= position }) else { return nil }
        let own = catalog.systems[binding.system].origin
        for cue in cues where cue.range.upperBound <= position {
            guard case .origin(let code) = cue.cue, code != own, !(Set([code, own]) == ["SU", "RU"]) else { continue }
            let next = words(in: cue.range.upperBound..<position, limit: 1)
            return text(cue.range) + (next.isEmpty ? "" : " " + next[0])
        }
        return nil
    }

    /// "The Igla-S engages targets at altitudes up to 3.5 km, while the older Igla reaches about
    /// 3 km": a range read only from a verb of reaching (pack `structure.reach_verbs`), tied to
    /// a system named after an earlier figure of length of the sentence that has a height cue
    /// (not a verb) at most three words from it, no punctuation between, another system named
    /// before it, and no other figure of length in its clause. Returns the earlier height's words.
    func parallelHeight(_ quantity: QuantityMention, binding: Binding, attribute: Attribute, cue: CueMatch?) -> String? {
        guard attribute == .maxRange, quantity.dimension == .length, let cue, let mention = binding.mention, mention.named,
              mention.range.upperBound <= quantity.range.lowerBound,
              cues.contains(where: { $0.range == cue.range && isWord($0, .reachVerb) }) else { return nil }
        for height in cues where height.range.upperBound <= mention.range.lowerBound {
            guard case .attribute(.maxAltitude) = height.cue, !cues.contains(where: { $0.range == height.range && isWord($0, .reachVerb) }),
                  let figure = quantities.first(where: { other in
                      other.dimension == .length && other.range.upperBound <= mention.range.lowerBound
                          && wordCount(gap(other.range, height.range)) <= 3 && !hasPunctuation(gap(other.range, height.range))
                  }),
                  mentions.contains(where: { $0.named && $0.system != binding.system && $0.range.upperBound <= min(figure.range.lowerBound, height.range.lowerBound) })
            else { continue }
            // An earlier clause that gave a range too ("Strzała-2 sięga na 3,6 km i do wysokości
            // 1,6 km, zmodernizowana Strzała-2M – na 4,2 km") leaves the parallel one a range.
            guard !quantities.contains(where: { other in
                other.dimension == .length && other.range != figure.range && other.range.upperBound <= mention.range.lowerBound
                    && clause(other.range.lowerBound) == clause(figure.range.lowerBound)
            }) else { return nil }
            return text(min(height.range.lowerBound, figure.range.lowerBound)..<max(height.range.upperBound, figure.range.upperBound))
        }
        return nil
    }

    /// The features of a year of entry into service tied to `system`: the records named
    /// beside it (`rivalSystems`) and a user named in its clause (`userCountry`).
    func serviceYearFeatures(_ quantity: QuantityMention, system: Int, bound: Mention?) -> [ReadingFeature] {
        guard system >= 0 else { return [] }
        var features: [ReadingFeature] = []
        if let words = userCountry(quantity, system: system) { features.append(ReadingFeature(.userCountry, words: words)) }
        if let rival = rivalSystems(of: system, bound: bound, figure: quantity.range) { features.append(rival) }
        // "It was the Stinger's predecessor: fielded in 1978" (blind set IQ).
        if let bound, let kin = kinNounOwned(by: bound) ?? (bound.named ? kinCompound(after: bound.range) : nil) {
            features.append(ReadingFeature(.relatedReference, words: kin, systems: [systemName(system)]))
        } else if let kin = kinNounHeading(quantity) {
            features.append(ReadingFeature(.relatedReference, words: kin, systems: [systemName(system)]))
        }
        return features
    }

    /// A military formation named in the clause of a year read through a verb of succession
    /// ("W 2022 roku Piorun zastąpił Gromy w 12. Dywizjonie"): the year one unit changed over.
    /// A compound counts in a compounding language ("Panzergrenadierbrigade"). Only for
    /// succession: "entered service with the 82nd Airborne Division in 1981" may well name
    /// the first unit to get it. Returns the formation's words.
    func formationInClause(_ quantity: QuantityMention) -> String? {
        let index = clause(quantity.range.lowerBound)
        let clauseRange = clauseStart(quantity.range.lowerBound)..<(index < breaks.count ? breaks[index] : range.upperBound)
        var formation: Range<Int>?
        scanWords(in: clauseRange) { word in
            if isIn(.formation, lowercasedText(word)) { formation = word }
            return formation == nil
        }
        return formation.map { text($0) }
    }

    /// A country or a people named before the year, at most eight words away with no
    /// punctuation between ("In Brasilien stehen RBS 70 seit 2014", "with the Ukrainian
    /// Army in 2022"), or right after it ("since 2014 in Brazil"), other than the record's
    /// origin (the Soviet Union and Russia counted as one): the year a user took the system
    /// into service. Not one past a comma ("El Grom polaco, en servicio desde 1985, derivaba
    /// del Igla-1 soviético") or further on ("in 1997 and was sent to Ukraine"). Returns the words.
    func userCountry(_ quantity: QuantityMention, system: Int) -> String? {
        let origin = catalog.systems[system].origin
        func sameCountry(_ a: String, _ b: String) -> Bool {
            a == b || (a == "SU" && b == "RU") || (a == "RU" && b == "SU")
        }
        for cue in cues {
            let code: String
            switch cue.cue {
            case .country(let c), .origin(let c): code = c
            default: continue
            }
            let between: Range<Int>
            if cue.range.upperBound <= quantity.range.lowerBound {
                between = stretch(cue.range, quantity.range)
                guard wordCount(between) <= 8 else { continue }
            } else if cue.range.lowerBound >= quantity.range.upperBound {
                between = stretch(quantity.range, cue.range)
                guard wordCount(between) <= 1 else { continue }
            } else {
                continue
            }
            guard !hasPunctuation(between) else { continue }
            // (A country inside a system's name, "Igla-S (Rusia)", is the name's; one right
            // beside another record's name qualifies it: "the Soviet Igla", "Igla soviético".)
            if mentions.contains(where: { mention in
                if mention.range.overlaps(cue.range) { return true }
                guard mention.named, mention.system != system else { return false }
                let gap = mention.range.upperBound <= cue.range.lowerBound ? stretch(mention.range, cue.range) : stretch(cue.range, mention.range)
                return wordCount(gap) == 0 && !hasPunctuation(gap)
            }) { continue }
            if !sameCountry(code, origin) { return text(cue.range) }
        }
        return nil
    }

    /// The other records named beside a figure at `figure` tied to `system` by `bound` (issue
    /// 8, "the wrong system"), where the tie itself is weak: the figure's own name stands
    /// after it while another record is named before it ("The FIM-43 Redeye was used from
    /// 1968 until the Stinger replaced it", "«Игла-1» была принята на вооружение в 1981 году
    /// ... перед «Иглой»"), or it is tied by a reference or the topic while other records
    /// are named or referred to in its sentence or, with none named there, in the sentence before ("Piorun –
    /// 6,5 km ... nasz waży 10,5 kg"). A figure written after its own name ("Several outlets
    /// gave the Igla-S a range of 5.2 km") gets none: crediting a system with its
    /// relative's figure is an error the checker must report. Their ids, as a `rivalSystem`
    /// feature the judge settles (`RivalReading`); nil when there are none, so most figures
    /// allocate nothing.
    func rivalSystems(of system: Int, bound: Mention?, figure: Range<Int>) -> ReadingFeature? {
        guard system >= 0 else { return nil }
        let namedAfter: Bool
        if let bound, bound.named {
            // (A name in an earlier clause is no nearer than the sentence's other names: "se
            // parecen en peso: 10,1 kg el misil del primero y 10,8 kg el del segundo", blind set UV.)
            // (Not the owner of the relative clause holding the figure: "den FIM-43 Redeye
            // ablösen, der erst 1981 in Dienst gestellt worden war", blind set VQ.)
            if bound.range.upperBound <= figure.lowerBound, clause(bound.range.lowerBound) != clause(figure.lowerBound),
               relativeOwner(of: figure.lowerBound)?.range != bound.range {
                namedAfter = false
            } else {
                guard bound.range.lowerBound >= figure.upperBound else { return rivalSubjectBefore(bound, system: system, figure: figure) }
                namedAfter = true
            }
        } else {
            namedAfter = false
        }
        var ids: [String] = []
        var namesAny = false
        // (A word referring back counts as its system's mention: "Ce système russe ... la portée de
        // l'Igla d'origine ... et sa charge de 2,49 kg", the Igla-S's figure, is tied by "sa" to the Igla.)
        for mention in mentions where mention.system >= 0 {
            if mention.named { namesAny = true }
            if namedAfter, mention.range.upperBound > figure.lowerBound { continue }
            let id = catalog.systems[mention.system].id
            if mention.system != system, !ids.contains(id) { ids.append(id) }
        }
        if !namesAny {
            for other in state.lastNamed where other >= 0 && other != system {
                let id = catalog.systems[other].id
                if !ids.contains(id) { ids.append(id) }
            }
        }
        return ids.isEmpty ? nil : ReadingFeature(.rivalSystem, words: "", systems: ids)
    }

    /// "the Bolide missile now fired by the RBS 70 NG reaches 8 km": a name written before the
    /// figure's own in its clause, itself no object or apposition, may be the clause's subject
    /// with the figure's name inside a phrase qualifying it; the judge keeps it as a rival only
    /// when the figure is that record's (`RivalReading`). A contrast's or comparison's object
    /// ("Unlike the Igla, the Igla-S reaches 5.2 km") is none: that figure is the subject's.
    func rivalSubjectBefore(_ bound: Mention, system: Int, figure: Range<Int>) -> ReadingFeature? {
        let here = clause(figure.lowerBound)
        guard clause(bound.range.lowerBound) == here else { return nil }
        var ids: [String] = []
        for mention in mentions where mention.named && mention.system >= 0 && mention.system != system
            && mention.range.upperBound <= bound.range.lowerBound && !mention.isObject && !mention.apposition
            && clause(mention.range.lowerBound) == here {
            let id = catalog.systems[mention.system].id
            if !ids.contains(id) { ids.append(id) }
        }
        return ids.isEmpty ? nil : ReadingFeature(.rivalSystem, words: "", systems: ids)
    }

    /// "die Maschine wurde in rund 10.000 Metern Flughöhe von einer Buk-Rakete getroffen": a
    /// ceiling tied to a name written after it in its clause, with no name, reference or
    /// other figure before it there, may be the height at which a target was hit. The judge
    /// keeps the feature only when the figure falls short of every recorded ceiling
    /// (`RivalReading`). Returns the words from the figure to the name.
    func heightBeforeName(_ quantity: QuantityMention, binding: Binding, attribute: Attribute) -> String? {
        guard attribute == .maxAltitude, quantity.dimension == .length, let bound = binding.mention, bound.named,
              bound.range.lowerBound >= quantity.range.upperBound,
              clause(bound.range.lowerBound) == clause(quantity.range.lowerBound) else { return nil }
        let start = clauseStart(quantity.range.lowerBound)
        guard !mentions.contains(where: { $0.range.lowerBound >= start && $0.range.upperBound <= quantity.range.lowerBound }),
              // (A date or a count before it is no figure of the kind: "wurde Flug MH17 am 17. Juli
              // 2014 in rund zehn Kilometern Höhe von einer Buk-Rakete getroffen".)
              !quantities.contains(where: { $0.dimension != nil && $0.range.lowerBound >= start && $0.range.upperBound <= quantity.range.lowerBound })
        else { return nil }
        return text(quantity.range.lowerBound..<bound.range.upperBound)
    }

    /// A mass read as the missile's only from a missile noun before it ("11,7 el misil y unos
    /// 6,5 el tubo lanzador", "the complete launcher with missile comes to 14.5 kg") when that
    /// noun belongs to something else: another figure of mass stands before the noun in the
    /// same stretch of text (the noun is that figure's), a cue of another mass, a part of the
    /// weapon or a noun for the whole system ("the launcher") stands there (the noun is part
    /// of a whole's description), or a part of the
    /// weapon follows the figure within three words (the figure's own noun). Returns the words
    /// from the noun's stretch to the figure.
    func borrowedMissileNoun(_ quantity: QuantityMention) -> String? {
        guard missileNoun(before: quantity) != nil else { return nil }
        var start = quantity.range.lowerBound
        let limit = max(range.lowerBound, start - 64)
        while start > limit, !hasPunctuation((start - 1)..<start) { start -= 1 }
        let stretch = start..<quantity.range.lowerBound
        // The noun heads another figure written right before it ("11,7 el misil y unos 6,5";
        // not "16.5 kg and the missile 10.5 kg"). (A decimal comma ends the stretch inside
        // "11,7": a figure overlapping it counts.)
        var noun: Range<Int>?
        scanWords(in: stretch) { word in
            if isIn(.missileNoun, lowercasedText(word)) { noun = word }
            return true
        }
        let figureBefore = noun.map { noun in
            quantities.contains { other in
                other.dimension == .mass && other.range.upperBound > stretch.lowerBound && other.range.upperBound <= noun.lowerBound
                    && wordCount(other.range.upperBound..<noun.lowerBound) <= 1
            }
        } ?? false
        // The noun belongs to a whole or a part named at most two words before it, with no
        // coordinator or figure between ("the complete launcher with missile", "el lanzador
        // completo con misil"; not "16,5 kg con el lanzador y el misil 10,5 kg").
        func describes(_ r: Range<Int>, _ noun: Range<Int>) -> Bool {
            guard r.upperBound <= noun.lowerBound, stretch.contains(r.lowerBound) else { return false }
            let gap = r.upperBound..<noun.lowerBound
            return wordCount(gap) <= 2 && !quantities.contains { gap.contains($0.range.lowerBound) }
                && !containsWord(in: gap) { isCoordinator($0) }
        }
        let wholeBefore = noun.map { noun in
            cues.contains { cue in
                guard describes(cue.range, noun) else { return false }
                if case .attribute(let kind) = cue.cue { return kind == .systemMass || kind == .warheadMass }
                return isWord(cue, .componentNoun)
            } || mentions.contains { mention in
                !mention.named && !mention.pronoun && describes(mention.range, noun) && !containsWord(in: mention.range, of: .missileNoun)
            }
        } ?? false
        var end = quantity.range.upperBound
        let endLimit = min(range.upperBound, end + 64)
        while end < endLimit, !hasPunctuation(end..<(end + 1)) { end += 1 }
        let after = quantity.range.upperBound..<end
        let partAfter = cues.contains { cue in
            isWord(cue, .componentNoun) && after.contains(cue.range.lowerBound)
                && wordCount(quantity.range.upperBound..<cue.range.lowerBound) <= 3
        }
        guard figureBefore || wholeBefore || partAfter else { return nil }
        return text(stretch.lowerBound..<quantity.range.upperBound)
    }

    /// A range or a height read from a cue that does not settle which of the two it is
    /// (issue 8, "range and altitude swapped"): the cue is a verb of reaching alone ("The
    /// Igla-S reaches only 3.5 km", "sięga", "достигает"), it stands after the figure past
    /// other words ("stretches that to 8 km and can hit ... low-flying drones"), or a cue of
    /// the other kind is glued to the figure's unit ("from 10 to 4,000 metres up" read as a
    /// range; not "do 5 km i na wysokości", the next figure's cue). Returns the cue's words; the judge keeps the feature only when the figure,
    /// read as the other attribute (range for height, height for range), agrees with the
    /// record (`RivalReading`). A noun cue before the figure ("a ceiling of 6 km", "zasięg
    /// 9 km") settles the attribute and gives none.
    func weakLengthCue(_ quantity: QuantityMention, attribute: Attribute, cue: CueMatch?) -> String? {
        guard let other = attribute.lengthSibling, let cue else { return nil }
        // (Also a verb of reaching that opens a cue of two or three words: "reicht bis 3.800
        // Meter", "atteindre des cibles à 22 000 mètres".)
        if cues.contains(where: { $0.range == cue.range && (isWord($0, .reachVerb) || $0.cue == .targetVerb || isWord($0, .weakTargetVerb)) })
            || ((2...3).contains(wordCount(cue.range)) && cues.contains { $0.range.lowerBound == cue.range.lowerBound && $0.range.upperBound < cue.range.upperBound && isWord($0, .reachVerb) }) {
            return text(cue.range)
        }
        if cue.range.lowerBound >= quantity.range.upperBound, wordCount(quantity.range.upperBound..<cue.range.lowerBound) >= 3 {
            return text(cue.range)
        }
        // "low-flying jets at up to 7 km": the cue is the end of a compound that describes the
        // targets; it does not say whether the figure is how far or how high.
        if cue.range.lowerBound > range.lowerBound, bytes[cue.range.lowerBound - 1] == 0x2D {
            return text(cue.range)
        }
        let family: Set<Attribute> = other == .maxAltitude || other == .minAltitude ? [.maxAltitude, .minAltitude] : [.maxRange, .minRange]
        if let after = cues.first(where: { match in
            guard case .attribute(let kind) = match.cue, family.contains(kind), match.range != cue.range,
                  match.range.lowerBound > quantity.range.lowerBound else { return false }
            return match.range.lowerBound <= quantity.range.upperBound || wordCount(quantity.range.upperBound..<match.range.lowerBound) == 0
        }) {
            return text(after.range)
        }
        return nil
    }

    /// "żołnierze zestrzelili drona lecącego na wysokości 1500 m", "traf eine Zieldrohne in
    /// 3000 Metern Höhe": a ceiling written as a plain figure (no bound) within four words
    /// after a target, with nothing named, no other figure and no punctuation between, may be
    /// the height at which a target was met rather than the highest the weapon reaches. The
    /// judge keeps the feature only when the figure falls short of every recorded ceiling
    /// (`RivalReading`): a figure above the ceiling is wrong either way. Returns the words
    /// from the target to the figure.
    func targetHeight(_ quantity: QuantityMention, attribute: Attribute) -> String? {
        guard attribute == .maxAltitude, quantity.bound == .exact || quantity.bound == .about, quantity.dimension == .length else { return nil }
        let position = quantity.range.lowerBound
        var start = clauseStart(position)
        // (A clause a comma opens may describe the target right before the comma.)
        if start > range.lowerBound, bytes[start] == 0x2C || bytes[start - 1] == 0x2C { start = clauseStart(start - 1) }
        var target: Range<Int>?
        var owner = false
        for cue in cues where cue.range.upperBound <= position && cue.range.lowerBound >= start {
            if case .target = cue.cue, cue.range.upperBound > (target?.upperBound ?? -1) { (target, owner) = (cue.range, false) }
            if isWord(cue, .otherOwner), cue.range.upperBound > (target?.upperBound ?? -1) { (target, owner) = (cue.range, true) }
        }
        scanWords(in: start..<position) { word in
            if word.upperBound > (target?.upperBound ?? -1) || owner && word == target, isIn(.targetNoun, lowercasedText(word)) { (target, owner) = (word, false) }
            return true
        }
        guard var target else { return nil }
        // "по Boeing 737, набиравшему ...": the model number goes with the name.
        if let next = nextWordRange(after: target.upperBound), next.lowerBound == target.upperBound + 1, next.upperBound < position,
           bytes[target.upperBound] == 0x20, (next.lowerBound..<next.upperBound).contains(where: { ByteText.isDigit(bytes[$0]) }),
           !quantities.contains(where: { $0.range.overlaps(next) && $0.dimension != nil }) {
            target = target.lowerBound..<next.upperBound
        }
        // (Also past a comma right after the target that opens a participle or a relative clause
        // on it, and past the target's own speed: "по мишеням, летевшим со скоростью 300 км/ч на
        // высоте 1 км", "Imitatory celów leciały ... z prędkością ok. 300 km/h na wysokości 500 m".)
        let comma = target.upperBound < position && bytes[target.upperBound] == 0x2C
        // An approximate height, or one after a thing that is no target ("Boeing", "airliner"),
        // only in a clause opened on it by a comma: "do Boeinga 737, który wznosił się na
        // wysokości ok. 2400 m", "по Boeing 737, набиравшему высоту около 2400 м" (blind set
        // OU, pl and ru); "can hit targets at about 3,500 m" states the weapon's ceiling.
        guard comma || (quantity.bound == .exact && !owner) else { return nil }
        let between = (comma ? target.upperBound + 1 : target.upperBound)..<position
        let speeds = quantities.contains { between.contains($0.range.lowerBound) }
        guard wordCount(between) <= (comma || speeds ? 10 : 4), !hasPunctuationOutsideFigures(between),
              !quantities.contains(where: { between.contains($0.range.lowerBound) && $0.dimension != .speed }),
              !mentions.contains(where: { between.contains($0.range.lowerBound) }) else { return nil }
        return text(target.lowerBound..<quantity.range.upperBound)
    }

    /// The name of the sentence's subject when the figure at `quantity`, tied by `binding` to
    /// a system named after that subject in the same clause, follows that name only past a
    /// coordinator (" and ", " y ", " und ") with nothing named or referred to between; nil
    /// otherwise (and for a figure in a relative clause on the name: "the Strela-2, which
    /// reaches 3.6 km" is the Strela-2's).
    func sharedSubject(_ quantity: QuantityMention, binding: Binding) -> String? {
        guard binding.system >= 0, binding.basis != .relativeClause, binding.basis != .apposition, let bound = binding.mention, bound.named,
              bound.range.upperBound <= quantity.range.lowerBound, !vocabulary.coordinators.isEmpty else { return nil }
        if let carrier = carrierSubject(quantity, bound: bound) { return carrier }
        // "The Rolling Airframe Missile borrows the infrared seeker of the Stinger but is a much
        // larger round of about 73 kg" (blind set PO): a system outside the database may be the
        // subject the coordinated predicate shares.
        // (It must open the sentence, an article at most before it: "В мемуарах бывший штурман
        // Ми-24 пишет, что «Стингер» ..." names the helicopter inside another phrase.)
        if let outside = outsideMentions.first, outside.range.upperBound <= bound.range.lowerBound,
           words(in: range.lowerBound..<outside.range.lowerBound).allSatisfy({ isIn(.definiteArticle, $0.lowercased()) || isIn(.determiner, $0.lowercased()) }),
           wordCount(range.lowerBound..<outside.range.lowerBound) <= 1,
           clause(outside.range.lowerBound) == clause(bound.range.lowerBound) {
            let lead = bound.range.upperBound..<quantity.range.lowerBound
            if containsWord(in: lead, where: { isCoordinator($0) }) || cues.contains(where: { isWord($0, .clauseBreak) && lead.contains($0.range.lowerBound) }),
               !mentions.contains(where: { lead.contains($0.range.lowerBound) }),
               !outsideMentions.contains(where: { lead.contains($0.range.lowerBound) }),
               !quantities.contains(where: { lead.contains($0.range.lowerBound) && $0.dimension == quantity.dimension }) {
                return outside.words
            }
        }
        // The subject: the sentence's first name, another record, no object or apposition; or a
        // word referring back that opens the sentence ("They protect the S-400 and hit targets
        // at up to 20 km", "Последние прикрывают С-400 … и поражают цели").
        guard let subject = mentions.first(where: \.named).flatMap({ name in
                  referringSubject(before: name) ?? name
              }) ?? referringSubject(before: bound),
              subject.system >= 0, subject.system != binding.system,
              !subject.isObject, !subject.apposition, subject.range.upperBound <= bound.range.lowerBound else { return nil }
        let lead = bound.range.upperBound..<quantity.range.lowerBound
        // (A coordinator that joins the figure to one before it opens no predicate: "the S-300 about 200 km and 27 km".)
        if quantities.contains(where: { lead.contains($0.range.lowerBound) && $0.dimension == quantity.dimension && isCoordinatedPair($0, quantity) }) { return nil }
        // ("«Верба» приходит на смену «Игле-С»: новый ПЗРК ... поражает цели на высоте до 2,5 км":
        // a word referring back after the colon may mean either; blind set GD.)
        if subject.named, !mentions.contains(where: { $0.named && lead.contains($0.range.lowerBound) }),
           succeededBeforeColon(subject: subject, bound: bound) {
            return systemName(subject.system)
        }
        guard !mentions.contains(where: { lead.contains($0.range.lowerBound) }),
              !outsideMentions.contains(where: { lead.contains($0.range.lowerBound) }) else { return nil }
        // (A name only: "Его сменил «Стингер», поступивший ..." has the pronoun as the object.)
        if subject.named, succeededBeforeColon(subject: subject, bound: bound) || succeededBeforeBreak(subject: subject, bound: bound, figure: quantity.range) {
            return systemName(subject.system)
        }
        if clause(subject.range.lowerBound) == clause(bound.range.lowerBound) {
            guard containsWord(in: lead, where: { isCoordinator($0) }) || predicateAfterBreak(in: lead) else { return nil }
        } else {
            // A clause-break word between them may open a clause of the bound name's own ("...,
            // while the Igla is Russian and weighs 10.8 kg"); a name followed at once by the
            // coordinator has no predicate of its own there ("na bazie Groma i wszedł do służby").
            // So does a clause-break word followed at once by a predicate, the subject left out
            // ("Китайский FN-6 стреляет на те же 6 км, что и «Игла-С», но весит в сборе 25 кг";
            // blind set GE).
            guard let first = firstWord(in: lead), isCoordinator(first) || predicateAfterBreak(in: lead) else { return nil }
        }
        return systemName(subject.system)
    }

    /// A word referring back to another system ("They", "The latter", "Последние") that opens
    /// the sentence before `name`, as its subject: not possessive, with no name before it.
    func referringSubject(before name: Mention) -> Mention? {
        guard let first = mentions.first, !first.named, !first.possessive, !first.isObject, !first.kinReference,
              first.range.upperBound <= name.range.lowerBound, !followsKinNoun(name.range),
              wordCount(range.lowerBound..<first.range.lowerBound) == 0,
              // (Not a possessive before a kin noun: "Son successeur, le Mistral 3, ...".)
              !cues.contains(where: { isWord($0, .kinNoun) && $0.range.lowerBound >= first.range.upperBound
                  && wordCount(first.range.upperBound..<$0.range.lowerBound) == 0 }) else { return nil }
        return first
    }

    /// "Each vehicle carries four Piorun missiles and engages targets out to 5.5 km", "Der
    /// Wiesel trägt vier Stinger-Raketen und bekämpft Ziele bis 5,5 km": the bound name is the
    /// object of the clause's first predicate (after a component intro such as "carries"), no
    /// system is named before it in the sentence, and a coordinator joins a second predicate
    /// before the figure: that predicate shares the first one's subject, which is no system we
    /// hold. Returns the subject's last word before the intro.
    func carrierSubject(_ quantity: QuantityMention, bound: Mention) -> String? {
        guard bound.isObject, !mentions.contains(where: { $0.range.lowerBound < bound.range.lowerBound }),
              clause(bound.range.lowerBound) == clause(quantity.range.lowerBound) else { return nil }
        let lead = bound.range.upperBound..<quantity.range.lowerBound
        guard !mentions.contains(where: { lead.contains($0.range.lowerBound) }),
              containsWord(in: lead, where: { isCoordinator($0) }) else { return nil }
        // The subject's last word before the intro ("vehicle" in "Each vehicle carries").
        guard let intro = lastCue(where: { isWord($0, .componentIntro) && $0.range.upperBound <= bound.range.lowerBound }),
              intro.range.lowerBound >= clauseStart(bound.range.lowerBound),
              let head = lastWordRange(before: intro.range.lowerBound) else { return nil }
        return text(head)
    }

    /// "Le S-350 remplace les vieux S-300PS : 12 missiles par lanceur, des cibles jusqu'à 60 km":
    /// the bound name is the object of a verb of succession (pack `successors_before`) written
    /// after the subject's name, and a colon follows the object at once: what the colon opens
    /// may describe the newcomer as well as the system it replaces.
    /// "«Сосна»: сменяет «Стрелу-10», дальность поражения — 10 км": the bound name is the
    /// object of a verb of succession written after the subject's name in the same clause,
    /// and the figure stands past a punctuation mark after it, outside a relative clause or
    /// an apposition on it: the figure may be the newcomer's.
    func succeededBeforeBreak(subject: Mention, bound: Mention, figure: Range<Int>) -> Bool {
        guard bound.range.upperBound <= figure.lowerBound, hasPunctuation(bound.range.upperBound..<figure.lowerBound) else { return false }
        return cues.contains { cue in
            isWord(cue, .successorBefore) && cue.range.lowerBound >= subject.range.upperBound
                && cue.range.upperBound <= bound.range.lowerBound && wordCount(cue.range.upperBound..<bound.range.lowerBound) <= 3
                && !hasPunctuation(cue.range.upperBound..<bound.range.lowerBound)
        }
    }

    func succeededBeforeColon(subject: Mention, bound: Mention) -> Bool {
        var k = bound.range.upperBound
        // Past spaces and closing quotes ("«Верба» пришла на смену «Игле»:").
        while k < range.upperBound, bytes[k] == 0x20 || bytes[k] == 0xC2 || bytes[k] == 0xA0 || bytes[k] == 0xBB || bytes[k] == 0x22 { k += 1 }
        if k + 2 < range.upperBound, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9D { k += 3 }
        guard k < range.upperBound, bytes[k] == 0x3A else { return false }
        return cues.contains { cue in
            isWord(cue, .successorBefore) && cue.range.lowerBound >= subject.range.upperBound
                && cue.range.upperBound <= bound.range.lowerBound
        }
    }
}
