import ArgumentParser
import ArsenalKit
import Foundation

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour: `auto` colours a terminal unless NO_COLOR is set.
    var isEnabled: Bool {
        switch self {
        case .auto: shouldColor()
        case .always: true
        case .never: false
        }
    }
}

/// Options `check` and `validate` share for use in a repository's CI: baselines, rule
/// selection, where output goes and how it looks.
struct ReportingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Leave out findings recorded in this baseline file (see --write-baseline).", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp(
        "Record every finding in this baseline file and exit 0 (unless an input could not be read).", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Only these rules: codes, code prefixes (C1) or names; comma-separated or repeated.", valueName: "rule"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Leave out these rules: codes, code prefixes or names; comma-separated or repeated.", valueName: "rule"))
    var ignore: [String] = []

    @Flag(name: [.short, .long], help: "Print findings only: no summary line, no 'no problems found', no warnings about the database.")
    var quiet = false

    @Option(name: [.short, .customLong("output-file")], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var outputFile: String?

    @Option(help: "Colour text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    /// The rule selection.
    var selection: RuleSelection { RuleSelection(select: select, ignore: ignore) }

    /// Fails with a suggestion when `--select` or `--ignore` names no rule of `rules`.
    func validateSelection(against rules: [RuleDescription]) throws {
        if let message = selection.validate(against: rules) { throw ValidationError(message) }
    }

    /// Loads `--baseline`, if given.
    func loadBaseline() throws -> Baseline? {
        guard let baseline else { return nil }
        do {
            return try Baseline.load(path: baseline)
        } catch {
            throw ToolError.message(error.description)
        }
    }

    /// Writes `entries` to `--write-baseline` and says so on stderr.
    func writeBaseline(_ entries: [Baseline.Entry]) throws {
        guard let writeBaseline else { return }
        do {
            try Baseline.write(entries, to: writeBaseline)
        } catch {
            throw ToolError.message(error.description)
        }
        if !quiet {
            FileHandle.standardError.write(Data(
                "arsenal: wrote \(entries.count) finding\(entries.count == 1 ? "" : "s") to the baseline \(writeBaseline)\n".utf8))
        }
    }

    /// Points standard output at `--output-file`, so every reporter writes there.
    func redirectOutput() throws {
        guard let outputFile else { return }
        let descriptor = open(outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw ToolError.message("\(outputFile): cannot write output file: \(String(cString: strerror(errno)))")
        }
        fflush(nil)
        dup2(descriptor, STDOUT_FILENO)
        close(descriptor)
    }
}

/// Options of folder walks: globs to include or exclude, on top of `.gitignore` and the
/// skipping of hidden folders.
struct WalkOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "In folders, only files matching this glob (repeatable; * within a name, ** across folders, e.g. 'stories/**/*.md').",
        valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp(
        "In folders, leave out files and folders matching this glob (repeatable; e.g. 'drafts/**').", valueName: "glob"))
    var exclude: [String] = []
}
