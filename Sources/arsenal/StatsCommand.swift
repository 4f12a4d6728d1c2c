import ArgumentParser
import ArsenalKit

/// `arsenal stats`: how completely the database covers each record.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show per record and attribute how many values and independent sources there are, and which core slots are empty.",
        discussion: """
            Cells read values/sources: the number of sourced values (inherited ones included) \
            and of independent sources behind them (distinct publishers: two articles of one \
            Wikipedia edition count once). '—' marks an empty slot, 'q' a slot holding only \
            qualified or deprecated values (an average speed, a test shot: not the figure \
            itself), '↑' inherited values. Core slots are max range, max altitude, max speed, \
            missile mass and system mass; a core slot is empty unless it holds a plain \
            (unqualified) accepted or disputed figure.

            The last line sums up: records (MANPADS among them), values written in the data \
            files, registry sources they cite, and empty core slots.

            Examples:
              arsenal stats
              arsenal stats --kind manpads --format markdown
              arsenal stats --format json | jq '.systems[] | select(.empty_core != []) | .id'
            """)

    @Option(help: "Only systems of this kind.")
    var kind: QueryKindOption?

    @Option(help: "Output format.")
    var format: QueryOutputFormat = .table

    @OptionGroup var data: DataOptions

    func run() throws {
        let report = CoverageReport(catalog: try data.loadCatalog(), kind: kind?.kind)
        let options = QueryRenderOptions(color: format == .table && shouldColor())
        emit(format.query.render(.coverage(report), options: options) ?? "")
    }
}
