/// Finds the claims an article makes about catalog systems.
///
/// One pass each over the text finds every number (`QuantityScanner`) and every phrase
/// (`ClaimVocabulary`: system names, references, cue words, structure words); then each
/// sentence ties them together:
///
/// - **Which system.** A figure or phrase belongs to the nearest system named before it
///   in its clause, else the nearest after it in the clause, else the nearest in the
///   sentence. Clause breaks ("while", "whereas", ";", ", and") keep two systems in one
///   sentence apart; the object of a comparison ("similar to the Stinger") or of an
///   apposition ("the Verba, the successor of the Igla-S,") is not a subject. Pronouns
///   ("it", "its", "they") refer to the subject of the latest sentence; "the missile",
///   "the system" and figures in a sentence naming no system refer to the topic: the
///   system named most, and most recently, so far.
/// - **Whose figure.** A figure whose clause is about something else is left alone: an
///   airliner's cruising altitude, a helicopter flying 6 km from a launcher, a frontier of
///   535 km, the Mistral's launch post, "a typical MANPADS weighs".
/// - **Which attribute.** The nearest cue word of the figure's dimension ("range",
///   "altitude", "weighs"), a cue right after the figure winning ("6 km range"); a cue in
///   the previous sentence with no figure of its own carries over ("Its ceiling is less
///   clear. Some guides give 3,000 metres"); "the figure" repeats an earlier attribute.
///   "From 500 m out to 6 km" is an envelope: a minimum and a maximum.
/// - **Not claims.** Money, dates, percentages and designations never become figures
///   (the scanner drops them); bare numbers are claims only as crew sizes, or as
///   inventories right before a system's name or a word such as "missiles".
/// - **Headlines.** A claim in a heading (a short paragraph without a closing stop) that
///   the body repeats is reported once, in the body.
public struct ClaimExtractor: Sendable {
    /// The database whose systems are looked for.
    public let catalog: Catalog
    /// The languages it reads, in the order given.
    public let languages: [String]
    let readers: PackReaders
    let detector: LanguageDetector

    /// Builds the extractor once for a catalog and the language packs to read with. Each
    /// document is read with one pack: the only one, or the one `LanguageDetector` names.
    /// A pack's phrase tables are built the first time a document needs them.
    public init(catalog: Catalog, lexicons: [Lexicon]) {
        self.catalog = catalog
        languages = lexicons.map(\.language)
        readers = PackReaders(catalog: catalog, packs: lexicons)
        detector = LanguageDetector(packs: lexicons)
    }

    /// Sentences longer than this are cut at spaces, so a text without stops (a 100 MB
    /// single line) costs linear time.
    static let maximumSentenceLength = 1500

    /// The language `document` is read in: the only pack, or the detected one.
    public func language(of document: Document) -> LanguageDetector.Outcome {
        if languages.count == 1 { return .language(languages[0]) }
        return document.withTextBytes { detector.detect($0) }
    }

    /// Every claim in `document`, in text order, read in its language (none when the
    /// language cannot be told or has no pack: `language(of:)` says which). `explain:
    /// false` leaves out the parsed figure's description in each trace (it costs time on
    /// large corpora).
    public func claims(in document: Document, explain: Bool = true) -> [Claim] {
        switch language(of: document) {
        case .language(let code): claims(in: document, language: code, explain: explain)
        case .undetermined: agreedClaims(in: document, explain: explain) ?? []
        case .noPack: []
        }
    }

    /// For a document too short to tell its language ("Stinger: 8 km."): the claims every
    /// pack that finds any agrees on, or nil when two packs read it differently.
    public func agreedClaims(in document: Document, explain: Bool = true) -> [Claim]? {
        var agreed: (claims: [Claim], summaries: [String])?
        for code in languages {
            let found = claims(in: document, language: code, explain: explain)
            guard !found.isEmpty else { continue }
            let summaries = found.map(\.summary)
            if let agreed, agreed.summaries != summaries { return nil }
            if agreed == nil { agreed = (found, summaries) }
        }
        return agreed?.claims ?? []
    }

    /// Every claim in `document`, read with the pack of `language` (one of `languages`).
    public func claims(in document: Document, language: String, explain: Bool = true) -> [Claim] {
        guard let reader = readers.reader(for: language) else { return [] }
        let vocabulary = reader.vocabulary
        let scanner = reader.scanner
        return document.withTextBytes { bytes in
            guard vocabulary.mayNameSystem(bytes) else { return [] }
            let cues = vocabulary.scan(bytes)
            guard cues.contains(where: { if case .system = $0.cue { return true } else { return false } }) else {
                return []
            }
            let quantities = scanner.scan(utf8: bytes)
            let paragraphs = SentenceSplitter.paragraphs(in: bytes)
            let sentences = Self.bounded(
                Self.refined(SentenceSplitter.sentences(in: bytes), bytes, units: vocabulary.unitAbbreviations), bytes)
            var state = DocumentState()
            var claims: [(claim: Claim, heading: Bool)] = []
            var q = 0
            var c = 0
            var p = 0
            var lastParagraph = -1
            for sentence in sentences {
                while q < quantities.count, quantities[q].range.lowerBound < sentence.lowerBound { q += 1 }
                while c < cues.count, cues[c].range.lowerBound < sentence.lowerBound { c += 1 }
                while p < paragraphs.count, paragraphs[p].upperBound <= sentence.lowerBound { p += 1 }
                var qEnd = q
                while qEnd < quantities.count, quantities[qEnd].range.lowerBound < sentence.upperBound { qEnd += 1 }
                var cEnd = c
                while cEnd < cues.count, cues[cEnd].range.lowerBound < sentence.upperBound { cEnd += 1 }
                let heading = p < paragraphs.count && Self.isHeading(paragraphs[p], bytes)
                if p != lastParagraph {
                    // A new paragraph weakens what came before: topics shift at paragraph breaks.
                    for key in state.salience.keys { state.salience[key]! *= 0.4 }
                    lastParagraph = p
                }
                var analysis = SentenceAnalysis(
                    range: sentence, bytes: bytes, quantities: Array(quantities[q..<qEnd]), cues: Array(cues[c..<cEnd]),
                    catalog: catalog, vocabulary: vocabulary, state: state, explain: explain)
                claims += analysis.claims().map { ($0, heading) }
                state = analysis.state
                q = qEnd
                c = cEnd
            }
            return Self.deduplicated(claims)
        }
    }

    /// Sentences also end after a unit abbreviation followed by a capital ("... up to 6 km.
    /// It said ..."), which the text layer's splitter keeps together as "km." may abbreviate.
    static func refined(_ sentences: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, units: Set<String>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            var start = sentence.lowerBound
            var i = sentence.lowerBound + 1
            while i + 2 < sentence.upperBound {
                defer { i += 1 }
                guard bytes[i] == 0x2E, bytes[i + 1] == 0x20 else { continue }
                let next = bytes[i + 2]
                guard next &- 0x41 < 26 || (next >= 0xC3 && next <= 0xD0) else { continue }
                var w = i
                while w > start, TextScan.isASCIIAlphanumeric(bytes[w - 1]), !(bytes[w - 1] &- 0x30 < 10) { w -= 1 }
                guard w < i, w > start else { continue }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<i]), as: UTF8.self)
                let digitBefore = bytes[w - 1] &- 0x30 < 10 || (w >= 2 && bytes[w - 1] == 0x20 && bytes[w - 2] &- 0x30 < 10)
                guard units.contains(word), digitBefore else { continue }
                result.append(start..<(i + 1))
                start = i + 2
            }
            result.append(start..<sentence.upperBound)
        }
        return result
    }

    /// Sentence ranges with overlong ones cut at spaces.
    static func bounded(_ sentences: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard sentences.contains(where: { $0.count > maximumSentenceLength }) else { return sentences }
        var result: [Range<Int>] = []
        for sentence in sentences {
            var start = sentence.lowerBound
            while sentence.upperBound - start > maximumSentenceLength {
                var cut = start + maximumSentenceLength
                while cut > start + maximumSentenceLength / 2, bytes[cut] != 0x20 { cut -= 1 }
                if bytes[cut] != 0x20 {
                    // No space: cut before a UTF-8 lead byte.
                    cut = start + maximumSentenceLength
                    while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                }
                result.append(start..<cut)
                start = cut
            }
            result.append(start..<sentence.upperBound)
        }
        return result
    }

    /// A heading: a paragraph of one line under 200 bytes that does not end with a stop.
    static func isHeading(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard paragraph.count < 200, !paragraph.isEmpty else { return false }
        if bytes[paragraph].contains(0x0A) { return false }
        var last = paragraph.upperBound - 1
        while last > paragraph.lowerBound, bytes[last] == 0x20 { last -= 1 }
        return ![0x2E, 0x21, 0x3F, 0x22, 0x3A, 0x29].contains(bytes[last]) && !(bytes[last] & 0xC0 == 0x80 && last >= 2 && bytes[last - 2] == 0xE2)
    }

    /// One claim per system, attribute, quote and value; a heading's claim that the body
    /// repeats (same system, attribute and value) is dropped.
    static func deduplicated(_ claims: [(claim: Claim, heading: Bool)]) -> [Claim] {
        var kept = claims
        if claims.contains(where: \.heading) {
            var inBody: Set<Identity> = []
            for (claim, heading) in claims where !heading { inBody.insert(Identity(claim, range: nil)) }
            kept = claims.filter { !$0.heading || !inBody.contains(Identity($0.claim, range: nil)) }
        }
        let sorted = kept.map(\.claim).sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        // The same words read twice are neighbours once sorted.
        var result: [Claim] = []
        result.reserveCapacity(sorted.count)
        for claim in sorted {
            // Only the last few are looked at: a search through all of `result` made a
            // claim-packed line quadratic.
            if result.suffix(4).contains(where: { $0.range == claim.range && Identity($0, range: nil) == Identity(claim, range: nil) }) {
                continue
            }
            result.append(claim)
        }
        return result
    }

    /// What makes two claims the same statement.
    private struct Identity: Hashable {
        var system: String
        var attribute: ClaimAttribute
        var value: ClaimValue
        var range: Range<Int>?

        init(_ claim: Claim, range: Range<Int>?) {
            system = claim.systemID
            attribute = claim.attribute
            var value = claim.value
            // Figures compare by bound and value, not by how they were written.
            if case .number(var number) = value {
                number.text = ""
                number.halfStep = 0
                value = .number(number)
            }
            self.value = value
            self.range = range
        }
    }
}

