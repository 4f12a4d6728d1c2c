extension SentenceAnalysis {
    /// Whether a word for "the last one named" (pack `structure.latter_words`: "the latter",
    /// "estos últimos", "Letztere", "ces derniers", "te ostatnie", "последние") stands in the
    /// sentence before `position`. A figure in a sentence that names no system and opens
    /// with one ("Patriot batteries and American Stingers. The latter only work up to
    /// 3,800 m.") is the last system's the sentence before named, not its subject's: tied to
    /// the subject by the article's topic, its system is a guess (issue 8).
    func hasLatterWord(before position: Int) -> Bool {
        // Most sentences are shorter than no phrase: nothing is lowercased for them.
        guard !vocabulary.latterPhrases.isEmpty, position - range.lowerBound >= vocabulary.latterMinimumBytes else { return false }
        // Searched in place in the lowercased text's bytes: no list is built per call.
        var lowered = lowercasedText(range.lowerBound..<position)
        let phrases = vocabulary.latterPhrases
        return lowered.withUTF8 { text in
            for phrase in phrases {
                let found = phrase.utf8.withContiguousStorageIfAvailable { needle in Self.containsWord(needle, in: text) }
                    ?? Array(phrase.utf8).withUnsafeBufferPointer { Self.containsWord($0, in: text) }
                if found { return true }
            }
            return false
        }
    }

    /// Whether `needle` stands in `text` as whole words (no letter or digit right before or
    /// after it).
    static func containsWord(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= text.count else { return false }
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || TextScan.isASCIIAlphanumeric(b) }
        var start = 0
        while start + needle.count <= text.count {
            defer { start += 1 }
            guard text[start] == first else { continue }
            var k = 1
            while k < needle.count, text[start + k] == needle[k] { k += 1 }
            guard k == needle.count else { continue }
            let end = start + needle.count
            if (start == 0 || !isWordByte(text[start - 1])) && (end == text.count || !isWordByte(text[end])) { return true }
        }
        return false
    }

    /// A word for "the last one named" opening the sentence ("The latter reaches Mach 2.5",
    /// "Ten drugi osiąga 2,5 Macha", "Последний развивает 2,5 Маха") refers to the last system
    /// the sentence before named, even when that one was an object there ("faster than the
    /// French Mistral. The latter ..."); so do the words referring back after it, up to the
    /// next name. The reading is added as a mention at the sentence's start. A word for "the
    /// first of the two" ("The former reaches 8 km", pack `structure.former_words`) means the
    /// earlier of the last two systems named, in this sentence's predecessors.
    func addLatterReference() {
        guard let last = state.lastNamed.last, last >= 0, !vocabulary.latterPhrases.isEmpty,
              range.count >= vocabulary.latterMinimumBytes else { return }
        // (Or one or two words in, a verb first: "Wygrał ten ostatni, jedyny ...", blind set FM.)
        if let phrase = openingPhrase(in: vocabulary.latterPhrases) ?? mentions.first.flatMap({ first in
            !first.named && vocabulary.latterPhrases.contains(ClaimVocabulary.key(first.words))
                && (1...2).contains(wordCount(range.lowerBound..<first.range.lowerBound))
                && !hasPunctuation(range.lowerBound..<first.range.lowerBound) ? first.range : nil
        }) {
            // ("The latter, in US service since 1981, weighs 15 kg; the former is laser-guided":
            // a word for the first after it means the other of the last two.)
            let former = (state.earlierNamed + state.lastNamed).last { $0 >= 0 && $0 != last }
            refer(phrase, to: last, former: former)
            if let former { referFirstOfTwo(after: phrase, to: former) }
        } else if !vocabulary.formerPhrases.isEmpty, let phrase = openingPhrase(in: vocabulary.formerPhrases) {
            // The last two distinct systems named, in order, across the two latest sentences
            // that named any ("The Stinger is American. The Igla-S is Russian. The former ...").
            var order: [Int] = []
            for system in state.earlierNamed + state.lastNamed where system >= 0 {
                order.removeAll { $0 == system }
                order.append(system)
            }
            guard order.count >= 2 else { return }
            refer(phrase, to: order[order.count - 2], latter: order[order.count - 1])
        }
    }

    /// "Este último destruye blancos a 11 km; el primero tiene un alcance de 18 km",
    /// "Последний …, а первый …": after a word for "the last" opening the sentence, a word
    /// for "the first of two" (pack `structure.first_of_two`) standing alone later in it, with
    /// no name between, means `former`, and so do the words referring back after it up to
    /// the next name.
    func referFirstOfTwo(after phrase: Range<Int>, to former: Int) {
        guard let first = cues.first(where: { isWord($0, .firstOfTwo) && $0.range.lowerBound >= phrase.upperBound && standsAlone($0.range) }),
              !mentions.contains(where: { $0.named && $0.range.lowerBound >= phrase.upperBound && $0.range.lowerBound < first.range.upperBound })
        else { return }
        let nextName = mentions.first(where: { $0.named && $0.range.lowerBound >= first.range.upperBound })?.range.lowerBound ?? range.upperBound
        for index in mentions.indices where !mentions[index].named && mentions[index].range.lowerBound >= first.range.upperBound
            && mentions[index].range.lowerBound < nextName {
            mentions[index].system = former
        }
        mentions.removeAll { $0.range.overlaps(first.range) }
        let mention = Mention(range: first.range, system: former, named: false, pronoun: false, possessive: false,
                              isObject: false, words: text(first.range))
        mentions.insert(mention, at: mentions.firstIndex { $0.range.lowerBound > first.range.lowerBound } ?? mentions.endIndex)
    }

    /// The phrase of `phrases` (lowercased) that opens the sentence, past opening quotes,
    /// dashes and spaces ("— Ten drugi ..."): the longest.
    func openingPhrase(in phrases: [String]) -> Range<Int>? {
        var start = range.lowerBound
        // Past opening quotes, dashes and spaces ("— Ten drugi ...").
        while start < range.upperBound, bytes[start] < 0x80, !TextScan.isASCIIAlphanumeric(bytes[start]) { start += 1 }
        var matched: Range<Int>?
        if start < range.upperBound, bytes[start] < 0x80 {
            // An ASCII first letter: the phrases are compared in place, ASCII letters folded
            // (no lowercased copy of the sentence for the many that open with "The").
            for phrase in phrases where phrase.utf8.first == bytes[start] | 0x20 {
                var end = start
                var matches = true
                for p in phrase.utf8 {
                    guard end < range.upperBound else { matches = false; break }
                    let t = bytes[end]
                    if t != p, !(t < 0x80 && p >= 0x61 && p <= 0x7A && t | 0x20 == p) { matches = false; break }
                    end += 1
                }
                guard matches, end == range.upperBound || !(bytes[end] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[end])) else { continue }
                if matched.map({ end > $0.upperBound }) ?? true { matched = start..<end }
            }
        } else {
            var end = min(range.upperBound, start + 40)
            while end < range.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }  // (not inside a character)
            let head = start..<end
            let lowered = Array(lowercasedText(head).utf8)
            guard lowered.count == head.count else { return nil }
            for phrase in phrases {
                let needle = Array(phrase.utf8)
                guard needle.count <= lowered.count, lowered.starts(with: needle) else { continue }
                let length = needle.count
                if length < lowered.count, lowered[length] >= 0x80 || TextScan.isASCIIAlphanumeric(lowered[length]) { continue }
                if matched.map({ length > $0.count }) ?? true { matched = start..<(start + length) }
            }
        }
        guard let phrase = matched, !mentions.contains(where: { $0.named && $0.range.lowerBound < phrase.upperBound }) else { return nil }
        return phrase
    }

    /// Reads the opening `phrase` and the words referring back after it, up to the next
    /// name, as meaning `last`; after a word for "the first of the two", a word for "the last"
    /// means `latter` ("The former reaches 8 km, the latter 6 km"), and after one for "the
    /// last", a word for "the first" means `former`.
    func refer(_ phrase: Range<Int>, to last: Int, latter: Int? = nil, former: Int? = nil) {
        let nextName = mentions.first(where: { $0.named && $0.range.lowerBound >= phrase.upperBound })?.range.lowerBound ?? range.upperBound
        var referent = last
        // (Not a noun an origin word qualifies: "Letztere wurde 1962 eingeführt ..., der deutsche
        // Flakpanzer kam erst 1976 zur Truppe" names the other system by its origin.)
        for index in mentions.indices where !mentions[index].named && mentions[index].range.lowerBound >= phrase.upperBound
            && mentions[index].range.lowerBound < nextName && !originQualified(mentions[index])
            && !cues.contains(where: { cue in
                if case .origin = cue.cue { return cue.range.overlaps(mentions[index].range) }
                return false
            }) {
            if let latter, vocabulary.latterPhrases.contains(ClaimVocabulary.key(text(mentions[index].range))) { referent = latter }
            if let former, vocabulary.formerPhrases.contains(ClaimVocabulary.key(text(mentions[index].range))) { referent = former }
            mentions[index].system = referent
        }
        mentions.removeAll { $0.range.overlaps(phrase) }
        mentions.insert(Mention(range: phrase, system: last, named: false, pronoun: false, possessive: false,
                                isObject: false, words: text(phrase)), at: 0)
    }
}

