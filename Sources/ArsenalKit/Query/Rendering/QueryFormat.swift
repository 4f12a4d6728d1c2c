/// The output formats of `show`, `compare`, `list` and `find`, and the documents they render.
///
/// Each format has one renderer type in its own file: `TableRenderer` (aligned columns for
/// a terminal), `MarkdownRenderer` (GitHub Flavored Markdown tables), `CSVRenderer`
/// (RFC 4180), `JSONRenderer` (RFC 8259, Arsenal's documented field names) and
/// `SVGRenderer` (SVG 1.1, comparisons only).
public enum QueryFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal; coloured on request.
    case table
    /// GitHub Flavored Markdown, to paste into an article or a pull request.
    case markdown
    /// Comma-separated values (RFC 4180).
    case csv
    /// JSON with sorted keys and SI values.
    case json
    /// A chart of the engagement envelopes; only for comparisons.
    case svg

    /// Whether the format can render `document`.
    public func supports(_ document: QueryDocument) -> Bool {
        switch (self, document) {
        case (.svg, .comparison): true
        case (.svg, _): false
        case (.table, _), (.markdown, _), (.csv, _), (.json, _): true
        }
    }

    /// Renders `document`; nil when the format cannot render it (see `supports`).
    public func render(_ document: QueryDocument, options: QueryRenderOptions = QueryRenderOptions()) -> String? {
        switch self {
        case .table: TableRenderer.render(document, options: options)
        case .markdown: MarkdownRenderer.render(document)
        case .csv: CSVRenderer.render(document)
        case .json: JSONRenderer.render(document)
        case .svg:
            if case .comparison(let comparison) = document { SVGRenderer.render(comparison) } else { nil }
        }
    }
}

/// What the query commands produce.
public enum QueryDocument: Sendable {
    /// `arsenal show`.
    case datasheet(Datasheet)
    /// `arsenal compare`.
    case comparison(SystemComparison)
    /// `arsenal list`.
    case listing(CatalogListing)
    /// `arsenal find`.
    case find(SystemFinder.Result)
    /// `arsenal stats`.
    case coverage(CoverageReport)
}

/// How to render, beyond the document itself.
public struct QueryRenderOptions: Sendable {
    /// Whether the table renderer may colour its output with ANSI escape sequences.
    public var color: Bool

    /// Creates options.
    public init(color: Bool = false) {
        self.color = color
    }
}

// Texts shared by the human-readable formats (table and Markdown).
extension SystemComparison {
    /// A cell with its footnotes and, when inherited, the ↑ mark: `4.8–8 km [5–7] ↑`;
    /// `—` when nothing is recorded.
    func cellText(_ row: Row, _ index: Int) -> String {
        let cell = row.cells[index]
        guard !cell.text.isEmpty else { return "—" }
        var text = cell.text
        let mark = SystemComparison.footnoteMark(cell.footnotes)
        if !mark.isEmpty { text += " " + mark }
        if cell.summary.inheritedFrom != nil { text += " ↑" }
        return text
    }

    /// The leader's name, with `(ranges overlap)` when the lead depends on the source.
    func leaderText(_ row: Row) -> String {
        guard let leader = row.leader else { return "" }
        return systems[leader].name + (row.leaderContested ? " (ranges overlap)" : "")
    }

    /// Whether some cell is inherited from a base record.
    var hasInheritedCells: Bool {
        rows.contains { $0.cells.contains { $0.summary.inheritedFrom != nil } }
    }

    /// The legend line for the ↑ mark.
    static let inheritedLegend = "↑ inherited from the base record (the variant records no figure of its own)"
}

extension Datasheet.Entry {
    /// `disputed; average; also printed 430 m/s; inherited from stinger; variant Mk-I`, or
    /// empty for a plain accepted value.
    var statusText: String {
        var parts: [String] = []
        if value.status != .accepted { parts.append(value.status.rawValue) }
        if let qualifier = value.qualifier { parts.append(qualifier.rawValue.replacingOccurrences(of: "_", with: " ")) }
        if let also = value.also { parts.append("also printed \(also.displayText)") }
        if let base = value.inheritedFrom { parts.append("inherited from \(base)") }
        if let variant = value.variant { parts.append("variant \(variant)") }
        return parts.joined(separator: "; ")
    }

    /// `6 km (6000 m as printed)` when conversion changes the figure, else the display.
    var valueText: String {
        printedDiffers ? "\(display) (\(printed) as printed)" : display
    }

    /// `红缨-6便携式防空导弹 (zhwiki-fn-6)`, or the bare id when the registry lacks it.
    var sourceText: String {
        guard let source else { return value.sourceID.isEmpty ? "—" : "\(value.sourceID) (not in the registry)" }
        return "\(source.title) (\(source.id))"
    }

    /// `Data/systems/igla-s.yaml:12`.
    var recordedAt: String {
        "\(value.location.file):\(value.location.line)"
    }
}

extension Datasheet {
    /// Identity lines: (label, text), shared by the table and Markdown layouts.
    var identityLines: [(String, String)] {
        var lines: [(String, String)] = [
            ("id", system.id),
            ("kind", system.kind.rawValue),
            ("origin", system.origin),
        ]
        if let developer = system.developer { lines.append(("developer", developer)) }
        lines.append(("aliases", system.aliases.isEmpty ? "—" : system.aliases.joined(separator: ", ")))
        lines.append(("base", bases.isEmpty ? "—" : bases.map { "\($0.name) (\($0.id))" }.joined(separator: " ← ")))
        lines.append(("variants", variants.isEmpty ? "—" : variants.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")))
        lines.append(("file", system.file))
        if let note = system.sourcesNote { lines.append(("sources note", note)) }
        lines.append(("units", units.rawValue))
        return lines
    }
}

extension SystemFinder.Match {
    /// `exact`, `word`, `prefix`, `typo (1 edit)`.
    var howText: String {
        kind == .typo ? "typo (\(distance) edit\(distance == 1 ? "" : "s"))" : kind.rawValue
    }
}

extension SystemFinder.Result {
    /// The one-line answer: what the query refers to, how sure, or that nothing matches.
    var headline: String {
        switch status {
        case .exact:
            let match = matches[0]
            return "'\(query)' is \(match.system.name) (\(match.system.id)), matched '\(match.designation)'"
        case .fuzzy:
            let match = matches[0]
            return "'\(query)' is probably \(match.system.name) (\(match.system.id)): \(match.howText) of '\(match.designation)'"
        case .ambiguous:
            return "'\(query)' is ambiguous: \(matches.count) systems match equally well"
        case .none:
            return "no system matches '\(query)'; run 'arsenal list' to see the catalog"
        }
    }
}

extension CatalogListing {
    /// `3 systems`, `3 of 12 matching systems (--limit 3)`, or `no systems match ...`.
    var summaryLine: String {
        if rows.isEmpty {
            var conditions: [String] = []
            if let kind { conditions.append("kind \(kind.rawValue)") }
            if let query { conditions.append("'\(query)'") }
            return "no systems match" + (conditions.isEmpty ? "" : " " + conditions.joined(separator: " and "))
        }
        let noun = matched == 1 ? "system" : "systems"
        return rows.count == matched ? "\(matched) \(noun)" : "\(rows.count) of \(matched) matching \(noun) (--limit \(rows.count))"
    }
}