/// What carries from one sentence to the next.
struct DocumentState {
    /// The subject of the latest sentence naming a system (index into `Catalog.systems`),
    /// for pronouns.
    var focus: (system: Int, words: String)?
    /// How much each system has been named, decaying by sentence: the topic.
    var salience: [Int: Double] = [:]
    /// How each system was last written.
    var spelling: [Int: String] = [:]
    /// Every figure claimed so far: (system, attribute, SI value), for "the figure".
    var figures: [(attribute: Attribute, value: Double)] = []
    /// Cues of the previous sentence that had no figure of their dimension.
    var pendingCues: [QuantityDimension: Attribute] = [:]

    /// The system named most, and most recently: what "the missile" means.
    var topic: (system: Int, words: String)? {
        guard let best = salience.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value > 0.05 else { return focus }
        return (best.key, spelling[best.key] ?? "")
    }
}

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
}

/// The claims of one sentence.
struct SentenceAnalysis {
    let range: Range<Int>
    let bytes: UnsafeBufferPointer<UInt8>
    let quantities: [QuantityMention]
    let cues: [CueMatch]
    let catalog: Catalog
    let vocabulary: ClaimVocabulary
    var state: DocumentState
    /// Whether to describe parsed figures in traces.
    let explain: Bool

    private var mentions: [Mention] = []
    private var breaks: [Int] = []
    /// Indices of target cues governed by a verb ("take down drones", "hit aircraft").
    private var governedTargets: Set<Int> = []
    /// Indices of target cues governed by a preposition ("against a helicopter").
    private var prepositionTargets: Set<Int> = []

    init(
        range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, quantities: [QuantityMention], cues: [CueMatch],
        catalog: Catalog, vocabulary: ClaimVocabulary, state: DocumentState, explain: Bool = true
    ) {
        self.explain = explain
        self.range = range
        self.bytes = bytes
        self.quantities = quantities
        self.cues = cues
        self.catalog = catalog
        self.vocabulary = vocabulary
        self.state = state
    }

    // MARK: Driver

    mutating func claims() -> [Claim] {
        findBreaks()
        findMentions()
        let chains = targetChains()
        var claims: [Claim] = []
        claims += figureClaims()
        claims += countClaims()
        claims += manPortabilityClaims()
        claims += guidanceClaims()
        claims += targetClaims(chains)
        claims += originClaims()
        claims += classClaims()
        claims += comparisonClaims()
        updateState()
        return claims
    }

    private mutating func updateState() {
        if let subject = mentions.first(where: { !$0.isObject }) {
            state.focus = (subject.system, catalog.systems[subject.system].aliases.first ?? subject.words)
        }
        for key in state.salience.keys { state.salience[key]! *= 0.75 }
        for mention in mentions {
            let weight = mention.isObject ? 0.3 : mention.named ? 1.0 : 0.5
            state.salience[mention.system, default: 0] += weight
            if mention.named { state.spelling[mention.system] = mention.words }
        }
        var pending: [QuantityDimension: Attribute] = [:]
        for cue in cues {
            guard case .attribute(let attribute) = cue.cue, case .quantity(let dimension) = attribute.kind else { continue }
            if !quantities.contains(where: { $0.dimension == dimension }), pending[dimension] == nil {
                pending[dimension] = attribute
            }
        }
        state.pendingCues = pending
    }

    // MARK: Text helpers

    /// A trace, built only when `--explain` is asked for (the strings cost time on corpora).
    private func makeTrace(
        systemWords: @autoclosure () -> String, systemReason: @autoclosure () -> String, cueWords: @autoclosure () -> String,
        attributeReason: @autoclosure () -> String, parsed: @autoclosure () -> String? = nil
    ) -> ClaimTrace {
        guard explain else { return ClaimTrace(systemWords: "", systemReason: "", cueWords: "", attributeReason: "") }
        return ClaimTrace(systemWords: systemWords(), systemReason: systemReason(), cueWords: cueWords(),
                          attributeReason: attributeReason(), parsed: parsed())
    }

