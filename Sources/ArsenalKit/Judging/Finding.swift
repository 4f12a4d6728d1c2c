/// How a claim stands against the database (a contract value, see the design page).
public enum Verdict: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// The claim agrees with every source, within tolerance.
    case consistent
    /// Some sources agree and others do not.
    case disputed
    /// No source agrees.
    case conflict
    /// The system or attribute has no data, or the system is not in the database.
    case unverifiable
    /// The text may state this, but its system, attribute or value is not established (a
    /// figure outside what such a system can do, a reading that is a guess): for a person
    /// to read, never failing CI.
    case unclear

    /// The severity a finding with this verdict reports at unless configured otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .consistent, .unverifiable, .unclear: .note
        case .disputed: .warning
        case .conflict: .error
        }
    }

    /// Report order: conflicts first, then disputed, unclear, unverifiable, consistent.
    var reportRank: Int {
        switch self {
        case .conflict: 0
        case .disputed: 1
        case .unclear: 2
        case .unverifiable: 3
        case .consistent: 4
        }
    }

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.reportRank < rhs.reportRank }
}

/// A source as a finding cites it.
public struct EvidenceSource: Hashable, Sendable, Codable {
    /// Registry id.
    public var id: String
    /// The page's title.
    public var title: String
    /// Site or organisation.
    public var publisher: String
    /// The original address.
    public var url: String
    /// The date it was read.
    public var retrieved: String

    /// Creates a cited source.
    public init(id: String, title: String, publisher: String, url: String, retrieved: String) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.retrieved = retrieved
    }

    /// The registry entry as cited.
    public init(_ source: Source) {
        self.init(id: source.id, title: source.title, publisher: source.publisher, url: source.url, retrieved: source.retrieved)
    }
}

/// One recorded value a verdict rests on, with its source and where it is written.
public struct Evidence: Hashable, Sendable, Codable {
    /// The record holding the value.
    public var system: String { get { text.fields.system } set { change { $0.system = newValue } } }
    /// The attribute (`max_range`, or `kind`/`origin` for record fields).
    public var attribute: String { get { text.fields.attribute } set { change { $0.attribute = newValue } } }
    /// The value as the data file writes it (`6000 m`, `passive-ir, dual-band-ir`).
    public var value: String { get { text.fields.value } set { change { $0.value = newValue } } }
    /// The value in SI, for figures.
    public var si: Double?
    /// `accepted`, `disputed` or `deprecated`.
    public var status: EntryStatus
    /// The source says "about".
    public var approximate: Bool
    /// The source gives a bound.
    public var bound: EntryBound?
    /// The sub-variant the figure applies to.
    public var variant: String? { get { text.fields.variant } set { change { $0.variant = newValue } } }
    /// The data file's note.
    public var note: String? { get { text.fields.note } set { change { $0.note = newValue } } }
    /// The base record the value is inherited from.
    public var inheritedFrom: String? { get { text.fields.inheritedFrom } set { change { $0.inheritedFrom = newValue } } }
    /// What the figure measures when its source qualifies it (`average`, `per_dart`);
    /// such a value is shown but does not vote on an unqualified claim.
    public var qualifier: ValueQualifier?
    /// The same figure as the source prints it again in another unit (`430 m/s`).
    public var also: String? { get { text.fields.also } set { change { $0.also = newValue } } }
    /// Whether the claim agrees with this value (nil: not compared with the claim alone,
    /// as for the other record of a comparison).
    public var agrees: Bool?
    /// The source, nil for record fields that carry none (`kind`, `origin`).
    public var source: EvidenceSource? { get { text.fields.source } set { change { $0.source = newValue } } }
    /// The data file.
    public var file: String { get { text.fields.file } set { change { $0.file = newValue } } }
    /// 1-based line in the data file.
    public var line: Int
    /// 1-based column in the data file.
    public var column: Int

