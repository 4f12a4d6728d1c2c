import Foundation
import Testing

/// `arsenal export`: the SQLite database opened by Python's sqlite3, and the CSV tables.
@Suite("arsenal export") struct ExportCommandTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a Python program with arguments; returns its status and standard output.
    static func python(_ program: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", program] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// The number of record files and registry entries, counted from the files themselves.
    static func dataCounts() throws -> (systems: Int, sources: Int, values: Int) {
        let data = ArsenalBinary.packageRoot.appendingPathComponent("Data")
        let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("systems").path)
            .filter { $0.hasSuffix(".yaml") }
        let systems = files.count
        var values = 0
        for file in files {
            let text = try String(contentsOf: data.appendingPathComponent("systems/\(file)"), encoding: .utf8)
            values += text.split(separator: "\n").filter { $0.contains("value:") }.count
        }
        let registry = try String(contentsOf: data.appendingPathComponent("sources.yaml"), encoding: .utf8)
        let sources = registry.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- id:") }.count
        return (systems, sources, values)
    }

    @Test("--format sqlite: tables with keys and indexes; counts and a join read back with Python's sqlite3")
    func sqlite() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("arsenal.db").path
        let run = try ArsenalBinary.run(["export", "--format", "sqlite", database])
        #expect(run.status == 0, "\(run.stderr)")
        let (status, output, errors) = try Self.python("""
            import json, sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("PRAGMA foreign_keys = ON")
            count = lambda table: db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            rows = db.execute(\"\"\"
                SELECT s.name, v.value, v.si_value, v.unit, v.status, src.publisher, v.file, v.line
                FROM spec_values v JOIN systems s ON s.id = v.system_id JOIN sources src ON src.id = v.source_id
                WHERE v.system_id = 'igla-s' AND v.attribute = 'max_range' ORDER BY v.line\"\"\").fetchall()
            print(json.dumps({
                "systems": count("systems"), "sources": count("sources"), "aliases": count("aliases"),
                "values": count("spec_values"),
                "own_values": db.execute("SELECT COUNT(*) FROM spec_values WHERE inherited_from IS NULL").fetchone()[0],
                "igla": rows,
                "dangling": db.execute("PRAGMA foreign_key_check").fetchall(),
                "keys": sorted({r[2] for r in db.execute("PRAGMA foreign_key_list(spec_values)")}),
                "indexes": sorted(r[1] for r in db.execute("PRAGMA index_list(spec_values)") if r[3] == "c"),
                "alias": db.execute("SELECT system_id FROM aliases WHERE alias = 'SA-24 Grinch'").fetchall(),
                "variants": db.execute("SELECT COUNT(*) FROM systems v JOIN systems b ON b.id = v.extends").fetchone()[0],
            }))
            """, [database])
        #expect(status == 0, "\(errors)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let counts = try Self.dataCounts()
        #expect(result["systems"] as? Int == counts.systems)
        #expect(result["sources"] as? Int == counts.sources)
        #expect((result["aliases"] as? Int ?? 0) > counts.systems)
        // One row per `value:` written in the record files, plus the values variants inherit.
        #expect(result["own_values"] as? Int == counts.values)
        #expect((result["values"] as? Int ?? 0) >= counts.values)
        #expect((result["dangling"] as? [Any])?.isEmpty == true)
        #expect(result["keys"] as? [String] == ["sources", "systems"])
        #expect((result["indexes"] as? [String])?.contains("spec_values_system_attribute") == true)
        #expect((result["alias"] as? [[String]]) == [["igla-s"]])
        #expect((result["variants"] as? Int ?? 0) > 0)
        // The Igla-S's range rows as the data file writes them (Data/systems/igla-s.yaml).
        let igla = try #require(result["igla"] as? [[Any]])
        #expect(igla.count >= 2)
        #expect(igla.allSatisfy { ($0[2] as? Double) == 6000 && ($0[0] as? String) == "9K338 Igla-S" })
        #expect(igla.contains { ($0[1] as? String) == "6 km" && ($0[3] as? String) == "km" })
        #expect(igla.allSatisfy { ($0[6] as? String) == "Data/systems/igla-s.yaml" && ($0[7] as? Int ?? 0) > 0 })
    }

    @Test("--format csv writes the same tables as files, RFC 4180 with CRLF")
    func csv() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tables = folder.appendingPathComponent("tables")
        let run = try ArsenalBinary.run(["export", "--format", "csv", tables.path])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted()
        #expect(names == ["aliases.csv", "sources.csv", "spec_values.csv", "systems.csv"])
        let (status, output, errors) = try Self.python("""
            import csv, json, sys, os
            counts = {}
            for name in sorted(os.listdir(sys.argv[1])):
                raw = open(os.path.join(sys.argv[1], name), "rb").read()
                assert raw.endswith(b"\\r\\n"), name
                with open(os.path.join(sys.argv[1], name), newline="", encoding="utf-8") as f:
                    rows = list(csv.reader(f))
                counts[name] = {"rows": len(rows) - 1, "header": rows[0]}
            print(json.dumps(counts))
            """, [tables.path])
        #expect(status == 0, "\(errors)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]])
        let counts = try Self.dataCounts()
        #expect(result["systems.csv"]?["rows"] as? Int == counts.systems)
        #expect(result["sources.csv"]?["rows"] as? Int == counts.sources)
        let header = result["spec_values.csv"]?["header"] as? [String] ?? []
        for column in ["system_id", "attribute", "unit", "si_value", "qualifier", "status", "source_id", "file", "line"] {
            #expect(header.contains(column), "spec_values.csv lacks \(column)")
        }
    }

    @Test("An output that cannot be written is exit 2 with the reason")
    func unwritable() throws {
        let run = try ArsenalBinary.run(["export", "--format", "sqlite", "/nonexistent/folder/arsenal.db"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent/folder/arsenal.db: cannot write the export"))
    }
}