    private func text(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    private func isWord(_ cue: CueMatch, _ word: WordClass) -> Bool { cue.cue == .word(word) }

    /// Whether a lowercased word belongs to a class checked in place (determiners, copulas).
    private func isIn(_ word: WordClass, _ text: String) -> Bool {
        vocabulary.wordSets[word]?.contains(text) ?? false
    }

    /// The lowercased words of a range (letters and digits, with inner hyphens and
    /// apostrophes), for the few checks that look at individual words.
    private func words(in r: Range<Int>) -> [String] {
        guard r.lowerBound < r.upperBound else { return [] }
        var result: [String] = []
        var start = -1
        var i = r.lowerBound
        func flush(_ end: Int) {
            if start >= 0 { result.append(text(start..<end).lowercased()) }
            start = -1
        }
        while i < r.upperBound {
            let b = bytes[i]
            let inner = (b == 0x2D || b == 0x27) && start >= 0 && i + 1 < r.upperBound && TextScan.isASCIIAlphanumeric(bytes[i + 1])
            let isLetter = b < 0x80 ? TextScan.isASCIIAlphanumeric(b) || inner : (b >= 0xC3 || (b & 0xC0 == 0x80 && start >= 0)) && b != 0xE2
            if isLetter {
                if start < 0 { start = i }
            } else {
                flush(i)
            }
            i += 1
        }
        flush(r.upperBound)
        return result
    }

    /// Words (runs of letters, digits and apostrophes) in a range.
    private func wordCount(_ r: Range<Int>) -> Int {
        guard r.lowerBound < r.upperBound else { return 0 }
        var count = 0
        var inWord = false
        var i = r.lowerBound
        while i < r.upperBound {
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

    /// Whether a range holds a stop, colon, bracket or (unless allowed) a comma.
    private func hasPunctuation(_ r: Range<Int>, allowingComma: Bool = false) -> Bool {
        guard r.lowerBound < r.upperBound else { return false }
        for i in r where [0x2E, 0x3B, 0x3A, 0x28, 0x29, 0x21, 0x3F, 0x0A].contains(bytes[i]) || (!allowingComma && bytes[i] == 0x2C) {
            return true
        }
        return false
    }

    private func gap(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<max(b.upperBound, a.lowerBound)
    }

    // MARK: Structure

    private mutating func findBreaks() {
        for cue in cues where isWord(cue, .clauseBreak) { breaks.append(cue.range.lowerBound) }
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 {
                breaks.append(i)
            } else if b == 0x2C, Self.startsCoordination(bytes, at: i + 1, end: range.upperBound, coordinators: vocabulary.coordinators) {
                breaks.append(i)  // ", and the Stinger ...": a new clause
            } else if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93,
                      i > range.lowerBound, bytes[i - 1] == 0x20 {
                breaks.append(i)  // a spaced em or en dash sets off a clause
            }
            i += 1
        }
        breaks.sort()
    }

    /// A coordinator (" and ", " y ") right after a comma.
    private static func startsCoordination(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, coordinators: [[UInt8]]
    ) -> Bool {
        for w in coordinators {
            if i + w.count <= end, (0..<w.count).allSatisfy({ bytes[i + $0] == w[$0] }) { return true }
        }
        return false
    }

    /// The clause number of a position within the sentence.
    private func clause(_ position: Int) -> Int {
        var low = 0
        var high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if breaks[mid] <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func clauseStart(_ position: Int) -> Int {
        let index = clause(position)
        return index == 0 ? range.lowerBound : breaks[index - 1]
    }

    private func isContrast(_ phrase: String) -> Bool {
        let lower = phrase.lowercased()
        return vocabulary.contrasts.contains { lower.hasPrefix($0) }
    }

    private mutating func findMentions() {
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }
        var objectStarts: Set<Int> = []
        // Objects of comparisons and contrasts: the first name right after the phrase.
        for cue in cues {
            let isComparison: Bool
            switch cue.cue {
            case .comparison: isComparison = true
            case .word(.clauseBreak): isComparison = isContrast(text(cue.range))
            default: isComparison = false
            }
            guard isComparison else { continue }
            if let object = names.first(where: {
                $0.range.lowerBound >= cue.range.upperBound && wordCount(cue.range.upperBound..<$0.range.lowerBound) <= 2
                    && !hasPunctuation(cue.range.upperBound..<$0.range.lowerBound)
            }) {
                objectStarts.insert(object.range.lowerBound)
            }
        }
        // Appositions: "the Verba, the successor of the Igla-S, weighs".
        for (index, name) in names.enumerated() where index > 0 {
            let previous = names[index - 1]
            let between = previous.range.upperBound..<name.range.lowerBound
            guard !between.isEmpty, bytes[previous.range.upperBound] == 0x2C, wordCount(between) <= 4,
                  !hasPunctuation(previous.range.upperBound + 1..<name.range.lowerBound) else { continue }
            var k = name.range.upperBound
            var words = 0
            while k < range.upperBound, bytes[k] != 0x2C, words <= 3 {
                if bytes[k] == 0x2E || bytes[k] == 0x3B { break }
                if bytes[k] == 0x20 { words += 1 }
                k += 1
            }
            if k < range.upperBound, bytes[k] == 0x2C { objectStarts.insert(name.range.lowerBound) }
        }
        var sawOwner = false
        for cue in cues {
            switch cue.cue {
            case .system(let system):
                mentions.append(Mention(
                    range: cue.range, system: system, named: true, pronoun: false, possessive: isPossessive(cue.range),
                    isObject: objectStarts.contains(cue.range.lowerBound), words: text(cue.range)))
                sawOwner = false
            case .target, .word(.otherOwner):
                sawOwner = true
            case .reference:
                let words = text(cue.range)
                let pronoun = !words.contains(" ")
                let antecedent: (Int, String)?
                if let subject = mentions.first(where: { $0.named && !$0.isObject }) {
                    antecedent = (subject.system, subject.words)
                } else if pronoun {
                    // "Russian drones ... some of them": a pronoun after another owner is not ours.
                    antecedent = sawOwner ? nil : state.focus.map { ($0.system, $0.words) }
                } else {
                    antecedent = state.topic.map { ($0.system, $0.words) }
                }
                if let antecedent {
                    mentions.append(Mention(
                        range: cue.range, system: antecedent.0, named: false, pronoun: pronoun,
                        possessive: isPossessive(cue.range), isObject: false, words: words))
                }
            default:
                break
            }
        }
    }

    private func isPossessive(_ r: Range<Int>) -> Bool {
        let n = r.upperBound
        guard n - r.lowerBound >= 2 else { return false }
        if bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x27 { return true }
        if bytes[n - 1] == 0x27 { return true }
        if n - r.lowerBound >= 4, bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 {
            return true
        }
        return n - r.lowerBound >= 3 && bytes[n - 1] == 0x99 && bytes[n - 2] == 0x80 && bytes[n - 3] == 0xE2
    }

    // MARK: Binding

    /// How a claim was tied to its system.
    struct Binding {
        var mention: Mention?
        var system: Int
        var words: String
        var reason: String
    }

    /// The system a claim at `position` is about. With `inSentence`, only a system named or
    /// referred to in the sentence will do, unless the sentence has no subject of its own
    /// (Spanish drops pronouns: "Puede dispararse al hombro") and names no other owner.
    private func bind(_ position: Int, excluding excluded: Int? = nil, inSentence: Bool = false) -> Binding? {
        let allowTopic = !inSentence || (mentions.isEmpty && !hasOtherOwner(before: position))
        let here = clause(position)
        let candidates = mentions.filter { $0.system != excluded }
        let before = candidates.filter { $0.range.lowerBound < position }
        let after = candidates.filter { $0.range.lowerBound >= position }
        func describe(_ mention: Mention, _ reason: StaticString) -> Binding {
            var binding = Binding(mention: mention, system: mention.system, words: mention.words, reason: "")
            if explain {
                binding.reason = mention.named ? "\(reason)" : "\(reason), \"\(mention.words)\" referring to \(catalog.systems[mention.system].name)"
            }
            return binding
        }
        if let m = before.last(where: { clause($0.range.lowerBound) == here && !$0.isObject }) {
            return describe(m, "named before the claim in its clause")
        }
        if let m = after.first(where: { clause($0.range.lowerBound) == here && !$0.isObject }) {
            return describe(m, "named after the claim in its clause")
        }
        if let m = before.last(where: { clause($0.range.lowerBound) == here }) {
            return describe(m, "named before the claim in its clause")
        }
        if let m = before.last(where: { !$0.isObject }) {
            return describe(m, "named earlier in the sentence")
        }
        if allowTopic, before.isEmpty, let topic = state.topic, topic.system != excluded {
            return Binding(mention: nil, system: topic.system, words: topic.words,
                           reason: "no system named before it in the sentence; the article's topic so far")
        }
        if let m = after.first(where: { !$0.isObject }) {
            return describe(m, "named later in the sentence")
        }
        return nil
    }

    /// Whether an owner other than a system ("airliner", "typically", "a MANPADS", an
    /// unknown designation such as "JF-17") stands in the sentence before `position`.
    private func hasOtherOwner(before position: Int) -> Bool {
        cues.contains { cue in
            cue.range.upperBound <= position && (isWord(cue, .otherOwner) || isWord(cue, .generic))
        } || hasForeignDesignation(range.lowerBound..<position)
    }

    /// Whether a range holds a designation that is not a catalog name ("JF-17", "Mi-8",
    /// "F-35", "Su-30MK2"): capitals, a hyphen and digits, outside any system name.
    private func hasForeignDesignation(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            guard TextScan.isASCIIUppercase(bytes[i]), i == range.lowerBound || !TextScan.isASCIIAlphanumeric(bytes[i - 1]) else {
                i += 1
                continue
            }
            var k = i
            while k < r.upperBound, TextScan.isASCIIAlphanumeric(bytes[k]) && !(bytes[k] &- 0x30 < 10) { k += 1 }
            let letters = k - i
            guard letters >= 1, letters <= 8, k + 1 < r.upperBound, bytes[k] == 0x2D, bytes[k + 1] &- 0x30 < 10 else {
                i = k + 1
                continue
            }
            let inName = cues.contains { if case .system = $0.cue { return $0.range.contains(i) } else { return false } }
            if !inName { return true }
            i = k + 1
        }
        return false
    }

    /// Whether the figure at `quantity`, tied by `binding`, belongs to something else.
    private func ownedByOther(_ quantity: QuantityMention, binding: Binding) -> Bool {
        let position = quantity.range.lowerBound
        // "the 180 km Taiwan Strait": a figure right before another owner is that owner's.
        if cues.contains(where: { isWord($0, .otherOwner) && $0.range.lowerBound >= quantity.range.upperBound
            && wordCount(quantity.range.upperBound..<$0.range.lowerBound) <= 1
            && !hasPunctuation(quantity.range.upperBound..<$0.range.lowerBound) }) {
            return true
        }
        // "can hit targets flying at Mach 3": the targets' speed.
        if quantity.dimension == .speed, cues.contains(where: { cue in
            guard cue.cue == .targetVerb || isWord(cue, .targetGovernorAfter), cue.range.upperBound <= position else { return false }
            guard let first = words(in: cue.range).first else { return false }
            return isIn(.targetNoun, first) && wordCount(cue.range.upperBound..<position) <= 3
        }) {
            return true
        }
        // "a Starstreak dart weighs": the name qualifies a part.
        if let mention = binding.mention, mention.named, cues.contains(where: { isWord($0, .partNoun)
            && $0.range.lowerBound >= mention.range.upperBound && wordCount(mention.range.upperBound..<$0.range.lowerBound) == 0 }) {
            return true
        }
        let start: Int
        let viaTopic = binding.mention == nil
        var precedes = false
        if let mention = binding.mention, mention.range.upperBound <= position, clause(mention.range.lowerBound) == clause(position) {
            start = mention.range.upperBound
            precedes = true
        } else {
            start = clauseStart(position)
        }
        if hasForeignDesignation(start..<position) { return true }
        for (index, cue) in cues.enumerated() where cue.range.lowerBound >= start && cue.range.upperBound <= position {
            switch cue.cue {
            case .word(.otherOwner): return true
            case .word(.generic) where viaTopic || !precedes: return true
            case .target where !governedTargets.contains(index) || (viaTopic && prepositionTargets.contains(index)): return true
            default: break
            }
        }
        return false
    }

    /// Whether a negation stands within three words before `position`, in its clause.
    private func isNegated(_ position: Int) -> Bool {
        let start = clauseStart(position)
        return cues.contains { cue in
            isWord(cue, .negation) && cue.range.lowerBound >= start && cue.range.upperBound <= position
                && wordCount(cue.range.upperBound..<position) <= 3
        }
    }

    // MARK: Figures

    private mutating func figureClaims() -> [Claim] {
        var claims: [Claim] = []
        var bindings: [Int: Binding] = [:]
        for (index, quantity) in quantities.enumerated() where quantity.dimension != nil {
            if let binding = bind(quantity.range.lowerBound) { bindings[index] = binding }
        }
        var consumed: Set<Int> = []
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }.map(\.range)
        for (index, quantity) in quantities.enumerated() where !consumed.contains(index) {
            guard let dimension = quantity.dimension, let binding = bindings[index],
                  !names.contains(where: { $0.overlaps(quantity.numberRange) }) else { continue }
            if isPlace(after: quantity) || ownedByOther(quantity, binding: binding) { continue }
            var choice: AttributeChoice
            if let cued = attribute(for: index, dimension: dimension, bindings: bindings) {
                choice = cued
            } else if let pending = state.pendingCues[dimension] {
                choice = AttributeChoice(
                    attribute: pending, cueWords: "(previous sentence)",
                    reason: "a \(pending.rawValue) cue in the previous sentence had no figure of its own", isGeneric: false)
            } else if let echo = echoAttribute(for: quantity, dimension: dimension) {
                choice = echo
            } else if quantity.unit == .mach {
                choice = AttributeChoice(attribute: .maxSpeed, cueWords: "Mach", reason: "a Mach number is a speed", isGeneric: false)
            } else if dimension == .length, fromWord(before: quantity) != nil, envelopePartner(of: index, dimension: dimension) != nil {
                choice = AttributeChoice(
                    attribute: .maxRange, cueWords: "(envelope)",
                    reason: "\"from ... to ...\" with no other cue is an engagement range", isGeneric: false)
            } else {
                continue
            }
            if let cue = choice.cue, isPartOfOther(binding: binding, cue: cue, quantity: quantity) { continue }
            var alternatives: [Attribute] = []
            if choice.attribute == .missileMass, choice.isGeneric, let cue = choice.cue, !hasMissileWord(before: cue.range.lowerBound) {
                if let specific = systemMassCue(near: index, bindings: bindings) {
                    choice = specific
                } else {
                    choice.attribute = .systemMass
                    alternatives = [.missileMass]
                    choice.reason += "; \"\(choice.cueWords)\" may mean the whole system or the missile alone: both are tried"
                }
            } else if choice.attribute == .systemMass, choice.cue.map({ isWord($0, .echo) }) ?? false {
                alternatives = [.missileMass]
            }
            // "from 500 m out to 6 km": the low end and the high end of an envelope.
            if let (minimum, maximum) = Self.envelope(choice.attribute), let from = fromWord(before: quantity) {
                if let partner = envelopePartner(of: index, dimension: dimension) {
                    consumed.insert(partner)
                    claims += envelopeClaims(quantity, quantities[partner], minimum: minimum, maximum: maximum,
                                             choice: choice, binding: binding, fromWords: text(from.range))
                    continue
                }
                if quantity.bound != .between {
                    choice.attribute = minimum
                    choice.reason += "; \"\(text(from.range))\" makes the figure the low end (\(minimum.rawValue))"
                }
            }
            claims += figure(quantity, choice: choice, alternatives: alternatives, binding: binding)
        }
        return claims
    }

