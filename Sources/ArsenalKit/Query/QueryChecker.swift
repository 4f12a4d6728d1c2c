/// Turns a syntax tree into a predicate, checking every name, unit, value and operator
/// against the attribute vocabulary; each error points at the token at fault.
struct QueryChecker {
    let expression: String

    /// What a word in operand position may name.
    enum Field: Hashable {
        case attribute(Attribute)
        case identity(IdentityField)

        var name: String {
            switch self {
            case .attribute(let attribute): attribute.rawValue
            case .identity(let field): field.rawValue
            }
        }
    }

    /// Every field name, for "did you mean".
    static let fieldNames: [String] = Attribute.allCases.filter(\.isSpec).map(\.rawValue) + IdentityField.allCases.map(\.rawValue)

    static func field(named name: String) -> Field? {
        let lowered = name.lowercased()
        if let identity = IdentityField(rawValue: lowered) { return .identity(identity) }
        if lowered == "base" { return .identity(.extends) }
        return Attribute(rawValue: lowered).map(Field.attribute)
    }

    /// A unit by its symbol, case-insensitively (`km`, `KM`, `lbs`, `Mach`).
    static func unit(named name: String) -> QuantityUnit? {
        let lowered = name.lowercased()
        if lowered == "lbs" { return .pounds }
        return QuantityUnit.allCases.first { $0.rawValue.lowercased() == lowered }
    }

    func check(_ syntax: QuerySyntax) throws(QueryError) -> QueryPredicate {
        switch syntax {
        case .and(let terms): return .and(try checkAll(terms))
        case .or(let terms): return .or(try checkAll(terms))
        case .not(let inner): return .not(try check(inner))
        case .has(let operand):
            switch try requireField(operand, role: "after 'has'") {
            case .attribute(let attribute): return .has(attribute)
            case .identity(.origin): return .has(.origin)
            case .identity(.extends): return .hasBase
            case .identity(let field):
                throw error("every record has \(article(field.rawValue)) \(field.rawValue); 'has' tests attributes such as 'has max_altitude'", operand.span)
            }
        case .test(let operand):
            guard case .word = operand.kind else {
                throw error("expected a condition, found '\(operand.text)': compare it with an attribute, as in 'max_range >= \(operand.text)'", operand.span)
            }
            let field = try requireField(operand, role: "")
            guard case .attribute(let attribute) = field, attribute.kind == .boolean else {
                throw error("\(field.name) is not a yes/no attribute: compare it, as in '\(example(field))'", operand.span)
            }
            return .boolean(attribute, true)
        case .compare(let lhs, let op, let rhs, let opSpan):
            switch (field(of: lhs), field(of: rhs)) {
            case (let left?, let right?):
                return try compareFields(left, op, right, lhs: lhs, rhs: rhs, opSpan: opSpan)
            case (let left?, nil):
                return try compare(left, op, rhs, opSpan: opSpan)
            case (nil, let right?):
                return try compare(right, op.flipped, lhs, opSpan: opSpan)
            case (nil, nil):
                for operand in [lhs, rhs] { if case .word = operand.kind { throw unknownField(operand) } }
                throw error("a comparison needs an attribute on one side, as in 'max_range >= 5 km'", lhs.span.lowerBound..<rhs.span.upperBound)
            }
        case .contains(let lhs, let rhs, let opSpan):
            let field = try requireField(lhs, role: "before 'contains'")
            switch field {
            case .attribute(let attribute):
                guard case .set(let vocabulary) = attribute.kind else {
                    throw error("'contains' tests sets (guidance, targets) and names, not \(attribute.rawValue): \(usage(field))", opSpan)
                }
                return .setContains(attribute, try token(rhs, of: attribute, vocabulary: vocabulary))
            case .identity(let identity):
                return .identityContains(identity, try text(rhs, for: identity))
            }
        case .among(let lhs, let items, let opSpan):
            guard let field = field(of: lhs) else {
                if case .word = lhs.kind { throw unknownField(lhs) }
                throw error("expected an attribute before 'in', as in 'origin in (RU, SU)'", lhs.span)
            }
            if case .attribute(let attribute) = field, case .set = attribute.kind {
                throw error("'in' compares one value; test a set with 'contains', as in '\(example(field))'", opSpan)
            }
            var alternatives: [QueryPredicate] = []
            alternatives.reserveCapacity(items.count)
            for item in items { alternatives.append(try compare(field, .equal, item, opSpan: opSpan)) }
            return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
        }
    }

