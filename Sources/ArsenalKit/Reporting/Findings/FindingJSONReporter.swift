/// Arsenal's JSON findings format for `arsenal check`, a contract described in
/// shared/ARCHITECTURE.md ("Findings (contract)"), written as RFC 8259 JSON:
/// https://www.rfc-editor.org/rfc/rfc8259
import Foundation

/// Renders findings as one JSON object:
///
/// ```
/// {"tool": {"name", "version"},
///  "findings": [{"file", "line", "column", "end_line", "end_column", "quote",
///                "system", "attribute", "claim": {...}, "verdict", "severity",
///                "rule", "rule_name", "message", "evidence": [...], "notes": [...],
///                "relation", "other", "explanation"}],
///  "summary": {"findings", "consistent", "disputed", "conflict", "unverifiable", "unclear" (only when there is one),
///              "errors", "warnings", "notes", "files", "failed_inputs"}}
/// ```
///
/// Positions are 1-based; columns count Unicode scalars; `end_line`/`end_column` point
/// just past the quote (exclusive). For an article of a JSONL corpus, `file` is
/// `FILE#ID` and positions are within the article's own text.
///
/// `claim` holds what the article asserts. Figures: `bound`, `value` (as stated, SI),
/// `low`/`high` (the interval judged, after tolerance; absent when unbounded) and `unit`
/// (`m`, `kg`, `m/s`, `persons`, `units`, `year`). Qualities: `tokens` (guidance and target
/// tokens), `boolean` (man-portability), `country` (origin) or `classes`; comparisons:
/// `relation`, `other` and `attribute` (absent for "similar to").
///
/// `evidence` lists every recorded value behind the verdict: the record and attribute, the
/// value as written in the data file and in SI, its status, `approximate`, `bound`,
/// `variant`, `note`, `inherited_from`, whether the claim `agrees` with it, the `source`
/// (`id`, `title`, `publisher`, `url`, `retrieved`) and the data file's `file`, `line`,
/// `column`. Comparisons add top-level `relation` (`greater_than`, `less_than`,
/// `similar_to`) and `other` (the record compared with). `explanation` is present only
/// when asked for (`--explain`). Keys are sorted.
///
/// The CLI pretty-prints (`.pretty`); `arsenal serve` answers the same document on one
/// line (`.compact`). Both end with a newline.
public enum FindingJSONReporter {
    /// How the document is laid out; the content is the same.
    public enum Layout: Sendable, Hashable {
        /// Two-space indentation, `"key" : value`: `arsenal check --format json`.
        case pretty
        /// One line without spaces: the API's answer.
        case compact
    }

    /// The whole report. `failedInputs` counts inputs that could not be read.
    public static func report(
        _ findings: [Finding], toolName: String = "arsenal", toolVersion: String = arsenalVersion,
        checkedFiles: Int, failedInputs: Int = 0, explain: Bool = false, layout: Layout = .pretty
    ) -> String {
        String(decoding: bytes(findings, toolName: toolName, toolVersion: toolVersion, checkedFiles: checkedFiles,
                               failedInputs: failedInputs, explain: explain, layout: layout), as: UTF8.self)
    }

    /// The whole report as UTF-8 bytes, for callers that send it on (`arsenal serve`).
    public static func bytes(
        _ findings: [Finding], toolName: String = "arsenal", toolVersion: String = arsenalVersion,
        checkedFiles: Int, failedInputs: Int = 0, explain: Bool = false, layout: Layout = .pretty
    ) -> [UInt8] {
        // Written from the findings directly, without building the Codable document first
        // (the same bytes: FindingJSONWriterTests holds them equal to `JSONEncoder`'s).
        var writer = FindingJSONWriter(layout: layout, capacity: 512 + findings.count * 1536)
        writer.write(
            findings, explain: explain, summary: .init(findings, files: checkedFiles, failedInputs: failedInputs),
            tool: .init(name: toolName, version: toolVersion))
        return writer.finishedBytes()
    }

