import Foundation

/// The catalog as relational tables, the shape `arsenal export` writes as SQLite (one
/// database) or CSV (one file per table): `sources`, `systems`, `aliases` and
/// `spec_values`, with keys between them.
///
/// The values table is `spec_values` rather than `values`, because VALUES is an SQL
/// keyword: a table of that name needs quoting in every query.
public struct CatalogTables: Sendable {
    /// A cell.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case real(Double)
        case null

        /// The text a CSV file holds: numbers in their shortest exact form, NULL empty.
        public var csvText: String {
            switch self {
            case .text(let text): text
            case .integer(let number): String(number)
            case .real(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .null: ""
            }
        }
    }

    /// A column and its SQL declaration.
    public struct Column: Sendable, Hashable {
        /// The name.
        public var name: String
        /// `TEXT`, `INTEGER` or `REAL`, with constraints (`NOT NULL`, `PRIMARY KEY`).
        public var declaration: String
        /// The table and column it references, if any.
        public var references: (table: String, column: String)? {
            guard let reference else { return nil }
            let parts = reference.split(separator: ".")
            return (String(parts[0]), String(parts[1]))
        }
        /// `table.column` this column references, if any.
        public var reference: String?

        init(_ name: String, _ declaration: String, references reference: String? = nil) {
            self.name = name
            self.declaration = declaration
            self.reference = reference
        }
    }

    /// One table.
    public struct Table: Sendable, Hashable {
        /// The name.
        public var name: String
        /// The columns, in order.
        public var columns: [Column]
        /// Extra table constraints (`PRIMARY KEY (a, b)`).
        public var constraints: [String]
        /// Index definitions: name and columns.
        public var indexes: [(name: String, columns: [String])] { indexList.map { ($0.name, $0.columns) } }
        var indexList: [Index]
        /// The rows, each with one cell per column.
        public var rows: [[Cell]]

        struct Index: Sendable, Hashable {
            var name: String
            var columns: [String]
        }
    }

    /// The tables in dependency order (a table only references tables before it, or itself).
    public var tables: [Table]