    /// A chosen attribute and why.
    struct AttributeChoice {
        var attribute: Attribute
        var cue: CueMatch?
        var cueWords: String
        var reason: String
        var isGeneric: Bool

        init(attribute: Attribute, cue: CueMatch? = nil, cueWords: String, reason: String, isGeneric: Bool) {
            self.attribute = attribute
            self.cue = cue
            self.cueWords = cueWords
            self.reason = reason
            self.isGeneric = isGeneric
        }
    }

    /// The nearest cue of the figure's dimension: right after it ("6 km range"), inside its
    /// bound phrase ("as high as"), before it, or further after it, in that order of
    /// preference at equal distance. A cue beyond another figure of the same system
    /// belongs to that figure.
    private func attribute(for index: Int, dimension: QuantityDimension, bindings: [Int: Binding]) -> AttributeChoice? {
        let quantity = quantities[index]
        var best: (score: Int, length: Int, choice: AttributeChoice)?
        for cue in cues {
            guard case .attribute(let attribute) = cue.cue, case .quantity(let cueDimension) = attribute.kind,
                  cueDimension == dimension else { continue }
            let score = cueScore(cue.range, quantity.range)
            guard score <= 120 else { continue }
            if blocked(cue.range, from: index, bindings: bindings)
                || closerFigure(to: cue.range, than: score, besides: index, bindings: bindings) {
                continue
            }
            if best == nil || score < best!.score || (score == best!.score && cue.range.count > best!.length) {
                best = (score, cue.range.count, AttributeChoice(attribute: attribute, cue: cue, cueWords: "", reason: "", isGeneric: false))
            }
        }
        guard var choice = best?.choice, let cue = choice.cue else { return nil }
        let words = text(cue.range)
        choice.cueWords = words
        if explain { choice.reason = "\"\(words)\" is a \(choice.attribute.rawValue) cue, the nearest to the figure" }
        choice.isGeneric = choice.attribute == .missileMass && isIn(.massWord, words.lowercased())
        return choice
    }

    /// "the figure", "that number": the attribute of an earlier figure with the same value,
    /// else the usual attribute of the dimension (range, speed, system mass).
    private func echoAttribute(for quantity: QuantityMention, dimension: QuantityDimension) -> AttributeChoice? {
        guard let echo = cues.first(where: { cue in
            guard isWord(cue, .echo) else { return false }
            if cue.range.upperBound <= quantity.range.lowerBound { return quantity.range.lowerBound - cue.range.upperBound <= 80 }
            return cue.range.lowerBound - quantity.range.upperBound <= 6
        }) else { return nil }
        let same = state.figures.last { figure in
            guard case .quantity(let d) = figure.attribute.kind, d == dimension else { return false }
            return abs(figure.value - quantity.value) <= max(Self.halfStep(quantity), 1e-9)
        }
        let attribute = same?.attribute ?? (dimension == .length ? .maxRange : dimension == .speed ? .maxSpeed : .systemMass)
        let words = text(echo.range)
        return AttributeChoice(
            attribute: attribute, cue: echo, cueWords: words,
            reason: same != nil
                ? "\"\(words)\" refers back to an earlier \(attribute.rawValue) figure of the same value"
                : "\"\(words)\" refers back to a figure; read as the usual \(attribute.rawValue)",
            isGeneric: false)
    }

    /// Whether another figure of the same dimension is strictly nearer to a cue (so the cue
    /// is that figure's: "6 km, and ... as low as 10 metres").
    private func closerFigure(to cueRange: Range<Int>, than score: Int, besides index: Int, bindings: [Int: Binding]) -> Bool {
        let dimension = quantities[index].dimension
        for (other, candidate) in quantities.enumerated() where other != index && candidate.dimension == dimension
            && bindings[other]?.system == bindings[index]?.system {
            if cueScore(cueRange, candidate.range) < score { return true }
        }
        return false
    }

    /// How near a cue is to a figure (lower is nearer): right after it, or after "of"/"de"
    /// ("6 km range", "6.000 metros de alcance") is 0, inside its bound phrase 1, before it
    /// the gap plus 1, further after it the gap plus 3.
    private func cueScore(_ cue: Range<Int>, _ figure: Range<Int>) -> Int {
        if cue.overlaps(figure) { return 1 }
        if cue.upperBound <= figure.lowerBound { return figure.lowerBound - cue.upperBound + 1 }
        let after = cue.lowerBound - figure.upperBound
        if after <= 2 { return 0 }
        if after <= 6 {
            // "6.000 metros de alcance", "a range of 6 km of reach": only "de"/"of" between.
            var letters: [UInt8] = []
            for i in figure.upperBound..<cue.lowerBound where bytes[i] != 0x20 && bytes[i] != 0x2D { letters.append(bytes[i] | 0x20) }
            if letters == [0x64, 0x65] || letters == [0x6F, 0x66] { return 0 }
        }
        return after + 3
    }

