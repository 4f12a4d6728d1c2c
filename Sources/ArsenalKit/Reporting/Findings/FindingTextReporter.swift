/// Human-readable text for `arsenal check`, in the layout of rustc's diagnostics (see
/// TextReporter.swift), with the verdict as the heading and the recorded values and their
/// sources as notes. Colours are ANSI SGR escape sequences (ECMA-48), used only on request.

/// Renders findings for a terminal, conflicts first, then disputed claims, then (when
/// shown) unverifiable and consistent ones, each in article order:
///
/// ```
/// conflict[C101]: 5.2 km is the 9K38 Igla's maximum range, not the 9K338 Igla-S's (recorded: 6 km; understates by 13%)
///   --> story.md:22:44
///    |
/// 22 | Many reports still give the Igla-S a range of 5.2 km, a figure that actually belongs to ...
///    |                                               ^^^^^^
///    = recorded: 6000 m — 红缨-6便携式防空导弹 (Chinese Wikipedia), retrieved 2026-11-25
///      https://zh.wikipedia.org/wiki/红缨-6便携式防空导弹 [Data/systems/igla-s.yaml:12:18]
/// ```
///
/// The report ends with one summary line: `13 claims in 2 files: 2 conflicts, 1 disputed,
/// 9 consistent, 1 unverifiable (10 not shown; use --all)`.
public enum FindingTextReporter {
    /// Options for the text layout.
    public struct Options: Sendable {
        /// Show consistent and unverifiable findings too.
        public var showAll: Bool
        /// Print how each finding was reached.
        public var explain: Bool
        /// Colour with ANSI escapes.
        public var color: Bool

        /// Creates options.
        public init(showAll: Bool = false, explain: Bool = false, color: Bool = false) {
            self.showAll = showAll
            self.explain = explain
            self.color = color
        }
    }

    /// The blocks of `findings` (no summary), for streaming one article at a time.
    public static func blocks(
        _ findings: [Finding], options: Options, sourceText: @escaping @Sendable (String) -> String?
    ) -> String {
        var document = DocumentBlocks(options: options, sourceText: sourceText)
        return document.blocks(findings)
    }

    /// Blocks for one document's findings handed over in parts (a huge article's batches):
    /// the document's source lines are read and split once, not once per part.
    public struct DocumentBlocks {
        private let options: Options
        private var lines: LineCache
        private let style: FindingStyle

        /// Starts the blocks of one document; `sourceText` gives a file's text by path.
        public init(options: Options, sourceText: @escaping @Sendable (String) -> String?) {
            self.options = options
            lines = LineCache(sourceText: sourceText)
            style = FindingStyle(enabled: options.color)
        }

        /// The blocks of a part of the document's findings, as `blocks(_:options:sourceText:)`
        /// orders them: conflicts first, then by position.
        public mutating func blocks(_ findings: [Finding]) -> String {
            let shown = findings.filter { options.showAll || $0.verdict == .conflict || $0.verdict == .disputed }
                .sorted { ($0.verdict.reportRank, $0) < ($1.verdict.reportRank, $1) }
            var out = ""
            for finding in shown { out += FindingTextReporter.render(finding, lines: &lines, style: style, explain: options.explain) + "\n" }
            return out
        }
    }

    /// The whole report: every block, then the summary line.
    public static func report(
        _ findings: [Finding], files: Int, options: Options, sourceText: @escaping @Sendable (String) -> String?
    ) -> String {
        blocks(findings, options: options, sourceText: sourceText)
            + summary(FindingTally(findings), files: files, showAll: options.showAll, color: options.color)
    }

    /// Counts kept while streaming, for the summary line.
    public struct FindingTally: Sendable, Hashable {
        /// Findings per verdict.
        public var counts: [Verdict: Int] = [:]
        /// Findings shown without `--all` (conflicts and disputed).
        public var prominent: Int { (counts[.conflict] ?? 0) + (counts[.disputed] ?? 0) }
        /// Every finding.
        public var total: Int { counts.values.reduce(0, +) }

        /// An empty tally.
        public init() {}

        /// The tally of `findings`.
        public init(_ findings: [Finding]) { add(findings) }

        /// Adds findings.
        public mutating func add(_ findings: [Finding]) {
            for finding in findings { counts[finding.verdict, default: 0] += 1 }
        }
    }

