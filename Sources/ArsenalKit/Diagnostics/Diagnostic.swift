/// How serious a diagnostic or finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A stable diagnostic code such as `A201`, with the kebab-case rule name beside it.
public struct DiagnosticCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The stable code printed in output and used in configuration (`A201`).
    public var code: String
    /// The rule's kebab-case name (`unknown-key`).
    public var name: String

    /// Creates a code.
    public init(_ code: String, name: String) {
        self.code = code
        self.name = name
    }

    public var description: String { code }
}

/// A secondary message attached to a diagnostic, usually pointing at a related place.
public struct DiagnosticNote: Hashable, Sendable, Codable {
    /// What the note says.
    public var message: String
    /// Where it points, if anywhere.
    public var location: SourceLocation?

    /// Creates a note.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

/// One located finding about a data file or an article: a single Sendable value that
/// every reporter can render.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// The rule that produced it.
    public var code: DiagnosticCode
    /// How serious it is.
    public var severity: Severity
    /// What is wrong and what to do about it.
    public var message: String
    /// Where it starts (nil for a problem with no position, such as an empty directory).
    public var location: SourceLocation?
    /// Where it ends, exclusive, when the span is known.
    public var end: SourceLocation?
    /// Related places and hints.
    public var notes: [DiagnosticNote]
    /// A stable identity across edits (see `Fingerprint`), when the producer knows a better
    /// one than `contentFingerprint(lineText:)`; SARIF writes it as a partial fingerprint.
    public var fingerprint: String? = nil
    /// A check that passed (a consistent claim): SARIF `kind: pass` rather than a problem.
    public var isPass: Bool = false
    /// The JSONL corpus record an article finding comes from, when it does: `location`
    /// is then within the record's article text, and file-based reporters (SARIF, GitHub
    /// annotations) point at the corpus file and the record's line instead.
    public var record: DiagnosticRecord? = nil

    /// Creates a diagnostic.
    public init(
        code: DiagnosticCode,
        severity: Severity,
        message: String,
        location: SourceLocation?,
        end: SourceLocation? = nil,
        notes: [DiagnosticNote] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.end = end
        self.notes = notes
    }
}

/// A record of a JSONL article corpus: the corpus file, the record's id and its line.
public struct DiagnosticRecord: Hashable, Sendable, Codable {
    /// The corpus file as given on the command line (`<stdin>` for standard input).
    public var file: String
    /// The record's `id` (its line number when it has none).
    public var id: String
    /// The record's line in the corpus file, 1-based.
    public var line: Int

    /// Creates a record origin.
    public init(file: String, id: String, line: Int) {
        self.file = file
        self.id = id
        self.line = line
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, position, then code: the order every reporter prints.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (lhs.code.code, lhs.message) < (rhs.code.code, rhs.message)
        }
    }
}
