#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The formats `arsenal check` reads.
public enum DocumentFormat: String, CaseIterable, Sendable, Codable {
    /// Plain text: the text is the file (a byte-order mark is dropped).
    case text
    /// Markdown (CommonMark and GitHub flavour): prose only, see `MarkdownText`.
    case markdown
    /// HTML: text content only, entities decoded, see `HTMLText`.
    case html

    /// The format a file name implies: `.md`/`.markdown` → markdown, `.html`/`.htm` →
    /// html, anything else (`.txt`, no extension) → text.
    public init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .text
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .text
        }
    }
}

/// An HTML comment addressed to Arsenal, such as `<!-- arsenal-ignore max_range -->`,
/// found in a Markdown or HTML article. The judging layer honours inline suppressions
/// with it; the text layer only finds and places it.
public struct DocumentDirective: Sendable, Hashable {
    /// The comment's body, trimmed: `arsenal-ignore max_range`. Every comment whose body
    /// starts with `arsenal-` is reported.
    public var text: String
    /// The plain-text range the comment applies to. A comment alone on its line(s) applies
    /// to the next paragraph (up to the next blank line); a comment inside a line applies to
    /// that plain-text line.
    public var range: Range<Int>
    /// The plain-text offset where the comment stood (it is removed from the text).
    public var offset: Int
    /// Where the comment starts in the original file.
    public var location: SourceLocation
    /// Whether the comment stands alone on its line(s).
    public var isStandalone: Bool

    /// Creates a directive.
    public init(text: String, range: Range<Int>, offset: Int, location: SourceLocation, isStandalone: Bool) {
        self.text = text
        self.range = range
        self.offset = offset
        self.location = location
        self.isStandalone = isStandalone
    }
}

/// An article as plain text, with an exact map from every plain-text byte back to its
/// position in the original file.
///
/// Offsets everywhere in the claims layer are UTF-8 offsets into `text`. Locations are
/// 1-based lines and columns of the original file, columns counted in Unicode scalars
/// (as editors, SARIF and GitHub annotations expect). Line and column are computed on
/// demand, only for the spans that get reported.
public struct Document: Sendable {
    /// The path as the user named it; `FILE#ID` for an article of a JSONL corpus.
    public let path: String
    /// The format the text was converted from.
    public let format: DocumentFormat
    /// The plain text: prose only, Markdown syntax and HTML markup removed.
    public let text: String
    /// Arsenal directives found in HTML comments (Markdown and HTML only).
    public let directives: [DocumentDirective]
    /// For an article of a JSONL corpus, the corpus line that holds it.
    public let recordLine: Int?

    /// The original bytes, when they differ from `text` (nil: the original is `text`).
    private let original: [UInt8]?
    private let offsetMap: OffsetMap
    private let lineIndex: LineIndex

    /// A plain-text document whose text is its own original (`.txt` files, JSONL articles,
    /// tests): offsets map to themselves and locations are lines and columns of `text`.
    public init(path: String, text: String, recordLine: Int? = nil) {
        self.init(path: path, format: .text, text: text, directives: [], recordLine: recordLine,
                  original: nil, offsetMap: .identity())
    }

    init(
        path: String, format: DocumentFormat, text: String, directives: [DocumentDirective], recordLine: Int?,
        original: [UInt8]?, offsetMap: OffsetMap, lineIndex precomputed: LineIndex? = nil
    ) {
        self.path = path
        self.format = format
        var text = text
        self.recordLine = recordLine
        self.original = original
        self.offsetMap = offsetMap
        if let precomputed {
            lineIndex = precomputed
        } else if let original {
            lineIndex = original.withUnsafeBufferPointer { LineIndex($0) }
        } else {
            text.makeContiguousUTF8()
            lineIndex = text.utf8.withContiguousStorageIfAvailable { LineIndex($0) }
                ?? Array(text.utf8).withUnsafeBufferPointer { LineIndex($0) }
        }
        self.text = text
        self.directives = directives
    }

    /// Runs `body` over the original bytes.
    private func withOriginalBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let original { return original.withUnsafeBufferPointer(body) }
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The UTF-8 offset in the original file of plain-text offset `offset`.
    public func originalOffset(ofUTF8Offset offset: Int) -> Int {
        offsetMap.originalOffset(of: offset)
    }

