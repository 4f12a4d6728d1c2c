/// The syntax tree of a query, before names and units are checked.
indirect enum QuerySyntax: Hashable, Sendable {
    /// Two or more conditions joined by `and` (a chain is one node, so a long chain does
    /// not make a deep tree).
    case and([QuerySyntax])
    /// Two or more conditions joined by `or`.
    case or([QuerySyntax])
    case not(QuerySyntax)
    /// `has ATTRIBUTE`.
    case has(QueryOperand)
    /// A bare operand standing for a yes/no attribute (`man_portable`).
    case test(QueryOperand)
    /// `A op B`.
    case compare(QueryOperand, QueryOperator, QueryOperand, operatorSpan: Range<Int>)
    /// `A contains B`.
    case contains(QueryOperand, QueryOperand, operatorSpan: Range<Int>)
    /// `A in (B, C, ...)`.
    case among(QueryOperand, [QueryOperand], operatorSpan: Range<Int>)
}

/// One side of a comparison as written.
struct QueryOperand: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A bare word: an attribute name or a value (`max_range`, `RU`, `uav`, `true`).
        case word(String)
        /// A number with the unit written after it, if any (`5 km`, `2`), or before it for `Mach 2`.
        case number(Double, unit: String?, unitSpan: Range<Int>?)
        /// A quoted string.
        case string(String)
    }

    let kind: Kind
    /// Characters from the first to the last token of the operand.
    let span: Range<Int>
    /// The operand as written.
    let text: String
}

/// A recursive-descent parser for the query grammar:
///
/// ```
/// query      = or EOF
/// or         = and { ("or" | "||") and }
/// and        = unary { ("and" | "&&") unary }
/// unary      = ("not" | "!") unary | primary
/// primary    = "(" or ")" | "has" operand | predicate
/// predicate  = operand [ comparison operand | "contains" operand | "in" "(" operand { "," operand } ")" ]
/// operand    = number [unit] | "Mach" number | word | string
/// comparison = "==" | "=" | "!=" | "<>" | "<" | "<=" | ">" | ">=" | "≠" | "≤" | "≥"
/// ```
///
/// `not` binds tighter than `and`, which binds tighter than `or`.
///
/// Parentheses and `not` may nest at most `maxNesting` levels deep: the parser and the
/// checker recurse once per level, and a deeper expression is an error rather than a
/// stack overflow. Chains of `and` and `or` are flat lists, as long as the input.
struct QueryParser {
    /// The deepest nesting of parentheses and `not` accepted.
    static let maxNesting = 100

    private let tokens: [QueryToken]
    private let expression: String
    private let characters: [Character]
    private var index = 0
    private var depth = 0

    init(_ expression: String) throws(QueryError) {
        var lexer = QueryLexer(expression)
        self.tokens = try lexer.tokens()
        self.expression = expression
        self.characters = Array(expression)
    }

    mutating func parse() throws(QueryError) -> QuerySyntax {
        if current.kind == .end {
            throw QueryError("empty expression: write a condition such as 'max_range >= 5 km'", in: expression, at: current.span)
        }
        let syntax = try parseOr()
        guard current.kind == .end else {
            if current.kind == .rightParen {
                throw QueryError("')' without a matching '('", in: expression, at: current.span)
            }
            throw QueryError("expected 'and', 'or' or the end of the expression, found \(describe(current))", in: expression, at: current.span)
        }
        return syntax
    }

    private var current: QueryToken { tokens[index] }

    private mutating func advance() -> QueryToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func parseOr() throws(QueryError) -> QuerySyntax {
        var terms = [try parseAnd()]
        while current.kind == .or {
            _ = advance()
            terms.append(try parseAnd())
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    private mutating func parseAnd() throws(QueryError) -> QuerySyntax {
        var terms = [try parseUnary()]
        while current.kind == .and {
            _ = advance()
            terms.append(try parseUnary())
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    private mutating func parseUnary() throws(QueryError) -> QuerySyntax {
        if current.kind == .not {
            let token = advance()
            try enter(at: token)
            defer { depth -= 1 }
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    /// Goes one level deeper, failing past `maxNesting`.
    private mutating func enter(at token: QueryToken) throws(QueryError) {
        depth += 1
        if depth > Self.maxNesting {
            throw QueryError(
                "the expression nests parentheses and 'not' more than \(Self.maxNesting) levels deep; simplify it",
                in: expression, at: token.span)
        }
    }

    private mutating func parsePrimary() throws(QueryError) -> QuerySyntax {
        switch current.kind {
        case .leftParen:
            let open = advance()
            try enter(at: open)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                let message = current.kind == .end
                    ? "'(' is never closed: add ')'"
                    : "expected ')' to close the '(' at column \(open.span.lowerBound + 1), found \(describe(current))"
                throw QueryError(message, in: expression, at: current.kind == .end ? open.span : current.span)
            }
            _ = advance()
            return inner
        case .has:
            _ = advance()
            return .has(try parseOperand(after: "'has'"))
        default:
            return try parsePredicate()
        }
    }

    private mutating func parsePredicate() throws(QueryError) -> QuerySyntax {
        let left = try parseOperand(after: nil)
        switch current.kind {
        case .comparison(let op):
            let opToken = advance()
            let right = try parseOperand(after: "'\(opToken.text)'")
            return .compare(left, op, right, operatorSpan: opToken.span)
        case .contains:
            let opToken = advance()
            return .contains(left, try parseOperand(after: "'contains'"), operatorSpan: opToken.span)
        case .in:
            let opToken = advance()
            guard current.kind == .leftParen else {
                throw QueryError("expected '(' after 'in', as in 'origin in (RU, SU)'", in: expression, at: current.span)
            }
            _ = advance()
            var items = [try parseOperand(after: "'('")]
            while current.kind == .comma {
                _ = advance()
                items.append(try parseOperand(after: "','"))
            }
            guard current.kind == .rightParen else {
                throw QueryError("expected ',' or ')' in the list, found \(describe(current))", in: expression, at: current.span)
            }
            let close = advance()
            return .among(left, items, operatorSpan: opToken.span.lowerBound..<close.span.upperBound)
        default:
            return .test(left)
        }
    }

    private mutating func parseOperand(after context: String?) throws(QueryError) -> QueryOperand {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            if case .word(let unit) = current.kind {
                let unitToken = advance()
                return operand(.number(value, unit: unit, unitSpan: unitToken.span), from: token, to: unitToken)
            }
            return operand(.number(value, unit: nil, unitSpan: nil), from: token, to: token)
        case .word(let word):
            _ = advance()
            if word.lowercased() == "mach", case .number(let value) = current.kind {
                let numberToken = advance()
                return operand(.number(value, unit: "Mach", unitSpan: token.span), from: token, to: numberToken)
            }
            return operand(.word(word), from: token, to: token)
        case .string(let text):
            _ = advance()
            return operand(.string(text), from: token, to: token)
        default:
            let expected = context.map { "expected a value after \($0)" } ?? "expected an attribute or a value"
            throw QueryError("\(expected), found \(describe(token))", in: expression, at: token.span)
        }
    }

    private func operand(_ kind: QueryOperand.Kind, from first: QueryToken, to last: QueryToken) -> QueryOperand {
        let span = first.span.lowerBound..<last.span.upperBound
        return QueryOperand(kind: kind, span: span, text: String(characters[span]))
    }

    private func describe(_ token: QueryToken) -> String {
        token.kind == .end ? "the end of the expression" : "'\(token.text)'"
    }
}
