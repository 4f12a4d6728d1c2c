import ArsenalKit
import Foundation
import Testing

@Suite("DocumentReader")
struct TextDocumentReaderTests {
    // MARK: Formats

    @Test("The format follows the extension", arguments: [
        ("a.txt", DocumentFormat.text), ("a.md", .markdown), ("a.markdown", .markdown), ("A.MD", .markdown),
        ("a.html", .html), ("a.htm", .html), ("dir.v2/article", .text), ("a.rst", .text), (".md", .text),
    ])
    func formatFromExtension(path: String, format: DocumentFormat) {
        #expect(DocumentFormat(path: path) == format)
    }

    /// Converts a fixture and compares the plain text with `expected.txt` beside it. Set
    /// ARSENAL_RECORD_FIXTURES=1 to rewrite the expected file (the test then fails, so a
    /// recording run never passes by accident).
    @Test("Whole-file conversion matches the recorded plain text", arguments: [
        "markdown-article/input.md", "html-article/input.html",
    ])
    func fixtureConversion(input: String) throws {
        let url = TextTestSupport.fixtures.appendingPathComponent(input)
        let document = try DocumentReader.read(contentsOf: url.path)
        let expectedURL = url.deletingLastPathComponent().appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["ARSENAL_RECORD_FIXTURES"] == "1" {
            try Data(document.text.utf8).write(to: expectedURL)
            Issue.record("recorded \(expectedURL.lastPathComponent); unset ARSENAL_RECORD_FIXTURES and run again")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(document.text == expected)
    }

    @Test("Markdown keeps prose and drops code, link targets and comments")
    func markdownContent() throws {
        let url = TextTestSupport.fixtures.appendingPathComponent("markdown-article/input.md")
        let document = try DocumentReader.read(contentsOf: url.path)
        let text = document.text
        for kept in ["The Igla-S reaches 6 km", "9K338 Igla-S", "manufacturer", "up to\n6,000 meters away",
                     "11.7 kg (25.8 lb)", "Mach 2.3", "6\u{00A0}km & more", "launcher at 3 km", "5.2 km", "*stars*"] {
            #expect(text.contains(kept), "missing: \(kept)")
        }
        for dropped in ["wikipedia", "example.com", "9999", "7777", "range = 9000", "arsenal-ignore", "9 km",
                        "title:", "7km", "ref-5km", "[^1]", "|", "**", "2. An ordered item"] {
            #expect(!text.contains(dropped), "kept: \(dropped)")
        }
        let figures = TextTestSupport.scanner.scan(document).map(\.textValue)
        #expect(figures == ["6", "6,000", "10 to 3,500", "8", "11.7", "one", "6", "2.3", "6", "3", "5.2"])
    }

    @Test("HTML keeps text, decodes entities and breaks blocks")
    func htmlContent() throws {
        let url = TextTestSupport.fixtures.appendingPathComponent("html-article/input.html")
        let document = try DocumentReader.read(contentsOf: url.path)
        let text = document.text
        for kept in ["Igla-S: range & altitude", "6\u{00A0}km", "6,000\u{00A0}meters away \u{2014} and", "10\u{2013}3,500",
                     "Mach\u{00A0}2.3", "&bogus; entity", "AB numeric", "<6 km>", "link."] {
            #expect(text.contains(kept), "missing: \(kept)")
        }
        for dropped in ["6000px", "9 km", "7 km", "x();", "example.com", "<p>", "arsenal-ignore"] {
            #expect(!text.contains(dropped), "kept: \(dropped)")
        }
        #expect(text.contains("Weight: 11.7 kg\n\nCrew: one"))
        #expect(text.contains("link.\n\nNext line."))
    }

    // MARK: Positions

    @Test("Plain text: columns count Unicode scalars after Cyrillic, CJK and emoji")
    func plainTextColumns() throws {
        let text = "Игла-С\n射程 🚀 is 6 km"
        let document = try DocumentReader.document(path: "a.txt", bytes: Array(text.utf8), format: .text)
        let mention = try #require(TextTestSupport.scanner.scan(document).first)
        #expect(document.location(ofUTF8Offset: mention.range.lowerBound) == SourceLocation(file: "a.txt", line: 2, column: 9))
        #expect(document.endLocation(ofUTF8Offset: mention.range.upperBound) == SourceLocation(file: "a.txt", line: 2, column: 13))
        #expect(document.quote(mention.range) == "6 km")
    }

    @Test("A byte-order mark is dropped and not counted")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("6 km".utf8)
        let document = try DocumentReader.document(path: "bom.txt", bytes: bytes, format: .text)
        #expect(document.text == "6 km")
        #expect(document.location(ofUTF8Offset: 0) == SourceLocation(file: "bom.txt", line: 1, column: 1))
    }

