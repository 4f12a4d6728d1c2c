/// A nickname an article gave a system ("the Igla-S, also known as the Super Igla").
struct Nickname {
    /// The nickname as written ("Super Igla").
    var bytes: [UInt8]
    /// The system it names.
    var system: Int
    /// When the nickname holds another record's name ("Igla" in "Super Igla", "Иглой" in
    /// "Супер-Иглой"): that record, and the words before its name, lowercased with hyphens as
    /// spaces ("super "), so that a repetition in another case ("Супер-Игла", "Super Igła")
    /// is recognised too.
    var family: (system: Int, qualifier: [UInt8])?
}

/// Nicknames: an article introduces one after a system's name ("nicknamed", "also known as
/// the", "conocido también como", "surnommé", "nazywana", "которую называют"), or before a
/// closing word ("die Igla-S, auch Super-Igla genannt"); it names that system for the rest of
/// the article, and a family name inside it ("Igla" in "Super Igla") is rebound.
extension SentenceAnalysis {
    /// Remembers the nicknames this sentence introduces.
    func learnNicknames() {
        for cue in cues where isWord(cue, .nicknameIntro) {
            guard let span = nicknameSpan(after: cue.range.upperBound) else { continue }
            if let owner = nicknameOwner(before: cue.range.lowerBound, allowing: .relativePronoun) {
                remember(span, owner: owner.system)
            } else if (range.lowerBound..<cue.range.lowerBound).allSatisfy({ !Self.isWordByte(bytes[$0]) }), let topic = state.topic {
                // "El Igla-S es un misil ruso. Conocido también como Super Igla, entró en
                // servicio en 2008": a sentence that opens with the phrase names the system the
                // article is about.
                remember(span, owner: topic.system)
            }
        }
        for cue in cues where isWord(cue, .nicknameCloser) {
            guard let span = nicknameSpan(before: cue.range.lowerBound),
                  let owner = nicknameOwner(before: span.lowerBound, allowing: nil) else { continue }
            remember(span, owner: owner.system)
        }
    }

    /// The name a nickname phrase at `position` follows: the last name before it with only
    /// punctuation, quotes and at most one word between. With a word class, that word must
    /// belong to it ("«Игла-С», которую называют"); without, any word will do ("auch").
    ///
    /// Failing a name, a noun that refers back to a system ("El misil ruso, conocido también
    /// como Super Igla", "Российская ракета, которую называют «Супер-Игла»") owns it: the
    /// system the noun was resolved to, with one word of any kind after the noun (an
    /// adjective written after it, "ruso", "russe"). Polish and Russian write that noun
    /// bare ("Rosyjski pocisk, znany jako Super Igła", "Российская ракета, которую называют
    /// «Супер-Игла»"): one word, so it is read as a pronoun; such a reference owns the
    /// nickname only when nothing but punctuation and a relative pronoun stands between, and
    /// never as a possessive ("jego następca, znany jako ..." names the successor).
    func nicknameOwner(before position: Int, allowing word: WordClass?) -> Mention? {
        if let owner = mentions.last(where: { $0.named && $0.range.upperBound <= position }),
           nicknameFollows(owner, before: position, allowing: word) {
            return owner
        }
        if let reference = mentions.last(where: { !$0.named && !$0.pronoun && $0.range.upperBound <= position }),
           nicknameFollows(reference, before: position, allowing: nil) {
            return reference
        }
        guard let bare = mentions.last(where: { !$0.named && $0.pronoun && !$0.possessive && $0.range.upperBound <= position }),
              word != nil, nicknameFollows(bare, before: position, allowing: .relativePronoun) else { return nil }
        return bare
    }

    /// Whether only punctuation, quotes and at most one word (of `word`'s class, when given)
    /// stand between `owner` and `position`.
    func nicknameFollows(_ owner: Mention, before position: Int, allowing word: WordClass?) -> Bool {
        let between = owner.range.upperBound..<position
        guard !hasPunctuation(between, allowingComma: true) else { return false }
        let inBetween = words(in: between)
        if inBetween.isEmpty { return true }
        guard inBetween.count == 1 else { return false }
        if let word, !isIn(word, inBetween[0]) { return false }
        return true
    }

