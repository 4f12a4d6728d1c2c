/// The attribute vocabulary (a contract: used in data files, claims and JSON output).
/// Add cases; never rename one.
public enum Attribute: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case maxRange = "max_range"
    case minRange = "min_range"
    case maxAltitude = "max_altitude"
    case minAltitude = "min_altitude"
    case maxSpeed = "max_speed"
    case missileMass = "missile_mass"
    case systemMass = "system_mass"
    case warheadMass = "warhead_mass"
    case crew
    case manPortable = "man_portable"
    case guidance
    case targets
    case origin
    case serviceEntry = "service_entry"

    /// What kind of value the attribute holds.
    public var kind: AttributeKind {
        switch self {
        case .maxRange, .minRange, .maxAltitude, .minAltitude: .quantity(.length)
        case .maxSpeed: .quantity(.speed)
        case .missileMass, .systemMass, .warheadMass: .quantity(.mass)
        case .crew: .count
        case .manPortable: .boolean
        case .guidance: .set(GuidanceKind.allCases.map(\.rawValue))
        case .targets: .set(TargetKind.allCases.map(\.rawValue))
        case .origin: .country
        case .serviceEntry: .year
        }
    }

    /// Whether the attribute may appear under `specs:` in a data file (origin is a
    /// top-level field of the record instead).
    public var isSpec: Bool { self != .origin }

    /// A short human label for tables ("max range").
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Display and sort order: the order of declaration.
    public static func < (lhs: Attribute, rhs: Attribute) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The shape of an attribute's values.
public enum AttributeKind: Hashable, Sendable {
    /// A physical quantity of one dimension.
    case quantity(QuantityDimension)
    /// A whole number of persons.
    case count
    /// Yes or no.
    case boolean
    /// A set of tokens drawn from the listed vocabulary.
    case set([String])
    /// An ISO 3166-1 alpha-2 country code (or SU).
    case country
    /// A calendar year.
    case year
}

/// The physical dimensions Arsenal measures.
public enum QuantityDimension: String, Sendable, Codable, CaseIterable, Hashable {
    case length
    case mass
    case speed

    /// The SI unit symbol values of this dimension are reported in (m, kg, m/s).
    public var siSymbol: String {
        switch self {
        case .length: "m"
        case .mass: "kg"
        case .speed: "m/s"
        }
    }
}

/// Guidance methods (the `guidance` set vocabulary).
public enum GuidanceKind: String, Sendable, Codable, CaseIterable {
    case passiveIR = "passive-ir"
    case dualBandIR = "dual-band-ir"
    case imagingIR = "imaging-ir"
    case uv
    case laserBeamRiding = "laser-beam-riding"
    case saclos
    case radar
    case command
}

/// Target types (the `targets` set vocabulary).
public enum TargetKind: String, Sendable, Codable, CaseIterable {
    case fixedWing = "fixed-wing"
    case helicopter
    case uav
    case cruiseMissile = "cruise-missile"
    case groundVehicle = "ground-vehicle"
}

/// What a system is (`kind:` in a data file).
public enum SystemKind: String, Sendable, Codable, CaseIterable {
    /// Man-portable air-defence system.
    case manpads
    /// Short-range air defence (vehicle or pedestal mounted).
    case shorad
    /// Surface-to-air missile system of medium or long range, including those that also
    /// intercept ballistic missiles (Patriot, S-400).
    case sam
    /// Self-propelled anti-aircraft gun, with or without missiles beside the guns
    /// (Gepard, ZSU-23-4, Tunguska).
    case spaag
    /// Anti-tank guided missile.
    case atgm
}
