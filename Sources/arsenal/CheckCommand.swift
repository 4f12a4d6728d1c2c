import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal check`: finds what articles claim about weapon systems and judges each claim
/// against the database.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fact-check articles: find every claim about a weapon system and judge it against the sourced database.",
        discussion: """
            Reads plain text (.txt), Markdown (.md: code blocks and link targets skipped) and \
            HTML (.html: text only). A PATH may be a file, a folder (searched for .txt, .md and \
            .html files) or - for standard input; with --jsonl each PATH is a corpus with one \
            {"id": ..., "text": ...} object per line, streamed.

            Each claim gets a verdict: conflict (no source agrees), disputed (some sources \
            agree, others not), consistent (every source agrees) or unverifiable (no data). \
            Text output shows conflicts and disputed claims; --all shows every claim. \
            Tolerance: "6 km" means 5.5 to 6.5 km; "about" widens by 10%; "up to 6,000 m" \
            for a maximum means the maximum is 6,000 m.

            Accept a finding in a Markdown or HTML article with an HTML comment:
              <!-- arsenal-ignore -->                 on its own line: the next paragraph
              text <!-- arsenal-ignore C101 -->       inside a line: that line
              <!-- arsenal-ignore-next-line max_range -->   the next line of text
            Name rule codes (C101), rule names (numeric-spec) or attributes (max_range); \
            with none, every rule.

            Configuration: .arsenal.yml, searched from each article's folder upward, or --config:
              rules: {C501: off}            turn rules on or off
              severity: {C101: warning}     severity of a rule's conflicts (disputed: one lower)
              tolerance: {about: 0.1, default_relative: 0.0}
              language: [en, es]

            JSON (--format json) is {"tool", "findings", "summary"}; each finding has file, \
            line, column, end_line, end_column (1-based, columns in Unicode scalars, end \
            exclusive), quote, system, attribute, claim, verdict, evidence (values with their \
            sources and data-file lines), rule and message; it always lists every finding.

            Markdown (--format markdown) is a report for a pull-request comment: a table of \
            findings with verdicts and sources. ClaimReview (--format claimreview) is a JSON-LD \
            array of schema.org ClaimReview nodes, one per judged claim (conflict: rating 1 \
            "False"; disputed: 3 "Disputed"; consistent: 5 "Consistent with sources"); --url \
            names the article's address.

            Exit codes: 0 clean, 1 a finding at or above --fail-on (conflict: errors; \
            disputed: warnings too), 2 bad usage or an input that could not be read (the \
            other inputs are still checked).

            Examples:
              arsenal check Examples/venezuela-igla-s.md
              arsenal check stories/ --all --explain
              curl -s https://example.org/story.html | arsenal check - --format github
              arsenal check corpus.jsonl --jsonl --format json > findings.json
              arsenal check draft.md --fail-on disputed --language en,es
            """)

    /// Output formats of `check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
        case markdown, claimreview
        /// JSON Lines: one finding per line on stdout, nothing else; the summary on stderr.
        case jsonl
    }

    /// The lowest verdict that makes the command fail.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case conflict, disputed, never

        /// The lowest failing severity, nil for never.
        var severity: Severity? {
            switch self {
            case .conflict: .error
            case .disputed: .warning
            case .never: nil
            }
        }
    }

    @Argument(help: ArgumentHelp("Articles: files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Read each PATH as a JSONL corpus: one {\"id\", \"text\"} object per line.")
    var jsonl = false

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Also show consistent and unverifiable claims (text, Markdown, SARIF and GitHub output).")
    var all = false

    @Flag(help: "Show how each finding was reached: words, parsed figure, attribute, tolerance, values compared.")
    var explain = false

    @Option(name: .customLong("fail-on"), help: "Exit 1 on findings at or above this verdict.")
    var failOn: FailOn = .conflict

    @Option(help: ArgumentHelp("Languages to read articles in, comma-separated (default: every bundled language).", valueName: "codes"))
    var language: String?

    @Option(name: .customLong("config"), help: ArgumentHelp("A configuration file instead of the nearest .arsenal.yml.", valueName: "file"))
    var configPath: String?

    @Option(help: ArgumentHelp("The article's address, for ClaimReview's itemReviewed (--format claimreview).", valueName: "url"))
    var url: String?

    @Option(name: .customLong("stdin-filename"), help: ArgumentHelp(
        "The name standard input (-) is reported under; its extension sets the format.", valueName: "path"))
    var stdinFilename: String?

    @OptionGroup var reporting: ReportingOptions

    @OptionGroup var walking: WalkOptions

    @OptionGroup var data: DataOptions

    /// The rules `--select` and `--ignore` may name.
    static var selectableRules: [RuleDescription] { ClaimRules.descriptions + SuppressionAudit.descriptions }

    func validate() throws {
        if url != nil, format != .claimreview {
            throw ValidationError("--url is only used with --format claimreview")
        }
        if paths.isEmpty {
            throw ValidationError("name at least one article, folder, or - for standard input")
        }
        try reporting.validateSelection(against: Self.selectableRules)
        if let language {
            _ = try Self.languages(from: language)
        }
    }

    /// Parses and checks a comma-separated language list.
    static func languages(from list: String) throws -> [String] {
        let known = Lexicon.bundledLanguages
        let codes = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !codes.isEmpty else { throw ValidationError("--language needs at least one code; known languages: \(known.joined(separator: ", "))") }
        for code in codes where !known.contains(code) {
            throw ValidationError("unknown language '\(code)'; known languages: \(known.joined(separator: ", "))")
        }
        return codes
    }

    func run() throws {
        let languageOverride = try language.map(Self.languages)
        // Parse the lexicons on a second core while the catalog loads: the two are most of
        // the start-up time of a one-article check.
        let preload = LexiconPreload(
            languages: languageOverride ?? Lexicon.bundledLanguages, firstArticle: jsonl ? nil : paths.first,
            catalog: data.userPaths.isEmpty ? BundledCatalogPreload.started : nil)
        try reporting.redirectOutput()
        let catalog = try data.loadCatalog(quiet: reporting.quiet)
        var session = CheckSession(
            catalog: catalog, format: format, showAll: all, explain: explain, color: format == .text && reporting.color.isEnabled,
            languageOverride: languageOverride, explicitConfig: try configPath.map(Self.loadConfig), preload: preload)
        // Freeing the session's tables (phrase tries, judging tables, the database) took
        // about a tenth of a cold one-article check; the process's exit frees them for nothing.
        defer { LeftToExit.keep(session) }
        session.adoption = try AdoptionState(options: reporting, stdinFilename: stdinFilename)
        if jsonl {
            for path in paths { session.checkCorpus(path) }
        } else {
            // Walk every folder first, so the progress line knows the total.
            let inputs = paths.flatMap { Self.expand($0, walking: walking, explicitConfig: configPath) }
            let total = inputs.count { $0.1 == nil }
            session.progress = ProgressLine(
                verb: "checking", noun: ("articles", "article"), total: .items(total), quiet: reporting.quiet)
            var done = 0
            for (file, error) in inputs {
                if let error {
                    session.fail(error)
                } else {
                    session.checkFile(file)
                    done += 1
                    session.progress?.update(items: done, bytes: session.bytesChecked, findings: session.findingsSoFar)
                }
            }
            session.progress?.clear()
            session.progress = nil
        }
        try session.finish(failOn: reporting.writeBaseline == nil ? failOn : .never, articleURL: url)
        try reporting.writeBaseline(session.adoption.written)
    }

    /// Reads an explicit configuration file, failing with its located message.
    static func loadConfig(_ path: String) throws -> CheckConfiguration {
        do {
            return try CheckConfiguration.load(path: path)
        } catch {
            throw ToolError.message(configurationMessage(error))
        }
    }

    static func configurationMessage(_ error: ConfigurationError) -> String {
        let diagnostic = error.diagnostic
        return "\(diagnostic.location.map(\.description) ?? error.path): error[\(diagnostic.code.code)]: \(diagnostic.message)"
    }

    /// The article files a PATH names: itself, or the .txt, .md and .html files under a
    /// folder, walked with `.gitignore`, hidden folders skipped, and the include/exclude
    /// globs of the command line and of the folder's `.arsenal.yml`.
    static func expand(_ path: String, walking: WalkOptions = WalkOptions(), explicitConfig: String? = nil) -> [(String, String?)] {
        var isDirectory: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [(path, nil)]
        }
        let configFile = explicitConfig ?? CheckConfiguration.find(from: path)
        let configuration = configFile.flatMap { try? CheckConfiguration.load(path: $0) }
        let walker = FileWalker(
            include: walking.include + (configuration?.include ?? []), exclude: walking.exclude + (configuration?.exclude ?? []))
        let found = walker.files(under: path, extensions: [".txt", ".md", ".markdown", ".html", ".htm"])
        var results: [(String, String?)] = found.unreadable.map { ($0.path, "\($0.path): cannot read folder: \($0.reason)") }
        if found.files.isEmpty, found.unreadable.isEmpty {
            results.append((path, "\(path): no articles (.txt, .md, .html) found in this folder"))
        }
        return results + found.files.map { ($0, nil) }
    }
}

