/// Rules about what recorded values mean: one source stating one figure once, and variants
/// that inherit only what is true of the whole family.

/// Whether two recorded figures can be the same figure: their intervals meet, with 1%
/// room for rounding and unit conversion (4.8 km and 15,700 ft), 10% for `approx`, and
/// open ends for bounds. Either spelling of a value (`also:`) may meet.
enum FigureAgreement {
    static func agree(_ a: SourcedValue, _ b: SourcedValue) -> Bool {
        switch (a.value, b.value) {
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.set, .set), (.country, .country): return true
        default: break
        }
        for x in spellings(a) {
            for y in spellings(b) where meet(x, y) { return true }
        }
        return false
    }

    /// Whether figures of this attribute can contradict each other (numbers and yes/no;
    /// sets are lists a source may give in part, so a shorter list is no contradiction).
    static func isComparable(_ attribute: Attribute) -> Bool {
        switch attribute.kind {
        case .quantity, .count, .year, .boolean: true
        case .set, .country: false
        }
    }

    private static func spellings(_ entry: SourcedValue) -> [(low: Double, high: Double)] {
        [entry.value, entry.also].compactMap { value in
            guard let si = value?.fastSI else { return nil }
            // Counts and years are exact; only measured quantities get rounding room.
            let relative: Double = if case .quantity = value { entry.approximate ? 0.1 : 0.01 } else { 0 }
            let margin = abs(si) * relative
            switch entry.bound {
            case .atLeast: return (si - margin, .infinity)
            case .atMost: return (-.infinity, si + margin)
            case nil: return (si - margin, si + margin)
            }
        }
    }

    private static func meet(_ x: (low: Double, high: Double), _ y: (low: Double, high: Double)) -> Bool {
        x.low <= y.high && y.low <= x.high
    }
}