    private func checkAll(_ terms: [QuerySyntax]) throws(QueryError) -> [QueryPredicate] {
        var checked: [QueryPredicate] = []
        checked.reserveCapacity(terms.count)
        for term in terms { checked.append(try check(term)) }
        return checked
    }

    // MARK: Comparisons

    private func compare(_ field: Field, _ op: QueryOperator, _ value: QueryOperand, opSpan: Range<Int>) throws(QueryError) -> QueryPredicate {
        switch field {
        case .identity(let identity):
            guard !op.isOrdering else {
                throw error("'\(op.rawValue)' does not apply to \(identity.rawValue); use == or !=", opSpan)
            }
            let equals = QueryPredicate.identityEquals(identity, [try text(value, for: identity)])
            return op == .equal ? equals : .not(equals)
        case .attribute(let attribute):
            switch attribute.kind {
            case .quantity(let dimension):
                return .number(attribute, op, try quantity(value, for: attribute, dimension: dimension))
            case .count, .year:
                guard case .number(let number, let unit, let unitSpan) = value.kind else {
                    throw error("\(attribute.rawValue) is \(describe(attribute.kind)): compare it with a number, as in '\(example(field))'", value.span)
                }
                if let unit, let unitSpan {
                    throw error("\(attribute.rawValue) is \(describe(attribute.kind)) and takes no unit: drop '\(unit)'", unitSpan)
                }
                return .number(attribute, op, number)
            case .boolean:
                guard !op.isOrdering else {
                    throw error("'\(op.rawValue)' does not apply to \(attribute.rawValue), a yes/no attribute; use == or !=", opSpan)
                }
                let answer = try boolean(value, for: attribute)
                return .boolean(attribute, op == .equal ? answer : !answer)
            case .set:
                throw error("use 'contains' to test \(attribute.rawValue), a set: \(usage(field))", opSpan)
            case .country:
                return try compare(.identity(.origin), op, value, opSpan: opSpan)
            }
        }
    }

    private func compareFields(
        _ left: Field, _ op: QueryOperator, _ right: Field, lhs: QueryOperand, rhs: QueryOperand, opSpan: Range<Int>
    ) throws(QueryError) -> QueryPredicate {
        guard case .attribute(let a) = left, case .attribute(let b) = right else {
            let identity = [left, right].first { if case .identity = $0 { true } else { false } }!
            throw error("compare \(identity.name) with a value, as in '\(example(identity))'", lhs.span.lowerBound..<rhs.span.upperBound)
        }
        switch (a.kind, b.kind) {
        case (.quantity(let x), .quantity(let y)) where x == y: return .attributes(a, op, b)
        case (.count, .count), (.year, .year): return .attributes(a, op, b)
        default:
            throw error("\(a.rawValue) is \(describe(a.kind)), but \(b.rawValue) is \(describe(b.kind)): they cannot be compared", rhs.span)
        }
    }

    // MARK: Values

    private func quantity(_ value: QueryOperand, for attribute: Attribute, dimension: QuantityDimension) throws(QueryError) -> Double {
        let units = QuantityUnit.allCases.filter { $0.dimension == dimension }.map(\.rawValue).joined(separator: ", ")
        guard case .number(let number, let unitName, let unitSpan) = value.kind else {
            throw error("\(attribute.rawValue) is \(describe(attribute.kind)): compare it with a figure and a unit, as in '\(example(.attribute(attribute)))'", value.span)
        }
        guard let unitName, let unitSpan else {
            throw error("'\(value.text)' needs a unit: \(attribute.rawValue) is \(describe(attribute.kind)) (\(units))", value.span)
        }
        guard let unit = Self.unit(named: unitName) else {
            let all = QuantityUnit.allCases.map(\.rawValue)
            throw error("unknown unit '\(unitName)'\(didYouMean(unitName, all)); \(attribute.rawValue) takes \(units)", unitSpan)
        }
        guard unit.dimension == dimension else {
            throw error("\(attribute.rawValue) is \(describe(attribute.kind)), but '\(value.text)' is \(article(unit.dimension.rawValue)) \(unit.dimension.rawValue)", value.span)
        }
        return number * unit.siFactor
    }