/// The state of one `arsenal check` run: checkers per language set, configurations per
/// folder, findings or streamed text, and the failures to report at the end.
struct CheckSession {
    let catalog: Catalog
    let format: CheckCommand.Format
    let showAll: Bool
    let explain: Bool
    let color: Bool
    let languageOverride: [String]?
    let explicitConfig: CheckConfiguration?

    /// The check itself, shared with `arsenal serve`; made on first use.
    private var service: ArticleCheckService?
    private let preload: LexiconPreload?
    private var configurations: [String: CheckConfiguration] = [:]
    private var findings: [Finding] = []
    private var tally = FindingTextReporter.FindingTally()
    private var failingSeen: [Severity: Bool] = [:]
    private var checkedFiles: [String] = []
    private var checkedCount = 0
    private var failures = 0
    /// Baseline, rule selection, suppression audit and standard input's name.
    var adoption = AdoptionState()
    /// JSON and JSONL findings are written as each document is checked, never held.
    private var stream: FindingStreamWriter?
    /// For SARIF and GitHub output: the JSONL record behind each corpus document with findings.
    private var records: [String: DiagnosticRecord] = [:]
    /// The progress line on standard error while one is drawn; cleared before other output.
    var progress: ProgressLine?
    /// Findings so far, after baseline and suppressions (for the progress line).
    private(set) var findingsSoFar = 0
    /// Bytes of article text checked so far (for the progress line).
    private(set) var bytesChecked = 0

