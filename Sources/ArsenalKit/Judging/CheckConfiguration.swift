import Foundation
import Yams

/// Per-project settings for `arsenal check`, read from `.arsenal.yml`:
///
/// ```yaml
/// rules:            # turn rules on or off, by code or name
///   C501: off
///   origin: on
/// severity:         # the severity of a rule's conflicts (its disputed findings report one level lower)
///   C101: warning
/// tolerance:
///   about: 0.1             # "about", "around", "nearly" widen a figure by this fraction each side
///   default_relative: 0.0  # every figure is widened by this fraction each side
/// language: [en, es]       # lexicons to read articles with
/// ```
///
/// The file is searched from the article's directory upward (`CheckConfiguration.find`),
/// or named with `--config`. Unknown keys and bad values are located errors.
public struct CheckConfiguration: Sendable, Hashable {
    /// The file name searched for.
    public static let fileName = ".arsenal.yml"

    /// Codes of the rules turned off.
    public var disabledRules: Set<String>
    /// Configured conflict severity by rule code.
    public var severities: [String: Severity]
    /// Tolerances.
    public var tolerance: ClaimTolerance
    /// Lexicon languages, when configured.
    public var languages: [String]?
    /// Where `languages` is written, to locate an unknown language.
    public var languagesLocation: SourceLocation?
    /// The file read, nil for the defaults.
    public var path: String?
    /// Folder walks take only files matching one of these globs (empty: every article).
    public var include: [String] = []
    /// Folder walks leave out files and folders matching these globs.
    public var exclude: [String] = []

    /// No file: every rule on at its default severity, default tolerances.
    public static let `default` = CheckConfiguration()

    /// Creates a configuration.
    public init(
        disabledRules: Set<String> = [], severities: [String: Severity] = [:], tolerance: ClaimTolerance = .default,
        languages: [String]? = nil, languagesLocation: SourceLocation? = nil, path: String? = nil
    ) {
        self.disabledRules = disabledRules
        self.severities = severities
        self.tolerance = tolerance
        self.languages = languages
        self.languagesLocation = languagesLocation
        self.path = path
    }

    /// Whether findings of rule `code` are reported.
    public func isEnabled(_ code: String) -> Bool { !disabledRules.contains(code) }

    /// The severity of a finding: consistent, unverifiable and unclear findings are notes; a
    /// conflict reports at the rule's configured severity (error by default); a disputed
    /// finding one level below it (warning by default).
    public func severity(of verdict: Verdict, rule code: String) -> Severity {
        let configured = severities[code]
        switch verdict {
        case .consistent, .unverifiable, .unclear: return .note
        case .conflict: return configured ?? .error
        case .disputed:
            guard let configured else { return .warning }
            return configured == .error ? .warning : .note
        }
    }

