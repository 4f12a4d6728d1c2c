import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal show`: the datasheet of one system.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one system's datasheet: identity, family, and every sourced value.",
        discussion: """
            Every value is listed with its source (title and the date it was read), its \
            status (disputed and deprecated figures are marked), inheritance from a base \
            record, and the data file line it is recorded on. Where converting to --units \
            changes a figure, the figure as printed follows it.

            Exit codes: 0 shown, 2 unknown system or bad usage.

            Examples:
              arsenal show igla-s
              arsenal show "SA-24 Grinch" --units imperial
              arsenal show stinger-b --format json
            """)

    @Argument(help: ArgumentHelp("The system: its id, name or any alias.", valueName: "system"), completion: SystemCompletion.kind)
    var system: String

    @OptionGroup var output: QueryOutputOptions

    @OptionGroup var data: DataOptions

    func run() throws {
        let catalog = try data.loadCatalog()
        let record = try resolveSystem(system, in: catalog)
        let sheet = Datasheet(system: record, catalog: catalog, units: output.units.system)
        emit(output.format.query.render(.datasheet(sheet), options: output.renderOptions) ?? "")
    }
}

// MARK: - Shared by show, compare, list and find

/// The formats of `show`, `list` and `find`.
enum QueryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, csv, json

    var query: QueryFormat {
        switch self {
        case .table: .table
        case .markdown: .markdown
        case .csv: .csv
        case .json: .json
        }
    }
}

/// The formats of `compare`: those of the other query commands, and an SVG chart.
enum CompareOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, csv, json, svg

    var query: QueryFormat {
        switch self {
        case .table: .table
        case .markdown: .markdown
        case .csv: .csv
        case .json: .json
        case .svg: .svg
        }
    }
}

/// `--units`.
enum QueryUnitsOption: String, ExpressibleByArgument, CaseIterable {
    case metric, imperial

    var system: UnitSystem {
        switch self {
        case .metric: .metric
        case .imperial: .imperial
        }
    }
}

/// `--format` and `--units` for `show`, `list` and `find`.
struct QueryOutputOptions: ParsableArguments {
    @Option(help: "Output format (table is aligned text, coloured on a terminal unless NO_COLOR is set).")
    var format: QueryOutputFormat = .table

    @Option(help: "Unit system for figures (JSON is always SI: m, kg, m/s).")
    var units: QueryUnitsOption = .metric

    var renderOptions: QueryRenderOptions {
        QueryRenderOptions(color: format == .table && shouldColor())
    }
}

/// The record `name` designates, or a tool error with the closest designations.
func resolveSystem(_ name: String, in catalog: Catalog) throws -> WeaponSystem {
    if let record = catalog.resolve(name) { return record }
    throw ToolError.unknownSystem(name, suggestions: SystemFinder(catalog: catalog).suggestions(for: name))
}