    private func boolean(_ value: QueryOperand, for attribute: Attribute) throws(QueryError) -> Bool {
        if case .word(let word) = value.kind {
            switch word.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        throw error("\(attribute.rawValue) is yes or no: compare it with true or false", value.span)
    }

    private func token(_ value: QueryOperand, of attribute: Attribute, vocabulary: [String]) throws(QueryError) -> String {
        let word = literalText(value)
        if let match = vocabulary.first(where: { $0 == word.lowercased() }) { return match }
        let noun = attribute == .guidance ? "guidance method" : "target type"
        let guess = vocabulary.first { word.count >= 2 && $0.hasPrefix(word.lowercased()) } ?? closestMatch(to: word, in: vocabulary)
        let hint = guess.map { "did you mean '\($0)'? " } ?? ""
        throw error("unknown \(noun) '\(word)'; \(hint)known: \(vocabulary.joined(separator: ", "))", value.span)
    }

    private func text(_ value: QueryOperand, for field: IdentityField) throws(QueryError) -> String {
        let text = literalText(value)
        switch field {
        case .kind:
            let kinds = SystemKind.allCases.map(\.rawValue)
            guard kinds.contains(text.lowercased()) else {
                throw error("unknown kind '\(text)'\(didYouMean(text, kinds)); kinds: \(kinds.joined(separator: ", "))", value.span)
            }
        case .origin:
            guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw error("origin is a two-letter country code such as RU, US or SU, not '\(text)'", value.span)
            }
        case .id, .name, .extends: break
        }
        return text
    }

    /// The operand as a plain value: a word, a string's contents, or a number as written
    /// (so `name == 9K338` means the designation).
    private func literalText(_ value: QueryOperand) -> String {
        switch value.kind {
        case .word(let word): word
        case .string(let text): text
        case .number: value.text
        }
    }

    // MARK: Names

    private func field(of operand: QueryOperand) -> Field? {
        guard case .word(let word) = operand.kind else { return nil }
        return Self.field(named: word)
    }

    private func requireField(_ operand: QueryOperand, role: String) throws(QueryError) -> Field {
        if let field = field(of: operand) { return field }
        if case .word = operand.kind { throw unknownField(operand) }
        let place = role.isEmpty ? "" : " \(role)"
        throw error("expected an attribute\(place), found '\(operand.text)'", operand.span)
    }

    private func unknownField(_ operand: QueryOperand) -> QueryError {
        let suggestion = closestMatch(to: operand.text, in: Self.fieldNames)
        let rest = suggestion.map { " (did you mean '\($0)'?)" } ?? "; attributes: \(Self.fieldNames.joined(separator: ", "))"
        return error("unknown attribute '\(operand.text)'\(rest)", operand.span)
    }

    private func error(_ message: String, _ span: Range<Int>) -> QueryError {
        QueryError(message, in: expression, at: span)
    }

    private func describe(_ kind: AttributeKind) -> String {
        switch kind {
        case .quantity(let dimension): "\(article(dimension.rawValue)) \(dimension.rawValue)"
        case .count: "a count of persons"
        case .boolean: "yes or no"
        case .set: "a set"
        case .country: "a country code"
        case .year: "a year"
        }
    }

    private func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    private func usage(_ field: Field) -> String {
        "'\(example(field))'"
    }

    private func example(_ field: Field) -> String {
        switch field {
        case .identity(.id): "id == igla-s"
        case .identity(.name): "name contains igla"
        case .identity(.kind): "kind == manpads"
        case .identity(.origin): "origin == RU"
        case .identity(.extends): "extends == stinger"
        case .attribute(let attribute):
            switch attribute.kind {
            case .quantity(.length): "\(attribute.rawValue) >= 5 km"
            case .quantity(.mass): "\(attribute.rawValue) <= 15 kg"
            case .quantity(.speed): "\(attribute.rawValue) > Mach 2"
            case .count: "\(attribute.rawValue) == 1"
            case .year: "\(attribute.rawValue) >= 2000"
            case .boolean: attribute.rawValue
            case .set(let vocabulary): "\(attribute.rawValue) contains \(vocabulary.first ?? "")"
            case .country: "origin == RU"
            }
        }
    }
}
