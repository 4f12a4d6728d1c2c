/// Noun phrases that describe a named system: "The Strela-2 (SA-7) was the first Soviet
/// man-portable missile", "The FIM-43 Redeye, the first American shoulder-fired SAM,",
/// "L'Anza est une famille de missiles portables pakistanais", "Anza — семейство
/// пакистанских ПЗРК", "Anza to rodzina pakistańskich przenośnych pocisków".
extension SentenceAnalysis {
    /// The system a descriptive word (an origin adjective, a man-portability word) belongs to
    /// when it stands in a noun phrase that describes a named system: after a copula, or after
    /// a comma or a spaced dash right behind the name. Between that point and the word stand
    /// only noun-phrase words (determiners, class, man-portability and origin words, weapon
    /// nouns) and at most two others ("une famille de", "семейство"), with no punctuation.
    func predicateSubject(of phrase: Range<Int>) -> Binding? {
        var free = 0
        var k = phrase.lowerBound
        while k > range.lowerBound {
            // The gap before the next word back: spaces only, or the pivot punctuation.
            var gapStart = k
            while gapStart > range.lowerBound, !isWordByte(gapStart - 1) { gapStart -= 1 }
            let gapBytes = gapStart..<k
            if gapStart == range.lowerBound { return nil }
            if !gapBytes.allSatisfy({ bytes[$0] == 0x20 }) {
                return apposition(endingAt: gapStart, gap: gapBytes)
            }
            // The word before the gap.
            var wordStart = gapStart
            while wordStart > range.lowerBound, isWordByte(wordStart - 1) { wordStart -= 1 }
            let word = wordStart..<gapStart
            if mentions.contains(where: { $0.named && $0.range.overlaps(word) }) { return nil }
            let lower = lowercasedText(word)
            if isIn(.copula, lower) { return subject(before: wordStart) }
            if !isNounPhraseWord(word, lower) {
                free += 1
                if free > 2 { return nil }
            }
            k = wordStart
        }
        return nil
    }

    /// Letters, digits, inner hyphens and apostrophes, and any non-ASCII byte but those of
    /// Latin-1 and general punctuation (so Cyrillic and accented words are one word).
    private func isWordByte(_ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x2D || b == 0x27 {
            return i > range.lowerBound && i + 1 < range.upperBound && isLetterByte(i - 1) && isLetterByte(i + 1)
        }
        return isLetterByte(i)
    }

