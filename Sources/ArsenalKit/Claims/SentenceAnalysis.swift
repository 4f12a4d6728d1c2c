import Foundation

/// A system named or referred to in a sentence.
struct Mention {
    var range: Range<Int>
    var system: Int
    /// Written as a name (not "it", "the missile").
    var named: Bool
    /// A pronoun ("it", "its", "su").
    var pronoun: Bool
    /// Written with a possessive ending ("the Mistral's").
    var possessive: Bool
    /// The object of a comparison ("similar to the Stinger"), of "unlike", or named in an
    /// apposition ("the Verba, the successor of the Igla-S,").
    var isObject: Bool
    /// The words as written.
    var words: String
    /// Named in an apposition after another name ("the Verba, the successor of the Igla-S,").
    var apposition = false
    /// An ambiguous name kept only because it engages targets (`CueMatch.weakContext`).
    var weakName = false
    /// The object of a contrast or comparison ("unlike the Stinger", "than the Igla"), not
    /// of a kin noun or a copula.
    var contrasted = false
    /// A vehicle noun standing for a self-propelled system ("Das Fahrzeug"; `addVehicleReference`).
    var vehicle = false
    /// A kin noun standing for the system it means (`addKinReferences`).
    var kinReference = false
}

/// The claims of one sentence.
///
/// A class, not a struct: its methods pass closures that call other methods of the analysis to
/// `filter`, `contains(where:)`, `last(where:)` and the like, and a struct captured by such a
/// closure is copied whole (every list and string of it retained, then released) each time the
/// closure is made. A class is captured by one reference. Its stored properties are only ever
/// used by the one analysis of one sentence on one thread, each access ending before the next
/// begins (as the struct's static checks proved), so they opt out of the run-time exclusivity
/// checks a class's properties otherwise get (`@exclusivity(unchecked)`).
final class SentenceAnalysis {
    let range: Range<Int>
    let bytes: UnsafeBufferPointer<UInt8>
    @exclusivity(unchecked) var quantities: [QuantityMention]
    let cues: [CueMatch]
    let catalog: Catalog
    let vocabulary: ClaimVocabulary
    /// `vocabulary.wordSets`, read once: `isIn` asks it for nearly every word looked at.
    let wordSets: WordSets
    @exclusivity(unchecked) var state: DocumentState
    /// Whether to describe parsed figures in traces.
    let explain: Bool

    @exclusivity(unchecked) var mentions: [Mention] = []
    /// Systems outside the database named in the sentence, as mentions whose `system` is
    /// negative (`-1 - index` into `unknownSystems`); only binding looks at them.
    @exclusivity(unchecked) var outsideMentions: [Mention] = []
    @exclusivity(unchecked) var unknownSystems: [UnknownSystem] = []
    @exclusivity(unchecked) var breaks: [Int] = []
    /// Where the line holding the sentence's first byte starts, and the first line break at
    /// or after the sentence's end (see `findLineEnds`).
    @exclusivity(unchecked) var sentenceLineStart = 0
    @exclusivity(unchecked) var lineBreakAfterSentence = 0
    /// Whether a line of the sentence may open with a quoting mark (">"): false when the
    /// sentence's first line does not and no ">" stands in the sentence, so that
    /// `quotingMark(ofLineAt:)` answers at once for its positions.
    @exclusivity(unchecked) var mayHaveQuotingLine = true
    /// Line breaks of the sentence that only wrap its text (see `findSoftWraps`): read as
    /// spaces, not as the punctuation a line break otherwise is.
    @exclusivity(unchecked) var softWraps: [Int] = []
    /// Relative clauses after a name ("the Strela-2, which reaches 3.6 km,").
    @exclusivity(unchecked) var relativeClauses: [RelativeClause] = []
    /// Indices of target cues governed by a verb ("take down drones", "hit aircraft").
    @exclusivity(unchecked) var governedTargets: Set<Int> = []
    /// Indices of target cues governed by a preposition ("against a helicopter").
    @exclusivity(unchecked) var prepositionTargets: Set<Int> = []
    /// Names given as examples of a category ("weapons such as the Stinger").
    @exclusivity(unchecked) var exampleSites: [ExampleSite] = []

