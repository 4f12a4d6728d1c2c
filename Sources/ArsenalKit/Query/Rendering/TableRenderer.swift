/// Aligned plain-text columns for a terminal. Column widths count East Asian wide
/// characters (UAX #11) as two cells; colours are ANSI SGR sequences (ECMA-48, 8.3.117),
/// used only when asked for (stdout is a terminal and `NO_COLOR` is unset).
///
/// ```
/// attribute   9K338 Igla-S   FIM-92 Stinger   leads
/// ─────────   ────────────   ──────────────   ─────────────────────────────────
/// max range   6 km [1–4]     4.8–8 km [5–7]   FIM-92 Stinger (ranges overlap)
/// ```
public enum TableRenderer {
    /// Renders `document` as aligned text.
    public static func render(_ document: QueryDocument, options: QueryRenderOptions) -> String {
        switch document {
        case .datasheet(let datasheet): render(datasheet, color: options.color)
        case .comparison(let comparison): render(comparison, color: options.color)
        case .listing(let listing): render(listing, color: options.color)
        case .find(let result): render(result, color: options.color)
        case .coverage(let report): render(report, color: options.color)
        }
    }

    private static func render(_ sheet: Datasheet, color: Bool) -> String {
        var output = TextGrid.paint("\(sheet.system.name)", .heading, color: color) + "\n\n"
        let labelWidth = sheet.identityLines.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (label, text) in sheet.identityLines {
            output += label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label) + 2) + text + "\n"
        }
        output += "\n"
        guard !sheet.sections.isEmpty else { return output + "no figures recorded\n" }
        var grid = TextGrid(header: ["attribute", "value", "status", "source", "read", "recorded at", "note"])
        for section in sheet.sections {
            for (index, entry) in section.entries.enumerated() {
                let tone: TextGrid.Tone = switch entry.value.status {
                case .accepted: entry.value.inheritedFrom == nil ? .plain : .faint
                case .disputed: .warning
                case .deprecated: .bad
                }
                grid.append([
                    .init(index == 0 ? section.attribute.label : ""),
                    .init(entry.valueText, tone),
                    .init(entry.statusText, tone),
                    .init(entry.sourceText),
                    .init(entry.source?.retrieved ?? ""),
                    .init(entry.recordedAt, .faint),
                    .init(entry.value.note ?? ""),
                ])
            }
        }
        return output + grid.render(color: color)
    }

    private static func render(_ comparison: SystemComparison, color: Bool) -> String {
        var grid = TextGrid(header: ["attribute"] + comparison.systems.map(\.name) + ["leads"])
        for row in comparison.rows {
            var cells = [TextGrid.Cell(row.attribute.label)]
            for index in comparison.systems.indices {
                let summary = row.cells[index].summary
                let tone: TextGrid.Tone = index == row.leader ? .good
                    : summary.coreIsDisputed || !summary.disputed.isEmpty ? .warning
                    : summary.inheritedFrom != nil ? .faint : .plain
                cells.append(.init(comparison.cellText(row, index), tone))
            }
            cells.append(.init(comparison.leaderText(row), row.leaderContested ? .warning : .good))
            grid.append(cells)
        }
        var output = grid.render(color: color)
        if comparison.hasInheritedCells { output += "\n" + SystemComparison.inheritedLegend + "\n" }
        output += "units: \(comparison.units.rawValue); ranges show where sources disagree; leads on the median figure\n"
        if !comparison.sources.isEmpty {
            output += "\n" + TextGrid.paint("Sources", .heading, color: color) + "\n"
            for footnote in comparison.sources {
                output += "[\(footnote.number)] " + footnoteText(footnote) + "\n"
            }
        }
        return output
    }

    /// `红缨-6便携式防空导弹 — Chinese Wikipedia, read 2026-11-25, https://...`
    static func footnoteText(_ footnote: SystemComparison.Footnote) -> String {
        guard let source = footnote.source else { return "\(footnote.id) (not in the source registry)" }
        return "\(source.title) — \(source.publisher), read \(source.retrieved), \(source.url)"
    }

    private static func render(_ listing: CatalogListing, color: Bool) -> String {
        guard !listing.rows.isEmpty else { return listing.summaryLine + "\n" }
        var grid = TextGrid(header: ["id", "name", "kind", "origin"] + listing.columns.map(\.heading))
        for row in listing.rows {
            grid.append([row.system.id, row.system.name, row.system.kind.rawValue, row.system.origin] + row.cells)
        }
        return grid.render(color: color) + "\n" + listing.summaryLine + "\n"
    }

    private static func render(_ result: SystemFinder.Result, color: Bool) -> String {
        var output = result.headline + "\n"
        let listed = result.status == .ambiguous ? result.matches : Array(result.matches.dropFirst())
        guard !listed.isEmpty else { return output }
        output += "\n" + (result.status == .ambiguous ? "candidates:" : "other candidates:") + "\n"
        var grid = TextGrid(header: ["id", "name", "matched", "how"])
        for match in listed {
            grid.append([match.system.id, match.system.name, match.designation, match.howText])
        }
        return output + grid.render(color: color)
    }
}