    init(catalog: Catalog, format: CheckCommand.Format, showAll: Bool, explain: Bool, color: Bool,
         languageOverride: [String]?, explicitConfig: CheckConfiguration?, preload: LexiconPreload? = nil) {
        self.preload = preload
        self.catalog = catalog
        self.format = format
        self.showAll = showAll
        self.explain = explain
        self.color = color
        self.languageOverride = languageOverride
        self.explicitConfig = explicitConfig
        switch format {
        case .json: stream = FindingStreamWriter(layout: .json, explain: explain) { print($0, terminator: "") }
        case .jsonl: stream = FindingStreamWriter(layout: .jsonl, explain: explain) { print($0, terminator: "") }
        default: stream = nil
        }
    }

    /// Reports an input that could not be read; the run goes on and exits 2 at the end.
    mutating func fail(_ message: String, input: String? = nil) {
        progress?.clear()
        failures += 1
        adoption.inputProblems.append(InputProblem(input: input ?? message.components(separatedBy: ": ").first ?? message, reason: message))
        FileHandle.standardError.write(Data("arsenal: error: \(message)\n".utf8))
    }

    mutating func checkFile(_ path: String) {
        let document: Document
        var sourceText: String?
        do {
            if path == DocumentReader.standardInputPath {
                let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                // Standard input has no extension (unless --stdin-filename gives one): HTML
                // when it starts with a tag, else Markdown (which reads plain text as it is).
                let isHTML = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == 0x3C
                let named = adoption.stdinFilename.map { DocumentFormat(path: $0) }
                document = try DocumentReader.document(
                    path: adoption.standardInputName, bytes: bytes, format: named ?? (isHTML ? .html : .markdown))
                sourceText = String(decoding: bytes, as: UTF8.self)
            } else {
                document = try DocumentReader.read(contentsOf: path)
            }
        } catch {
            if case .empty = error {
                // An empty article has nothing to check: clean, as for ruff and Vale.
                checkedFiles.append(path == DocumentReader.standardInputPath ? adoption.standardInputName : path)
                adoption.inputProblems.append(InputProblem(input: path, reason: "empty: there is no text to check", isError: false))
                return
            }
            fail(error.description, input: error.path)
            return
        }
        let configPath = path == DocumentReader.standardInputPath ? adoption.stdinFilename ?? path : path
        guard let configuration = configuration(forArticleAt: configPath) else { return }
        check(document, configuration: configuration, sourceText: sourceText)
    }

