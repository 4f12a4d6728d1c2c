import Foundation

/// A baseline: the findings a project has accepted for now, so that Arsenal can be turned
/// on over an existing archive and report only what is new.
///
/// The file is JSON, written with sorted keys so it diffs well:
///
/// ```json
/// {"entries": [{"file": "stories/a.md", "fingerprint": "9c0f…", "rule": "C101",
///               "system": "igla-s", "attribute": "max_range", "text": "range of 9 km"}],
///  "tool": "arsenal", "version": 1}
/// ```
///
/// Matching uses the file and the fingerprint (see `Fingerprint`), never a line number, and
/// counts: a baseline holding one finding with a fingerprint absorbs one such finding in
/// that file, and a second identical one is reported.
public struct Baseline: Sendable {
    /// One accepted finding.
    public struct Entry: Codable, Hashable, Sendable, Comparable {
        /// The file, as reports name it.
        public var file: String
        /// The finding's fingerprint.
        public var fingerprint: String
        /// The rule code, for people reading the file.
        public var rule: String
        /// The record id, for people reading the file (nil when unknown).
        public var system: String?
        /// The attribute, for people reading the file.
        public var attribute: String?
        /// The quote (check) or the message (validate), for people reading the file.
        public var text: String

        /// Creates an entry.
        public init(file: String, fingerprint: String, rule: String, system: String? = nil, attribute: String? = nil, text: String) {
            self.file = Baseline.key(file)
            self.fingerprint = fingerprint
            self.rule = rule
            self.system = system
            self.attribute = attribute
            self.text = text
        }

        /// The entry for a finding of `arsenal check`.
        public init(_ finding: Finding) {
            self.init(
                file: finding.start.file, fingerprint: finding.fingerprint, rule: finding.rule.code,
                system: finding.claim.systemID.isEmpty ? nil : finding.claim.systemID,
                attribute: finding.claim.attribute.rawValue, text: finding.quote)
        }

        /// The entry for a located diagnostic; `lineText` is the text of the line it points at.
        public init(_ diagnostic: Diagnostic, lineText: String?) {
            self.init(
                file: diagnostic.location?.file ?? "", fingerprint: diagnostic.fingerprint ?? diagnostic.contentFingerprint(lineText: lineText),
                rule: diagnostic.code.code, text: diagnostic.message)
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.file, lhs.fingerprint, lhs.rule, lhs.text) < (rhs.file, rhs.fingerprint, rhs.rule, rhs.text)
        }
    }

    /// The format version this build reads and writes.
    public static let formatVersion = 1

    private struct Key: Hashable {
        var file: String
        var fingerprint: String
    }

    private var remaining: [Key: Int] = [:]

    /// A baseline accepting `entries`.
    public init(entries: [Entry]) {
        for entry in entries {
            remaining[Key(file: entry.file, fingerprint: entry.fingerprint), default: 0] += 1
        }
    }

    /// Whether the baseline accepts a finding with this file and fingerprint; each entry
    /// accepts one finding.
    public mutating func absorbs(file: String, fingerprint: String) -> Bool {
        let key = Key(file: Self.key(file), fingerprint: fingerprint)
        guard let count = remaining[key], count > 0 else { return false }
        remaining[key] = count - 1
        return true
    }

    /// Reads a baseline file.
    public static func load(path: String) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .malformed(path, reason: "not an Arsenal baseline (expected {\"version\": 1, \"entries\": [...]})")
        }
        guard file.version == formatVersion else {
            throw .malformed(path, reason: "baseline format version \(file.version); this build reads version \(formatVersion)")
        }
        return Baseline(entries: file.entries)
    }

    /// The JSON text of a baseline holding `entries`, sorted.
    public static func encode(_ entries: [Entry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(tool: "arsenal", version: formatVersion, entries: entries.sorted()))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Writes a baseline file holding `entries`.
    public static func write(_ entries: [Entry], to path: String) throws(BaselineError) {
        do {
            try Data(encode(entries).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path, reason: (error as NSError).localizedFailureReason ?? "cannot write")
        }
    }

    /// Paths compare without a leading `./`.
    static func key(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    private struct File: Codable {
        var tool: String?
        var version: Int
        var entries: [Entry]
    }
}

/// A baseline file that cannot be read or written.
public enum BaselineError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(String, reason: String)
    case malformed(String, reason: String)
    case unwritable(String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read baseline: \(reason)"
        case .malformed(let path, let reason): "\(path): \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot write baseline: \(reason)"
        }
    }
}
