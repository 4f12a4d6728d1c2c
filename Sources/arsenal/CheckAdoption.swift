import ArsenalKit
import Foundation

/// What `check` does on top of judging: the article's suppression comments audited, rule
/// selection, the baseline (read and written), and standard input's display name.
struct AdoptionState {
    /// Findings accepted by `--baseline`.
    var baseline: Baseline?
    /// Whether `--write-baseline` collects entries.
    var isWriting = false
    /// The entries for `--write-baseline`.
    var written: [Baseline.Entry] = []
    /// `--select` / `--ignore`.
    var selection = RuleSelection()
    /// `--quiet`.
    var quiet = false
    /// `--stdin-filename`.
    var stdinFilename: String?
    /// Suppression comments that name unknown rules or accept nothing, for JSON and SARIF.
    var problems: [Diagnostic] = []
    /// Inputs that could not be read (errors) or held no text (notes).
    var inputProblems: [InputProblem] = []

    init() {}

    init(options: ReportingOptions, stdinFilename: String?) throws {
        baseline = try options.loadBaseline()
        isWriting = options.writeBaseline != nil
        selection = options.selection
        quiet = options.quiet
        self.stdinFilename = stdinFilename
    }

    /// The name standard input is reported under.
    var standardInputName: String { stdinFilename ?? "<stdin>" }

    /// Applies suppression comments (through the article's `audit`), rule selection and the
    /// baseline to a batch of an article's findings (checked without inline ignores);
    /// returns what is left to report.
    mutating func admit(_ raw: [Finding], audit: inout SuppressionAudit.Session) -> [Finding] {
        let selection = selection
        var findings = audit.filter(raw.filter { selection.isEnabled($0.rule) })
        if isWriting {
            written += findings.filter { $0.verdict != .consistent }.map(Baseline.Entry.init)
        }
        if var baseline {
            findings.removeAll { $0.verdict != .consistent && baseline.absorbs(file: $0.start.file, fingerprint: $0.fingerprint) }
            self.baseline = baseline
        }
        return findings
    }

    /// The problems of an article's suppression comments once all its findings went
    /// through `admit`, after rule selection and the baseline.
    mutating func problems(of audit: SuppressionAudit.Session, configuration: CheckConfiguration) -> [Diagnostic] {
        let selection = selection
        var problems = audit.problems(isEnabled: { code in
            configuration.isEnabled(code) && selection.isEnabled(code: code, in: SuppressionAudit.descriptions)
        })
        if isWriting {
            written += problems.map { Baseline.Entry($0, lineText: nil) }
        }
        if var baseline {
            problems.removeAll { problem in
                let entry = Baseline.Entry(problem, lineText: nil)
                return baseline.absorbs(file: entry.file, fingerprint: entry.fingerprint)
            }
            self.baseline = baseline
        }
        return problems
    }

    /// Text lines for suppression problems: `file:line:col: warning[C902] unused-suppression: ...`.
    static func text(_ problems: [Diagnostic]) -> String {
        problems.map { problem in
            "\(problem.location.map { "\($0): " } ?? "")\(problem.severity.rawValue)[\(problem.code.code)] \(problem.code.name): \(problem.message)\n"
        }.joined()
    }
}
