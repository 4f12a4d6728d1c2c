/// The self-description every rule carries (validation rules and claim rules alike):
/// stable code, name, summary, rationale, default severity and examples. `arsenal rules`
/// prints it, SARIF embeds it, and one parameterized test runs every example.
public struct RuleDescription: Hashable, Sendable {
    /// The stable code and kebab-case name.
    public var code: DiagnosticCode
    /// One sentence: what the rule reports.
    public var summary: String
    /// Why the rule exists.
    public var rationale: String
    /// The severity it reports at unless configured otherwise.
    public var defaultSeverity: Severity
    /// Inputs that must trigger the rule; `↓` marks where the finding must point.
    public var triggeringExamples: [RuleExample]
    /// Inputs that must not trigger the rule.
    public var nonTriggeringExamples: [RuleExample]

    /// Creates a description.
    public init(
        code: String,
        name: String,
        summary: String,
        rationale: String,
        defaultSeverity: Severity,
        triggeringExamples: [RuleExample],
        nonTriggeringExamples: [RuleExample]
    ) {
        self.code = DiagnosticCode(code, name: name)
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// An example input for a rule. For validation rules `text` is a system file (and
/// `extraFiles` other files loaded with it, keyed by path); for claim rules it is an
/// article sentence. `↓` in any text marks a place a finding must start.
public struct RuleExample: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The main input text, possibly holding `↓` markers.
    public var text: String
    /// Other files loaded beside it, keyed by relative path (may hold markers too).
    public var extraFiles: [String: String]
    /// Raw bytes appended to `text` when the example is loaded: for inputs a Swift string
    /// cannot hold, such as invalid UTF-8.
    public var trailingBytes: [UInt8]

    /// Creates an example.
    public init(_ text: String, extraFiles: [String: String] = [:], trailingBytes: [UInt8] = []) {
        self.text = text
        self.extraFiles = extraFiles
        self.trailingBytes = trailingBytes
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The marker that shows where a finding must point.
    public static let marker: Character = "↓"
}
