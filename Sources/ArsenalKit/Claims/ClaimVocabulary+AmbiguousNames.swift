extension ClaimVocabulary {
    /// Drops ambiguous system names ("Tor", "Osa", "Buk") unless the text shows at least once
    /// that it means the system: it also names the system by another designation ("Tor-M2",
    /// "SA-15", "9K330 Tor"), writes the ambiguous name in quotation marks as a product name
    /// ("ЗРК «Оса»", "des Systems „Buk“"), joins it by a hyphen to a following word as a
    /// proper-noun compound ("Buk-Raketen", "Tor-System"), or coordinates it with the name of
    /// another system ("zestawy Osa i Strzała-10", "the Osa and Strela-10 systems": a comma or
    /// one of the pack's coordinators between them), or writes it next to a class noun
    /// ("zestawy Osa"). Otherwise the word is more likely the gate, the wasp or the beech
    /// tree than the missile system, and is dropped, unless it is the subject of a verb of
    /// engaging targets ("Osa, też wysłana z magazynów, razi cele"): then it is kept but
    /// marked `weakContext`, since things of the same name (the Osa missile boats) engage
    /// targets too, and a figure tied to it is a guess.
    static func withoutUnsupportedAmbiguousNames(_ matches: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>,
                                                 coordinators: [[UInt8]] = [],
                                                 isTargetNoun: (String) -> Bool = { _ in false }) -> [CueMatch] {
        guard matches.contains(where: \.needsContext) else { return matches }
        var named = Set<Int>()
        var fighting = Set<Int>()
        for match in matches {
            guard case .system(let index) = match.cue else { continue }
            if !match.needsContext || isQuoted(match.range, bytes) || isCompoundHead(match.range, bytes)
                || isCoordinatedWithName(match, matches, bytes, coordinators: coordinators) || isNextToClassNoun(match, matches, bytes)
                || isEntryLabel(match, matches, bytes) || isParallelSubject(match, matches, bytes, coordinators: coordinators) {
                named.insert(index)
            } else if isSubjectOfTargetVerb(match, matches, bytes, isTargetNoun: isTargetNoun) {
                fighting.insert(index)
            }
        }
        // A name whose only support is that it engages targets is kept, so its figures go to
        // nobody else, but marked: the missile boats of "Kutry typu Osa mogły zwalczać cele
        // nawodne" engage targets too.
        return matches.compactMap { match in
            guard match.needsContext, case .system(let index) = match.cue, !named.contains(index) else { return match }
            guard fighting.contains(index) else { return nil }
            var weak = match
            weak.weakContext = true
            return weak
        }
    }

    /// Whether an ambiguous name is coordinated with the unambiguous name of another system,
    /// right before or after it: only a comma and a space, or a coordinator with a space on
    /// each side (`coordinators`, as " and "), between them ("Osa i Strzała-10", "Strela-10,
    /// Osa").
    static func isCoordinatedWithName(_ match: CueMatch, _ matches: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>,
                                      coordinators: [[UInt8]]) -> Bool {
        guard match.needsContext, case .system(let own) = match.cue else { return false }
        func joins(_ gap: Range<Int>) -> Bool {
            guard gap.count >= 2, gap.count <= 12 else { return false }
            if gap.count == 2, bytes[gap.lowerBound] == 0x2C, bytes[gap.lowerBound + 1] == 0x20 { return true }
            return coordinators.contains { coordinator in
                coordinator.count == gap.count && coordinator.indices.allSatisfy { offset in
                    let byte = bytes[gap.lowerBound + offset]
                    return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == coordinator[offset]
                }
            }
        }
        for other in matches where !other.needsContext {
            guard case .system(let index) = other.cue, index != own else { continue }
            if other.range.lowerBound >= match.range.upperBound, joins(match.range.upperBound..<other.range.lowerBound) { return true }
            if other.range.upperBound <= match.range.lowerBound, joins(other.range.upperBound..<match.range.lowerBound) { return true }
        }
        return false
    }

    /// Whether an ambiguous name labels an entry of a list or a data sheet: a dash or a colon
    /// right after it, then an attribute cue ("Osa – zasięg ok. 10 km", "Tor: range 12 km",
    /// "Оса — дальность 10 км"). A wasp or a gate has no range.
    static func isEntryLabel(_ match: CueMatch, _ matches: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard match.needsContext else { return false }
        var i = match.range.upperBound
        var marks = 0
        while i < bytes.count, i < match.range.upperBound + 8 {
            let byte = bytes[i]
            if byte == 0x20 { i += 1 } else if byte == 0x3A || byte == 0x2D { marks += 1; i += 1 }
            else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { marks += 1; i += 3 }
            else { break }
        }
        guard marks == 1 else { return false }
        return matches.contains { other in
            guard other.range.lowerBound == i, case .attribute = other.cue else { return false }
            return true
        }
    }

    /// Whether an ambiguous name stands right next to a noun of a weapon's class (the packs'
    /// `structure.origin_heads`: "zestawy", "Systeme", "комплексы", "system"), one space
    /// between, before it ("zestawy Osa", "комплексы Оса", "das System Buk") or after it
    /// ("the Osa systems"): the text names a weapon, not a wasp, a gate or a beech tree.
    static func isNextToClassNoun(_ match: CueMatch, _ matches: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard match.needsContext else { return false }
        for other in matches where other.cue == .word(.originHead) {
            if other.range.upperBound + 1 == match.range.lowerBound, bytes[other.range.upperBound] == 0x20 { return true }
            if match.range.upperBound + 1 == other.range.lowerBound, bytes[match.range.upperBound] == 0x20 { return true }
        }
        return false
    }

    /// Whether an ambiguous name is the subject of a verb of engaging that governs targets:
    /// a target verb (pack `structure.target_verbs`: "razi", "поражает", "engages") later in
    /// the name's sentence, at most 120 bytes after it (an apposition between), no other
    /// system named and no sentence end between (a full stop before a space or line break,
    /// a question or exclamation mark, a line break; "lata 70., razi" goes on), followed
    /// after one space by a target noun (pack `structure.target_nouns`, or a `targets` cue)
    /// or a target kind ("Osa, też wysłana z magazynów, razi cele na dystansie około 10 km",
    /// "Оса поражает цели"). A wasp, a gate or a beech tree engages no targets.
    static func isSubjectOfTargetVerb(_ match: CueMatch, _ matches: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>,
                                      isTargetNoun: (String) -> Bool) -> Bool {
        guard match.needsContext, case .system(let own) = match.cue,
              let first = matches.firstIndex(where: { $0.range.lowerBound >= match.range.upperBound }) else { return false }
        for index in first..<matches.count {
            let other = matches[index]
            guard other.range.lowerBound - match.range.upperBound <= 120 else { return false }
            switch other.cue {
            case .system(let system) where system != own: return false
            case .outsideSystem: return false
            case .targetVerb:
                guard (match.range.upperBound..<other.range.lowerBound).allSatisfy({ at in
                    let byte = bytes[at]
                    if byte == 0x2E { return at + 1 < bytes.count && bytes[at + 1] != 0x20 && bytes[at + 1] != 0x0A }
                    return byte != 0x21 && byte != 0x3F && byte != 0x0A
                }) else { return false }
                let next = other.range.upperBound + 1
                guard next < bytes.count, bytes[other.range.upperBound] == 0x20 else { continue }
                var wordEnd = next
                while wordEnd < bytes.count, bytes[wordEnd] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[wordEnd]) { wordEnd += 1 }
                if wordEnd > next, isTargetNoun(String(decoding: UnsafeBufferPointer(rebasing: bytes[next..<wordEnd]), as: UTF8.self).lowercased()) {
                    return true
                }
                if matches[(index + 1)...].contains(where: { candidate in
                    guard candidate.range.lowerBound == next else { return false }
                    if case .target = candidate.cue { return true }
                    return candidate.cue == .word(.targetNoun) || candidate.cue == .attribute(.targets)
                }) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether an ambiguous name, capitalized, opens a clause coordinated after a comma with one
    /// that named another system earlier in the sentence (", a " or ", and " right before it;
    /// at most 200 bytes back, no sentence end between): "Tor, przyjęty na uzbrojenie w 1986 r.,
    /// ... chroni kolumny ..., a Buk, w służbie od 1979 r., sięga ..." (blind set FT). The
    /// parallel says it names a system too, not a beech tree.
    static func isParallelSubject(_ match: CueMatch, _ matches: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>,
                                  coordinators: [[UInt8]]) -> Bool {
        guard match.needsContext, case .system(let own) = match.cue else { return false }
        let start = match.range.lowerBound
        // Capitalized: an ASCII capital, or a two-byte letter whose lowercase form differs.
        let first = bytes[start]
        if first < 0x80 {
            guard first >= 0x41, first <= 0x5A else { return false }
        } else {
            guard start + 1 < bytes.count, let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + 2)]), as: UTF8.self).unicodeScalars.first,
                  scalar.properties.isUppercase else { return false }
        }
        // ", " and a coordinator (" a " is stored with its spaces) right before it, or before
        // one short lowercase word right before it, an article (", and a Tor, fielded in 1986";
        // blind set VM).
        var end = start
        if start >= 3, bytes[start - 1] == 0x20 {
            var k = start - 1
            while k > 0, bytes[k - 1] >= 0x61, bytes[k - 1] <= 0x7A, start - 1 - k < 3 { k -= 1 }
            if k < start - 1, k > 0, bytes[k - 1] == 0x20 { end = k }
        }
        func coordinator(endingAt anchor: Int) -> [UInt8]? {
            coordinators.first(where: { coordinator in
                let from = anchor - coordinator.count
                guard from >= 1, bytes[from - 1] == 0x2C else { return false }
                return coordinator.indices.allSatisfy { offset in
                    let byte = bytes[from + offset]
                    return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == coordinator[offset]
                }
            })
        }
        let anchor: Int
        if coordinator(endingAt: start) != nil { anchor = start } else if end != start, coordinator(endingAt: end) != nil { anchor = end } else { return false }
        guard let found = coordinator(endingAt: anchor) else { return false }
        let comma = anchor - found.count - 1
        return matches.contains { other in
            guard !other.needsContext, case .system(let index) = other.cue, index != own,
                  other.range.upperBound <= comma, comma - other.range.upperBound <= 200 else { return false }
            return (other.range.upperBound..<comma).allSatisfy { at in
                let byte = bytes[at]
                if byte == 0x2E { return at + 1 < bytes.count && bytes[at + 1] != 0x20 && bytes[at + 1] != 0x0A }
                return byte != 0x21 && byte != 0x3F && byte != 0x0A
            }
        }
    }

    /// Whether the name at `range` is joined by a hyphen to a following word ("Buk-Raketen").
    /// A match's range already includes a plural or possessive ending, so the hyphen follows
    /// the name itself.
    static func isCompoundHead(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hyphen = range.upperBound
        guard hyphen + 1 < bytes.count, bytes[hyphen] == 0x2D else { return false }
        return TextScan.isWordScalar(at: hyphen + 1, in: bytes)
    }

    /// Whether `range` is enclosed in quotation marks: an opening mark right before it and a
    /// closing mark right after it (ASCII quotes, guillemets, and the typographic quotes of
    /// English, German and Polish).
    static func isQuoted(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func mark(endingAt end: Int) -> Bool {
            guard end > 0 else { return false }
            let last = bytes[end - 1]
            if last == 0x22 || last == 0x27 { return true }
            if end >= 2, bytes[end - 2] == 0xC2, last == 0xAB || last == 0xBB { return true }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 {
                return [0x98, 0x99, 0x9C, 0x9D, 0x9E, 0xB9, 0xBA].contains(last)
            }
            return false
        }
        func mark(startingAt start: Int) -> Bool {
            guard start < bytes.count else { return false }
            let first = bytes[start]
            if first == 0x22 || first == 0x27 { return true }
            if start + 1 < bytes.count, first == 0xC2, bytes[start + 1] == 0xAB || bytes[start + 1] == 0xBB { return true }
            if start + 2 < bytes.count, first == 0xE2, bytes[start + 1] == 0x80 {
                return [0x98, 0x99, 0x9C, 0x9D, 0x9E, 0xB9, 0xBA].contains(bytes[start + 2])
            }
            return false
        }
        return mark(endingAt: range.lowerBound) && mark(startingAt: range.upperBound)
    }
}
