/// One token of a query expression, with its span in characters.
struct QueryToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// An attribute name, a unit or a bare value (`max_range`, `km`, `RU`, `passive-ir`).
        case word(String)
        /// A number as written (`5`, `4.8`, `-3`).
        case number(Double)
        /// A quoted string, unescaped.
        case string(String)
        /// `==`, `!=`, `<`, `<=`, `>`, `>=` (and their spellings `=`, `<>`, `≠`, `≤`, `≥`).
        case comparison(QueryOperator)
        case and, or, not, contains, `in`, has
        case leftParen, rightParen, comma
        case end
    }

    let kind: Kind
    /// The characters as written.
    let text: String
    /// Half-open character offsets into the expression.
    let span: Range<Int>
}

/// A comparison between an attribute and a value.
enum QueryOperator: String, Hashable, Sendable {
    /// `==` (also `=`).
    case equal = "=="
    /// `!=` (also `<>`, `≠`).
    case notEqual = "!="
    /// `<`.
    case less = "<"
    /// `<=` (also `≤`).
    case lessOrEqual = "<="
    /// `>`.
    case greater = ">"
    /// `>=` (also `≥`).
    case greaterOrEqual = ">="

    /// The operator with its sides swapped (`5 km < max_range` is `max_range > 5 km`).
    var flipped: QueryOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }

    /// Whether the operator orders (rather than only tells equal from different).
    var isOrdering: Bool { self != .equal && self != .notEqual }

    /// Compares two numbers; equality allows for float noise from unit conversion.
    func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        let same = abs(lhs - rhs) <= 1e-9 * max(abs(lhs), abs(rhs), 1)
        switch self {
        case .equal: return same
        case .notEqual: return !same
        case .less: return lhs < rhs && !same
        case .lessOrEqual: return lhs < rhs || same
        case .greater: return lhs > rhs && !same
        case .greaterOrEqual: return lhs > rhs || same
        }
    }
}

/// Splits a query expression into tokens. Keywords (`and`, `or`, `not`, `contains`,
/// `in`, `has`) are case-insensitive; `&&`, `||` and `!` are accepted too.
struct QueryLexer {
    private let characters: [Character]
    private let expression: String
    private var position = 0

    init(_ expression: String) {
        self.expression = expression
        self.characters = Array(expression)
    }

    static let keywords: [String: QueryToken.Kind] = [
        "and": .and, "or": .or, "not": .not, "contains": .contains, "in": .in, "has": .has,
    ]

    mutating func tokens() throws(QueryError) -> [QueryToken] {
        var tokens: [QueryToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(QueryError) -> QueryToken {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        let start = position
        guard position < characters.count else { return QueryToken(kind: .end, text: "", span: start..<start) }
        let character = characters[position]

        func token(_ kind: QueryToken.Kind, length: Int) -> QueryToken {
            position = start + length
            return QueryToken(kind: kind, text: String(characters[start..<start + length]), span: start..<start + length)
        }
        let following = position + 1 < characters.count ? characters[position + 1] : nil

        switch character {
        case "(": return token(.leftParen, length: 1)
        case ")": return token(.rightParen, length: 1)
        case ",": return token(.comma, length: 1)
        case "=": return token(.comparison(.equal), length: following == "=" ? 2 : 1)
        case "≠": return token(.comparison(.notEqual), length: 1)
        case "≤": return token(.comparison(.lessOrEqual), length: 1)
        case "≥": return token(.comparison(.greaterOrEqual), length: 1)
        case "!": return following == "=" ? token(.comparison(.notEqual), length: 2) : token(.not, length: 1)
        case "<":
            if following == "=" { return token(.comparison(.lessOrEqual), length: 2) }
            if following == ">" { return token(.comparison(.notEqual), length: 2) }
            return token(.comparison(.less), length: 1)
        case ">": return token(.comparison(following == "=" ? .greaterOrEqual : .greater), length: following == "=" ? 2 : 1)
        case "&" where following == "&": return token(.and, length: 2)
        case "|" where following == "|": return token(.or, length: 2)
        case "\"", "'", "“", "‘": return try string(quote: character)
        default: break
        }
        if character.isNumber || (character == "-" && following?.isNumber == true) || (character == "." && following?.isNumber == true) {
            return try number()
        }
        if character.isLetter || character == "_" {
            while position < characters.count, Self.isWordCharacter(characters[position]) { position += 1 }
            // A word never ends in '-' or '/': "km/" or "x-" leave the sign for the next token.
            while let last = characters[start..<position].last, last == "-" || last == "/" { position -= 1 }
            let text = String(characters[start..<position])
            let kind = Self.keywords[text.lowercased()] ?? .word(text)
            return QueryToken(kind: kind, text: text, span: start..<position)
        }
        throw QueryError("unexpected character '\(character)'", in: expression, at: start..<start + 1)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "/"
    }

    private mutating func number() throws(QueryError) -> QueryToken {
        let start = position
        if characters[position] == "-" { position += 1 }
        var dots = 0
        while position < characters.count, characters[position].isNumber || characters[position] == "." {
            if characters[position] == "." { dots += 1 }
            position += 1
        }
        let text = String(characters[start..<position])
        guard dots <= 1, text.last != ".", let value = Double(text), text.allSatisfy({ $0.isASCII }) else {
            throw QueryError("malformed number '\(text)'", in: expression, at: start..<position)
        }
        return QueryToken(kind: .number(value), text: text, span: start..<position)
    }

    private mutating func string(quote: Character) throws(QueryError) -> QueryToken {
        let start = position
        let closing: Character = quote == "“" ? "”" : quote == "‘" ? "’" : quote
        position += 1
        var value = ""
        while position < characters.count, characters[position] != closing {
            value.append(characters[position])
            position += 1
        }
        guard position < characters.count else {
            throw QueryError("unterminated string: add the closing \(closing)", in: expression, at: start..<characters.count)
        }
        position += 1
        return QueryToken(kind: .string(value), text: String(characters[start..<position]), span: start..<position)
    }
}
