import ArgumentParser
import ArsenalKit
import Foundation

/// `arsenal compare`: systems side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare systems side by side, with the sources under every figure.",
        discussion: """
            One row per attribute, one column per system, every figure in one unit system. \
            Where sources disagree the cell shows the range ("4.8–8 km"); disputed figures \
            follow in brackets. The "leads" column names the system ahead on the median \
            figure, "(ranges overlap)" when the lead depends on the source. Numbers in \
            brackets are footnotes naming the sources; ↑ marks a figure a variant inherits.

            A family name ("Stinger") stands for the family's own record; --variants adds \
            every variant after it. --format svg draws the engagement envelopes (range \
            against altitude) as a chart.

            Exit codes: 0 compared, 2 unknown system, unknown attribute or bad usage.

            Examples:
              arsenal compare igla-s stinger
              arsenal compare igla-s stinger --units imperial --format markdown
              arsenal compare stinger --variants --attributes max_range,max_altitude
              arsenal compare igla-s stinger piorun --format svg > envelopes.svg
            """)

    @Argument(help: ArgumentHelp("Two or more systems: ids, names or aliases.", valueName: "system"), completion: SystemCompletion.kind)
    var systems: [String] = []

    @Option(help: ArgumentHelp(
        "Rows to show, comma-separated or repeated (default: every attribute some system has).",
        valueName: "attribute,..."))
    var attributes: [String] = []

    @Flag(help: "Expand each family into its record and all its variants.")
    var variants = false

    @Option(help: "Output format (table is aligned text, coloured on a terminal unless NO_COLOR is set).")
    var format: CompareOutputFormat = .table

    @Option(help: "Unit system for figures (JSON is always SI: m, kg, m/s).")
    var units: QueryUnitsOption = .metric

    @OptionGroup var data: DataOptions

    func validate() throws {
        if systems.count < (variants ? 1 : 2) {
            throw ValidationError(variants
                ? "name a system to compare with its variants"
                : "name at least two systems to compare (or one with --variants)")
        }
        _ = try chosenAttributes()
    }

    /// The attributes named by `--attributes`, in the order given; nil for the default.
    func chosenAttributes() throws -> [Attribute]? {
        let names = attributes.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        var chosen: [Attribute] = []
        for name in names {
            guard let attribute = Attribute(rawValue: name.lowercased()) else {
                let known = Attribute.allCases.map(\.rawValue)
                let hint = closestMatch(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? "; attributes: \(known.joined(separator: ", "))"
                throw ValidationError("unknown attribute '\(name)'\(hint)")
            }
            if !chosen.contains(attribute) { chosen.append(attribute) }
        }
        return chosen
    }

    func run() throws {
        let catalog = try data.loadCatalog()
        var records: [WeaponSystem] = []
        for name in systems {
            let record = try resolveSystem(name, in: catalog)
            for member in variants ? catalog.family(of: record) : [record] where !records.contains(where: { $0.id == member.id }) {
                records.append(member)
            }
        }
        if records.count < 2, let only = records.first {
            throw ToolError.message("nothing to compare: every name given means \(only.name) (\(only.id))\(variants ? ", which has no variants" : ""); name another system")
        }
        let comparison = SystemComparison(systems: records, attributes: try chosenAttributes(), units: units.system, catalog: catalog)
        let options = QueryRenderOptions(color: format == .table && shouldColor())
        emit(format.query.render(.comparison(comparison), options: options) ?? "")
    }
}
