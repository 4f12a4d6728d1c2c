/// A validation rule: a small type that documents itself (code, name, summary, rationale,
/// examples) and builds its own diagnostics. Rules that inspect a single file while it is
/// decoded are invoked by the loader; rules that need the whole catalog also implement
/// `CatalogRule`.
public protocol ValidationRule: Sendable {
    /// The rule's self-description, printed by `arsenal rules`.
    static var description: RuleDescription { get }
}

extension ValidationRule {
    /// A diagnostic from this rule at its default severity.
    static func diagnostic(
        _ message: String, at location: SourceLocation?, end: SourceLocation? = nil,
        notes: [DiagnosticNote] = []
    ) -> Diagnostic {
        Diagnostic(
            code: description.code, severity: description.defaultSeverity, message: message,
            location: location, end: end, notes: notes)
    }
}

/// A rule that checks the loaded records and registry as a whole.
protocol CatalogRule: ValidationRule {
    /// Appends the rule's findings about `input` to `diagnostics`.
    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic])
}

/// What catalog rules see: every decoded record (before inheritance), the registry and
/// the files they came from.
struct ValidationInput {
    var records: [WeaponSystem]
    var sources: [Source]
    /// Whether any registry file was loaded (without one, source checks would only repeat
    /// "unknown source" for every value).
    var hasRegistry: Bool
    /// Whether the files are a whole database (a folder) rather than a few named files.
    var isWholeDatabase: Bool
    /// The date "today" for future-date checks, `YYYY-MM-DD`.
    var today: String
}