    init(
        range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, quantities: [QuantityMention], cues: [CueMatch],
        catalog: Catalog, vocabulary: ClaimVocabulary, state: DocumentState, explain: Bool = true
    ) {
        self.explain = explain
        self.range = range
        self.bytes = bytes
        self.quantities = quantities
        self.cues = Self.droppingEpithets(Self.outsideBounds(cues, quantities), bytes, range: range, catalog: catalog)
        self.catalog = catalog
        self.vocabulary = vocabulary
        self.wordSets = vocabulary.wordSets
        self.state = state
    }

    // MARK: Driver

    func claims() -> [Claim] {
        findLineEnds()
        findSoftWraps()
        findBreaks()
        lendElidedUnits()
        shareBounds()
        findMentions()
        addLatterReference()
        addOrdinalPair()
        addVehicleReference()
        addKinReferences()
        findOutsideMentions()
        learnNicknames()
        applyNicknames()
        applyVersionMarks()
        dropFamiliesNamedWithTheirVariant()
        findRelativeClauses()
        readChangedIntervals()
        let chains = targetChains()
        // (Each kind's claims are moved in, not copied, while the list is empty.)
        var claims = figureClaims()
        Self.add(countClaims(), to: &claims)
        // The rest reads the analysis only.
        otherClaims(adding: &claims, chains: chains)
        updateState()
        return claims
    }

    /// The cues less an attribute cue that straddles one figure's unit and the bound phrase of
    /// the next: the words are the figures' ("from 500 metres up to 6 kilometres" holds the
    /// height cue "metres up", whose "up" opens "up to"; "на высоте до 3,5 км" keeps its cue).
    static func outsideBounds(_ cues: [CueMatch], _ quantities: [QuantityMention]) -> [CueMatch] {
        func runsIntoBound(_ cue: CueMatch) -> Bool {
            guard case .attribute = cue.cue else { return false }
            return quantities.contains { q in
                guard let bound = q.boundRange, bound.upperBound <= q.numberRange.lowerBound,
                      cue.range.lowerBound < bound.lowerBound, cue.range.upperBound > bound.lowerBound else { return false }
                return quantities.contains { $0.range.upperBound <= bound.lowerBound && $0.range.contains(cue.range.lowerBound) }
            }
        }
        guard quantities.contains(where: { $0.boundRange != nil }), cues.contains(where: runsIntoBound) else { return cues }
        return cues.filter { !runsIntoBound($0) }
    }

    /// Appends `more` to `claims`; while `claims` is empty it takes `more` as is, so no
    /// claim is copied (most sentences make claims of one kind or none).
    @inline(__always)
    static func add(_ more: [Claim], to claims: inout [Claim]) {
        guard !more.isEmpty else { return }
        if claims.isEmpty { claims = more } else { claims.append(contentsOf: more) }
    }