    private func isLetterByte(_ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return TextScan.isASCIIAlphanumeric(b) }
        var lead = i
        while lead > range.lowerBound, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return bytes[lead] != 0xC2 && bytes[lead] != 0xE2
    }

    /// Whether a name opens its clause: only noun-phrase words (determiners, origin and
    /// class words, weapon nouns: "The Polish Piorun", "Poland's Piorun") stand before it
    /// there, at most two of them.
    func opensClause(_ name: Range<Int>) -> Bool {
        var count = 0
        var k = clauseStart(name.lowerBound)
        while k < name.lowerBound {
            guard isWordByte(k) else { k += 1; continue }
            var end = k
            while end < name.lowerBound, isWordByte(end) { end += 1 }
            count += 1
            if count > 2 || !isNounPhraseWord(k..<end, lowercasedText(k..<end)) { return false }
            k = end
        }
        return true
    }

    private func isNounPhraseWord(_ word: Range<Int>, _ lower: String) -> Bool {
        if isIn(.determiner, lower) || isIn(.missileNoun, lower) || isIn(.weaponNoun, lower) { return true }
        return cues.contains { cue in
            guard cue.range.overlaps(word) else { return false }
            switch cue.cue {
            case .systemClass, .manPortable, .origin, .word(.originHead): return true
            default: return false
            }
        }
    }

    /// "The FIM-43 Redeye, the first ...", "Anza — семейство ...": the name right before a
    /// comma or a spaced dash (past a closing quote) is the subject.
    private func apposition(endingAt position: Int, gap: Range<Int>) -> Binding? {
        let gapText = text(gap).trimmingCharacters(in: .whitespaces)
        guard gapText == "," || gapText == "—" || gapText == "–" || gapText == "»," || gapText == "» —" || gapText == "» –"
                || gapText == "\"," || gapText == "”," else { return nil }
        guard let mention = mentions.last(where: { $0.named && $0.range.upperBound == position }) else { return nil }
        var binding = Binding(mention: mention, system: mention.system, words: mention.words, reason: "")
        if explain { binding.reason = "the name the describing phrase follows (\"\(gapText)\")" }
        return binding
    }

    /// The named system before a copula, with nothing between them but a parenthesis
    /// ("The 9K32 Strela-2 (NATO: SA-7 Grail) was ..."), a closing quote, an origin word
    /// ("El Starstreak británico es ...") or an insertion between commas that names no other
    /// system ("El Igla-S, en cambio, es ...", "El Grom, en servicio desde 1995, es ...").
    private func subject(before copula: Int) -> Binding? {
        guard let mention = mentions.last(where: { $0.named && !$0.isObject && $0.range.upperBound <= copula }) else { return nil }
        var from = mention.range.upperBound
        if let insertion = commaInsertion(after: mention, before: copula) { from = insertion }
        var depth = 0
        var i = from
        while i < copula {
            let b = bytes[i]
            if b == 0x28 { depth += 1 } else if b == 0x29 { depth = max(0, depth - 1) }
            else if depth == 0, TextScan.isASCIIAlphanumeric(b) || (b >= 0xC3 && b != 0xE2) {
                guard let origin = cues.first(where: { cue in
                    guard case .origin = cue.cue else { return false }
                    return cue.range.contains(i)
                }) else { return nil }
                i = origin.range.upperBound
                continue
            }
            i += 1
        }
        var binding = Binding(mention: mention, system: mention.system, words: mention.words, reason: "")
        if explain { binding.reason = "the subject of the copula before the describing phrase" }
        return binding
    }

    /// The end of an insertion between commas right after a name and right before a copula
    /// ("El Grom, en servicio en Polonia desde 1995, es"): at most twelve words, no stop,
    /// colon or bracket, no other system named inside; nil when there is none.
    private func commaInsertion(after mention: Mention, before copula: Int) -> Int? {
        var open = mention.range.upperBound
        while open < copula, bytes[open] == 0x20 { open += 1 }
        var close = copula
        while close > open, bytes[close - 1] == 0x20 { close -= 1 }
        guard open < close, bytes[open] == 0x2C, bytes[close - 1] == 0x2C, close - 1 > open else { return nil }
        let inside = (open + 1)..<(close - 1)
        guard wordCount(inside) <= 12, !hasPunctuation(inside, allowingComma: true),
              !mentions.contains(where: { $0.named && $0.system != mention.system && inside.overlaps($0.range) }),
              !outsideMentions.contains(where: { inside.overlaps($0.range) }) else { return nil }
        return close
    }

    /// Whether the words of `r` end with a missile, weapon or origin-head noun, or a class,
    /// man-portability or origin-head cue overlaps them (for `qualifiesWeapon`).
    private func isWeaponWord(_ r: Range<Int>) -> Bool {
        if let last = lastWord(in: r), isIn(.missileNoun, last) || isIn(.weaponNoun, last) || isIn(.originHead, last) { return true }
        return cues.contains { cue in
            guard cue.range.overlaps(r) else { return false }
            switch cue.cue {
            case .systemClass, .manPortable, .word(.originHead): return true
            default: return false
            }
        }
    }

    /// Whether an origin word qualifies a weapon: a class, man-portability or origin-head
    /// word, or a weapon noun, stands next to it (at most one word between, not a determiner,
    /// no punctuation; not "the weapon that U.S. officials praise"):
    /// "Soviet man-portable", "portátil soviético", "пакистанских ПЗРК", "modèle soviétique".
    func qualifiesWeapon(_ origin: Range<Int>) -> Bool {        // A cue may reach past the sentence (the fuzzer found one): look only inside it.
        let start = min(max(origin.lowerBound, range.lowerBound), range.upperBound)
        let end = max(min(origin.upperBound, range.upperBound), start)
        let lead = max(range.lowerBound, start - 48)..<start
        let trail = end..<min(range.upperBound, end + 48)
        for i in 0..<2 {
            let r = i == 0 ? lead : trail
            var k = i == 0 ? r.upperBound : r.lowerBound
            var seen = 0
            while seen < 2 {
                // The next word outward from the origin word.
                var a = k
                if i == 0 {
                    while a > r.lowerBound, !isWordByte(a - 1) { a -= 1 }
                    if a == r.lowerBound || hasPunctuation(a..<k) { break }
                    var s = a
                    while s > r.lowerBound, isWordByte(s - 1) { s -= 1 }
                    if isWeaponWord(s..<a) { return true }
                    if isIn(.determiner, lowercasedText(s..<a)) { break }
                    k = s
                } else {
                    while a < r.upperBound, !isWordByte(a) { a += 1 }
                    if a == r.upperBound || hasPunctuation(k..<a) { break }
                    var e = a
                    while e < r.upperBound, isWordByte(e) { e += 1 }
                    if isWeaponWord(a..<e) { return true }
                    if isIn(.determiner, lowercasedText(a..<e)) { break }
                    k = e
                }
                seen += 1
            }
        }
        return false
    }
}