    /// The strings, in one shared box. Evidence is copied from the judging tables into each
    /// judgement and read from there into the answer; with the strings boxed, a copy counts
    /// one reference instead of a dozen, and the server's threads, which copy the same
    /// tables' evidence, stop contending for the counts of the same shared strings. The
    /// figures and flags a judgement sets (`agrees`) stay outside the box.
    private var text: EvidenceText

    /// Creates evidence.
    public init(
        system: String, attribute: String, value: String, si: Double? = nil, status: EntryStatus = .accepted,
        approximate: Bool = false, bound: EntryBound? = nil, variant: String? = nil, note: String? = nil,
        inheritedFrom: String? = nil, qualifier: ValueQualifier? = nil, also: String? = nil, agrees: Bool?,
        source: EvidenceSource?, location: SourceLocation
    ) {
        text = EvidenceText(EvidenceText.Fields(
            system: system, attribute: attribute, value: value, variant: variant, note: note, inheritedFrom: inheritedFrom,
            also: also, source: source, file: location.file))
        self.si = si
        self.status = status
        self.approximate = approximate
        self.bound = bound
        self.qualifier = qualifier
        self.agrees = agrees
        self.line = location.line
        self.column = location.column
    }

    /// Where the value is written.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// Everything the answer writes for this evidence except `agrees`, as a plain value:
    /// the string box by identity (two pieces of evidence copied from the same judging
    /// table entry share it) and the figures and flags beside it. Equal identities write
    /// equal bytes; equal evidence in two different boxes has two identities, which only
    /// costs the writer a cache miss (`FindingJSONWriter.write(_: Evidence)`). Valid while
    /// the evidence (and so its box) is alive.
    var writtenIdentity: WrittenIdentity {
        WrittenIdentity(
            text: ObjectIdentifier(text), si: si?.bitPattern, status: status, approximate: approximate, bound: bound,
            qualifier: qualifier, line: line, column: column)
    }

    /// See `writtenIdentity`.
    struct WrittenIdentity: Equatable {
        var text: ObjectIdentifier
        var si: UInt64?
        var status: EntryStatus
        var approximate: Bool
        var bound: EntryBound?
        var qualifier: ValueQualifier?
        var line: Int
        var column: Int
    }

    /// Changes a string: a new box, so copies sharing the old one keep their values.
    private mutating func change(_ body: (inout EvidenceText.Fields) -> Void) {
        var fields = text.fields
        body(&fields)
        text = EvidenceText(fields)
    }

    private enum CodingKeys: String, CodingKey {
        case system, attribute, value, si, status, approximate, bound, variant, note, inheritedFrom, qualifier, also
        case agrees, source, file, line, column
    }

    /// Decodes the keys the evidence's properties are named by.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            system: try c.decode(String.self, forKey: .system), attribute: try c.decode(String.self, forKey: .attribute),
            value: try c.decode(String.self, forKey: .value), si: try c.decodeIfPresent(Double.self, forKey: .si),
            status: try c.decode(EntryStatus.self, forKey: .status), approximate: try c.decode(Bool.self, forKey: .approximate),
            bound: try c.decodeIfPresent(EntryBound.self, forKey: .bound), variant: try c.decodeIfPresent(String.self, forKey: .variant),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            inheritedFrom: try c.decodeIfPresent(String.self, forKey: .inheritedFrom),
            qualifier: try c.decodeIfPresent(ValueQualifier.self, forKey: .qualifier),
            also: try c.decodeIfPresent(String.self, forKey: .also), agrees: try c.decodeIfPresent(Bool.self, forKey: .agrees),
            source: try c.decodeIfPresent(EvidenceSource.self, forKey: .source),
            location: SourceLocation(
                file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line),
                column: try c.decode(Int.self, forKey: .column)))
    }

    /// Encodes every property under its name, leaving out the absent ones.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(system, forKey: .system)
        try c.encode(attribute, forKey: .attribute)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(si, forKey: .si)
        try c.encode(status, forKey: .status)
        try c.encode(approximate, forKey: .approximate)
        try c.encodeIfPresent(bound, forKey: .bound)
        try c.encodeIfPresent(variant, forKey: .variant)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(inheritedFrom, forKey: .inheritedFrom)
        try c.encodeIfPresent(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(also, forKey: .also)
        try c.encodeIfPresent(agrees, forKey: .agrees)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}