    /// The claims of every kind but figures and counts, added to `claims` (figures and counts
    /// first), then the sentence-wide marks, and the claims to leave out removed.
    func otherClaims(adding claims: inout [Claim], chains: [(governor: CueMatch, cues: [Int], claims: Bool)]) {
        Self.add(manPortabilityClaims(), to: &claims)
        Self.add(carriedByOneClaims(), to: &claims)
        Self.add(guidanceClaims(), to: &claims)
        Self.add(targetClaims(chains), to: &claims)
        Self.add(originClaims(), to: &claims)
        Self.add(parentheticalOriginClaims(), to: &claims)
        Self.add(labelledOriginClaims(), to: &claims)
        Self.add(classClaims(), to: &claims)
        Self.add(comparisonClaims(), to: &claims)
        let contrasts = figureContrastClaims(claims)
        Self.add(contrasts, to: &claims)
        let differences = differenceComparisonClaims(claims)
        Self.add(differences, to: &claims)
        claims = sharingQualities(claims)
        claims = distributedOverPair(claims)
        markHearsay(&claims)
        markRebutted(&claims)
        markFalsified(&claims)
        markDoubtedAfter(&claims)
        markContrastedPairs(&claims)
        markContrastObjectGuidance(&claims)
        markHedgedQualities(&claims)
        markOthersReferences(&claims)
        markSentenceSubjects(&claims)
        // A figure the article most likely does not state about this system is left out, and
        // so is any claim on a line that quotes another writer ("> it's useless against jets"),
        // and a mass in tonnes no system of its kind can have.
        var left: [Int] = []
        for index in claims.indices
        where claims[index].grounding.features.contains(where: \.leavesFigureOut)
            || quotingMark(ofLineAt: claims[index].range.lowerBound) != nil || isTonnesOfAnotherThing(claims[index]) {
            left.append(index)
        }
        for index in left.reversed() { claims.remove(at: index) }
    }

