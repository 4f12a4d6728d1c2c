import Foundation

/// The unit system figures are shown in. JSON output is always SI (m, kg, m/s); this
/// only changes what people read.
public enum UnitSystem: String, CaseIterable, Sendable, Codable {
    /// Lengths in km (1000 m and above) or m, masses in kg, speeds in m/s.
    case metric
    /// Ranges in mi (a mile and above) or ft, altitudes in ft, masses in lb, speeds in mph.
    case imperial

    /// The unit to show a value of `attribute` in, chosen for the largest value shown
    /// together with it, so one row or column reads in one unit.
    public func unit(for attribute: Attribute, largest si: Double) -> QuantityUnit? {
        guard case .quantity(let dimension) = attribute.kind else { return nil }
        switch (self, dimension) {
        case (.metric, .length): return abs(si) >= 1000 ? .kilometers : .meters
        case (.imperial, .length):
            // Altitudes are given in feet in the imperial world, however high.
            if attribute == .maxAltitude || attribute == .minAltitude { return .feet }
            return abs(si) >= QuantityUnit.miles.siFactor ? .miles : .feet
        case (.metric, .mass): return .kilograms
        case (.imperial, .mass): return .pounds
        case (.metric, .speed): return .metersPerSecond
        case (.imperial, .speed): return .milesPerHour
        }
    }
}

/// Formats figures for people: a number in a display unit, ranges with an en dash, and
/// Mach numbers beside speeds.
public enum FigureFormatter {
    /// A number converted from SI into `unit`, without the unit: below 100 exact when it
    /// has at most two decimals (`10.68`, `4.8`), otherwise rounded by magnitude (`4.79`,
    /// `33.5`); from 100 up a whole number (`749`, `1640`).
    public static func number(si: Double, in unit: QuantityUnit) -> String {
        number(si / unit.siFactor)
    }

    /// A plain number: below 100 exact to two decimals, else two decimals below 10 and one
    /// below 100; from 100 up a whole number.
    public static func number(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 100 { return String(Int(value.rounded())) }
        let hundredths = value * 100
        if abs(hundredths - hundredths.rounded()) < 1e-6 { return formatNumber(value, maxFractionDigits: 2) }
        return formatNumber(value, maxFractionDigits: magnitude < 10 ? 2 : 1)
    }

    /// `4.8–8 km`, or `6 km` when both ends are the same figure.
    public static func range(low: Double, high: Double, in unit: QuantityUnit) -> String {
        let lowText = number(si: low, in: unit), highText = number(si: high, in: unit)
        return (lowText == highText ? lowText : "\(lowText)–\(highText)") + " " + unit.rawValue
    }

    /// `4.8–8` for plain numbers (counts, years).
    public static func range(low: Double, high: Double) -> String {
        let lowText = number(low), highText = number(high)
        return lowText == highText ? lowText : "\(lowText)–\(highText)"
    }

    /// `Mach 2.2` or `Mach 2.1–2.2` for speeds in m/s (one decimal; sea-level ICAO
    /// standard atmosphere, see `speedOfSoundAtSeaLevel`).
    public static func mach(low: Double, high: Double) -> String {
        let lowText = formatNumber(low / speedOfSoundAtSeaLevel, maxFractionDigits: 1)
        let highText = formatNumber(high / speedOfSoundAtSeaLevel, maxFractionDigits: 1)
        return "Mach " + (lowText == highText ? lowText : "\(lowText)–\(highText)")
    }

    /// A value rounded to remove float noise from conversions, for JSON (`4785.36`, not
    /// `4785.360000000001`).
    public static func clean(_ value: Double) -> Double {
        (value * 1e6).rounded() / 1e6
    }
}
