/// What a claim is about: an attribute of the vocabulary, or one of the claim-only kinds an
/// article makes that records do not hold as sourced values (`class`, `comparison`,
/// `inventory`). Its `rawValue` is the `attribute` string of the JSON contract.
public enum ClaimAttribute: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// An attribute of the data vocabulary (`max_range`, `man_portable`, `origin`, ...).
    case spec(Attribute)
    /// The kind of system ("short-range", "low-altitude", "man-portable air defence"),
    /// judged against the record's `kind`.
    case systemClass
    /// A comparison with another record ("similar to the Stinger", "longer range than ...").
    case comparison
    /// How many a country or force holds ("5,000 Igla-S missiles"): not a specification.
    case inventory

    /// The contract spelling: an attribute's own name, or `class`, `comparison`, `inventory`.
    public var rawValue: String {
        switch self {
        case .spec(let attribute): attribute.rawValue
        case .systemClass: "class"
        case .comparison: "comparison"
        case .inventory: "inventory"
        }
    }

    /// Parses the contract spelling.
    public init?(rawValue: String) {
        switch rawValue {
        case "class": self = .systemClass
        case "comparison": self = .comparison
        case "inventory": self = .inventory
        default:
            guard let attribute = Attribute(rawValue: rawValue) else { return nil }
            self = .spec(attribute)
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: ClaimAttribute, rhs: ClaimAttribute) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The class words an article uses for a system, each compatible with some record
/// kinds. Raw values are the lexicons' `classes` keys.
public enum SystemClass: String, Sendable, Codable, CaseIterable, Hashable {
    /// "MANPADS", "man-portable air defence", "shoulder-fired missile".
    case manpads
    /// "short-range", "VSHORAD".
    case shortRange = "short_range"
    /// "low-altitude", "low-level".
    case lowAltitude = "low_altitude"
    /// "SHORAD", "short-range air defence": MANPADS are short-range air defence too.
    case shorad
    /// "medium-range".
    case mediumRange = "medium_range"
    /// "long-range", "high-altitude".
    case longRange = "long_range"

    /// The record kinds the words fit.
    public var compatibleKinds: Set<SystemKind> {
        switch self {
        case .manpads: [.manpads]
        case .shortRange, .lowAltitude, .shorad: [.manpads, .shorad, .spaag]
        case .mediumRange, .longRange: [.sam]
        }
    }

    /// Whether the words fit a record of `kind` (`compatibleKinds` without building a set).
    public func fits(_ kind: SystemKind) -> Bool {
        switch self {
        case .manpads: kind == .manpads
        case .shortRange, .lowAltitude, .shorad: kind == .manpads || kind == .shorad || kind == .spaag
        case .mediumRange, .longRange: kind == .sam
        }
    }

    /// How messages write it ("short-range").
    public var label: String {
        switch self {
        case .manpads: "MANPADS"
        case .shortRange: "short-range"
        case .lowAltitude: "low-altitude"
        case .shorad: "short-range air defence"
        case .mediumRange: "medium-range"
        case .longRange: "long-range"
        }
    }
}

/// A figure an article states, in the attribute's SI unit (m, kg, m/s; `persons` for
/// crews, `units` for inventories, `year` for years), before any tolerance is applied
/// (the judge turns it into an interval, see `ClaimTolerance`).
public struct NumericClaim: Hashable, Sendable {
    /// How the article bounds the figure.
    public var bound: ClaimBound
    /// The figure as stated, in SI (for `between`, the midpoint of the two ends).
    public var value: Double
    /// For `between`, the lower figure as stated, in SI.
    public var statedLow: Double?
    /// For `between`, the upper figure as stated, in SI.
    public var statedHigh: Double?
    /// Half the step of the last significant digit, in SI: "6 km" → 500 m, "6,000 m" →
    /// 0.5 m, "3.7 miles" → 80.5 m. The rounding the figure itself admits.
    public var halfStep: Double
    /// The SI unit symbol (`m`, `kg`, `m/s`, `persons`, `units`, `year`).
    public var unit: String
    /// The figure as written ("6,000 meters"), for messages.
    public var text: String
    /// The unit the figure was written in ("ft" for "70,000 feet"), when it had one: a
    /// figure in feet or miles may be a metric source's figure converted and rounded.
    public var writtenUnit: QuantityUnit?

    /// The figure in its written unit, when it had one.
    public var written: Quantity? { writtenUnit.map { Quantity(value / $0.siFactor, $0) } }

    /// Creates a numeric claim.
    public init(
        bound: ClaimBound, value: Double, statedLow: Double? = nil, statedHigh: Double? = nil,
        halfStep: Double, unit: String, text: String
    ) {
        self.bound = bound
        self.value = value
        self.statedLow = statedLow
        self.statedHigh = statedHigh
        self.halfStep = halfStep
        self.unit = unit
        self.text = text
    }
}

/// What a claim asserts.
public enum ClaimValue: Hashable, Sendable {
    /// A figure: quantities, crew sizes, inventories, years.
    case number(NumericClaim)
    /// Yes or no (`man_portable`).
    case boolean(Bool)
    /// Set tokens (`guidance`, `targets`), each from the attribute's vocabulary.
    case tokens([String])
    /// An ISO country code (`origin`), `SU` for the Soviet Union.
    case country(String)
    /// Class words ("short-range", "low-altitude").
    case classes([SystemClass])
    /// A relation to another record, about one attribute or (nil) the system as a whole.
    case comparison(ComparisonRelation, other: String, attribute: Attribute?)
}

/// Why the extractor read a claim the way it did: the `--explain` trail.
public struct ClaimTrace: Hashable, Sendable {
    /// The system mention the claim is tied to, as written ("Igla-S", "the missile").
    public var systemWords: String { get { box.fields.systemWords } set { change { $0.systemWords = newValue } } }
    /// How the system was chosen ("named in the sentence", "refers back to Igla-S").
    public var systemReason: String { get { box.fields.systemReason } set { change { $0.systemReason = newValue } } }
    /// The words that chose the attribute ("range", "carried by a single soldier").
    public var cueWords: String { get { box.fields.cueWords } set { change { $0.cueWords = newValue } } }
    /// Why those words mean this attribute.
    public var attributeReason: String { get { box.fields.attributeReason } set { change { $0.attributeReason = newValue } } }
    /// The figure as parsed: number, unit, bound and conversion.
    public var parsed: String? { get { box.fields.parsed } set { change { $0.parsed = newValue } } }

    /// The five strings in one immutable box: a claim is copied several times between the
    /// sentence it is read in and the finding it becomes, and its trace is read only for
    /// `--explain`, so a copy counts one reference here instead of five.
    private var box: ClaimTraceBox

    /// Creates a trace.
    public init(systemWords: String, systemReason: String, cueWords: String, attributeReason: String, parsed: String? = nil) {
        box = ClaimTraceBox(.init(
            systemWords: systemWords, systemReason: systemReason, cueWords: cueWords, attributeReason: attributeReason,
            parsed: parsed))
    }

    /// Changes a string: a new box, so copies sharing the old one keep their values.
    private mutating func change(_ body: (inout ClaimTraceBox.Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = ClaimTraceBox(fields)
    }
}

/// The strings of one trace, never changed once made (see `ClaimTrace.box`).
private final class ClaimTraceBox: Hashable, Sendable {
    struct Fields: Hashable, Sendable {
        var systemWords: String
        var systemReason: String
        var cueWords: String
        var attributeReason: String
        var parsed: String?
    }

    let fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    static func == (lhs: ClaimTraceBox, rhs: ClaimTraceBox) -> Bool { lhs === rhs || lhs.fields == rhs.fields }

    func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}

/// A weapon system an article names that the database does not hold.
public struct UnknownSystem: Hashable, Sendable {
    /// The name as the article writes it ("Javelin", "HQ-22").
    public var mention: String
    /// The name from the list of systems outside the database, when it is listed.
    public var name: String?
    /// What it is ("anti-tank missile"), when it is listed.
    public var what: String?

    /// Creates an unknown system.
    public init(mention: String, name: String? = nil, what: String? = nil) {
        self.mention = mention
        self.name = name
        self.what = what
    }
}

/// One statement an article makes about a system, ready to be judged.
public struct Claim: Hashable, Sendable {
    /// The record the claim is about; empty when the claim is about a system the database
    /// does not hold (`unknownSystem`).
    public var systemID: String
    /// The system the claim is about when the database holds no record of it: such a claim
    /// is never judged against a record (`system: null` in JSON, its name in `mention`).
    public var unknownSystem: UnknownSystem?
    /// What it is about.
    public var attribute: ClaimAttribute
    /// What it asserts.
    public var value: ClaimValue
    /// The quote: UTF-8 offsets into the document's plain text.
    public var range: Range<Int>
    /// How it was read.
    public var trace: ClaimTrace
    /// Other attributes the words may mean ("weighs 15 kg": the missile or the whole
    /// system); the judge keeps the reading the figure fits best.
    public var alternatives: [Attribute]
    /// How its system, attribute and value were established, and what is a guess: a claim
    /// with a doubt never raises an alarm (`ClaimGrounding.apply(to:)`).
    public var grounding = ClaimGrounding()

    /// Creates a claim.
    public init(
        systemID: String, attribute: ClaimAttribute, value: ClaimValue, range: Range<Int>, trace: ClaimTrace,
        alternatives: [Attribute] = []
    ) {
        self.systemID = systemID
        self.attribute = attribute
        self.value = value
        self.range = range
        self.trace = trace
        self.alternatives = alternatives
    }

    /// The numeric part, when the claim states a figure.
    public var number: NumericClaim? {
        if case .number(let number) = value { return number }
        return nil
    }
}