    mutating func checkCorpus(_ path: String) {
        var stream: JSONLArticleStream
        do {
            stream = try JSONLArticleStream(path: path)
        } catch {
            fail(error.description)
            return
        }
        guard let configuration = configuration(forArticleAt: path) else { return }
        let name = path == DocumentReader.standardInputPath ? "<stdin>" : path
        progress = ProgressLine(
            verb: "checking", noun: ("records", "record"), total: stream.totalBytes.map { .bytes($0) } ?? .unknown,
            quiet: adoption.quiet)
        var records = 0
        while let element = stream.next() {
            switch element {
            case .success(let document):
                // A corpus document's path is NAME#ID.
                let record = document.recordLine.map { FindingStreamWriter.Record(id: String(document.path.dropFirst(name.count + 1)), line: $0) }
                check(document, configuration: configuration, sourceText: document.text, record: record)
            case .failure(let error): fail(error.description)
            }
            records += 1
            progress?.update(items: records, bytes: stream.bytesRead, findings: findingsSoFar)
        }
        progress?.clear()
        progress = nil
    }

    /// Text output holds this many of a document's findings to order them (conflicts
    /// first); a document with more is reported in parts of this size.
    static let textPart = 4096

    /// Checks one document, writing its findings as they come (JSON, JSONL and text) so a
    /// huge article never holds them all; SARIF, GitHub, Markdown and ClaimReview collect.
    private mutating func check(
        _ document: Document, configuration: CheckConfiguration, sourceText: String?, record: FindingStreamWriter.Record? = nil
    ) {
        var audit = SuppressionAudit.Session(document)
        var textBlocks: FindingTextReporter.DocumentBlocks?
        if format == .text {
            // The document's text is read (or split into lines) once for all its parts.
            let path = document.path
            let text = sourceText ?? ReportContext.fileReader()(path)
            let reader = ReportContext.fileReader()
            textBlocks = FindingTextReporter.DocumentBlocks(
                options: .init(showAll: showAll, explain: explain, color: color),
                sourceText: { file in file == path ? text : reader(file) })
        }
        var heldText: [Finding] = []
        let service = checkService()
        do {
            try service.check(
                document, configuration: configuration, languages: languageOverride ?? configuration.languages ?? Lexicon.bundledLanguages,
                applyInlineIgnores: false, explain: explain
            ) { raw in
                let found = adoption.admit(raw, audit: &audit)
                guard !found.isEmpty else { return }
                findingsSoFar += found.count
                tally.add(found)
                for finding in found { failingSeen[finding.severity] = true }
                switch format {
                case .text:
                    heldText += found
                    if heldText.count >= Self.textPart {
                        writeText(textBlocks!.blocks(heldText))
                        heldText.removeAll(keepingCapacity: true)
                    }
                case .json, .jsonl:
                    progress?.beforeOutput()
                    stream?.add(found, record: record)
                case .sarif, .github, .markdown, .claimreview:
                    findings += found
                }
            }
        } catch {
            switch error {
            case .lexicon(let problem):
                let location = configuration.languagesLocation.map { "\($0): " } ?? ""
                fail("\(location)\(problem.description)")
            case .undeterminedLanguage(let problem):
                fail("\(document.path): \(problem)")
            case .unknownLanguage, .unreadable, .cancelled:
                fail("\(document.path): \(error.description)")
            }
            return
        }
        let problems = adoption.problems(of: audit, configuration: configuration)
        checkedFiles.append(document.path)
        checkedCount += 1
        bytesChecked += document.text.utf8.count
        for problem in problems { failingSeen[problem.severity] = true }
        switch format {
        case .text:
            if !heldText.isEmpty { writeText(textBlocks!.blocks(heldText)) }
            if !problems.isEmpty {
                progress?.beforeOutput()
                emit(AdoptionState.text(problems))
            }
        case .json:
            adoption.problems += problems
        case .jsonl:
            break
        case .sarif, .github, .markdown, .claimreview:
            if let record, findings.last?.start.file == document.path, format == .sarif || format == .github {
                // A corpus document's path is FILE#ID.
                let file = String(document.path.dropLast(record.id.count + 1))
                records[document.path] = DiagnosticRecord(file: file, id: record.id, line: record.line)
            }
            adoption.problems += problems
        }
    }

