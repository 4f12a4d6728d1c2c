/// A number found in plain text, with its unit (if any), bound, precision and span.
///
/// All ranges are UTF-8 offsets into the plain text of the `Document` that was scanned;
/// `Document.span(of:)` turns them into file locations. Values are in the SI unit of the
/// dimension (m, kg, m/s); a bare number keeps its own value.
public struct QuantityMention: Sendable, Hashable {
    /// The whole mention: bound phrase, number, unit, parenthesised conversion and
    /// trailing bound phrase ("up to 6 km (3.7 mi)").
    public var range: Range<Int>
    /// The figure(s) as written: "6,000", "a dozen", "1.5 million", "500 and 6,000", "5–6".
    public var numberRange: Range<Int>
    /// The unit as written ("km", "meters per second", "Mach"), if any.
    public var unitRange: Range<Int>?
    /// The bound phrase ("up to", "between", "or more"), if any.
    public var boundRange: Range<Int>?
    /// A conversion merged into this mention ("(8 km)" after "5 miles"), if any. The
    /// values always come from the first figure.
    public var conversionRange: Range<Int>?
    /// The unit, or nil for a bare number.
    public var unit: QuantityUnit?
    /// The nominal value: SI for a quantity, the number itself for a bare number. For
    /// `between`, the middle of the interval.
    public var value: Double
    /// The low end: the first figure of a range; otherwise equal to `value`.
    public var low: Double
    /// The high end: the second figure of a range; otherwise equal to `value`.
    public var high: Double
    /// How the text bounds the figure.
    public var bound: ClaimBound
    /// Half a unit of the last significant digit, in the same unit as `value`: "6 km" →
    /// 500 m, "6,000 m" → 500 m (trailing zeros of an integer are not significant),
    /// "6.0 km" → 50 m, "3.7 miles" → 0.05 mi in m, "a dozen" → 0.5. For a range, the
    /// larger of the two ends' precisions.
    public var precision: Double
    /// The figure is an adjective joined by a hyphen: "a 6,000-meter range", "a three-man crew".
    public var isAdjectival: Bool
    /// The factor of scale words in the figure: 1e6 for "1.5 million", 1 when none.
    public var scale: Double
    /// A bare 4-digit integer from 1800 to 2099 with no unit: probably a year ("in 1981").
    public var isYearLike: Bool
    /// The figure as written (the text of `numberRange`).
    public var textValue: String

    /// The dimension of the unit, nil for a bare number.
    public var dimension: QuantityDimension? { unit?.dimension }
    /// True when there is no unit ("5,000", "a dozen"): the judging layer decides whether
    /// it is a count, a crew size, an inventory or a year.
    public var isBareNumber: Bool { unit == nil }
    /// The nominal value in the unit it was written in ("3.7" for "3.7 miles").
    public var writtenValue: Double { unit.map { value / $0.siFactor } ?? value }
    /// The nominal value as a `Quantity` in its written unit, nil for a bare number.
    public var quantity: Quantity? { unit.map { Quantity(value / $0.siFactor, $0) } }

    /// Creates a mention.
    public init(
        range: Range<Int>, numberRange: Range<Int>, unitRange: Range<Int>? = nil, boundRange: Range<Int>? = nil,
        conversionRange: Range<Int>? = nil, unit: QuantityUnit?, value: Double, low: Double? = nil,
        high: Double? = nil, bound: ClaimBound = .exact, precision: Double, isAdjectival: Bool = false,
        scale: Double = 1, isYearLike: Bool = false, textValue: String
    ) {
        self.range = range
        self.numberRange = numberRange
        self.unitRange = unitRange
        self.boundRange = boundRange
        self.conversionRange = conversionRange
        self.unit = unit
        self.value = value
        self.low = low ?? value
        self.high = high ?? value
        self.bound = bound
        self.precision = precision
        self.isAdjectival = isAdjectival
        self.scale = scale
        self.isYearLike = isYearLike
        self.textValue = textValue
    }
}
