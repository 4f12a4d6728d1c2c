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
///   the body repeats within the next 64 KB is reported once, in the body.
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
        self.init(catalog: catalog, packs: lexicons.map(LazyLexicon.init))
    }

    /// An extractor over packs whose full lexicons are read when a document first needs
    /// them: telling a document's language needs only every pack's detection words.
    public init(catalog: Catalog, packs: [LazyLexicon]) {
        self.catalog = catalog
        languages = packs.map(\.language)
        readers = PackReaders(catalog: catalog, packs: packs)
        detector = LanguageDetector(detection: packs.map { ($0.language, $0.detection) })
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
        guard mayNameSystem(document) else { return [] }
        switch language(of: document) {
        case .language(let code): return claims(in: document, language: code, explain: explain)
        case .undetermined: return agreedClaims(in: document, explain: explain) ?? []
        case .noPack: return []
        }
    }

    /// For a document too short to tell its language ("Stinger: 8 km.", a table of figures
    /// under a German heading): the claims the packs agree on, or nil when two packs read the
    /// same words differently. Each claim is weighed on its own: a pack that reads nothing
    /// where another reads a claim does not disagree, so a table whose headers only one pack
    /// knows ("Reichweite", "Einsatzhöhe") is read by that pack. A claim read from a figure's
    /// unit alone uses no word of the pack, so it is left out: a pack that does not know
    /// "cannot" or "missile weighs" must not outvote one that does.
    public func agreedClaims(in document: Document, explain: Bool = true) -> [Claim]? {
        var kept: [Claim] = []
        var keptReadings: [[String]] = []
        for code in languages {
            let found = claims(in: document, language: code, explain: explain).filter { $0.grounding.attribute != .unit }
            let readings = found.map(Self.readings)
            let before = kept.count
            for (index, claim) in found.enumerated() {
                let overlapping = kept[..<before].indices.filter { kept[$0].range.overlaps(claim.range) }
                if overlapping.isEmpty {
                    kept.append(claim)
                    keptReadings.append(readings[index])
                } else if let same = overlapping.first(where: { !Set(keptReadings[$0]).isDisjoint(with: readings[index]) }) {
                    if kept[same].grounding.doubtedParts.isEmpty, !claim.grounding.doubtedParts.isEmpty { kept[same] = claim }
                } else {
                    return nil
                }
            }
        }
        let order = kept.indices.sorted { kept[$0].range.lowerBound < kept[$1].range.lowerBound }
        return order.map { kept[$0] }
    }

    /// The ways `claim` may be read, for comparing packs: its summary without the doubted
    /// parts (where two packs read the same claim and one doubts a part of it, the doubting
    /// reading is kept), and the same with each attribute the judge also tries ("Peso": the
    /// whole system's or the missile's).
    static func readings(_ claim: Claim) -> [String] {
        let plain = claim.summary.split(separator: "?", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces)
        let own = " \(claim.attribute.rawValue) "
        return [plain] + claim.alternatives.map { plain.replacingOccurrences(of: own, with: " \($0.rawValue) ") }
    }

    /// Every claim in `document`, read with the pack of `language` (one of `languages`).
    public func claims(in document: Document, language: String, explain: Bool = true) -> [Claim] {
        var all: [Claim] = []
        forEachBatch(in: document, language: language, explain: explain) { all += $0 }
        return all
    }

    /// Hands the claims of `document` to `body` a batch at a time, in text order, as the
    /// sentences are read: what a check of a document of any size streams from. The
    /// language is the one `language(of:)` names; for a document too short to tell, the
    /// claims every pack agrees on come as one batch.
    /// `language` is what `language(of:)` said of the document, when the caller asked already.
    /// Once `cancellation` is set, reading stops at the next sentence and the claims held
    /// are dropped.
    public func forEachBatch(
        in document: Document, language: LanguageDetector.Outcome? = nil, explain: Bool = true,
        cancellation: CheckCancellation? = nil, _ body: ([Claim]) -> Void
    ) {
        // Telling the language costs more than looking for names; a document that names no
        // system in any pack has no claims in whichever language it is written.
        if language == nil, !mayNameSystem(document) { return }
        switch language ?? self.language(of: document) {
        case .language(let code): forEachBatch(in: document, language: code, explain: explain, cancellation: cancellation, body)
        case .undetermined:
            if let agreed = agreedClaims(in: document, explain: explain), !agreed.isEmpty { body(agreed) }
        case .noPack: break
        }
    }

    /// Whether `document` may name a catalog system in any of the packs (with one pack, the
    /// pack's own reading looks first, so this says yes).
    func mayNameSystem(_ document: Document) -> Bool {
        guard languages.count > 1 else { return true }
        let filter = readers.nameFilter()
        return document.withTextBytes { filter.mayNameSystem($0) }
    }

    /// Claims are handed on once this many are held and no heading waits for its body.
    static let batchSize = 128
    /// How far past a heading the body may repeat its claim (and so drop it): held claims
    /// never cover more text than this, so memory stays flat in a document's size.
    static let headingWindow = 1 << 16

    /// Hands the claims of `document`, read with the pack of `language`, to `body` a batch
    /// at a time in text order. A batch ends at a sentence break; a heading's claims are
    /// held until the body within `headingWindow` bytes after the heading has been read.
    /// Once `cancellation` is set, reading stops at the next sentence and the claims held
    /// are dropped.
    public func forEachBatch(
        in document: Document, language: String, explain: Bool = true, cancellation: CheckCancellation? = nil,
        _ body: ([Claim]) -> Void
    ) {
        guard let reader = readers.reader(for: language) else { return }
        let vocabulary = reader.vocabulary
        let scanner = reader.scanner
        document.withTextBytes { bytes in
            guard vocabulary.mayNameSystem(bytes) else { return }
            let cues = vocabulary.scan(bytes)
            guard cues.contains(where: { if case .system = $0.cue { return true } else { return false } }) else {
                return
            }
            let quantities = scanner.scan(utf8: bytes)
            let paragraphs = SentenceSplitter.paragraphs(in: bytes)
            let sentences = Self.bounded(
                Self.refined(
                    SentenceSplitter.sentences(
                        in: bytes, abbreviations: vocabulary.sentenceAbbreviations, ordinalNouns: vocabulary.ordinalNouns,
                        objectVerbs: vocabulary.yearObjectVerbs), bytes,
                    units: vocabulary.unitAbbreviations, years: vocabulary.yearAbbreviations, objectVerbs: vocabulary.yearObjectVerbs,
                    participles: vocabulary.yearParticiples), bytes)
            var state = DocumentState()
            var held: [(claim: Claim, heading: Bool)] = []
            var heldSince = 0
            var headingHoldsUntil = -1
            var heldHeading = false
            var lastEmitted: [Claim] = []
            var q = 0
            var c = 0
            var p = 0
            var lastParagraph = -1
            var previousFrom = 0
            func flush() {
                guard !held.isEmpty else { return }
                let batch = Self.deduplicated(held, after: lastEmitted)
                held.removeAll(keepingCapacity: true)
                heldHeading = false
                guard !batch.isEmpty else { return }
                lastEmitted = Array(batch.suffix(4))
                body(batch)
            }
            for sentence in sentences {
                if let cancellation, cancellation.isCancelled { return }
                while q < quantities.count, quantities[q].range.lowerBound < sentence.lowerBound { q += 1 }
                while c < cues.count, cues[c].range.lowerBound < sentence.lowerBound { c += 1 }
                while p < paragraphs.count, paragraphs[p].upperBound <= sentence.lowerBound { p += 1 }
                var qEnd = q
                while qEnd < quantities.count, quantities[qEnd].range.lowerBound < sentence.upperBound { qEnd += 1 }
                var cEnd = c
                while cEnd < cues.count, cues[cEnd].range.lowerBound < sentence.upperBound { cEnd += 1 }
                let heading = p < paragraphs.count && Self.isHeading(paragraphs[p], bytes)
                // "They say the Stinger reaches 10 km. That is false.": the sentence before a
                // rebuttal states what the article denies (its claims are still held here).
                if previousFrom < held.count, let rebuttal = Self.rebuttalOpening(cues[c..<cEnd], sentence: sentence, bytes)
                    ?? Self.doubtOpening(cues[c..<cEnd], quantities[q..<qEnd], sentence: sentence, bytes) {
                    let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[rebuttal]), as: UTF8.self)
                    for index in previousFrom..<held.count {
                        held[index].claim.grounding.doubt(
                            .value, "the next sentence opens \"\(words)\": the article denies the figure, it does not state it")
                    }
                }
                if p != lastParagraph {
                    // A new paragraph weakens what came before: topics shift at paragraph breaks.
                    state.salience.decay(by: 0.4)
                    lastParagraph = p
                }
                // Hand on a full batch, or a heading's claims once its window has passed,
                // unless a heading still waits for its body; never hold more than two windows.
                let waiting = sentence.lowerBound <= headingHoldsUntil
                if !held.isEmpty, !waiting && (held.count >= Self.batchSize || heldHeading)
                    || sentence.lowerBound - heldSince > 2 * Self.headingWindow {
                    flush()
                }
                if held.isEmpty { heldSince = sentence.lowerBound }
                let analysis = SentenceAnalysis(
                    range: sentence, bytes: bytes, quantities: Array(quantities[q..<qEnd]), cues: Array(cues[c..<cEnd]),
                    catalog: catalog, vocabulary: vocabulary, state: consume state, explain: explain)
                // Handed over (consumed), not shared: the analysis changes the state, and a
                // second reference here would copy its lists and tables at every sentence.
                let found = analysis.claims()
                // "The 10 km figure comes from the radar's detection range": a figure written
                // again only to be denied takes back the held claims of that value.
                for echo in analysis.deniedEchoes() {
                    for index in held.indices {
                        guard let number = held[index].claim.number, number.unit == echo.unit,
                              abs(number.value - echo.value) <= echo.halfStep else { continue }
                        held[index].claim.grounding.doubt(
                            .value, "a later sentence writes the figure again to deny it: the article does not state it")
                    }
                }
                if heading, !found.isEmpty {
                    headingHoldsUntil = max(headingHoldsUntil, sentence.upperBound + Self.headingWindow)
                    heldHeading = true
                }
                previousFrom = held.count
                for claim in found { held.append((claim, heading)) }
                state = analysis.takeState()
                q = qEnd
                c = cEnd
            }
            if let cancellation, cancellation.isCancelled { return }
            flush()
        }
    }

    /// Sentences also end after a unit abbreviation followed by a space or line break and a
    /// capital ("... up to 6 km. It said ..."), which the text layer's splitter keeps together
    /// as "km." may abbreviate, and before a line that opens with a list bullet ("- ", "* ",
    /// "• ", "– ") and at the end of such a line: in plain text each item of a list ("- Stinger:
    /// 4.8 km, IR seeker") is a sentence of its own, as Markdown's list items are. A year
    /// abbreviation of the packs (`years`: "r", "г") ends one as `endsAtYear` says, unless
    /// one of `objectVerbs` (lowercased verbs of succession written after the successor)
    /// stands among the three words before the year: its object follows the date
    /// ("Igła wyparła w 1985 r. Strzałę-3"), or one of `participles` opens the stretch
    /// before the year: the name after it is what the phrase qualifies ("Wprowadzony do
    /// służby w 1995 r. Grom ...").
    /// Past the quotation marks, dashes and brackets (and a space after a guillemet) that may
    /// open a sentence before its first letter: `"`, `'`, «, „, “, ‘, -, –, —, (.
    static func pastOpeningMarks(_ position: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var k = position
        var marks = 0
        while k < end, marks < 3 {
            let b = bytes[k]
            if b == 0x22 || b == 0x27 || b == 0x2D || b == 0x28 {
                k += 1
            } else if b == 0xC2, k + 1 < end, bytes[k + 1] == 0xAB {
                k += 2
                if k < end, bytes[k] == 0x20 { k += 1 } else if k + 1 < end, bytes[k] == 0xC2, bytes[k + 1] == 0xA0 { k += 2 }
            } else if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, [0x93, 0x94, 0x98, 0x9C, 0x9E].contains(bytes[k + 2]) {
                k += 3
                if k < end, bytes[k] == 0x20, bytes[k - 1] == 0x93 || bytes[k - 1] == 0x94 { k += 1 }
            } else {
                break
            }
            marks += 1
        }
        return k
    }

    static func refined(
        _ sentences: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, units: Set<String>, years: Set<String> = [],
        objectVerbs: Set<String> = [], participles: Set<String> = []
    ) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            var start = sentence.lowerBound
            var lineStart = sentence.lowerBound
            var i = sentence.lowerBound + 1
            while i + 2 < sentence.upperBound {
                // Only a line break or a full stop can end a sentence here: the bytes between
                // are passed eight at a time.
                i = ByteText.firstOf(0x0A, 0x2E, in: bytes, from: i, before: sentence.upperBound - 2)
                guard i + 2 < sentence.upperBound else { break }
                defer { i += 1 }
                if bytes[i] == 0x0A {
                    let previousLine = lineStart
                    lineStart = i + 1
                    if i + 1 > start,
                       opensWithBullet(i + 1, end: sentence.upperBound, bytes)
                        || ((start == 0 || bytes[start - 1] == 0x0A) && opensWithBullet(start, end: i, bytes))
                        || isTableLine(i + 1, end: sentence.upperBound, bytes) || isTableLine(previousLine, end: i, bytes) {
                        // A bulleted line or a table row ends at its line break, and the line
                        // after a break that opens with a bullet or is a row starts a sentence.
                        result.append(start..<(i + 1))
                        start = i + 1
                        continue
                    }
                }
                guard bytes[i] == 0x2E, bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A else { continue }
                // The next sentence may open with a quotation mark, a dash or a bracket before
                // its capital ("70 km. \"That is false,\" he said", "à 70 km. « C'est faux »").
                let first = Self.pastOpeningMarks(i + 2, end: sentence.upperBound, bytes)
                guard first < sentence.upperBound else { continue }
                let next = bytes[first]
                guard next &- 0x41 < 26 || (next >= 0xC3 && next <= 0xD0) else { continue }
                var w = i
                // Letters of the unit: ASCII ("km") or any other script's UTF-8 bytes ("км").
                while w > start, bytes[w - 1] >= 0x80 || (TextScan.isASCIIAlphanumeric(bytes[w - 1]) && !(bytes[w - 1] &- 0x30 < 10)) {
                    w -= 1
                }
                guard w < i, w > start else { continue }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<i]), as: UTF8.self)
                let digitBefore = bytes[w - 1] &- 0x30 < 10 || (w >= 2 && bytes[w - 1] == 0x20 && bytes[w - 2] &- 0x30 < 10)
                guard units.contains(word) && digitBefore
                    || years.contains(word) && endsAtYear(w, dot: i, start: start, end: sentence.upperBound, bytes)
                        && !SentenceSplitter.verbWithinThreeWords(before: w - 5, start: start, objectVerbs, bytes)
                        && !SentenceSplitter.participleOpens(before: w - 5, start: start, participles, bytes) else { continue }
                result.append(start..<(i + 1))
                start = i + 2
            }
            result.append(start..<sentence.upperBound)
        }
        return result
    }

    /// Whether the year abbreviation at `w` (its stop at `dot`, a space and a letter after
    /// it) ends its sentence: it follows a four-digit year and a space ("w 1970 r."), the
    /// letter after it is a capital, and more than two words stand before the year since
    /// `start` ("Strzała-2M weszła do służby w 1970 r. Na wysokość 3,5 km sięga dopiero
    /// Igła-S": two sentences). An opening date ("W 2019 r. Piorun", "13 grudnia 2016 r.
    /// MON ...") is followed by the sentence's subject, often a name, and stays.
    static func endsAtYear(_ w: Int, dot: Int, start: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let year = w - 5
        guard year >= start, bytes[w - 1] == 0x20, dot + 2 < end else { return false }
        for k in year..<(w - 1) where bytes[k] &- 0x30 >= 10 { return false }
        if year > start, bytes[year - 1] &- 0x30 < 10 { return false }
        guard SentenceAnalysis.wordCount(start..<year, in: bytes) > 2 else { return false }
        let next = String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 2)..<min(dot + 6, end)]), as: UTF8.self)
        return next.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether the line starting at `lineStart` opens with a list bullet and a space: "-",
    /// "*", "•", "–" or "—" (Russian and French lists and timelines open their items with an
    /// em dash: "— 2007 год — С-400 принят на вооружение").
    static func opensWithBullet(_ lineStart: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = lineStart
        while k < end, bytes[k] == 0x20 { k += 1 }
        guard k < end else { return false }
        var width = 0
        if bytes[k] == 0x2D || bytes[k] == 0x2A {
            width = 1
        } else if k + 2 < end, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA2 || bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 {
            width = 3
        }
        return width > 0 && k + width < end && bytes[k + width] == 0x20
    }

    /// Whether the line from `lineStart` (to its line break or `end`) is a row of a plain-text
    /// table: a tab after some text ("Igla-S<tab>6 km<tab>3.5 km", as a spreadsheet copies
    /// rows), or two or more `|` ("Igla-S | 6 km | 3.5 km"). Each row is a sentence of its own,
    /// so a header's cue ("Ceiling") never binds a figure of the row below it.
    static func isTableLine(_ lineStart: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var seenText = false
        var pipes = 0
        var k = lineStart
        while k < end, bytes[k] != 0x0A {
            switch bytes[k] {
            case 0x09:
                if seenText { return true }
            case 0x7C:
                pipes += 1
                if pipes == 2 { return true }
            case 0x20, 0x0D:
                break
            default:
                seenText = true
            }
            k += 1
        }
        return false
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

    /// The words of a rebuttal (pack `structure.rebuttals`, "That is false", "Это не так",
    /// "To mit") that opens `sentence`, at most `SentenceAnalysis.rebuttalLead` words after
    /// its start ("But that is a myth"), or nil.
    static func rebuttalOpening(_ cues: ArraySlice<CueMatch>, sentence: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        for cue in cues where cue.cue == .word(.rebuttal) {
            guard SentenceAnalysis.wordCount(sentence.lowerBound..<cue.range.lowerBound, in: bytes) <= SentenceAnalysis.rebuttalLead
            else { return nil }
            // "Неправда, что «Стингер» бьёт на 10 км": a denial that goes on into a clause of
            // its own (a hearsay phrase holding it, `structure.hearsay_phrases`) denies what
            // follows, not the sentence before.
            if cues.contains(where: { $0.cue == .word(.hearsay) && $0.range.lowerBound <= cue.range.lowerBound
                && $0.range.upperBound > cue.range.upperBound }) {
                return nil
            }
            return cue.range
        }
        return nil
    }

    /// A word of doubt (pack `structure.doubt_words`) at most `SentenceAnalysis.doubtLead`
    /// words into its clause of `sentence`, with no figure in the sentence up to its clause's
    /// end and no negation before it ("Fachleute halten das für übertrieben: ...", "Analysts
    /// dismiss the claim.", "Según los expertos, la cifra es exagerada"): it doubts the
    /// sentence before, as a rebuttal opening the sentence denies it. Its words' range, or nil.
    static func doubtOpening(_ cues: ArraySlice<CueMatch>, _ quantities: ArraySlice<QuantityMention>, sentence: Range<Int>,
                             _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let cue = cues.first(where: { $0.cue == .word(.doubtWord) }) else { return nil }
        // (Counted from the start of its own clause: "Según los expertos consultados, la cifra
        // es exagerada" opens with whose judgement it is; the check below keeps any figure
        // out of the whole stretch before the word.)
        var clause = cue.range.lowerBound
        while clause > sentence.lowerBound, !SentenceAnalysis.isClausePunctuation(bytes, at: clause - 1) { clause -= 1 }
        guard SentenceAnalysis.wordCount(clause..<cue.range.lowerBound, in: bytes) <= SentenceAnalysis.doubtLead,
              !cues.contains(where: { $0.cue == .word(.negation) && $0.range.upperBound <= cue.range.lowerBound }) else { return nil }
        // The clause runs to the first clause punctuation after the word, or the sentence's end.
        var end = cue.range.upperBound
        while end < sentence.upperBound, !SentenceAnalysis.isClausePunctuation(bytes, at: end) { end += 1 }
        guard !quantities.contains(where: { $0.range.lowerBound >= sentence.lowerBound && $0.range.lowerBound < end }) else { return nil }
        return cue.range
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
    /// repeats (same system, attribute and value) is dropped. `previous` is the end of the
    /// batch handed on before, whose claims are not repeated.
    static func deduplicated(_ claims: [(claim: Claim, heading: Bool)], after previous: [Claim] = []) -> [Claim] {
        // Indices, not claims, are filtered and sorted: a claim is a large value, and moving
        // it around cost more than the comparisons.
        var order = Array(claims.indices)
        if claims.contains(where: \.heading) {
            // Only the headings' identities are kept in a table (they are few), and each body
            // claim marks the one it repeats.
            var headingIdentities: [Identity: Bool] = [:]
            var headingSubjects: [(system: String, attribute: ClaimAttribute)] = []
            for (claim, heading) in claims where heading {
                headingIdentities[Identity(claim, range: nil)] = false
                headingSubjects.append((claim.systemID, claim.attribute))
            }
            for (claim, heading) in claims where !heading {
                // Only a claim about a heading's system and attribute can repeat it: the
                // rest skip hashing their identity.
                guard headingSubjects.contains(where: { $0.attribute == claim.attribute && $0.system == claim.systemID }) else {
                    continue
                }
                let identity = Identity(claim, range: nil)
                if headingIdentities[identity] != nil { headingIdentities[identity] = true }
            }
            order.removeAll { claims[$0].heading && headingIdentities[Identity(claims[$0].claim, range: nil)] == true }
        }
        order.sort {
            let a = claims[$0].claim.range, b = claims[$1].claim.range
            return (a.lowerBound, a.upperBound, $0) < (b.lowerBound, b.upperBound, $1)
        }
        // The same words read twice are neighbours once sorted. Only the last few kept are
        // looked at: a search through all of them made a claim-packed line quadratic.
        var result: [Claim] = []
        result.reserveCapacity(order.count)
        for index in order {
            // No slices of `result` here: one alive across the append would make it copy.
            var repeated = false
            // (The ranges are compared in place first: handing both claims to `same` copies
            // them, and they seldom share a range.)
            let range = claims[index].claim.range
            for k in max(0, result.count - 4)..<result.count where result[k].range == range && Self.same(result[k], claims[index].claim) {
                repeated = true
                break
            }
            if !repeated, result.count < 4 {
                for k in max(0, previous.count - (4 - result.count))..<previous.count
                where previous[k].range == range && Self.same(previous[k], claims[index].claim) {
                    repeated = true
                    break
                }
            }
            if !repeated { result.append(claims[index].claim) }
        }
        return result
    }

    /// Whether two claims quote the same words and make the same statement.
    private static func same(_ a: Claim, _ b: Claim) -> Bool {
        a.range == b.range && a.systemID == b.systemID && a.attribute == b.attribute
            && Identity(a, range: nil) == Identity(b, range: nil)
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
