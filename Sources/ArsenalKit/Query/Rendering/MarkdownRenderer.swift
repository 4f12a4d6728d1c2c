/// GitHub Flavored Markdown (https://github.github.com/gfm/), tables per section 4.10 of
/// the spec: pipes inside cells are escaped as `\|`, line breaks become spaces. Sources
/// are an ordered list whose numbers match the `[n]` marks in the table.
public enum MarkdownRenderer {
    /// Renders `document` as Markdown.
    public static func render(_ document: QueryDocument) -> String {
        switch document {
        case .datasheet(let datasheet): render(datasheet)
        case .comparison(let comparison): render(comparison)
        case .listing(let listing): render(listing)
        case .find(let result): render(result)
        case .coverage(let report): render(report)
        }
    }

    private static func render(_ sheet: Datasheet) -> String {
        var output = "## \(escape(sheet.system.name))\n\n"
        output += table(["field", "value"], sheet.identityLines.map { label, text in
            [escape(label), label == "id" || label == "file" ? code(text) : escape(text)]
        })
        guard !sheet.sections.isEmpty else { return output + "\nNo figures recorded.\n" }
        var rows: [[String]] = []
        for section in sheet.sections {
            for (index, entry) in section.entries.enumerated() {
                let status = entry.statusText
                let source = entry.source.map { "\(link(title: $0.title, to: $0.url)) (\(code($0.id)))" } ?? escape(entry.sourceText)
                rows.append([
                    index == 0 ? escape(section.attribute.label) : "",
                    escape(entry.valueText),
                    status.isEmpty ? "" : "**\(escape(status))**",
                    source,
                    entry.source?.retrieved ?? "",
                    code(entry.recordedAt),
                    escape(entry.value.note ?? ""),
                ])
            }
        }
        return output + "\n" + table(["attribute", "value", "status", "source", "read", "recorded at", "note"], rows)
    }

    private static func render(_ comparison: SystemComparison) -> String {
        let rows = comparison.rows.map { row in
            [escape(row.attribute.label)] + comparison.systems.indices.map { index in
                let text = escape(comparison.cellText(row, index))
                return index == row.leader ? "**\(text)**" : text
            } + [escape(comparison.leaderText(row))]
        }
        var output = table(["attribute"] + comparison.systems.map(\.name) + ["leads"], rows)
        output += "\n"
        if comparison.hasInheritedCells { output += SystemComparison.inheritedLegend + ". " }
        output += "Units: \(comparison.units.rawValue). A range shows where sources disagree; the leader is decided on the median figure and is in bold.\n"
        if !comparison.sources.isEmpty {
            output += "\nSources:\n\n"
            for footnote in comparison.sources {
                if let source = footnote.source {
                    output += "\(footnote.number). \(link(title: source.title, to: source.url)) — \(escape(source.publisher)), read \(source.retrieved)\n"
                } else {
                    output += "\(footnote.number). \(code(footnote.id)) (not in the source registry)\n"
                }
            }
        }
        return output
    }

    private static func render(_ listing: CatalogListing) -> String {
        guard !listing.rows.isEmpty else { return "_\(escape(listing.summaryLine))_\n" }
        let rows = listing.rows.map { row in
            [code(row.system.id), escape(row.system.name), row.system.kind.rawValue, escape(row.system.origin)] + row.cells.map(escape)
        }
        return table(["id", "name", "kind", "origin"] + listing.columns.map(\.heading), rows) + "\n" + escape(listing.summaryLine) + "\n"
    }

    private static func render(_ result: SystemFinder.Result) -> String {
        var output = escape(result.headline) + "\n"
        let listed = result.status == .ambiguous ? result.matches : Array(result.matches.dropFirst())
        guard !listed.isEmpty else { return output }
        output += "\n" + table(["id", "name", "matched", "how"], listed.map { match in
            [code(match.system.id), escape(match.system.name), escape(match.designation), escape(match.howText)]
        })
        return output
    }

    /// A table of cells that are already Markdown (plain text goes through `escape`).
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---|" }.joined())
        for row in rows {
            lines.append("| " + row.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes what Markdown would read as markup in plain text: pipes, emphasis, code,
    /// HTML and backslashes. An underscore inside a word is left alone (GFM never reads it
    /// as emphasis), so `max_range` stays readable.
    static func escape(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "|", "*", "`", "<", "\\": result += "\\\(character)"
            case "_":
                let before = index > 0 ? characters[index - 1] : " ", after = index + 1 < characters.count ? characters[index + 1] : " "
                result += before.isLetter || before.isNumber ? (after.isLetter || after.isNumber ? "_" : "\\_") : "\\_"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// A code span; pipes are escaped even there, as GFM tables require.
    static func code(_ text: String) -> String {
        "`\(text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|"))`"
    }

    /// A link to a source, only for `http:` and `https:` addresses: anything else
    /// (`javascript:`, `data:`, a typo) is shown as text in a code span, never rendered as a
    /// link a reader could click.
    static func link(title: String, to address: String) -> String {
        let lower = address.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            return escape(title) + (address.isEmpty ? "" : " " + code(address))
        }
        return "[\(escape(title))](\(url(address)))"
    }

    /// A link destination: spaces, parentheses and pipes percent-encoded so the link holds.
    private static func url(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: "|", with: "%7C")
    }
}
