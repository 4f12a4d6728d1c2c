import Foundation

/// What judging needs of the catalog that does not depend on the claim, prepared once per
/// catalog (each record when a claim first needs it) and shared by every check: per
/// record and attribute, the recorded values as evidence, as message text ("4.8 km") and as
/// the list a message quotes ("4.8 km, 8 km"), the accepted and the record's own values,
/// and the variants (nearest first) that record values of their own. Judging a claim then
/// reads these instead of formatting, filtering and looking up the same values again.
final class JudgingTables: @unchecked Sendable {
    /// One record's values of one attribute, prepared (a class: handed around by reference).
    final class Figures: Sendable {
        /// The values, in the record's order (the record's own list, shared).
        let entries: [SourcedValue]
        /// What judging reads of each value (SI figures, bound, status, ...).
        let points: [RecordedPoint]
        /// Each value as evidence, `agrees` nil.
        let evidence: [Evidence]
        /// Each value as messages write it ("6 km", "~3.5 km", "≥ 6 km").
        let texts: [String]
        /// The distinct texts of all values, in order: "4.8 km, 8 km".
        let recorded: String
        /// The SI unit of the attribute's figures.
        let unit: String
        /// The accepted values (the list itself when all are).
        let accepted: [SourcedValue]
        /// Their positions in `entries`.
        let acceptedIndices: [Int]
        /// The accepted values' SI figures.
        let acceptedSI: [Double?]
        /// The distinct texts of the accepted values.
        let acceptedRecorded: String
        /// The values recorded on this record itself, not inherited (the list itself when
        /// all are).
        let own: [SourcedValue]
        /// Their positions in `entries`.
        let ownIndices: [Int]
        /// What judging reads of the record's own values.
        let ownPoints: [RecordedPoint]
        /// The distinct texts of the record's own values.
        let ownRecorded: String

        init(
            entries: [SourcedValue], points: [RecordedPoint], evidence: [Evidence], texts: [String], recorded: String,
            unit: String, accepted: [SourcedValue], acceptedIndices: [Int], acceptedSI: [Double?], acceptedRecorded: String,
            own: [SourcedValue], ownIndices: [Int], ownPoints: [RecordedPoint], ownRecorded: String
        ) {
            self.entries = entries
            self.points = points
            self.evidence = evidence
            self.texts = texts
            self.recorded = recorded
            self.unit = unit
            self.accepted = accepted
            self.acceptedIndices = acceptedIndices
            self.acceptedSI = acceptedSI
            self.acceptedRecorded = acceptedRecorded
            self.own = own
            self.ownIndices = ownIndices
            self.ownPoints = ownPoints
            self.ownRecorded = ownRecorded
        }

        /// The distinct texts at `indices` (ascending), in order, joined as `FigureText.list` joins them.
        func recorded(at indices: [Int]) -> String {
            if indices.count == entries.count { return recorded }
            var seen: [Int] = []
            seen.reserveCapacity(indices.count)
            var text = ""
            for index in indices where !seen.contains(where: { texts[$0] == texts[index] }) {
                if !seen.isEmpty { text += ", " }
                text += texts[index]
                seen.append(index)
            }
            return text
        }

        /// The outcome of `figure` against the values.
        func outcome(_ figure: JudgedFigure, tolerance: ClaimTolerance, written: Quantity? = nil) -> FigureOutcome {
            FigureOutcome(figure: figure, entries: entries, points: points, tolerance: tolerance, written: written)
        }

        /// The outcome of `figure` against the record's own values.
        func ownOutcome(_ figure: JudgedFigure, tolerance: ClaimTolerance) -> FigureOutcome {
            FigureOutcome(figure: figure, entries: own, points: ownPoints, tolerance: tolerance)
        }

        /// The evidence at `index` with `agrees` set.
        @inline(__always)
        func evidence(_ index: Int, agrees: Bool?) -> Evidence {
            var made = evidence[index]
            made.agrees = agrees
            return made
        }
    }

    /// One record's prepared values, built the first time a claim needs the record.
    final class Row: Sendable {
        /// Per attribute (`slot(of:)`): the prepared values, nil when none.
        let figures: [Figures?]
        /// Per attribute: the variants (at any depth, nearest first, as
        /// `Catalog.firstVariant` visits them) that record values of their own.
        let variantsWithOwn: [[Int]]
        /// The record's `kind` and `origin` fields as evidence, `agrees` nil.
        let kindEvidence: Evidence
        let originEvidence: Evidence

        init(figures: [Figures?], variantsWithOwn: [[Int]], kindEvidence: Evidence, originEvidence: Evidence) {
            self.figures = figures
            self.variantsWithOwn = variantsWithOwn
            self.kindEvidence = kindEvidence
            self.originEvidence = originEvidence
        }
    }

    private let catalog: Catalog
    /// Record index by id.
    private let indexByID: [String: Int]
    /// Per record: related records, closest first (see `JudgingContext.relativeIndices(of:)`).
    let relatives: [[Int]]
    private let lock = NSLock()
    // Guarded by `lock`: each record's row, once built. Rows are built on first use, not
    // all up front: a command-line check of one article reads a few records, and preparing
    // every record would add a few milliseconds to its start.
    private var rows: [Row?]