    /// Where plain-text offset `offset` is in the original file (1-based line, column in
    /// Unicode scalars). For HTML, every byte of a decoded entity maps to the entity's `&`;
    /// the end of the text maps to the end of the file.
    public func location(ofUTF8Offset offset: Int) -> SourceLocation {
        let originalOffset = offset >= text.utf8.count && offset > 0
            ? offsetMap.originalEndOffset(of: offset) : offsetMap.originalOffset(of: offset)
        return location(ofOriginalOffset: originalOffset)
    }

    /// Where the exclusive end `end` of a plain-text range is in the original file: just
    /// past the last original byte the range covers (past the whole entity for HTML).
    public func endLocation(ofUTF8Offset end: Int) -> SourceLocation {
        location(ofOriginalOffset: offsetMap.originalEndOffset(of: end))
    }

    /// The original-file span of a plain-text range.
    public func span(of range: Range<Int>) -> SourceSpan {
        SourceSpan(start: location(ofUTF8Offset: range.lowerBound), end: endLocation(ofUTF8Offset: range.upperBound))
    }

    /// The location of a byte offset of the original file.
    public func location(ofOriginalOffset offset: Int) -> SourceLocation {
        let (line, column) = withOriginalBytes { lineIndex.lineAndColumn(of: offset, in: $0) }
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The plain text of a range of UTF-8 offsets (the quote of a span).
    public func quote(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.lowerBound, utf8.count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.upperBound, utf8.count)))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    /// Paragraph ranges: plain text between blank lines, trimmed of surrounding whitespace.
    public func paragraphRanges() -> [Range<Int>] {
        withTextBytes { SentenceSplitter.paragraphs(in: $0) }
    }

    /// Sentence ranges, trimmed of surrounding whitespace. A sentence ends at a blank line
    /// or at `.`, `!`, `?` (or `…`) followed by whitespace, unless the word before the full
    /// stop is a single letter or one of `abbreviations` (lowercased, without the stop: a
    /// language pack's `structure.abbreviations`, `StructureWords.sentenceAbbreviations`).
    public func sentenceRanges(abbreviations: Set<String> = []) -> [Range<Int>] {
        withTextBytes { SentenceSplitter.sentences(in: $0, abbreviations: abbreviations) }
    }

    /// Runs `body` over the plain text's UTF-8 bytes.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

