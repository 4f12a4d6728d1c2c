import ArsenalKit
import Testing

/// Hostile `--where` expressions: deep nesting is an error that points at the token past
/// the limit, never a stack overflow; long flat chains parse and evaluate.
@Suite("Query limits")
struct QueryLimitsTests {
    func failure(_ expression: String) -> QueryError? {
        do {
            _ = try CatalogQuery(expression)
            return nil
        } catch {
            return error
        }
    }

    func ids(_ expression: String) throws -> [String] {
        let query = try CatalogQuery(expression)
        return QueryFixtures.catalog.systems.filter(query.matches).map(\.id)
    }

    @Test func eightThousandNotsAreAnErrorNotACrash() throws {
        let expression = String(repeating: "not ", count: 8_000) + "man_portable"
        let error = try #require(failure(expression))
        #expect(error.message.contains("more than 100 levels deep"))
        // The span points at the 101st `not`, which starts at character 400.
        #expect(error.span == 400..<403)
        #expect(error.caretDisplay().count < 400)
    }

    @Test func twelveThousandParenthesesAreAnErrorNotACrash() throws {
        let expression = String(repeating: "(", count: 12_000) + "man_portable" + String(repeating: ")", count: 12_000)
        let error = try #require(failure(expression))
        #expect(error.message.contains("more than 100 levels deep"))
        #expect(error.span == 100..<101)
    }

    @Test func nestingUpToTheLimitWorks() throws {
        let limit = 100
        let nots = String(repeating: "not ", count: limit) + "man_portable"
        #expect(try ids(nots) == ids("man_portable"))
        let parens = String(repeating: "(", count: limit) + "kind == shorad" + String(repeating: ")", count: limit)
        #expect(try ids(parens) == ["harrier"])
        #expect(failure("(" + parens + ")") != nil)
    }

    @Test func longChainsAreFlatAndKeepTheirMeaning() throws {
        let terms = 50_000
        let orChain = Array(repeating: "kind == shorad", count: terms - 1) + ["origin == RU"]
        #expect(try ids(orChain.joined(separator: " or ")) == ["harrier", "kestrel"])
        let andChain = Array(repeating: "man_portable", count: terms) + ["origin == RU"]
        #expect(try ids(andChain.joined(separator: " and ")) == ["kestrel"])
        let list = "origin in (" + Array(repeating: "XX", count: terms).joined(separator: ", ") + ", SE)"
        #expect(try ids(list) == ["harrier"])
    }

    @Test func anErrorAtTheEndOfAHugeExpressionShowsAWindow() throws {
        let expression = Array(repeating: "man_portable", count: 20_000).joined(separator: " and ") + " and max_rang > 1 km"
        let error = try #require(failure(expression))
        #expect(error.message.contains("unknown attribute 'max_rang'"))
        let display = error.caretDisplay(indent: "")
        #expect(display.hasPrefix("…"))
        #expect(display.contains("max_rang > 1 km"))
        #expect(display.count < 400)
    }
}
