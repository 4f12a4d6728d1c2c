import Foundation

/// Rule selection on the command line, ruff's `--select` / `--ignore`: each entry is a rule
/// code (`C101`), a code prefix (`C1`, `V3`) or a rule name (`numeric-spec`). A rule is on
/// when `select` is empty or matches it, and `ignore` does not.
public struct RuleSelection: Sendable, Hashable {
    /// What to keep (empty: every rule).
    public var select: [String]
    /// What to drop.
    public var ignore: [String]

    /// A selection; every entry must name or prefix a rule of `rules` (see `validate`).
    public init(select: [String] = [], ignore: [String] = []) {
        self.select = Self.split(select)
        self.ignore = Self.split(ignore)
    }

    /// Entries may be comma-separated as well as repeated.
    private static func split(_ entries: [String]) -> [String] {
        entries.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether the selection keeps a rule.
    public func isEnabled(_ code: DiagnosticCode) -> Bool {
        (select.isEmpty || select.contains { Self.matches($0, code) }) && !ignore.contains { Self.matches($0, code) }
    }

    /// Whether the selection keeps the rule with this code, looked up in `rules`.
    public func isEnabled(code: String, in rules: [RuleDescription]) -> Bool {
        isEnabled(rules.first { $0.code.code == code }?.code ?? DiagnosticCode(code, name: ""))
    }

    private static func matches(_ entry: String, _ code: DiagnosticCode) -> Bool {
        code.code.lowercased().hasPrefix(entry.lowercased()) || (!code.name.isEmpty && code.name == entry.lowercased())
    }

    /// The first entry that matches no rule of `rules`, as a message with a suggestion.
    public func validate(against rules: [RuleDescription]) -> String? {
        for entry in select + ignore where !rules.contains(where: { Self.matches(entry, $0.code) }) {
            let names = rules.flatMap { [$0.code.code, $0.code.name] }
            return "no rule matches '\(entry)'\(didYouMean(entry, names)); run 'arsenal rules' for the list"
        }
        return nil
    }
}
