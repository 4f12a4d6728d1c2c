import Foundation

/// One value of an attribute as a data file records it.
public enum SpecValue: Hashable, Sendable, Codable {
    case quantity(Quantity)
    case count(Int)
    case boolean(Bool)
    case set([String])
    case country(String)
    case year(Int)

    /// The quantity, when this is one.
    public var quantity: Quantity? {
        if case .quantity(let q) = self { return q }
        return nil
    }

    /// A number to compare on for numeric kinds (SI for quantities).
    public var numericValue: Double? {
        switch self {
        case .quantity(let q): q.siValue
        case .count(let n), .year(let n): Double(n)
        default: nil
        }
    }
}

/// Whether a recorded figure is accepted, disputed or known to be wrong.
public enum EntryStatus: String, Sendable, Codable, CaseIterable {
    /// The normal case: a figure a source prints.
    case accepted
    /// Other sources contradict it.
    case disputed
    /// It circulates but is wrong; kept so the checker can name it.
    case deprecated
}

/// When a source gives a bound rather than a figure (">600 m/s", "<20 kg").
public enum EntryBound: String, Sendable, Codable, CaseIterable {
    /// The true value is at least the figure.
    case atLeast = "at_least"
    /// The true value is at most the figure.
    case atMost = "at_most"
}

/// A value with the source that prints it and the place it is recorded.
public struct SourcedValue: Hashable, Sendable, Codable {
    /// The value.
    public var value: SpecValue
    /// The source registry id.
    public var sourceID: String
    /// Where the entry is recorded in its data file (the `value:` scalar).
    public var location: SourceLocation
    /// Where the written value ends (exclusive), when it is on one line.
    public var end: SourceLocation?
    /// Where the `source:` id is written, when it is.
    public var sourceLocation: SourceLocation?
    /// The source says "about".
    public var approximate: Bool
    /// The source gives a bound, not a figure.
    public var bound: EntryBound?
    /// Accepted, disputed or deprecated.
    public var status: EntryStatus
    /// A short note from the data file.
    public var note: String?
    /// The sub-variant the figure applies to, if the source says.
    public var variant: String?
    /// The id of the record the value was inherited from (nil when recorded on this one).
    public var inheritedFrom: String?
    /// What the figure measures when the source qualifies it (average, effective, ...);
    /// nil for the plain figure the attribute names.
    public var qualifier: ValueQualifier?
    /// Whether variants inherit the value (`family`) or not (`model`, the default).
    public var scope: ValueScope
    /// Where the `scope:` key is written, when it is.
    public var scopeLocation: SourceLocation?
    /// The same figure as the source prints it a second time in another unit
    /// (`Mach 1.5` with `also: 430 m/s`): one value, two spellings; a claim agrees with
    /// the value when it agrees with either.
    public var also: SpecValue?

    /// Creates a sourced value.
    public init(
        value: SpecValue,
        sourceID: String,
        location: SourceLocation,
        end: SourceLocation? = nil,
        sourceLocation: SourceLocation? = nil,
        approximate: Bool = false,
        bound: EntryBound? = nil,
        status: EntryStatus = .accepted,
        note: String? = nil,
        variant: String? = nil,
        inheritedFrom: String? = nil,
        qualifier: ValueQualifier? = nil,
        scope: ValueScope = .model,
        scopeLocation: SourceLocation? = nil,
        also: SpecValue? = nil
    ) {
        self.value = value
        self.sourceID = sourceID
        self.location = location
        self.end = end
        self.sourceLocation = sourceLocation
        self.approximate = approximate
        self.bound = bound
        self.status = status
        self.note = note
        self.variant = variant
        self.inheritedFrom = inheritedFrom
        self.qualifier = qualifier
        self.scope = scope
        self.scopeLocation = scopeLocation
        self.also = also
    }

    /// Whether the value judges a claim about the plain attribute: accepted, and not
    /// qualified as something else.
    public var isPlainAccepted: Bool { status == .accepted && qualifier == nil }
}

extension SpecValue {
    /// The value as a data file would write it (`6000 m`, `Mach 2.2`, `true`, `passive-ir, uv`).
    public var displayText: String {
        switch self {
        case .quantity(let q):
            let number = formatNumber(q.value)
            return q.unitSymbol == "Mach" ? "Mach \(number)" : "\(number) \(q.unitSymbol)"
        case .count(let n), .year(let n): return String(n)
        case .boolean(let b): return b ? "true" : "false"
        case .set(let tokens): return tokens.joined(separator: ", ")
        case .country(let code): return code
        }
    }
}

/// A number without a trailing `.0`, and without float noise (`4.8`, `6000`).
public func formatNumber(_ value: Double, maxFractionDigits: Int = 3) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format: "%.\(maxFractionDigits)f", value)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}