extension SentenceAnalysis {
    /// "Both the Verba and the Igla-S reach 6 km, but the former reaches 5 km in altitude
    /// against 3.5 km for the latter": a word for the first or the last of those named
    /// (pack `structure.former_words`, `structure.latter_words`) after two or more different
    /// systems named earlier in its sentence means the first or the last of them. Nil when
    /// the sentence names fewer before it (a sentence that opens with one is `refer`'s).
    func formerOrLatter(_ reference: Range<Int>) -> (Int, String)? {
        let key = ClaimVocabulary.key(text(reference))
        let latter = vocabulary.latterPhrases.contains(key)
        guard latter || vocabulary.formerPhrases.contains(key) else { return nil }
        var distinct: [Mention] = []
        for mention in mentions where mention.named && mention.system >= 0 && mention.range.upperBound <= reference.lowerBound
            && !distinct.contains(where: { $0.system == mention.system }) {
            distinct.append(mention)
        }
        guard distinct.count >= 2, let chosen = latter ? distinct.last : distinct.first else { return nil }
        return (chosen.system, chosen.words)
    }

    /// Whether a mention is a word for the first or the last of those named ("the latter").
    func isFormerOrLatter(_ mention: Mention) -> Bool {
        let key = ClaimVocabulary.key(mention.words)
        return vocabulary.latterPhrases.contains(key) || vocabulary.formerPhrases.contains(key)
    }

    /// Whether a word for "the first of the two" before `position` was read as `system`
    /// ("The latter ... weighs 15 kg, while the former fires missiles at Mach 2.6").
    /// Not when a word for "the last" follows it ("Erstere erreichen 24 km, letztere solche in
    /// bis zu 12 Kilometer Höhe").
    func formerNamed(_ system: Int, before position: Int) -> Bool {
        guard let former = mentions.last(where: { $0.system == system && $0.range.upperBound <= position
            && vocabulary.formerPhrases.contains(ClaimVocabulary.key($0.words)) }) else { return false }
        var lowered = lowercasedText(former.range.upperBound..<position)
        return !lowered.withUTF8 { text in
            vocabulary.latterPhrases.contains { phrase in Array(phrase.utf8).withUnsafeBufferPointer { Self.containsWord($0, in: text) } }
        }
    }
}
