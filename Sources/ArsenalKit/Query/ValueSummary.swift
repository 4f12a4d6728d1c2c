/// What one record's sources say about one attribute, boiled down for a table cell, a
/// sort key or a chart: the figures it rests on, the range they span, and the figures
/// that are disputed or deprecated.
///
/// The summary rests on the accepted figures; when a source gives only a bound
/// (`bound: at_least`), the bound widens the range only where it goes past the plain
/// figures. Disputed figures are kept apart and named; deprecated ones never count.
public struct ValueSummary: Sendable, Hashable {
    /// The attribute summarised.
    public let attribute: Attribute
    /// Every recorded value, in data-file order.
    public let values: [SourcedValue]
    /// The values the summary rests on: the accepted ones, or the disputed ones when no
    /// source is accepted.
    public let core: [SourcedValue]
    /// The summary rests on disputed values only.
    public let coreIsDisputed: Bool
    /// Disputed values left out of `core`.
    public let disputed: [SourcedValue]
    /// Values known to be wrong.
    public let deprecated: [SourcedValue]
    /// Accepted or disputed values that measure something else (`qualifier:` average,
    /// effective, per_dart, ...): shown beside the summary, never part of it.
    public let qualified: [SourcedValue]
    /// The lowest figure of `core`, for numeric kinds (SI for quantities).
    public let low: Double?
    /// The highest figure of `core`, for numeric kinds (SI for quantities).
    public let high: Double?
    /// The median of `core`'s figures: what leaders are decided on.
    public let median: Double?
    /// When every figure of `core` is the same bound, that bound ("≥ 5 km").
    public let bound: EntryBound?
    /// Every figure of `core` is approximate.
    public let approximate: Bool
    /// The union of `core`'s tokens for sets, in vocabulary order.
    public let tokens: [String]
    /// The distinct yes/no answers of `core`, for booleans.
    public let booleans: [Bool]
    /// The record every value was inherited from, when all were.
    public let inheritedFrom: String?

    /// Summarises `values` of `attribute` (as recorded on one system, inherited or not).
    public init(attribute: Attribute, values: [SourcedValue]) {
        self.attribute = attribute
        self.values = values
        let plainValues = values.filter { $0.qualifier == nil }
        qualified = values.filter { $0.qualifier != nil && $0.status != .deprecated }
        let accepted = plainValues.filter { $0.status == .accepted }
        let disputedValues = plainValues.filter { $0.status == .disputed }
        let coreIsDisputed = accepted.isEmpty && !disputedValues.isEmpty
        let core = coreIsDisputed ? disputedValues : accepted
        self.coreIsDisputed = coreIsDisputed
        self.core = core
        disputed = coreIsDisputed ? [] : disputedValues
        deprecated = values.filter { $0.status == .deprecated }
        approximate = !core.isEmpty && core.allSatisfy(\.approximate)
        let inherited = Set(values.map(\.inheritedFrom))
        inheritedFrom = inherited.count == 1 ? inherited.first! : nil

        let plain = core.filter { $0.bound == nil }.compactMap(\.value.numericValue)
        let bounded = core.filter { $0.bound != nil }
        if !plain.isEmpty {
            var lowest = plain.min()!, highest = plain.max()!
            for value in bounded {
                guard let figure = value.value.numericValue else { continue }
                if value.bound == .atLeast, figure > highest { highest = figure }
                if value.bound == .atMost, figure < lowest { lowest = figure }
            }
            low = lowest
            high = highest
            median = Self.median(plain)
            bound = nil
        } else {
            let figures = bounded.compactMap(\.value.numericValue)
            low = figures.min()
            high = figures.max()
            median = figures.isEmpty ? nil : Self.median(figures)
            let bounds = Set(bounded.compactMap(\.bound))
            bound = bounds.count == 1 && low == high ? bounds.first : nil
        }

        var seen: Set<String> = []
        for value in core { if case .set(let items) = value.value { seen.formUnion(items) } }
        if case .set(let vocabulary) = attribute.kind {
            tokens = vocabulary.filter(seen.contains)
        } else {
            tokens = []
        }
        booleans = [true, false].filter { answer in core.contains { $0.value == .boolean(answer) } }
    }

