/// A unit the loader does not know.
struct UnknownUnitRule: ValidationRule {
    static let description = RuleDescription(
        code: "V301", name: "unknown-unit",
        summary: "A quantity uses a unit Arsenal does not know.",
        rationale: "Every figure is converted to SI for comparison; an unknown unit cannot be converted.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓6000 meters, source: src}\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓6 leagues, source: src}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 15700 ft, source: src}\n"))])

    static func message(_ unit: String, allowed: [String]) -> String {
        "unknown unit '\(unit)'\(didYouMean(unit, allowed)); use one of \(allowed.joined(separator: ", "))"
    }
}

/// A unit of the wrong dimension for the attribute.
struct WrongDimensionRule: ValidationRule {
    static let description = RuleDescription(
        code: "V302", name: "wrong-dimension",
        summary: "A quantity's unit measures the wrong thing for its attribute (`max_range: 12 kg`).",
        rationale: "A mass where a length belongs is a copy-paste slip that would make every comparison meaningless.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓12 kg, source: src}\n"))],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  missile_mass:\n    - {value: 12 kg, source: src}\n"))])

    static func message(attribute: Attribute, unit: String, found: QuantityDimension, expected: QuantityDimension) -> String {
        "\(attribute.rawValue) is a \(expected.rawValue), but '\(unit)' measures \(found.rawValue); use a \(expected.rawValue) unit such as \(expected.siSymbol)"
    }
}

/// A figure that is not a plain number with a unit.
struct MalformedNumberRule: ValidationRule {
    static let description = RuleDescription(
        code: "V303", name: "malformed-quantity",
        summary: "A quantity is not a plain number followed by a unit (`6000 m`, `Mach 2.2`).",
        rationale: "Thousands separators and missing units are ambiguous (`6,000` is six thousand in English and six in Spanish).",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓\"6,000 m\", source: src}\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓6000, source: src}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 6000 m, source: src}\n  max_speed:\n    - {value: Mach 2.2, source: src}\n"))])

    static func message(_ text: String, attribute: Attribute) -> String {
        let unit = attribute.kind == .quantity(.length) ? "m" : attribute.kind == .quantity(.mass) ? "kg" : "m/s"
        return "'\(text)' is not a quantity; write a plain number (no thousands separators) and a unit, e.g. '6000 \(unit)'"
    }
}

