/// How a claim bounds its figure (a contract value: used in claims, findings and JSON output).
///
/// "up to 6 km" is `upTo`, "about 6 km" is `about`, "between 5 and 6 km" is `between`
/// (with both ends), a bare "6 km" is `exact`.
public enum ClaimBound: String, Sendable, Codable, CaseIterable, Hashable {
    /// The figure as stated, with no qualifier.
    case exact
    /// An approximate figure: about, around, roughly, nearly, some, close to.
    case about
    /// A maximum: up to, as far as, a maximum of, within, no more than.
    case upTo = "up_to"
    /// A minimum: at least, no less than, or more.
    case atLeast = "at_least"
    /// An interval: between 5 and 6 km, from 10 to 3,500 m, 5–6 km.
    case between
    /// Strictly above: more than, over, above, in excess of.
    case moreThan = "more_than"
    /// Strictly below: less than, under, below, fewer than.
    case lessThan = "less_than"
}
