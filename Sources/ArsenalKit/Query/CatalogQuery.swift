/// A filter over the catalog, written in a small query language:
///
/// ```
/// max_range >= 5 km and origin == RU
/// targets contains uav
/// not man_portable
/// (origin in (RU, SU) or kind == shorad) and max_speed > Mach 2
/// 5 km <= max_range and has max_altitude
/// ```
///
/// - Fields: every attribute of the vocabulary (`max_range`, `crew`, `targets`, ...) and
///   `id`, `name` (any designation), `kind`, `origin`, `extends` (the base record).
/// - Quantities need a unit of the attribute's dimension on either side of the comparison
///   (`m`, `km`, `ft`, `mi`, `nmi`, `kg`, `g`, `lb`, `m/s`, `km/h`, `mph`, `kn`, `Mach 2`);
///   two attributes of one dimension compare with each other (`max_altitude >= max_range`).
/// - `contains` tests a set (`guidance contains uv`) or part of a name (`name contains igla`);
///   `in (A, B)` tests a field against a list; `has X` tests that X is recorded at all.
/// - `not` binds tighter than `and`, `and` tighter than `or`; parentheses group.
///
/// A record has several sourced figures per attribute. A comparison holds when **some**
/// figure satisfies it (deprecated figures never count), so `max_range > 6 km` and
/// `max_range < 5 km` can both hold for the Stinger, whose sources print 4.8 and 8 km.
/// When nothing is recorded, a comparison is *unknown*, and `not` of unknown is still
/// unknown (Kleene logic): `not man_portable` lists the systems recorded as not portable,
/// not those without data. Only records for which the query is true are listed.
public struct CatalogQuery: Sendable {
    /// The expression as written.
    public let text: String
    private let predicate: QueryPredicate

    /// Parses and checks `text`; the error points at the offending token.
    public init(_ text: String) throws(QueryError) {
        var parser = try QueryParser(text)
        let syntax = try parser.parse()
        self.text = text
        self.predicate = try QueryChecker(expression: text).check(syntax)
    }

    /// Whether `system` satisfies the query: true, false, or unknown for lack of data.
    public func evaluate(_ system: WeaponSystem) -> QueryTruth {
        predicate.evaluate(system)
    }

    /// Whether `system` satisfies the query for certain.
    public func matches(_ system: WeaponSystem) -> Bool {
        evaluate(system) == .true
    }

    /// The attributes the query looks at, in vocabulary order (for showing them as columns).
    public var attributes: [Attribute] {
        Array(predicate.attributes).sorted()
    }
}

/// Three-valued truth: a comparison on data that is not recorded is unknown.
public enum QueryTruth: String, Sendable, Hashable {
    /// The record satisfies the query.
    case `true`
    /// The record does not satisfy it.
    case `false`
    /// The record lacks the data to tell.
    case unknown

    static func of(_ value: Bool) -> QueryTruth { value ? .true : .false }

    /// Kleene negation: unknown stays unknown. (Named methods, not `!`, `&&` and `||`
    /// overloads, which would join every Boolean expression's overload resolution.)
    var negated: QueryTruth {
        switch self {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }

    /// Kleene conjunction: false wins, then unknown.
    func and(_ other: @autoclosure () -> QueryTruth) -> QueryTruth {
        if self == .false { return .false }
        let rhs = other()
        if rhs == .false { return .false }
        return self == .true && rhs == .true ? .true : .unknown
    }

    /// Kleene disjunction: true wins, then unknown.
    func or(_ other: @autoclosure () -> QueryTruth) -> QueryTruth {
        if self == .true { return .true }
        let rhs = other()
        if rhs == .true { return .true }
        return self == .false && rhs == .false ? .false : .unknown
    }
}

/// A record field that is not an attribute of the vocabulary, or `origin`, which every
/// record has as a top-level field.
enum IdentityField: String, CaseIterable, Sendable {
    case id, name, kind, origin, extends