/// A negative or implausible figure for the system's kind.
struct ImplausibleValueRule: ValidationRule {
    static let description = RuleDescription(
        code: "V304", name: "implausible-value",
        summary: "A figure is negative, zero where it cannot be, or outside what is physically plausible for the system's kind.",
        rationale: """
            A MANPADS with a 60 km range or a 300 kg missile is a unit slip (m for km, lb for kg) that the checker would otherwise repeat as fact. \
            The limits are generous physical bounds per kind, not typical values: \
            manpads range 1–15 km (the shortest in the database is the Strela-2's 3.6 km; \
            a distance of a few hundred metres beside a MANPADS is its nearest target's), ceiling 500 m–12 km (the lowest in the database is the Strela-2's 1,600 m; \
            a helicopter or drone named beside a MANPADS flies at tens to a few hundred metres), speed 100–1,700 m/s (the slowest shoulder-fired missile in the \
            database is the Blowpipe at 340 m/s by Jane's, every other flies at 410 m/s or more; helicopters and the \
            drones articles name beside them, the Mi-24 at about 335 km/h, a Shahed at 185 km/h, fly below \
            100 m/s, 360 km/h, so a speed that low is a target's), missile 35 kg, system 80 kg, warhead 6 kg, crew 6; \
            shorad (vehicle or pedestal short-range systems such as Tor, Pantsir, Crotale) range 60 km, ceiling 30 km, speed 2,500 m/s, missile 500 kg, system 100 t (a tracked launcher), warhead 100 kg; \
            sam (medium and long range, ABM-capable included) range 500 km, ceiling 250 km (exo-atmospheric intercepts of S-500 and THAAD class), speed 7,000 m/s, missile 10 t (the S-200's 7 t missile fits), system 200 t, warhead 500 kg; \
            spaag (gun systems, with or without missiles) range 20 km, ceiling 15 km, speed 2,000 m/s (muzzle velocities of sub-calibre rounds), missile 200 kg, system 100 t, warhead 50 kg; \
            atgm range 100 m–30 km, ceiling 24 km, speed 1,700 m/s, missile 140 kg, system 320 kg, warhead 24 kg. \
            Every kind: minimum range and altitude from 0, range from 1 km (a gun system's, the shortest in the database, is 3 km), ceiling from 50 m (MANPADS from 500 m), speed from 50 m/s (MANPADS from 100 m/s), crew 1–20 \
            (MANPADS 1–6), service entry 1940–2100.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓60 km, source: src}\n")),
            RuleExample(Example.system(specs: "  crew:\n    - {value: ↓0, source: src}\n")),
            RuleExample(Example.system(specs: "  service_entry:\n    - {value: ↓1850, source: src}\n")),
            RuleExample(Example.system(specs: "  max_speed:\n    - {value: ↓250 km/h, source: src}\n")),
            RuleExample(Example.system(specs: "  max_altitude:\n    - {value: ↓150 m, source: src}\n")),
            RuleExample(Example.system(kind: "sam", specs: "  max_range:\n    - {value: ↓4000 km, source: src}\n")),
            RuleExample(Example.system(kind: "shorad", specs: "  missile_mass:\n    - {value: ↓2500 kg, source: src}\n")),
            RuleExample(Example.system(kind: "spaag", specs: "  max_altitude:\n    - {value: ↓40 km, source: src}\n")),
        ],
        nonTriggeringExamples: [
            RuleExample(Example.system(specs: "  max_range:\n    - {value: 8 km, source: src}\n  crew:\n    - {value: 2, source: src}\n")),
            RuleExample(Example.system(kind: "sam", specs: "  max_range:\n    - {value: 400 km, source: src}\n  max_altitude:\n    - {value: 185 km, source: src}\n  missile_mass:\n    - {value: 1893 kg, source: src}\n  system_mass:\n    - {value: 43000 kg, source: src}\n")),
            RuleExample(Example.system(kind: "spaag", specs: "  max_range:\n    - {value: 5.5 km, source: src}\n  system_mass:\n    - {value: 47500 kg, source: src}\n  max_speed:\n    - {value: 1440 m/s, source: src}\n")),
            RuleExample(Example.system(kind: "shorad", specs: "  max_range:\n    - {value: 20 km, source: src}\n  missile_mass:\n    - {value: 165 kg, source: src}\n  system_mass:\n    - {value: 34000 kg, source: src}\n")),
        ])

    static func message(attribute: Attribute, value: String, kind: SystemKind, limit: String) -> String {
        "\(attribute.rawValue) of \(value) is implausible for a \(kind.rawValue) system (\(limit)); check the number and the unit"
    }

    /// Generous physical upper limits per kind (SI: m, m/s, kg); see the rationale.
    private struct Limits {
        var range, altitude, speed, missile, system, warhead, minRange, minAltitude: Double
        var crew: Double = 20
        /// The lowest maximum speed: a guided missile or a shell flies faster than the
        /// helicopters and drones it is fired at.
        var slowestSpeed: Double = 50
        /// The lowest ceiling: a MANPADS missile climbs to kilometres, past the helicopters
        /// and drones flying low that articles name beside it.
        var lowestCeiling: Double = 50
        /// The shortest maximum range: an air-defence weapon reaches kilometres (the shortest
        /// in the database, a gun system's, is 3 km), while its nearest targets are 200 m to
        /// 1.5 km away. An anti-tank weapon may reach only a few hundred metres.
        var shortestReach: Double = 1_000
    }

    private static func limits(_ kind: SystemKind) -> Limits {
        switch kind {
        case .manpads: Limits(range: 15_000, altitude: 12_000, speed: 1_700, missile: 35, system: 80, warhead: 6, minRange: 5_000, minAltitude: 2_000, crew: 6, slowestSpeed: 100, lowestCeiling: 500)
        case .shorad: Limits(range: 60_000, altitude: 30_000, speed: 2_500, missile: 500, system: 100_000, warhead: 100, minRange: 10_000, minAltitude: 5_000)
        case .sam: Limits(range: 500_000, altitude: 250_000, speed: 7_000, missile: 10_000, system: 200_000, warhead: 500, minRange: 50_000, minAltitude: 20_000)
        case .spaag: Limits(range: 20_000, altitude: 15_000, speed: 2_000, missile: 200, system: 100_000, warhead: 50, minRange: 5_000, minAltitude: 2_000)
        case .atgm: Limits(range: 30_000, altitude: 24_000, speed: 1_700, missile: 140, system: 320, warhead: 24, minRange: 10_000, minAltitude: 4_000, shortestReach: 100)
        }
    }

    /// The plausible SI range of a numeric attribute for a kind of system.
    static func plausibleRange(_ attribute: Attribute, kind: SystemKind) -> ClosedRange<Double>? {
        let limit = limits(kind)
        switch attribute {
        case .maxRange: return limit.shortestReach...limit.range
        case .minRange: return 0...limit.minRange
        case .maxAltitude: return limit.lowestCeiling...limit.altitude
        case .minAltitude: return 0...limit.minAltitude
        case .maxSpeed: return limit.slowestSpeed...limit.speed
        case .missileMass: return 0.5...limit.missile
        case .systemMass: return 1...limit.system
        case .warheadMass: return 0.01...limit.warhead
        case .crew: return 1...limit.crew
        case .serviceEntry: return 1940...2100
        default: return nil
        }
    }
}