    /// Prepares the tables of `catalog`, whose records' relatives are `relations`.
    init(catalog: Catalog, relations: [String: [Int]]) {
        self.catalog = catalog
        let systems = catalog.systems
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(systems.count)
        for (index, system) in systems.enumerated() { indexByID[system.id] = index }
        self.indexByID = indexByID
        relatives = systems.map { relations[$0.id] ?? [] }
        rows = Array(repeating: nil, count: systems.count)
    }

    /// The index of the record `id` in `catalog.systems`.
    @inline(__always)
    func index(of id: String) -> Int? { indexByID[id] }

    /// The prepared row of the record at `index` (one lock, held while a row is first built).
    func row(_ index: Int) -> Row {
        lock.lock()
        defer { lock.unlock() }
        if let row = rows[index] { return row }
        let row = makeRow(index)
        rows[index] = row
        return row
    }

    /// The prepared values of `attribute` for the record at `index`, nil when it has none.
    func figures(_ index: Int, _ attribute: Attribute) -> Figures? { row(index).figures[Self.slot(of: attribute)] }

    /// The variants of the record at `index` with values of `attribute` of their own,
    /// nearest first.
    func variants(of index: Int, recording attribute: Attribute) -> [Int] { row(index).variantsWithOwn[Self.slot(of: attribute)] }

    /// The record's `kind` (or `origin`) field as evidence.
    func fieldEvidence(_ index: Int, field: RecordField, agrees: Bool?) -> Evidence {
        let row = row(index)
        var made = field == .kind ? row.kindEvidence : row.originEvidence
        made.agrees = agrees
        return made
    }

    private func makeRow(_ index: Int) -> Row {
        let systems = catalog.systems
        let system = systems[index]
        let attributes = Attribute.allCases
        var figures = [Figures?](repeating: nil, count: attributes.count)
        for attribute in attributes {
            let entries = system.values(attribute)
            guard !entries.isEmpty else { continue }
            figures[Self.slot(of: attribute)] = Self.prepare(entries, system: system.id, attribute: attribute, in: catalog)
        }
        var order: [Int] = []
        _ = catalog.firstVariant(of: system.id) { variant -> Bool? in
            if let variantIndex = indexByID[variant.id] { order.append(variantIndex) }
            return nil
        }
        var variantsWithOwn = [[Int]](repeating: [], count: attributes.count)
        for attribute in attributes {
            variantsWithOwn[Self.slot(of: attribute)] = order.filter { variantIndex in
                systems[variantIndex].values(attribute).contains { $0.inheritedFrom == nil }
            }
        }
        return Row(
            figures: figures, variantsWithOwn: variantsWithOwn,
            kindEvidence: Self.fieldEvidence(system, field: "kind", value: system.kind.rawValue),
            originEvidence: Self.fieldEvidence(system, field: "origin", value: system.origin))
    }

    /// A record field judged without a source.
    enum RecordField { case kind, origin }

    private static func slot(of attribute: Attribute) -> Int {
        switch attribute {
        case .maxRange: 0
        case .minRange: 1
        case .maxAltitude: 2
        case .minAltitude: 3
        case .maxSpeed: 4
        case .missileMass: 5
        case .systemMass: 6
        case .warheadMass: 7
        case .crew: 8
        case .manPortable: 9
        case .guidance: 10
        case .targets: 11
        case .origin: 12
        case .serviceEntry: 13
        }
    }

    private static func prepare(_ entries: [SourcedValue], system: String, attribute: Attribute, in catalog: Catalog) -> Figures {
        let unit = FigureText.unit(of: attribute)
        let evidence = entries.map { JudgingContext.template($0, system: system, attribute: attribute, in: catalog) }
        let texts = entries.map { FigureText.entry($0, unit: unit) }
        let acceptedIndices = entries.indices.filter { entries[$0].status == .accepted }
        let ownIndices = entries.indices.filter { entries[$0].inheritedFrom == nil }
        let accepted = acceptedIndices.count == entries.count ? entries : acceptedIndices.map { entries[$0] }
        let own = ownIndices.count == entries.count ? entries : ownIndices.map { entries[$0] }
        return Figures(
            entries: entries, points: RecordedPoint.points(of: entries), evidence: evidence, texts: texts,
            recorded: FigureText.list(entries, unit: unit), unit: unit,
            accepted: accepted, acceptedIndices: acceptedIndices, acceptedSI: accepted.map(\.value.fastSI),
            acceptedRecorded: FigureText.list(accepted, unit: unit),
            own: own, ownIndices: ownIndices, ownPoints: RecordedPoint.points(of: own), ownRecorded: FigureText.list(own, unit: unit))
    }

    private static func fieldEvidence(_ system: WeaponSystem, field: String, value: String) -> Evidence {
        let location = system.fieldLocations[field] ?? SourceLocation(file: system.file, line: 1, column: 1)
        return Evidence(system: system.id, attribute: field, value: value, agrees: nil, source: nil, location: location)
    }
}