    /// Whether another figure of the same dimension and system lies between a cue and figure `index`.
    private func blocked(_ cueRange: Range<Int>, from index: Int, bindings: [Int: Binding]) -> Bool {
        let quantity = quantities[index]
        let span = gap(cueRange, quantity.range)
        for (other, candidate) in quantities.enumerated() where other != index && candidate.dimension == quantity.dimension {
            guard candidate.range.lowerBound >= span.lowerBound, candidate.range.upperBound <= span.upperBound else { continue }
            if bindings[other]?.system == bindings[index]?.system { return true }
        }
        return false
    }

    /// A system-mass cue close to a mass figure and not beyond another one ("ready to fire").
    private func systemMassCue(near index: Int, bindings: [Int: Binding]) -> AttributeChoice? {
        let quantity = quantities[index]
        for cue in cues {
            guard case .attribute(.systemMass) = cue.cue else { continue }
            let span = gap(cue.range, quantity.range)
            guard span.count <= 60, !blocked(cue.range, from: index, bindings: bindings) else { continue }
            let words = text(cue.range)
            return AttributeChoice(
                attribute: .systemMass, cue: cue, cueWords: words,
                reason: "\"\(words)\" says the figure is the whole system's", isGeneric: false)
        }
        return nil
    }

    /// Whether "missile" (or a reference to it) stands within two words before a mass cue.
    private func hasMissileWord(before position: Int) -> Bool {
        cues.contains { cue in
            guard cue.range.upperBound <= position, wordCount(cue.range.upperBound..<position) <= 2 else { return false }
            guard let last = words(in: cue.range).last else { return false }
            return isIn(.missileNoun, last)
        }
    }

    /// "the Mistral's launch post weighs 20 kg": a possessive name followed by two or more
    /// words before the cue names a part, not the system.
    private func isPartOfOther(binding: Binding, cue: CueMatch, quantity: QuantityMention) -> Bool {
        guard let mention = binding.mention, mention.possessive, mention.range.upperBound <= cue.range.lowerBound else { return false }
        var words = wordCount(mention.range.upperBound..<cue.range.lowerBound)
        if quantity.range.lowerBound >= mention.range.upperBound, quantity.range.upperBound <= cue.range.lowerBound {
            words -= wordCount(quantity.range)
        }
        return words >= 2
    }

    /// A place phrase right after a distance ("130 km south of Warsaw", "6 km from a launcher").
    private func isPlace(after quantity: QuantityMention) -> Bool {
        cues.contains { cue in
            isWord(cue, .place) && cue.range.lowerBound >= quantity.range.upperBound
                && cue.range.lowerBound - quantity.range.upperBound <= 2
        }
    }

    /// "from", "as low as", "a partir de" right before a figure.
    private func fromWord(before quantity: QuantityMention) -> CueMatch? {
        cues.last { cue in
            isWord(cue, .fromWord) && cue.range.upperBound <= quantity.range.lowerBound
                && (cue.range.upperBound..<quantity.range.lowerBound).allSatisfy { bytes[$0] == 0x20 }
        }
    }

    /// The high end of an envelope: the next figure of the dimension in the clause, after
    /// "to", "out to", "hasta".
    private func envelopePartner(of index: Int, dimension: QuantityDimension) -> Int? {
        let quantity = quantities[index]
        guard index + 1 < quantities.count else { return nil }
        let next = quantities[index + 1]
        guard next.dimension == dimension, clause(next.range.lowerBound) == clause(quantity.range.lowerBound),
              next.range.lowerBound >= quantity.range.upperBound, next.range.lowerBound - quantity.range.upperBound <= 16,
              next.value > quantity.value else { return nil }
        let between = quantity.range.upperBound..<next.range.lowerBound
        let hasTo = words(in: between).contains { isIn(.toWord, $0) }
        return hasTo || next.boundRange != nil ? index + 1 : nil
    }

