@testable import ArsenalKit
import Testing

@Suite("Text reporter")
struct ReportingTextTests {
    private static let escape = "\u{1B}["

    /// Removes ANSI SGR sequences (`ESC [ ... m`).
    private static func strippingANSI(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                while let next = scalars.next(), next != "m" {}
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func colourOnlyWrapsThePlainText() {
        let plain = TextReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context())
        let coloured = TextReporter.report(
            ReportingFixtures.diagnostics, context: ReportingFixtures.context(color: true))
        #expect(!plain.contains(Self.escape))
        #expect(coloured != plain)
        #expect(Self.strippingANSI(coloured) == plain)
    }

    @Test func colourMarksSeverities() {
        let coloured = TextReporter.report(
            ReportingFixtures.diagnostics, context: ReportingFixtures.context(color: true))
        #expect(coloured.contains("\u{1B}[1;31merror[A301]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning[C210]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32mnote[C100]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;31m^^^^^^^^^\u{1B}[0m"))
    }

    @Test func cleanRunSaysSo() {
        #expect(TextReporter.report([], context: ReportingFixtures.context()) == "no problems found\n")
    }

    @Test func summaryUsesSingularsAndCountsDistinctFiles() {
        let style = TerminalStyle(enabled: false)
        let one = ArsenalKit.SourceLocation(file: "a.yaml", line: 1, column: 1)
        let other = ArsenalKit.SourceLocation(file: "b.yaml", line: 1, column: 1)
        func diagnostic(_ severity: Severity, _ location: ArsenalKit.SourceLocation?) -> Diagnostic {
            Diagnostic(code: DiagnosticCode("X1", name: "x"), severity: severity, message: "m", location: location)
        }
        #expect(TextReporter.summary(DiagnosticTally([diagnostic(.error, one)]), style: style) == "1 error in 1 file\n")
        #expect(
            TextReporter.summary(
                DiagnosticTally([diagnostic(.warning, one), diagnostic(.warning, one), diagnostic(.note, other)]),
                style: style) == "2 warnings, 1 note in 2 files\n")
        #expect(TextReporter.summary(DiagnosticTally([diagnostic(.error, nil)]), style: style) == "1 error\n")
    }

    @Test func locationlessDiagnosticHasNoArrow() {
        let diagnostic = Diagnostic(
            code: DiagnosticCode("A002", name: "empty-catalog"), severity: .error,
            message: "nothing here", location: nil, notes: [DiagnosticNote("look elsewhere")])
        #expect(
            TextReporter.report([diagnostic], context: ReportingFixtures.context())
                == "error[A002]: nothing here\n  = note: look elsewhere\n\n1 error\n")
    }

    @Test func missingLineStillPrintsTheArrow() {
        let diagnostic = Diagnostic(
            code: DiagnosticCode("A301", name: "unknown-key"), severity: .error, message: "m",
            location: ArsenalKit.SourceLocation(file: ReportingFixtures.dataFile, line: 99, column: 1))
        let output = TextReporter.report([diagnostic], context: ReportingFixtures.context())
        #expect(output == "error[A301]: m\n  --> Data/systems/igla-s.yaml:99:1\n\n1 error in 1 file\n")
    }

    @Test func crlfLinesLoseTheirCarriageReturn() {
        let diagnostic = Diagnostic(
            code: DiagnosticCode("A301", name: "unknown-key"), severity: .warning, message: "m",
            location: ArsenalKit.SourceLocation(file: "w.yaml", line: 2, column: 1),
            end: ArsenalKit.SourceLocation(file: "w.yaml", line: 2, column: 4))
        var context = ReportingFixtures.context()
        context.sourceText = { _ in "id: a\r\nkey: b\r\n" }
        let output = TextReporter.report([diagnostic], context: context)
        #expect(output.contains("2 | key: b\n  | ^^^\n"))
        #expect(!output.contains("\r"))
    }

    // MARK: SourceSnippet: columns count Unicode scalars, offsets count terminal cells.

    private func snippet(_ line: String, _ start: Int, _ end: Int?) -> SourceSnippet {
        SourceSnippet(line: Substring(line).unicodeScalars, startColumn: start, endColumn: end)
    }

    private func shown(_ text: String, _ caretOffset: Int, _ caretWidth: Int) -> SourceSnippet {
        SourceSnippet(text: text, caretOffset: caretOffset, caretWidth: caretWidth)
    }

    @Test func asciiSpan() {
        #expect(snippet("max_range: 12 kg", 12, 17) == shown("max_range: 12 kg", 11, 5))
    }

    @Test func tabsExpandToFourCells() {
        #expect(snippet("\tkey:\tx", 2, 5) == shown("    key:    x", 4, 3))
        #expect(snippet("a\tb", 2, 3) == shown("a    b", 1, 4))
    }

    @Test func cyrillicIsOneCellPerScalar() {
        #expect(snippet("Игла-С: 6 км", 9, 13) == shown("Игла-С: 6 км", 8, 4))
    }

    @Test func wideCharactersTakeTwoCells() {
        // 射程 and 🚀 are one scalar and two cells each.
        #expect(snippet("射程 🚀 6 km", 6, 10) == shown("射程 🚀 6 km", 8, 4))
        #expect(snippet("射程", 2, 3).caretWidth == 2)
    }

    @Test func combiningMarksTakeNoCell() {
        // "é" written as e + U+0301 is two scalars, so "x" is column 3 but cell 1.
        #expect(snippet("e\u{301}x", 3, nil) == shown("e\u{301}x", 1, 1))
    }

    @Test func controlCharactersAreShownNotObeyed() {
        #expect(snippet("a\u{1B}[31mb", 1, nil).text == "a\u{241B}[31mb")
        #expect(snippet("a\u{7F}", 2, nil).text == "a\u{2421}")
    }

    @Test func noEndMeansOneCaret() {
        #expect(snippet("abcdef", 3, nil) == shown("abcdef", 2, 1))
    }

    @Test func spanPastTheLineEndStopsAtIt() {
        #expect(snippet("abc", 2, 10) == shown("abc", 1, 2))
        #expect(snippet("abc", 4, nil) == shown("abc", 3, 1))
        #expect(snippet("", 1, nil) == shown("", 0, 1))
    }

    @Test func emptyOrBackwardSpanStillShowsOneCaret() {
        #expect(snippet("abc", 2, 2).caretWidth == 1)
        #expect(snippet("abc", 3, 1).caretWidth == 1)
    }
}

extension ReportingTextTests {
    @Test func messagesCannotDriveTheTerminal() {
        let diagnostic = Diagnostic(
            code: DiagnosticCode("A301", name: "unknown-key"), severity: .error,
            message: "unknown key \"\u{1B}[2Jx\"\r\nsecond\tline", location: nil,
            notes: [DiagnosticNote("bell\u{7}")])
        let output = TextReporter.report([diagnostic], context: ReportingFixtures.context())
        #expect(!output.contains("\u{1B}") && !output.contains("\u{7}") && !output.contains("\r"))
        #expect(output.hasPrefix("error[A301]: unknown key \"\u{241B}[2Jx\"\u{240D}\n             second\tline\n"))
        #expect(output.contains("= note: bell\u{2407}\n"))
    }
}
