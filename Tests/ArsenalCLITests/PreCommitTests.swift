import Foundation
import Testing

/// `.pre-commit-hooks.yaml` through pre-commit itself (`pre-commit try-repo`), on a
/// throwaway repository with a bad data file and a bad article. pre-commit comes from
/// PyPI: `.ci/run` installs it into `.venv`; elsewhere the test uses `.venv/bin/pre-commit`
/// or one on PATH, and is skipped without one (outside CI, where its absence fails).
@Suite("pre-commit hooks") struct PreCommitTests {
    static let preCommit: String? = {
        let local = ArsenalBinary.packageRoot.appendingPathComponent(".venv/bin/pre-commit").path
        if FileManager.default.isExecutableFile(atPath: local) { return local }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/pre-commit"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    struct Outcome {
        var status: Int32
        var output: String
    }

    /// Runs a program with the built `arsenal` first on PATH.
    static func run(_ program: String, _ arguments: [String], in directory: URL, home: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = ArsenalBinary.url.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["PRE_COMMIT_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        environment["GIT_AUTHOR_NAME"] = "test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.org"
        environment["GIT_COMMITTER_NAME"] = "test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.org"
        environment.removeValue(forKey: "ARSENAL_DATA")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    @Test("try-repo: a bad data file and a bad article fail their hooks, and pass once fixed")
    func tryRepo() throws {
        guard let preCommit = Self.preCommit else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "pre-commit is missing: .ci/run installs it into .venv")
            return
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-precommit-\(UUID().uuidString)")
        let repo = root.appendingPathComponent("newsroom")
        let home = root.appendingPathComponent("cache")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        let packageData = ArsenalBinary.packageRoot.appendingPathComponent("Data")
        try FileManager.default.copyItem(at: packageData, to: repo.appendingPathComponent("Data"))
        let record = repo.appendingPathComponent("Data/systems/igla-s.yaml")
        let good = try String(contentsOf: record, encoding: .utf8)
        try Data(good.replacingOccurrences(of: "kind: manpads", with: "kind: manpads\nmax_rnage: 1").utf8).write(to: record)
        let article = repo.appendingPathComponent("stories/igla.md")
        try FileManager.default.createDirectory(at: article.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("The Igla-S has a range of 9 km.\n".utf8).write(to: article)

        #expect(try Self.run("git", ["init", "-q", "."], in: repo, home: home).status == 0)
        #expect(try Self.run("git", ["add", "-A"], in: repo, home: home).status == 0)
        let hooks = ArsenalBinary.packageRoot.path
        let badData = try Self.run(preCommit, ["try-repo", hooks, "arsenal-validate", "--all-files"], in: repo, home: home)
        #expect(badData.status != 0, "\(badData.output)")
        #expect(badData.output.contains("max_rnage"), "\(badData.output)")
        let badArticle = try Self.run(preCommit, ["try-repo", hooks, "arsenal-check", "--all-files"], in: repo, home: home)
        #expect(badArticle.status != 0, "\(badArticle.output)")
        #expect(badArticle.output.contains("stories/igla.md:1:27"), "\(badArticle.output)")

        try Data(good.utf8).write(to: record)
        try Data("The Igla-S has a range of 6 km.\n".utf8).write(to: article)
        #expect(try Self.run("git", ["add", "-A"], in: repo, home: home).status == 0)
        let fixedData = try Self.run(preCommit, ["try-repo", hooks, "arsenal-validate", "--all-files"], in: repo, home: home)
        #expect(fixedData.status == 0, "\(fixedData.output)")
        let fixedArticle = try Self.run(preCommit, ["try-repo", hooks, "arsenal-check", "--all-files"], in: repo, home: home)
        #expect(fixedArticle.status == 0, "\(fixedArticle.output)")
    }
}