    /// The nickname right after an intro: a quotation, or capitalised words up to the next
    /// punctuation (at most four), after an article ("also known as the Super Igla").
    func nicknameSpan(after position: Int) -> Range<Int>? {
        var i = skipSpaces(from: position)
        guard i < range.upperBound else { return nil }
        if let close = Self.closingQuote(bytes, at: i, end: range.upperBound) {
            return trimmed(close.contentStart..<close.contentEnd)
        }
        // An article before an unquoted nickname: "the Super Igla".
        var k = i
        while k < range.upperBound, TextScan.isASCIIAlphanumeric(bytes[k]) || bytes[k] >= 0x80 { k += 1 }
        if k > i, let word = firstWord(in: i..<k), isIn(.definiteArticle, word) || isIn(.determiner, word) {
            i = skipSpaces(from: k)
            guard i < range.upperBound else { return nil }
        }
        // Unquoted, a nickname is a name: it starts with a capital.
        guard TextScan.isASCIIUppercase(bytes[i]) || bytes[i] >= 0xC3 else { return nil }
        var end = i
        var spaces = 0
        while end < range.upperBound, ![0x2C, 0x2E, 0x3B, 0x3A, 0x28, 0x29].contains(bytes[end]) {
            if bytes[end] == 0x20 { spaces += 1 }
            if spaces >= 4 { break }
            end += 1
        }
        return trimmed(i..<end)
    }

    /// The nickname right before a closing word: a quotation (without its quotes), or the
    /// capitalised words right before it (at most four).
    func nicknameSpan(before position: Int) -> Range<Int>? {
        var end = position
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        var words = 0
        while start > range.lowerBound, words < 4 {
            // One word back: to the previous space or punctuation.
            var k = start
            while k > range.lowerBound, bytes[k - 1] != 0x20, ![0x2C, 0x2E, 0x3B, 0x3A, 0x28, 0x29].contains(bytes[k - 1]) { k -= 1 }
            guard k < start, TextScan.isASCIIUppercase(bytes[k]) || bytes[k] >= 0xC3 else { break }
            start = k
            words += 1
            guard start > range.lowerBound, bytes[start - 1] == 0x20 else { break }
            start -= 1
        }
        while start < end, bytes[start] == 0x20 { start += 1 }
        // A quoted nickname ("auch „Super-Igla“ genannt") is its words, without the quotes.
        if start < end, let quoted = Self.closingQuote(bytes, at: start, end: end) { return trimmed(quoted.contentStart..<quoted.contentEnd) }
        return trimmed(start..<end)
    }

    func skipSpaces(from position: Int) -> Int {
        var i = position
        while i < range.upperBound, bytes[i] == 0x20 || Self.isNoBreakSpace(bytes, at: i, end: range.upperBound) {
            i += bytes[i] == 0x20 ? 1 : 2
        }
        return i
    }

    /// A span without spaces at either end; nil when under three bytes remain.
    func trimmed(_ span: Range<Int>) -> Range<Int>? {
        var start = span.lowerBound
        var end = span.upperBound
        while start < end, bytes[start] == 0x20 || Self.isNoBreakSpace(bytes, at: start, end: end) {
            start += bytes[start] == 0x20 ? 1 : 2
        }
        while end > start, bytes[end - 1] == 0x20 || (end - start >= 2 && Self.isNoBreakSpace(bytes, at: end - 2, end: end)) {
            end -= bytes[end - 1] == 0x20 ? 1 : 2
        }
        return end - start >= 3 ? start..<end : nil
    }

