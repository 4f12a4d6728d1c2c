/// How completely the database covers each record (`arsenal stats`): per attribute, how
/// many values and how many independent sources back it, and which core slots are empty
/// after inheritance.
///
/// - A **value** is one sourced entry, inherited ones included for the record that
///   inherits them; the summary counts each entry once, where it is written.
/// - **Independent sources** are distinct publishers (two articles of one Wikipedia
///   edition count once); a value whose source is not in the registry counts by its id.
///   Deprecated values count as values but never as sources for the figure.
/// - A slot is **filled** when it holds a plain figure: an accepted or disputed value
///   without a qualifier. A slot with only qualified values (an average speed, a test
///   shot) or only deprecated ones is empty: that figure is not known.
public struct CoverageReport: Sendable {
    /// The attributes every record should have: the envelope and the masses.
    public static let coreAttributes: [Attribute] = [.maxRange, .maxAltitude, .maxSpeed, .missileMass, .systemMass]

    /// One attribute of one record.
    public struct Slot: Sendable, Hashable {
        /// The attribute.
        public let attribute: Attribute
        /// Values recorded for it, inherited ones included.
        public let values: Int
        /// Distinct publishers behind its non-deprecated values.
        public let sources: Int
        /// Whether it holds a plain (unqualified, not deprecated) figure.
        public let filled: Bool
        /// Whether every value is inherited from a base record.
        public let inherited: Bool
    }

    /// One record's coverage.
    public struct Record: Sendable {
        /// The record id.
        public let id: String
        /// Its display name.
        public let name: String
        /// Its kind.
        public let kind: SystemKind
        /// Its base, if it is a variant.
        public let extends: String?
        /// Every spec attribute, in vocabulary order.
        public let slots: [Slot]
        /// Core attributes without a plain figure.
        public let emptyCore: [Attribute]
        /// Core attributes filled by a single independent source.
        public let singleSourceCore: [Attribute]
        /// Values recorded on this record (inherited ones included).
        public let values: Int
        /// Distinct publishers behind the record's non-deprecated values.
        public let sources: Int

        /// The slot of `attribute`.
        public func slot(_ attribute: Attribute) -> Slot? {
            slots.first { $0.attribute == attribute }
        }
    }

    /// The totals of the report.
    public struct Summary: Sendable, Hashable {
        /// Records reported.
        public let records: Int
        /// Of them, MANPADS.
        public let manpads: Int
        /// Values written in the data files of these records (each counted once).
        public let values: Int
        /// Registry sources cited by those values.
        public let sources: Int
        /// Core slots without a plain figure, over all records.
        public let emptyCoreSlots: Int
        /// Core slots in all (records × core attributes).
        public let coreSlots: Int
    }

    /// The records, sorted by id.
    public let records: [Record]
    /// The totals.
    public let summary: Summary

    /// The coverage of every record of `catalog` (of one kind, when given).
    public init(catalog: Catalog, kind: SystemKind? = nil) {
        let systems = catalog.systems.filter { kind == nil || $0.kind == kind }
        var written = 0
        var cited: Set<String> = []
        records = systems.map { system in
            let own = system.specs.values.joined().filter { $0.inheritedFrom == nil }
            written += own.count
            for value in own where !value.sourceID.isEmpty { cited.insert(value.sourceID) }
            return Self.record(system, catalog: catalog)
        }
        summary = Summary(
            records: records.count, manpads: records.filter { $0.kind == .manpads }.count, values: written,
            sources: cited.count, emptyCoreSlots: records.map(\.emptyCore.count).reduce(0, +),
            coreSlots: records.count * Self.coreAttributes.count)
    }

    private static func record(_ system: WeaponSystem, catalog: Catalog) -> Record {
        var slots: [Slot] = []
        for attribute in Attribute.allCases where attribute.isSpec {
            let values = system.values(attribute)
            let summary = ValueSummary(attribute: attribute, values: values)
            slots.append(Slot(
                attribute: attribute, values: values.count, sources: publishers(values, catalog: catalog).count,
                filled: summary.hasPlainFigure, inherited: !values.isEmpty && values.allSatisfy { $0.inheritedFrom != nil }))
        }
        let core = slots.filter { coreAttributes.contains($0.attribute) }
        let all = Attribute.allCases.filter(\.isSpec).flatMap { system.values($0) }
        return Record(
            id: system.id, name: system.name, kind: system.kind, extends: system.extends, slots: slots,
            emptyCore: core.filter { !$0.filled }.map(\.attribute),
            singleSourceCore: core.filter { $0.filled && $0.sources == 1 }.map(\.attribute),
            values: all.count, sources: publishers(all, catalog: catalog).count)
    }

    /// Distinct publishers of the non-deprecated values (the source id when unregistered).
    private static func publishers(_ values: [SourcedValue], catalog: Catalog) -> Set<String> {
        var result: Set<String> = []
        for value in values where value.status != .deprecated && !value.sourceID.isEmpty {
            let publisher = catalog.source(value.sourceID)?.publisher ?? ""
            result.insert(publisher.isEmpty ? "id:" + value.sourceID : publisher.lowercased())
        }
        return result
    }

    /// `100 records (60 MANPADS), 820 values from 210 sources; 42 of 500 core slots empty`.
    public var summaryLine: String {
        let s = summary
        return "\(s.records) record\(s.records == 1 ? "" : "s") (\(s.manpads) MANPADS), \(s.values) value\(s.values == 1 ? "" : "s") from \(s.sources) source\(s.sources == 1 ? "" : "s"); \(s.emptyCoreSlots) of \(s.coreSlots) core slots empty"
    }

    /// A cell: `3/2` (values/sources), `—` for an empty slot, `↑` when inherited,
    /// `q` when the values are all qualified or deprecated (no plain figure).
    func cellText(_ slot: Slot) -> String {
        guard slot.values > 0 else { return "—" }
        var text = "\(slot.values)/\(slot.sources)"
        if !slot.filled { text += " q" }
        if slot.inherited { text += " ↑" }
        return text
    }

    /// The legend under the table and Markdown renderings.
    static let legend = "cells: values/independent sources (distinct publishers); — nothing recorded; q no plain figure (only qualified or deprecated values); ↑ inherited. Core: max range, max altitude, max speed, missile mass, system mass."
}
