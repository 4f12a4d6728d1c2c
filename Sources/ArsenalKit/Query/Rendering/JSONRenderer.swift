import Foundation

/// JSON (RFC 8259), one pretty-printed object with sorted keys. Field names are the design
/// page's contract: attribute names as in the data files, values in SI (`m`, `kg`, `m/s`)
/// with their `unit`, whatever `--units` says (the `display` strings follow `--units`).
/// Every key is always present; absent values are `null`.
///
/// A sourced **value** (in `show` and `compare`):
///
/// ```json
/// {"value": 6000, "unit": "m", "printed": "6 km", "display": "6 km",
///  "status": "accepted", "approx": false, "bound": null, "variant": null, "note": "...",
///  "inherited_from": null, "file": "Data/systems/igla-s.yaml", "line": 13, "column": 16,
///  "source": {"id": "...", "title": "...", "publisher": "...", "url": "...", "retrieved": "2026-11-25"}}
/// ```
///
/// `value` is a number for quantities (SI), counts and years, `true`/`false` for
/// booleans, a list of tokens for sets; `unit` is null except for quantities. `status` is
/// `accepted | disputed | deprecated`; `bound` is `at_least | at_most | null`; the
/// source's fields are null when the registry does not know its id.
///
/// - `show`: `{"id", "name", "aliases", "kind", "origin", "developer", "extends", "bases",
///   "variants", "file", "sources_note", "units", "specs": {"max_range": [value, ...], ...}}`
///   (`bases` nearest first; `specs` holds only recorded attributes).
/// - `compare`: `{"units", "systems": [{"id", "name", "aliases", "kind", "origin", "extends"}],
///   "rows": [{"attribute", "unit", "display_unit", "leader", "leader_contested",
///   "cells": [{"system", "low", "high", "median", "display", "footnotes", "inherited_from",
///   "values": [value, ...]}]}], "sources": [{"number", "id", "title", "publisher", "url",
///   "retrieved"}]}` (`cells` parallel to `systems`; `low`/`high`/`median` in SI, null for
///   non-numeric attributes; `leader` is a record id or null).
/// - `list`: `{"query", "kind", "sort": {"key", "descending"}, "matched", "count", "units",
///   "systems": [{"id", "name", "aliases", "kind", "origin", "extends",
///   "values": {"max_range": {"low", "high", "unit", "display"}, ...}}]}` (an empty
///   `systems` when nothing matches).
/// - `find`: `{"query", "status": "exact | fuzzy | ambiguous | none", "matches": [{"id",
///   "name", "matched", "match": "exact | word | prefix | typo", "distance"}]}`.
public enum JSONRenderer {
    /// Renders `document` as JSON.
    public static func render(_ document: QueryDocument) -> String {
        switch document {
        case .datasheet(let datasheet): encode(ShowJSON(datasheet))
        case .comparison(let comparison): encode(CompareJSON(comparison))
        case .listing(let listing): encode(ListJSON(listing))
        case .find(let result): encode(FindJSON(result))
        case .coverage(let report): encode(CoverageJSON(report))
        }
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The documents are plain structs of strings and numbers; encoding cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A JSON number: integral values are written without a fraction (`6000`, not `6000.0`).
private struct JSONNumber: Encodable {
    let value: Double

    init(_ value: Double) {
        self.value = FigureFormatter.clean(value)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int(value)) } else { try container.encode(value) }
    }
}

/// A recorded value of any kind.
private enum JSONScalar: Encodable {
    case number(JSONNumber)
    case boolean(Bool)
    case text(String)
    case tokens([String])

    init(_ value: SpecValue) {
        switch value {
        case .quantity(let quantity): self = .number(JSONNumber(quantity.siValue))
        case .count(let number), .year(let number): self = .number(JSONNumber(Double(number)))
        case .boolean(let flag): self = .boolean(flag)
        case .set(let tokens): self = .tokens(tokens)
        case .country(let code): self = .text(code)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .boolean(let flag): try container.encode(flag)
        case .text(let text): try container.encode(text)
        case .tokens(let tokens): try container.encode(tokens)
        }
    }
}

private struct SourceJSON: Encodable {
    let id: String
    let title, publisher, url, retrieved: String?

    init(id: String, source: Source?) {
        self.id = id
        title = source?.title
        publisher = source?.publisher
        url = source?.url
        retrieved = source?.retrieved
    }

    enum CodingKeys: String, CodingKey { case id, title, publisher, url, retrieved }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(publisher, forKey: .publisher)
        try container.encode(url, forKey: .url)
        try container.encode(retrieved, forKey: .retrieved)
    }
}

