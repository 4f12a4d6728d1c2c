/// A minimum above its maximum (range, altitude).
struct MinAboveMaxRule: CatalogRule {
    static let description = RuleDescription(
        code: "V401", name: "min-above-max",
        summary: "A minimum (range or altitude) is above the record's maximum of the same kind.",
        rationale: "An engagement envelope whose floor is above its ceiling is a swapped pair or a unit slip.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 5 km, source: src}\n  min_range:\n    - {value: ↓6000 m, source: src}\n"))],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  max_range:\n    - {value: 5 km, source: src}\n  min_range:\n    - {value: 500 m, source: src}\n"))])

    static func message(minimum: Attribute, value: String, maximum: Attribute, maxValue: String) -> String {
        "\(minimum.rawValue) \(value) is above every \(maximum.rawValue) (largest \(maxValue)); swap them or fix the unit"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        for record in input.records {
            for (minimum, maximum) in [(Attribute.minRange, Attribute.maxRange), (.minAltitude, .maxAltitude)] {
                let maxima = record.values(maximum).filter { $0.status == .accepted }
                guard let largest = maxima.max(by: { ($0.value.numericValue ?? 0) < ($1.value.numericValue ?? 0) }),
                    let largestValue = largest.value.numericValue else { continue }
                for entry in record.values(minimum) where (entry.value.numericValue ?? 0) > largestValue {
                    diagnostics.append(diagnostic(
                        message(minimum: minimum, value: entry.value.displayText, maximum: maximum, maxValue: largest.value.displayText),
                        at: entry.location, end: entry.end, notes: [DiagnosticNote("\(maximum.rawValue) recorded here", at: largest.location)]))
                }
            }
        }
    }
}

/// A part heavier than the whole it belongs to.
struct MassOrderRule: CatalogRule {
    static let description = RuleDescription(
        code: "V402", name: "mass-order",
        summary: "A warhead is heavier than its missile, or a missile heavier than its ready-to-fire system.",
        rationale: "A part cannot outweigh the whole; usually a pound figure recorded as kilograms or two attributes swapped.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  missile_mass:\n    - {value: 10 kg, source: src}\n  warhead_mass:\n    - {value: ↓12 kg, source: src}\n")),
            RuleExample(Example.system(specs: "  missile_mass:\n    - {value: ↓18 kg, source: src}\n  system_mass:\n    - {value: 16 kg, source: src}\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(specs: "  missile_mass:\n    - {value: 10.8 kg, source: src}\n  system_mass:\n    - {value: 17.9 kg, source: src}\n  warhead_mass:\n    - {value: 1.17 kg, source: src}\n"))])

    static func message(part: Attribute, value: String, whole: Attribute, wholeValue: String) -> String {
        "\(part.rawValue) \(value) is heavier than every \(whole.rawValue) (largest \(wholeValue)); a part cannot outweigh the whole"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        for record in input.records {
            for (part, whole) in [(Attribute.warheadMass, Attribute.missileMass), (.missileMass, .systemMass)] {
                let wholes = record.values(whole).filter { $0.status == .accepted && $0.bound != .atMost }
                guard let largest = wholes.max(by: { ($0.value.numericValue ?? 0) < ($1.value.numericValue ?? 0) }),
                    let largestValue = largest.value.numericValue else { continue }
                for entry in record.values(part) where entry.bound != .atLeast && (entry.value.numericValue ?? 0) > largestValue {
                    diagnostics.append(diagnostic(
                        message(part: part, value: entry.value.displayText, whole: whole, wholeValue: largest.value.displayText),
                        at: entry.location, end: entry.end, notes: [DiagnosticNote("\(whole.rawValue) recorded here", at: largest.location)]))
                }
            }
        }
    }
}
