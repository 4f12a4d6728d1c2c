import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal find`: which record a name refers to.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find which system a name refers to, forgiving typos and spacing.",
        discussion: """
            Case, spacing and punctuation never matter ("SA 24", "igla s"). A query that is \
            one word of a designation, the start of one, or a few letters off ("Stringer") \
            still finds it; when several systems match equally well, all are listed.

            Exit codes: 0 found (exactly, probably, or ambiguously), 1 nothing matches, \
            2 bad usage.

            Examples:
              arsenal find Stringer
              arsenal find SA 24
              arsenal find grinch --format json
            """)

    @Argument(help: ArgumentHelp("The name to look up (several words are joined with spaces).", valueName: "text"))
    var text: [String] = []

    @Option(help: ArgumentHelp("List at most N candidates.", valueName: "n"))
    var limit: Int = 5

    @Option(help: "Output format (table is aligned text).")
    var format: QueryOutputFormat = .table

    @OptionGroup var data: DataOptions

    func validate() throws {
        if text.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give a name to find") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let catalog = try data.loadCatalog()
        let result = SystemFinder(catalog: catalog).find(text.joined(separator: " "), limit: limit)
        let options = QueryRenderOptions(color: format == .table && shouldColor())
        emit(format.query.render(.find(result), options: options) ?? "")
        if result.status == .none { throw ExitCode(1) }
    }
}