    /// "13 claims in 2 files: 2 conflicts, 1 disputed, 9 consistent, 1 unverifiable", with a
    /// hint when findings were left out.
    public static func summary(_ tally: FindingTally, files: Int, showAll: Bool, color: Bool) -> String {
        let style = FindingStyle(enabled: color)
        let where_ = "in \(files) file\(files == 1 ? "" : "s")"
        guard tally.total > 0 else { return style.bold("no claims found " + where_) + "\n" }
        let parts = [Verdict.conflict, .disputed, .consistent, .unverifiable, .unclear].compactMap { verdict -> String? in
            guard let count = tally.counts[verdict], count > 0 else { return nil }
            return verdict == .conflict ? "\(count) conflict\(count == 1 ? "" : "s")" : "\(count) \(verdict.rawValue)"
        }
        var line = "\(tally.total) claim\(tally.total == 1 ? "" : "s") \(where_): " + parts.joined(separator: ", ")
        let hidden = tally.total - tally.prominent
        if !showAll, hidden > 0 { line += " (\(hidden) not shown; use --all)" }
        return style.bold(line) + "\n"
    }

    private static func label(_ verdict: Verdict, _ style: FindingStyle, _ text: String) -> String {
        switch verdict {
        case .conflict: style.severity(.error, text)
        case .disputed: style.severity(.warning, text)
        case .consistent: style.severity(.note, text)
        case .unverifiable, .unclear: style.gutter(text)
        }
    }

