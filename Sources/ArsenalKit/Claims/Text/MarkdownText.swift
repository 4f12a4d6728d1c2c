/// Converts Markdown (CommonMark with GitHub extensions) to plain prose, line by line.
///
/// Kept: paragraph, heading, list, quote and table text; link and image text (`[text](url)`
/// → `text`). Dropped: fenced and indented code blocks, inline code, link targets and
/// reference definitions, autolinks, footnote markers, HTML tags and comments, YAML front
/// matter, emphasis markers, and `~~struck~~` text (retracted, so not a claim). Headings,
/// list items and table rows start a new block (a blank line in the plain text) so that
/// they never run into the sentence before them; table cells are separated by tabs.
/// Character references are decoded as in HTML.
enum MarkdownText {
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ConvertedText {
        var converter = MarkdownConverter(bytes: bytes)
        converter.run(from: start)
        return ConvertedText(builder: converter.out, directives: converter.directives)
    }
}

private struct MarkdownConverter {
    let bytes: UnsafeBufferPointer<UInt8>
    var out: PlainTextBuilder
    var directives: [ConvertedText.RawDirective] = []

    // Block state.
    var fence: (char: UInt8, length: Int)?
    var inIndentedCode = false
    var previousBlank = true
    var previousWasListItem = false
    var inList = false
    var inTable = false
    var breakBeforeNextLine = false
    // Constructs that span lines.
    var openComment: (start: Int, bodyStart: Int, plainOffset: Int)?
    var openRawElement: String?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        out = PlainTextBuilder(reservingCapacity: bytes.count)
    }

    struct Line {
        var start: Int
        var contentEnd: Int  // before "\r\n" or "\n"
        var end: Int  // past the newline
    }

    func line(at start: Int) -> Line {
        let n = bytes.count
        var end = start
        while end < n, bytes[end] != 0x0A { end += 1 }
        var contentEnd = end
        if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        return Line(start: start, contentEnd: contentEnd, end: min(n, end + 1))
    }

    mutating func run(from start: Int) {
        var i = skipFrontMatter(from: start)
        while i < bytes.count {
            let line = line(at: i)
            process(line)
            i = line.end
        }
    }

    /// YAML front matter: a first line `---` up to a line `---` or `...`.
    func skipFrontMatter(from start: Int) -> Int {
        let first = line(at: start)
        guard first.contentEnd - first.start == 3, ByteText.hasPrefix(bytes, at: start, "---") else { return start }
        var i = first.end
        while i < bytes.count {
            let l = line(at: i)
            if l.contentEnd - l.start == 3, ByteText.hasPrefix(bytes, at: i, "---") || ByteText.hasPrefix(bytes, at: i, "...") {
                return l.end
            }
            i = l.end
        }
        return start
    }

    mutating func keepNewline(_ line: Line) {
        out.copy(bytes, line.contentEnd..<line.end)
    }

    mutating func process(_ line: Line) {
        // Constructs continued from earlier lines.
        if let comment = openComment {
            guard let close = ByteText.find(bytes, "-->", from: line.start, to: line.contentEnd) else { return }
            openComment = nil
            addDirective(body: comment.bodyStart..<close, comment: comment.start..<(close + 3), plainOffset: comment.plainOffset)
            inline(close + 3, line.contentEnd, tableRow: false)
            keepNewline(line)
            return
        }
        if let name = openRawElement {
            guard let close = ByteText.findIgnoringCase(bytes, "</" + name, from: line.start), close < line.contentEnd else {
                return
            }
            openRawElement = nil
            let end = HTMLText.tagEnd(bytes, from: close + 2 + name.utf8.count)
            inline(min(end, line.contentEnd), line.contentEnd, tableRow: false)
            keepNewline(line)
            return
        }
        if let fence {
            if isClosingFence(line, fence) { self.fence = nil }
            keepNewline(line)
            return
        }

        var (indent, first) = indentation(line.start, line.contentEnd)
        let blank = first == line.contentEnd
        if blank {
            previousBlank = true
            previousWasListItem = false
            inTable = false
            breakBeforeNextLine = false
            keepNewline(line)
            return
        }
        if inIndentedCode {
            if indent >= 4 {
                keepNewline(line)
                return
            }
            inIndentedCode = false
        }
        if indent >= 4 && previousBlank && !inList {
            inIndentedCode = true
            keepNewline(line)
            return
        }
        if indent < 2 { inList = false }

        // Block quotes: drop the markers and read the rest as a line.
        var quoted = false
        while first < line.contentEnd, bytes[first] == 0x3E {
            quoted = true
            first += 1
            if first < line.contentEnd, bytes[first] == 0x20 { first += 1 }
            (indent, first) = indentation(first, line.contentEnd)
        }
        if quoted, first == line.contentEnd {
            keepNewline(line)
            return
        }

        if indent < 4, let opened = openingFence(first, line.contentEnd) {
            fence = opened
            breakBeforeNextLine = true
            keepNewline(line)
            return
        }
        if isRuleOrUnderline(first, line.contentEnd) || isTableDelimiterRow(first, line.contentEnd) {
            if isTableDelimiterRow(first, line.contentEnd) { inTable = true }
            previousBlank = false
            breakBeforeNextLine = true
            keepNewline(line)
            return
        }
        var contentStart = first
        var startsBlock = false
        var isTableRow = false
        var isHeading = false
        var isListItem = false

        if bytes[first] == 0x5B, let definition = referenceDefinition(first, line.contentEnd) {
            guard definition.isFootnote else {
                previousBlank = false
                keepNewline(line)
                return
            }
            contentStart = definition.textStart
            startsBlock = true
        } else if let headingStart = heading(first, line.contentEnd) {
            contentStart = headingStart
            startsBlock = true
            isHeading = true
        } else if let itemStart = listItem(first, line.contentEnd) {
            contentStart = itemStart
            startsBlock = true
            isListItem = true
        } else if bytes[first] == 0x7C
            || (ByteText.find(bytes, "|", from: first, to: line.contentEnd) != nil && (inTable || headsTable(line))) {
            isTableRow = true
            startsBlock = true
            if bytes[first] == 0x7C { contentStart = first + 1 }
        }
        if !isTableRow { inTable = false }
        if startsBlock || breakBeforeNextLine {
            out.breakBlock(originalStart: line.start, originalLength: 0)
        }
        var contentEnd = line.contentEnd
        if isHeading { contentEnd = headingContentEnd(contentStart, contentEnd) }
        if isTableRow, contentEnd > contentStart, bytes[contentEnd - 1] == 0x7C { contentEnd -= 1 }
        inline(contentStart, contentEnd, tableRow: isTableRow)
        breakBeforeNextLine = isHeading
        previousBlank = false
        previousWasListItem = isListItem
        if isListItem { inList = true }
        keepNewline(line)
    }

    /// Columns of leading whitespace (a tab counts 4) and the first other offset.
    func indentation(_ start: Int, _ end: Int) -> (Int, Int) {
        var columns = 0
        var i = start
        while i < end {
            if bytes[i] == 0x20 { columns += 1 } else if bytes[i] == 0x09 { columns += 4 } else { break }
            i += 1
        }
        return (columns, i)
    }

    func openingFence(_ start: Int, _ end: Int) -> (char: UInt8, length: Int)? {
        let c = bytes[start]
        guard c == 0x60 || c == 0x7E else { return nil }
        var i = start
        while i < end, bytes[i] == c { i += 1 }
        guard i - start >= 3 else { return nil }
        if c == 0x60, ByteText.find(bytes, "`", from: i, to: end) != nil { return nil }
        return (c, i - start)
    }

    func isClosingFence(_ line: Line, _ fence: (char: UInt8, length: Int)) -> Bool {
        let (indent, first) = indentation(line.start, line.contentEnd)
        guard indent < 4 else { return false }
        var i = first
        while i < line.contentEnd, bytes[i] == fence.char { i += 1 }
        guard i - first >= fence.length else { return false }
        while i < line.contentEnd, ByteText.isSpace(bytes[i]) { i += 1 }
        return i == line.contentEnd
    }

    /// `---`, `***`, `___` (thematic breaks) and `===`/`---` setext underlines.
    func isRuleOrUnderline(_ start: Int, _ end: Int) -> Bool {
        let c = bytes[start]
        guard c == 0x2D || c == 0x2A || c == 0x5F || c == 0x3D else { return false }
        var count = 0
        for i in start..<end {
            if bytes[i] == c { count += 1 } else if !ByteText.isSpace(bytes[i]) { return false }
        }
        return count >= 3 || (c == 0x3D && count >= 1 && !previousBlank)
    }

    /// Whether the line after `line` is a table's delimiter row, which makes `line` its header
    /// ("System | Range" over "--- | ---": GitHub's tables need no outer pipes).
    func headsTable(_ line: Line) -> Bool {
        guard line.end < bytes.count else { return false }
        let next = self.line(at: line.end)
        let (_, first) = indentation(next.start, next.contentEnd)
        return first < next.contentEnd && isTableDelimiterRow(first, next.contentEnd)
    }

    /// `|---|:--:|` and `--- | ---`.
    func isTableDelimiterRow(_ start: Int, _ end: Int) -> Bool {
        var dashes = 0
        var pipes = 0
        for i in start..<end {
            switch bytes[i] {
            case 0x2D: dashes += 1
            case 0x7C: pipes += 1
            case 0x3A, 0x20, 0x09: break
            default: return false
            }
        }
        return dashes > 0 && pipes > 0
    }

    /// `[label]: target` (dropped) or `[^note]: text` (kept, from `textStart`).
    func referenceDefinition(_ start: Int, _ end: Int) -> (isFootnote: Bool, textStart: Int)? {
        var i = start + 1
        while i < end, bytes[i] != 0x5D { i += 1 }
        guard i + 1 < end, i > start + 1, bytes[i + 1] == 0x3A else { return nil }
        var textStart = i + 2
        while textStart < end, ByteText.isSpace(bytes[textStart]) { textStart += 1 }
        return (bytes[start + 1] == 0x5E, textStart)
    }

    /// The content start of an ATX heading (`## Title`).
    func heading(_ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end, bytes[i] == 0x23 { i += 1 }
        let level = i - start
        guard level >= 1, level <= 6, i == end || ByteText.isSpace(bytes[i]) else { return nil }
        while i < end, ByteText.isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// A heading's content without its closing `#` sequence.
    func headingContentEnd(_ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, ByteText.isSpace(bytes[e - 1]) { e -= 1 }
        var h = e
        while h > start, bytes[h - 1] == 0x23 { h -= 1 }
        if h < e, h == start || ByteText.isSpace(bytes[h - 1]) { e = h }
        while e > start, ByteText.isSpace(bytes[e - 1]) { e -= 1 }
        return e
    }

    /// The content start of a list item (`- `, `* `, `+ `, `1. `, `2) `), past a task box.
    func listItem(_ start: Int, _ end: Int) -> Int? {
        var i = start
        let c = bytes[i]
        if c == 0x2D || c == 0x2A || c == 0x2B {
            i += 1
        } else if ByteText.isDigit(c) {
            var value = 0
            while i < end, ByteText.isDigit(bytes[i]), i - start < 9 {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            guard i < end, bytes[i] == 0x2E || bytes[i] == 0x29 else { return nil }
            // An ordered item interrupts a paragraph only when it starts at 1 (CommonMark):
            // "2023. That year" inside a paragraph stays text.
            guard previousBlank || previousWasListItem || value == 1 else { return nil }
            i += 1
        } else {
            return nil
        }
        guard i == end || ByteText.isSpace(bytes[i]) else { return nil }
        while i < end, ByteText.isSpace(bytes[i]) { i += 1 }
        if i + 3 <= end, bytes[i] == 0x5B, bytes[i + 2] == 0x5D, bytes[i + 1] == 0x20 || bytes[i + 1] | 0x20 == 0x78 {
            i += 3
            while i < end, ByteText.isSpace(bytes[i]) { i += 1 }
        }
        return i
    }

    mutating func addDirective(body: Range<Int>, comment: Range<Int>, plainOffset: Int) {
        if let directive = Directive.make(bytes, body: body, comment: comment, plainOffset: plainOffset) {
            directives.append(directive)
        }
    }

    /// Inline content of `a..<b`: copies text, drops markup.
    mutating func inline(_ a: Int, _ b: Int, tableRow: Bool) {
        var i = a
        var runStart = a
        while i < b {
            let c = bytes[i]
            switch c {
            case 0x5C:  // backslash escape
                if i + 1 < b, isASCIIPunctuation(bytes[i + 1]) {
                    out.copy(bytes, runStart..<i)
                    runStart = i + 1
                    i += 2
                } else {
                    i += 1
                }
            case 0x60:  // inline code
                var k = i
                while k < b, bytes[k] == 0x60 { k += 1 }
                let length = k - i
                if let close = closingBackticks(from: k, to: b, length: length) {
                    out.copy(bytes, runStart..<i)
                    i = close + length
                    runStart = i
                } else {
                    i = k
                }
            case 0x2A:  // emphasis
                out.copy(bytes, runStart..<i)
                while i < b, bytes[i] == 0x2A { i += 1 }
                runStart = i
            case 0x5F where isEmphasisUnderscore(i, a, b):
                out.copy(bytes, runStart..<i)
                while i < b, bytes[i] == 0x5F { i += 1 }
                runStart = i
            case 0x7E where i + 1 < b && bytes[i + 1] == 0x7E:  // ~~struck~~
                if let close = ByteText.find(bytes, "~~", from: i + 2, to: b) {
                    out.copy(bytes, runStart..<i)
                    i = close + 2
                    runStart = i
                } else {
                    i += 2
                }
            case 0x7C where tableRow:
                out.copy(bytes, runStart..<i)
                out.replace([0x09], originalStart: i, originalLength: 1)
                i += 1
                runStart = i
            case 0x26:
                if let (scalars, length) = CharacterReference.decode(bytes, at: i) {
                    out.copy(bytes, runStart..<i)
                    var encoded: [UInt8] = []
                    for scalar in scalars { UTF8.encode(scalar) { encoded.append($0) } }
                    out.replace(encoded, originalStart: i, originalLength: length)
                    i += length
                    runStart = i
                } else {
                    i += 1
                }
            case 0x3C:
                out.copy(bytes, runStart..<i)
                i = angleBracket(at: i, end: b)
                runStart = i
                if i > b { return }  // a comment or raw element continues on later lines
            case 0x21 where i + 1 < b && bytes[i + 1] == 0x5B:  // image: keep the alt text
                if let end = link(at: i + 1, end: b, runStart: runStart) {
                    i = end
                    runStart = i
                } else {
                    i += 1
                }
            case 0x5B:
                if let end = link(at: i, end: b, runStart: runStart) {
                    i = end
                    runStart = i
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        out.copy(bytes, runStart..<min(i, b))
    }

    func isASCIIPunctuation(_ c: UInt8) -> Bool {
        (0x21...0x2F).contains(c) || (0x3A...0x40).contains(c) || (0x5B...0x60).contains(c) || (0x7B...0x7E).contains(c)
    }

    func isWordByte(_ c: UInt8) -> Bool { ByteText.isASCIILetter(c) || ByteText.isDigit(c) || c >= 0x80 }

    /// `_` marks emphasis unless it sits inside a word (snake_case).
    func isEmphasisUnderscore(_ i: Int, _ a: Int, _ b: Int) -> Bool {
        var s = i
        while s > a, bytes[s - 1] == 0x5F { s -= 1 }
        var e = i
        while e < b, bytes[e] == 0x5F { e += 1 }
        let before = s > a && isWordByte(bytes[s - 1])
        let after = e < b && isWordByte(bytes[e])
        return !(before && after)
    }

    func closingBackticks(from start: Int, to end: Int, length: Int) -> Int? {
        var i = start
        while i < end {
            if bytes[i] == 0x60 {
                var k = i
                while k < end, bytes[k] == 0x60 { k += 1 }
                if k - i == length { return i }
                i = k
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Handles `<` at `i`: a comment, an autolink, a tag, or a literal `<`. Returns where to
    /// continue; a value past `end` means the construct continues on later lines.
    mutating func angleBracket(at i: Int, end: Int) -> Int {
        if ByteText.hasPrefix(bytes, at: i, "<!--") {
            if let close = ByteText.find(bytes, "-->", from: i + 4, to: end) {
                addDirective(body: (i + 4)..<close, comment: i..<(close + 3), plainOffset: out.count)
                return close + 3
            }
            openComment = (i, i + 4, out.count)
            return end + 1
        }
        var j = i + 1
        let closing = j < end && bytes[j] == 0x2F
        if closing { j += 1 }
        guard j < end, ByteText.isASCIILetter(bytes[j]) else {
            out.copy(bytes, i..<(i + 1))
            return i + 1
        }
        guard let close = ByteText.find(bytes, ">", from: j, to: end) else {
            out.copy(bytes, i..<(i + 1))
            return i + 1
        }
        let nameStart = j
        while j < close, ByteText.isASCIILetter(bytes[j]) || ByteText.isDigit(bytes[j]) || bytes[j] == 0x2D { j += 1 }
        // An autolink (<https://...>, <name@host>) or anything with a colon or @ in its name.
        if j < close, bytes[j] == 0x3A || bytes[j] == 0x40 || bytes[j] == 0x2E { return close + 1 }
        let name = ByteText.lowercasedASCII(bytes, nameStart..<j)
        if !closing, HTMLText.skippedElements.contains(name) {
            if let closeTag = ByteText.findIgnoringCase(bytes, "</" + name, from: close), closeTag < end {
                return min(end, HTMLText.tagEnd(bytes, from: closeTag + 2 + name.utf8.count))
            }
            openRawElement = name
            return end + 1
        }
        if HTMLText.blockElements.contains(name) {
            out.breakBlock(originalStart: i, originalLength: close + 1 - i)
        }
        return close + 1
    }

    /// A link or image at `[` offset `i`: emits its text and returns the offset past it, or
    /// nil when `[` does not open a link (it is then literal text).
    mutating func link(at i: Int, end: Int, runStart: Int) -> Int? {
        var depth = 0
        var k = i
        var close = -1
        while k < end {
            let c = bytes[k]
            if c == 0x5C { k += 2; continue }
            if c == 0x60, let codeEnd = closingBackticks(from: k + 1, to: end, length: 1) { k = codeEnd + 1; continue }
            if c == 0x5B { depth += 1 }
            if c == 0x5D {
                depth -= 1
                if depth == 0 { close = k; break }
            }
            k += 1
        }
        guard close > i else { return nil }
        let textStart = i + 1
        let isImage = i > 0 && bytes[i - 1] == 0x21
        let markupStart = isImage ? i - 1 : i
        if bytes[textStart] == 0x5E {  // footnote reference [^1]
            out.copy(bytes, runStart..<markupStart)
            return close + 1
        }
        var after = close + 1
        if after < end, bytes[after] == 0x28 {  // (target "title")
            var parens = 0
            var m = after
            var quote: UInt8 = 0
            var targetEnd = -1
            while m < end {
                let c = bytes[m]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x5C {
                    m += 1
                } else if c == 0x22, m > after + 1, bytes[m - 1] == 0x20 {
                    quote = c
                } else if c == 0x28 {
                    parens += 1
                } else if c == 0x29 {
                    parens -= 1
                    if parens == 0 { targetEnd = m; break }
                }
                m += 1
            }
            guard targetEnd > 0 else { return nil }
            after = targetEnd + 1
        } else if after < end, bytes[after] == 0x5B {  // [text][ref]
            guard let refClose = ByteText.find(bytes, "]", from: after, to: end) else { return nil }
            after = refClose + 1
        } else if !isImage {
            return nil
        }
        out.copy(bytes, runStart..<markupStart)
        inline(textStart, close, tableRow: false)
        return after
    }
}