    /// The whole report with suppression problems and the failed inputs named:
    /// `input_errors` lists `{"input", "reason"}` for each input that could not be read,
    /// `suppressions` the `arsenal-ignore` comments that name unknown rules or accept nothing
    /// (each key omitted when empty). `summary.failed_inputs` is `inputErrors.count`.
    public static func report(
        _ findings: [Finding], suppressions: [Diagnostic], inputErrors: [(input: String, reason: String)],
        checkedFiles: Int, explain: Bool = false
    ) -> String {
        var report = document(findings, checkedFiles: checkedFiles, failedInputs: inputErrors.count, explain: explain)
        if !suppressions.isEmpty { report.suppressions = suppressions.map(FindingReport.Problem.init) }
        if !inputErrors.isEmpty { report.inputErrors = inputErrors.map { FindingReport.InputFailure(input: $0.input, reason: $0.reason) } }
        return String(decoding: write(report, layout: .pretty), as: UTF8.self)
    }

    /// The document's bytes, newline-terminated: what `JSONEncoder` writes for it with
    /// sorted keys and unescaped slashes (see `FindingJSONWriter`).
    static func write(_ report: FindingReport, layout: Layout) -> [UInt8] {
        // About 1.5 KB a finding pretty-printed, with its evidence.
        var writer = FindingJSONWriter(layout: layout, capacity: 512 + report.findings.count * 1536)
        writer.write(report)
        return writer.finishedBytes()
    }

    /// The report as a Codable value.
    static func document(
        _ findings: [Finding], toolName: String = "arsenal", toolVersion: String = arsenalVersion,
        checkedFiles: Int, failedInputs: Int = 0, explain: Bool = false
    ) -> FindingReport {
        FindingReport(
            tool: .init(name: toolName, version: toolVersion),
            findings: findings.map { FindingReport.Entry($0, explain: explain) },
            summary: .init(findings, files: checkedFiles, failedInputs: failedInputs))
    }
}

/// The JSON document of `arsenal check --format json`.
struct FindingReport: Codable, Hashable, Sendable {
    /// The tool that wrote it.
    var tool: Tool
    /// Every finding, in article order.
    var findings: [Entry]
    /// Counts.
    var summary: Summary
    /// Suppression comments that name unknown rules or accept nothing (omitted when none).
    var suppressions: [Problem]? = nil
    /// The inputs that could not be read, and why (omitted when none).
    var inputErrors: [InputFailure]? = nil

    enum CodingKeys: String, CodingKey {
        case tool, findings, summary, suppressions
        case inputErrors = "input_errors"
    }

    /// A located problem that is not a judged claim (`C901`, `C902`).
    struct Problem: Codable, Hashable, Sendable {
        var file: String
        var line: Int
        var column: Int
        var rule: String
        var ruleName: String
        var severity: Severity
        var message: String

