import Foundation

/// A physical quantity held as a Foundation `Measurement` of its dimension.
public enum Quantity: Hashable, Sendable {
    case length(Measurement<UnitLength>)
    case mass(Measurement<UnitMass>)
    case speed(Measurement<UnitSpeed>)

    /// The dimension of the quantity.
    public var dimension: QuantityDimension {
        switch self {
        case .length: .length
        case .mass: .mass
        case .speed: .speed
        }
    }

    /// The value in the dimension's SI unit (m, kg, m/s), with the exact factors of
    /// `QuantityUnit` (Foundation rounds some, such as the mile, to fewer digits).
    public var siValue: Double {
        if let unit { return value * unit.siFactor }
        switch self {
        case .length(let m): return m.converted(to: .meters).value
        case .mass(let m): return m.converted(to: .kilograms).value
        case .speed(let m): return m.converted(to: .metersPerSecond).value
        }
    }

    /// The Arsenal unit the quantity is written in, when it is one of them.
    public var unit: QuantityUnit? {
        QuantityUnit.allCases.first { candidate in
            switch (self, candidate.foundationUnit) {
            case (.length(let m), .length(let u)): m.unit == u
            case (.mass(let m), .mass(let u)): m.unit == u
            case (.speed(let m), .speed(let u)): m.unit == u
            default: false
            }
        }
    }

    /// The value in the unit it was written in.
    public var value: Double {
        switch self {
        case .length(let m): m.value
        case .mass(let m): m.value
        case .speed(let m): m.value
        }
    }

    /// The symbol of the unit it was written in (`km`, `lb`, `Mach`).
    public var unitSymbol: String {
        switch self {
        case .length(let m): m.unit.symbol
        case .mass(let m): m.unit.symbol
        case .speed(let m): m.unit.symbol
        }
    }

    /// Creates a quantity from a number and a unit.
    public init(_ value: Double, _ unit: QuantityUnit) {
        switch unit.foundationUnit {
        case .length(let u): self = .length(Measurement(value: value, unit: u))
        case .mass(let u): self = .mass(Measurement(value: value, unit: u))
        case .speed(let u): self = .speed(Measurement(value: value, unit: u))
        }
    }

    /// Creates a quantity of `dimension` from a value in its SI unit.
    public init(si value: Double, dimension: QuantityDimension) {
        switch dimension {
        case .length: self = .length(Measurement(value: value, unit: .meters))
        case .mass: self = .mass(Measurement(value: value, unit: .kilograms))
        case .speed: self = .speed(Measurement(value: value, unit: .metersPerSecond))
        }
    }
}

/// Mach numbers are converted at the speed of sound in the ICAO standard atmosphere at
/// sea level (15 °C): 340.29 m/s. Sources quote Mach without an altitude, so one
/// documented constant keeps every conversion reproducible.
public let speedOfSoundAtSeaLevel = 340.29

extension UnitSpeed {
    /// A kilometre per second (Foundation has no such unit).
    public static let kilometersPerSecond = UnitSpeed(symbol: "km/s", converter: UnitConverterLinear(coefficient: 1000))

    /// A statute mile per second, as articles convert km/s for American readers ("4.8 km/s
    /// (3 mi/s)"); Foundation has no such unit.
    public static let milesPerSecond = UnitSpeed(symbol: "mi/s", converter: UnitConverterLinear(coefficient: 1609.344))

    /// Mach 1 at sea level in the ICAO standard atmosphere (see `speedOfSoundAtSeaLevel`).
    public static let mach = UnitSpeed(
        symbol: "Mach", converter: UnitConverterLinear(coefficient: speedOfSoundAtSeaLevel))
}

