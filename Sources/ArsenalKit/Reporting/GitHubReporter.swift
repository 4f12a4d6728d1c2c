/// GitHub Actions workflow commands ("Setting an error/warning/notice message"):
/// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
/// Escaping follows the reference implementation, `escapeData` and `escapeProperty` in
/// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts

/// Renders each diagnostic as one workflow command, which GitHub shows as an annotation:
///
/// ```
/// ::error file=Data/systems/igla-s.yaml,line=9,col=3,endLine=9,endColumn=12,title=A301 unknown-key::message
/// ```
///
/// Severity `note` becomes `::notice`. Notes follow the message, one per line. Columns
/// are sent only for a span on one line, as GitHub requires; `endColumn` is exclusive,
/// like `Diagnostic.end`. No diagnostics, no output.
public enum GitHubReporter: DiagnosticReporter {
    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        diagnostics.sorted().map { command(for: $0) + "\n" }.joined()
    }

    private static func command(for diagnostic: Diagnostic) -> String {
        var properties: [(String, String)] = []
        if let record = diagnostic.record {
            // A JSONL corpus record: annotate the corpus file at the record's line.
            properties.append(("file", record.file))
            properties.append(("line", String(record.line)))
        } else if let start = diagnostic.location {
            properties.append(("file", start.file))
            properties.append(("line", String(start.line)))
            if let end = diagnostic.end, end.line != start.line {
                properties.append(("endLine", String(end.line)))
            } else {
                properties.append(("col", String(start.column)))
                if let end = diagnostic.end {
                    properties.append(("endLine", String(end.line)))
                    properties.append(("endColumn", String(end.column)))
                }
            }
        }
        properties.append(("title", "\(diagnostic.code.code) \(diagnostic.code.name)"))

        var message = diagnostic.message
        if let record = diagnostic.record, let start = diagnostic.location {
            message += "\nin record \(record.id), line \(start.line), column \(start.column) of its text"
        }
        for note in diagnostic.notes {
            message += "\nnote: " + note.message
            if let location = note.location { message += " (\(location))" }
        }
        let name = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(escapeData(message))"
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Escapes a property value: as a message, and also `:` and `,`, which delimit
    /// properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