private struct ValueJSON: Encodable {
    let value: JSONScalar
    let unit: String?
    let printed, display: String
    let status: String
    let approx: Bool
    let bound, variant, note, inheritedFrom: String?
    let qualifier, also: String?
    let scope: String
    let file: String
    let line, column: Int
    let source: SourceJSON

    init(_ value: SourcedValue, attribute: Attribute, units: UnitSystem, catalog source: Source?) {
        self.value = JSONScalar(value.value)
        unit = value.value.quantity?.dimension.siSymbol
        printed = value.value.displayText
        display = Datasheet.display(value, attribute: attribute, units: units)
        status = value.status.rawValue
        approx = value.approximate
        bound = value.bound?.rawValue
        variant = value.variant
        note = value.note
        inheritedFrom = value.inheritedFrom
        qualifier = value.qualifier?.rawValue
        also = value.also?.displayText
        scope = value.scope.rawValue
        file = value.location.file
        line = value.location.line
        column = value.location.column
        self.source = SourceJSON(id: value.sourceID, source: source)
    }

    enum CodingKeys: String, CodingKey {
        case value, unit, printed, display, status, approx, bound, variant, note, file, line, column, source
        case qualifier, scope, also
        case inheritedFrom = "inherited_from"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(printed, forKey: .printed)
        try container.encode(display, forKey: .display)
        try container.encode(status, forKey: .status)
        try container.encode(approx, forKey: .approx)
        try container.encode(bound, forKey: .bound)
        try container.encode(variant, forKey: .variant)
        try container.encode(note, forKey: .note)
        try container.encode(inheritedFrom, forKey: .inheritedFrom)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(scope, forKey: .scope)
        try container.encode(also, forKey: .also)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(source, forKey: .source)
    }
}

private struct ShowJSON: Encodable {
    let id, name, kind, origin, file, units: String
    let aliases, bases, variants: [String]
    let developer, extends, sourcesNote: String?
    let specs: [String: [ValueJSON]]

    init(_ sheet: Datasheet) {
        let system = sheet.system
        id = system.id
        name = system.name
        kind = system.kind.rawValue
        origin = system.origin
        file = system.file
        units = sheet.units.rawValue
        aliases = system.aliases
        bases = sheet.bases.map(\.id)
        variants = sheet.variants.map(\.id)
        developer = system.developer
        extends = system.extends
        sourcesNote = system.sourcesNote
        var specs: [String: [ValueJSON]] = [:]
        for section in sheet.sections {
            specs[section.attribute.rawValue] = section.entries.map {
                ValueJSON($0.value, attribute: section.attribute, units: sheet.units, catalog: $0.source)
            }
        }
        self.specs = specs
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, origin, file, units, aliases, bases, variants, developer, extends, specs
        case sourcesNote = "sources_note"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(origin, forKey: .origin)
        try container.encode(file, forKey: .file)
        try container.encode(units, forKey: .units)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(bases, forKey: .bases)
        try container.encode(variants, forKey: .variants)
        try container.encode(developer, forKey: .developer)
        try container.encode(extends, forKey: .extends)
        try container.encode(sourcesNote, forKey: .sourcesNote)
        try container.encode(specs, forKey: .specs)
    }
}

private struct SystemJSON: Encodable {
    let id, name, kind, origin: String
    let aliases: [String]
    let extends: String?

    init(_ system: WeaponSystem) {
        id = system.id
        name = system.name
        kind = system.kind.rawValue
        origin = system.origin
        aliases = system.aliases
        extends = system.extends
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, origin, aliases, extends }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(origin, forKey: .origin)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(extends, forKey: .extends)
    }
}

private struct CompareJSON: Encodable {
    let units: String
    let systems: [SystemJSON]
    let rows: [Row]
    let sources: [Footnote]

    struct Row: Encodable {
        let attribute: String
        let unit, displayUnit, leader: String?
        let leaderContested: Bool
        let cells: [Cell]

        enum CodingKeys: String, CodingKey {
            case attribute, unit, leader, cells
            case displayUnit = "display_unit"
            case leaderContested = "leader_contested"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(attribute, forKey: .attribute)
            try container.encode(unit, forKey: .unit)
            try container.encode(displayUnit, forKey: .displayUnit)
            try container.encode(leader, forKey: .leader)
            try container.encode(leaderContested, forKey: .leaderContested)
            try container.encode(cells, forKey: .cells)
        }
    }

    struct Cell: Encodable {
        let system, display: String
        let low, high, median: JSONNumber?
        let footnotes: [Int]
        let inheritedFrom: String?
        let values: [ValueJSON]

