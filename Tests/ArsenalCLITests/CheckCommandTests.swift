import Foundation
import Testing

/// `arsenal check` through the built binary: help, output formats, exit codes, bad input,
/// configuration and inline acceptance.
@Suite("arsenal check") struct CheckCommandTests {
    /// The result of one run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `arsenal` binary beside the test bundle, or under a scratch build folder of the
    /// package (`.build*/debug/arsenal`).
    static let binary: URL? = {
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("arsenal"))
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) {
            for name in names.sorted() where name.hasPrefix(".build") {
                candidates.append(root.appendingPathComponent("\(name)/debug/arsenal"))
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `arsenal` with `arguments` in `directory`, feeding `input` on standard input.
    func arsenal(_ arguments: [String], in directory: URL? = nil, input: Data? = nil) throws -> Run {
        guard let binary = Self.binary else {
            Issue.record("the arsenal binary was not found; build the package first")
            return Run(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Self.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "ARSENAL_DATA")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var errData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { usleep(1000) }
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder with `files` (name → contents).
    func folder(_ files: [String: Data]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, data) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }
        return url
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: Help and the example

    @Test func helpTeaches() throws {
        let run = try arsenal(["check", "--help"])
        #expect(run.status == 0)
        for expected in ["Examples:", "arsenal check Examples/venezuela-igla-s.md", "arsenal-ignore", "--fail-on", ".arsenal.yml",
                         "conflict", "disputed", "never", "--jsonl", "--explain"] {
            #expect(run.stdout.contains(expected), "help lacks \(expected)")
        }
    }

    @Test func theQuickStartExampleIsRight() throws {
        let run = try arsenal(["check", "Examples/venezuela-igla-s.md", "--all", "--format", "json"])
        #expect(run.status == 0)
        let report = try json(run.stdout)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let keys = Set(findings.map { "\($0["system"]!) \($0["attribute"]!) \($0["verdict"]!)" })
        for expected in [
            "igla-s inventory unverifiable", "igla-s origin consistent", "igla-s class consistent",
            "igla-s comparison consistent", "stinger origin consistent", "igla-s targets consistent",
            "igla-s man_portable consistent", "igla-s max_range consistent", "igla-s max_altitude consistent",
        ] {
            #expect(keys.contains(expected), "missing \(expected) in \(keys.sorted())")
        }
        #expect(!findings.contains { ($0["quote"] as? String ?? "").contains("4,500") || ($0["quote"] as? String ?? "").contains("8 million") })
        let range = try #require(findings.first { $0["attribute"] as? String == "max_range" })
        let claim = try #require(range["claim"] as? [String: Any])
        #expect(claim["bound"] as? String == "up_to")
        #expect(claim["value"] as? Double == 6000)
        #expect(claim["unit"] as? String == "m")
    }

    @Test func theSpanishExampleIsRight() throws {
        let run = try arsenal(["check", "Examples/venezuela-igla-s.es.md", "--format", "json"])
        #expect(run.status == 0)
        let findings = try #require(try json(run.stdout)["findings"] as? [[String: Any]])
        let keys = Set(findings.map { "\($0["system"]!) \($0["attribute"]!) \($0["verdict"]!)" })
        for expected in ["igla-s max_range consistent", "igla-s max_altitude consistent", "igla-s origin consistent",
                         "igla-s inventory unverifiable", "igla-s targets consistent", "igla-s man_portable consistent"] {
            #expect(keys.contains(expected), "missing \(expected) in \(keys.sorted())")
        }
    }

    /// The full pack of the language the first article's opening bytes are in is read on a
    /// second core ahead of the check (a guess). Articles in another language, or a
    /// configuration that names another language set, find what they find when each is
    /// checked alone.
    @Test func thePackReadAheadForTheFirstArticleChangesNoFinding() throws {
        let english = "The Igla-S has a range of 10 km and the Piorun weighs 30 kg.\n"
        let spanish = "El Igla-S tiene un alcance de 10 km y el Piorun pesa 30 kg.\n"
        let dir = try folder([
            "en.md": Data(english.utf8), "es.md": Data(spanish.utf8),
            "only-es/.arsenal.yml": Data("language: [es]\n".utf8), "only-es/es.md": Data(spanish.utf8),
        ])
        func findings(_ arguments: [String]) throws -> [String] {
            let run = try arsenal(["check"] + arguments + ["--all", "--format", "json"], in: dir)
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            let list = try #require(try json(run.stdout)["findings"] as? [[String: Any]])
            return list.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["system"]!) \($0["attribute"]!) \($0["verdict"]!)" }
        }
        let englishAlone = try findings(["en.md"])
        let spanishAlone = try findings(["es.md"])
        #expect(englishAlone.contains { $0.hasPrefix("en.md:1:") && $0.hasSuffix("igla-s max_range conflict") })
        #expect(spanishAlone.contains { $0.hasPrefix("es.md:1:") && $0.hasSuffix("igla-s max_range conflict") })
        #expect(try findings(["en.md", "es.md"]) == englishAlone + spanishAlone)
        #expect(try findings(["es.md", "en.md"]) == spanishAlone + englishAlone)
        let configured = try findings(["only-es/es.md"])
        #expect(configured == spanishAlone.map { "only-es/" + $0 })
        #expect(try findings(["en.md", "only-es/es.md"]) == englishAlone + configured)
    }

    @Test func defaultTextShowsProblemsAndASummary() throws {
        let dir = try folder(["story.md": Data("The Igla-S has a range of 10 km. The Piorun has a range of 8 km.\n".utf8)])
        let run = try arsenal(["check", "story.md"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout.contains("conflict[C101]"))
        #expect(run.stdout.contains("10 km overstates the 9K338 Igla-S's maximum range by 67%"))
        #expect(run.stdout.contains("disputed[C101]"))
        #expect(run.stdout.contains("^^^^^"))
        #expect(run.stdout.contains("recorded:"))
        let conflict = try #require(run.stdout.range(of: "conflict[C101]"))
        let disputed = try #require(run.stdout.range(of: "disputed[C101]"))
        #expect(conflict.lowerBound < disputed.lowerBound, "conflicts come first")
        #expect(run.stdout.hasSuffix("2 claims in 1 file: 1 conflict, 1 disputed\n"))
    }

    @Test func explainShowsHowAFindingWasReached() throws {
        let dir = try folder(["story.md": Data("The Igla-S has a range of 10 km.\n".utf8)])
        let run = try arsenal(["check", "story.md", "--explain"], in: dir)
        for expected in ["explain: system: igla-s", "explain: attribute: max_range", "\"range\"", "explain: parsed:", "judged as [9500, 10500] m", "differs from 6 km"] {
            #expect(run.stdout.contains(expected), "--explain lacks \(expected)")
        }
    }

    // MARK: Exit codes

    @Test func failOnSetsTheExitCode() throws {
        let dir = try folder([
            "conflict.txt": Data("The Igla-S has a range of 10 km.\n".utf8),
            "disputed.txt": Data("The Piorun has a range of 8 km.\n".utf8),
        ])
        #expect(try arsenal(["check", "conflict.txt"], in: dir).status == 1)
        #expect(try arsenal(["check", "conflict.txt", "--fail-on", "never"], in: dir).status == 0)
        #expect(try arsenal(["check", "disputed.txt"], in: dir).status == 0)
        #expect(try arsenal(["check", "disputed.txt", "--fail-on", "disputed"], in: dir).status == 1)
        let bad = try arsenal(["check", "disputed.txt", "--fail-on", "sometimes"], in: dir)
        #expect(bad.status == 2)
    }

    @Test func unknownLanguageListsTheKnownOnes() throws {
        let dir = try folder(["a.txt": Data("The Igla-S has a range of 6 km.\n".utf8)])
        let run = try arsenal(["check", "a.txt", "--language", "xx"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown language 'xx'"))
        #expect(run.stderr.contains("en, es"))
        #expect(try arsenal(["check", "a.txt", "--language", "es,en"], in: dir).status == 0)
    }

    // MARK: Bad input

    @Test func badInputsAreReportedAndTheOthersStillChecked() throws {
        var invalid = Data("The Igla-S has a range of 6 km. ".utf8)
        invalid.append(contentsOf: [0xC3, 0x28, 0x0A])
        let dir = try folder([
            "good.md": Data("The Igla-S has a range of 10 km.\n".utf8),
            "empty.txt": Data(),
            "blank.txt": Data("   \n\n".utf8),
            "binary.txt": Data([0x00, 0x01, 0x02, 0x49, 0x67]),
            "invalid.txt": invalid,
        ])
        let run = try arsenal(["check", "empty.txt", "blank.txt", "binary.txt", "invalid.txt", "missing.md", "good.md"], in: dir)
        #expect(run.status == 2)
        // Empty articles are clean (as for ruff and Vale), not input errors.
        #expect(!run.stderr.contains("empty.txt"))
        #expect(!run.stderr.contains("blank.txt"))
        #expect(run.stderr.contains("binary.txt is not a text file"))
        #expect(run.stderr.contains("invalid.txt:1:33: the file is not valid UTF-8"))
        #expect(run.stderr.contains("missing.md"))
        #expect(run.stdout.contains("conflict[C101]"), "good.md is still checked")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test func anEmptyArticleIsClean() throws {
        let dir = try folder(["empty.md": Data(), "cr.txt": Data("\r\r\r".utf8)])
        let run = try arsenal(["check", "empty.md", "cr.txt"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let sarif = try arsenal(["check", "empty.md", "--format", "sarif"], in: dir)
        #expect(sarif.status == 0)
        #expect(sarif.stdout.contains("empty: there is no text to check"))
        #expect(sarif.stdout.contains("\"executionSuccessful\" : true"))
    }

    @Test func aLongSingleLineIsCheckedWithoutTrouble() throws {
        var line = ""
        let sentence = "Reports said the Igla-S has a range of 10 km, while 4,500 Marines waited offshore and prices rose; "
        while line.utf8.count < 1 << 20 { line += sentence }
        let dir = try folder(["long.txt": Data(line.utf8)])
        let run = try arsenal(["check", "long.txt", "--format", "json"], in: dir)
        #expect(run.status == 1)
        let summary = try #require(try json(run.stdout)["summary"] as? [String: Any])
        #expect((summary["conflict"] as? Int ?? 0) > 5000)
    }

    // MARK: Inputs

    @Test func readsStandardInput() throws {
        let run = try arsenal(["check", "-", "--format", "json"], input: Data("The Igla-S has a range of 10 km.\n".utf8))
        #expect(run.status == 1)
        let findings = try #require(try json(run.stdout)["findings"] as? [[String: Any]])
        #expect(findings.first?["file"] as? String == "<stdin>")
    }

    @Test func readsAFolder() throws {
        let dir = try folder([
            "stories/a.md": Data("The Igla-S has a range of 6 km.\n".utf8),
            "stories/b.html": Data("<p>The Stinger has a range of 4.8 km.</p>\n".utf8),
            "stories/notes.yaml": Data("ignored: true\n".utf8),
        ])
        let run = try arsenal(["check", "stories", "--all"], in: dir)
        #expect(run.status == 0)
        #expect(run.stdout.contains("in 2 files"))
    }

    @Test func streamsAJSONLCorpus() throws {
        let corpus = """
            {"id": "a1", "text": "The Igla-S has a range of 10 km."}
            {"id": "a2", "text": "The Stinger weighs 15.2 kg ready to fire."}
            not json
            {"id": 4, "text": "Nothing to see here."}

            """
        let dir = try folder(["corpus.jsonl": Data(corpus.utf8)])
        let run = try arsenal(["check", "corpus.jsonl", "--jsonl", "--format", "json"], in: dir)
        #expect(run.status == 2, "the malformed line fails the run at the end")
        #expect(run.stderr.contains("corpus.jsonl:3"))
        let report = try json(run.stdout)
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["file"] as? String == "corpus.jsonl#a1" && $0["verdict"] as? String == "conflict" })
        #expect(findings.contains { $0["file"] as? String == "corpus.jsonl#a2" && $0["attribute"] as? String == "system_mass" })
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 3)
        #expect(summary["failed_inputs"] as? Int == 1)
    }

    // MARK: Formats and positions

    @Test func jsonFollowsTheContract() throws {
        let text = "Ελληνικά: the Igla-S has a range of 10 km.\n"
        let dir = try folder(["greek.txt": Data(text.utf8)])
        let run = try arsenal(["check", "greek.txt", "--format", "json"], in: dir)
        let report = try json(run.stdout)
        let tool = try #require(report["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "arsenal")
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        for key in ["file", "line", "column", "end_line", "end_column", "quote", "system", "attribute", "claim", "verdict", "evidence", "rule", "message"] {
            #expect(finding[key] != nil, "finding lacks \(key)")
        }
        // Columns count Unicode scalars: "Ελληνικά: the Igla-S has a range of " is 36 scalars.
        #expect(finding["line"] as? Int == 1)
        #expect(finding["column"] as? Int == 37)
        #expect(finding["end_column"] as? Int == 42)
        #expect(finding["quote"] as? String == "10 km")
        let evidence = try #require((finding["evidence"] as? [[String: Any]])?.first)
        let source = try #require(evidence["source"] as? [String: Any])
        for key in ["id", "title", "publisher", "url", "retrieved"] { #expect(source[key] != nil) }
        #expect((evidence["file"] as? String)?.hasPrefix("Data/systems/") == true)
        #expect(evidence["line"] as? Int != nil)
    }

    @Test func htmlPositionsPointIntoTheOriginal() throws {
        let html = "<html><body>\n<p>Le Monde&nbsp;: the <b>Igla-S</b> has a range of 10&nbsp;km.</p>\n</body></html>\n"
        let dir = try folder(["story.html": Data(html.utf8)])
        let run = try arsenal(["check", "story.html", "--format", "json"], in: dir)
        let finding = try #require((try json(run.stdout)["findings"] as? [[String: Any]])?.first)
        let line = html.split(separator: "\n", omittingEmptySubsequences: false)[1]
        let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: try #require(line.range(of: "10&nbsp;km")).lowerBound) + 1
        #expect(finding["line"] as? Int == 2)
        #expect(finding["column"] as? Int == column)
        #expect(finding["end_column"] as? Int == column + "10&nbsp;km".count)
    }

    @Test func sarifAndGitHubOutputs() throws {
        let dir = try folder(["story.md": Data("The Igla-S has a range of 10 km.\n".utf8)])
        let sarif = try arsenal(["check", "story.md", "--format", "sarif"], in: dir)
        #expect(sarif.status == 1)
        let log = try json(sarif.stdout)
        #expect(log["version"] as? String == "2.1.0")
        #expect(sarif.stdout.contains("\"ruleId\" : \"C101\""))
        let github = try arsenal(["check", "story.md", "--format", "github"], in: dir)
        #expect(github.stdout.hasPrefix("::error file=story.md,line=1,col=27,endLine=1,endColumn=32,title=C101 numeric-spec::conflict: "))
    }

    // MARK: Configuration and inline acceptance

    @Test func configurationTurnsRulesOffAndSetsSeverity() throws {
        let article = Data("The Igla-S has a range of 10 km. Venezuela has 5,000 Igla-S missiles.\n".utf8)
        let off = try folder([".arsenal.yml": Data("rules:\n  C101: off\n".utf8), "story.md": article])
        let run = try arsenal(["check", "story.md", "--all", "--format", "json"], in: off)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\"C101\""))
        #expect(run.stdout.contains("\"C501\""))
        let softer = try folder([".arsenal.yml": Data("severity:\n  numeric-spec: warning\n".utf8), "story.md": article])
        #expect(try arsenal(["check", "story.md"], in: softer).status == 0)
        #expect(try arsenal(["check", "story.md", "--fail-on", "disputed"], in: softer).status == 1)
        let wide = try folder([".arsenal.yml": Data("tolerance:\n  default_relative: 0.7\n".utf8), "story.md": article])
        #expect(try arsenal(["check", "story.md"], in: wide).status == 0)
    }

    @Test func aBadConfigurationIsALocatedError() throws {
        let dir = try folder([".arsenal.yml": Data("rules:\n  C101: off\ntolerence:\n  about: 0.2\n".utf8), "story.md": Data("The Igla-S has a range of 6 km.\n".utf8)])
        let run = try arsenal(["check", "story.md"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".arsenal.yml:3:1: error[C001]: unknown key 'tolerence'"))
        let explicit = try arsenal(["check", "story.md", "--config", "nope.yml"], in: dir)
        #expect(explicit.status == 2)
        #expect(explicit.stderr.contains("nope.yml"))
    }

    @Test func inlineCommentsAcceptFindings() throws {
        let markdown = """
            The Igla-S has a range of 10 km.

            <!-- arsenal-ignore C101 -->
            The Igla-S has a range of 12 km.

            The Igla-S has a range of 14 km. <!-- arsenal-ignore max_range -->

            <!-- arsenal-ignore-next-line C201 -->
            The Igla-S has a range of 16 km.

            """
        let dir = try folder(["story.md": Data(markdown.utf8)])
        let run = try arsenal(["check", "story.md", "--format", "json"], in: dir)
        let quotes = (try json(run.stdout)["findings"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
        #expect(quotes == ["10 km", "16 km"])
    }
}
