/// Arsenal's JSON diagnostics format, a contract described in shared/ARCHITECTURE.md
/// ("Findings (contract)"), written as RFC 8259 JSON: https://www.rfc-editor.org/rfc/rfc8259
import Foundation

/// Renders diagnostics as one JSON object:
///
/// ```
/// {"tool": {"name", "version"},
///  "diagnostics": [{"code", "rule", "severity", "message", "file", "line", "column",
///                   "end_line", "end_column", "notes": [{"message", "file", "line", "column"}]}],
///  "summary": {"errors", "warnings", "notes", "files"}}
/// ```
///
/// Location fields are omitted when unknown; lines and columns are 1-based and columns
/// count Unicode scalars; `end_line`/`end_column` point just past the span. `files`
/// counts distinct files with at least one located diagnostic. Keys are sorted.
public enum JSONReporter: DiagnosticReporter {
    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let sorted = diagnostics.sorted()
        let document = Document(
            tool: Tool(name: context.toolName, version: context.toolVersion),
            diagnostics: sorted.map(Entry.init),
            summary: Summary(DiagnosticTally(sorted)))
        return encodeReport(document)
    }

    private struct Document: Encodable {
        var tool: Tool
        var diagnostics: [Entry]
        var summary: Summary
    }

    private struct Tool: Encodable {
        var name: String
        var version: String
    }

    private struct Entry: Encodable {
        var code: String
        var rule: String
        var severity: Severity
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var notes: [Note]

        enum CodingKeys: String, CodingKey {
            case code, rule, severity, message, file, line, column, notes
            case endLine = "end_line"
            case endColumn = "end_column"
        }

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code.code
            rule = diagnostic.code.name
            severity = diagnostic.severity
            message = diagnostic.message
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            endLine = diagnostic.end?.line
            endColumn = diagnostic.end?.column
            notes = diagnostic.notes.map(Note.init)
        }
    }

    private struct Note: Encodable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?

        init(_ note: DiagnosticNote) {
            message = note.message
            file = note.location?.file
            line = note.location?.line
            column = note.location?.column
        }
    }

    private struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var files: Int

        init(_ tally: DiagnosticTally) {
            errors = tally.errors
            warnings = tally.warnings
            notes = tally.notes
            files = tally.files
        }
    }
}

/// Encodes a report document deterministically: sorted keys, pretty-printed, slashes
/// left alone (they fill paths and URIs), ending in a newline.
func encodeReport(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    do {
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch {
        // Only non-finite floating-point values fail to encode, and reports hold none.
        preconditionFailure("a report document failed to encode: \(error)")
    }
}
