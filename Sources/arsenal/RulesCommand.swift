import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal rules`: every rule with its code, summary and examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its code, summary, rationale and examples.",
        discussion: """
            Validation rules (V...) check data files; claim rules (C...) judge article claims. \
            In examples, ↓ marks where the finding points.

            Examples:
              arsenal rules
              arsenal rules V302
              arsenal rules --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "Show only these rules (code or name).")
    var only: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        var rules = RuleCatalog.all
        if !only.isEmpty {
            let wanted = Set(only.map { $0.lowercased() })
            rules = rules.filter { wanted.contains($0.code.code.lowercased()) || wanted.contains($0.code.name) }
            if rules.isEmpty {
                throw ToolError.message("no rule matches \(only.joined(separator: ", ")); run 'arsenal rules' for the list")
            }
        }
        switch format {
        case .text: emit(RuleCatalog.text(rules))
        case .markdown: emit(RuleCatalog.markdown(rules))
        case .json: emit(RuleCatalog.json(rules))
        }
    }
}
