import Foundation
import Testing

/// Adopting Arsenal in a repository, through the built binary: baselines, suppression
/// audits, rule selection, folder walks, output options and single-file validation.
@Suite("arsenal in a repository") struct AdoptionCommandTests {
    /// A fresh scratch folder, removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-adopt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func findings(_ text: String) throws -> [[String: Any]] {
        try #require(json(text)["findings"] as? [[String: Any]])
    }

    @Test("1,000 articles: --write-baseline, then --baseline is clean; one edited figure is exactly one finding")
    func thousandArticleAdoption() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 1...1000 {
            try Self.write("""
                # Story \(index)

                The Igla-S has a range of 9 km, officials said.

                The Stinger reaches 12 km.
                """, to: folder.appendingPathComponent("stories/story-\(index).md"))
        }
        let before = try ArsenalBinary.run(["check", "stories", "--format", "json"], in: folder)
        #expect(before.status == 1)
        #expect(try Self.findings(before.stdout).count == 2000)

        let write = try ArsenalBinary.run(["check", "stories", "--write-baseline", "baseline.json", "--quiet"], in: folder)
        #expect(write.status == 0, "\(write.stderr)")
        let clean = try ArsenalBinary.run(["check", "stories", "--baseline", "baseline.json", "--format", "json"], in: folder)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(try Self.findings(clean.stdout).isEmpty)

        // Lines added above a finding keep it in the baseline; a changed figure does not.
        let edited = folder.appendingPathComponent("stories/story-500.md")
        var text = try String(contentsOf: edited, encoding: .utf8)
        text = "An editor's note.\n\n" + text.replacingOccurrences(of: "9 km", with: "11 km")
        try Self.write(text, to: edited)
        let moved = folder.appendingPathComponent("stories/story-7.md")
        try Self.write("Update: a new first paragraph.\n\n" + (try String(contentsOf: moved, encoding: .utf8)), to: moved)

        let after = try ArsenalBinary.run(["check", "stories", "--baseline", "baseline.json", "--format", "json"], in: folder)
        #expect(after.status == 1)
        let reappeared = try Self.findings(after.stdout)
        #expect(reappeared.count == 1)
        #expect(reappeared.first?["file"] as? String == "stories/story-500.md")
        #expect(reappeared.first?["quote"] as? String == "11 km")
        #expect(reappeared.first?["line"] as? Int == 5)
    }

    @Test("A baseline counts: a second identical finding in the same file is new")
    func baselineCounts() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("a.md")
        try Self.write("The Igla-S has a range of 9 km.\n", to: article)
        #expect(try ArsenalBinary.run(["check", "a.md", "--write-baseline", "b.json"], in: folder).status == 0)
        try Self.write("The Igla-S has a range of 9 km.\n\nAgain: the Igla-S has a range of 9 km.\n", to: article)
        let run = try ArsenalBinary.run(["check", "a.md", "--baseline", "b.json", "--format", "json"], in: folder)
        #expect(run.status == 1)
        #expect(try Self.findings(run.stdout).count == 1)
    }

    @Test("A missing or malformed baseline is a clear error with exit 2")
    func badBaseline() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("The Igla-S has a range of 6 km.\n", to: folder.appendingPathComponent("a.md"))
        let missing = try ArsenalBinary.run(["check", "a.md", "--baseline", "nope.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json: cannot read baseline"))
        try Self.write("[1, 2]", to: folder.appendingPathComponent("bad.json"))
        let bad = try ArsenalBinary.run(["check", "a.md", "--baseline", "bad.json"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.json: not an Arsenal baseline"))
    }

    @Test("validate --write-baseline and --baseline: a known problem stays quiet when lines move, a new one shows")
    func validateBaseline() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = ArsenalBinary.packageRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent("Data"), to: folder.appendingPathComponent("Data"))
        let record = folder.appendingPathComponent("Data/systems/igla-s.yaml")
        let original = try String(contentsOf: record, encoding: .utf8)
        try Self.write(original.replacingOccurrences(of: "kind: manpads", with: "kind: manpads\nmax_rnage: 1"), to: record)
        let first = try ArsenalBinary.run(["validate", "Data/systems/igla-s.yaml"], in: folder)
        #expect(first.status == 1, "\(first.stdout)")
        #expect(try ArsenalBinary.run(["validate", "Data", "--write-baseline", "v.json"], in: folder).status == 0)
        try Self.write("# a comment line\n" + (try String(contentsOf: record, encoding: .utf8)), to: record)
        let again = try ArsenalBinary.run(["validate", "Data", "--baseline", "v.json"], in: folder)
        #expect(again.status == 0, "\(again.stdout)")
        try Self.write((try String(contentsOf: record, encoding: .utf8)).replacingOccurrences(of: "max_rnage: 1", with: "max_rnage: 1\nmin_rnage: 1"), to: record)
        let new = try ArsenalBinary.run(["validate", "Data", "--baseline", "v.json", "--format", "json"], in: folder)
        #expect(new.status == 1)
        #expect(new.stdout.contains("min_rnage"))
        #expect(!new.stdout.contains("\"max_rnage"))
    }

    @Test("Unknown codes in arsenal-ignore and unused suppressions are findings of their own")
    func suppressionAudit() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("""
            The Igla-S has a range of 9 km. <!-- arsenal-ignore C1O1 -->

            The Igla-S has a range of 6 km. <!-- arsenal-ignore max_range -->

            The Stinger reaches 12 km. <!-- arsenal-ignore C101 -->
            """, to: folder.appendingPathComponent("a.md"))
        let text = try ArsenalBinary.run(["check", "a.md"], in: folder)
        #expect(text.status == 1)
        #expect(text.stdout.contains("a.md:1:33: warning[C901] unknown-suppression: arsenal-ignore names 'C1O1'"))
        #expect(text.stdout.contains("(did you mean 'C101'?)"))
        #expect(text.stdout.contains("a.md:3:33: warning[C902] unused-suppression"))
        #expect(!text.stdout.contains("a.md:5:"), "the C101 comment accepts the Stinger finding")
        let json = try Self.json(try ArsenalBinary.run(["check", "a.md", "--format", "json"], in: folder).stdout)
        let problems = try #require(json["suppressions"] as? [[String: Any]])
        #expect(problems.map { $0["rule"] as? String } == ["C901", "C902"])
        let sarif = try ArsenalBinary.run(["check", "a.md", "--format", "sarif"], in: folder).stdout
        #expect(sarif.contains("\"ruleId\" : \"C902\""))
        // Turned off like any rule.
        let off = try ArsenalBinary.run(["check", "a.md", "--ignore", "C9"], in: folder)
        #expect(!off.stdout.contains("C90"))
    }

    @Test("--select and --ignore pick rules by code, prefix or name; an unknown one is a usage error with a suggestion")
    func ruleSelection() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("The Igla-S has a range of 9 km. The Igla-S was made in France.\n", to: folder.appendingPathComponent("a.md"))
        let all = try Self.findings(try ArsenalBinary.run(["check", "a.md", "--format", "json"], in: folder).stdout)
        #expect(Set(all.compactMap { $0["rule"] as? String }).count >= 2)
        let only = try Self.findings(try ArsenalBinary.run(["check", "a.md", "--format", "json", "--select", "C1"], in: folder).stdout)
        #expect(!only.isEmpty && only.allSatisfy { $0["rule"] as? String == "C101" })
        let without = try Self.findings(try ArsenalBinary.run(["check", "a.md", "--format", "json", "--ignore", "numeric-spec"], in: folder).stdout)
        #expect(!without.contains { $0["rule"] as? String == "C101" })
        let typo = try ArsenalBinary.run(["check", "a.md", "--select", "C11"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no rule matches 'C11'"))
        #expect(typo.stderr.contains("did you mean"))
    }

    @Test("Folder walks honour .gitignore, skip hidden folders and node_modules, and take --include/--exclude and .arsenal.yml globs")
    func folderWalks() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claim = "The Igla-S has a range of 9 km.\n"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for path in ["site/a.md", "site/drafts/b.md", "site/.cache/c.md", "site/node_modules/d.md", "site/build/e.md",
                     "site/keep/f.md", "site/keep/g.txt", ".git/h.md"] {
            try Self.write(claim, to: folder.appendingPathComponent(path))
        }
        try Self.write("build/\n*.txt\n!site/keep/g.txt\n", to: folder.appendingPathComponent(".gitignore"))
        func files(_ arguments: [String]) throws -> Set<String> {
            let run = try ArsenalBinary.run(["check", "site", "--format", "json"] + arguments, in: folder)
            return Set(try Self.findings(run.stdout).compactMap { $0["file"] as? String })
        }
        #expect(try files([]) == ["site/a.md", "site/drafts/b.md", "site/keep/f.md", "site/keep/g.txt"])
        #expect(try files(["--exclude", "drafts/**"]) == ["site/a.md", "site/keep/f.md", "site/keep/g.txt"])
        #expect(try files(["--include", "*.txt"]) == ["site/keep/g.txt"])
        #expect(try files(["--include", "keep/**", "--exclude", "*.txt"]) == ["site/keep/f.md"])
        try Self.write("exclude: [drafts, keep/*.md]\n", to: folder.appendingPathComponent("site/.arsenal.yml"))
        #expect(try files([]) == ["site/a.md", "site/keep/g.txt"])
    }

    @Test("validate of one file finds its database root, so sources and base records resolve")
    func validateSingleFiles() throws {
        let variant = try ArsenalBinary.run(["validate", "Data/systems/stinger-b.yaml", "Data/systems/igla-s.yaml"])
        #expect(variant.status == 0, "\(variant.stdout)")
        #expect(!variant.stdout.contains("unknown source"))
        let fromInside = try ArsenalBinary.run(
            ["validate", "stinger-b.yaml"], in: ArsenalBinary.packageRoot.appendingPathComponent("Data/systems"))
        #expect(fromInside.status == 0, "\(fromInside.stdout)")
    }

    @Test("--output-file, --quiet and --color")
    func outputOptions() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("The Igla-S has a range of 6 km.\n", to: folder.appendingPathComponent("a.md"))
        let written = try ArsenalBinary.run(["check", "a.md", "--format", "sarif", "--output-file", "out.sarif"], in: folder)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let sarif = try String(contentsOf: folder.appendingPathComponent("out.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"version\" : \"2.1.0\""))
        let quiet = try ArsenalBinary.run(["check", "a.md", "--quiet"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        let quietValidate = try ArsenalBinary.run(["validate", "--quiet"])
        #expect(quietValidate.stdout.isEmpty)
        try Self.write("The Igla-S has a range of 9 km.\n", to: folder.appendingPathComponent("a.md"))
        let always = try ArsenalBinary.run(["check", "a.md", "--color", "always"], in: folder)
        #expect(always.stdout.contains("\u{1B}["))
        let never = try ArsenalBinary.run(["check", "a.md", "--color", "never"], in: folder)
        #expect(!never.stdout.contains("\u{1B}["))
        let unwritable = try ArsenalBinary.run(["check", "a.md", "--output-file", "/nonexistent/dir/out"], in: folder)
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write output file"))
    }

    @Test("--stdin-filename names standard input in reports and picks its format")
    func stdinFilename() throws {
        let run = try ArsenalBinary.run(
            ["check", "-", "--stdin-filename", "stories/piece.md", "--format", "json"],
            stdin: "The Igla-S has a range of 9 km. <!-- not a claim: 20 km -->\n")
        let findings = try Self.findings(run.stdout)
        #expect(findings.count == 1)
        #expect(findings.first?["file"] as? String == "stories/piece.md")
    }
}