    func remember(_ span: Range<Int>, owner: Int) {
        let nickname = Array(bytes[span])
        // An article introduces a few nicknames; past `maximumNicknames` (a hostile text) no
        // more are learnt, so each sentence's look-up stays short.
        guard state.nicknames.count < DocumentState.maximumNicknames, !state.nicknames.contains(where: { $0.bytes == nickname }) else { return }
        var family: (system: Int, qualifier: [UInt8])?
        if let inner = mentions.first(where: {
            $0.named && $0.system != owner && $0.range.lowerBound > span.lowerBound && span.contains($0.range.lowerBound)
        }) {
            family = (inner.system, Self.foldedQualifier(text(span.lowerBound..<inner.range.lowerBound)))
        }
        state.nicknames.append(Nickname(bytes: nickname, system: owner, family: family))
    }

    /// Words before a name inside a nickname, compared loosely: lowercased, hyphens and
    /// no-break spaces as spaces.
    static func foldedQualifier(_ words: String) -> [UInt8] {
        Array(String(words.lowercased().map { $0 == "-" || $0 == "\u{00A0}" ? " " : $0 }).utf8)
    }

    /// A no-break space (U+00A0, as French puts inside « »).
    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        i + 1 < end && bytes[i] == 0xC2 && bytes[i + 1] == 0xA0
    }

    /// The text inside a quotation opening at `i` (", ', «, “, „), if it closes within 60 bytes.
    static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (contentStart: Int, contentEnd: Int)? {
        let opening: Int
        let closings: [[UInt8]]
        if bytes[i] == 0x22 { (opening, closings) = (1, [[0x22]]) }
        else if bytes[i] == 0x27 { (opening, closings) = (1, [[0x27]]) }
        else if i + 1 < end, bytes[i] == 0xC2, bytes[i + 1] == 0xAB { (opening, closings) = (2, [[0xC2, 0xBB]]) }
        else if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C { (opening, closings) = (3, [[0xE2, 0x80, 0x9D]]) }
        else if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9E {
            (opening, closings) = (3, [[0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x9C]])  // „...” (Polish) or „...“ (German)
        }
        else { return nil }
        let contentStart = i + opening
        var k = contentStart
        while k < end, k - contentStart <= 60 {
            for closing in closings where k + closing.count <= end && (0..<closing.count).allSatisfy({ bytes[k + $0] == closing[$0] }) {
                return (contentStart, k)
            }
            k += 1
        }
        return nil
    }

    /// Every nickname written in the sentence names its system: a name found inside it
    /// ("Igla" in "Super Igla") is rebound, and a nickname no name covers becomes a mention.
    /// A family name written after the nickname's qualifier in another case ("Супер-Игла"
    /// after "Супер-Иглой") is rebound too.
    func applyNicknames() {
        guard !state.nicknames.isEmpty else { return }
        var added = false
        for nickname in state.nicknames {
            let pattern = nickname.bytes
            var i = range.lowerBound
            while i + pattern.count <= range.upperBound {
                guard bytes[i] == pattern[0], (0..<pattern.count).allSatisfy({ bytes[i + $0] == pattern[$0] }) else {
                    i += 1
                    continue
                }
                let found = i..<(i + pattern.count)
                let words = text(found)
                var covered = false
                for index in mentions.indices where mentions[index].named && mentions[index].range.overlaps(found) {
                    mentions[index].system = nickname.system
                    mentions[index].words = words
                    covered = true
                }
                if !covered {
                    mentions.append(Mention(range: found, system: nickname.system, named: true, pronoun: false, possessive: false,
                                            isObject: false, words: words))
                    added = true
                }
                i = found.upperBound
            }
            guard let family = nickname.family, !family.qualifier.isEmpty else { continue }
            for index in mentions.indices where mentions[index].named && mentions[index].system == family.system {
                let start = mentions[index].range.lowerBound - family.qualifier.count
                guard start >= range.lowerBound, start == range.lowerBound || !TextScan.isASCIIAlphanumeric(bytes[start - 1]),
                      Self.foldedQualifier(text(start..<mentions[index].range.lowerBound)) == family.qualifier else { continue }
                mentions[index].system = nickname.system
                mentions[index].range = start..<mentions[index].range.upperBound
                mentions[index].words = text(mentions[index].range)
            }
        }
        if added { mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }
}