    /// Whether there is anything to show.
    public var isEmpty: Bool { values.isEmpty }

    /// Whether the record has a plain (unqualified, not deprecated) figure: what fills
    /// a slot in coverage reports and envelopes.
    public var hasPlainFigure: Bool { !core.isEmpty }

    /// Whether the core figures disagree with each other.
    public var sourcesDisagree: Bool {
        if let low, let high { return low != high }
        if booleans.count > 1 { return true }
        let sets = Set(core.compactMap { value -> [String]? in
            if case .set(let items) = value.value { return items.sorted() }
            return nil
        })
        return sets.count > 1
    }

    /// The cell text in `unit` (for quantities): `4.8–8 km`, `~3.5 km`, `≥ 5 km`,
    /// `749–750 m/s (Mach 2.2)`, `passive-ir, uv`, `yes`; disputed figures follow in
    /// brackets (`6.5 km (disputed: 8 km)`), qualified ones after them (`(average: 600 m/s)`,
    /// alone when nothing else is recorded). Empty when nothing is recorded.
    public func text(in unit: QuantityUnit?) -> String {
        let qualifiedText = qualifiedFigures(in: unit)
        guard !core.isEmpty else { return qualifiedText }
        return plainText(in: unit) + (qualifiedText.isEmpty ? "" : " (\(qualifiedText))")
    }

    /// `average: 600 m/s; per dart: 7 km` for the qualified figures, grouped by qualifier.
    private func qualifiedFigures(in unit: QuantityUnit?) -> String {
        ValueQualifier.allCases.compactMap { qualifier in
            let figures = qualified.filter { $0.qualifier == qualifier }.compactMap(\.value.numericValue)
            guard let low = figures.min(), let high = figures.max() else { return nil }
            return "\(qualifier.rawValue.replacingOccurrences(of: "_", with: " ")): \(figureText(low: low, high: high, unit: unit))"
        }.joined(separator: "; ")
    }

    private func plainText(in unit: QuantityUnit?) -> String {
        var text = figureText(low: low, high: high, unit: unit)
        if low == high, low != nil {
            if let bound { text = (bound == .atLeast ? "≥ " : "≤ ") + text }
            if approximate { text = "~" + text }
        }
        switch attribute.kind {
        case .boolean: text = booleans.map { $0 ? "yes" : "no" }.joined(separator: " / ")
        case .set: text = tokens.joined(separator: ", ")
        default: break
        }
        if coreIsDisputed { text += " (disputed)" }
        let outliers = disputed.compactMap(\.value.numericValue)
        if let lowest = outliers.min(), let highest = outliers.max() {
            text += " (disputed: \(figureText(low: lowest, high: highest, unit: unit)))"
        }
        return text
    }

    private func figureText(low: Double?, high: Double?, unit: QuantityUnit?) -> String {
        guard let low, let high else { return "" }
        guard let unit else { return FigureFormatter.range(low: low, high: high) }
        var text = FigureFormatter.range(low: low, high: high, in: unit)
        if unit.dimension == .speed {
            text += " (\(FigureFormatter.mach(low: low, high: high)))"
        }
        return text
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension WeaponSystem {
    /// The summary of one attribute on this record (origin included, with no sources).
    public func summary(_ attribute: Attribute) -> ValueSummary {
        ValueSummary(attribute: attribute, values: values(attribute))
    }
}

/// Which way a numeric attribute is better, for deciding which system leads a row.
public enum LeadDirection: Sendable {
    /// More is better (range, altitude, speed, warhead).
    case higher
    /// Less is better (minimum range and altitude, masses to carry, crew).
    case lower

    /// The direction for `attribute`, or nil when no system "leads" on it (a service
    /// entry year is a date, not a performance; sets, booleans and origin have no order).
    public static func of(_ attribute: Attribute) -> LeadDirection? {
        switch attribute {
        case .maxRange, .maxAltitude, .maxSpeed, .warheadMass: .higher
        case .minRange, .minAltitude, .missileMass, .systemMass, .crew: .lower
        case .serviceEntry, .manPortable, .guidance, .targets, .origin: nil
        }
    }
}