    func values(of system: WeaponSystem) -> [String] {
        switch self {
        case .id: [system.id]
        case .name: [system.id] + system.designations
        case .kind: [system.kind.rawValue]
        case .origin: [system.origin]
        case .extends: system.extends.map { [$0] } ?? []
        }
    }
}

/// A checked query, ready to evaluate.
indirect enum QueryPredicate: Sendable {
    /// Every condition holds (Kleene conjunction over the list).
    case and([QueryPredicate])
    /// Some condition holds (Kleene disjunction over the list).
    case or([QueryPredicate])
    case not(QueryPredicate)
    /// Something is recorded for the attribute.
    case has(Attribute)
    /// The record has a base.
    case hasBase
    /// Some figure of a numeric attribute compares with a number (SI for quantities).
    case number(Attribute, QueryOperator, Double)
    /// Some figure of one attribute compares with some figure of another.
    case attributes(Attribute, QueryOperator, Attribute)
    /// Some yes/no figure equals the value.
    case boolean(Attribute, Bool)
    /// Some figure of a set attribute includes the token.
    case setContains(Attribute, String)
    /// An identity field equals one of the values (case-insensitively; designations
    /// compare by their alias key).
    case identityEquals(IdentityField, [String])
    /// An identity field contains the text.
    case identityContains(IdentityField, String)

    func evaluate(_ system: WeaponSystem) -> QueryTruth {
        switch self {
        case .and(let terms):
            var truth = QueryTruth.true
            for term in terms {
                truth = truth.and(term.evaluate(system))
                if truth == .false { break }
            }
            return truth
        case .or(let terms):
            var truth = QueryTruth.false
            for term in terms {
                truth = truth.or(term.evaluate(system))
                if truth == .true { break }
            }
            return truth
        case .not(let inner): return inner.evaluate(system).negated
        case .has(let attribute):
            return .of(attribute == .origin ? !system.origin.isEmpty : !Self.figures(system, attribute).isEmpty)
        case .hasBase: return .of(system.extends != nil)
        case .number(let attribute, let op, let number):
            return Self.any(Self.figures(system, attribute).compactMap(\.numericValue)) { op.holds($0, number) }
        case .attributes(let lhs, let op, let rhs):
            let left = Self.figures(system, lhs).compactMap(\.numericValue)
            let right = Self.figures(system, rhs).compactMap(\.numericValue)
            guard !right.isEmpty else { return .unknown }
            return Self.any(left) { value in right.contains { op.holds(value, $0) } }
        case .boolean(let attribute, let expected):
            return Self.any(Self.figures(system, attribute)) { $0 == .boolean(expected) }
        case .setContains(let attribute, let token):
            return Self.any(Self.figures(system, attribute)) { value in
                if case .set(let tokens) = value { return tokens.contains(token) }
                return false
            }
        case .identityEquals(let field, let wanted):
            let values = field.values(of: system)
            if field == .extends, values.isEmpty { return .false }
            let keys = Set(values.map(Self.key(field)))
            return .of(wanted.contains { keys.contains(Self.key(field)($0)) })
        case .identityContains(let field, let text):
            let needle = Self.key(field)(text)
            return .of(field.values(of: system).contains { Self.key(field)($0).contains(needle) })
        }
    }

    var attributes: Set<Attribute> {
        switch self {
        case .and(let terms), .or(let terms): terms.reduce(into: Set<Attribute>()) { $0.formUnion($1.attributes) }
        case .not(let inner): inner.attributes
        case .has(let attribute), .number(let attribute, _, _), .boolean(let attribute, _), .setContains(let attribute, _):
            [attribute]
        case .attributes(let lhs, _, let rhs): [lhs, rhs]
        case .identityEquals(.origin, _), .identityContains(.origin, _): [.origin]
        case .hasBase, .identityEquals, .identityContains: []
        }
    }

    private static func figures(_ system: WeaponSystem, _ attribute: Attribute) -> [SpecValue] {
        system.values(attribute).filter { $0.status != .deprecated }.map(\.value)
    }

    private static func any<T>(_ values: [T], _ test: (T) -> Bool) -> QueryTruth {
        values.isEmpty ? .unknown : .of(values.contains(where: test))
    }

    private static func key(_ field: IdentityField) -> (String) -> String {
        if field == .name { return { AliasIndex.normalize($0) } }
        return { $0.lowercased() }
    }
}