        enum CodingKeys: String, CodingKey {
            case file, line, column, rule, severity, message
            case ruleName = "rule_name"
        }

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location?.file ?? ""
            line = diagnostic.location?.line ?? 0
            column = diagnostic.location?.column ?? 0
            rule = diagnostic.code.code
            ruleName = diagnostic.code.name
            severity = diagnostic.severity
            message = diagnostic.message
        }
    }

    /// An input that could not be checked: its path and the reason.
    struct InputFailure: Codable, Hashable, Sendable {
        var input: String
        var reason: String
    }

    /// The tool's name and version.
    struct Tool: Codable, Hashable, Sendable {
        var name: String
        var version: String
    }

    /// What an article asserts, in SI.
    struct Claimed: Codable, Hashable, Sendable {
        var bound: ClaimBound?
        var value: Double?
        var low: Double?
        var high: Double?
        var unit: String?
        var tokens: [String]?
        var boolean: Bool?
        var country: String?
        var classes: [String]?
        var relation: ComparisonRelation?
        var other: String?
        var attribute: String?
    }

    /// A cited source.
    struct SourceEntry: Codable, Hashable, Sendable {
        var id: String
        var title: String
        var publisher: String
        var url: String
        var retrieved: String
    }

    /// One recorded value.
    struct EvidenceEntry: Codable, Hashable, Sendable {
        var system: String
        var attribute: String
        var value: String
        var si: Double?
        var status: EntryStatus
        var approximate: Bool
        var bound: EntryBound?
        var variant: String?
        var note: String?
        var inheritedFrom: String?
        var qualifier: ValueQualifier?
        var also: String?
        var agrees: Bool?
        var source: SourceEntry?
        var file: String
        var line: Int
        var column: Int

        enum CodingKeys: String, CodingKey {
            case system, attribute, value, si, status, approximate, bound, variant, note, agrees, source, file, line, column
            case qualifier, also
            case inheritedFrom = "inherited_from"
        }
    }

    /// One finding.
    struct Entry: Codable, Hashable, Sendable {
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var quote: String
        /// The record id; null when the claim is about a system the database does not hold.
        var system: NullableString
        /// That system's name as the article writes it (only with `system: null`).
        var mention: String?
        var attribute: String
        var claim: Claimed
        var verdict: Verdict
        var severity: Severity
        var rule: String
        var ruleName: String
        var message: String
        var evidence: [EvidenceEntry]
        var notes: [String]
        var relation: ComparisonRelation?
        var other: String?
        var explanation: [String]?
        /// The JSONL record the finding comes from: its id and its line in the corpus.
        var document: String?
        var recordLine: Int?

        enum CodingKeys: String, CodingKey {
            case file, line, column, quote, system, mention, attribute, claim, verdict, severity, rule, message, evidence, notes
            case relation, other, explanation, document
            case recordLine = "record_line"
            case endLine = "end_line"
            case endColumn = "end_column"
            case ruleName = "rule_name"
        }

        init(_ finding: Finding, explain: Bool) {
            file = finding.start.file
            line = finding.start.line
            column = finding.start.column
            endLine = finding.end.line
            endColumn = finding.end.column
            quote = finding.quote
            system = NullableString(finding.claim.unknownSystem == nil ? finding.claim.systemID : nil)
            mention = finding.claim.unknownSystem?.mention
            attribute = finding.claim.attribute.rawValue
            verdict = finding.verdict
            severity = finding.severity
            rule = finding.rule.code
            ruleName = finding.rule.name
            message = finding.judgement.message
            notes = finding.judgement.notes
            explanation = explain ? Self.explanation(finding) : nil
            evidence = finding.judgement.evidence.map { item in
                EvidenceEntry(
                    system: item.system, attribute: item.attribute, value: item.value, si: item.si.map(round6),
                    status: item.status, approximate: item.approximate, bound: item.bound, variant: item.variant,
                    note: item.note, inheritedFrom: item.inheritedFrom, qualifier: item.qualifier, also: item.also,
                    agrees: item.agrees,
                    source: item.source.map {
                        SourceEntry(id: $0.id, title: $0.title, publisher: $0.publisher, url: $0.url, retrieved: $0.retrieved)
                    },
                    file: item.file, line: item.line, column: item.column)
            }
            claim = Claimed(finding)
            if case .comparison(let relation, let other, _) = finding.claim.value {
                self.relation = relation
                self.other = other
            }
        }

        /// The `--explain` trail: words, parse, attribute, tolerance and comparisons.
        static func explanation(_ finding: Finding) -> [String] {
            let trace = finding.claim.trace
            var lines = [
                "system: \(finding.claim.unknownSystem.map { "none (\($0.mention))" } ?? finding.claim.systemID) — \"\(trace.systemWords)\", \(trace.systemReason)",
                "attribute: \(finding.claim.attribute.rawValue) — \(trace.attributeReason) (words: \"\(trace.cueWords)\")",
            ]
            if let parsed = trace.parsed { lines.append("parsed: \(parsed)") }
            lines += finding.judgement.explanation
            lines.append("rule: \(finding.rule.code) \(finding.rule.name) → \(finding.verdict.rawValue)")
            return lines
        }
    }
}

