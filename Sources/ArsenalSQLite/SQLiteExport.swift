/// Writes the catalog's tables (`CatalogTables`) into an SQLite database with GRDB
/// (https://github.com/groue/GRDB.swift), for Datasette or any SQL tool: one table per
/// `CatalogTables.Table`, primary keys, foreign keys (`PRAGMA foreign_keys` is on while
/// writing, so a dangling reference fails the export) and indexes on the columns people
/// join and filter on.
import ArsenalKit
import Foundation
import GRDB

/// Exports a catalog as an SQLite database file.
public enum SQLiteExport {
    /// Writes `tables` to a new database at `path`, replacing any file there. The file is
    /// written beside the target and renamed into place, so a failed export leaves no
    /// half-written database.
    public static func write(_ tables: CatalogTables, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let queue = try DatabaseQueue(path: temporary.path, configuration: configuration)
            try queue.write { db in
                for table in tables.tables {
                    try db.execute(sql: createStatement(table))
                    for index in table.indexes {
                        try db.execute(sql: "CREATE INDEX \(quoted(index.name)) ON \(quoted(table.name)) (\(index.columns.map(quoted).joined(separator: ", ")))")
                    }
                    let insert = try db.makeStatement(sql: """
                        INSERT INTO \(quoted(table.name)) (\(table.columns.map { quoted($0.name) }.joined(separator: ", "))) \
                        VALUES (\(Array(repeating: "?", count: table.columns.count).joined(separator: ", ")))
                        """)
                    for row in table.rows {
                        try insert.execute(arguments: StatementArguments(row.map(databaseValue)))
                    }
                }
                // Checked inside the transaction, so a dangling reference fails the export.
                let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                if let first = dangling.first {
                    throw SQLiteExportError.danglingReference(table: first["table"] ?? "?", count: dangling.count)
                }
            }
            try queue.close()
            // rename(2) replaces the target atomically, whether or not it exists.
            guard rename(temporary.path, target.path) == 0 else {
                throw SQLiteExportError.cannotMove(String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// `CREATE TABLE` for a table: columns, their references, and table constraints.
    static func createStatement(_ table: CatalogTables.Table) -> String {
        var parts = table.columns.map { column in
            var text = "\(quoted(column.name)) \(column.declaration)"
            if let reference = column.references {
                // Deferred: a variant may be written before the base it extends.
                text += " REFERENCES \(quoted(reference.table)) (\(quoted(reference.column))) DEFERRABLE INITIALLY DEFERRED"
            }
            return text
        }
        parts += table.constraints
        return "CREATE TABLE \(quoted(table.name)) (\n  " + parts.joined(separator: ",\n  ") + "\n)"
    }

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func databaseValue(_ cell: CatalogTables.Cell) -> DatabaseValue {
        switch cell {
        case .text(let text): text.databaseValue
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .null: .null
        }
    }
}

/// An export that cannot be completed.
public enum SQLiteExportError: Error, CustomStringConvertible {
    /// A row references a key that does not exist.
    case danglingReference(table: String, count: Int)
    /// The finished database could not be moved into place.
    case cannotMove(String)

    public var description: String {
        switch self {
        case .danglingReference(let table, let count):
            "\(count) row\(count == 1 ? "" : "s") of \(table) reference a missing key"
        case .cannotMove(let reason): reason
        }
    }
}
