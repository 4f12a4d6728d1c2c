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

    @OptionGroup var data: DataOptions

    func run() throws {
        let targets = paths.isEmpty ? data.userPaths : paths
        let outcome = targets.isEmpty ? CatalogLoader.bundled() : CatalogLoader.load(paths: targets)
        let texts = outcome.texts
        let context = ReportContext(
            toolVersion: arsenalVersion, informationURI: nil, command: "validate",
            rules: ValidationRules.descriptions, color: format == .text && shouldColor(),
            checkedFiles: outcome.files,
            workingDirectory: FileManager.default.currentDirectoryPath,
            sourceText: { texts[$0] })
        emit(format.report(outcome.diagnostics, context: context))
        for error in outcome.inputErrors {
            FileHandle.standardError.write(Data("arsenal: error: \(error)\n".utf8))
        }
        if !outcome.inputErrors.isEmpty || outcome.hasMalformedData { throw ExitCode(2) }
        let failing: Severity = strict ? .warning : .error
        if outcome.diagnostics.contains(where: { $0.severity >= failing }) { throw ExitCode(1) }
    }
}