    /// Finds `sentenceLineStart` and `lineBreakAfterSentence` from the previous sentence's
    /// (sentences come in text order), so the bytes of a long line are scanned once for the
    /// whole document.
    func findLineEnds() {
        let probe = state.lineStartProbe
        let from = probe.position <= range.lowerBound ? probe.position : 0
        var start = range.lowerBound
        while start > from, bytes[start - 1] != 0x0A { start -= 1 }
        if start == from, from == probe.position { start = probe.lineStart }
        sentenceLineStart = start
        state.lineStartProbe = (range.lowerBound, start)
        if state.nextLineBreak < range.upperBound {
            // (`memchr`: the bytes up to the next line break may be many.)
            var next = bytes.count
            if range.upperBound < bytes.count, let base = bytes.baseAddress,
               let found = memchr(base + range.upperBound, 0x0A, bytes.count - range.upperBound) {
                next = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            state.nextLineBreak = next
        }
        lineBreakAfterSentence = state.nextLineBreak
        var first = start
        while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        mayHaveQuotingLine = (first < bytes.count && bytes[first] == 0x3E)
            || (range.count > 0 && memchr(bytes.baseAddress! + range.lowerBound, 0x3E, range.count) != nil)
    }

    /// The document state after the sentence, moved out rather than copied (the analysis
    /// is done with it; it keeps an empty state).
    func takeState() -> DocumentState {
        var taken = DocumentState()
        swap(&taken, &state)
        return taken
    }

    func updateState() {
        // A name that only owns a side figure after the sentence's own figures ("..., vs 3.5
        // km for the Igla-S", "wobec 3,5 km u Igły-S") is neither the focus nor named for the
        // references of the next sentence, nor weighed as more than an object: the article
        // stays on its topic.
        var sideOwners: [Int] = []
        if quantities.count >= 2 {
            for quantity in quantities.dropFirst() {
                if let owner = ownerAfter(quantity)?.mention { sideOwners.append(owner.range.lowerBound) }
            }
        }
        if let subject = focusSubject(), !sideOwners.contains(subject.range.lowerBound) {
            state.focus = (subject.system, catalog.systems[subject.system].aliases.first ?? subject.words)
        }
        updateOutsideFocus()
        state.foreignSubject = foreignSubject(before: range.upperBound) ?? appositiveForeignName() ?? narrowTargetSubject()
        state.classSubject = opensWithClassNoun()
        var named: [Int] = []
        var onlyInThingClauses = true
        for mention in mentions where mention.named && mention.system >= 0 && !named.contains(mention.system)
            && !sideOwners.contains(mention.range.lowerBound) {
            named.append(mention.system)
            if onlyInThingClauses { onlyInThingClauses = inRelativeClauseOnThing(mention) }
        }
        // (A sentence naming systems only in relative clauses on things names no topic.)
        if onlyInThingClauses { named = [] }
        if !named.isEmpty {
            state.earlierNamed = state.lastNamed
            state.lastNamed = named
            state.lastSubjects = namedSubjects()
            state.lastOlder = olderNamed()
            state.lastPossessiveOnly = named.count < 2 ? [] : named.filter { system in
                !mentions.contains { $0.named && $0.system == system && !$0.possessive && !possessiveGap($0.range.upperBound..<nextSpace(after: $0.range.upperBound)) }
            }
            state.lastReplaced = named.count < 2 ? [] : replacedNamed()
            state.lastKinObjects = named.count < 2 ? [] : named.filter { system in
                !mentions.contains { $0.named && $0.system == system && !($0.isObject && followsKinNoun($0.range)) }
            }
            if named.count >= 2 { state.openedPair = [] }
            state.namedAfterBreak = subordinateNaming()
        }
        state.headingNamed = endsAsHeading() ? named : []
        let lastName = mentions.last(where: \.named)?.range.lowerBound ?? -1
        state.lastReferredAfterName = mentions.last.flatMap { last in
            !last.named && !last.possessive && last.system >= 0 && last.range.lowerBound > lastName ? last.system : nil
        }
        state.salience.decay(by: 0.75)
        // A word referring back that opens the sentence is its subject, and weighs as a name
        // ("Ce système russe porte à 6 km la portée de l'Igla d'origine": the Igla-S, not the
        // Igla named in its object, stays the topic).
        let openingReference = mentions.first.flatMap { first in
            !first.named && !first.isObject && !first.possessive && wordCount(range.lowerBound..<first.range.lowerBound) == 0
                ? first.range.lowerBound : nil
        }
        state.vagueOpening = openingReference.map { vagueOpeningReference(at: $0) } ?? false
        // A name a verb of succession replaces weighs as an object when the sentence names no
        // other system, its subject a word referring back ("Das russische System soll nach und
        // nach die alten S-300PS ersetzen": the next sentence is not about the S-300; blind set
        // VI). (With two names, `lastReplaced` makes a reference to either a guess.)
        let replaced = named.count == 1 && cues.contains(where: { isWord($0, .successorBefore) || isWord($0, .successorAfter) }) ? replacedNamed() : []
        for mention in mentions {
            let side = !sideOwners.isEmpty && sideOwners.contains(mention.range.lowerBound)
                || mention.named && !replaced.isEmpty && replaced.contains(mention.system)
            let weight = mention.isObject || side ? 0.3 : mention.named || mention.range.lowerBound == openingReference ? 1.0 : 0.5
            state.salience.add(weight, to: mention.system)
            if mention.named { state.spelling[mention.system] = mention.words }
        }
        // Refilled in place: the state is this analysis's own, so its storage is reused.
        state.pendingCues.removeAll(keepingCapacity: true)
        state.tableColumns = tableColumnsAfterSentence()
        for cue in cues {
            guard case .attribute(let attribute) = cue.cue, case .quantity(let dimension) = attribute.kind else { continue }
            if !quantities.contains(where: { $0.dimension == dimension }), state.pendingCues[dimension] == nil {
                state.pendingCues[dimension] = attribute
            }
        }
    }

    // MARK: Text helpers

    /// A trace, built only when `--explain` is asked for (the strings cost time on corpora).
    func makeTrace(
        systemWords: @autoclosure () -> String, systemReason: @autoclosure () -> String, cueWords: @autoclosure () -> String,
        attributeReason: @autoclosure () -> String, parsed: @autoclosure () -> String? = nil
    ) -> ClaimTrace {
        guard explain else { return ClaimTrace(systemWords: "", systemReason: "", cueWords: "", attributeReason: "") }
        return ClaimTrace(systemWords: systemWords(), systemReason: systemReason(), cueWords: cueWords(),
                          attributeReason: attributeReason(), parsed: parsed())
    }

    func text(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    /// `text(r).lowercased()`, without the intermediate string when the range is ASCII (the
    /// usual case): such text lowercases byte by byte, and a word of up to 15 bytes then
    /// needs no allocation at all.
    func lowercasedText(_ r: Range<Int>) -> String {
        var ascii = true
        for i in r where bytes[i] >= 0x80 {
            ascii = false
            break
        }
        guard ascii else {
            return TextCase.lowercased(UnsafeBufferPointer(rebasing: bytes[r])) ?? text(r).lowercased()
        }
        return String(unsafeUninitializedCapacity: r.count) { buffer in
            var k = 0
            for i in r {
                let b = bytes[i]
                buffer[k] = b &- 0x41 < 26 ? b | 0x20 : b
                k += 1
            }
            return k
        }
    }

    func isWord(_ cue: CueMatch, _ word: WordClass) -> Bool { cue.cue == .word(word) }

    /// Whether a lowercased word belongs to a class checked in place (determiners, copulas).
    /// A noun class also takes a compound whose last part is one of its nouns: after a hyphen
    /// in any language ("pac-3-interceptor"), glued in a compounding language
    /// ("abfangflugkörper").
    func isIn(_ word: WordClass, _ text: String) -> Bool {
        if wordSets.contains(word, text) { return true }
        guard ClaimVocabulary.isCompoundClass(word), wordSets[word] != nil else { return false }
        if let tail = Self.afterLastHyphen(text), wordSets.contains(word, tail) {
            // (Parts joined by a coordinator are listed, not a compound its last part heads:
            // "launcher-and-missile set"; blind set PX.)
            let head = text.utf8.dropLast(tail.utf8.count + 1)
            let part = head.split(separator: 0x2D).last.flatMap { String($0) } ?? ""
            return !isCoordinator(part)
        }
        return vocabulary.compoundNouns && wordSets.endsWithLongMember(word, text)
    }

    /// Whether the ASCII bytes of `r`, lowercased, end with `word`: what `hasSuffix` answers
    /// for two ASCII strings (it compares them byte for byte; a non-ASCII word matches none).
    func asciiText(_ r: Range<Int>, endsWith word: String) -> Bool {
        guard word.utf8.count <= r.count else { return false }
        var k = r.upperBound - word.utf8.count
        for byte in word.utf8 {
            guard (bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k]) == byte else { return false }
            k += 1
        }
        return true
    }

    /// `text.hasPrefix(" " + word)` without building the string; `ascii` says that `text` is
    /// ASCII, whose comparison `hasPrefix` makes byte for byte.
    static func hasSpacedPrefix(_ text: String, _ word: String, ascii: Bool) -> Bool {
        guard ascii else { return text.hasPrefix(" \(word)") }
        let utf8 = text.utf8
        guard utf8.first == 0x20, word.utf8.count < utf8.count else { return false }
        guard word.utf8.first == utf8.dropFirst().first || word.isEmpty else { return false }
        return utf8.dropFirst().starts(with: word.utf8)
    }

    /// What follows the last hyphen of `text`, nil without one, found in the bytes: a hyphen
    /// followed by an ASCII byte or nothing is a Character of its own; one followed by another
    /// scalar (perhaps a combining mark) is left to Characters.
    static func afterLastHyphen(_ text: String) -> String? {
        var hyphen = -1
        var offset = 0
        for byte in text.utf8 {
            if byte == 0x2D { hyphen = offset }
            offset += 1
        }
        guard hyphen >= 0 else { return nil }
        let after = text.utf8.index(text.utf8.startIndex, offsetBy: hyphen + 1)
        guard after == text.utf8.endIndex || text.utf8[after] < 0x80 else {
            guard let index = text.lastIndex(of: "-") else { return nil }
            return String(text[text.index(after: index)...])
        }
        return String(text[after...])
    }

    /// The lowercased words of a range (letters and digits, with inner hyphens and
    /// apostrophes), for the few checks that look at individual words.
    /// `limit` stops after that many words (for the checks that look at the first ones).
    func words(in r: Range<Int>, limit: Int = .max) -> [String] {
        var result: [String] = []
        guard limit > 0 else { return result }
        scanWords(in: r) { word in
            result.append(lowercasedText(word))
            return result.count < limit
        }
        return result
    }

    /// Whether `words(in: r)` is not empty, without building it.
    func hasWord(in r: Range<Int>) -> Bool {
        var found = false
        scanWords(in: r) { _ in
            found = true
            return false
        }
        return found
    }

    /// The first of `words(in: r)`, without building a list.
    func firstWord(in r: Range<Int>) -> String? {
        var first: Range<Int>?
        scanWords(in: r) { word in
            first = word
            return false
        }
        guard let first else { return nil }
        return lowercasedText(first)
    }

    /// The last of `words(in: r)`, without building the others.
    func lastWord(in r: Range<Int>) -> String? {
        var last: Range<Int>?
        scanWords(in: r) { word in
            last = word
            return true
        }
        guard let last else { return nil }
        return lowercasedText(last)
    }

    /// Whether a word of the range, as `words(in:)` reads it, passes `test`; the words after
    /// the first that does are not read.
    func containsWord(in r: Range<Int>, where test: (String) -> Bool) -> Bool {
        var found = false
        scanWords(in: r) { word in
            found = test(lowercasedText(word))
            return !found
        }
        return found
    }

    /// The last cue of the sentence that passes `test`.
    @inline(__always)
    func lastCue(where test: (CueMatch) -> Bool) -> CueMatch? {
        var index = cues.count
        while index > 0 {
            index -= 1
            if test(cues[index]) { return cues[index] }
        }
        return nil
    }

    /// Whether a word of the range, as `words(in:)` reads it, is in the class `word`
    /// (`isIn`).
    func containsWord(in r: Range<Int>, of word: WordClass) -> Bool {
        var found = false
        scanWords(in: r) { range in
            found = isIn(word, lowercasedText(range))
            return !found
        }
        return found
    }

    /// Calls `body` with the byte range of each word of `r` in order (letters and digits,
    /// with inner hyphens and apostrophes) until it returns false.
    @inline(__always)
    func scanWords(in r: Range<Int>, _ body: (Range<Int>) -> Bool) {
        guard r.lowerBound < r.upperBound else { return }
        var start = -1
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            let inner = (b == 0x2D || b == 0x27) && start >= 0 && i + 1 < r.upperBound && TextScan.isASCIIAlphanumeric(bytes[i + 1])
            let isLetter = b < 0x80 ? TextScan.isASCIIAlphanumeric(b) || inner : (b >= 0xC3 || (b & 0xC0 == 0x80 && start >= 0)) && b != 0xE2
            if isLetter {
                if start < 0 { start = i }
            } else if start >= 0 {
                let word = start..<i
                start = -1
                if !body(word) { return }
            }
            i += 1
        }
        if start >= 0 { _ = body(start..<r.upperBound) }
    }