    /// The tables of `catalog`.
    public init(_ catalog: Catalog) {
        let sourceIDs = Set(catalog.sources.keys)
        let systemIDs = Set(catalog.systems.map(\.id))
        var sources = Table(
            name: "sources",
            columns: [
                Column("id", "TEXT NOT NULL PRIMARY KEY"), Column("title", "TEXT NOT NULL"),
                Column("publisher", "TEXT NOT NULL"), Column("url", "TEXT NOT NULL"), Column("via", "TEXT"),
                Column("retrieved", "TEXT NOT NULL"), Column("published", "TEXT"), Column("language", "TEXT"),
                Column("note", "TEXT"),
            ],
            constraints: [], indexList: [], rows: [])
        for source in catalog.sources.values.sorted(by: { $0.id < $1.id }) {
            sources.rows.append([
                .text(source.id), .text(source.title), .text(source.publisher), .text(source.url), Self.optional(source.via),
                .text(source.retrieved), Self.optional(source.published), Self.optional(source.language), Self.optional(source.note),
            ])
        }
        var systems = Table(
            name: "systems",
            columns: [
                Column("id", "TEXT NOT NULL PRIMARY KEY"), Column("name", "TEXT NOT NULL"), Column("kind", "TEXT NOT NULL"),
                Column("origin", "TEXT NOT NULL"), Column("developer", "TEXT"),
                Column("extends", "TEXT", references: "systems.id"), Column("file", "TEXT NOT NULL"),
            ],
            constraints: [], indexList: [.init(name: "systems_kind", columns: ["kind"]), .init(name: "systems_extends", columns: ["extends"])],
            rows: [])
        var aliases = Table(
            name: "aliases",
            columns: [
                Column("system_id", "TEXT NOT NULL", references: "systems.id"), Column("alias", "TEXT NOT NULL"),
                Column("position", "INTEGER NOT NULL"),
            ],
            constraints: ["PRIMARY KEY (system_id, alias)"], indexList: [.init(name: "aliases_alias", columns: ["alias"])], rows: [])
        var values = Table(
            name: "spec_values",
            columns: [
                Column("id", "INTEGER NOT NULL PRIMARY KEY"),
                Column("system_id", "TEXT NOT NULL", references: "systems.id"), Column("attribute", "TEXT NOT NULL"),
                Column("value", "TEXT NOT NULL"), Column("number", "REAL"), Column("unit", "TEXT"),
                Column("si_value", "REAL"), Column("si_unit", "TEXT"), Column("qualifier", "TEXT"), Column("scope", "TEXT NOT NULL"),
                Column("status", "TEXT NOT NULL"), Column("approximate", "INTEGER NOT NULL"), Column("bound", "TEXT"),
                Column("variant", "TEXT"), Column("note", "TEXT"),
                Column("inherited_from", "TEXT", references: "systems.id"),
                Column("source_id", "TEXT", references: "sources.id"), Column("source_ref", "TEXT NOT NULL"),
                Column("file", "TEXT NOT NULL"), Column("line", "INTEGER NOT NULL"), Column("column", "INTEGER NOT NULL"),
            ],
            constraints: [],
            indexList: [
                .init(name: "spec_values_system_attribute", columns: ["system_id", "attribute"]),
                .init(name: "spec_values_attribute_si", columns: ["attribute", "si_value"]),
                .init(name: "spec_values_source", columns: ["source_id"]),
            ],
            rows: [])
        for system in catalog.systems.sorted(by: { $0.id < $1.id }) {
            systems.rows.append([
                .text(system.id), .text(system.name), .text(system.kind.rawValue), .text(system.origin),
                Self.optional(system.developer),
                system.extends.map { systemIDs.contains($0) ? .text($0) : .null } ?? .null, .text(system.file),
            ])
            var seenAliases = Set<String>()
            for (position, alias) in system.aliases.enumerated() where seenAliases.insert(alias).inserted {
                aliases.rows.append([.text(system.id), .text(alias), .integer(position + 1)])
            }
            for attribute in Attribute.allCases {
                for entry in system.values(attribute) {
                    let quantity = entry.value.quantity
                    values.rows.append([
                        .integer(values.rows.count + 1), .text(system.id), .text(attribute.rawValue),
                        .text(entry.value.displayText),
                        quantity.map { .real($0.value) } ?? entry.value.numericValue.map { .real($0) } ?? .null,
                        quantity.map { .text($0.unitSymbol) } ?? .null,
                        entry.value.numericValue.map { .real($0) } ?? .null,
                        quantity.map { .text($0.dimension.siSymbol) } ?? .null,
                        Self.optional(entry.qualifier?.rawValue), .text(entry.scope.rawValue), .text(entry.status.rawValue),
                        .integer(entry.approximate ? 1 : 0), Self.optional(entry.bound?.rawValue), Self.optional(entry.variant),
                        Self.optional(entry.note),
                        entry.inheritedFrom.map { systemIDs.contains($0) ? .text($0) : .null } ?? .null,
                        sourceIDs.contains(entry.sourceID) ? .text(entry.sourceID) : .null, .text(entry.sourceID),
                        .text(entry.location.file), .integer(entry.location.line), .integer(entry.location.column),
                    ])
                }
            }
        }
        tables = [sources, systems, aliases, values]
    }

    private static func optional(_ text: String?) -> Cell {
        text.map(Cell.text) ?? .null
    }

    /// Writes each table as `DIRECTORY/<table>.csv` (RFC 4180: a header line, CRLF line ends,
    /// fields with a comma, quote or line break quoted). Returns the files written.
    public func writeCSV(to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for table in tables {
            var text = table.columns.map { Self.csvField($0.name) }.joined(separator: ",") + "\r\n"
            for row in table.rows {
                text += row.map { Self.csvField($0.csvText) }.joined(separator: ",") + "\r\n"
            }
            let path = (directory as NSString).appendingPathComponent("\(table.name).csv")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            written.append(path)
        }
        return written
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
