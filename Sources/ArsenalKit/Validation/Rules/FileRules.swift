import Yams

/// A data file larger than the loader accepts.
struct FileTooLargeRule: ValidationRule {
    static let description = RuleDescription(
        code: "V101", name: "file-too-large",
        summary: "A data file is larger than the loader accepts (1 MiB by default).",
        rationale: "A system record is a few kilobytes; a huge file is a mistake (a log, a dump) and would slow every CI run.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("↓# " + String(repeating: "padding ", count: 700) + "\n" + Example.system())],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(bytes: Int, limit: Int) -> String {
        "file is \(size(bytes)), over the \(size(limit)) limit for a data file; split it or remove what is not a record"
    }

    /// A byte count for people: `812 bytes`, `40.0 KiB`, `2.2 MiB`, `1 MiB`.
    static func size(_ bytes: Int) -> String {
        func scaled(_ value: Double, _ unit: String) -> String {
            value == value.rounded() ? "\(Int(value)) \(unit)" : "\(String(format: "%.1f", value)) \(unit)"
        }
        if bytes >= 1 << 20 { return scaled(Double(bytes) / Double(1 << 20), "MiB") }
        if bytes >= 1 << 10 { return scaled(Double(bytes) / Double(1 << 10), "KiB") }
        return "\(bytes) bytes"
    }
}

/// A data file holding NUL bytes.
struct BinaryFileRule: ValidationRule {
    static let description = RuleDescription(
        code: "V102", name: "binary-file",
        summary: "A data file is binary, not YAML text.",
        rationale: "A binary file under Data/ is almost always an accident (an image, an archive) and cannot be a record.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("↓id: example\u{0}\u{1}\u{2}")],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static let message = "file is binary (it contains NUL bytes), not YAML text; remove it from the data folder"
}

/// A data file that is not valid UTF-8.
struct InvalidUTF8Rule: ValidationRule {
    static let description = RuleDescription(
        code: "V103", name: "invalid-utf8",
        summary: "A data file is not valid UTF-8.",
        rationale: "YAML files must be UTF-8 so names such as Игла-С survive every tool; a bad byte usually means a file saved in a legacy encoding.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("schema_version: 1\nname: ↓", trailingBytes: [0xC3, 0x28])],
        nonTriggeringExamples: [RuleExample(Example.system(header: "aliases: [Игла-С]\n"))])

    static let message = "file is not valid UTF-8 here; re-save it as UTF-8"
}

/// A data file with nothing in it.
struct EmptyFileRule: ValidationRule {
    static let description = RuleDescription(
        code: "V104", name: "empty-file",
        summary: "A data file is empty or holds only comments.",
        rationale: "An empty file is a record someone meant to write; it would otherwise be skipped silently.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("↓# nothing here yet\n")],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static let message = "file is empty; write a record or delete the file"
}

/// YAML that libyaml cannot parse.
struct YAMLSyntaxRule: ValidationRule {
    static let description = RuleDescription(
        code: "V105", name: "yaml-syntax",
        summary: "The file is not well-formed YAML.",
        rationale: "Nothing else can be checked until the file parses.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("schema_version: 1\nid: example\naliases: [Igla-S, 9K338\nkind↓: manpads\n")],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ problem: String) -> String {
        "YAML syntax error: \(explained(problem))"
    }

    /// libyaml's problem texts in words a data editor can act on; anything not listed
    /// is kept as libyaml says it, without advice meant for C programmers.
    static func explained(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("yaml_set_max_nest_level", "nesting deeper than YAML readers allow (over 1,000 levels); a record needs only a few"),
            ("mapping values are not allowed in this context", "a ': ' where no key can start; quote a value that holds ': ' (note: \"Range: 6 km\")"),
            ("did not find expected key", "a line does not line up with the keys above it; check its indentation"),
            ("did not find expected ',' or ']'", "a [ ... ] list is not closed; add the missing ] or quote an item that holds a comma"),
            ("did not find expected ',' or '}'", "a { ... } mapping is not closed; add the missing } or quote a value that holds a comma"),
            ("found character that cannot start any token", "a character that cannot start a YAML value (a tab used for indentation, or an unquoted @ or `); use spaces and quote the value"),
            ("found unexpected end of stream", "the file ends inside a quoted string or a bracket; close it"),
            ("found undefined alias", "an alias (*name) that no anchor (&name) defines"),
            ("block sequence entries are not allowed in this context", "a '- ' list item where a value was expected; put the list on the lines below the key, indented"),
            ("found a tab character", "a tab where YAML needs spaces; indent with spaces"),
            ("could not find expected ':'", "a key without a ':' after it; add the colon, or quote text that spans lines"),
        ]
        for (needle, text) in known where problem.contains(needle) { return text }
        if let range = problem.range(of: ", set with yaml_") { return String(problem[..<range.lowerBound]) }
        return problem
    }
}

/// A mapping that names the same key twice.
struct DuplicateKeyRule: ValidationRule {
    static let description = RuleDescription(
        code: "V106", name: "duplicate-key",
        summary: "A mapping names the same key twice.",
        rationale: "YAML parsers disagree on which duplicate wins; a figure could silently disappear.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("schema_version: 1\n↓id: example\nid: other\n")],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ keys: [String]) -> String {
        "duplicate key\(keys.count == 1 ? "" : "s") \(keys.map { "'\($0)'" }.joined(separator: ", ")) in one mapping; keep one and merge the values"
    }
}

/// A document whose aliases expand past the node budget.
struct AliasExpansionRule: ValidationRule {
    static let description = RuleDescription(
        code: "V107", name: "alias-expansion",
        summary: "YAML anchors and aliases expand the document past the loader's node limit.",
        rationale: "Nested aliases can expand exponentially (a \"billion laughs\" bomb); the loader refuses them at once instead of hanging.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("""
            ↓a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            """)],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(limit: Int) -> String {
        "document expands to more than \(limit) YAML nodes (nested anchors and aliases?); data files need no aliases: write values out"
    }
}

/// Several YAML documents in one file.
struct MultipleDocumentsRule: ValidationRule {
    static let description = RuleDescription(
        code: "V108", name: "multiple-documents",
        summary: "A data file holds more than one YAML document.",
        rationale: "One file is one record; a second document after `---` would be ignored by other tools.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system() + "\n---\n↓id: second\n")],
        nonTriggeringExamples: [RuleExample("---\n" + Example.system())])

    static let message = "file holds a second YAML document; put each record in a file of its own"
}

/// A document whose root is not a mapping.
struct RootNotMappingRule: ValidationRule {
    static let description = RuleDescription(
        code: "V109", name: "root-not-mapping",
        summary: "The document's root is not a mapping of keys to values.",
        rationale: "A record is a mapping (`id:`, `name:`, `specs:` ...); a list or a bare value cannot be read as one.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample("↓- id: example\n- name: Example\n")],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ node: Yams.Node) -> String {
        let found: String
        switch node {
        case .sequence: found = "a list"
        case .scalar: found = "a single value"
        default: found = "something else"
        }
        return "the document is \(found); a data file must be a mapping with keys such as 'id', 'name' and 'specs'"
    }
}