    private mutating func envelopeClaims(
        _ low: QuantityMention, _ high: QuantityMention, minimum: Attribute, maximum: Attribute, choice: AttributeChoice,
        binding: Binding, fromWords: String
    ) -> [Claim] {
        guard let dimension = low.dimension else { return [] }
        let span = low.range.lowerBound..<high.range.upperBound
        let quote = text(span)
        let system = catalog.systems[binding.system]
        let reason = choice.reason + "; \"\(fromWords) ... to ...\" is an envelope: the low end is the \(minimum.rawValue), the high end the \(maximum.rawValue)"
        state.figures.append((minimum, low.value))
        state.figures.append((maximum, high.value))
        func claim(_ attribute: Attribute, _ q: QuantityMention) -> Claim {
            let number = NumericClaim(bound: .exact, value: q.value, halfStep: Self.halfStep(q), unit: dimension.siSymbol, text: quote)
            return Claim(
                systemID: system.id, attribute: .spec(attribute), value: .number(number), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: choice.cueWords,
                                  attributeReason: reason, parsed: parsedText(q, bound: .exact, note: "")))
        }
        return [claim(minimum, low), claim(maximum, high)]
    }

    private func parsedText(_ quantity: QuantityMention, bound: ClaimBound, note: String) -> String {
        guard explain else { return "" }
        let unitText = quantity.unit.map { $0.rawValue } ?? ""
        let si = quantity.dimension?.siSymbol ?? ""
        return "\"\(quantity.textValue)\" \(unitText) = \(formatNumber(quantity.value, maxFractionDigits: 3)) \(si) (as written: \(formatNumber(quantity.writtenValue, maxFractionDigits: 4)) \(unitText)), bound \(bound.rawValue)\(note), half step \(formatNumber(Self.halfStep(quantity), maxFractionDigits: 3)) \(si)"
    }

    /// The claims of one figure: two for an envelope written as a range with a small low
    /// end ("500–6,000 m": minimum and maximum), else one.
    private mutating func figure(_ quantity: QuantityMention, choice: AttributeChoice, alternatives: [Attribute], binding: Binding) -> [Claim] {
        guard let dimension = quantity.dimension else { return [] }
        let attribute = choice.attribute
        state.figures.append((attribute, quantity.value))
        let system = catalog.systems[binding.system]
        let quote = text(quantity.range)
        var bound = quantity.bound
        var note = ""
        if bound == .moreThan, isNegated(quantity.range.lowerBound) {
            bound = .upTo
            note = "; negated (\"cannot ... more than\"), read as up to"
        }
        if bound == .exact, let verb = cues.last(where: { isWord($0, .moreThan) && $0.range.upperBound <= quantity.range.lowerBound }),
           wordCount(verb.range.upperBound..<quantity.range.lowerBound) == 0 {
            bound = .moreThan
            note = "; \"\(text(verb.range))\" bounds it from below"
        }
        func trace(_ reason: String) -> ClaimTrace {
            makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: choice.cueWords,
                       attributeReason: reason, parsed: parsedText(quantity, bound: bound, note: note))
        }
        if bound == .between, let (minimum, maximum) = Self.envelope(attribute), quantity.high > 0, quantity.low / quantity.high <= 0.5 {
            let reason = choice.reason + "; a range whose low end is under half the high end is an envelope: \(minimum.rawValue) and \(maximum.rawValue)"
            func claim(_ attribute: Attribute, _ value: Double) -> Claim {
                let number = NumericClaim(bound: .exact, value: value, halfStep: Self.halfStep(quantity), unit: dimension.siSymbol, text: quote)
                return Claim(systemID: system.id, attribute: .spec(attribute), value: .number(number), range: quantity.range, trace: trace(reason))
            }
            return [claim(minimum, quantity.low), claim(maximum, quantity.high)]
        }
        let number = NumericClaim(
            bound: bound, value: quantity.value,
            statedLow: bound == .between ? quantity.low : nil, statedHigh: bound == .between ? quantity.high : nil,
            halfStep: Self.halfStep(quantity), unit: dimension.siSymbol, text: quote)
        return [Claim(systemID: system.id, attribute: .spec(attribute), value: .number(number), range: quantity.range,
                      trace: trace(choice.reason), alternatives: alternatives)]
    }

    /// Half a step of the figure's last significant digit. A figure written in digits
    /// counts its trailing zeros as significant down to two significant digits: "10 km" is
    /// 9.5–10.5 km, "6,000 m" 5,950–6,050 m, "10,000 m" 9,500–10,500 m, "3,500 m"
    /// 3,450–3,550 m. (Reading every trailing zero as insignificant would make "10 km"
    /// 5–15 km and hide real conflicts.) Decimals, number words and scaled figures keep
    /// the scanner's precision: "6.0 km" ±50 m, "3.7 miles" ±0.05 mi, "six km" ±0.5 km.
    static func halfStep(_ quantity: QuantityMention) -> Double {
        let digits = Array(quantity.textValue.unicodeScalars.filter { ("0"..."9").contains($0) })
        guard !digits.isEmpty, let integer = Double(String(String.UnicodeScalarView(digits))),
              abs(integer - quantity.writtenValue) <= 1e-9 * max(1, integer) else { return quantity.precision }
        let zeros = digits.reversed().prefix { $0 == "0" }.count
        let significantZeros = digits.count >= 2 ? min(zeros, digits.count - 2) : 0
        var step = 1.0
        for _ in 0..<significantZeros { step *= 10 }
        return step / 2 * (quantity.unit?.siFactor ?? 1)
    }

    /// The minimum and maximum attributes of an envelope.
    private static func envelope(_ attribute: Attribute) -> (Attribute, Attribute)? {
        switch attribute {
        case .maxRange, .minRange: (.minRange, .maxRange)
        case .maxAltitude, .minAltitude: (.minAltitude, .maxAltitude)
        default: nil
        }
    }

    // MARK: Counts: inventories, crews, service entry

    /// Words allowed between a count and the system it counts ("5,000 Russian-made Igla-S").
    private func countsThrough(_ r: Range<Int>) -> Bool {
        guard !hasPunctuation(r) else { return false }
        var covered = 0
        for cue in cues where cue.range.lowerBound >= r.lowerBound && cue.range.upperBound <= r.upperBound {
            switch cue.cue {
            case .origin, .manPortable, .systemClass, .nonClaim(.counts): covered += wordCount(cue.range)
            default: break
            }
        }
        let words = wordCount(r)
        let adjectives = countAdjectives(text(r))
        return words - covered - adjectives <= 0
    }

    private func countAdjectives(_ text: String) -> Int {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { isIn(.countAdjective, String($0)) }
            .map { $0.split(separator: "-").count }.reduce(0, +)
    }

    /// Man-portability phrases that follow a verb of operating ("operated by a single
    /// soldier", "lo maneja un único soldado"): they state a crew, not a carry.
    private func crewPhrases() -> [Range<Int>] {
        cues.filter { cue in
            cue.cue == .manPortable && cues.contains { verb in
                isWord(verb, .crewVerb) && verb.range.upperBound <= cue.range.lowerBound
                    && wordCount(verb.range.upperBound..<cue.range.lowerBound) <= 1
                    && !hasPunctuation(verb.range.upperBound..<cue.range.lowerBound)
            }
        }.map(\.range)
    }

    private mutating func countClaims() -> [Claim] {
        var claims: [Claim] = []
        let crewSites = crewPhrases()
        let carryRanges = cues.filter { $0.cue == .manPortable && !crewSites.contains($0.range) }.map(\.range)
        let names = cues.filter { if case .system = $0.cue { return true } else { return false } }.map(\.range)
        for quantity in quantities where quantity.isBareNumber && !names.contains(where: { $0.overlaps(quantity.range) }) {
            if quantity.isYearLike {
                if let claim = serviceEntry(quantity) { claims.append(claim) }
                continue
            }
            if let claim = inventory(quantity) {
                claims.append(claim)
                continue
            }
            if let claim = crew(quantity.value, quantity.numberRange, quote: text(quantity.numberRange), carryRanges: carryRanges) {
                claims.append(claim)
            }
        }
        // "a single soldier", "un solo soldado" with a crew verb.
        for cue in cues where isWord(cue, .singleWord) {
            guard let person = cues.first(where: { isWord($0, .crewPerson) && $0.range.lowerBound >= cue.range.upperBound
                && wordCount(cue.range.upperBound..<$0.range.lowerBound) == 0 }) else { continue }
            let span = cue.range.lowerBound..<person.range.upperBound
            if quantities.contains(where: { $0.range.overlaps(span) }) { continue }
            if let claim = crew(1, cue.range, quote: text(span), carryRanges: carryRanges) { claims.append(claim) }
        }
        return claims
    }

    /// A stockpile: a count of at least ten right before a system's name ("5,000 Igla-S",
    /// "2,000 Stingers") or before "missiles" in a sentence about one system.
    private func inventory(_ quantity: QuantityMention) -> Claim? {
        guard quantity.value >= 10 else { return nil }
        let quote = text(quantity.numberRange)
        var target: (system: Int, words: String, end: Int, reason: String)?
        if let mention = mentions.first(where: { $0.named && $0.range.lowerBound >= quantity.range.upperBound }),
           countsThrough(quantity.range.upperBound..<mention.range.lowerBound) {
            target = (mention.system, mention.words, mention.range.upperBound, "named right after the count")
        } else if let noun = cues.first(where: { $0.cue == .nonClaim(.counts) && $0.range.lowerBound >= quantity.range.upperBound }),
                  isWeaponNoun(text(noun.range)), countsThrough(quantity.range.upperBound..<noun.range.lowerBound),
                  let binding = bind(quantity.range.lowerBound) {
            target = (binding.system, binding.words, noun.range.upperBound, binding.reason)
        }
        guard let target else { return nil }
        let number = NumericClaim(bound: quantity.bound, value: quantity.value, halfStep: Self.halfStep(quantity), unit: "units", text: quote)
        let span = quantity.range.lowerBound..<target.end
        return Claim(
            systemID: catalog.systems[target.system].id, attribute: .inventory, value: .number(number), range: span,
            trace: makeTrace(
                systemWords: target.words, systemReason: target.reason, cueWords: text(span),
                attributeReason: "a count right before a system's name, or before \"missiles\", counts how many are held",
                parsed: "\(quote) = \(FigureText.number(quantity.value, maxFractionDigits: 3)), bound \(quantity.bound.rawValue)"))
    }

    private func isWeaponNoun(_ words: String) -> Bool {
        isIn(.weaponNoun, words.lowercased())
    }

    /// A crew size: a small count next to a crew cue ("a crew of three", "two-man crew"), or
    /// a count of persons next to a verb of operating ("operated by one soldier", "lo sirven
    /// dos militares"); a verb of carrying makes it man-portability instead.
    private func crew(_ value: Double, _ countRange: Range<Int>, quote: String, carryRanges: [Range<Int>]) -> Claim? {
        guard value >= 1, value <= 6, value == value.rounded() else { return nil }
        if carryRanges.contains(where: { $0.overlaps(countRange) }) { return nil }
        func near(_ cue: CueMatch, before: Int, after: Int) -> Bool {
            if cue.range.overlaps(countRange) { return true }
            let between = gap(cue.range, countRange)
            if hasPunctuation(between) { return false }
            return cue.range.upperBound <= countRange.lowerBound ? between.count <= before : between.count <= after
        }
        let crewCue = cues.first { $0.cue == .attribute(.crew) && !carryRanges.contains(where: $0.range.overlaps) && near($0, before: 25, after: 20) }
        let person = cues.first { isWord($0, .crewPerson) && $0.range.lowerBound >= countRange.upperBound
            && wordCount(countRange.upperBound..<$0.range.lowerBound) <= 1 && !hasPunctuation(countRange.upperBound..<$0.range.lowerBound) }
        let verb = person == nil ? nil : cues.first { cue in
            isWord(cue, .crewVerb) && wordCount(gap(cue.range, countRange.lowerBound..<(person!.range.upperBound))) <= 4
                && !hasPunctuation(gap(cue.range, countRange.lowerBound..<(person!.range.upperBound)))
        }
        let carry = cues.contains { cue in
            isWord(cue, .carryVerb) && wordCount(gap(cue.range, countRange)) <= 4 && !hasPunctuation(gap(cue.range, countRange))
        }
        guard let cue = crewCue ?? verb, !carry || crewCue != nil, let binding = bind(countRange.lowerBound, inSentence: true) else {
            return nil
        }
        var span = min(cue.range.lowerBound, countRange.lowerBound)..<max(cue.range.upperBound, countRange.upperBound)
        if let person { span = span.lowerBound..<max(span.upperBound, person.range.upperBound) }
        let number = NumericClaim(bound: .exact, value: value, halfStep: 0, unit: "persons", text: quote)
        return Claim(
            systemID: catalog.systems[binding.system].id, attribute: .spec(.crew), value: .number(number), range: span,
            trace: makeTrace(
                systemWords: binding.words, systemReason: binding.reason, cueWords: text(cue.range),
                attributeReason: crewCue != nil ? "a small count next to a crew cue is the crew size" : "a count of persons next to a verb of operating is the crew size",
                parsed: "\(quote) = \(FigureText.number(value, maxFractionDigits: 0)) persons"))
    }

    /// A year right after "entered service in", "in service since".
    private func serviceEntry(_ quantity: QuantityMention) -> Claim? {
        guard let cue = cues.last(where: { cue in
            cue.cue == .attribute(.serviceEntry) && cue.range.upperBound <= quantity.range.lowerBound
                && quantity.range.lowerBound - cue.range.upperBound <= 4
                && isIn(.serviceEntry, text(cue.range).lowercased())
        }), let binding = bind(quantity.range.lowerBound, inSentence: true) else { return nil }
        let number = NumericClaim(bound: quantity.bound, value: quantity.value, halfStep: 0, unit: "year", text: text(quantity.numberRange))
        return Claim(
            systemID: catalog.systems[binding.system].id, attribute: .spec(.serviceEntry), value: .number(number),
            range: cue.range.lowerBound..<quantity.range.upperBound,
            trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: text(cue.range),
                              attributeReason: "a year right after a service-entry phrase", parsed: "year \(formatNumber(quantity.value))"))
    }

    // MARK: Qualities

    /// A claim about `binding`'s system, plus the same claim for a system coordinated with
    /// it ("The Stinger and the Igla-S both home on heat").
    private func withCoordinated(_ claim: Claim, binding: Binding) -> [Claim] {
        guard let mention = binding.mention, mention.named else { return [claim] }
        var claims = [claim]
        for other in mentions where other.named && other.system != mention.system {
            let between = gap(other.range, mention.range)
            guard between.count < 30, !hasPunctuation(between) else { continue }
            let words = Array((" " + text(between).lowercased() + " ").utf8)
            guard vocabulary.coordinators.contains(where: { words.contains($0) }), wordCount(between) <= 3 else { continue }
            var copy = claim
            copy.systemID = catalog.systems[other.system].id
            copy.trace.systemWords = other.words
            copy.trace.systemReason = "coordinated with \(mention.words)"
            claims.append(copy)
        }
        return claims
    }

    private func manPortabilityClaims() -> [Claim] {
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
                binding = categoryBinding(cue.range)
                // "es portátil, lo lleva ... un solo soldado": a predicate in the same claim.
                if binding == nil, let predicate = cues.first(where: { ($0.cue == .manPortable) && $0.range.lowerBound > cue.range.lowerBound
                    && $0.range.upperBound <= end && !vocabulary.categoryPhrases.contains(ClaimVocabulary.key(text($0.range))) }) {
                    binding = bind(predicate.range.lowerBound, inSentence: true)
                }
            } else {
                binding = bind(cue.range.lowerBound, inSentence: true)
            }
            guard let binding else { continue }
            let value = cue.cue == .manPortable && !isNegated(cue.range.lowerBound)
            let claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.manPortable), value: .boolean(value),
                range: cue.range.lowerBound..<end,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: text(cue.range),
                                  attributeReason: value ? "a man-portability phrase" : "a phrase saying the system cannot be carried"))
            claims += withCoordinated(claim, binding: binding)
        }
        return claims
    }

    /// A category word ("shoulder-fired", "portátiles") is a claim only next to a name
    /// ("the Piorun shoulder-fired missile", "misiles portátiles Igla-S"), after a copula
    /// ("the Stinger is shoulder-fired"), or as "the shoulder-fired weapons" in a sentence
    /// naming the system.
    private func categoryBinding(_ phrase: Range<Int>) -> Binding? {
        for mention in mentions where mention.named {
            let between = gap(mention.range, phrase)
            if wordCount(between) <= 2, !hasPunctuation(between) {
                return Binding(mention: mention, system: mention.system, words: mention.words, reason: "named next to the phrase")
            }
        }
        if let subject = mentions.last(where: { $0.range.upperBound <= phrase.lowerBound && clause($0.range.lowerBound) == clause(phrase.lowerBound) }) {
            let between = subject.range.upperBound..<phrase.lowerBound
            let inside = cues.filter { $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound }
            let betweenWords = words(in: between)
            let hasCopula = betweenWords.contains { isIn(.copula, $0) }
            // "the Redeye was the first American shoulder-fired missile": besides the copula,
            // only determiners, origin words and nouns such as "missile".
            let other = betweenWords.filter { !isIn(.copula, $0) && !isIn(.determiner, $0) }.count - inside.filter {
                if case .origin = $0.cue { return true }
                return isWord($0, .originHead)
            }.map { wordCount($0.range) }.reduce(0, +)
            if hasCopula, other <= 0 {
                return Binding(mention: subject, system: subject.system, words: subject.words, reason: "the subject of \"is\" before the phrase")
            }
        }
        // "Es portátil": a copula with the subject left out, in a sentence naming no system.
        if mentions.isEmpty, let last = words(in: max(range.lowerBound, phrase.lowerBound - 12)..<phrase.lowerBound).last,
           isIn(.copula, last), let binding = bind(phrase.lowerBound, inSentence: true) {
            return binding
        }
        let before = words(in: max(range.lowerBound, phrase.lowerBound - 12)..<phrase.lowerBound).last
        if let before, isIn(.definiteArticle, before), bytes[phrase.lowerBound - 1] == 0x20, let named = mentions.last(where: { $0.named && $0.range.upperBound <= phrase.lowerBound }) {
            return Binding(mention: named, system: named.system, words: named.words, reason: "\"the ...\" refers to the system named earlier in the sentence")
        }
        return nil
    }

    private func guidanceClaims() -> [Claim] {
        // Guidance words of one clause make one claim; a clause naming no system joins the
        // claim before it ("both home on heat: ... the infrared signature").
        var groups: [[CueMatch]] = []
        var lastClause = -1
        for cue in cues {
            guard case .guidance = cue.cue else { continue }
            let here = clause(cue.range.lowerBound)
            let clauseNamesSystem = mentions.contains { clause($0.range.lowerBound) == here }
            let afterColon = here > 0 && bytes[breaks[here - 1]] == 0x3A
            if here == lastClause || (!groups.isEmpty && !clauseNamesSystem && afterColon) {
                groups[groups.count - 1].append(cue)
            } else {
                groups.append([cue])
            }
            lastClause = here
        }
        var claims: [Claim] = []
        for group in groups {
            var tokens: [String] = []
            for cue in group {
                guard case .guidance(let kind) = cue.cue else { continue }
                let words = text(cue.range).lowercased()
                let adds: [GuidanceKind] = kind == .dualBandIR && vocabulary.ultravioletWords.contains(where: words.contains)
                    ? [.passiveIR, .uv] : [kind]
                for token in adds.map(\.rawValue) where !tokens.contains(token) { tokens.append(token) }
            }
            let span = group.first!.range.lowerBound..<group.last!.range.upperBound
            guard let binding = bind(span.lowerBound, inSentence: true) else { continue }
            let claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.guidance), value: .tokens(tokens), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason,
                                  cueWords: group.map { text($0.range) }.joined(separator: ", "),
                                  attributeReason: "guidance phrases"))
            claims += withCoordinated(claim, binding: binding)
        }
        return claims
    }

    /// Runs of target words governed by a verb before them ("take down cruise missiles,
    /// drones and helicopters") or a word after them ("... among its targets"). Only
    /// strong verbs make a claim; weak ones ("hit aircraft") only mark their objects.
    private mutating func targetChains() -> [(governor: CueMatch, cues: [Int], claims: Bool)] {
        var chains: [(governor: CueMatch, cues: [Int], claims: Bool)] = []
        var used: Set<Int> = []
        let targetIndices = cues.indices.filter { if case .target = cues[$0].cue { return !isAntiPrefixed(cues[$0].range.lowerBound) } else { return false } }
        // Group target words into runs joined by commas and short connectors.
        var runs: [[Int]] = []
        for index in targetIndices {
            if let last = runs.last?.last {
                let between = cues[last].range.upperBound..<cues[index].range.lowerBound
                if between.count <= 22, !hasPunctuation(between, allowingComma: true) {
                    runs[runs.count - 1].append(index)
                    continue
                }
            }
            runs.append([index])
        }
        for run in runs {
            let first = cues[run.first!].range
            let last = cues[run.last!].range
            let verb = cues.last { cue in
                (cue.cue == .targetVerb || isWord(cue, .weakTargetVerb)) && cue.range.upperBound <= first.lowerBound
                    && first.lowerBound - cue.range.upperBound <= 30 && !hasPunctuation(cue.range.upperBound..<first.lowerBound)
                    && !isIn(.targetNoun, text(cue.range).lowercased())
            }
            let after = cues.first { cue in
                (isWord(cue, .targetGovernorAfter) || isTargetsNoun(cue)) && cue.range.lowerBound >= last.upperBound
                    && cue.range.lowerBound - last.upperBound <= 25 && !hasPunctuation(last.upperBound..<cue.range.lowerBound, allowingComma: true)
            }
            guard let governor = verb ?? after else { continue }
            run.forEach { governedTargets.insert($0) }
            if let verb, cues.contains(where: { isWord($0, .prepositionGovernor) && $0.range == verb.range }) {
                run.forEach { prepositionTargets.insert($0) }
            }
            guard !run.contains(where: used.contains) else { continue }
            run.forEach { used.insert($0) }
            let strong = verb.map { $0.cue == .targetVerb } ?? true
            chains.append((governor, run, strong))
        }
        return chains
    }

    private func isTargetsNoun(_ cue: CueMatch) -> Bool {
        guard cue.cue == .targetVerb else { return false }
        return isIn(.targetNoun, text(cue.range).lowercased())
    }

    /// "anti-aircraft", "counter-drone": the word after such a prefix is not a target.
    private func isAntiPrefixed(_ start: Int) -> Bool {
        let lower = max(range.lowerBound, start - 12)
        let before = text(lower..<start).lowercased()
        return vocabulary.antiPrefixes.contains { prefix in
            before.hasSuffix(prefix + "-") || before.hasSuffix(prefix + " ") || before.hasSuffix(prefix + "\u{2011}")
        }
    }

    private func targetClaims(_ chains: [(governor: CueMatch, cues: [Int], claims: Bool)]) -> [Claim] {
        var claims: [Claim] = []
        for chain in chains where chain.claims {
            var tokens: [String] = []
            for index in chain.cues {
                if case .target(let kind) = cues[index].cue, !tokens.contains(kind.rawValue) { tokens.append(kind.rawValue) }
            }
            let first = cues[chain.cues.first!].range
            let last = cues[chain.cues.last!].range
            let span = min(chain.governor.range.lowerBound, first.lowerBound)..<max(chain.governor.range.upperBound, last.upperBound)
            guard let binding = bind(span.lowerBound, inSentence: true) else { continue }
            let claim = Claim(
                systemID: catalog.systems[binding.system].id, attribute: .spec(.targets), value: .tokens(tokens), range: span,
                trace: makeTrace(systemWords: binding.words, systemReason: binding.reason,
                                  cueWords: chain.cues.map { text(cues[$0].range) }.joined(separator: ", "),
                                  attributeReason: "target words governed by \"\(text(chain.governor.range))\""))
            claims += withCoordinated(claim, binding: binding)
        }
        return claims
    }

    private func originClaims() -> [Claim] {
        var claims: [Claim] = []
        let named = mentions.filter(\.named)
        for cue in cues {
            guard case .origin(let code) = cue.cue else { continue }
            let lead = text(max(range.lowerBound, cue.range.lowerBound - 12)..<cue.range.lowerBound).lowercased()
            let trail = text(cue.range.upperBound..<min(range.upperBound, cue.range.upperBound + 12)).lowercased()
            // "post-Soviet", "Russian for 'needle'", "isn't Soviet": not an origin claim.
            if vocabulary.originPrefixVetoes.contains(where: { lead.hasSuffix($0 + "-") })
                || vocabulary.originAfterVetoes.contains(where: { trail.hasPrefix(" \($0) ") })
                || isNegated(cue.range.lowerBound) {
                continue
            }
            let words = text(cue.range)
            let isPredicate = self.words(in: cue.range).contains { isIn(.predicatePreposition, $0) }
            var found: (system: Int, span: Range<Int>, reason: String, words: String)?
            // Next to a name: "Russian-made Igla-S", "Polish-designed Piorun", "the Igla-S,
            // de fabricación rusa", "the original Igla is Soviet".
            if let near = named.filter({ mention in
                if mention.range.lowerBound >= cue.range.upperBound {
                    let between = cue.range.upperBound..<mention.range.lowerBound
                    return !hasPunctuation(between, allowingComma: true) && onlyDeterminers(between)
                }
                if mention.range.upperBound <= cue.range.lowerBound {
                    let between = mention.range.upperBound..<cue.range.lowerBound
                    return !hasPunctuation(between, allowingComma: true) && onlyCopulas(between)
                }
                return false
            }).min(by: { gap($0.range, cue.range).count < gap($1.range, cue.range).count }) {
                found = (near.system, min(near.range.lowerBound, cue.range.lowerBound)..<max(near.range.upperBound, cue.range.upperBound),
                         "named next to the origin word", near.words)
            } else if isPredicate, let binding = bind(cue.range.lowerBound, inSentence: true) {
                found = (binding.system, cue.range, binding.reason, binding.words)
            } else if let head = originHead(for: cue.range) {
                if let mention = mentions.last(where: { $0.range.upperBound <= cue.range.lowerBound }) ?? mentions.first {
                    found = (mention.system, min(head.lowerBound, cue.range.lowerBound)..<max(head.upperBound, cue.range.upperBound),
                             "\"\(text(head))\" qualified by the origin word refers to \(mention.words)", mention.words)
                } else if let binding = bind(cue.range.lowerBound, inSentence: true) {
                    found = (binding.system, min(head.lowerBound, cue.range.lowerBound)..<max(head.upperBound, cue.range.upperBound),
                             "\"\(text(head))\" qualified by the origin word; " + binding.reason, binding.words)
                }
            }
            guard let found else { continue }
            let claim = Claim(
                systemID: catalog.systems[found.system].id, attribute: .spec(.origin), value: .country(code), range: found.span,
                trace: makeTrace(systemWords: found.words, systemReason: found.reason, cueWords: words,
                                  attributeReason: "an origin phrase for \(code)"))
            claims.append(claim)
        }
        return claims
    }

    /// Whether the words of a range are only a copula ("the original Igla is Soviet").
    private func onlyCopulas(_ r: Range<Int>) -> Bool {
        let found = words(in: r)
        return found.isEmpty || (found.count == 1 && isIn(.copula, found[0]))
    }

    /// Whether every word of a range is a determiner ("Built in the United States, the
    /// Stinger") or the rest of a compound ("Polish-designed Piorun").
    private func onlyDeterminers(_ r: Range<Int>) -> Bool {
        var found = words(in: r)
        if bytes[r.lowerBound] == 0x2D, let first = found.first,
           isIn(.originVerb, first) {
            found.removeFirst()
        }
        return found.count <= 2 && found.allSatisfy { isIn(.determiner, $0) }
    }

    /// The singular noun an origin adjective qualifies, with a determiner before the pair:
    /// "a Soviet design", "this American missile", "el veterano misil soviético".
    private func originHead(for origin: Range<Int>) -> Range<Int>? {
        for head in cues where isWord(head, .originHead) {
            let pair: Range<Int>
            if head.range.lowerBound >= origin.upperBound {
                let between = origin.upperBound..<head.range.lowerBound
                guard wordCount(between) <= 1, !hasPunctuation(between) else { continue }
                pair = origin.lowerBound..<head.range.upperBound
            } else if head.range.upperBound <= origin.lowerBound {
                guard wordCount(head.range.upperBound..<origin.lowerBound) == 0, !hasPunctuation(head.range.upperBound..<origin.lowerBound) else { continue }
                pair = head.range.lowerBound..<origin.upperBound
            } else {
                continue
            }
            let lead = max(range.lowerBound, pair.lowerBound - 24)
            var start = lead
            for i in lead..<pair.lowerBound where [0x2C, 0x2E, 0x3B, 0x3A, 0x28].contains(bytes[i]) { start = i + 1 }
            let hasDeterminer = words(in: start..<pair.lowerBound).suffix(2).contains { isIn(.determiner, $0) }
            if hasDeterminer { return head.range }
        }
        return nil
    }

    private func classClaims() -> [Claim] {
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
                  !hasPunctuation(group.last!.range.upperBound..<classCues[index + 1].range.lowerBound, allowingComma: true) {
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

    private func comparisonClaims() -> [Claim] {
        var claims: [Claim] = []
        for cue in cues {
            guard case .comparison(let relation, let attribute) = cue.cue,
                  let object = mentions.first(where: {
                      $0.named && $0.isObject && $0.range.lowerBound >= cue.range.upperBound
                          && wordCount(cue.range.upperBound..<$0.range.lowerBound) <= 2
                  }),
                  let subject = bind(cue.range.lowerBound, excluding: object.system, inSentence: true),
                  subject.mention.map({ $0.range.lowerBound < cue.range.lowerBound }) ?? true
            else { continue }
            let other = catalog.systems[object.system]
            claims.append(Claim(
                systemID: catalog.systems[subject.system].id, attribute: .comparison,
                value: .comparison(relation, other: other.id, attribute: attribute),
                range: cue.range.lowerBound..<object.range.upperBound,
                trace: makeTrace(systemWords: subject.words, systemReason: subject.reason, cueWords: text(cue.range),
                                  attributeReason: "a comparison (\(relation.rawValue)\(attribute.map { " on \($0.rawValue)" } ?? "")) with \(other.name), named after the phrase")))
        }
        return claims
    }
}
