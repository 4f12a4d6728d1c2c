/// Human-readable text in the layout of rustc's diagnostics, as described in the Rust
/// compiler development guide, "Errors and lints — Diagnostic output format":
/// https://rustc-dev-guide.rust-lang.org/diagnostics.html#diagnostic-output-format
/// Colours are ANSI SGR escape sequences (ECMA-48, section 8.3.117), used only on request.

/// Renders diagnostics as text for a terminal:
///
/// ```
/// error[A301]: unknown key "max_rnage"
///  --> Data/systems/igla-s.yaml:9:3
///   |
/// 9 |   max_rnage:
///   |   ^^^^^^^^^
///   = note: known keys: max_range, min_range
/// ```
///
/// Diagnostics are separated by a blank line and followed by a summary line such as
/// `2 errors, 1 warning in 3 files`, or `no problems found`.
public enum TextReporter: DiagnosticReporter {
    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let sorted = diagnostics.sorted()
        var sources = SourceLineCache(sourceText: context.sourceText)
        let style = TerminalStyle(enabled: context.color)
        var blocks = sorted.map { render($0, sources: &sources, style: style) }
        blocks.append(summary(DiagnosticTally(sorted), style: style))
        return blocks.joined(separator: "\n")
    }

    /// The diagnostics alone, without the summary line (`--quiet`).
    public static func blocks(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var sources = SourceLineCache(sourceText: context.sourceText)
        let style = TerminalStyle(enabled: context.color)
        return diagnostics.sorted().map { render($0, sources: &sources, style: style) }.joined(separator: "\n")
    }

    /// `2 errors, 1 warning, 1 note in 3 files`, or `no problems found`.
    static func summary(_ tally: DiagnosticTally, style: TerminalStyle) -> String {
        let counts = [(tally.errors, "error"), (tally.warnings, "warning"), (tally.notes, "note")]
            .filter { $0.0 > 0 }
            .map { plural($0.0, $0.1) }
        guard !counts.isEmpty else { return style.bold("no problems found") + "\n" }
        var line = counts.joined(separator: ", ")
        if tally.files > 0 { line += " in " + plural(tally.files, "file") }
        return style.bold(line) + "\n"
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func render(
        _ diagnostic: Diagnostic, sources: inout SourceLineCache, style: TerminalStyle
    ) -> String {
        let lineNumbers = ([diagnostic.location] + diagnostic.notes.map(\.location)).compactMap { $0?.line }
        let gutterWidth = max(1, lineNumbers.map { String($0).count }.max() ?? 1)
        let indent = String(repeating: " ", count: gutterWidth)

        let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code.code)]"
        var lines = [
            style.severity(diagnostic.severity, label)
                + style.bold(": " + hangingIndent(printable(diagnostic.message), width: label.count + 2)),
        ]
        if let location = diagnostic.location {
            lines += locationLines(
                location, end: diagnostic.end, severity: diagnostic.severity,
                gutterWidth: gutterWidth, sources: &sources, style: style)
        }
        for note in diagnostic.notes {
            let prefix = "\(indent) = note: "
            lines.append(
                indent + style.gutter(" =") + " " + style.bold("note:") + " "
                    + hangingIndent(printable(note.message), width: prefix.count))
            if let location = note.location {
                lines += locationLines(
                    location, end: nil, severity: .note,
                    gutterWidth: gutterWidth, sources: &sources, style: style)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The ` --> file:line:column` line and, when the source is available, the quoted
    /// line with carets under the span.
    private static func locationLines(
        _ location: SourceLocation, end: SourceLocation?, severity: Severity,
        gutterWidth: Int, sources: inout SourceLineCache, style: TerminalStyle
    ) -> [String] {
        let indent = String(repeating: " ", count: gutterWidth)
        var lines = [indent + style.gutter("-->") + " " + printable(location.description)]
        guard let sourceLine = sources.line(location.line, of: location.file) else { return lines }
        let endColumn = end.flatMap { $0.line == location.line ? $0.column : nil }
        let snippet = SourceSnippet(line: sourceLine, startColumn: location.column, endColumn: endColumn)
        let number = String(location.line)
        let paddedNumber = String(repeating: " ", count: gutterWidth - number.count) + number
        lines.append(indent + style.gutter(" |"))
        lines.append(style.gutter(paddedNumber + " |") + (snippet.text.isEmpty ? "" : " " + snippet.text))
        lines.append(
            indent + style.gutter(" |") + " " + String(repeating: " ", count: snippet.caretOffset)
                + style.severity(severity, String(repeating: "^", count: snippet.caretWidth)))
        return lines
    }

    /// Shows control characters other than line feeds and tabs (an escape sequence in a
    /// quoted key, say) as Control Pictures instead of letting the terminal obey them.
    static func printable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let keep = scalar == "\n" || scalar == "\t"
            result.append(keep ? scalar : SourceSnippet.controlPicture(for: scalar) ?? scalar)
        }
        return String(result)
    }

    /// Indents every line after the first by `width` spaces, so a multi-line message
    /// stays aligned under its first line.
    private static func hangingIndent(_ message: String, width: Int) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n" + String(repeating: " ", count: width))
    }
}

