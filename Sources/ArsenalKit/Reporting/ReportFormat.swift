/// The output formats for diagnostics and the context every reporter renders with.
///
/// Each format has one reporter type in its own file, and each of those files cites the
/// specification it follows: SARIF 2.1.0 (OASIS), GitHub Actions workflow commands, the
/// Ant/Jenkins JUnit XML schema, and Arsenal's own JSON and rustc-style text layouts.
import Foundation

/// An output format for diagnostics, as named on the command line (`--format sarif`).
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// Human-readable, rustc-like text with source snippets.
    case text
    /// Arsenal's JSON contract: `{"tool", "diagnostics", "summary"}`.
    case json
    /// SARIF 2.1.0, for code-scanning services.
    case sarif
    /// GitHub Actions workflow commands, which become annotations on a pull request.
    case github
    /// JUnit XML, for CI servers that show test reports.
    case junit

    /// The reporter that renders this format.
    public var reporter: any DiagnosticReporter.Type {
        switch self {
        case .text: TextReporter.self
        case .json: JSONReporter.self
        case .sarif: SARIFReporter.self
        case .github: GitHubReporter.self
        case .junit: JUnitReporter.self
        }
    }

    /// Renders `diagnostics` in this format.
    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        reporter.report(diagnostics, context: context)
    }
}

/// Renders a list of diagnostics as one document in one format.
public protocol DiagnosticReporter {
    /// Returns the whole report, ready to write to standard output. Diagnostics are
    /// printed in their `Comparable` order, whatever order they arrive in.
    static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String
}

/// What a reporter needs to know beyond the diagnostics themselves.
public struct ReportContext: Sendable {
    /// The tool's name (`arsenal`).
    public var toolName: String
    /// The tool's version, as printed by `--version`.
    public var toolVersion: String
    /// The tool's home page, for SARIF `tool.driver.informationUri`; omitted when nil.
    public var informationURI: String?
    /// The command that produced the diagnostics (`validate`, `check`): the JUnit suite
    /// name and the SARIF `automationDetails` category.
    public var command: String
    /// Every rule that could have fired, for SARIF `tool.driver.rules`.
    public var rules: [RuleDescription]
    /// Whether the text reporter may colour its output with ANSI escape sequences.
    public var color: Bool
    /// The files that were checked, in the same spelling diagnostics use. JUnit reports
    /// each one without diagnostics as a passing test case.
    public var checkedFiles: [String]
    /// The absolute directory relative paths are relative to. SARIF uses it to declare
    /// `%SRCROOT%` and to make absolute paths beneath it relative.
    public var workingDirectory: String?
    /// Returns the text of a file named as in a diagnostic, or nil when it is not
    /// available; the text reporter quotes source lines from it.
    public var sourceText: @Sendable (String) -> String?
    /// The lowest severity that makes the command fail (nil: nothing fails). JUnit reports
    /// a diagnostic below it as passing output, not a `<failure>`, so the report agrees
    /// with the exit code.
    public var failingSeverity: Severity? = .warning
    /// Inputs that could not be read or held nothing, with the reason; SARIF lists them as
    /// tool execution notifications.
    public var inputProblems: [InputProblem] = []
    /// Whether `Data/...` paths in notes name the database compiled into the binary rather
    /// than files beneath the working directory.
    public var bundledData = false

    /// Creates a context.
    public init(
        toolName: String = "arsenal",
        toolVersion: String,
        informationURI: String? = nil,
        command: String,
        rules: [RuleDescription] = [],
        color: Bool = false,
        checkedFiles: [String] = [],
        workingDirectory: String? = nil,
        sourceText: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.command = command
        self.rules = rules
        self.color = color
        self.checkedFiles = checkedFiles
        self.workingDirectory = workingDirectory
        self.sourceText = sourceText
    }

    /// A `sourceText` function that reads UTF-8 files from disk, resolving relative paths
    /// against `directory` (the process's current directory when nil).
    public static func fileReader(relativeTo directory: String? = nil) -> @Sendable (String) -> String? {
        { path in
            let resolved: String
            if let directory, !path.hasPrefix("/") {
                resolved = URL(fileURLWithPath: directory).appendingPathComponent(path).path
            } else {
                resolved = path
            }
            return try? String(contentsOfFile: resolved, encoding: .utf8)
        }
    }
}

/// An input a command could not use: its path and why, and whether the run failed on it
/// (an unreadable file) or only notes it (an empty file).
public struct InputProblem: Sendable, Hashable {
    /// The path as given.
    public var input: String
    /// The reason, one line.
    public var reason: String
    /// Whether the input made the run fail (exit 2).
    public var isError: Bool

    /// Creates an input problem.
    public init(input: String, reason: String, isError: Bool = true) {
        self.input = input
        self.reason = reason
        self.isError = isError
    }
}

/// Counts by severity and the number of distinct files with a located diagnostic: the
/// summary the text and JSON reports end with.
struct DiagnosticTally: Equatable {
    var errors = 0
    var warnings = 0
    var notes = 0
    var files = 0

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
        files = Set(diagnostics.compactMap { $0.location?.file }).count
    }
}
