import Foundation
import Testing

/// `show`, `compare`, `list` and `find` end to end: the built binary, its stdout, stderr
/// and exit code. The goldens of every format live with the library tests; these check the
/// wiring: options, exit codes, error messages, no colour when piped.
@Suite("Query commands")
struct QueryCommandsTests {
    /// The fixture database, relative to the package root (where the binary runs), so
    /// paths in the output are short.
    static let fixtureData = "Tests/ArsenalKitTests/Fixtures/Query/Data"

    func run(_ arguments: [String]) throws -> ArsenalBinary.Result {
        try #require(FileManager.default.isExecutableFile(atPath: ArsenalBinary.url.path), "build the arsenal executable first")
        return try ArsenalBinary.run(arguments)
    }

    // MARK: The bundled database

    @Test("compare igla-s stinger: every figure sourced, no colour when piped")
    func compareBundled() throws {
        let run = try run(["compare", "igla-s", "stinger"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("max range"))
        #expect(run.stdout.contains("9K338 Igla-S") && run.stdout.contains("FIM-92 Stinger"))
        #expect(run.stdout.contains("4.8–8 km"))
        #expect(run.stdout.contains("Sources\n[1] "))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test(
        "colour on a terminal, never with NO_COLOR",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnTerminal() throws {
        // util-linux script(1) runs the command on a pseudo-terminal.
        func onTerminal(noColor: Bool) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            let binary = ArsenalBinary.url.path.replacingOccurrences(of: "'", with: "'\\''")
            process.arguments = ["-qec", "'\(binary)' compare igla-s stinger", "/dev/null"]
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = noColor ? "1" : nil
            process.environment = environment
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try onTerminal(noColor: false).contains("\u{1B}[1m"))
        let plain = try onTerminal(noColor: true)
        #expect(plain.contains("max range") && !plain.contains("\u{1B}["))
    }

    @Test(arguments: ["table", "markdown", "csv", "json", "svg"])
    func compareFormats(_ format: String) throws {
        let run = try run(["compare", "SA-24 Grinch", "Stinger", "--format", format, "--units", "imperial"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.isEmpty)
        if format == "json" {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(object["units"] as? String == "imperial")
            let systems = try #require(object["systems"] as? [[String: Any]])
            #expect(systems.compactMap { $0["id"] as? String } == ["igla-s", "stinger"])
        }
        if format == "svg" { #expect(run.stdout.hasPrefix("<?xml") && run.stdout.contains("</svg>")) }
    }

    @Test("--variants expands a family; one system is enough with it")
    func compareVariants() throws {
        let run = try run(["compare", "stinger", "--variants", "--attributes", "max_range,max_altitude", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let header = try #require(run.stdout.split(whereSeparator: \.isNewline).first)
        #expect(header.hasPrefix("attribute,unit,stinger,stinger sources,stinger-a,"))
        #expect(run.stdout.split(whereSeparator: \.isNewline).count == 3)
        // RFC 4180: every record ends in CRLF.
        #expect(run.stdout.hasSuffix("\r\n"))
        #expect(!run.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test(arguments: [
        (["compare", "igla-s"], "name at least two systems"),
        (["compare", "igla-s", "SA-24"], "nothing to compare: every name given means 9K338 Igla-S (igla-s); name another system"),
        (["compare", "igla-s", "--variants"], "which has no variants"),
        (["compare", "igla-s", "stinger", "--attributes", "max_rnage"], "unknown attribute 'max_rnage' (did you mean 'max_range'?)"),
        (["compare", "igla-s", "Stringer"], "no system is called 'Stringer'; did you mean 'Stinger'"),
        (["show", "Igla-Z"], "no system is called 'Igla-Z'; did you mean"),
        (["show", "igla-s", "--format", "svg"], "svg"),
        (["list", "--sort", "targets"], "cannot sort by targets"),
        (["list", "--limit", "0"], "--limit must be at least 1"),
        (["find"], "give a name to find"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let run = try run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.status)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a bad expression: exit 2, one message, the expression and a caret")
    func badExpression() throws {
        let run = try run(["list", "--where", "max_range > 3 kg"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            arsenal: error: invalid --where expression: max_range is a length, but '3 kg' is a mass
              max_range > 3 kg
                          ^^^^

            """)
    }

    @Test("find: 0 when found, 1 when nothing matches")
    func find() throws {
        let found = try run(["find", "Stringer"])
        #expect(found.status == 0)
        #expect(found.stdout.hasPrefix("'Stringer' is probably FIM-92 Stinger (stinger)"))
        let words = try run(["find", "igla", "s", "--format", "json"])
        #expect(words.status == 0)
        #expect(words.stdout.contains(#""status" : "exact""#))
        let none = try run(["find", "Zeppelin"])
        #expect(none.status == 1)
        #expect(none.stdout.hasPrefix("no system matches 'Zeppelin'"))
    }

    // MARK: The fixture database

    @Test("show a variant: inherited values and the data file line of each value")
    func showVariant() throws {
        let run = try run(["show", "Falcon-Plus", "--data", Self.fixtureData])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("inherited from falcon"))
        #expect(run.stdout.contains("\(Self.fixtureData)/systems/falcon-b.yaml:11"))
        #expect(run.stdout.contains("4.79 km (15700 ft as printed)"))
    }

    @Test("list with no match: exit 0 and 'no systems match'; CSV and JSON stay well-formed")
    func emptyList() throws {
        let table = try run(["list", "--where", "origin == GB", "--data", Self.fixtureData])
        #expect(table.status == 0)
        #expect(table.stdout == "no systems match 'origin == GB'\n")
        let json = try run(["list", "--where", "origin == GB", "--format", "json", "--data", Self.fixtureData])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""systems" : ["#))
        #expect(json.stderr == "arsenal: no systems match\n")
    }

    @Test("list filters, sorts and limits")
    func listQuery() throws {
        let run = try run([
            "list", "--where", "targets contains uav", "--sort", "max_range", "--descending", "--limit", "2",
            "--format", "csv", "--data", Self.fixtureData,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = run.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(ids == ["falcon", "kestrel"])
    }

    @Test("--help lists the formats and the query language")
    func help() throws {
        let compare = try run(["compare", "--help"])
        #expect(compare.stdout.contains("table|markdown|csv|json|svg") || compare.stdout.contains("svg"))
        let list = try run(["list", "--help"])
        #expect(list.stdout.contains("max_range >= 5 km and origin == RU"))
    }
}
