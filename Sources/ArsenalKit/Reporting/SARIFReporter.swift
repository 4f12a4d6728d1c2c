/// Static Analysis Results Interchange Format (SARIF) Version 2.1.0 Plus Errata 01, OASIS
/// Standard: https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html
/// JSON schema: https://json.schemastore.org/sarif-2.1.0.json
import Foundation

/// Renders diagnostics as a SARIF 2.1.0 log with one run, for code-scanning services
/// such as GitHub code scanning.
///
/// The run lists every rule of `ReportContext.rules` (plus any code that fired without a
/// description) in `tool.driver.rules`; each result names its rule by `ruleId` and
/// `ruleIndex`. Columns are Unicode code points (`columnKind`), and a region's end is
/// exclusive in both SARIF and `Diagnostic`, so positions carry over unchanged. Relative
/// paths become URIs relative to `%SRCROOT%`, declared as `ReportContext.workingDirectory`
/// when that is known. Notes with a location become related locations; notes without one
/// are appended to the message text.
public enum SARIFReporter: DiagnosticReporter {
    /// The `$schema` every log names.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The base every relative artifact URI is resolved against.
    public static let sourceRootBaseID = "%SRCROOT%"
    /// The base of evidence locations in the database compiled into the binary.
    public static let bundledDataBaseID = "ARSENAL_BUNDLED_DATA"
    /// The URI standard input gets when it has no `--stdin-filename`.
    public static let standardInputURI = "stdin"

    /// How paths in diagnostics become artifact locations.
    struct PathMapping {
        var workingDirectory: String?
        var bundledData: Bool

