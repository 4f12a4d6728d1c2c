extension Claim {
    /// The claim in one line, as a language pack's examples state it: system, attribute and
    /// value ("igla-s max_range up_to 6000", "stinger guidance passive-ir,uv", "verba origin
    /// RU"). Figures are in the attribute's SI unit, written without a trailing ".0"; a
    /// range is "between LOW-HIGH". A claim about a system outside the database names it
    /// as written after "outside:" ("outside:Javelin system_mass exact 22").
    /// A claim whose system, attribute or value is a guess ends with the parts in doubt
    /// ("igla max_range exact 12000 ?value"): it never raises an alarm.
    public var summary: String {
        let doubts = grounding.doubtedParts
        guard doubts.isEmpty else {
            return plainSummary + " ?" + ClaimGrounding.Part.allCases.filter(doubts.contains).map(\.rawValue).joined(separator: ",")
        }
        return plainSummary
    }

    private var plainSummary: String {
        let head = "\(unknownSystem.map { "outside:" + $0.mention } ?? systemID) \(attribute.rawValue)"
        switch value {
        case .number(let number):
            if number.bound == .between, let low = number.statedLow, let high = number.statedHigh {
                return "\(head) between \(Self.format(low))-\(Self.format(high))"
            }
            return "\(head) \(number.bound.rawValue) \(Self.format(number.value))"
        case .boolean(let flag):
            return "\(head) \(flag)"
        case .tokens(let tokens):
            return "\(head) \(tokens.joined(separator: ","))"
        case .country(let code):
            return "\(head) \(code)"
        case .classes(let classes):
            return "\(head) \(classes.map(\.rawValue).joined(separator: ","))"
        case .comparison(let relation, let other, let attribute):
            return "\(head) \(relation.rawValue) \(other)\(attribute.map { " on \($0.rawValue)" } ?? "")"
        }
    }

    /// A figure with up to three decimals and no trailing zeros.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String((value * 1000).rounded() / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
