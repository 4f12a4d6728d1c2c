/// Origin claims: a country's word beside a system's name ("the Russian Igla-S", "Made in
/// Poland, the Piorun"), or qualifying a word that refers to one ("amerykański pocisk").
extension SentenceAnalysis {
    /// Whether a noun the pack lists under `structure.origin_before_vetoes` ends right before
    /// `position` ("Selon l'armée ukrainienne, un Mistral ...": the army's origin, not the
    /// Mistral's). Only the 40 bytes before are read.
    func followsOriginVeto(_ position: Int) -> Bool {
        guard !vocabulary.originBeforeVetoes.isEmpty else { return false }
        let lead = lowercasedText(max(range.lowerBound, position - 40)..<position)
        return vocabulary.originBeforeVetoes.contains { veto in
            lead.hasSuffix(veto) && (lead.count == veto.count || lead.dropLast(veto.count).last.map { !$0.isLetter } ?? true)
        }
    }
}

extension SentenceAnalysis {
    func originClaims() -> [Claim] {
        var claims: [Claim] = []
        let named = mentions.filter(\.named)
        for cue in cues {
            guard case .origin(let code) = cue.cue else { continue }
            let lead = lowercasedText(max(range.lowerBound, cue.range.lowerBound - 12)..<cue.range.lowerBound)
            // A cue may run past the sentence's end (a phrase across a line break): no trail then.
            // (40 bytes after a letter outside ASCII: a Cyrillic veto word takes two a letter, "спецназовцы".)
            let next = cue.range.upperBound + 1
            let reach = next < range.upperBound && bytes[next] >= 0x80 ? 40 : 20
            let trail = text(cue.range.upperBound..<max(cue.range.upperBound, min(range.upperBound, cue.range.upperBound + reach)))
                .lowercased()
            let trailIsASCII = trail.utf8.allSatisfy { $0 < 0x80 }
            // "post-Soviet", "Russian for 'needle'", "isn't Soviet": not an origin claim.
            // (The hyphen and the space are looked at once, not joined to every veto word.)
            // "israélo-indienne", "Israeli-Indian", "polsko-brytyjski": the second part of a
            // compound of two origins names a joint work, no one origin.
            if (lead.last == "-" && (vocabulary.originPrefixVetoes.contains(where: { lead.dropLast().hasSuffix($0) }) || isJointOrigin(before: cue.range.lowerBound)))
                || (trail.utf8.first == 0x20 && vocabulary.originAfterVetoes.contains(where: { veto in
                    // The veto word ends at a space, a stop or the sentence's end ("of Soviet lineage.").
                    guard Self.hasSpacedPrefix(trail, veto, ascii: trailIsASCII) else { return false }
                    return trail.dropFirst(veto.count + 1).first.map { !$0.isLetter } ?? true
                }))
                || isNegated(cue.range.lowerBound) || followsOriginVeto(cue.range.lowerBound) {
                continue
            }
            // "zestrzelili Piorunem rosyjski śmigłowiec": the origin of a target, not of a system.
            if cues.contains(where: { other in
                if case .target = other.cue { return other.range.lowerBound > cue.range.upperBound && other.range.lowerBound - cue.range.upperBound <= 1 }
                return false
            }) {
                continue
            }
            // "THAAD intercepted a North Korean missile", "Le THAAD a intercepté un missile
            // nord-coréen": an origin word at most three words after a verb of engaging, firing
            // or detecting in its clause, with no name right after it, qualifies the verb's object.
            if objectOfEngaging(cue) { continue }
            // "Зенитчики сбили из «Бука» украинский Су-27", "shot down a Ukrainian Su-27 with a
            // Buk": the origin word right before a system the database does not hold is that one's.
            if outsideMentions.contains(where: { outside in
                outside.range.lowerBound >= cue.range.upperBound && stretch(cue.range, outside.range).allSatisfy { bytes[$0] == 0x20 }
            }) {
                continue
            }
            // "a la República Checa misiles Mk II": an origin word ending a longer country name is
            // part of the name, a place or a buyer, no origin.
            if cues.contains(where: { other in
                if case .country = other.cue { return other.range.count > cue.range.count && other.range.contains(cue.range.lowerBound) }
                return false
            }) {
                continue
            }
            // "the Stinger that Ukrainian crews carry", "soldados ucranianos", "polscy
            // żołnierze": the origin word qualifies people right beside it (a word for persons
            // or a crew), not a system: who uses a weapon is not where it comes from (issue 8).
            if cues.contains(where: { other in
                guard other.cue == .nonClaim(.persons) || other.cue == .attribute(.crew) || isWord(other, .crewPerson) else { return false }
                if other.range.lowerBound >= cue.range.upperBound { return other.range.lowerBound - cue.range.upperBound <= 1 }
                return other.range.upperBound <= cue.range.lowerBound && cue.range.lowerBound - other.range.upperBound <= 1
            }) {
                continue
            }
            // "received a Patriot system from Germany", "otrzymała Patrioty z Niemiec": after a
            // word of transfer, an origin phrase opening with a preposition and holding a country's
            // name, written after the system's name, says who supplied it ("compró Igla-S de fabricación rusa" keeps its origin).
            let own = clause(cue.range.lowerBound)
            // (A phrase that opens with a lowercase word, a preposition: not "South Korea's", "US".)
            if !ByteText.isUppercaseScalar(at: cue.range.lowerBound, bytes), cues.contains(where: { other in
                   if case .country = other.cue { return cue.range.contains(other.range.lowerBound) }
                   return false
               }),
               let name = named.last(where: { $0.range.upperBound <= cue.range.lowerBound && clause($0.range.lowerBound) == own }),
               cues.contains(where: { isWord($0, .transfer) && $0.range.upperBound <= name.range.lowerBound && clause($0.range.lowerBound) == own }) {
                continue
            }
            // (Or right after the word of transfer, the name after it: "Kijów otrzymał z Polski
            // zestawy 9K33 Osa", blind set SG.)
            // (A phrase of a preposition and a country, not an adjective: "otrzymał polskie
            // zestawy" may name the maker.)
            if !ByteText.isUppercaseScalar(at: cue.range.lowerBound, bytes), (cue.range.lowerBound..<cue.range.upperBound).contains(where: { bytes[$0] == 0x20 }),
               cues.contains(where: { transfer in
                   guard isWord(transfer, .transfer), transfer.range.upperBound <= cue.range.lowerBound else { return false }
                   let gap = transfer.range.upperBound..<cue.range.lowerBound
                   return wordCount(gap) <= 1 && !hasPunctuation(gap)
               }) {
                continue
            }
            let words = text(cue.range)
            let isPredicate = containsWord(in: cue.range, of: .predicatePreposition)
            var found: (system: Int, span: Range<Int>, reason: String, words: String)?
            var attributive = false
            var partner: Mention?
            var besideName = false
            // The system was reached through a word referring back ("die sowjetische Waffe"),
            // not a name beside the origin word.
            var throughReference = false
            var pairOrigin = false
            // "Unlike the infrared Stinger, the British missile is laser-guided": a reference
            // right after the origin word that resolved to a system of that origin is that
            // system, not the name before the comma.
            let ownReference = mentions.first { mention in
                !mention.named && mention.range.lowerBound >= cue.range.upperBound
                    && (stretch(cue.range, mention.range)).allSatisfy { bytes[$0] == 0x20 }
                    && catalog.systems[mention.system].origin == code
            }
            // Next to a name: "Russian-made Igla-S", "Polish-designed Piorun", "the Igla-S,
            // de fabricación rusa", "the original Igla is Soviet".
            if let near = named.filter({ mention in
                if mention.range.lowerBound >= cue.range.upperBound {
                    let between = stretch(cue.range, mention.range)
                    // "derived from Russia's Tor-M1": a possessive ending alone between makes
                    // the country the owner of the name after it (blind set GZ).
                    if possessiveGap(between) { return true }
                    // "The Stinger comes from the US, the Igla-S from Russia": past a comma, the
                    // next clause's name is not the phrase's when a name stands before it in its
                    // own clause ("Made in Russia, the Igla-S ..." names none before).
                    if between.contains(where: { bytes[$0] == 0x2C }), named.contains(where: { other in
                        other.range.upperBound <= cue.range.lowerBound && !hasPunctuation(stretch(other.range, cue.range))
                    }) { return false }
                    // ("Contrairement à ce qu'a affirmé une chaîne russe, le Crotale NG ...": an
                    // origin word right after a lowercase noun of its clause qualifies that noun.)
                    if between.contains(where: { bytes[$0] == 0x2C }), let before = lastWordRange(before: cue.range.lowerBound),
                       !hasPunctuation(before.upperBound..<cue.range.lowerBound), bytes[before.lowerBound] >= 0x61 && bytes[before.lowerBound] <= 0x7A || bytes[before.lowerBound] >= 0xC3
                        // (Or the sentence's capitalised first word: "Mitrailleuses soviétiques, Stinger et l'IRIS-T"; blind set MM.)
                        || !hasWord(in: range.lowerBound..<before.lowerBound),
                       !isIn(.determiner, lowercasedText(before)), !isIn(.definiteArticle, lowercasedText(before)),
                       !cues.contains(where: { $0.range.overlaps(before) }) { return false }
                    // ("Tras el impacto de un misil ruso, el Patriot ...": a noun an indefinite
                    // article opens is a new thing, not the name past the comma; blind set PP.)
                    if between.contains(where: { bytes[$0] == 0x2C }), let before = lastWordRange(before: cue.range.lowerBound),
                       !hasPunctuation(before.upperBound..<cue.range.lowerBound), followsIndefiniteArticle(before.lowerBound) { return false }
                    return !hasPunctuation(between, allowingComma: true) && (onlyDeterminers(between) || onlyClassWords(between))
                }
                if mention.range.upperBound <= cue.range.lowerBound {
                    let between = stretch(mention.range, cue.range)
                    // ("compared with CAMM this American system": a demonstrative opens the
                    // reference's own phrase; blind set DV, pl and en.)
                    if let ownReference, ownReference.system != mention.system,
                       hasPunctuation(between, allowingComma: false) || containsWord(in: between, of: .demonstrative) { return false }
                    // ("S-125 Newa einen amerikanischen Tarnkappenbomber": an article alone, no
                    // comma, opens another noun phrase; the origin word is its noun's unless
                    // that noun stands for a weapon.)
                    if articleOpensPhrase(between, origin: cue.range) { return false }
                    // ("Entre el Starstreak y el Mistral, el británico vuela ...": past a comma, an
                    // origin word after the second of a coordinated pair names one of the two, by
                    // its origin, not the second; blind set HB.)
                    if between.contains(where: { bytes[$0] == 0x2C }), named.contains(where: { other in
                        other.range.upperBound <= mention.range.lowerBound && wordCount(stretch(other.range, mention.range)) <= 2
                            && !hasPunctuation(stretch(other.range, mention.range)) && containsWord(in: stretch(other.range, mention.range), where: { isCoordinator($0) })
                    }) { return false }
                    return !hasPunctuation(between, allowingComma: true) && onlyCopulas(between)
                        && !(between.contains { bytes[$0] == 0x2C } && qualifiesProperNoun(cue.range))
                }
                return false
            }).min(by: { gap($0.range, cue.range).count < gap($1.range, cue.range).count }) {
                found = (near.system, min(near.range.lowerBound, cue.range.lowerBound)..<max(near.range.upperBound, cue.range.upperBound),
                         "named next to the origin word", near.words)
                // "the Ukrainian S-300", "el S-300 ucraniano": one bare word right beside the name;
                // "sul campo di battaglia ucraino il Mistral": an article between (the word is the noun's before).
                attributive = (gap(near.range, cue.range).allSatisfy { bytes[$0] == 0x20 } || near.range.lowerBound > cue.range.upperBound
                    && !hasPunctuation(gap(near.range, cue.range))) && (!words.utf8.contains(0x20) && !words.utf8.contains(0x2D)
                    && !hasMakerSuffix(cue.range) || isPossessive(cue.range))  // ("South Korea's THAAD battery": the owner's country, as "Ukraine's".)
                partner = coordinatedName(with: near, awayFrom: cue.range)
                besideName = !hasPunctuation(gap(near.range, cue.range))
            } else if isPredicate, let binding = bind(cue.range.lowerBound, inSentence: true) {
                found = (binding.system, cue.range, binding.reason, binding.words)
            } else if let head = originHead(for: cue.range), !followsIndefiniteArticle(min(head.lowerBound, cue.range.lowerBound)),
                      // "a North Korean Nodong missile": a name outside the database between the
                      // origin word and its head is what the head names.
                      !outsideMentions.contains(where: { $0.range.lowerBound >= cue.range.upperBound && $0.range.upperBound <= head.lowerBound }) {
                attributive = !words.utf8.contains(0x20) && !words.utf8.contains(0x2D) && !hasMakerSuffix(cue.range)  // "das deutsche System", "misiles iraníes"
                // "amerykański pocisk": the reference the origin word qualifies, else the name before it.
                if let mention = mentions.first(where: { !$0.named && $0.range.overlaps(head) })
                    ?? mentions.last(where: { $0.range.upperBound <= cue.range.lowerBound && catalog.systems[$0.system].origin == code })
                    ?? mentions.last(where: { $0.range.upperBound <= cue.range.lowerBound }) ?? mentions.first {
                    found = (mention.system, min(head.lowerBound, cue.range.lowerBound)..<max(head.upperBound, cue.range.upperBound),
                             "\"\(text(head))\" qualified by the origin word refers to \(mention.words)", mention.words)
                    throughReference = !(mention.named && mention.range.overlaps(head))
                } else if let binding = bind(cue.range.lowerBound, inSentence: true) {
                    found = (binding.system, min(head.lowerBound, cue.range.lowerBound)..<max(head.upperBound, cue.range.upperBound),
                             "\"\(text(head))\" qualified by the origin word; " + binding.reason, binding.words)
                    throughReference = true
                }
            }
            // "Według komunikatu rosyjski pocisk razi ...": a reference right after the origin
            // word that resolved to a system of that origin (originAntecedent).
            if found == nil, let reference = mentions.first(where: { mention in
                !mention.named && mention.range.lowerBound >= cue.range.upperBound
                    && (stretch(cue.range, mention.range)).allSatisfy { bytes[$0] == 0x20 }
                    && catalog.systems[mention.system].origin == code
                    && !mentions.contains { $0.named && $0.range.lowerBound >= mention.range.upperBound && wordCount(stretch(mention.range, $0.range)) == 0 }
            }), !followsCapitalisedWord(cue.range.lowerBound), isDeterminedOrArticleless(cue.range.lowerBound) {
                found = (reference.system, cue.range.lowerBound..<reference.range.upperBound,
                         "\"\(reference.words)\" after the origin word refers to the system of that origin", reference.words)
            }
            if found == nil, qualifiesWeapon(cue.range), let binding = predicateSubject(of: cue.range) {
                found = (binding.system, cue.range, binding.reason, binding.words)
            }
            // "The Strela-3 and the Igla ... Both are Soviet weapons", "Los dos son rusos": a pair
            // word before a copula is the subject; `distributedOverPair` gives both the origin.
            if found == nil, let pairWord = pairSubject(before: cue.range), let pair = pair(before: pairWord.lowerBound) {
                found = (pair[0], cue.range, "the two systems named just before", text(pairWord))
                pairOrigin = true
            }
            guard var found else { continue }
            // "menos que el sistema ruso", "Like the Starstreak, the Swedish system": the origin
            // phrase is the object of a comparison, or stands beside one, so the system it was
            // tied to may be the other one compared (issue 8). The object is then the system
            // of that origin named earlier in the sentence; else the system is a guess.
            // (An origin word right beside the name, "more than the Russian Igla-S", is that name's.)
            let compared = besideName ? (doubtful: false, other: nil) : comparedOrigin(span: found.span, system: found.system, code: code)
            if let other = compared.other {
                found = (other.system, found.span, "the object of a comparison, of that origin, named before it", other.words)
            }
            var claim = Claim(
                systemID: catalog.systems[found.system].id, attribute: .spec(.origin), value: .country(code), range: found.span,
                trace: makeTrace(systemWords: found.words, systemReason: found.reason, cueWords: words,
                                  attributeReason: "an origin phrase for \(code)"))
            // Such a word may name the user rather than the maker ("los S-300 ucranianos"):
            // against the record it is no established origin (issue 8), only `unclear`. Not
            // "Soviet": no army of that name uses anything now, so it says when or where the
            // system was made ("el Igla-S soviético" is a wrong origin).
            if attributive, code != "SU", catalog.systems[found.system].origin != code {
                claim.grounding.doubt(.attribute, "\"\(words)\" may say who uses the system, not who made it")
            }
            // "Neben dem Stinger liefert Deutschland auch Strela-Raketen. Die sowjetische Waffe
            // reicht nur 3,6 km weit": a phrase referring back whose origin word disagrees with
            // the system it was resolved to more likely means another system, named in words
            // not read as a name, than states a wrong origin (issue 8). A wrong origin is
            // written beside the name ("the Russian Stinger") or said of it ("the Stinger is
            // Russian").
            // ("El Starstreak es un misil de fabricación francesa": a word referring to a system
            // named in the same sentence is a predicate, and states a wrong origin.)
            if throughReference, compared.other == nil, claim.grounding.isEstablished, catalog.systems[found.system].origin != code,
               !named.contains(where: { $0.system == found.system && clause($0.range.lowerBound) == clause(cue.range.lowerBound) }) {
                claim.grounding.doubt(.system, "\"\(words)\" qualifies a word referring back, and \(found.words) is not of that origin: the phrase may mean another system")
            }
            // "Beide britischen Waffen" after the Starstreak, the RBS 70 and the Martlet: a pair
            // word whose origin disagrees with the first of the two systems named last more
            // likely sums up two others, as with a word referring back (blind set AK, de).
            // "HN-5A launchers, copies of an old Soviet shoulder-fired missile": an origin word a
            // few words after a noun of kinship (pack `structure.kin_nouns`) describes the
            // relative, the system copied or replaced, not the one named (blind set AL, en).
            if claim.grounding.isEstablished, catalog.systems[found.system].origin != code, let kin = lastCue(where: { kin in
                isWord(kin, .kinNoun) && kin.range.upperBound <= cue.range.lowerBound
                    && wordCount(kin.range.upperBound..<cue.range.lowerBound) <= 3 && !hasPunctuation(kin.range.upperBound..<cue.range.lowerBound)
            }) {
                claim.grounding.doubt(.system, "\"\(words)\" follows \"\(text(kin.range))\": it may describe the system copied or replaced, not the \(catalog.systems[found.system].name)")
            }
            if pairOrigin, claim.grounding.isEstablished, catalog.systems[found.system].origin != code {
                claim.grounding.doubt(.system, "\"\(found.words)\" sums up two systems, and the \(catalog.systems[found.system].name) is not of that origin: the words may mean two others")
            }
            if compared.doubtful, compared.other == nil {
                claim.grounding.doubt(.system, "\"\(words)\" stands in a comparison and may describe the other system compared")
            }
            claims.append(claim)
            // "Soviet Igla and Strela-2 launchers", "los Igla-S y Verba rusos": an origin word
            // beside two names joined by a coordinator alone qualifies both.
            if let partner, partner.system != found.system, compared.other == nil, !compared.doubtful {
                let span = min(found.span.lowerBound, partner.range.lowerBound)..<max(found.span.upperBound, partner.range.upperBound)
                var second = Claim(
                    systemID: catalog.systems[partner.system].id, attribute: .spec(.origin), value: .country(code), range: span,
                    trace: makeTrace(systemWords: partner.words, systemReason: "coordinated with \(found.words), named next to the origin word",
                                      cueWords: words, attributeReason: "an origin phrase for \(code)"))
                second.grounding = claim.grounding
                // The word stands next to the other name: that it qualifies this one too is
                // the usual reading, not an established one.
                second.grounding.doubt(.system, "\"\(words)\" stands next to \(found.words); it is read as qualifying \(partner.words) too")
                claims.append(second)
            }
        }
        return claims
    }

