/// A key the format does not define.
struct UnknownKeyRule: ValidationRule {
    static let description = RuleDescription(
        code: "V201", name: "unknown-key",
        summary: "A key is not part of the data format.",
        rationale: "A misspelt key (`max_rnage`) would otherwise be ignored and its figure lost.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  ↓max_rnage:\n    - {value: 6000 m, source: src}\n")),
            RuleExample(Example.system(header: "↓orign: RU\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - {value: 6000 m, source: src, ↓aprox: true}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 6000 m, source: src, approx: true}\n"))])

    static func message(_ key: String, context: String, known: [String]) -> String {
        "unknown key '\(key)' in \(context)\(didYouMean(key, known)); known keys: \(known.joined(separator: ", "))"
    }
}

/// A required field is absent.
struct MissingFieldRule: ValidationRule {
    static let description = RuleDescription(
        code: "V202", name: "missing-field",
        summary: "A required field is missing.",
        rationale: "Every record needs its identity (schema_version, id, name, kind, origin) and every entry a value; a disputed entry needs a note saying why.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("↓schema_version: 1\nid: example\nname: Example\norigin: RU\nspecs: {}\n"),
            RuleExample(Example.system(specs: "  max_range:\n    - ↓{source: src}\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - ↓{value: 8 km, source: src, status: disputed}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 8 km, source: src, status: disputed, note: contradicted by the maker's datasheet}\n"))])

    static func message(_ field: String, in context: String, hint: String = "") -> String {
        "missing required field '\(field)' in \(context)\(hint.isEmpty ? "" : "; \(hint)")"
    }
}

/// A field holds the wrong YAML type.
struct WrongTypeRule: ValidationRule {
    static let description = RuleDescription(
        code: "V203", name: "wrong-type",
        summary: "A field holds the wrong type of value (a list where a mapping belongs, text where a number belongs).",
        rationale: "Typed records are what make the checks possible; a wrong type means the figure cannot be read.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  crew:\n    - {value: ↓two, source: src}\n")),
            RuleExample(Example.system(specs: "  man_portable:\n    - {value: ↓\"yes\", source: src}\n")),
            RuleExample(Example.system(specs: "  max_range: ↓6000 m\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  crew:\n    - {value: 2, source: src}\n  man_portable:\n    - {value: true, source: src}\n"))])

    static func message(_ field: String, expected: String, found: String) -> String {
        "'\(field)' must be \(expected), found \(found)"
    }
}

/// A value outside a closed vocabulary.
struct InvalidValueRule: ValidationRule {
    static let description = RuleDescription(
        code: "V204", name: "invalid-value",
        summary: "A field's value is not one of the values the format allows (kind, status, bound, guidance and target tokens).",
        rationale: "Closed vocabularies keep records comparable: `IR` and `infrared` must both be written `passive-ir`.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(header: "").replacingOccurrences(of: "kind: manpads", with: "kind: ↓manpad")),
            RuleExample(Example.system(specs: "  guidance:\n    - {value: [↓infrared], source: src}\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - {value: 8 km, source: src, status: ↓wrong, note: x}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  guidance:\n    - {value: [passive-ir, uv], source: src}\n"))])

    static func message(_ value: String, field: String, allowed: [String]) -> String {
        "'\(value)' is not a valid \(field)\(didYouMean(value, allowed)); allowed: \(allowed.joined(separator: ", "))"
    }
}

/// An id that is not a lowercase slug.
struct InvalidIDRule: ValidationRule {
    static let description = RuleDescription(
        code: "V205", name: "invalid-id",
        summary: "A record or source id is not a lowercase kebab-case slug.",
        rationale: "Ids appear in file names, URLs, JSON output and configuration; one spelling avoids `Igla_S` vs `igla-s`.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(id: "Example").replacingOccurrences(of: "id: Example", with: "id: ↓Example"))],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ id: String) -> String {
        "id '\(id)' must be lowercase letters and digits separated by single hyphens (e.g. 'igla-s')"
    }

    /// Whether `id` is a lowercase kebab-case slug.
    static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }
}

/// A schema_version this build does not read.
struct SchemaVersionRule: ValidationRule {
    static let description = RuleDescription(
        code: "V206", name: "schema-version",
        summary: "The file's schema_version is not one this Arsenal reads (1).",
        rationale: "A version bump marks a contract change; reading a file of another version as if it were version 1 would misread it.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system().replacingOccurrences(of: "schema_version: 1", with: "schema_version: ↓2"))],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ found: String) -> String {
        "schema_version \(found) is not supported; this Arsenal reads schema_version 1"
    }
}

/// An origin that is not an ISO 3166-1 alpha-2 code.
struct InvalidOriginRule: ValidationRule {
    static let description = RuleDescription(
        code: "V207", name: "invalid-origin",
        summary: "`origin` is not an ISO 3166-1 alpha-2 country code (or SU for the Soviet Union).",
        rationale: "Articles say \"Russian-made\" or \"Soviet\"; the checker maps those words to codes and needs the record to hold a code.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system().replacingOccurrences(of: "origin: RU", with: "origin: ↓Russia")),
            RuleExample(Example.system().replacingOccurrences(of: "origin: RU", with: "origin: ↓UK")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system().replacingOccurrences(of: "origin: RU", with: "origin: SU"))])

    static func message(_ origin: String) -> String {
        let hint = origin == "UK" ? " (the United Kingdom's code is GB)" : ""
        return "origin '\(origin)' is not an ISO 3166-1 alpha-2 code\(hint); use capitals such as RU, US, FR, SE, PL, CN, GB, or SU for the Soviet Union"
    }
}
