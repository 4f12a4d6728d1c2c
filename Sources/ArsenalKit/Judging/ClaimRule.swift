import Foundation

/// A claim rule: a small type that documents itself (code, name, summary, rationale,
/// examples judged against the bundled catalog) and judges the claims it owns. Every
/// claim is owned by exactly one rule; `ClaimRules.rule(for:)` picks it.
public protocol ClaimRule: Sendable {
    /// The rule's self-description, printed by `arsenal rules`.
    static var description: RuleDescription { get }
    /// Whether this rule judges `claim`.
    static func owns(_ claim: Claim) -> Bool
    /// Judges `claim` against the catalog.
    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement
}

/// What rules judge against: the catalog and the tolerance in force.
public struct JudgingContext: Sendable {
    /// The database.
    public var catalog: Catalog
    /// Tolerances from the configuration.
    public var tolerance: ClaimTolerance
    /// Whether to write the `--explain` trail (it costs time on large corpora).
    public var explain: Bool
    /// What judging needs of the catalog, prepared once per catalog (recorded values as
    /// evidence and text, variants, relatives) and shared by every check.
    let tables: JudgingTables

    /// Creates a context.
    public init(catalog: Catalog, tolerance: ClaimTolerance = .default, explain: Bool = true) {
        self.init(catalog: catalog, tolerance: tolerance, explain: explain,
                  tables: JudgingTables(catalog: catalog, relations: Self.relations(in: catalog)))
    }

    init(catalog: Catalog, tolerance: ClaimTolerance, explain: Bool, tables: JudgingTables) {
        self.catalog = catalog
        self.tolerance = tolerance
        self.explain = explain
        self.tables = tables
    }

    /// Every record's relatives, computed once per catalog.
    static func relations(in catalog: Catalog) -> [String: [Int]] {
        // Each record's stem once, not once per pair.
        // Each record's stem and family once, not once per pair; pairs ranked by index, so
        // no record is copied.
        let stems = catalog.systems.map(stem)
        let families = catalog.systems.map { catalog.familyRoot(of: $0.id) }
        var result: [String: [Int]] = [:]
        result.reserveCapacity(catalog.systems.count)
        for (index, system) in catalog.systems.enumerated() {
            result[system.id] = computeRelatives(of: index, in: catalog, stems: stems, families: families)
        }
        return result
    }

    /// The record's display name ("9K338 Igla-S"), or the id when unknown.
    func name(_ id: String) -> String {
        catalog.system(id: id)?.name ?? id
    }

    /// A recorded value as evidence (built afresh: rules read prepared evidence from `tables`).
    func evidence(_ entry: SourcedValue, system: String, attribute: Attribute, agrees: Bool?) -> Evidence {
        var made = Self.template(entry, system: system, attribute: attribute, in: catalog)
        made.agrees = agrees
        return made
    }

    /// A recorded value as evidence, without `agrees`.
    static func template(_ entry: SourcedValue, system: String, attribute: Attribute, in catalog: Catalog) -> Evidence {
        Evidence(
            system: system, attribute: attribute.rawValue, value: entry.value.fastDisplayText,
            si: entry.value.fastSI,
            status: entry.status, approximate: entry.approximate, bound: entry.bound, variant: entry.variant,
            note: entry.note, inheritedFrom: entry.inheritedFrom, qualifier: entry.qualifier,
            also: entry.also?.fastDisplayText, agrees: nil,
            source: catalog.source(entry.sourceID).map(EvidenceSource.init)
                ?? EvidenceSource(id: entry.sourceID, title: "", publisher: "", url: "", retrieved: ""),
            location: entry.location)
    }

    /// A record field without a source (`kind`, `origin`) as evidence.
    func fieldEvidence(_ system: WeaponSystem, field: String, value: String, agrees: Bool?) -> Evidence {
        let location = system.fieldLocations[field] ?? SourceLocation(file: system.file, line: 1, column: 1)
        return Evidence(system: system.id, attribute: field, value: value, agrees: agrees, source: nil, location: location)
    }

    /// Records related to `id`, closest first, as indices into `catalog.systems`: the same
    /// `extends` family, then the same designation stem ("Igla", "Igla-1", "Igla-S"). Used
    /// to name the record a wrong figure actually belongs to; a search reads each record in
    /// place instead of copying it. A developer alone makes no relative: "27 km is the S-350
    /// Vityaz's maximum altitude, not the S-400 Triumf's" named a system the article never
    /// mentioned for sharing a maker (real-text sweep 6, de 030).
    func relativeIndices(of id: String) -> [Int] {
        tables.index(of: id).map { tables.relatives[$0] } ?? []
    }

    /// Records related to the record at `index` in `catalog.systems`, closest first.
    func relativeIndices(of index: Int) -> [Int] {
        tables.relatives[index]
    }

    private static func computeRelatives(of index: Int, in catalog: Catalog, stems: [String?], families: [String]) -> [Int] {
        let systems = catalog.systems
        let id = systems[index].id
        let family = families[index]
        let stem = stems[index]
        var ranked: [(rank: Int, index: Int)] = []
        for otherIndex in systems.indices where systems[otherIndex].id != id {
            if families[otherIndex] == family {
                ranked.append((0, otherIndex))
            } else if let stem, stems[otherIndex] == stem {
                ranked.append((1, otherIndex))
            }
        }
        return ranked.sorted { ($0.rank, systems[$0.index].id) < ($1.rank, systems[$1.index].id) }.map(\.index)
    }

    /// The leading letters of a record's first alias, lowercased ("igla" for "Igla-S"),
    /// when there are at least three.
    static func stem(_ system: WeaponSystem) -> String? {
        let first = system.aliases.first ?? system.name
        let letters = first.unicodeScalars.prefix { $0.properties.isAlphabetic }
        guard letters.count >= 3 else { return nil }
        return String(String.UnicodeScalarView(letters)).lowercased()
    }
}

extension ClaimRule {
    /// A judgement from this rule that the record has no data to judge by.
    static func unverifiable(_ message: String, explanation: [String] = []) -> Judgement {
        Judgement(verdict: .unverifiable, message: message, explanation: explanation)
    }
}

extension Attribute {
    /// How messages name the attribute ("maximum range", "missile mass").
    public var claimLabel: String {
        switch self {
        case .maxRange: "maximum range"
        case .minRange: "minimum range"
        case .maxAltitude: "maximum altitude"
        case .minAltitude: "minimum altitude"
        case .maxSpeed: "maximum speed"
        case .missileMass: "missile mass"
        case .systemMass: "system mass"
        case .warheadMass: "warhead mass"
        case .crew: "crew"
        case .manPortable: "man-portability"
        case .guidance: "guidance"
        case .targets: "targets"
        case .origin: "origin"
        case .serviceEntry: "service entry"
        }
    }
}
