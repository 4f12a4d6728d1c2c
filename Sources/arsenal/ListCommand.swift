import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal list`: the catalog as a table, filtered by a query.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the catalog, filtered by kind and a query, sorted and limited.",
        discussion: """
            --where takes an expression over the attributes (max_range, origin, targets, \
            man_portable, ...) and id, name, kind, extends:

              max_range >= 5 km and origin == RU        a unit on either side
              targets contains uav                      sets: guidance, targets
              not man_portable                          yes/no attributes alone
              origin in (RU, SU) or max_speed > Mach 2  not > and > or; ( ) group
              has max_altitude                          something is recorded

            A comparison holds when some sourced figure satisfies it (deprecated figures \
            never count). Without data it is unknown, and unknown records are not listed: \
            'not man_portable' lists systems recorded as not portable, not those without data.

            --sort takes id, name, kind, origin or a numeric attribute (lowest figure first; \
            --descending puts the highest figure first); systems without the figure come last. \
            Columns: id, name, kind, origin, a few headline attributes, and every attribute \
            the query or the sort looks at.

            Exit codes: 0 listed, even when nothing matches ("no systems match" on stdout for \
            table and Markdown, on stderr for CSV and JSON, which stay well-formed); \
            2 bad expression or usage.

            Examples:
              arsenal list
              arsenal list --where "max_range >= 5 km and origin == RU"
              arsenal list --where "targets contains uav" --sort max_range --limit 5
              arsenal list --sort max_speed --descending
              arsenal list --kind manpads --format csv > catalog.csv
            """)

    @Option(help: "Only systems of this kind.")
    var kind: QueryKindOption?

    @Option(name: .customLong("where"), help: ArgumentHelp("Only systems for which the expression is true.", valueName: "expr"))
    var expression: String?

    @Option(help: ArgumentHelp("Sort by id, name, kind, origin or a numeric attribute.", valueName: "attribute"))
    var sort: String = "id"

    @Flag(help: "Sort from the highest figure (or the end of the alphabet).")
    var descending = false

    @Option(help: ArgumentHelp("List at most N systems.", valueName: "n"))
    var limit: Int?

    @OptionGroup var output: QueryOutputOptions

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if case .failure(let error) = ListSort.parse(sort) { throw ValidationError(error.message) }
    }

    func run() throws {
        var query: CatalogQuery?
        if let expression {
            do {
                query = try CatalogQuery(expression)
            } catch {
                throw ToolError.message("invalid --where expression: \(error.message)\n\(error.caretDisplay())")
            }
        }
        let key = try ListSort.parse(sort).get()
        let catalog = try data.loadCatalog()
        let listing = CatalogListing(
            catalog: catalog, kind: kind?.kind, query: query, sort: ListSort(key: key, descending: descending),
            limit: limit, units: output.units.system)
        emit(output.format.query.render(.listing(listing), options: output.renderOptions) ?? "")
        if listing.rows.isEmpty, output.format == .csv || output.format == .json {
            FileHandle.standardError.write(Data("arsenal: no systems match\n".utf8))
        }
    }
}

/// `--kind`: any `SystemKind`, listed in `--help` from the model so the two never drift.
struct QueryKindOption: ExpressibleByArgument {
    let kind: SystemKind

    init?(argument: String) {
        guard let kind = SystemKind(rawValue: argument.lowercased()) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { SystemKind.allCases.map(\.rawValue) }
}
