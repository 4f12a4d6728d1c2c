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
        rationale: "A MANPADS with a 60 km range or a 300 kg missile is a unit slip (m for km, lb for kg) that the checker would otherwise repeat as fact.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  max_range:\n    - {value: ↓60 km, source: src}\n")),
            RuleExample(Example.system(specs: "  crew:\n    - {value: ↓0, source: src}\n")),
            RuleExample(Example.system(specs: "  service_entry:\n    - {value: ↓1850, source: src}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 8 km, source: src}\n  crew:\n    - {value: 2, source: src}\n"))])

    static func message(attribute: Attribute, value: String, kind: SystemKind, limit: String) -> String {
        "\(attribute.rawValue) of \(value) is implausible for a \(kind.rawValue) system (\(limit)); check the number and the unit"
    }

    /// The plausible SI range of a numeric attribute for a kind of system.
    static func plausibleRange(_ attribute: Attribute, kind: SystemKind) -> ClosedRange<Double>? {
        let scale: Double
        switch kind {
        case .manpads: scale = 1
        case .shorad: scale = 3
        case .atgm: scale = 2
        case .sam: scale = 60
        }
        switch attribute {
        case .maxRange: return 100...(15_000 * scale)
        case .minRange: return 0...(5_000 * scale)
        case .maxAltitude: return 50...min(12_000 * scale, 200_000)
        case .minAltitude: return 0...(2_000 * scale)
        case .maxSpeed: return 50...(kind == .sam ? 5_000 : 1_700)
        case .missileMass: return 0.5...(35 * scale * scale)
        case .systemMass: return 1...(80 * scale * scale)
        case .warheadMass: return 0.01...(6 * scale * scale)
        case .crew: return 1...(kind == .manpads ? 6 : 20)
        case .serviceEntry: return 1940...2100
        default: return nil
        }
    }
}