/// One source giving two different figures for one attribute.
struct SameSourceDisagreementRule: CatalogRule {
    static let description = RuleDescription(
        code: "V403", name: "same-source-disagreement",
        summary: "Two entries of one measured attribute (a quantity or yes/no) cite the same source and give different figures.",
        rationale: """
            A source that prints one figure twice (\"Mach 1.5, 430 m/s\") states one value: two entries make it look as if sources disagree, and a claim matching one spelling is reported as disputed by the other. \
            Write one entry with `also:` for the second spelling. When the figures measure different things, say so with `variant:` or `qualifier:`; \
            when the source really contradicts itself (text against table), keep both marked `status: disputed`, each with a note naming the other. \
            Years and counts are not compared: one source often gives two for two events (formal adoption and first deliveries).
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  max_speed:\n    - {value: Mach 1.5, source: src}\n    - {value: ↓430 m/s, source: src}\n")),
            RuleExample(Example.system(specs: "  system_mass:\n    - {value: 15.2 kg, source: src}\n    - {value: ↓14.3 kg, source: src}\n")),
        ],
        nonTriggeringExamples: [
            RuleExample(Example.system(specs: "  max_speed:\n    - {value: Mach 1.5, also: 430 m/s, source: src}\n")),
            RuleExample(Example.system(specs: "  max_speed:\n    - {value: Mach 2.2, source: src}\n    - {value: 750 m/s, source: src}\n")),
            RuleExample(Example.system(specs: "  max_speed:\n    - {value: 750 m/s, source: src}\n    - {value: 700 m/s, qualifier: average, source: src}\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - {value: 5 km, variant: Mk 1, source: src}\n    - {value: 6 km, variant: Mk 2, source: src}\n")),
            RuleExample(Example.system(specs: "  system_mass:\n    - {value: 15.2 kg, source: src, status: disputed, note: the table gives 14.3 kg}\n    - {value: 14.3 kg, source: src, status: disputed, note: the text gives 15.2 kg}\n")),
            RuleExample(Example.system(specs: "  service_entry:\n    - {value: 2015, source: src, note: formal adoption}\n    - {value: 2014, source: src, note: first deliveries}\n")),
        ])

    static func message(_ attribute: Attribute, value: String, other: String, source: String) -> String {
        "source '\(source)' is cited twice for \(attribute.rawValue) with different figures (\(other) and \(value)); if it prints one figure in two units write one entry with 'also:', if they measure different things add 'variant:' or 'qualifier:', if the source contradicts itself mark both 'status: disputed' with notes"
    }

    /// Measured figures and yes/no facts. Years and counts are left out: one source
    /// often gives two for two events (formal adoption and first deliveries, an official
    /// crew and the minimum one), which are not one figure printed twice.
    static func isMeasured(_ attribute: Attribute) -> Bool {
        switch attribute.kind {
        case .quantity, .boolean: true
        default: false
        }
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        for record in input.records {
            for attribute in record.specs.keys.sorted() where isMeasured(attribute) {
                let entries = record.values(attribute).filter { $0.status == .accepted && !$0.sourceID.isEmpty }
                for (index, entry) in entries.enumerated() {
                    let earlier = entries[..<index].first { other in
                        other.sourceID == entry.sourceID && other.variant == entry.variant
                            && other.qualifier == entry.qualifier && !FigureAgreement.agree(other, entry)
                    }
                    guard let earlier else { continue }
                    diagnostics.append(diagnostic(
                        message(attribute, value: entry.value.displayText, other: earlier.value.displayText, source: entry.sourceID),
                        at: entry.location, end: entry.end,
                        notes: [DiagnosticNote("the same source's other figure is recorded here", at: earlier.location)]))
                }
            }
        }
    }
}

/// A variant whose own figure contradicts what its base states for the whole family.
struct VariantContradictsFamilyRule: CatalogRule {
    static let description = RuleDescription(
        code: "V404", name: "variant-contradicts-family",
        summary: "A base record states a figure for the whole family (`scope: family`), and a variant's own sources give a figure that disagrees.",
        rationale: """
            `scope: family` says every variant shares the figure, so variants inherit it. A variant whose own sources say otherwise shows that the figure is not family-wide: \
            the base entry should lose `scope: family` (each variant then records its own), or the variant's entry is wrong. Either way, a checker that inherits the figure would judge claims about the variant against a value its own sources contradict. \
            Numbers and yes/no figures are compared (with 1% room for rounding, 10% for `approx`); lists such as targets are not, since a source may name only some.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                Example.system(id: "base-b", header: "extends: base\n", specs: "  service_entry:\n    - {value: ↓1983, source: src}\n"),
                extraFiles: ["Data/systems/base.yaml": Example.system(id: "base", specs: "  service_entry:\n    - {value: 1981, scope: family, source: src}\n")]),
            RuleExample(
                Example.system(id: "base-ng", header: "extends: base-b\n", specs: "  max_altitude:\n    - {value: ↓5 km, source: src}\n"),
                extraFiles: [
                    "Data/systems/base.yaml": Example.system(id: "base", specs: "  max_altitude:\n    - {value: 3 km, scope: family, source: src}\n"),
                    "Data/systems/base-b.yaml": Example.system(id: "base-b", header: "extends: base\n", specs: "  max_range:\n    - {value: 6 km, source: src}\n"),
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                Example.system(id: "base-b", header: "extends: base\n", specs: "  service_entry:\n    - {value: 1983, source: src}\n"),
                extraFiles: ["Data/systems/base.yaml": Example.system(id: "base", specs: "  service_entry:\n    - {value: 1981, source: src}\n")]),
            RuleExample(
                Example.system(id: "base-b", header: "extends: base\n", specs: "  max_range:\n    - {value: 4.8 km, source: src}\n"),
                extraFiles: ["Data/systems/base.yaml": Example.system(id: "base", specs: "  max_range:\n    - {value: 4800 m, scope: family, source: src}\n")]),
            RuleExample(
                Example.system(id: "base-b", header: "extends: base\n", specs: "  guidance:\n    - {value: [passive-ir, uv], source: src}\n"),
                extraFiles: ["Data/systems/base.yaml": Example.system(id: "base", specs: "  guidance:\n    - {value: passive-ir, scope: family, source: src}\n")]),
        ])

    static func message(_ attribute: Attribute, value: String, family: String, base: String) -> String {
        "\(attribute.rawValue) \(value) contradicts \(family), which '\(base)' states for the whole family (scope: family); drop 'scope: family' from the base entry if the figure differs by variant, or correct this entry"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        var byID: [String: WeaponSystem] = [:]
        for record in input.records where byID[record.id] == nil { byID[record.id] = record }
        for record in input.records where record.extends != nil {
            for attribute in record.specs.keys.sorted() where FigureAgreement.isComparable(attribute) {
                guard let (base, family) = familyEntries(attribute, above: record, in: byID) else { continue }
                let own = record.values(attribute).filter { $0.status == .accepted }
                for familyEntry in family {
                    let sameMeaning = own.filter { $0.qualifier == familyEntry.qualifier }
                    guard let first = sameMeaning.first,
                        !sameMeaning.contains(where: { FigureAgreement.agree($0, familyEntry) }) else { continue }
                    diagnostics.append(diagnostic(
                        message(attribute, value: first.value.displayText, family: familyEntry.value.displayText, base: base),
                        at: first.location, end: first.end,
                        notes: [DiagnosticNote("the family-wide figure is recorded here", at: familyEntry.location)]))
                }
            }
        }
    }

    /// The accepted `scope: family` entries for `attribute` of the nearest ancestor that
    /// lists the attribute at all, with that ancestor's id.
    private static func familyEntries(
        _ attribute: Attribute, above record: WeaponSystem, in byID: [String: WeaponSystem]
    ) -> (String, [SourcedValue])? {
        var visited: Set<String> = [record.id]
        var next = record.extends
        while let id = next, visited.insert(id).inserted, let base = byID[id] {
            let values = base.values(attribute)
            if !values.isEmpty {
                let family = values.filter { $0.scope == .family && $0.status == .accepted }
                return family.isEmpty ? nil : (id, family)
            }
            next = base.extends
        }
        return nil
    }
}

