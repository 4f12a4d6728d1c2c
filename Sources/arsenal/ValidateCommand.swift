import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal validate`: checks data files and reports diagnostics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check data files: YAML, schema, units, physical sense, sources, aliases.",
        discussion: """
            With no PATH, checks the database in use (--data, ARSENAL_DATA, or the bundled one). \
            A PATH may be a file or a folder (searched for *.yaml and *.yml); a file named \
            sources.yaml is a source registry, every other file is one system record.

            Exit codes: 0 clean (warnings allowed unless --strict), 1 errors found, \
            2 a file could not be read or parsed, or bad usage.

            Examples:
              arsenal validate
              arsenal validate Data/ --format sarif > arsenal.sarif
              arsenal validate Data/systems/igla-s.yaml Data/sources.yaml --strict
            """)

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @OptionGroup var reporting: ReportingOptions

    @OptionGroup var walking: WalkOptions

    @OptionGroup var data: DataOptions

    func validate() throws {
        try reporting.validateSelection(against: ValidationRules.descriptions)
    }

    func run() throws {
        try reporting.redirectOutput()
        let targets = paths.isEmpty ? data.userPaths : paths
        let walker = FileWalker(include: walking.include, exclude: walking.exclude)
        var options = LoadOptions()
        let progress = ProgressLine(
            verb: "validating", noun: ("files", "file"), total: .unknown, quiet: reporting.quiet, counted: ("problems", "problem"))
        if let progress {
            options.progress = { done, total, bytes, diagnostics in
                progress.total = .items(total)
                progress.update(items: done, bytes: bytes, findings: diagnostics)
            }
        }
        var outcome = targets.isEmpty
            ? CatalogLoader.bundled() : CatalogLoader.loadForValidation(paths: targets, options: options, walker: walker)
        progress?.clear()
        let texts = outcome.texts
        let selection = reporting.selection
        outcome.diagnostics.removeAll { !selection.isEnabled($0.code) }
        let lineText: (Diagnostic) -> String? = { diagnostic in
            diagnostic.location.flatMap { location in
                texts[location.file].flatMap { text in
                    text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(location.line - 1).first.map(String.init)
                }
            }
        }
        let entries = outcome.diagnostics.map { Baseline.Entry($0, lineText: lineText($0)) }
        if var baseline = try reporting.loadBaseline() {
            outcome.diagnostics = zip(outcome.diagnostics, entries).filter { !baseline.absorbs(file: $1.file, fingerprint: $1.fingerprint) }.map(\.0)
        }
        let failing: Severity? = reporting.writeBaseline != nil ? nil : strict ? .warning : .error
        var context = ReportContext(
            toolVersion: arsenalVersion, informationURI: nil, command: "validate",
            rules: ValidationRules.descriptions, color: format == .text && reporting.color.isEnabled,
            checkedFiles: outcome.files,
            workingDirectory: FileManager.default.currentDirectoryPath,
            sourceText: { texts[$0] })
        context.failingSeverity = failing
        context.inputProblems = outcome.inputErrors.map { InputProblem(input: $0.path, reason: $0.description) }
        // Text with nothing read at all: the errors alone, not "no problems found" as well.
        let nothingRead = outcome.files.isEmpty && !outcome.inputErrors.isEmpty
        if format == .text, nothingRead || (reporting.quiet && outcome.diagnostics.isEmpty) {
            // nothing on stdout
        } else if format == .text, reporting.quiet {
            emit(TextReporter.blocks(outcome.diagnostics, context: context))
        } else {
            emit(format.report(outcome.diagnostics, context: context))
        }
        for error in outcome.inputErrors {
            FileHandle.standardError.write(Data("arsenal: error: \(error)\n".utf8))
        }
        if !outcome.inputErrors.isEmpty || outcome.hasMalformedData { throw ExitCode(2) }
        try reporting.writeBaseline(entries)
        if let failing, outcome.diagnostics.contains(where: { $0.severity >= failing }) { throw ExitCode(1) }
    }
}
