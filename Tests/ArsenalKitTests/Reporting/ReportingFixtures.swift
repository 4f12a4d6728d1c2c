import ArsenalKit
import Foundation

/// The one list of edge-case diagnostics every reporter's golden file is rendered from,
/// with the source texts and rules they refer to.
enum ReportingFixtures {
    static let dataFile = "Data/systems/igla-s.yaml"
    static let article = "articles/review.md"
    /// A file whose name needs escaping (space, comma, colon) and whose text is unavailable.
    static let draft = "articles/draft 2, v1:final.md"
    /// A checked file with no diagnostics.
    static let cleanFile = "Data/systems/stinger.yaml"

    static let sources: [String: String] = [
        dataFile: """
            schema_version: 1
            id: igla-s
            name: 9K338 Igla-S
            aliases: [Igla-S, 9K338, SA-24, Игла-С]
            kind: manpads
            specs:
              max_range:
                - {value: 6000 m, source: example-source-id}
              max_rnage:
                - {value: 12 kg, source: example-source-id}

            """,
        // Line 3 starts with a tab and mixes Cyrillic, an emoji and CJK before the span.
        article: """
            # Игла-С в бою

            \tДальность «Игла-С» 🚀 — 射程 6 km, по данным СМИ.

            The Igla-S reaches 6 km, according to the maker.

            """,
    ]

    static let diagnostics: [Diagnostic] = [
        // A note with notes that point elsewhere, and one that points nowhere.
        Diagnostic(
            code: DiagnosticCode("C100", name: "consistent-claim"),
            severity: .note,
            message: "the claimed range of 6 km agrees with every source",
            location: SourceLocation(file: article, line: 5, column: 20),
            end: SourceLocation(file: article, line: 5, column: 24),
            notes: [
                DiagnosticNote(
                    "recorded as 6000 m by example-source-id",
                    at: SourceLocation(file: dataFile, line: 8, column: 15)),
                DiagnosticNote(
                    "also claimed here",
                    at: SourceLocation(file: article, line: 3, column: 28)),
                DiagnosticNote("tolerance: ±5 %"),
            ]),
        // An error with a one-line span.
        Diagnostic(
            code: DiagnosticCode("A301", name: "unknown-key"),
            severity: .error,
            message: "unknown key \"max_rnage\"",
            location: SourceLocation(file: dataFile, line: 9, column: 3),
            end: SourceLocation(file: dataFile, line: 9, column: 12),
            notes: [DiagnosticNote("did you mean \"max_range\"?")]),
        // A warning on a line with a tab, Cyrillic, an emoji and CJK before the span.
        Diagnostic(
            code: DiagnosticCode("C210", name: "disputed-claim"),
            severity: .warning,
            message: "sources disagree on the range of the 9K338 Игла-С: 5.2 km to 6 km",
            location: SourceLocation(file: article, line: 3, column: 28),
            end: SourceLocation(file: article, line: 3, column: 32)),
        // A message with every character some format must escape, on a span over two lines.
        Diagnostic(
            code: DiagnosticCode("A205", name: "unit-mismatch"),
            severity: .error,
            message: "value \"12 kg\" is 100% wrong: expected <length>, got <mass> & 'kg'\nwrite a length, e.g. 12 km",
            location: SourceLocation(file: dataFile, line: 10, column: 15),
            end: SourceLocation(file: dataFile, line: 11, column: 1)),
        // No location at all.
        Diagnostic(
            code: DiagnosticCode("A002", name: "empty-catalog"),
            severity: .error,
            message: "no system files found under Data/systems",
            location: nil,
            notes: [DiagnosticNote("run from the repository root, or pass --data")]),
        // A rule missing from the context's rule list, in a file whose text is unavailable.
        Diagnostic(
            code: DiagnosticCode("C400", name: "broken-link"),
            severity: .warning,
            message: "link target not found: https://example.com/a%20b",
            location: SourceLocation(file: draft, line: 1, column: 1)),
    ]

    static let rules: [RuleDescription] = [
        RuleDescription(
            code: "A002", name: "empty-catalog",
            summary: "The data directory holds no system files.",
            rationale: "An empty catalog makes every claim unverifiable.",
            defaultSeverity: .error,
            triggeringExamples: [],
            nonTriggeringExamples: []),
        RuleDescription(
            code: "A205", name: "unit-mismatch",
            summary: "A value's unit does not fit the attribute.",
            rationale: "A range in kilograms is a typo that would corrupt every comparison.",
            defaultSeverity: .error,
            triggeringExamples: ["specs:\n  max_range:\n    - {value: ↓12 kg, source: s}\n"],
            nonTriggeringExamples: ["specs:\n  max_range:\n    - {value: 12 km, source: s}\n"]),
        RuleDescription(
            code: "A301", name: "unknown-key",
            summary: "A key is not part of the data format.",
            rationale: "A misspelt key silently drops a value.",
            defaultSeverity: .error,
            triggeringExamples: ["specs:\n  ↓max_rnage: []\n"],
            nonTriggeringExamples: ["specs:\n  max_range: []\n"]),
        RuleDescription(
            code: "C100", name: "consistent-claim",
            summary: "A claim agrees with every source.",
            rationale: "Confirmed figures are worth showing to an editor too.",
            defaultSeverity: .note,
            triggeringExamples: ["The Igla-S reaches ↓6 km."],
            nonTriggeringExamples: []),
        RuleDescription(
            code: "C210", name: "disputed-claim",
            summary: "A claim agrees with some sources and not with others.",
            rationale: "Public sources disagree; the article should say which it follows.",
            defaultSeverity: .warning,
            triggeringExamples: ["The Stinger's range is ↓8 km."],
            nonTriggeringExamples: []),
    ]

    static func context(color: Bool = false) -> ReportContext {
        let sources = sources
        return ReportContext(
            toolName: "arsenal",
            toolVersion: "1.2.3",
            informationURI: "https://example.com/arsenal",
            command: "validate",
            rules: rules,
            color: color,
            checkedFiles: [dataFile, article, draft, cleanFile],
            workingDirectory: "/home/ci/arsenal",
            sourceText: { sources[$0] })
    }

    /// `Tests/ArsenalKitTests/Fixtures/Reporting`, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Reporting")

    /// The golden file of a format: `golden.<format>`.
    static func goldenURL(_ format: DiagnosticFormat) -> URL {
        directory.appendingPathComponent("golden.\(format.rawValue)")
    }
}