    /// The singular noun an origin adjective qualifies, with a determiner before the pair:
    /// "a Soviet design", "this American missile", "el veterano misil soviético".
    func originHead(for origin: Range<Int>) -> Range<Int>? {
        for head in cues where isWord(head, .originHead) {
            let pair: Range<Int>
            if head.range.lowerBound >= origin.upperBound {
                let between = stretch(origin, head.range)
                guard wordCount(between) <= 1, !hasPunctuation(between) else { continue }
                pair = origin.lowerBound..<head.range.upperBound
            } else if head.range.upperBound <= origin.lowerBound {
                // "ce missile sol-air américain": one adjective may stand between, as after it
                // (not a determiner: "the weapon that U.S. officials ...").
                let between = stretch(head.range, origin)
                guard wordCount(between) <= 1, !hasPunctuation(between), !containsWord(in: between, of: .determiner)
                else { continue }
                pair = head.range.lowerBound..<origin.upperBound
            } else {
                continue
            }
            // "El Reino Unido entregará misiles Starstreak": a head right before a name is that
            // name's class word; the origin word did not reach the name, so it is no origin.
            // Before a name we do not hold, the origin is that name's ("Советские комплексы «Куб»").
            if mentions.contains(where: { $0.named && $0.range.lowerBound >= head.range.upperBound
                && $0.range.lowerBound - head.range.upperBound <= 1 }) || otherNameRightAfter(head.range) {
                continue
            }
            let lead = max(range.lowerBound, pair.lowerBound - 24)
            var start = lead
            for i in lead..<pair.lowerBound where [0x2C, 0x2E, 0x3B, 0x3A, 0x28].contains(bytes[i]) { start = i + 1 }
            let hasDeterminer = words(in: start..<pair.lowerBound).suffix(2).contains { isIn(.determiner, $0) }
            // A language without articles marks the subject by place: "Rosyjski pocisk ma ...",
            // "Британский комплекс ..." at the start of the sentence.
            let articleless = vocabulary.wordSets[.definiteArticle]?.isEmpty ?? true
            if hasDeterminer || (articleless && !hasWord(in: range.lowerBound..<pair.lowerBound)) { return head.range }
        }
        return nil
    }

