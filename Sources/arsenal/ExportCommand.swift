import ArgumentParser
import ArsenalKit
import ArsenalSQLite
import Foundation

/// `arsenal export`: the catalog as SQLite or CSV tables.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the catalog as tables: an SQLite database or one CSV file per table.",
        discussion: """
            Tables: sources (the registry), systems (one row per record; extends → systems), \
            aliases (system_id → systems) and spec_values (one row per sourced value: the value \
            as written, number and unit, si_value in m, kg or m/s, qualifier, scope, status, \
            approximate, bound, variant, note, inherited_from, source_id → sources, and the \
            data file, line and column). The values table is spec_values because VALUES is an \
            SQL keyword. Foreign keys and indexes are declared, so the database opens as it is \
            in Datasette, sqlite3 or any SQL tool.

            --format csv writes sources.csv, systems.csv, aliases.csv and spec_values.csv \
            (RFC 4180, CRLF) into the folder OUTPUT.

            Exit codes: 0 written, 2 the output cannot be written, the database cannot be \
            read, or bad usage.

            Examples:
              arsenal export --format sqlite arsenal.db
              sqlite3 arsenal.db "SELECT s.name, v.si_value FROM spec_values v JOIN systems s ON s.id = v.system_id WHERE v.attribute = 'max_range'"
              arsenal export --format csv tables/
            """)

    /// Export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case sqlite, csv
    }

    @Option(help: "sqlite: one database file; csv: one file per table in a folder.")
    var format: Format = .sqlite

    @Argument(help: ArgumentHelp("The database file (sqlite) or folder (csv) to write.", valueName: "output"))
    var output: String

    @OptionGroup var data: DataOptions

    func run() throws {
        let catalog = try data.loadCatalog()
        let tables = CatalogTables(catalog)
        let counts = tables.tables.map { "\($0.rows.count) \($0.name)" }.joined(separator: ", ")
        do {
            switch format {
            case .sqlite:
                try SQLiteExport.write(tables, to: output)
            case .csv:
                _ = try tables.writeCSV(to: output)
            }
        } catch {
            throw ToolError.message("\(output): cannot write the export: \(error)")
        }
        FileHandle.standardError.write(Data("arsenal: wrote \(output) (\(counts))\n".utf8))
    }
}
