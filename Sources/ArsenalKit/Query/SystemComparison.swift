/// Systems side by side (`arsenal compare`): one row per attribute, one column per
/// system, every figure normalised to one unit system and footnoted with its sources.
public struct SystemComparison: Sendable {
    /// The columns, in the order asked for (a family expanded in place).
    public let systems: [WeaponSystem]
    /// One row per attribute.
    public let rows: [Row]
    /// Every source cited in `rows`, numbered from 1 in order of first citation.
    public let sources: [Footnote]
    /// The unit system figures are shown in.
    public let units: UnitSystem
    /// Every source any compared system cites, by id (for renderers that number their
    /// own subset, such as the chart's caption).
    public let registry: [String: Source]

    /// One attribute across the systems.
    public struct Row: Sendable {
        /// The attribute.
        public let attribute: Attribute
        /// The display unit of the whole row (nil for counts, years, sets, ...).
        public let unit: QuantityUnit?
        /// One cell per system, parallel to `systems`.
        public let cells: [Cell]
        /// The index of the system that leads, when the attribute has a direction and
        /// one system is ahead on the median of its figures.
        public let leader: Int?
        /// The leader's figures overlap another system's (a bound such as "at least
        /// Mach 2" is open on its side), so the lead depends on which source one believes.
        public let leaderContested: Bool
    }

    /// One system's figures for one attribute.
    public struct Cell: Sendable {
        /// What the sources say.
        public let summary: ValueSummary
        /// The text shown (`4.8–8 km`); empty when nothing is recorded.
        public let text: String
        /// The footnote numbers of the cell's sources, ascending.
        public let footnotes: [Int]
    }

    /// A numbered source.
    public struct Footnote: Sendable {
        /// The footnote number, from 1.
        public let number: Int
        /// The registry id.
        public let id: String
        /// The source, when the registry has it.
        public let source: Source?
    }

    /// Compares `systems` on `attributes` (every attribute some system has, when nil).
    public init(systems: [WeaponSystem], attributes: [Attribute]? = nil, units: UnitSystem, catalog: Catalog) {
        self.systems = systems
        self.units = units
        var registry: [String: Source] = [:]
        for system in systems {
            for values in system.specs.values {
                for value in values { registry[value.sourceID] = registry[value.sourceID] ?? catalog.source(value.sourceID) }
            }
        }
        self.registry = registry
        let chosen = attributes ?? Attribute.allCases.filter { attribute in
            attribute == .origin || systems.contains { !$0.values(attribute).isEmpty }
        }
        var numbers: [String: Int] = [:]
        var footnotes: [Footnote] = []
        var rows: [Row] = []
        for attribute in chosen {
            let summaries = systems.map { $0.summary(attribute) }
            let largest = summaries.compactMap(\.high).map(abs).max() ?? 0
            let unit = units.unit(for: attribute, largest: largest)
            let cells = zip(systems, summaries).map { system, summary -> Cell in
                if attribute == .origin {
                    return Cell(summary: summary, text: system.origin, footnotes: [])
                }
                var cited: [Int] = []
                for value in summary.values where value.status != .deprecated && !value.sourceID.isEmpty {
                    let number = numbers[value.sourceID] ?? {
                        let next = footnotes.count + 1
                        numbers[value.sourceID] = next
                        footnotes.append(Footnote(number: next, id: value.sourceID, source: catalog.source(value.sourceID)))
                        return next
                    }()
                    if !cited.contains(number) { cited.append(number) }
                }
                return Cell(summary: summary, text: summary.text(in: unit), footnotes: cited.sorted())
            }
            let (leader, contested) = Self.leader(attribute, summaries)
            rows.append(Row(attribute: attribute, unit: unit, cells: cells, leader: leader, leaderContested: contested))
        }
        self.rows = rows
        self.sources = footnotes
    }

    /// The leading system on the medians, and whether its range overlaps a rival's.
    static func leader(_ attribute: Attribute, _ summaries: [ValueSummary]) -> (Int?, Bool) {
        guard let direction = LeadDirection.of(attribute) else { return (nil, false) }
        let ranked = summaries.indices.compactMap { index in summaries[index].median.map { (index, $0) } }
        guard ranked.count >= 2 else { return (nil, false) }
        let better: (Double, Double) -> Bool = direction == .higher ? { $0 > $1 } : { $0 < $1 }
        let best = ranked.map(\.1).reduce(ranked[0].1) { better($1, $0) ? $1 : $0 }
        let leaders = ranked.filter { $0.1 == best }
        guard leaders.count == 1, let leader = leaders.first?.0 else { return (nil, false) }
        let mine = span(summaries[leader])
        let contested = ranked.contains { index, _ in
            guard index != leader, let theirs = span(summaries[index]), let mine else { return false }
            return theirs.overlaps(mine)
        }
        return (leader, contested)
    }

    /// The values a summary allows: a figure given only as a bound ("at least Mach 2") is
    /// open on that side, so it can overlap any larger (or smaller) figure.
    private static func span(_ summary: ValueSummary) -> ClosedRange<Double>? {
        guard let low = summary.low, let high = summary.high else { return nil }
        return (summary.bound == .atMost ? -Double.infinity : low)...(summary.bound == .atLeast ? Double.infinity : high)
    }

    /// `[1–3, 5]`: footnote numbers with runs collapsed; empty for none.
    public static func footnoteMark(_ numbers: [Int]) -> String {
        guard !numbers.isEmpty else { return "" }
        var parts: [String] = []
        var start = numbers[0], previous = numbers[0]
        for number in numbers.dropFirst() + [Int.min] {
            if number == previous + 1 { previous = number; continue }
            parts.append(start == previous ? "\(start)" : previous == start + 1 ? "\(start),\(previous)" : "\(start)–\(previous)")
            start = number
            previous = number
        }
        return "[" + parts.joined(separator: ",") + "]"
    }
}

extension Catalog {
    /// `system` followed by every record that extends it, directly or through another
    /// variant, depth first in id order.
    public func family(of system: WeaponSystem) -> [WeaponSystem] {
        var result: [WeaponSystem] = []
        var seen: Set<String> = []
        // An explicit stack, not recursion: a chain of variants may be thousands long.
        var stack = [system]
        while let record = stack.popLast() {
            guard seen.insert(record.id).inserted else { continue }
            result.append(record)
            stack += variants(of: record.id).reversed()
        }
        return result
    }
}