    /// Words (runs of letters, digits and apostrophes) in a range.
    func wordCount(_ r: Range<Int>) -> Int { Self.wordCount(r, in: bytes) }

    /// Words (runs of letters, digits and inner apostrophes and hyphens) in `r` of `bytes`.
    static func wordCount(_ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard r.lowerBound < r.upperBound, let base = bytes.baseAddress else { return 0 }
        var count = 0
        var inWord = false
        var i = r.lowerBound
        while i < r.upperBound {
            // Eight ASCII bytes at a time while the byte after them is in the range too (a
            // hyphen or apostrophe joins a word only before a letter or digit): the word
            // bytes are the letters and digits and the joining marks, and the words started
            // are the word bytes whose preceding byte is none.
            if i + 8 < r.upperBound {
                let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    let alnum = TextScan.asciiAlphanumericMask(chunk)
                    let marks = Self.asciiByteMask(chunk, 0x27) | Self.asciiByteMask(chunk, 0x2D)
                    let carry: UInt64 = inWord ? 0x80 : 0
                    let nextIsAlnum = alnum >> 8 | (TextScan.isASCIIAlphanumeric(base[i + 8]) ? 0x8000_0000_0000_0000 : 0)
                    // (Two marks in a row never join: the first is followed by no letter.)
                    let word = alnum | (marks & (alnum << 8 | carry) & nextIsAlnum)
                    count += (word & ~(word << 8 | carry)).nonzeroBitCount
                    inWord = word >> 63 != 0
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            let isWordByte: Bool
            if b < 0x80 {
                let joins = (b == 0x27 || b == 0x2D) && inWord && i + 1 < r.upperBound && TextScan.isASCIIAlphanumeric(bytes[i + 1])
                isWordByte = TextScan.isASCIIAlphanumeric(b) || joins
            } else if b & 0xC0 == 0x80 {
                isWordByte = inWord
            } else {
                isWordByte = b != 0xC2 && b != 0xE2
            }
            if isWordByte && !inWord { count += 1 }
            inWord = isWordByte
            i += 1
        }
        return count
    }

    /// The high bit of each byte of `chunk` (all ASCII) that equals `byte`, every other bit
    /// clear: exact, with no carry between bytes (seven low bits plus 0x7F never pass 0xFF).
    @inline(__always)
    static func asciiByteMask(_ chunk: UInt64, _ byte: UInt8) -> UInt64 {
        let x = chunk ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// Words in a range, a figure inside it counting as one ("bis in 3,8 Kilometer Höhe": 4).
    func wordsCountingFigures(_ r: Range<Int>) -> Int {
        let inside = quantities.filter { $0.range.lowerBound >= r.lowerBound && $0.range.upperBound <= r.upperBound }
        return wordCount(r) - inside.reduce(0) { $0 + wordCount($1.range) - 1 }
    }

    /// Whether a range holds punctuation outside the figures in it (a decimal comma is none).
    /// Figures may overlap ("2.2 Mach 2.", read as two figures sharing bytes), so the gap
    /// before a figure starts where the furthest figure so far ended, never earlier.
    func hasPunctuationOutsideFigures(_ r: Range<Int>) -> Bool {
        var start = r.lowerBound
        for figure in quantities.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where figure.range.lowerBound >= r.lowerBound && figure.range.upperBound <= r.upperBound {
            if figure.range.lowerBound > start, hasPunctuation(start..<figure.range.lowerBound) { return true }
            start = max(start, figure.range.upperBound)
        }
        return hasPunctuation(start..<r.upperBound)
    }

    /// Whether a range holds a stop, colon, bracket or (unless allowed) a comma. The dots of
    /// an initialism ("U.S.", "U.K.") are no stops: "fielded by the U.S. Army in 1968"; nor is
    /// the colon of a time ("at 06:40").
    func hasPunctuation(_ r: Range<Int>, allowingComma: Bool = false) -> Bool {
        guard r.lowerBound < r.upperBound else { return false }
        for i in r {
            switch bytes[i] {
            case 0x2E where isInitialismDot(i): continue
            case 0x0A where softWraps.contains(i): continue
            case 0x3A where Self.isTimeColon(bytes, at: i, in: range): continue  // "at 06:40"
            case 0x2E, 0x3B, 0x3A, 0x28, 0x29, 0x21, 0x3F, 0x0A: return true
            case 0x2C where !allowingComma: return true
            default: continue
            }
        }
        return false
    }

    func gap(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<max(b.upperBound, a.lowerBound)
    }

}

/// The byte range from the end of `a` to the start of `b`: empty (at `a`'s end) when `b`
/// starts before `a` ends. Odd text yields overlapping or out-of-order mentions ("Machng
/// 2.2 Mach 2" reads two figures sharing "Mach"), and `a.upperBound..<b.lowerBound` would
/// then trap; every "what lies between these two" question goes through here instead.
@inline(__always)
func stretch(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
    a.upperBound..<max(a.upperBound, b.lowerBound)
}
