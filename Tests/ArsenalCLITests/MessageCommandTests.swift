import Foundation
import Testing

/// Messages a new user meets: missing inputs, sizes, YAML errors, duplicate keys, typos in
/// commands and configuration keys, one error prefix; and shell completion of system names.
@Suite("messages") struct MessageCommandTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("validate --data /nonexistent: the error alone, no 'no problems found'")
    func missingDatabase() throws {
        let run = try ArsenalBinary.run(["validate", "--data", "/nonexistent"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "arsenal: error: /nonexistent: no such file or directory\n")
    }

    @Test("A file over the size limit is given in MiB with its real size")
    func sizes() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        try Data(String(repeating: "# padding\n", count: 230_000).utf8).write(to: big)
        let run = try ArsenalBinary.run(["validate", big.path])
        #expect(run.stdout.contains("file is 2.2 MiB, over the 1 MiB limit"), "\(run.stdout)")
    }

    @Test("YAML errors in words, every duplicated key, and a CR-only file read as lines")
    func yamlMessages() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data((String(repeating: "[", count: 1200) + "\n").utf8).write(to: folder.appendingPathComponent("deep.yaml"))
        let deep = try ArsenalBinary.run(["validate", folder.appendingPathComponent("deep.yaml").path])
        #expect(deep.stdout.contains("nesting deeper than YAML readers allow"), "\(deep.stdout)")
        #expect(!deep.stdout.contains("yaml_set_max_nest_level"))

        try Data("schema_version: 1\nid: a\nname: A\nid: b\nspecs:\n  max_range: []\n  max_range: []\nkind: manpads\nkind: sam\n".utf8)
            .write(to: folder.appendingPathComponent("dup.yaml"))
        let dup = try ArsenalBinary.run(["validate", folder.appendingPathComponent("dup.yaml").path, "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(dup.stdout.utf8)) as? [String: Any])
        let messages = (object["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            .filter { $0.hasPrefix("duplicate key") }
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.contains("'max_range'") } && messages.contains { $0.contains("'kind'") })

        try Data("schema_version: 1\rid: cr-only\rname: CR\r".utf8).write(to: folder.appendingPathComponent("cr-only.yaml"))
        let cr = try ArsenalBinary.run(["validate", folder.appendingPathComponent("cr-only.yaml").path])
        #expect(!cr.stdout.contains("empty"), "\(cr.stdout)")
    }

    @Test("'did you mean' for a mistyped command and configuration key; help for an unknown command fails")
    func suggestions() throws {
        let chek = try ArsenalBinary.run(["chek", "story.md"])
        #expect(chek.status == 2)
        #expect(chek.stderr.hasPrefix("arsenal: error: unknown command 'chek' (did you mean 'check'?)"))
        let help = try ArsenalBinary.run(["help", "nosuch"])
        #expect(help.status == 2)
        #expect(help.stderr.contains("unknown command 'nosuch'"))
        #expect(try ArsenalBinary.run(["help", "check"]).status == 0)

        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("tolerence: {about: 0.1}\n".utf8).write(to: folder.appendingPathComponent(".arsenal.yml"))
        try Data("The Igla-S has a range of 6 km.\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let config = try ArsenalBinary.run(["check", "a.md"], in: folder)
        #expect(config.status == 2)
        #expect(config.stderr.contains("unknown key 'tolerence' (did you mean 'tolerance'?)"), "\(config.stderr)")
    }

    @Test("Every error has the one prefix 'arsenal: error:'")
    func errorPrefix() throws {
        for arguments in [["check"], ["compare", "igla-s"], ["validate", "--format", "nosuch"], ["show", "nosuch"]] {
            let run = try ArsenalBinary.run(arguments)
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix("arsenal: error: "), "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("Error: "), "\(arguments): \(run.stderr)")
        }
    }

    @Test("Shell completion offers system ids and aliases for show and compare")
    func completion() throws {
        let script = try ArsenalBinary.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.stdout.contains("---completion"))
        let show = try ArsenalBinary.run(["---completion", "show", "--", "positional@0", "0", "4", "igla"])
        let candidates = show.stdout.split(separator: "\n").map(String.init)
        #expect(candidates.contains("igla-s"), "\(show.stdout) \(show.stderr)")
        #expect(candidates.allSatisfy { $0.lowercased().hasPrefix("igla") })
        let compare = try ArsenalBinary.run(["---completion", "compare", "--", "positional@0", "1", "2", "igla-s", "st"])
        #expect(compare.stdout.split(separator: "\n").contains("stinger"), "\(compare.stdout) \(compare.stderr)")
    }
}

/// The man page in the repository lists every command (regenerate it, see CONTRIBUTING.md).
@Suite("man page") struct ManPageTests {
    @Test func everyCommandIsOnTheManPage() throws {
        let page = try String(
            contentsOf: ArsenalBinary.packageRoot.appendingPathComponent("docs/arsenal.1"), encoding: .utf8)
        #expect(page.hasPrefix(".\\\" \"Generated by swift-argument-parser\""))
        let help = try ArsenalBinary.run(["--help"]).stdout
        // Command lines are indented two spaces; their continuation lines far more.
        let commands = (help.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n") ?? [])
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.allSatisfy(\.isLowercase) }
        #expect(commands.count >= 8, "\(commands)")
        for command in commands {
            #expect(page.contains(".It Em \(command)\n"), "docs/arsenal.1 lacks \(command); regenerate it")
        }
    }
}
