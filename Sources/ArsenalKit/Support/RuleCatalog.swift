import Foundation

/// Every rule Arsenal has (validation and claim rules) and the renderings `arsenal rules`
/// prints.
public enum RuleCatalog {
    /// Every rule description, validation rules first, each group in code order.
    public static var all: [RuleDescription] {
        ValidationRules.descriptions + claimRuleDescriptions + SuppressionAudit.descriptions
    }

    /// Plain text: one block per rule.
    public static func text(_ rules: [RuleDescription]) -> String {
        var out = ""
        for rule in rules {
            out += "\(rule.code.code) \(rule.code.name) (\(rule.defaultSeverity.rawValue))\n"
            out += "  \(rule.summary)\n"
            out += "  Why: \(rule.rationale)\n"
            for (title, examples) in [("Triggers", rule.triggeringExamples), ("Does not trigger", rule.nonTriggeringExamples)] where !examples.isEmpty {
                out += "  \(title):\n"
                for example in examples { out += indent(display(example), by: "    | ") }
            }
            out += "\n"
        }
        out += "\(rules.count) rule\(rules.count == 1 ? "" : "s")\n"
        return out
    }

    /// Markdown: a heading per rule with fenced examples.
    public static func markdown(_ rules: [RuleDescription]) -> String {
        var out = "| code | name | severity | summary |\n|---|---|---|---|\n"
        for rule in rules {
            out += "| \(rule.code.code) | `\(rule.code.name)` | \(rule.defaultSeverity.rawValue) | \(rule.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        for rule in rules {
            out += "\n### \(rule.code.code) `\(rule.code.name)`\n\n\(rule.summary)\n\n\(rule.rationale)\n"
            for (title, examples) in [("Triggers", rule.triggeringExamples), ("Does not trigger", rule.nonTriggeringExamples)] where !examples.isEmpty {
                out += "\n\(title):\n"
                for example in examples { out += "\n```\n" + display(example) + "```\n" }
            }
        }
        return out
    }

    /// JSON: an array of rule objects with sorted keys.
    public static func json(_ rules: [RuleDescription]) -> String {
        struct Entry: Encodable {
            var code, name, severity, summary, rationale: String
            var triggering, nonTriggering: [String]
            enum CodingKeys: String, CodingKey {
                case code, name, severity, summary, rationale, triggering
                case nonTriggering = "non_triggering"
            }
        }
        let entries = rules.map {
            Entry(code: $0.code.code, name: $0.code.name, severity: $0.defaultSeverity.rawValue,
                  summary: $0.summary, rationale: $0.rationale,
                  triggering: $0.triggeringExamples.map(display), nonTriggering: $0.nonTriggeringExamples.map(display))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// An example as printed: long texts shortened, extra files listed after the main one,
    /// trailing raw bytes shown in hex.
    static func display(_ example: RuleExample) -> String {
        var text = visible(shorten(example.text))
        if !example.trailingBytes.isEmpty {
            text += example.trailingBytes.map { String(format: "\\x%02X", $0) }.joined()
        }
        if !text.hasSuffix("\n") { text += "\n" }
        for (path, extra) in example.extraFiles.sorted(by: { $0.key < $1.key }) {
            text += "# with \(visible(path)):\n" + visible(shorten(extra))
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return text
    }

    /// Control characters other than tab and line feed as `\x..` escapes (a CR as `\r`),
    /// so examples about bad bytes never write those bytes to a terminal.
    static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: out.append(scalar)
            case 0x0D: out.append(contentsOf: "\\r".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F: out.append(contentsOf: String(format: "\\x%02X", scalar.value).unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func shorten(_ text: String) -> String {
        guard text.count > 400 else { return text }
        return String(text.prefix(160)) + " … (\(text.count) characters in all)"
    }

    private static func indent(_ text: String, by prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { prefix + $0 + "\n" }.joined()
    }
}