/// Heuristic paragraph and sentence boundaries over UTF-8 plain text. The words that do
/// not end a sentence before a full stop come from the language pack.
enum SentenceSplitter {

    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return [] }
        while i < n {
            // The next line break, found by memchr (vectorised) rather than byte by byte.
            guard let found = memchr(base + i, 0x0A, n - i) else { break }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var j = i + 1
            while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
            if j < n, bytes[j] == 0x0A {
                appendTrimmed(start..<i, bytes, &result)
                while j < n, isSpace(bytes[j]) { j += 1 }
                start = j
                i = j
                continue
            }
            i += 1
        }
        appendTrimmed(start..<n, bytes, &result)
        return result
    }

    /// Sentence ranges of `bytes`. A full stop after a number does not end the sentence when
    /// it makes the number an ordinal: one of `ordinalNouns` (lowercased: a pack's
    /// `structure.formations`) follows it ("w 12. Dywizjonie"), or one of `objectVerbs` (a pack's
    /// `successors_before`) stands among the three words before the number, so that its
    /// object follows the date ("Igła wyparła w latach 80. Strzałę-3").
    static func sentences(
        in bytes: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>, ordinalNouns: Set<String> = [], objectVerbs: Set<String> = []
    ) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for paragraph in paragraphs(in: bytes) {
            var start = paragraph.lowerBound
            // A headline run into its story's first line is a sentence of its own.
            if let end = headlineEnd(of: paragraph, bytes) {
                appendTrimmed(paragraph.lowerBound..<end, bytes, &result)
                start = end
            }
            var i = start
            while i < paragraph.upperBound {
                // Eight bytes at a time past text that holds no terminator (nearly all of it).
                i = nextPossibleTerminator(from: i, before: paragraph.upperBound, bytes)
                guard i < paragraph.upperBound else { break }
                let b = bytes[i]
                var terminatorEnd = -1
                if b == 0x2E || b == 0x21 || b == 0x3F {
                    terminatorEnd = i + 1
                } else if b == 0xE2, i + 2 < paragraph.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
                    terminatorEnd = i + 3  // …
                } else if b == 0xF0, i + 3 < paragraph.upperBound, bytes[i + 1] == 0x9F {
                    // An emoji (U+1F000 to U+1FFFF) ends a post's sentence as a stop does ("les
                    // engage à 120km 🤨 altitude max annoncée : 27km"), with the marks joined to it.
                    var k = i + 4
                    while k < paragraph.upperBound, !isSpace(bytes[k]), k - i < 32 { k += 1 }
                    terminatorEnd = k
                }
                if terminatorEnd > 0 {
                    var j = terminatorEnd
                    // Closing quotes and brackets stay with the sentence.
                    while j < paragraph.upperBound, bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 { j += 1 }
                    if j + 2 < paragraph.upperBound, bytes[j] == 0xE2, bytes[j + 1] == 0x80,
                       bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 { j += 3 }
                    // So do footnote markers: "became operational in 2017.[3] Iron Dome ...".
                    j = pastFootnoteMarkers(from: j, before: paragraph.upperBound, bytes)
                    if j >= paragraph.upperBound || isSpace(bytes[j]), !(b == 0x2E && (isAbbreviation(endingAt: i, bytes, from: start, abbreviations)
                        || isOrdinal(endingAt: i, bytes, from: start, end: paragraph.upperBound, ordinalNouns, objectVerbs))) {
                        appendTrimmed(start..<j, bytes, &result)
                        start = j
                        i = j
                        continue
                    }
                }
                i += 1
            }
            appendTrimmed(start..<paragraph.upperBound, bytes, &result)
        }
        return result
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// The position past any footnote markers at `j` ("[3]", "[12][14]": one to three digits
    /// in square brackets), or `j` itself.
    static func pastFootnoteMarkers(from j: Int, before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var j = j
        while j < end, bytes[j] == 0x5B {
            var k = j + 1
            while k < end, k - j <= 3, bytes[k] &- 0x30 < 10 { k += 1 }
            guard k > j + 1, k < end, bytes[k] == 0x5D else { break }
            j = k + 1
        }
        return j
    }

    /// Where a headline ends when a paragraph opens with one on a line of its own ("L'Espagne
    /// mise sur le Mistral 3" above "Entré en service en 1988, le Mistral frappe ..."): a first
    /// line of 3 to 14 words and at most 100 bytes, ending in no punctuation, followed by a line
    /// that opens with a capital, holds a sentence's end, and is half as long again. A line a
    /// hard-wrapped paragraph breaks is about as long as the next, and a list or a fact box
    /// opens its lines otherwise; those stay one text. Nil when the paragraph has no headline.
    static func headlineEnd(of paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, paragraph.count > 0,
              let found = memchr(base + paragraph.lowerBound, 0x0A, min(paragraph.count, 101)) else { return nil }
        let lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        var last = lineEnd
        while last > paragraph.lowerBound, isSpace(bytes[last - 1]) { last -= 1 }
        let lineLength = last - paragraph.lowerBound
        // A closing quotation mark may end it ("«Игла-С» против «Иглы»"), after a letter or a digit.
        if last - 2 > paragraph.lowerBound, bytes[last - 2] == 0xC2, bytes[last - 1] == 0xBB {
            last -= 2
        } else if last - 3 > paragraph.lowerBound, bytes[last - 3] == 0xE2, bytes[last - 2] == 0x80, bytes[last - 1] == 0x9D || bytes[last - 1] == 0x9C {
            last -= 3
        } else if last - 1 > paragraph.lowerBound, bytes[last - 1] == 0x22 {
            last -= 1
        }
        // The last byte is a letter or a digit (a UTF-8 continuation byte ends a letter; "»" and
        // "”" were passed above, and any other mark is punctuation).
        guard last > paragraph.lowerBound, TextScan.isWordScalar(at: last - 1, in: bytes) || bytes[last - 1] >= 0x80 else { return nil }
        if bytes[last - 1] >= 0x80, last >= paragraph.lowerBound + 2, bytes[last - 2] == 0xC2 || (last >= paragraph.lowerBound + 3 && bytes[last - 3] == 0xE2) {
            return nil
        }
        var words = 0
        var inWord = false
        for k in paragraph.lowerBound..<last {
            if bytes[k] == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        guard (3...14).contains(words) else { return nil }
        var next = lineEnd + 1
        while next < paragraph.upperBound, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
        guard next < paragraph.upperBound, ByteText.isUppercaseScalar(at: next, bytes) else { return nil }
        var nextEnd = next
        var terminator = false
        while nextEnd < paragraph.upperBound, bytes[nextEnd] != 0x0A {
            if bytes[nextEnd] == 0x2E || bytes[nextEnd] == 0x21 || bytes[nextEnd] == 0x3F { terminator = true }
            nextEnd += 1
        }
        guard terminator, (nextEnd - next) * 2 >= lineLength * 3 else { return nil }
        return lineEnd
    }

    /// The first index from `i` (below `end`) of an eight-byte group holding `.`, `!`, `?`
    /// or 0xE2 (the lead byte of `…`), or `end`'s group: groups without any are skipped with
    /// one test each (the classic zero-byte test on the group XORed with each byte sought).
    @inline(__always)
    private static func nextPossibleTerminator(from start: Int, before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasByte(_ word: UInt64, _ byte: UInt64) -> Bool {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & highs != 0
        }
        var i = start
        while i + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if hasByte(word, 0x2E) || hasByte(word, 0x21) || hasByte(word, 0x3F) || hasByte(word, 0xE2) || hasByte(word, 0xF0) { return i }
            i += 8
        }
        return i
    }

    private static func isAbbreviation(
        endingAt dot: Int, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ abbreviations: Set<String>
    ) -> Bool {
        var j = dot
        while j > start, !isSpace(bytes[j - 1]), bytes[j - 1] != 0x28 { j -= 1 }
        guard j < dot else { return false }
        // One ASCII letter before the stop ("J. Smith"): no string needed.
        if j + 1 == dot, (bytes[j] | 0x20) &- 0x61 < 26 { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<dot]), as: UTF8.self).lowercased()
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }

    /// Whether the stop at `dot` closes an ordinal number (see `sentences`).
    private static func isOrdinal(
        endingAt dot: Int, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, _ nouns: Set<String>, _ verbs: Set<String>
    ) -> Bool {
        guard !nouns.isEmpty || !verbs.isEmpty else { return false }
        var j = dot
        while j > start, bytes[j - 1] &- 0x30 < 10 { j -= 1 }
        guard j < dot, j > start, bytes[j - 1] == 0x20 else { return false }
        if verbWithinThreeWords(before: j, start: start, verbs, bytes) { return true }
        var k = dot + 1
        while k < end, isSpace(bytes[k]) { k += 1 }
        var e = k
        while e < end, !isSpace(bytes[e]), bytes[e] != 0x2C, bytes[e] != 0x2E { e += 1 }
        return e > k && nouns.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<e]), as: UTF8.self).lowercased())
    }

    /// Whether one of `verbs` (lowercased single words) is among the three words before `position`.
    static func verbWithinThreeWords(before position: Int, start: Int, _ verbs: Set<String>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !verbs.isEmpty else { return false }
        var end = position
        for _ in 0..<3 {
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            var w = end
            while w > start, bytes[w - 1] != 0x20 { w -= 1 }
            guard w < end else { return false }
            if verbs.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<end]), as: UTF8.self).lowercased()) { return true }
            end = w
        }
        return false
    }

    /// Words a participle's phrase may hold before the year (`participleOpens`).
    static let participleReach = 6

    /// Whether one of `participles` (lowercased) opens the stretch that ends at `position`:
    /// the first word after `start`, or the second after the last comma when the first is a
    /// short coordinator ("a", "i", "а", "и": at most four bytes), with at most
    /// `participleReach` words from it to `position`. ("Wprowadzony do służby w 1995 r. Grom",
    /// ", a wprowadzony w 1990 r. RBS 70 Mk 1"; not "Grom został wprowadzony w 1995 r.".)
    static func participleOpens(before position: Int, start: Int, _ participles: Set<String>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !participles.isEmpty, position > start else { return false }
        var from = position
        while from > start, bytes[from - 1] != 0x2C { from -= 1 }
        let afterComma = from > start
        var found: [Range<Int>] = []
        var k = from
        while k < position {
            while k < position, bytes[k] == 0x20 { k += 1 }
            let wordStart = k
            while k < position, bytes[k] != 0x20 { k += 1 }
            if wordStart < k { found.append(wordStart..<k) }
        }
        func word(_ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self).lowercased()
        }
        guard let first = found.first else { return false }
        // (Right after a comma the phrase is an apposition that may end the sentence: "Werba,
        // wprowadzona do służby w 2015 r. Podobnie jak ...".)
        if !afterComma, participles.contains(word(first)) { return found.count <= participleReach }
        guard afterComma, found.count >= 2, first.count <= 4 else { return false }
        return participles.contains(word(found[1])) && found.count - 1 <= participleReach
    }

    private static func appendTrimmed(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ result: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }
}