    /// Prints text blocks, clearing the progress line first.
    private func writeText(_ blocks: String) {
        guard !blocks.isEmpty else { return }
        progress?.beforeOutput()
        emit(blocks)
    }

    /// The configuration for an article: `--config`, else the nearest `.arsenal.yml`.
    private mutating func configuration(forArticleAt path: String) -> CheckConfiguration? {
        if let explicitConfig { return explicitConfig }
        let directory = path == DocumentReader.standardInputPath
            ? FileManager.default.currentDirectoryPath
            : URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let cached = configurations[directory] { return cached }
        var configuration = CheckConfiguration.default
        if let file = CheckConfiguration.find(from: directory) {
            do {
                configuration = try CheckConfiguration.load(path: Self.displayPath(file))
            } catch {
                fail(CheckCommand.configurationMessage(error))
                return nil
            }
        }
        configurations[directory] = configuration
        return configuration
    }

    /// A path relative to the working directory when it lies beneath it.
    private static func displayPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    /// The check service, made on first use over the lexicons parsed in the background
    /// (languages outside them load when an article's configuration asks for them).
    private mutating func checkService() -> ArticleCheckService {
        if let service { return service }
        var loaded: [LazyLexicon] = []
        if let preload, case .success(let packs)? = preload.wait() { loaded = packs }
        let made = ArticleCheckService(catalog: catalog, packs: loaded)
        service = made
        return made
    }

    /// Prints the report (or the summary after streamed text) and throws the exit code.
    func finish(failOn: CheckCommand.FailOn, articleURL: String? = nil) throws {
        progress?.clear()
        switch format {
        case .markdown:
            emit(FindingMarkdownReporter.report(findings, files: checkedCount, showAll: showAll))
        case .claimreview:
            emit(FindingClaimReviewReporter.report(findings, catalog: catalog, articleURL: articleURL))
        case .text:
            if !adoption.quiet {
                emit(FindingTextReporter.summary(tally, files: checkedFiles.count, showAll: showAll, color: color))
            }
        case .json:
            // Findings were written as each document was checked; this closes the object.
            var stream = stream
            stream?.finish(
                checkedFiles: checkedFiles.count, suppressions: adoption.problems,
                inputErrors: adoption.inputProblems.filter(\.isError).map { ($0.input, $0.reason) })
        case .jsonl:
            FileHandle.standardError.write(Data(FindingTextReporter.summary(tally, files: checkedCount, showAll: true, color: false).utf8))
        case .sarif, .github:
            let shown = findings.filter { showAll || $0.verdict == .conflict || $0.verdict == .disputed }
            var context = ReportContext(
                toolVersion: arsenalVersion, command: "check", rules: CheckCommand.selectableRules,
                checkedFiles: checkedFiles, workingDirectory: FileManager.default.currentDirectoryPath)
            context.inputProblems = adoption.inputProblems
            context.bundledData = DataOptions.usesBundledDatabase
            let reporter: DiagnosticFormat = format == .sarif ? .sarif : .github
            let diagnostics = shown.map { finding in
                var diagnostic = finding.diagnostic
                diagnostic.record = records[finding.start.file]
                return diagnostic
            }
            emit(reporter.report(diagnostics + adoption.problems, context: context))
        }
        if failures > 0 { throw ExitCode(2) }
        if let threshold = failOn.severity, failingSeen.keys.contains(where: { $0 >= threshold }) {
            throw ExitCode(1)
        }
    }
}
