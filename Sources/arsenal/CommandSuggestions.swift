import ArgumentParser
import ArsenalKit

/// What argument-parser does not say on its own: "did you mean" for a mistyped command
/// (`arsenal chek`), and an error (not the root help, exit 0) for `arsenal help nosuch`.
enum CommandSuggestions {
    /// The names of Arsenal's commands.
    static var commandNames: [String] {
        Arsenal.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// The error for a command line whose command does not exist, or nil when it names one
    /// (or none: options alone, `--help`, `--version`).
    static func unknownCommand(in arguments: [String]) -> String? {
        let names = commandNames
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        if first == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-"), !names.contains(arguments[1]) else { return nil }
            return message(arguments[1], names)
        }
        return names.contains(first) ? nil : message(first, names)
    }

    private static func message(_ word: String, _ names: [String]) -> String {
        let hint = closestMatch(to: word, in: names).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown command '\(word)'\(hint); commands: \(names.joined(separator: ", "))"
    }
}
