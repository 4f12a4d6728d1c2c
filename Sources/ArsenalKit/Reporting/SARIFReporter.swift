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

    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let sorted = diagnostics.sorted()
        let rules = ruleTable(context.rules, firing: sorted)
        let ruleIndex = Dictionary(
            rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let results = sorted.map { diagnostic in
            Result(
                diagnostic,
                ruleIndex: ruleIndex[diagnostic.code.code] ?? -1,
                workingDirectory: context.workingDirectory)
        }
        let sourceRoot = context.workingDirectory.flatMap(directoryURI)
        let run = Run(
            tool: Tool(driver: Driver(
                name: context.toolName,
                version: context.toolVersion,
                informationUri: context.informationURI,
                rules: rules)),
            automationDetails: AutomationDetails(id: "\(context.toolName)/\(context.command)/"),
            originalUriBaseIds: sourceRoot.map { [sourceRootBaseID: ArtifactLocation(uri: $0, uriBaseId: nil)] },
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
        var results: [Result]
        var columnKind: String
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

    private struct Message: Encodable {
        var text: String
    }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]?
        var relatedLocations: [Location]?

        init(_ diagnostic: Diagnostic, ruleIndex: Int, workingDirectory: String?) {
            ruleId = diagnostic.code.code
            self.ruleIndex = ruleIndex
            level = SARIFReporter.level(diagnostic.severity)
            let hints = diagnostic.notes.filter { $0.location == nil }.map { "\nnote: \($0.message)" }
            message = Message(text: diagnostic.message + hints.joined())
            locations = diagnostic.location.map { start in
                [Location(start, end: diagnostic.end, workingDirectory: workingDirectory)]
            }
            let related = diagnostic.notes.compactMap { note in
                note.location.map { (note.message, $0) }
            }
            if !related.isEmpty {
                relatedLocations = related.enumerated().map { index, pair in
                    var location = Location(pair.1, end: nil, workingDirectory: workingDirectory)
                    location.id = index + 1
                    location.message = Message(text: pair.0)
                    return location
                }
            }
        }
    }

    private struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?

        init(_ start: SourceLocation, end: SourceLocation?, workingDirectory: String?) {
            physicalLocation = PhysicalLocation(
                artifactLocation: artifactLocation(for: start.file, workingDirectory: workingDirectory),
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
        var uri: String
        var uriBaseId: String?
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var endColumn: Int?
    }
}
