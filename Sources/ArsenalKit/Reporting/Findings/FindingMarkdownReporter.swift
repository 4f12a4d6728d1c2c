/// A Markdown report for `arsenal check --format markdown`, to paste into a pull-request
/// comment or an editor's note. Written as CommonMark with GitHub Flavored Markdown
/// tables: https://github.github.com/gfm/#tables-extension-
import Foundation

/// Renders findings as a Markdown report: a heading, a summary line, and one table row per
/// shown finding (verdict, place, quote, system and attribute, what was found, sources as
/// links). Without `showAll` only conflicts and disputed claims get rows, as in text output.
///
/// Text from articles and data files is escaped (the characters that could open emphasis,
/// code, links, HTML or entities, or end a table cell, get a backslash; line breaks become
/// spaces), so a quote cannot break the table or inject markup.
public enum FindingMarkdownReporter {
    /// The report, newline-terminated.
    public static func report(_ findings: [Finding], files: Int, showAll: Bool = false) -> String {
        let summary = FindingReport.Summary(findings, files: files, failedInputs: 0)
        var out = "## Arsenal fact-check\n\n"
        let claims = summary.findings == 1 ? "1 claim" : "\(summary.findings) claims"
        let filesText = files == 1 ? "1 file" : "\(files) files"
        out += "\(claims) in \(filesText): **\(summary.conflict) conflict\(summary.conflict == 1 ? "" : "s")**, "
        out += "\(summary.disputed) disputed, \(summary.consistent) consistent, \(summary.unverifiable) unverifiable.\n"
        let shown = findings.filter { showAll || $0.verdict == .conflict || $0.verdict == .disputed }
        guard !shown.isEmpty else {
            out += "\n"
            out += findings.isEmpty ? "No claims about weapon systems were found.\n" : "No conflicting or disputed claims.\n"
            return out
        }
        out += "\n| Verdict | Where | Claim | System | Finding | Sources |\n"
        out += "|---|---|---|---|---|---|\n"
        for finding in shown {
            let place = "\(finding.start.file):\(finding.start.line):\(finding.start.column)"
            let subject = finding.claim.systemID.isEmpty
                ? finding.claim.attribute.rawValue
                : "\(finding.claim.systemID) · \(finding.claim.attribute.rawValue)"
            let cells = [
                "\(symbol(finding.verdict)) \(finding.verdict.rawValue)",
                // Inside a table even a code span needs its pipes escaped (GFM 4.10).
                "`\(place.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|"))`",
                "“\(escape(finding.quote))”",
                escape(subject),
                "\(escape(finding.judgement.message)) (\(finding.rule.code))",
                sources(finding),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let hidden = findings.count - shown.count
        if hidden > 0 {
            out += "\n\(hidden) consistent or unverifiable claim\(hidden == 1 ? "" : "s") not shown (`--all` shows them).\n"
        }
        return out
    }

    /// A marker that survives without colour: ✗ conflict, ⚠ disputed, ✓ consistent, ? unverifiable.
    static func symbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .conflict: "✗"
        case .disputed: "⚠"
        case .consistent: "✓"
        case .unverifiable, .unclear: "?"
        }
    }

    /// The recorded values with their sources as links, one per line of the cell.
    static func sources(_ finding: Finding) -> String {
        let lines = finding.judgement.evidence.map { item -> String in
            let agreement = item.agrees.map { $0 ? " ✓" : " ✗" } ?? ""
            let value = "\(escape(item.system)) \(escape(item.value))\(agreement)"
            guard let source = item.source else { return value }
            return "\(value): [\(escape(source.title))](\(linkTarget(source.url)))"
        }
        return lines.isEmpty ? "—" : lines.joined(separator: "<br>")
    }

    /// `text` with Markdown syntax characters backslash-escaped and line breaks as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link target in angle brackets (spaces and parentheses allowed), with `<`, `>` and
    /// line breaks percent-encoded.
    static func linkTarget(_ url: String) -> String {
        var out = "<"
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\n": out += "%0A"
            case "\r": out += "%0D"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }
}
