import ArsenalKit

/// Errors with no position in a file: bad options, unreadable input. One line each.
enum ToolError: Error, CustomStringConvertible {
    case input([InputError])
    case unknownSystem(String, suggestions: [String])
    case message(String)

    var description: String {
        switch self {
        case .input(let errors): errors.map(\.description).joined(separator: "\narsenal: error: ")
        case .unknownSystem(let name, let suggestions):
            "no system is called '\(name)'" + (suggestions.isEmpty ? "; run 'arsenal list' to see the catalog" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?")
        case .message(let text): text
        }
    }
}