/// A source line prepared for a terminal, with where the carets go. Columns count Unicode
/// scalars, as `SourceLocation` does; offsets and widths count terminal cells.
struct SourceSnippet: Equatable {
    /// The line as displayed: tabs expanded, control characters made visible.
    var text: String
    /// Cells before the first caret.
    var caretOffset: Int
    /// Number of carets, at least one.
    var caretWidth: Int

    /// Tabs display as this many spaces, as rustc does.
    static let tabWidth = 4
}

extension SourceSnippet {
    /// Prepares `line` (without its line break) for a span from `startColumn` up to, not
    /// including, `endColumn` on the same line; a nil `endColumn` marks one character.
    init(line: Substring.UnicodeScalarView, startColumn: Int, endColumn: Int?) {
        var text = String.UnicodeScalarView()
        var offset = 0
        var width = 0
        let start = max(startColumn, 1)
        let end = max(endColumn ?? start + 1, start + 1)
        for (index, scalar) in line.enumerated() {
            let column = index + 1
            let cells: Int
            if scalar == "\t" {
                text.append(contentsOf: String(repeating: " ", count: SourceSnippet.tabWidth).unicodeScalars)
                cells = SourceSnippet.tabWidth
            } else if let picture = SourceSnippet.controlPicture(for: scalar) {
                text.append(picture)
                cells = 1
            } else {
                text.append(scalar)
                cells = SourceSnippet.cellWidth(of: scalar)
            }
            if column < start {
                offset += cells
            } else if column < end {
                width += cells
            }
        }
        self.text = String(text)
        self.caretOffset = offset
        self.caretWidth = max(width, 1)
    }

    /// The Control Pictures symbol (U+2400...) that shows a C0 control character or DEL
    /// without the terminal obeying it; nil for any other scalar.
    static func controlPicture(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        default: nil
        }
    }

    /// Terminal cells a scalar occupies: zero for combining marks and format characters,
    /// two for emoji and East Asian wide characters, one otherwise. An approximation of
    /// Unicode's East Asian Width property (UAX #11) covering the common wide blocks.
    static func cellWidth(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

/// Splits each file into lines once, however many diagnostics quote it.
struct SourceLineCache {
    let sourceText: @Sendable (String) -> String?
    private var lines: [String: [Substring.UnicodeScalarView]?] = [:]

    init(sourceText: @escaping @Sendable (String) -> String?) {
        self.sourceText = sourceText
    }

    /// Line `number` (1-based) of `file` without its line break, or nil when the file or
    /// the line is not available.
    mutating func line(_ number: Int, of file: String) -> Substring.UnicodeScalarView? {
        if lines[file] == nil {
            // Split on scalars, not Characters: "\r\n" is a single Character.
            lines[file] = .some(sourceText(file).map { text in
                text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.last == "\r" ? line.dropLast() : line
                }
            })
        }
        guard let fileLines = lines[file] ?? nil, fileLines.indices.contains(number - 1) else { return nil }
        return fileLines[number - 1]
    }
}

/// ANSI styling that is a no-op when colour is off.
struct TerminalStyle {
    var enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func gutter(_ text: String) -> String { wrap(text, "1;34") }

    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap(text, "1;31")
        case .warning: wrap(text, "1;33")
        case .note: wrap(text, "1;32")
        }
    }
}
