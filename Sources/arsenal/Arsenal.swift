import ArgumentParser
import ArsenalKit

/// The root command: subcommands only.
struct Arsenal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arsenal",
        abstract: "A sourced weapon-system specification database and article fact-checker.",
        discussion: """
            The bundled database covers man-portable air-defence systems (Igla-S, Stinger, \
            Mistral, Starstreak, RBS 70, Piorun, ...). Every figure carries its source.

            Exit codes: 0 clean, 1 findings at or above the failing severity, 2 usage or input error.
            Point at your own database with --data DIR (repeatable) or ARSENAL_DATA=DIR[:DIR...].

            Environment: ARSENAL_DATA (database folders), ARSENAL_CACHE_DIR (where the compiled \
            copy of the database and language packs is kept; default $XDG_CACHE_HOME/arsenal or \
            ~/.cache/arsenal; "off" turns it off; validate never reads it), ARSENAL_NO_PROGRESS \
            (no progress line on a terminal).
            """,
        version: arsenalVersion,
        subcommands: [ValidateCommand.self, CheckCommand.self, RulesCommand.self, ShowCommand.self, CompareCommand.self, ListCommand.self, FindCommand.self, ServeCommand.self, StatsCommand.self, ExportCommand.self]
    )
}
