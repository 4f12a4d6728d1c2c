/// The catalog as a table (`arsenal list`): the records that pass a kind and a query,
/// sorted and cut to a limit, with a few headline attributes as columns.
public struct CatalogListing: Sendable {
    /// The query the records passed, as written.
    public let query: String?
    /// The kind asked for.
    public let kind: SystemKind?
    /// The sort applied.
    public let sort: ListSort
    /// The attribute columns after id, name, kind and origin.
    public let columns: [Column]
    /// One row per listed record.
    public let rows: [Row]
    /// How many records matched before `--limit` cut the list.
    public let matched: Int
    /// The unit system figures are shown in.
    public let units: UnitSystem

    /// An attribute column and the one unit it is shown in.
    public struct Column: Sendable {
        /// The attribute.
        public let attribute: Attribute
        /// The display unit of the column (nil for counts, years, sets, ...).
        public let unit: QuantityUnit?

        /// `max range (km)`.
        public var heading: String {
            attribute.label + (unit.map { " (\($0.rawValue))" } ?? "")
        }
    }

    /// One record.
    public struct Row: Sendable {
        /// The record.
        public let system: WeaponSystem
        /// One summary per column.
        public let summaries: [ValueSummary]
        /// One cell text per column, in the column's unit, without the unit (`4.8–8`).
        public let cells: [String]
    }

    /// The columns every listing shows.
    public static let defaultColumns: [Attribute] = [.maxRange, .maxAltitude, .maxSpeed, .systemMass]

    /// Lists `catalog`'s records of `kind` (all when nil) for which `query` is true,
    /// sorted by `sort`, at most `limit` of them. Attributes the query or the sort look at
    /// become columns too.
    public init(catalog: Catalog, kind: SystemKind? = nil, query: CatalogQuery? = nil, sort: ListSort = ListSort(), limit: Int? = nil, units: UnitSystem) {
        self.query = query?.text
        self.kind = kind
        self.sort = sort
        self.units = units
        var wanted = Set(Self.defaultColumns).union(query?.attributes ?? [])
        if case .attribute(let attribute) = sort.key { wanted.insert(attribute) }
        wanted.remove(.origin)
        let attributes = Attribute.allCases.filter(wanted.contains)

        let matching = catalog.systems.filter { system in
            (kind == nil || system.kind == kind) && (query?.matches(system) ?? true)
        }
        matched = matching.count
        let listed = Array(sort.apply(to: matching).prefix(limit ?? Int.max))
        let summaries = listed.map { system in attributes.map { system.summary($0) } }
        columns = attributes.enumerated().map { index, attribute in
            let largest = summaries.compactMap { $0[index].high }.map(abs).max() ?? 0
            return Column(attribute: attribute, unit: units.unit(for: attribute, largest: largest))
        }
        let columns = self.columns
        rows = zip(listed, summaries).map { system, summaries in
            let cells = zip(columns, summaries).map { column, summary in
                Self.stripUnit(summary.text(in: column.unit), column.unit)
            }
            return Row(system: system, summaries: summaries, cells: cells)
        }
    }

    /// `4.8–8 km` → `4.8–8`: the column heading carries the unit.
    private static func stripUnit(_ text: String, _ unit: QuantityUnit?) -> String {
        guard let unit else { return text }
        return text.replacingOccurrences(of: " \(unit.rawValue)", with: "")
    }
}

/// The order of a listing: by a field, ascending unless `descending`.
public struct ListSort: Sendable, Hashable {
    /// What to sort by.
    public enum Key: Sendable, Hashable {
        /// A numeric attribute, by its lowest figure, then its highest.
        case attribute(Attribute)
        /// Record id.
        case id
        /// Full name.
        case name
        /// Kind, then id.
        case kind
        /// Country of origin, then id.
        case origin

        /// The name the key is written as on the command line.
        public var name: String {
            switch self {
            case .attribute(let attribute): attribute.rawValue
            case .id: "id"
            case .name: "name"
            case .kind: "kind"
            case .origin: "origin"
            }
        }
    }

    /// What to sort by.
    public var key: Key
    /// Largest first.
    public var descending: Bool

    /// Sorts by `key`, ascending unless `descending`.
    public init(key: Key = .id, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }

    /// Every name `parse` accepts.
    public static let names: [String] = ["id", "name", "kind", "origin"]
        + Attribute.allCases.filter { attribute in
            switch attribute.kind {
            case .quantity, .count, .year: true
            default: false
            }
        }.map(\.rawValue)

    /// The key named `text` (`max_range`, `name`), or a message saying what is wrong.
    public static func parse(_ text: String) -> Result<Key, ListSortError> {
        switch text.lowercased() {
        case "id": return .success(.id)
        case "name": return .success(.name)
        case "kind": return .success(.kind)
        case "origin": return .success(.origin)
        default: break
        }
        if let attribute = Attribute(rawValue: text.lowercased()), names.contains(attribute.rawValue) {
            return .success(.attribute(attribute))
        }
        if Attribute(rawValue: text.lowercased()) != nil {
            return .failure(ListSortError(message: "cannot sort by \(text), which has no order; sort by one of: \(names.joined(separator: ", "))"))
        }
        return .failure(ListSortError(message: "cannot sort by unknown attribute '\(text)'\(didYouMean(text, names)); sort by one of: \(names.joined(separator: ", "))"))
    }

    /// Sorts records; records without a figure for the key come last either way, and ties
    /// fall back to the id.
    public func apply(to systems: [WeaponSystem]) -> [WeaponSystem] {
        switch key {
        case .attribute(let attribute):
            let keyed = systems.map { system -> (WeaponSystem, (Double, Double)?) in
                let summary = system.summary(attribute)
                guard let low = summary.low, let high = summary.high else { return (system, nil) }
                return (system, (low, high))
            }
            let known = keyed.filter { $0.1 != nil }.sorted { lhs, rhs in
                let (a, b) = (lhs.1!, rhs.1!)
                if a == b { return lhs.0.id < rhs.0.id }
                return descending ? (a.1, a.0) > (b.1, b.0) : a < b
            }
            return known.map(\.0) + keyed.filter { $0.1 == nil }.map(\.0)
        case .id, .name, .kind, .origin:
            let field: (WeaponSystem) -> String = switch key {
            case .name: { $0.name.lowercased() }
            case .kind: { $0.kind.rawValue }
            case .origin: { $0.origin }
            default: { $0.id }
            }
            return systems.sorted { lhs, rhs in
                let (a, b) = (field(lhs), field(rhs))
                if a == b { return lhs.id < rhs.id }
                return descending ? a > b : a < b
            }
        }
    }
}

/// A `--sort` value that names nothing sortable.
public struct ListSortError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and what is allowed.
    public let message: String
    public var description: String { message }
}