        /// Standard input as `stdin` (no base), bundled `Data/` files relative to
        /// `ARSENAL_BUNDLED_DATA`, everything else as `artifactLocation(for:workingDirectory:)`.
        func artifactLocation(for path: String, isEvidence: Bool = false) -> ArtifactLocation {
            if path == "<stdin>" || path == "-" { return ArtifactLocation(uri: standardInputURI, uriBaseId: nil) }
            if bundledData, isEvidence, path.hasPrefix("Data/") {
                return ArtifactLocation(uri: percentEncoded(path, keepColons: false), uriBaseId: bundledDataBaseID)
            }
            return SARIFReporter.artifactLocation(for: path, workingDirectory: workingDirectory)
        }
    }

    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let sorted = diagnostics.sorted()
        let rules = ruleTable(context.rules, firing: sorted)
        let ruleIndex = Dictionary(
            rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var lines = SourceLineCache(sourceText: context.sourceText)
        let paths = PathMapping(workingDirectory: context.workingDirectory, bundledData: context.bundledData)
        let results = sorted.map { diagnostic in
            let lineText = diagnostic.location.flatMap { lines.line($0.line, of: $0.file) }.map { String($0) }
            return Result(
                diagnostic,
                ruleIndex: ruleIndex[diagnostic.code.code] ?? -1,
                fingerprint: diagnostic.fingerprint ?? diagnostic.contentFingerprint(lineText: lineText),
                paths: paths)
        }
        let sourceRoot = context.workingDirectory.flatMap(directoryURI)
        var baseIDs: [String: ArtifactLocation] = [:]
        if let sourceRoot { baseIDs[sourceRootBaseID] = ArtifactLocation(uri: sourceRoot, uriBaseId: nil) }
        if context.bundledData, results.contains(where: { $0.relatedLocations?.contains { $0.physicalLocation.artifactLocation.uriBaseId == bundledDataBaseID } ?? false }) {
            baseIDs[bundledDataBaseID] = ArtifactLocation(
                uri: nil, uriBaseId: nil,
                description: Message(text: "The database compiled into \(context.toolName) \(context.toolVersion); its Data/ folder in the project's source tree."))
        }
        let notifications = context.inputProblems.map { problem in
            Notification(
                level: problem.isError ? "error" : "note",
                message: Message(text: problem.reason.contains(problem.input) ? problem.reason : "\(problem.input): \(problem.reason)"),
                locations: problem.input == "-" ? nil : [NotificationLocation(physicalLocation: NotificationPhysicalLocation(
                    artifactLocation: paths.artifactLocation(for: problem.input)))])
        }
        let invocation = Invocation(
            executionSuccessful: !context.inputProblems.contains(where: \.isError),
            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
        let run = Run(
            tool: Tool(driver: Driver(
                name: context.toolName,
                version: context.toolVersion,
                informationUri: context.informationURI,
                rules: rules)),
            automationDetails: AutomationDetails(id: "\(context.toolName)/\(context.command)/"),
            originalUriBaseIds: baseIDs.isEmpty ? nil : baseIDs,
            invocations: context.inputProblems.isEmpty ? nil : [invocation],
            results: results,
            columnKind: "unicodeCodePoints")
        return encodeReport(Log(schema: schemaURI, version: "2.1.0", runs: [run]))
    }

    /// The described rules, each code once, then any code that fired without a description.
    private static func ruleTable(_ descriptions: [RuleDescription], firing: [Diagnostic]) -> [ReportingDescriptor] {
        var seen = Set<String>()
        var table: [ReportingDescriptor] = []
        for description in descriptions where seen.insert(description.code.code).inserted {
            table.append(ReportingDescriptor(description))
        }
        for code in Set(firing.map(\.code)).sorted(by: { ($0.code, $0.name) < ($1.code, $1.name) })
        where seen.insert(code.code).inserted {
            table.append(ReportingDescriptor(id: code.code, name: code.name))
        }
        return table
    }

    /// An artifact location for a path as a diagnostic names it: relative to `%SRCROOT%`
    /// when relative (or absolute beneath `workingDirectory`), else an absolute `file:` URI.
    /// Separators become `/` and characters a URI may not hold are percent-encoded.
    static func artifactLocation(for path: String, workingDirectory: String?) -> ArtifactLocation {
        var path = normalizedPath(path)
        if isAbsolute(path) {
            let root = workingDirectory.map(normalizedPath).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            guard let root, isAbsolute(root), path.hasPrefix(root) else {
                return ArtifactLocation(uri: fileURI(path), uriBaseId: nil)
            }
            path.removeFirst(root.count)
        }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return ArtifactLocation(uri: percentEncoded(path, keepColons: false), uriBaseId: sourceRootBaseID)
    }

    /// `file:///abs/dir/` for an absolute directory, or nil for a relative one.
    static func directoryURI(_ directory: String) -> String? {
        let path = normalizedPath(directory)
        guard isAbsolute(path) else { return nil }
        return fileURI(path.hasSuffix("/") ? path : path + "/")
    }

    /// Forward slashes, and a leading `/` before a Windows drive letter (`/C:/x`).
    private static func normalizedPath(_ path: String) -> String {
        let slashed = path.replacingOccurrences(of: "\\", with: "/")
        let scalars = Array(slashed.unicodeScalars.prefix(3))
        if scalars.count == 3, ("a"..."z").contains(scalars[0]) || ("A"..."Z").contains(scalars[0]),
            scalars[1] == ":", scalars[2] == "/"
        {
            return "/" + slashed
        }
        return slashed
    }

    private static func isAbsolute(_ normalizedPath: String) -> Bool { normalizedPath.hasPrefix("/") }

    private static func fileURI(_ absolutePath: String) -> String {
        "file://" + percentEncoded(absolutePath, keepColons: true)
    }

    /// Percent-encodes the UTF-8 of everything but RFC 3986 unreserved characters, `/`,
    /// and the sub-delimiters and `@` a path segment may hold. A colon is kept only where
    /// asked: in a relative reference it would read as a scheme.
    private static func percentEncoded(_ path: String, keepColons: Bool) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", "/",
                "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "@":
                encoded.unicodeScalars.append(scalar)
            case ":" where keepColons:
                encoded.unicodeScalars.append(scalar)
            default:
                encoded += "%" + String(byte >> 4, radix: 16, uppercase: true)
                    + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    // MARK: - The SARIF object model, as far as Arsenal uses it

    private struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var automationDetails: AutomationDetails
        var originalUriBaseIds: [String: ArtifactLocation]?
        var invocations: [Invocation]?
        var results: [Result]
        var columnKind: String
    }