/// A figure for one sub-variant marked as true of the whole family.
struct ScopeConflictRule: CatalogRule {
    static let description = RuleDescription(
        code: "V405", name: "scope-conflict",
        summary: "An entry is marked `scope: family` but is tagged with one `variant:` or qualified as `demonstrated` or `planned`.",
        rationale: "A figure the source gives for one missile or configuration, one test shot or one plan cannot be inherited by every variant of the family: inheritance would spread it to variants it does not describe, as the RBS 70 NG once inherited the Mk 2's ceiling.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(specs: "  max_altitude:\n    - {value: 5 km, variant: Mk 2, ↓scope: family, source: src}\n")),
            RuleExample(Example.system(specs: "  max_range:\n    - {value: 9 km, qualifier: demonstrated, ↓scope: family, source: src}\n")),
        ],
        nonTriggeringExamples: [
            RuleExample(Example.system(specs: "  max_altitude:\n    - {value: 5 km, variant: Mk 2, source: src}\n  crew:\n    - {value: 2, scope: family, source: src}\n")),
        ])

    static func message(_ attribute: Attribute, reason: String) -> String {
        "this \(attribute.rawValue) entry is \(reason), so it cannot hold for the whole family; remove 'scope: family' (variants then record their own figure)"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        for record in input.records {
            for attribute in record.specs.keys.sorted() {
                for entry in record.values(attribute) where entry.scope == .family {
                    let reason: String
                    if let variant = entry.variant {
                        reason = "tagged for one variant ('\(variant)')"
                    } else if let qualifier = entry.qualifier, [.demonstrated, .planned].contains(qualifier) {
                        reason = "qualified '\(qualifier.rawValue)' (\(qualifier.meaning))"
                    } else {
                        continue
                    }
                    diagnostics.append(diagnostic(message(attribute, reason: reason), at: entry.scopeLocation ?? entry.location))
                }
            }
        }
    }
}