extension FindingReport.Claimed {
    /// What `finding`'s claim asserts, in SI, with the interval judged.
    init(_ finding: __shared Finding) {
        var claimed = Self()
        switch finding.claim.value {
        case .number(let number):
            let figure = finding.judgement.figure
            claimed.bound = figure?.bound ?? number.bound
            claimed.value = round6(number.value)
            claimed.low = figure?.low.map(round6)
            claimed.high = figure?.high.map(round6)
            claimed.unit = number.unit
        case .boolean(let value): claimed.boolean = value
        case .tokens(let tokens): claimed.tokens = tokens
        case .country(let code): claimed.country = code
        case .classes(let classes): claimed.classes = classes.map(\.rawValue)
        case .comparison(let relation, let other, let attribute):
            claimed.relation = relation
            claimed.other = other
            claimed.attribute = attribute?.rawValue
        }
        self = claimed
    }
}

extension FindingReport {
    /// Counts by verdict and severity.
    struct Summary: Codable, Hashable, Sendable {
        var findings: Int
        var consistent: Int
        var disputed: Int
        var conflict: Int
        var unverifiable: Int
        /// Written only when there is one, so reports without any keep their shape.
        var unclear: Int?
        var errors: Int
        var warnings: Int
        var notes: Int
        var files: Int
        var failedInputs: Int

        enum CodingKeys: String, CodingKey {
            case findings, consistent, disputed, conflict, unverifiable, unclear, errors, warnings, notes, files
            case failedInputs = "failed_inputs"
        }

        init(_ findings: [Finding], files: Int, failedInputs: Int) {
            var counts = Counts()
            for finding in findings { counts.add(finding) }
            self.init(counts, files: files, failedInputs: failedInputs)
        }

        init(_ counts: Counts, files: Int, failedInputs: Int) {
            findings = counts.findings
            consistent = counts.consistent
            disputed = counts.disputed
            conflict = counts.conflict
            unverifiable = counts.unverifiable
            unclear = counts.unclear > 0 ? counts.unclear : nil
            errors = counts.errors
            warnings = counts.warnings
            notes = counts.notes
            self.files = files
            self.failedInputs = failedInputs
        }

        /// Running counts, for a report written as findings arrive.
        struct Counts {
            var findings = 0, consistent = 0, disputed = 0, conflict = 0, unverifiable = 0, unclear = 0
            var errors = 0, warnings = 0, notes = 0

            mutating func add(_ finding: Finding) {
                findings += 1
                switch finding.verdict {
                case .consistent: consistent += 1
                case .disputed: disputed += 1
                case .conflict: conflict += 1
                case .unverifiable: unverifiable += 1
                case .unclear: unclear += 1
                }
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: notes += 1
                }
            }
        }
    }
}

/// Encodes deterministically: sorted keys, pretty-printed, slashes left alone, newline-terminated.
func encodeFindingReport(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    do {
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch {
        // Only non-finite numbers fail to encode; figures are finite and unbounded ends are nil.
        preconditionFailure("a findings report failed to encode: \(error)")
    }
}

/// Rounds conversion noise away (six decimals) so goldens stay stable.
/// A figure rounded to six decimal places, as the findings document writes SI values.
func round6(_ value: Double) -> Double {
    (value * 1e6).rounded() / 1e6
}

/// A string that is written as JSON `null` when absent, where the contract keeps the key
/// (a finding's `system` about a system the database does not hold).
struct NullableString: Codable, Hashable, Sendable {
    var value: String?

    init(_ value: String?) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = container.decodeNil() ? nil : try container.decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