    private struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    private struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [NotificationLocation]?
    }

    private struct NotificationLocation: Encodable {
        var physicalLocation: NotificationPhysicalLocation
    }

    private struct NotificationPhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    private struct AutomationDetails: Encodable {
        var id: String
    }

    private struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message?
        var fullDescription: Message?
        var help: Message?
        var defaultConfiguration: ReportingConfiguration?

        init(id: String, name: String) {
            self.id = id
            self.name = name
        }

        init(_ rule: RuleDescription) {
            id = rule.code.code
            name = rule.code.name
            shortDescription = Message(text: rule.summary)
            fullDescription = Message(text: rule.rationale)
            var help = "\(rule.summary)\n\n\(rule.rationale)"
            if let example = rule.triggeringExamples.first {
                help += "\n\nExample that triggers it:\n"
                    + example.text.replacingOccurrences(of: String(RuleExample.marker), with: "")
                    .trimmingCharacters(in: .newlines)
            }
            self.help = Message(text: help)
            defaultConfiguration = ReportingConfiguration(level: level(rule.defaultSeverity))
        }
    }

    private struct ReportingConfiguration: Encodable {
        var level: String
    }

    struct Message: Encodable, Equatable {
        var text: String
    }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var kind: String?
        var level: String
        var message: Message
        var locations: [Location]?
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var properties: RecordProperties?

        init(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String, paths: PathMapping) {
            ruleId = diagnostic.code.code
            self.ruleIndex = ruleIndex
            // A passing check is `kind: pass` with level `none` (SARIF 3.27.9, 3.27.10).
            kind = diagnostic.isPass ? "pass" : nil
            level = diagnostic.isPass ? "none" : SARIFReporter.level(diagnostic.severity)
            partialFingerprints = [Fingerprint.sarifKey: fingerprint]
            let hints = diagnostic.notes.filter { $0.location == nil }.map { "\nnote: \($0.message)" }
            message = Message(text: diagnostic.message + hints.joined())
            if let record = diagnostic.record {
                // A finding in a JSONL corpus: the corpus file at the record's line, the record
                // as a logical location, and the position inside its article as properties
                // (columns inside a JSON string literal would not match the file's bytes).
                var location = Location(
                    SourceLocation(file: record.file, line: record.line, column: 1), end: nil, paths: paths, isEvidence: false)
                location.physicalLocation.region.startColumn = nil
                location.logicalLocations = [LogicalLocation(name: record.id, kind: "object")]
                locations = [location]
                properties = diagnostic.location.map { start in
                    RecordProperties(
                        document: record.id, articleLine: start.line, articleColumn: start.column,
                        articleEndLine: diagnostic.end?.line, articleEndColumn: diagnostic.end?.column)
                }
            } else {
                locations = diagnostic.location.map { start in
                    [Location(start, end: diagnostic.end, paths: paths, isEvidence: false)]
                }
            }
            let related = diagnostic.notes.compactMap { note in
                note.location.map { (note.message, $0) }
            }
            if !related.isEmpty {
                relatedLocations = related.enumerated().map { index, pair in
                    var location = Location(pair.1, end: nil, paths: paths, isEvidence: true)
                    location.id = index + 1
                    location.message = Message(text: pair.0)
                    return location
                }
            }
        }
    }

    /// Where in a JSONL record's article a finding lies (a SARIF property bag).
    private struct RecordProperties: Encodable {
        var document: String
        var articleLine: Int
        var articleColumn: Int
        var articleEndLine: Int?
        var articleEndColumn: Int?
    }

    /// A SARIF `logicalLocation`: here, the JSON object of a corpus record.
    private struct LogicalLocation: Encodable {
        var name: String
        var kind: String
    }

    private struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
        var message: Message?

        init(_ start: SourceLocation, end: SourceLocation?, paths: PathMapping, isEvidence: Bool) {
            physicalLocation = PhysicalLocation(
                artifactLocation: paths.artifactLocation(for: start.file, isEvidence: isEvidence),
                region: Region(
                    startLine: start.line, startColumn: start.column,
                    endLine: end?.line, endColumn: end?.column))
        }
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    /// A SARIF `artifactLocation`: a URI, relative to `uriBaseId` when that is set.
    struct ArtifactLocation: Encodable, Equatable {
        var uri: String?
        var uriBaseId: String?
        var description: Message? = nil
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
    }
}
