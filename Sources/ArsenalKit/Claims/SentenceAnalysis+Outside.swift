/// Systems the database does not hold: a name from `OutsideSystems` ("Javelin", "NLAW") or a
/// designation shaped like one ("HQ-22", "S-500", "PAC-4") that is no record's. Such a name
/// owns the figures it binds like a record's name would, so "Unlike the Stinger, the
/// Javelin weighs 22 kg" never credits the Stinger with 22 kg; the figure becomes a claim
/// about the unknown system, reported as unverifiable.
extension SentenceAnalysis {
    /// Finds the sentence's outside names, after `findMentions`. A name right after a
    /// contrast or comparison ("unlike the NLAW") is an object, as a record's name would be.
    func findOutsideMentions() {
        var found: [(range: Range<Int>, system: UnknownSystem)] = []
        var members: [Mention] = []
        for cue in cues {
            guard case .outsideSystem(let index) = cue.cue, index < OutsideSystems.bundled.count else { continue }
            let entry = OutsideSystems.bundled[index]
            if !entry.members.isEmpty, let member = familyMember(of: entry, at: cue.range) {
                members.append(Mention(range: cue.range, system: member, named: true, pronoun: false, possessive: isPossessive(cue.range),
                                       isObject: false, words: text(cue.range)))
                continue
            }
            found.append((cue.range, UnknownSystem(mention: text(cue.range), name: entry.name, what: entry.what)))
        }
        found.removeAll { namesVehiclePart($0.range) || ownedByVehicleNoun($0.range) }
        if !members.isEmpty {
            mentions.append(contentsOf: members)
            mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // "L'Aster 30 B1NT": a record's name with a mark after it that it does not list.
        for index in mentions.indices.reversed() where mentions[index].named && mentions[index].system >= 0 {
            guard let mark = spacedVersionMark(after: mentions[index].range) else { continue }
            let whole = mentions[index].range.lowerBound..<mark.upperBound
            let name = text(whole)
            found.append((whole, UnknownSystem(mention: name, name: name,
                                               what: "a version of the \(catalog.systems[mentions[index].system].name) the database does not list")))
            mentions.remove(at: index)
        }
        for sibling in numberedSiblings() where !found.contains(where: { $0.range.overlaps(sibling.range) }) {
            let name = text(sibling.range)
            found.append((sibling.range, UnknownSystem(mention: name, name: name,
                                                       what: "named like the \(sibling.held) the database holds, with another number")))
        }
        var versions = found.count
        for designation in foreignDesignations() where !found.contains(where: { $0.range.overlaps(designation) }) && !namesVehiclePart(designation) {
            if let version = unlistedVersion(designation) {
                found.insert((designation, version), at: versions)
                versions += 1
            } else {
                found.append((designation, UnknownSystem(mention: text(designation))))
            }
        }
        // (Versions of records the database does not list: what a later reference may mean.)
        let versionRanges = found[..<versions].map(\.range).filter { range in
            !cues.contains { cue in if case .outsideSystem = cue.cue { return cue.range == range } else { return false } }
        }
        guard !found.isEmpty else { return }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        let contrasts = cues.filter { cue in
            switch cue.cue {
            case .comparison: true
            case .word(.clauseBreak): isContrast(text(cue.range))
            case .word(.componentIntro): true
            default: false
            }
        }
        for (index, item) in found.enumerated() {
            let isObject = contrasts.contains { cue in
                cue.range.upperBound <= item.range.lowerBound && wordCount(stretch(cue.range, item.range)) <= 2
                    && !hasPunctuation(stretch(cue.range, item.range))
            } || launchedByRecord(item.range)
            unknownSystems.append(item.system)
            outsideMentions.append(Mention(
                range: item.range, system: -1 - index, named: true, pronoun: false, possessive: isPossessive(item.range),
                isObject: isObject, words: item.system.mention))
        }
        dropReferences(pastVersions: versionRanges)
    }

    /// "Его преемник С-300П поражает цели на высотах до 27 км, а его ракета развивает 2000
    /// м/с": a word referring back after a version of a record the database does not list,
    /// with no record named between, means that version, as it does after a name of the
    /// outside list (read in `findMentions`); such versions are found only here, so the
    /// references are dropped here. (Not after other designations, which are often aircraft:
    /// "The Ka-52 cruises at 300 km/h; the missile flies at 2,100 km/h".) A reference an origin
    /// word or "the former/latter" ties to its system keeps it.
    private func dropReferences(pastVersions versions: [Range<Int>]) {
        guard !versions.isEmpty, mentions.contains(where: { !$0.named }) else { return }
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }
        let outside = outsideMentions.filter { mention in !mention.isObject && versions.contains(mention.range) }
        guard !outside.isEmpty else { return }
        var dropped: Set<Int> = []
        for (index, mention) in mentions.enumerated() where !mention.named {
            guard let last = outside.last(where: { $0.range.upperBound <= mention.range.lowerBound }),
                  !mentions.contains(where: { $0.named && $0.range.lowerBound > last.range.lowerBound && $0.range.lowerBound < mention.range.lowerBound }),
                  originAntecedent(of: mention.range, names: names, after: true) == nil, formerOrLatter(mention.range) == nil
            else { continue }
            dropped.insert(index)
        }
        guard !dropped.isEmpty else { return }
        mentions = mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] }
    }

    /// The record a family name no record carries ("Strela", "Стрела", "Strzała": an entry of
    /// the outside list with `members`) means here: the one member named before it in the
    /// sentence ("The SA-7, also called Strela, ..."), else the one member the article has
    /// named so far ("the Strela-2M ... The Strela reaches 4.2 km"). Nil when none or several
    /// are: the name stays an unknown system, and its figures are judged against no record.
    func familyMember(of entry: OutsideSystem, at name: Range<Int>) -> Int? {
        let family = entry.members.compactMap { catalog.index(ofID: $0) }
        var inSentence: Set<Int> = []
        for mention in mentions where mention.named && mention.range.upperBound <= name.lowerBound && family.contains(mention.system) {
            inSentence.insert(mention.system)
        }
        if !inSentence.isEmpty { return inSentence.count == 1 ? inSentence.first : nil }
        let named = state.salience.systems.filter { family.contains($0) }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether an outside name follows a verb of launching (pack `structure.launch_verbs`)
    /// with at most one word and no punctuation between, and a record is named before the
    /// verb in the sentence as no object: "NASAMS fires AMRAAM missiles out to 30 km",
    /// "NASAMS, firing AMRAAM missiles, engages out to 30 km". The outside name is the
    /// record's munition, an object; the figures stay the record's. Record names after such a
    /// verb are left as they are ("fires both the Bolide and ...").
    func launchedByRecord(_ name: Range<Int>) -> Bool {
        for verb in cues where isWord(verb, .launchVerb) && verb.range.upperBound <= name.lowerBound {
            let between = verb.range.upperBound..<name.lowerBound
            guard wordCount(between) <= 1, !hasPunctuation(between) else { continue }
            for mention in mentions where mention.named && !mention.isObject && mention.system >= 0
                && mention.range.upperBound <= verb.range.lowerBound {
                return true
            }
        }
        return false
    }

    /// Whether an outside name is written as the first part of a compound whose last part is
    /// a vehicle noun (pack `structure.vehicle_nouns`): "auf Leopard-1-Fahrgestell" names a
    /// chassis the record is built on, not a system the sentence is about, so it is no
    /// outside mention at all ("Das 47,5 Tonnen schwere Fahrzeug auf Leopard-1-Fahrgestell"
    /// weighs what the Gepard weighs; blind set AI, de).
    /// (The compound may run on past a listed name: "Leopard-1" in "Leopard-1-Fahrgestell".)
    func namesVehiclePart(_ name: Range<Int>) -> Bool {
        var end = name.upperBound
        if end < range.upperBound, bytes[end] == 0x2D {
            end += 1
            while end < range.upperBound, bytes[end] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[end]) { end += 1 }
        }
        let whole = name.lowerBound..<end
        guard let hyphen = whole.last(where: { bytes[$0] == 0x2D }), hyphen + 1 < whole.upperBound else { return false }
        return isIn(.vehicleNoun, lowercasedText((hyphen + 1)..<whole.upperBound))
    }

    /// Whether an outside name is the owner of a vehicle noun before it, past at most two
    /// articles or owner prepositions and no punctuation: "nutzt das Fahrgestell des Leopard
    /// 1", "on the chassis of the Leopard 1", "sobre el chasis del Leopard 1": the chassis
    /// the record is built on, not a system the sentence is about (blind set JR).
    /// (Not a name with an aside of its own after it: "the chassis of the Leopard 1, a tank
    /// that weighs around 40 tonnes" describes the tank.)
    func ownedByVehicleNoun(_ name: Range<Int>) -> Bool {
        var after = name.upperBound
        while after < range.upperBound, bytes[after] == 0x20 { after += 1 }
        if after < range.upperBound, bytes[after] == 0x2C { return false }
        var end = name.lowerBound
        for _ in 0..<3 {
            guard let word = lastWordRange(before: end), !hasPunctuation(word.upperBound..<name.lowerBound) else { return false }
            let lower = lowercasedText(word)
            if isIn(.vehicleNoun, lower) { return end < name.lowerBound }
            guard isIn(.ownerPreposition, lower) || isIn(.definiteArticle, lower) || isIn(.determiner, lower) else { return false }
            end = word.lowerBound
        }
        return false
    }

    /// The unknown system a negative mention index stands for.
    func unknownSystem(_ system: Int) -> UnknownSystem? {
        let index = -1 - system
        return index >= 0 && index < unknownSystems.count ? unknownSystems[index] : nil
    }

    /// Designations in the sentence that name no record and are not on the list: capitals
    /// (a capital, then letters, at most eight, Latin or Cyrillic) joined by a hyphen to
    /// digits, outside any name the vocabulary knows ("HQ-22", "S-500", "Mi-8", "F-16",
    /// "Ми-28", "Су-25", "Мі-8").
    func foreignDesignations() -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Every designation holds a hyphen before a digit: a sentence without one (most) has none.
        // (Or before a capital: a record's name with a version the record does not list, "Бук-М3".)
        var k = range.lowerBound
        // (Or a capital glued to two digits: "K200", "M113", `gluedDesignationHead`.)
        while k + 2 < range.upperBound, !(bytes[k] == 0x2D && (bytes[k + 1] &- 0x30 < 10 || designationLetter(at: k + 1, limit: range.upperBound)?.capital == true))
                && !(TextScan.isASCIIUppercase(bytes[k]) && bytes[k + 1] &- 0x30 < 10 && bytes[k + 2] &- 0x30 < 10) { k += 1 }
        guard k + 1 < range.upperBound else { return result }
        var i = range.lowerBound
        while i < range.upperBound {
            // Each head opens with a capital, Latin (one byte) or Cyrillic (lead byte D0):
            // other bytes are passed without trying the three heads.
            let b = bytes[i]
            guard TextScan.isASCIIUppercase(b) || b == 0xD0 else {
                i += 1
                continue
            }
            guard let k = designationHeadEnd(at: i, limit: range.upperBound) ?? versionHeadEnd(at: i, limit: range.upperBound)
                    ?? gluedDesignationHead(at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            var end = k + 1
            while end < range.upperBound {
                if TextScan.isASCIIAlphanumeric(bytes[end]) {
                    end += 1
                } else if let letter = designationLetter(at: end, limit: range.upperBound) {
                    end += letter.length  // "Ту-22М3"
                } else if bytes[end] == 0x2D, end + 1 < range.upperBound,
                          TextScan.isASCIIAlphanumeric(bytes[end + 1]) || designationLetter(at: end + 1, limit: range.upperBound) != nil {
                    end += 1
                } else {
                    break
                }
            }
            let known = cues.contains { cue in
                switch cue.cue {
                case .system, .outsideSystem: cue.range.overlaps(i..<end)
                default: false
                }
            }
            if !known { result.append(i..<end) }
            i = end
        }
        return result
    }

    /// A designation that is a record's name with letters or digits the record does not list
    /// after its number ("С-300ВМ", "S-300V4" beside the S-300's S-300P, PS, PT, PMU): a
    /// version the database does not hold, named as such, so that it carries over to the next
    /// sentences as a listed outside system does (a bare designation shape does not: "F-35
    /// fighters"), and "Дальность поражения - до 250 км" after it is never the family's.
    func unlistedVersion(_ designation: Range<Int>) -> UnknownSystem? {
        var k = designation.lowerBound + 1
        while k < designation.upperBound {
            if bytes[k - 1] &- 0x30 < 10 && bytes[k] &- 0x30 >= 10 || bytes[k] == 0x2D, let record = catalog.resolve(text(designation.lowerBound..<k)) {
                let mention = text(designation)
                return UnknownSystem(mention: mention, name: mention, what: "a version of the \(record.name) the database does not list")
            }
            k += 1
        }
        return nil
    }

    /// "L'Aster 30 B1NT va poursuivre son développement", "the Aster 30 B1": a mark right after
    /// a record's name, one space between, of capitals and digits (at least one of each, six
    /// at most, a word of its own) that names no record, even with a hyphen before its digits
    /// ("PAC3" is the PAC-3): a version the database does not hold, as "Buk-M3" is with a
    /// hyphen (`versionHeadEnd`). Its range, or nil.
    func spacedVersionMark(after name: Range<Int>) -> Range<Int>? {
        let limit = range.upperBound
        guard name.upperBound + 2 < limit, bytes[name.upperBound] == 0x20 else { return nil }
        let start = name.upperBound + 1
        guard designationLetter(at: start, limit: limit)?.capital == true else { return nil }
        if let label = cues.first(where: { isWord($0, .versionLabel) && $0.range.lowerBound == start }) {
            return labelledVersion(after: name, label: label.range)
        }
        var k = start, digits = 0, letters = 0, firstDigit = -1
        while k < limit {
            if bytes[k] &- 0x30 < 10 {
                if firstDigit < 0 { firstDigit = k }
                digits += 1
                k += 1
            } else if let letter = designationLetter(at: k, limit: limit), letter.capital {
                letters += 1
                k += letter.length
            } else {
                break
            }
        }
        guard digits >= 1, letters >= 1, digits + letters <= 6, k == limit || bytes[k] != 0x2D && !TextScan.isWordScalar(at: k, in: bytes),
              !cues.contains(where: { $0.range.lowerBound == start }) else { return nil }
        let mark = text(start..<k)
        if catalog.resolve(mark) != nil { return nil }
        if firstDigit > start, catalog.resolve(text(start..<firstDigit) + "-" + text(firstDigit..<k)) != nil { return nil }
        return start..<k
    }

    /// "Aster 30 Block 1 NT", "Stinger Block IIA": a version label (pack
    /// `structure.version_labels`) after a name, then a mark of digits or capitals (Roman
    /// numerals too), and at most one more such mark; the whole names no record. Its range
    /// from the label to the last mark, or nil.
    private func labelledVersion(after name: Range<Int>, label: Range<Int>) -> Range<Int>? {
        let limit = range.upperBound
        var end = label.upperBound
        var marks = 0
        while marks < 2, end + 1 < limit, bytes[end] == 0x20 {
            var k = end + 1, length = 0, digits = 0
            while k < limit, bytes[k] &- 0x30 < 10 || bytes[k] &- 0x41 < 26 {
                if bytes[k] &- 0x30 < 10 { digits += 1 }
                k += 1
                length += 1
            }
            // A mark is a word of its own, of at most four characters, with a digit or all
            // capitals ("1", "NT", "IIA"): not a capitalised word of the sentence.
            guard length >= 1, length <= 4, k == limit || !TextScan.isWordScalar(at: k, in: bytes) else { break }
            if marks == 1, digits == 0, length == 1 { break }
            end = k
            marks += 1
        }
        guard marks >= 1, catalog.resolve(text(name.lowerBound..<end)) == nil else { return nil }
        // "FIM-92E Block I": the record's own name in another form ("Stinger Block I").
        let version = text(label.lowerBound..<end).lowercased()
        if let record = catalog.resolve(text(name)), (record.aliases + [record.name]).contains(where: { $0.lowercased().hasSuffix(" " + version) }) {
            return nil
        }
        return label.lowerBound..<end
    }

    /// Whether `word` is a word of the record's developer ("Raytheon" of "General Dynamics,
    /// later Raytheon", "Mesko"): "The shoulder-fired Raytheon weapon homes on engine heat"
    /// names the maker of the system the article is about, no other system.
    func isDeveloper(_ word: String, of system: Int) -> Bool {
        guard system >= 0, word.count >= 3, let developer = catalog.systems[system].developer else { return false }
        return developer.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.lowercased() == word.lowercased() }
    }

    /// Whether `word` stands at most three words after an attribution (pack
    /// `structure.attributions`: "according to", "по данным"), no punctuation between: "по
    /// данным Минобороны" names who says it, not a system (blind set Z, Z09).
    func isAttributed(_ word: Range<Int>) -> Bool {
        cues.contains { cue in
            guard isWord(cue, .attribution), cue.range.upperBound <= word.lowerBound else { return false }
            let gap = cue.range.upperBound..<word.lowerBound
            return wordCount(gap) <= 3 && !hasPunctuation(gap)
        }
    }

    /// A Latin or Cyrillic letter at `k`: its length in bytes and whether it is a capital;
    /// nil for anything else (digits, punctuation, other scripts, a continuation byte).
    @inline(__always)
    func designationLetter(at k: Int, limit: Int) -> (length: Int, capital: Bool)? {
        let b = bytes[k]
        if b < 0x80 {
            if TextScan.isASCIIUppercase(b) { return (1, true) }
            return b &- 0x61 < 26 ? (1, false) : nil
        }
        // U+0400–U+045F: capitals D0 80–D0 AF, small letters D0 B0–D0 BF and D1 80–D1 9F.
        guard b == 0xD0 || b == 0xD1, k + 1 < limit else { return nil }
        let c = bytes[k + 1]
        guard c >= 0x80, c <= (b == 0xD0 ? 0xBF : 0x9F) else { return nil }
        return (2, b == 0xD0 && c <= 0xAF)
    }

    /// Where the letters of a designation's head end ("HQ" of "HQ-22", "Ми" of "Ми-28"): a
    /// capital, Latin or Cyrillic, that no letter or digit precedes, then letters, eight at
    /// most in all, when a hyphen and a digit follow them; nil otherwise.
    func designationHeadEnd(at i: Int, limit: Int) -> Int? {
        guard let first = designationLetter(at: i, limit: limit), first.capital else { return nil }
        if i > range.lowerBound {
            let previous = bytes[i - 1]
            if TextScan.isASCIIAlphanumeric(previous) { return nil }
            // The second byte of a Cyrillic letter ("МиГ": the Г is inside a word).
            if previous >= 0x80, previous <= 0xBF, i >= 2, bytes[i - 2] == 0xD0 || bytes[i - 2] == 0xD1 { return nil }
        }
        var k = i
        var letters = 0
        while k < limit, let letter = designationLetter(at: k, limit: limit) {
            k += letter.length
            letters += 1
        }
        guard letters <= 8, k + 1 < limit, bytes[k] == 0x2D, bytes[k + 1] &- 0x30 < 10 else { return nil }
        return k
    }

    /// "the K200 itself weighs 13 tonnes", "der M113", "the T72": one to three Latin capitals
    /// that no letter or digit precedes, glued to two to four digits and perhaps a capital
    /// ("A400M"), a word of its own: a designation written without its hyphen. Where its last
    /// capital before the digits stands (the digits are read on from there); nil otherwise.
    func gluedDesignationHead(at i: Int, limit: Int) -> Int? {
        guard TextScan.isASCIIUppercase(bytes[i]), i == range.lowerBound || !TextScan.isWordScalar(at: i - 1, in: bytes) && !(bytes[i - 1] >= 0x80 && bytes[i - 1] <= 0xBF) else { return nil }
        var k = i
        while k < limit, TextScan.isASCIIUppercase(bytes[k]) { k += 1 }
        guard k - i <= 3 else { return nil }
        var end = k
        while end < limit, bytes[end] &- 0x30 < 10 { end += 1 }
        guard (2...4).contains(end - k) else { return nil }
        if end < limit, TextScan.isASCIIUppercase(bytes[end]) { end += 1 }
        guard end == limit || !TextScan.isWordScalar(at: end, in: bytes) && bytes[end] != 0x2D else { return nil }
        return k - 1
    }

    /// Where a record's name ends when a hyphen and a version it does not list follow: capitals
    /// and digits, at least one digit, up to a word's end ("Бук" of "Бук-М3", "Buk" of
    /// "Buk-M3"). The record's own cue was dropped as an unknown variant's (`ClaimVocabulary`),
    /// so the whole is an unknown system, not the family, and nothing else names it.
    func versionHeadEnd(at i: Int, limit: Int) -> Int? {
        guard let first = designationLetter(at: i, limit: limit), first.capital,
              i == range.lowerBound || !TextScan.isWordScalar(at: i - 1, in: bytes) && !(bytes[i - 1] >= 0x80 && bytes[i - 1] <= 0xBF) else { return nil }
        var k = i
        while k < limit, let letter = designationLetter(at: k, limit: limit) { k += letter.length }
        guard k + 1 < limit, bytes[k] == 0x2D, designationLetter(at: k + 1, limit: limit)?.capital == true else { return nil }
        var end = k + 1
        var digit = false
        while end < limit, let letter = designationLetter(at: end, limit: limit).map(\.length) ?? (bytes[end] &- 0x30 < 10 ? 1 : nil) {
            digit = digit || bytes[end] &- 0x30 < 10
            end += letter
        }
        guard digit, catalog.resolve(text(i..<k)) != nil else { return nil }
        return k
    }

    /// After the sentence: a listed outside system that is its subject becomes what pronouns
    /// and "the missile" mean next; a record as subject ends that.
    func updateOutsideFocus() {
        // (A sentence that names nothing, "Il équipe l'armée depuis 2016.", keeps an unknown
        // version's for the next.)
        if mentions.contains(where: \.named) || !outsideMentions.isEmpty { state.versionSubject = nil }
        state.outsideAfterRecord = state.versionSubject
        state.outsideQualifierKind = nil
        if let record = mentions.first(where: { $0.named && $0.system >= 0 }) {
            for mention in outsideMentions where mention.named && mention.range.lowerBound >= record.range.upperBound {
                if let outside = unknownSystem(mention.system), let name = outside.name {
                    state.outsideAfterRecord = name
                    state.outsideQualifierKind = qualifiesVehicle(mention) ? (outside.what ?? "").lowercased() : nil
                    break
                }
            }
        }
        // The first-written named subject (of equal starts, the earlier listed), without
        // joining the two lists.
        var found: Mention?
        for mention in mentions where !mention.isObject && mention.named
            && found.map({ mention.range.lowerBound < $0.range.lowerBound }) ?? true {
            found = mention
        }
        for mention in outsideMentions where !mention.isObject && mention.named
            && found.map({ mention.range.lowerBound < $0.range.lowerBound }) ?? true {
            found = mention
        }
        guard let subject = found else { return }
        // "The Buk-M3 is a modernised Buk-M2. It has a range of 70 km": an unknown version of
        // a record's family as the subject may be what the next sentence's pronoun means.
        if subject.system < 0, state.outsideAfterRecord == nil,
           versionHeadEnd(at: subject.range.lowerBound, limit: subject.range.upperBound) != nil {
            state.outsideAfterRecord = subject.words
            state.versionSubject = subject.words
        }
        // Only a listed system carries over: a designation's shape alone ("F-35 fighters")
        // may name an aircraft or anything else the next sentence is not about. Nor does one
        // named beside a record that is no object ("Un Apache fue derribado por un Stinger"):
        // "the missile" next is then no more the outside system's than the record's. A record
        // named inside a relative clause on another name ("drony Shahed, na które polują
        // obsługi Piorunów") is not beside it.
        if subject.system < 0, mentions.contains(where: { mention in
            mention.named && !mention.isObject && mention.system >= 0 && !isInOtherRelativeClause(mention, than: subject.range.lowerBound)
        }) {
            state.outsideFocus = nil
            return
        }
        state.outsideFocus = subject.system < 0 ? unknownSystem(subject.system).flatMap { $0.name == nil ? nil : $0 } : nil
    }

    /// The claim of a figure bound to a system outside the database: never judged against a
    /// record.
    func outsideFigure(_ quantity: QuantityMention, choice: AttributeChoice, binding: Binding) -> Claim? {
        guard let dimension = quantity.dimension, let system = binding.outside else { return nil }
        let quote = text(quantity.range)
        let number = NumericClaim(
            bound: quantity.bound, value: quantity.value,
            statedLow: quantity.bound == .between ? quantity.low : nil, statedHigh: quantity.bound == .between ? quantity.high : nil,
            halfStep: Self.halfStep(quantity), unit: dimension.siSymbol, text: quote)
        var claim = Claim(
            systemID: "", attribute: .spec(choice.attribute), value: .number(number), range: quantity.range,
            trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: choice.cueWords,
                              attributeReason: choice.reason, parsed: parsedText(quantity, bound: quantity.bound, note: "")))
        claim.unknownSystem = system
        return claim
    }

    /// Whether `r` is the first word after a comma in the sentence ("Destiné à intercepter les
    /// cibles aériennes, il a une portée de 70 km"): it opens the main clause after a fronted phrase.
    func opensClauseAfterComma(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k > range.lowerBound, bytes[k - 1] == 0x20 { k -= 1 }
        return k > range.lowerBound && bytes[k - 1] == 0x2C
    }
}