    /// `text` with each line feed replaced by `replacement`, byte by byte (Foundation's
    /// `replacingOccurrences` cost about 150,000 instructions a call: two thirds of the text
    /// report of a cold one-article check).
    static func replacingLineBreaks(in text: String, with replacement: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4 * replacement.utf8.count)
        for byte in text.utf8 {
            if byte == 0x0A { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func render(_ finding: Finding, lines: inout LineCache, style: FindingStyle, explain: Bool) -> String {
        let number = String(finding.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let heading = "\(finding.verdict.rawValue)[\(finding.rule.code)]"
        var out = [label(finding.verdict, style, heading) + style.bold(": " + oneLine(finding.judgement.message))]
        out.append(gutter + style.gutter("-->") + " \(finding.start)")
        if let source = lines.line(finding.start.line, of: finding.start.file) {
            let endColumn = finding.end.line == finding.start.line ? finding.end.column : source.count + 1
            let (display, start, end) = window(source, start: finding.start.column, end: endColumn)
            let snippet = CaretLine(display, startColumn: start, endColumn: end)
            out.append(gutter + style.gutter(" |"))
            out.append(style.gutter(number + " |") + (snippet.text.isEmpty ? "" : " " + snippet.text))
            out.append(gutter + style.gutter(" |") + " " + String(repeating: " ", count: snippet.caretOffset)
                + label(finding.verdict, style, String(repeating: "^", count: snippet.caretWidth)))
        }
        func note(_ text: String) {
            out.append(gutter + style.gutter(" =") + " " + replacingLineBreaks(in: text, with: "\n" + gutter + "     "))
        }
        note(style.bold("claim:") + " " + oneLine(claimLine(finding)))
        for item in finding.judgement.evidence {
            var line = style.bold("recorded:") + " \(item.system) \(item.attribute) \(item.value)"
            if let also = item.also { line += " / \(also)" }
            var qualifiers: [String] = []
            if let qualifier = item.qualifier { qualifiers.append(qualifier.rawValue + ", not judged") }
            if item.status != .accepted { qualifiers.append(item.status.rawValue) }
            if item.approximate { qualifiers.append("approximate") }
            if let bound = item.bound { qualifiers.append(String(bound.rawValue.map { $0 == "_" ? " " : $0 })) }
            if let variant = item.variant { qualifiers.append(variant) }
            if let base = item.inheritedFrom { qualifiers.append("from \(base)") }
            if let agrees = item.agrees { qualifiers.append(agrees ? "agrees" : "differs") }
            if !qualifiers.isEmpty { line += " (" + qualifiers.joined(separator: ", ") + ")" }
            if let source = item.source {
                line += " — \(source.title.isEmpty ? source.id : source.title)"
                if !source.publisher.isEmpty { line += " (\(source.publisher))" }
                if !source.retrieved.isEmpty { line += ", retrieved \(source.retrieved)" }
                if !source.url.isEmpty { line += "\n\(source.url)" }
            }
            line += " [\(item.location)]"
            note(line)
        }
        for text in finding.judgement.notes { note(style.bold("note:") + " " + text) }
        if explain {
            for text in FindingReport.Entry.explanation(finding) { note(style.bold("explain:") + " " + text) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The text on one line: a quote that spans lines in the article (LF, CRLF or CR) has
    /// each line break, with the spaces around it, shown as one space; other control
    /// characters as their Unicode control pictures.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = String.UnicodeScalarView()
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                while out.last == " " || out.last == "\t" { out.removeLast() }
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if scalar == " " || scalar == "\t" { continue }
                out.append(" ")
                pendingBreak = false
            }
            if let picture = SourceSnippet.controlPicture(for: scalar) { out.append(picture) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// "maximum range of igla-s: up to 6,000 meters, judged as 5,500–6,500 m".
    static func claimLine(_ finding: Finding) -> String {
        let claim = finding.claim
        let subject = "\(claim.attribute.rawValue) of \(claim.unknownSystem.map { "\($0.mention) (not in the database)" } ?? claim.systemID)"
        switch claim.value {
        case .number(let number):
            var text = "\(subject): \"\(number.text)\" (\(number.bound.rawValue))"
            if let figure = finding.judgement.figure {
                let low = figure.low.map { FigureText.format($0, unit: figure.unit) } ?? "no lower bound"
                let high = figure.high.map { FigureText.format($0, unit: figure.unit) } ?? "no upper bound"
                text += ", judged as \(low) to \(high)"
            }
            return text
        case .boolean(let value): return "\(subject): \(value)"
        case .tokens(let tokens): return "\(subject): \(tokens.joined(separator: ", "))"
        case .country(let code): return "\(subject): \(code)"
        case .classes(let classes): return "\(subject): \(classes.map(\.label).joined(separator: ", "))"
        case .comparison(let relation, let other, let attribute):
            return "\(claim.systemID) \(relation.rawValue) \(other)\(attribute.map { " on \($0.rawValue)" } ?? "")"
        }
    }

    /// A long line cut to about 100 columns around the span, with "…" where it is cut.
    static func window(_ line: [Unicode.Scalar], start: Int, end: Int) -> ([Unicode.Scalar], Int, Int) {
        let limit = 110
        guard line.count > limit else { return (line, start, end) }
        let spanStart = max(start - 1, 0)
        let spanEnd = min(max(end - 1, spanStart + 1), line.count)
        var from = max(0, spanStart - 40)
        var to = min(line.count, max(spanEnd + 30, from + limit - 10))
        if to - from > limit { to = min(line.count, spanEnd + 10); from = max(0, min(from, to - limit)) }
        var display: [Unicode.Scalar] = []
        var shift = from
        if from > 0 {
            display.append("…")
            shift -= 1
        }
        display += line[from..<to]
        if to < line.count { display.append("…") }
        return (display, start - shift, min(end - shift, display.count + 1))
    }
}

/// Source lines as scalar arrays, each file split once.
struct LineCache {
    let sourceText: @Sendable (String) -> String?
    private var files: [String: [[Unicode.Scalar]]?] = [:]

    init(sourceText: @escaping @Sendable (String) -> String?) {
        self.sourceText = sourceText
    }

    mutating func line(_ number: Int, of file: String) -> [Unicode.Scalar]? {
        if files[file] == nil {
            files[file] = .some(sourceText(file).map { text in
                text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    Array(line.last == "\r" ? line.dropLast() : line)
                }
            })
        }
        guard let lines = files[file] ?? nil, lines.indices.contains(number - 1) else { return nil }
        return lines[number - 1]
    }
}

/// A source line prepared for a terminal with where the carets go: tabs expanded, control
/// characters shown as Control Pictures, wide characters counted as two cells.
struct CaretLine {
    var text: String
    var caretOffset: Int
    var caretWidth: Int

    init(_ line: [Unicode.Scalar], startColumn: Int, endColumn: Int) {
        var text = String.UnicodeScalarView()
        var offset = 0
        var width = 0
        let end = max(endColumn, startColumn + 1)
        for (index, scalar) in line.enumerated() {
            let column = index + 1
            let cells: Int
            switch scalar {
            case "\t":
                text.append(contentsOf: "    ".unicodeScalars)
                cells = 4
            case "\u{0}"..."\u{1F}":
                text.append(Unicode.Scalar(0x2400 + scalar.value)!)
                cells = 1
            default:
                text.append(scalar)
                cells = Self.cells(scalar)
            }
            if column < startColumn { offset += cells } else if column < end { width += cells }
        }
        self.text = String(text)
        caretOffset = offset
        caretWidth = max(width, 1)
    }

    /// Terminal cells of a scalar: 0 for combining marks, 2 for emoji and East Asian wide
    /// characters (the common blocks of UAX #11), 1 otherwise.
    static func cells(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

/// ANSI styling that is a no-op when colour is off.
struct FindingStyle {
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
