/// Comma-separated values as RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) describes
/// them: a header line, fields containing a comma, a double quote or a line break quoted,
/// quotes doubled. Lines end in CRLF, as the RFC says (every spreadsheet and CSV reader
/// accepts it; a line break inside a quoted field is kept as written). Quantities are SI numbers (m, kg, m/s) wherever a column holds
/// one value; cells that summarise several figures keep the display text in the column's unit.
///
/// - `show`: one line per sourced value (`attribute,value,unit,printed,status,...`).
/// - `compare`: one line per attribute, per system a figure column and a sources column.
/// - `list`: one line per record.
/// - `find`: one line per candidate.
public enum CSVRenderer {
    /// Renders `document` as CSV.
    public static func render(_ document: QueryDocument) -> String {
        let lines: [[String]] = switch document {
        case .datasheet(let datasheet): lines(datasheet)
        case .comparison(let comparison): lines(comparison)
        case .listing(let listing): lines(listing)
        case .find(let result): lines(result)
        case .coverage(let report): lines(report)
        }
        return lines.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func lines(_ sheet: Datasheet) -> [[String]] {
        var lines = [[
            "system", "attribute", "value", "unit", "display", "printed", "status", "approx", "bound", "variant",
            "inherited_from", "source", "source_title", "source_publisher", "source_url", "retrieved",
            "file", "line", "column", "note", "qualifier", "scope", "also",
        ]]
        for section in sheet.sections {
            for entry in section.entries {
                let value = entry.value
                let (number, unit) = plain(value.value)
                lines.append([
                    sheet.system.id, section.attribute.rawValue, number, unit, entry.display, entry.printed,
                    value.status.rawValue, value.approximate ? "true" : "false", value.bound?.rawValue ?? "",
                    value.variant ?? "", value.inheritedFrom ?? "", value.sourceID, entry.source?.title ?? "",
                    entry.source?.publisher ?? "", entry.source?.url ?? "", entry.source?.retrieved ?? "",
                    value.location.file, String(value.location.line), String(value.location.column), value.note ?? "",
                    value.qualifier?.rawValue ?? "", value.scope.rawValue, value.also?.displayText ?? "",
                ])
            }
        }
        return lines
    }

    private static func lines(_ comparison: SystemComparison) -> [[String]] {
        let ids = comparison.systems.map(\.id)
        var lines = [["attribute", "unit"] + ids.flatMap { [$0, "\($0) sources"] } + ["leader", "leader_contested"]]
        for row in comparison.rows {
            var line = [row.attribute.rawValue, row.unit?.rawValue ?? ""]
            for cell in row.cells {
                let text = row.unit.map { cell.text.replacingOccurrences(of: " \($0.rawValue)", with: "") } ?? cell.text
                line += [text, cell.summary.values.filter { $0.status != .deprecated }.map(\.sourceID).uniqued().joined(separator: " ")]
            }
            line += [row.leader.map { ids[$0] } ?? "", row.leader == nil ? "" : row.leaderContested ? "true" : "false"]
            lines.append(line)
        }
        return lines
    }

    private static func lines(_ listing: CatalogListing) -> [[String]] {
        var lines = [["id", "name", "kind", "origin", "extends"] + listing.columns.map { column in
            column.attribute.rawValue + (column.unit.map { " (\($0.rawValue))" } ?? "")
        }]
        for row in listing.rows {
            lines.append([row.system.id, row.system.name, row.system.kind.rawValue, row.system.origin, row.system.extends ?? ""] + row.cells)
        }
        return lines
    }

    private static func lines(_ result: SystemFinder.Result) -> [[String]] {
        var lines = [["query", "status", "rank", "id", "name", "matched", "match", "distance"]]
        for (index, match) in result.matches.enumerated() {
            lines.append([
                result.query, result.status.rawValue, String(index + 1), match.system.id, match.system.name,
                match.designation, match.kind.rawValue, String(match.distance),
            ])
        }
        return lines
    }

    /// A value as one CSV field and its SI unit: `6000`,`m`; `passive-ir;uv`; `true`.
    static func plain(_ value: SpecValue) -> (String, String) {
        switch value {
        case .quantity(let quantity):
            return (formatNumber(FigureFormatter.clean(quantity.siValue), maxFractionDigits: 6), quantity.dimension.siSymbol)
        case .set(let tokens): return (tokens.joined(separator: ";"), "")
        default: return (value.displayText, "")
        }
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