        enum CodingKeys: String, CodingKey {
            case system, display, low, high, median, footnotes, values
            case inheritedFrom = "inherited_from"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(system, forKey: .system)
            try container.encode(display, forKey: .display)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(median, forKey: .median)
            try container.encode(footnotes, forKey: .footnotes)
            try container.encode(inheritedFrom, forKey: .inheritedFrom)
            try container.encode(values, forKey: .values)
        }
    }

    struct Footnote: Encodable {
        let number: Int
        let source: SourceJSON

        func encode(to encoder: any Encoder) throws {
            try source.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(number, forKey: .number)
        }

        enum CodingKeys: String, CodingKey { case number }
    }

    init(_ comparison: SystemComparison) {
        units = comparison.units.rawValue
        systems = comparison.systems.map(SystemJSON.init)
        let catalogSources = Dictionary(comparison.sources.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        rows = comparison.rows.map { row in
            let numeric: Bool = switch row.attribute.kind {
            case .quantity, .count, .year: true
            default: false
            }
            let cells = zip(comparison.systems, row.cells).map { system, cell in
                Cell(
                    system: system.id, display: cell.text,
                    low: numeric ? cell.summary.low.map(JSONNumber.init) : nil,
                    high: numeric ? cell.summary.high.map(JSONNumber.init) : nil,
                    median: numeric ? cell.summary.median.map(JSONNumber.init) : nil,
                    footnotes: cell.footnotes, inheritedFrom: cell.summary.inheritedFrom,
                    values: cell.summary.values.map { value in
                        ValueJSON(value, attribute: row.attribute, units: comparison.units, catalog: catalogSources[value.sourceID] ?? nil)
                    })
            }
            let siUnit: String? = if case .quantity(let dimension) = row.attribute.kind { dimension.siSymbol } else { nil }
            return Row(
                attribute: row.attribute.rawValue, unit: siUnit, displayUnit: row.unit?.rawValue,
                leader: row.leader.map { comparison.systems[$0].id }, leaderContested: row.leaderContested, cells: cells)
        }
        sources = comparison.sources.map { Footnote(number: $0.number, source: SourceJSON(id: $0.id, source: $0.source)) }
    }
}

private struct ListJSON: Encodable {
    let query, kind: String?
    let sort: Sort
    let matched, count: Int
    let units: String
    let systems: [Entry]

    struct Sort: Encodable {
        let key: String
        let descending: Bool
    }

    struct Figure: Encodable {
        let low, high: JSONNumber?
        let unit: String?
        let display: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(unit, forKey: .unit)
            try container.encode(display, forKey: .display)
        }

        enum CodingKeys: String, CodingKey { case low, high, unit, display }
    }

    struct Entry: Encodable {
        let system: SystemJSON
        let values: [String: Figure]

        func encode(to encoder: any Encoder) throws {
            try system.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(values, forKey: .values)
        }

        enum CodingKeys: String, CodingKey { case values }
    }

    init(_ listing: CatalogListing) {
        query = listing.query
        kind = listing.kind?.rawValue
        sort = Sort(key: listing.sort.key.name, descending: listing.sort.descending)
        matched = listing.matched
        count = listing.rows.count
        units = listing.units.rawValue
        systems = listing.rows.map { row in
            var values: [String: Figure] = [:]
            for (column, summary) in zip(listing.columns, row.summaries) where !summary.isEmpty {
                let siUnit: String? = if case .quantity(let dimension) = column.attribute.kind { dimension.siSymbol } else { nil }
                values[column.attribute.rawValue] = Figure(
                    low: summary.low.map(JSONNumber.init), high: summary.high.map(JSONNumber.init),
                    unit: siUnit, display: summary.text(in: column.unit))
            }
            return Entry(system: SystemJSON(row.system), values: values)
        }
    }

    enum CodingKeys: String, CodingKey { case query, kind, sort, matched, count, units, systems }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(kind, forKey: .kind)
        try container.encode(sort, forKey: .sort)
        try container.encode(matched, forKey: .matched)
        try container.encode(count, forKey: .count)
        try container.encode(units, forKey: .units)
        try container.encode(systems, forKey: .systems)
    }
}

private struct FindJSON: Encodable {
    let query, status: String
    let matches: [Match]

    struct Match: Encodable {
        let id, name, matched, match: String
        let distance: Int
    }

    init(_ result: SystemFinder.Result) {
        query = result.query
        status = result.status.rawValue
        matches = result.matches.map {
            Match(id: $0.system.id, name: $0.system.name, matched: $0.designation, match: $0.kind.rawValue, distance: $0.distance)
        }
    }
}