    /// The nearest `.arsenal.yml` in `directory` or one of its parents.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads a configuration file.
    public static func load(path: String) throws(ConfigurationError) -> CheckConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: ConfigurationError.unreadable, location: nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: path, message: ConfigurationError.notUTF8, location: nil)
        }
        return try parse(text, path: path)
    }

    /// Reads a configuration from its text; `path` is used in locations.
    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> CheckConfiguration {
        var configuration = CheckConfiguration(path: path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError(path: path, message: ConfigurationError.syntax("\(error)".split(separator: "\n").first.map(String.init) ?? ""), location: nil)
        } catch {
            throw ConfigurationError(path: path, message: ConfigurationError.syntax("\(error)"), location: nil)
        }
        guard let node else { return configuration }
        let reader = Reader(path: path)
        guard case .mapping(let root) = node else {
            throw reader.error(ConfigurationError.rootNotMapping, at: node)
        }
        for (keyNode, value) in root {
            let key = keyNode.scalarText ?? ""
            switch key {
            case "rules":
                for (ruleNode, setting) in try reader.mapping(value, key: key) {
                    let code = try reader.rule(ruleNode)
                    switch setting.plainBool ?? (setting.scalarText.map { ["on": true, "off": false][$0] } ?? nil) {
                    case true?: configuration.disabledRules.remove(code)
                    case false?: configuration.disabledRules.insert(code)
                    case nil: throw reader.error(ConfigurationError.badSwitch(setting.scalarText ?? ""), at: setting)
                    }
                }
            case "severity":
                for (ruleNode, setting) in try reader.mapping(value, key: key) {
                    let code = try reader.rule(ruleNode)
                    guard let text = setting.scalarText, let severity = Severity(rawValue: text) else {
                        throw reader.error(ConfigurationError.badSeverity(setting.scalarText ?? ""), at: setting)
                    }
                    configuration.severities[code] = severity
                }
            case "tolerance":
                for (nameNode, setting) in try reader.mapping(value, key: key) {
                    let name = nameNode.scalarText ?? ""
                    guard let text = setting.scalarText, let number = Double(text), number >= 0, number < 1 else {
                        throw reader.error(ConfigurationError.badFraction(name, setting.scalarText ?? ""), at: setting)
                    }
                    switch name {
                    case "about": configuration.tolerance.about = number
                    case "default_relative": configuration.tolerance.defaultRelative = number
                    default:
                        throw reader.error(ConfigurationError.unknownKey(name, in: "tolerance", known: ["about", "default_relative"]), at: nameNode)
                    }
                }
            case "language":
                configuration.languagesLocation = reader.location(value)
                switch value {
                case .scalar(let scalar):
                    configuration.languages = scalar.string.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                case .sequence(let sequence):
                    configuration.languages = try sequence.map { (item) throws(ConfigurationError) -> String in
                        guard let text = item.scalarText, !text.isEmpty else {
                            throw reader.error(ConfigurationError.badLanguage, at: item)
                        }
                        return text
                    }
                default:
                    throw reader.error(ConfigurationError.badLanguage, at: value)
                }
            case "include", "exclude":
                let globs = try reader.strings(value, key: key)
                if key == "include" { configuration.include = globs } else { configuration.exclude = globs }
            default:
                throw reader.error(ConfigurationError.unknownKey(
                    key, in: nil, known: ["exclude", "include", "language", "rules", "severity", "tolerance"]), at: keyNode)
            }
        }
        return configuration
    }

    private struct Reader {
        let path: String

        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: path, line: max(1, node.mark?.line ?? 1), column: max(1, node.mark?.column ?? 1))
        }

        func error(_ message: String, at node: Node) -> ConfigurationError {
            ConfigurationError(path: path, message: message, location: location(node))
        }

        func mapping(_ node: Node, key: String) throws(ConfigurationError) -> [(Node, Node)] {
            guard case .mapping(let mapping) = node else { throw error(ConfigurationError.notMapping(key), at: node) }
            return mapping.map { ($0.key, $0.value) }
        }

        /// A string or a list of strings.
        func strings(_ node: Node, key: String) throws(ConfigurationError) -> [String] {
            switch node {
            case .scalar(let scalar): return [scalar.string]
            case .sequence(let sequence):
                return try sequence.map { (item) throws(ConfigurationError) -> String in
                    guard let text = item.scalarText, !text.isEmpty else { throw error(ConfigurationError.notGlobList(key), at: item) }
                    return text
                }
            default: throw error(ConfigurationError.notGlobList(key), at: node)
            }
        }

        func rule(_ node: Node) throws(ConfigurationError) -> String {
            let name = node.scalarText ?? ""
            guard let rule = ClaimRules.description(named: name) else {
                throw error(ConfigurationError.unknownRule(name), at: node)
            }
            return rule.code.code
        }
    }
}

/// A configuration file Arsenal cannot use: one message, located when it can be.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configuration file.
    public var path: String
    /// What is wrong.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?

    /// Creates an error.
    public init(path: String, message: String, location: SourceLocation?) {
        self.path = path
        self.message = message
        self.location = location
    }

    /// The code configuration diagnostics carry.
    public static let code = DiagnosticCode("C001", name: "invalid-configuration")

    /// The error as a located diagnostic, for the text reporter.
    public var diagnostic: Diagnostic {
        Diagnostic(
            code: Self.code, severity: .error, message: message,
            location: location ?? SourceLocation(file: path, line: 1, column: 1))
    }

    public var description: String { "\((location ?? SourceLocation(file: path, line: 1, column: 1)).description): \(message)" }

    static let unreadable = "cannot read the configuration file"
    static let notUTF8 = "the configuration file is not UTF-8 text"
    static let rootNotMapping = "the configuration must be a mapping of rules, severity, tolerance and language"
    static let badLanguage = "language must be a language code or a list of them, e.g. [en, es]"

    static func syntax(_ detail: String) -> String { "the configuration is not valid YAML: \(detail)" }

    static func unknownKey(_ key: String, in section: String?, known: [String]) -> String {
        "unknown key '\(key)'\(section.map { " in \($0)" } ?? "")\(didYouMean(key, known)); known keys: \(known.joined(separator: ", "))"
    }

    static func notGlobList(_ key: String) -> String { "\(key) must be a glob or a list of globs, e.g. [\"drafts/**\"]" }

    static func notMapping(_ key: String) -> String { "\(key) must be a mapping from rule code to setting" }

    static func unknownRule(_ name: String) -> String {
        "unknown claim rule '\(name)'\(didYouMean(name, ClaimRules.descriptions.flatMap { [$0.code.code, $0.code.name] })); known rules: \(ClaimRules.descriptions.map(\.code.code).joined(separator: ", "))"
    }

    static func badSwitch(_ value: String) -> String { "'\(value)' is not on or off" }

    static func badSeverity(_ value: String) -> String {
        "'\(value)' is not a severity; use \(Severity.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    static func badFraction(_ name: String, _ value: String) -> String {
        "tolerance \(name) must be a fraction from 0 up to 1 (0.1 is 10%), not '\(value)'"
    }
}