    @Test("HTML: an entity before the figure maps back to the original column")
    func htmlColumns() throws {
        let html = "<p>Range&nbsp;&mdash;&#160;up to 6&nbsp;km</p>"
        let document = try DocumentReader.document(path: "a.html", bytes: Array(html.utf8), format: .html)
        let mention = try #require(TextTestSupport.scanner.scan(document).first)
        #expect(document.quote(mention.range) == "up to 6\u{00A0}km")
        let start = document.location(ofUTF8Offset: mention.range.lowerBound)
        #expect(start.column == Array(html.unicodeScalars).firstIndex(of: "u")! + 1)
        // The no-break space inside the span maps to its entity; the end is the end of "km".
        let nbsp = mention.range.lowerBound + "up to 6".utf8.count
        #expect(document.location(ofUTF8Offset: nbsp).column == 35)
        #expect(document.endLocation(ofUTF8Offset: mention.range.upperBound).column == 43)
    }

    @Test("Markdown: a link before the figure does not shift its position")
    func markdownColumns() throws {
        let markdown = "Intro.\n\nThe [Igla-S](https://example.com/x \"t\") has **up to 6 km** range."
        let document = try DocumentReader.document(path: "a.md", bytes: Array(markdown.utf8), format: .markdown)
        #expect(document.text.hasSuffix("The Igla-S has up to 6 km range."))
        let mention = try #require(TextTestSupport.scanner.scan(document).first)
        #expect(document.quote(mention.range) == "up to 6 km")
        let column = Array(markdown.split(separator: "\n").last!.unicodeScalars).firstIndex(of: "u")! + 1
        #expect(document.location(ofUTF8Offset: mention.range.lowerBound) == SourceLocation(file: "a.md", line: 3, column: column))
        #expect(document.span(of: mention.range).end == SourceLocation(file: "a.md", line: 3, column: column + 10))
    }

    @Test("Markdown fixture: figures point at their original lines")
    func markdownFixtureLocations() throws {
        let url = TextTestSupport.fixtures.appendingPathComponent("markdown-article/input.md")
        let document = try DocumentReader.read(contentsOf: url.path)
        let original = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        for mention in TextTestSupport.scanner.scan(document) {
            let location = document.location(ofUTF8Offset: mention.numberRange.lowerBound)
            let line = Array(original[location.line - 1].unicodeScalars)
            let atLocation = String(String.UnicodeScalarView(line[(location.column - 1)...]))
            let quote = document.quote(mention.numberRange).replacingOccurrences(of: "\u{00A0}", with: "&nbsp;")
            #expect(atLocation.hasPrefix(quote), "\(mention.textValue) at \(location)")
        }
    }

    @Test("Directives: arsenal comments are reported with their scope")
    func directives() throws {
        let markdown = "Intro 1 km.\n\n<!-- arsenal-ignore max_range -->\nClaims 8 km here.\nStill this paragraph.\n\nNext 9 km. <!-- arsenal-ignore --> tail\n<!-- an ordinary comment -->"
        let document = try DocumentReader.document(path: "d.md", bytes: Array(markdown.utf8), format: .markdown)
        #expect(document.directives.count == 2)
        let standalone = try #require(document.directives.first)
        #expect(standalone.text == "arsenal-ignore max_range")
        #expect(standalone.isStandalone)
        #expect(document.quote(standalone.range) == "Claims 8 km here.\nStill this paragraph.")
        #expect(standalone.location == SourceLocation(file: "d.md", line: 3, column: 1))
        let inline = document.directives[1]
        #expect(!inline.isStandalone)
        #expect(inline.text == "arsenal-ignore")
        #expect(document.quote(inline.range) == "Next 9 km.  tail")
        #expect(inline.location == SourceLocation(file: "d.md", line: 7, column: 12))
    }

    @Test("Paragraphs and sentences")
    func sentences() {
        let document = Document(path: "s.txt", text: "The U.S. sent approx. 5 km worth. It is 6.5 km! Really?\n\nNew paragraph here")
        let english = (try? Lexicon.bundled("en"))?.structure.sentenceAbbreviations ?? []
        #expect(english.contains("u.s") && english.contains("approx"))
        let sentences = document.sentenceRanges(abbreviations: english).map(document.quote)
        #expect(sentences == ["The U.S. sent approx. 5 km worth.", "It is 6.5 km!", "Really?", "New paragraph here"])
        // Without the pack's abbreviations only single letters keep a sentence going.
        #expect(document.sentenceRanges().map(document.quote).first == "The U.S.")
        #expect(document.paragraphRanges().count == 2)
    }

    // MARK: Errors