    /// Whether the word joined by a hyphen before position `start` is an origin word too, or a
    /// combining form ending in "o" ("israélo-", "russo-", "polsko-", "sino-"): a compound of
    /// two origins.
    func isJointOrigin(before start: Int) -> Bool {
        let hyphen = start - 1
        guard hyphen > range.lowerBound, bytes[hyphen] == 0x2D else { return false }
        if cues.contains(where: { cue in if case .origin = cue.cue { return cue.range.upperBound == hyphen } else { return false } }) { return true }
        var k = hyphen
        while k > range.lowerBound, bytes[k - 1] >= 0x80 || Self.isWordByte(bytes[k - 1]) { k -= 1 }
        // (The first part ends in "o": Latin, or Cyrillic "о", D0 BE: "норвежско-американский".)
        let endsInO = (bytes[hyphen - 1] | 0x20) == 0x6F || (hyphen - 2 >= k && bytes[hyphen - 2] == 0xD0 && bytes[hyphen - 1] == 0xBE)
        return hyphen - k >= 3 && endsInO
    }
}

extension SentenceAnalysis {
    /// Words an origin word may stand after a verb of engaging and still qualify its object.
    static let engagedObjectReach = 3

    /// Whether the origin word `cue` stands at most `engagedObjectReach` words after a verb of
    /// engaging, firing or detecting (a target verb, a shot verb, a detection word) in its
    /// clause, with no punctuation between and no system named right after it: it says where
    /// the verb's object comes from ("intercepted a North Korean missile").
    func objectOfEngaging(_ cue: CueMatch) -> Bool {
        let here = clause(cue.range.lowerBound)
        guard cues.contains(where: { verb in
            guard verb.cue == .targetVerb || isWord(verb, .weakTargetVerb) || isWord(verb, .shotVerb) || isWord(verb, .detection),
                  verb.range.upperBound <= cue.range.lowerBound, clause(verb.range.lowerBound) == here else { return false }
            let gap = verb.range.upperBound..<cue.range.lowerBound
            return wordCount(gap) <= Self.engagedObjectReach && !hasPunctuation(gap)
        }) else { return false }
        return !mentions.contains { mention in
            mention.named && mention.range.lowerBound >= cue.range.upperBound && wordCount(cue.range.upperBound..<mention.range.lowerBound) <= 1
        }
    }
}