/// The units a data file or an article may use, with the symbol written in data files.
public enum QuantityUnit: String, Sendable, CaseIterable, Hashable, Codable {
    case meters = "m"
    case kilometers = "km"
    case feet = "ft"
    case miles = "mi"
    case nauticalMiles = "nmi"
    case kilograms = "kg"
    case grams = "g"
    /// Metric tonnes, for vehicle-mounted systems ("the 47.5-tonne Gepard").
    case tonnes = "t"
    case pounds = "lb"
    case metersPerSecond = "m/s"
    /// Kilometres per second, as the speeds of ballistic missiles and their interceptors are given.
    case kilometersPerSecond = "km/s"
    case kilometersPerHour = "km/h"
    case milesPerHour = "mph"
    /// Statute miles per second ("3 mi/s"), the imperial conversion of a speed in km/s.
    case milesPerSecond = "mi/s"
    case knots = "kn"
    case mach = "Mach"

    /// Whether the unit is metric (m, km, kg, g, t, m/s, km/h); feet, miles, nautical miles,
    /// pounds, mph and knots are not (Mach is neither, and counts as not metric).
    public var isMetric: Bool {
        switch self {
        case .meters, .kilometers, .kilograms, .grams, .tonnes, .metersPerSecond, .kilometersPerSecond, .kilometersPerHour: true
        case .feet, .miles, .nauticalMiles, .pounds, .milesPerHour, .milesPerSecond, .knots, .mach: false
        }
    }

    /// The dimension the unit measures.
    public var dimension: QuantityDimension {
        switch self {
        case .meters, .kilometers, .feet, .miles, .nauticalMiles: .length
        case .kilograms, .grams, .tonnes, .pounds: .mass
        case .metersPerSecond, .kilometersPerSecond, .kilometersPerHour, .milesPerHour, .milesPerSecond, .knots, .mach: .speed
        }
    }

    /// Multiply a value in this unit by this factor to get the SI value.
    public var siFactor: Double {
        switch self {
        case .meters: 1
        case .kilometers: 1000
        case .feet: 0.3048
        case .miles: 1609.344
        case .nauticalMiles: 1852
        case .kilograms: 1
        case .grams: 0.001
        case .tonnes: 1000
        case .pounds: 0.45359237
        case .metersPerSecond: 1
        case .kilometersPerSecond: 1000
        case .kilometersPerHour: 1000.0 / 3600.0
        case .milesPerHour: 0.44704
        case .milesPerSecond: 1609.344
        case .knots: 1852.0 / 3600.0
        case .mach: speedOfSoundAtSeaLevel
        }
    }

    /// The matching Foundation unit.
    public var foundationUnit: FoundationUnit {
        switch self {
        case .meters: .length(.meters)
        case .kilometers: .length(.kilometers)
        case .feet: .length(.feet)
        case .miles: .length(.miles)
        case .nauticalMiles: .length(.nauticalMiles)
        case .kilograms: .mass(.kilograms)
        case .grams: .mass(.grams)
        case .tonnes: .mass(.metricTons)
        case .pounds: .mass(.pounds)
        case .metersPerSecond: .speed(.metersPerSecond)
        case .kilometersPerSecond: .speed(.kilometersPerSecond)
        case .kilometersPerHour: .speed(.kilometersPerHour)
        case .milesPerHour: .speed(.milesPerHour)
        case .milesPerSecond: .speed(.milesPerSecond)
        case .knots: .speed(.knots)
        case .mach: .speed(.mach)
        }
    }

    /// A Foundation unit of one of Arsenal's dimensions.
    public enum FoundationUnit {
        case length(UnitLength)
        case mass(UnitMass)
        case speed(UnitSpeed)
    }
}

extension Quantity: Codable {
    private enum CodingKeys: String, CodingKey {
        case value, unit
    }

    /// A quantity is written as its value and its unit's data-file symbol; one whose unit is
    /// not a `QuantityUnit` cannot be written.
    public func encode(to encoder: any Encoder) throws {
        guard let unit else {
            throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath, debugDescription: "no data-file unit"))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
    }

    /// Reads a quantity written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Double.self, forKey: .value), try container.decode(QuantityUnit.self, forKey: .unit))
    }
}
