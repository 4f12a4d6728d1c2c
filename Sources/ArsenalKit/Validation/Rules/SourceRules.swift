import Foundation

/// An entry without a source.
struct MissingSourceRule: ValidationRule {
    static let description = RuleDescription(
        code: "V501", name: "missing-source",
        summary: "A value has no `source:`.",
        rationale: "Arsenal's promise is that every figure carries its source; an unsourced figure cannot back a verdict.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - ↓{value: 6000 m}\n"))],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ attribute: Attribute) -> String {
        "this \(attribute.rawValue) value has no source; add 'source: <id>' naming an entry of the source registry, or remove the figure"
    }
}

/// A source id that the registry does not hold.
struct UnknownSourceRule: CatalogRule {
    static let description = RuleDescription(
        code: "V502", name: "unknown-source",
        summary: "A value names a source id the registry does not hold.",
        rationale: "A dangling reference means the figure's provenance is lost.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 6000 m, source: ↓scr}\n"))],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ id: String, known: [String]) -> String {
        "source '\(id)' is not in the source registry\(didYouMean(id, known)); add it to Data/sources.yaml"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        let known = Set(input.sources.map(\.id))
        for record in input.records {
            for attribute in record.specs.keys.sorted() {
                for entry in record.values(attribute) where !entry.sourceID.isEmpty && !known.contains(entry.sourceID) {
                    var notes: [DiagnosticNote] = []
                    if !input.hasRegistry { notes.append(DiagnosticNote("no source registry (sources.yaml) was loaded; pass the data folder, not single files")) }
                    diagnostics.append(diagnostic(
                        message(entry.sourceID, known: known.sorted()), at: entry.sourceLocation ?? entry.location, notes: notes))
                }
            }
        }
    }
}

/// A registry entry no value uses.
struct UnusedSourceRule: CatalogRule {
    static let description = RuleDescription(
        code: "V503", name: "unused-source",
        summary: "A source in the registry backs no value.",
        rationale: "An unused source is either a figure someone forgot to encode or clutter; either way, worth a look.",
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample(Example.system(), extraFiles: [Example.registryPath: Example.registry + "\n  - ↓id: spare\n    title: Spare\n    publisher: P\n    url: https://example.org/spare\n    retrieved: 2025-01-01\n"])],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ id: String) -> String {
        "source '\(id)' is not used by any value; encode its figures or remove it"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        // Checked only against a whole database: with single files, most sources look unused.
        guard input.isWholeDatabase, !input.records.isEmpty else { return }
        var used = Set<String>()
        for record in input.records { for values in record.specs.values { for entry in values { used.insert(entry.sourceID) } } }
        for source in input.sources where !used.contains(source.id) {
            diagnostics.append(diagnostic(message(source.id), at: source.location))
        }
    }
}

/// A source address that is not an absolute http(s) URL.
struct MalformedURLRule: ValidationRule {
    static let description = RuleDescription(
        code: "V504", name: "malformed-url",
        summary: "A source's `url` or `via` is not an absolute http or https address.",
        rationale: "A reader must be able to open the source; relative paths, other schemes and spaces break that.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(), extraFiles: [Example.registryPath: Example.registry.replacingOccurrences(of: "url: https://example.org/page", with: "url: ↓example.org/page")])],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ url: String, problem: String) -> String {
        "'\(url)' is not a usable address: \(problem)"
    }

    /// What is wrong with `text` as a source address, or nil when it is fine.
    static func problem(with text: String) -> String? {
        if text.contains(where: { $0 == " " || $0 == "\t" }) { return "it contains spaces (percent-encode them)" }
        guard let components = URLComponents(string: text) ?? URLComponents(string: text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.union(["#", "/"])) ?? "") else {
            return "it does not parse as a URL"
        }
        guard let scheme = components.scheme?.lowercased() else { return "it has no scheme; start it with https://" }
        guard scheme == "http" || scheme == "https" else { return "scheme '\(scheme)' is not http or https" }
        guard let host = components.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else {
            return "it has no valid host name"
        }
        return nil
    }
}

/// A date that is malformed or in the future.
struct SourceDateRule: ValidationRule {
    static let description = RuleDescription(
        code: "V505", name: "source-date",
        summary: "A source's `retrieved` or `published` date is not a real YYYY-MM-DD date, or lies in the future.",
        rationale: "The date read tells a reader how old a figure's evidence is; a future date is a typo.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(), extraFiles: [Example.registryPath: Example.registry.replacingOccurrences(of: "retrieved: 2025-01-01", with: "retrieved: ↓2999-01-01")]),
            RuleExample(Example.system(), extraFiles: [Example.registryPath: Example.registry.replacingOccurrences(of: "retrieved: 2025-01-01", with: "retrieved: ↓2025-02-30")]),
        ],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func malformedMessage(_ text: String, field: String) -> String {
        "\(field) '\(text)' is not a calendar date in the form YYYY-MM-DD"
    }

    static func futureMessage(_ text: String, field: String, today: String) -> String {
        "\(field) \(text) is in the future (today is \(today)); write the date the page was actually read"
    }

    /// Whether `text` is a real calendar date written YYYY-MM-DD.
    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}

/// Two registry entries with the same id.
struct DuplicateSourceRule: CatalogRule {
    static let description = RuleDescription(
        code: "V506", name: "duplicate-source",
        summary: "Two registry entries share an id.",
        rationale: "A value must name exactly one source.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(), extraFiles: [Example.registryPath: Example.registry + "\n  - ↓id: src\n    title: Other\n    publisher: P\n    url: https://example.org/other\n    retrieved: 2025-01-01\n"])],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ id: String) -> String {
        "source id '\(id)' is already used by another registry entry; give each source its own id"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        var first: [String: Source] = [:]
        for source in input.sources {
            if let earlier = first[source.id] {
                diagnostics.append(diagnostic(message(source.id), at: source.location, notes: [DiagnosticNote("first defined here", at: earlier.location)]))
            } else {
                first[source.id] = source
            }
        }
    }
}
