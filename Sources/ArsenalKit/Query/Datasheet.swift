/// The datasheet of one record (`arsenal show`): identity, family, and every sourced
/// value of every attribute with its source and the place it is recorded.
public struct Datasheet: Sendable {
    /// The record, with inherited values resolved.
    public let system: WeaponSystem
    /// The chain of bases, nearest first (`[stinger]` for stinger-b).
    public let bases: [WeaponSystem]
    /// The records that extend this one directly.
    public let variants: [WeaponSystem]
    /// One section per attribute that has values, in vocabulary order.
    public let sections: [Section]
    /// The unit system figures are shown in.
    public let units: UnitSystem

    /// One attribute's values.
    public struct Section: Sendable {
        /// The attribute.
        public let attribute: Attribute
        /// The summary over all values (for the headline figure).
        public let summary: ValueSummary
        /// Every value, in data-file order.
        public let entries: [Entry]
    }

    /// One sourced value as a datasheet shows it.
    public struct Entry: Sendable {
        /// The value as recorded.
        public let value: SourcedValue
        /// Its source, when the registry has it.
        public let source: Source?
        /// The value in the chosen unit system (`6 km`, `3.73 mi`, `749 m/s (Mach 2.2)`,
        /// `≥ 6 km`, `~3.5 km`, `passive-ir, uv`, `yes`).
        public let display: String
        /// The figure as the data file records it (`6000 m`, `Mach 2.2`).
        public let printed: String
        /// Whether the conversion changed how the figure reads, so `printed` is worth showing
        /// (`4.8 km` for a printed `4800 m`; not `749 m/s (Mach 2.2)` for `Mach 2.2`).
        public var printedDiffers: Bool {
            guard case .quantity = value.value else { return false }
            var figure = Substring(display)
            for mark in ["~", "≥ ", "≤ "] where figure.hasPrefix(mark) { figure = figure.dropFirst(mark.count) }
            return figure != printed && !figure.hasPrefix(printed + " (") && !figure.hasSuffix("(\(printed))")
        }
    }

    /// Builds the datasheet of `system` from `catalog`.
    public init(system: WeaponSystem, catalog: Catalog, units: UnitSystem) {
        self.system = system
        self.units = units
        var chain: [WeaponSystem] = []
        var seen: Set<String> = [system.id]
        var next = system.extends
        while let id = next, seen.insert(id).inserted, let base = catalog.system(id: id) {
            chain.append(base)
            next = base.extends
        }
        bases = chain
        variants = catalog.variants(of: system.id)
        sections = Attribute.allCases.filter(\.isSpec).compactMap { attribute in
            let values = system.values(attribute)
            guard !values.isEmpty else { return nil }
            let entries = values.map { value in
                Entry(
                    value: value, source: catalog.source(value.sourceID),
                    display: Self.display(value, attribute: attribute, units: units),
                    printed: value.value.displayText)
            }
            return Section(attribute: attribute, summary: ValueSummary(attribute: attribute, values: values), entries: entries)
        }
    }

    /// One value in `units`, with its bound and "about" marks.
    static func display(_ value: SourcedValue, attribute: Attribute, units: UnitSystem) -> String {
        var text: String
        switch value.value {
        case .quantity(let quantity):
            let unit = units.unit(for: attribute, largest: quantity.siValue)!
            text = FigureFormatter.range(low: quantity.siValue, high: quantity.siValue, in: unit)
            if quantity.dimension == .speed {
                text += " (\(FigureFormatter.mach(low: quantity.siValue, high: quantity.siValue)))"
            }
        case .boolean(let flag): text = flag ? "yes" : "no"
        default: text = value.value.displayText
        }
        if let bound = value.bound { text = (bound == .atLeast ? "≥ " : "≤ ") + text }
        if value.approximate { text = "~" + text }
        return text
    }
}