extension SentenceAnalysis {
    /// Whether an indefinite article of the pack stands right before the phrase of an origin
    /// word and its head, starting at `start` ("after a North Korean missile flew 1,000 km",
    /// blind set PP; "tras el impacto de un misil ruso"): the phrase brings in a new thing,
    /// not a word referring back to a system named before. (An origin after a copula, "is a
    /// Polish missile", is read as a predicate before this is asked.)
    func followsIndefiniteArticle(_ start: Int) -> Bool {
        guard !vocabulary.indefiniteArticles.isEmpty, let before = lastWordRange(before: start),
              !hasPunctuation(before.upperBound..<start) else { return false }
        // (Opening the sentence, the phrase may label the name set off after it: "A Russian
        // system, the Pantsir, reaches 20 km".)
        // (Nor after a copula or a comma: "Es un misil portátil ruso", "the Piorun, a Polish
        // missile," describe the system.)
        guard vocabulary.indefiniteArticles.contains(lowercasedText(before)), let previous = lastWordRange(before: before.lowerBound),
              !hasPunctuation(previous.upperBound..<before.lowerBound), !isIn(.copula, lowercasedText(previous)) else { return false }
        // (Nor after a version or kin noun: "the latest version of a French missile" describes it.)
        let lead = words(in: clauseStart(before.lowerBound)..<before.lowerBound).suffix(2).map { $0.lowercased() }
        return !lead.contains(where: { isIn(.versionNoun, $0) })
            && !cues.contains(where: { isWord($0, .kinNoun) && $0.range.upperBound <= before.lowerBound && wordCount($0.range.upperBound..<before.lowerBound) <= 1 })
    }
}