    @Test("A missing file is unreadable, with the system's reason")
    func missingFile() {
        #expect(throws: ArticleInputError.unreadable(path: "/nonexistent/a.md", reason: "No such file or directory")) {
            try DocumentReader.read(contentsOf: "/nonexistent/a.md")
        }
    }

    @Test("A directory is unreadable")
    func directory() throws {
        let folder = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ArticleInputError.unreadable(path: folder.path, reason: "it is a directory")) {
            try DocumentReader.read(contentsOf: folder.path)
        }
    }

    @Test("Plain-text files on disk: byte-order mark, binary and invalid UTF-8")
    func plainTextFiles() throws {
        let folder = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("Range:\n up to 6 km".utf8)).write(to: good)
        let document = try DocumentReader.read(contentsOf: good.path)
        #expect(document.text == "Range:\n up to 6 km")
        #expect(document.format == .text)
        let mention = try #require(TextTestSupport.scanner.scan(document).first)
        #expect(document.location(ofUTF8Offset: mention.range.lowerBound) == SourceLocation(file: good.path, line: 2, column: 2))

        let binary = folder.appendingPathComponent("binary.txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        #expect(throws: ArticleInputError.binary(path: binary.path)) { try DocumentReader.read(contentsOf: binary.path) }

        let invalid = folder.appendingPathComponent("latin1.txt")
        try Data(Array("caf".utf8) + [0xE9] + Array(" 6 km".utf8)).write(to: invalid)
        #expect(throws: ArticleInputError.invalidUTF8(path: invalid.path, line: 1, column: 4)) {
            try DocumentReader.read(contentsOf: invalid.path)
        }

        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(throws: ArticleInputError.empty(path: empty.path)) { try DocumentReader.read(contentsOf: empty.path) }

        // The extension decides the format unless one is given.
        let markdown = folder.appendingPathComponent("notes.txt")
        try Data("**up to 6 km**".utf8).write(to: markdown)
        #expect(try DocumentReader.read(contentsOf: markdown.path).text == "**up to 6 km**")
        #expect(try DocumentReader.read(contentsOf: markdown.path, format: .markdown).text == "up to 6 km")
    }

    @Test("NUL bytes in the first 8 KiB mean binary")
    func binary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: ArticleInputError.binary(path: "image.txt")) {
            try DocumentReader.document(path: "image.txt", bytes: bytes, format: .text)
        }
    }

    @Test("Invalid UTF-8 is located at its first bad byte", arguments: [
        (Array("abc\nde".utf8) + [0xFF] + Array("f".utf8), 2, 3),
        (Array("Игла ".utf8) + [0xC3, 0x28], 1, 6),
        (Array("ok\n\n😀".utf8) + [0xED, 0xA0, 0x80], 3, 2),
        (Array("x".utf8) + [0xE2, 0x82], 1, 2),
    ])
    func invalidUTF8(bytes: [UInt8], line: Int, column: Int) {
        #expect(throws: ArticleInputError.invalidUTF8(path: "bad.txt", line: line, column: column)) {
            try DocumentReader.document(path: "bad.txt", bytes: bytes, format: .text)
        }
    }

    @Test("Empty and whitespace-only input is empty", arguments: [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]])
    func empty(bytes: [UInt8]) {
        #expect(throws: ArticleInputError.empty(path: "e.md")) {
            try DocumentReader.document(path: "e.md", bytes: bytes, format: .markdown)
        }
    }

    @Test("Error messages are one clear line")
    func messages() {
        let errors: [ArticleInputError] = [
            .unreadable(path: "a.md", reason: "Permission denied"), .binary(path: "a.pdf"),
            .invalidUTF8(path: "a.txt", line: 3, column: 7), .empty(path: "a.txt"),
            .tooLarge(path: "big.txt", size: 2 << 30, limit: 1 << 30),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.contains(error.path))
        }
        #expect(ArticleInputError.invalidUTF8(path: "a.txt", line: 3, column: 7).description.hasPrefix("a.txt:3:7: "))
    }

    // MARK: Size

    @Test("A 5 MB single-line article is read and scanned, with exact columns at its end")
    func longSingleLine() throws {
        let unit = "Игла-С reaches up to 6 km; "
        let repeats = 5_000_000 / unit.utf8.count
        var text = String(repeating: unit, count: repeats)
        text += "final 7 km"
        let document = try DocumentReader.document(path: "long.txt", bytes: Array(text.utf8), format: .text)
        let mentions = TextTestSupport.scanner.scan(document)
        #expect(mentions.count == repeats + 1)
        let last = try #require(mentions.last)
        #expect(document.quote(last.range) == "7 km")
        let expectedColumn = repeats * unit.unicodeScalars.count + "final ".unicodeScalars.count + 1
        #expect(document.location(ofUTF8Offset: last.range.lowerBound) == SourceLocation(file: "long.txt", line: 1, column: expectedColumn))
    }

    @Test("A 5 MB single-line HTML article converts in linear time")
    func longSingleLineHTML() throws {
        let unit = "<b>up&nbsp;to</b> 6&nbsp;km &amp; "
        let html = String(repeating: unit, count: 5_000_000 / unit.utf8.count)
        let document = try DocumentReader.document(path: "long.html", bytes: Array(html.utf8), format: .html)
        let mentions = TextTestSupport.scanner.scan(document)
        #expect(mentions.count == 5_000_000 / unit.utf8.count)
        let last = try #require(mentions.last)
        let location = document.location(ofUTF8Offset: last.range.lowerBound)
        #expect(location.column == (5_000_000 / unit.utf8.count - 1) * unit.unicodeScalars.count + 4)
    }
}