/// The strings of one piece of evidence, never changed once made (see `Evidence.text`).
private final class EvidenceText: Hashable, Sendable {
    struct Fields: Hashable, Sendable {
        var system: String
        var attribute: String
        var value: String
        var variant: String?
        var note: String?
        var inheritedFrom: String?
        var also: String?
        var source: EvidenceSource?
        var file: String
    }

    let fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    static func == (lhs: EvidenceText, rhs: EvidenceText) -> Bool { lhs === rhs || lhs.fields == rhs.fields }

    func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}

/// The claim's figure as judged: the contract's `claim` object. Values are SI; `low` and
/// `high` are the interval judged after tolerance (nil: unbounded on that side).
public struct JudgedFigure: Hashable, Sendable, Codable {
    /// How the article bounds the figure.
    public var bound: ClaimBound
    /// The figure as stated (midpoint for `between`).
    public var value: Double
    /// The judged interval's lower end.
    public var low: Double?
    /// The judged interval's upper end.
    public var high: Double?
    /// The SI unit (`m`, `kg`, `m/s`, `persons`, `units`, `year`).
    public var unit: String

    /// Creates a judged figure.
    public init(bound: ClaimBound, value: Double, low: Double?, high: Double?, unit: String) {
        self.bound = bound
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
    }
}

/// What a claim rule concludes about one claim.
public struct Judgement: Hashable, Sendable {
    /// The verdict.
    public var verdict: Verdict
    /// One line saying what was found and by how much.
    public var message: String
    /// The recorded values behind the verdict.
    public var evidence: [Evidence]
    /// Further remarks: sibling figures, disputed entries, variants.
    public var notes: [String]
    /// The judged interval, for figures.
    public var figure: JudgedFigure?
    /// How the values were compared, for `--explain`.
    public var explanation: [String]
    /// For a conflicting figure, how far it is off the nearest recorded value (0.67: 67% over).
    public var deviation: Double?

    /// Creates a judgement.
    public init(
        verdict: Verdict, message: String, evidence: [Evidence] = [], notes: [String] = [],
        figure: JudgedFigure? = nil, explanation: [String] = [], deviation: Double? = nil
    ) {
        self.verdict = verdict
        self.message = message
        self.evidence = evidence
        self.notes = notes
        self.figure = figure
        self.explanation = explanation
        self.deviation = deviation
    }
}

/// A judged claim, located in its article: what `arsenal check` reports.
public struct Finding: Hashable, Sendable {
    /// The claim as extracted.
    public var claim: Claim
    /// The rule that judged it.
    public var rule: DiagnosticCode
    /// Its severity after configuration.
    public var severity: Severity
    /// The rule's conclusion.
    public var judgement: Judgement
    /// Where the quote starts in the original file.
    public var start: SourceLocation
    /// Just past the quote's end, exclusive (columns in Unicode scalars).
    public var end: SourceLocation
    /// The exact text of the quote.
    public var quote: String

    /// Creates a finding.
    public init(claim: Claim, rule: DiagnosticCode, severity: Severity, judgement: Judgement, start: SourceLocation, end: SourceLocation, quote: String) {
        self.claim = claim
        self.rule = rule
        self.severity = severity
        self.judgement = judgement
        self.start = start
        self.end = end
        self.quote = quote
    }

    /// The verdict.
    public var verdict: Verdict { judgement.verdict }

    /// For a comparison, the relation and the other record.
    public var comparison: (relation: ComparisonRelation, other: String)? {
        if case .comparison(let relation, let other, _) = claim.value { return (relation, other) }
        return nil
    }
}

extension Finding: Comparable {
    /// Article order: file, position, then rule and attribute.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        return (lhs.rule.code, lhs.claim.attribute.rawValue, lhs.claim.systemID)
            < (rhs.rule.code, rhs.claim.attribute.rawValue, rhs.claim.systemID)
    }
}
