import ArsenalKit
import ArsenalServer
import Foundation
import Hummingbird
import Testing

/// The HTTP API, served in process on a free loopback port: every endpoint's answer and
/// every error answer.
@Suite struct APITests {
    static let service: ArticleCheckService = {
        do { return try ArticleCheckService.bundled() } catch { fatalError("the bundled lexicons do not load: \(error)") }
    }()

    static let article = "The Igla-S has a range of 10 km. The Piorun has a range of 8 km.\n"

    /// Runs `body` against a server on a free port, then stops the server.
    static func withServer(_ options: ServerOptions = ServerOptions(port: 0), _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let app = ArsenalServer.application(service: service, options: options, onReady: { continuation.yield($0) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ready.makeAsyncIterator()
            guard let port = await iterator.next() else { throw POSIXError(.EADDRNOTAVAIL) }
            do {
                try await body(port)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    /// The parsed JSON object of a body.
    static func object(_ body: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    /// The `error` object's message of an error answer, after checking status, type and code.
    @discardableResult
    static func error(_ response: HTTPAnswer, _ status: Int, code: String) throws -> String {
        #expect(response.status == status)
        #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
        let error = try #require(try object(response.body)["error"] as? [String: Any])
        #expect(error["status"] as? Int == status)
        #expect(error["code"] as? String == code)
        let message = try #require(error["message"] as? String)
        #expect(!message.isEmpty)
        return message
    }

    @Test(arguments: [
        ("text/plain", article),
        ("text/markdown; charset=utf-8", "# Title\n\n" + article),
        ("text/html", "<p>The Igla-S has a range of 10&nbsp;km. The Piorun has a range of 8 km.</p>"),
        ("application/json", #"{"text": "The Igla-S has a range of 10 km. The Piorun has a range of 8 km.", "format": "text", "language": "en"}"#),
    ])
    func checkReadsEveryFormat(_ type: String, _ text: String) async throws {
        try await Self.withServer { port in
            let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: type, body: text)
            #expect(response.status == 200)
            let report = try Self.object(response.body)
            let findings = try #require(report["findings"] as? [[String: Any]])
            #expect(findings.compactMap { $0["verdict"] as? String } == ["conflict", "disputed"])
            #expect((report["summary"] as? [String: Any])?["conflict"] as? Int == 1)
        }
    }

    @Test func checkAnswersWhatTheCLIWrites() async throws {
        let findings = try Self.service.check(text: Self.article, format: .text, path: "article")
        let pretty = FindingJSONReporter.report(findings, checkedFiles: 1)
        try await Self.withServer { port in
            // On the wire: the same document on one line.
            let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", body: Self.article)
            #expect(response.body == FindingJSONReporter.report(findings, checkedFiles: 1, layout: .compact))
            #expect(response.body.split(separator: "\n").count == 1)
            #expect(NSDictionary(dictionary: try Self.object(response.body)) == NSDictionary(dictionary: try Self.object(pretty)))
            // With ?pretty=true: byte for byte what `arsenal check --format json` prints.
            let indented = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check?pretty=true", type: "text/plain", body: Self.article)
            #expect(indented.body == pretty)
        }
    }

    @Test func positionsReferToTheSubmittedText() async throws {
        try await Self.withServer { port in
            let json = ##"{"text": "# Heading\n\nA paragraph.\n\nThe Igla-S has a range of 10 km.\n", "format": "markdown"}"##
            let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check?explain=true", type: "application/json", body: json)
            let findings = try #require(try Self.object(response.body)["findings"] as? [[String: Any]])
            let finding = try #require(findings.first)
            #expect(finding["line"] as? Int == 5)
            #expect(finding["column"] as? Int == 27)
            #expect(finding["quote"] as? String == "10 km")
            #expect((finding["explanation"] as? [String])?.isEmpty == false)
        }
    }

    @Test func checkWritesClaimReviewAndMarkdown() async throws {
        try await Self.withServer { port in
            let review = try await HTTPAnswer.fetch(
                port: port, "POST", "/v1/check?format=claimreview&url=https://example.org/a", type: "text/plain", body: Self.article)
            #expect(review.status == 200)
            #expect(review.headers["content-type"]?.hasPrefix("application/ld+json") == true)
            let nodes = try #require(try JSONSerialization.jsonObject(with: Data(review.body.utf8)) as? [[String: Any]])
            #expect(nodes.count == 2)
            #expect(nodes.allSatisfy { $0["@type"] as? String == "ClaimReview" && $0["@context"] as? String == "https://schema.org" })
            #expect(review.body.contains("https://example.org/a"))
            let markdown = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check?format=markdown", type: "text/plain", body: Self.article)
            #expect(markdown.body.hasPrefix("## Arsenal fact-check"))
        }
    }

    @Test func catalogEndpoints() async throws {
        try await Self.withServer { port in
            let systems = try await HTTPAnswer.fetch(port: port, "GET", "/v1/systems")
            #expect((try Self.object(systems.body)["systems"] as? [Any])?.count == Self.service.catalog.systems.count)
            let sheet = try await HTTPAnswer.fetch(port: port, "GET", "/v1/systems/SA-24")
            #expect(sheet.status == 200)
            #expect(try Self.object(sheet.body)["id"] as? String == "igla-s")
            let compared = try await HTTPAnswer.fetch(port: port, "GET", "/v1/compare?ids=igla-s,stinger")
            #expect(compared.headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(compared.body.contains("\"stinger\""))
            let chart = try await HTTPAnswer.fetch(port: port, "GET", "/v1/compare?ids=igla-s,stinger", accept: "image/svg+xml")
            #expect(chart.headers["content-type"]?.hasPrefix("image/svg+xml") == true)
            #expect(chart.body.contains("<svg"))
            let listed = try await HTTPAnswer.fetch(port: port, "GET", "/v1/list?where=origin%20%3D%3D%20RU&sort=max_range&limit=3")
            let rows = try #require(try Self.object(listed.body)["systems"] as? [[String: Any]])
            #expect(!rows.isEmpty && rows.count <= 3)
            #expect(rows.allSatisfy { $0["origin"] as? String == "RU" })
            let found = try await HTTPAnswer.fetch(port: port, "GET", "/v1/find?q=Stringer")
            #expect(found.body.contains("\"stinger\""))
        }
    }

    @Test func pageAndOpenAPIAreServed() async throws {
        try await Self.withServer { port in
            let page = try await HTTPAnswer.fetch(port: port, "GET", "/")
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.body.contains("<textarea"))
            for asset in ["/app.js", "/app.css"] {
                #expect(try await HTTPAnswer.fetch(port: port, "GET", asset).status == 200)
            }
            let document = try Self.object(try await HTTPAnswer.fetch(port: port, "GET", "/openapi.json").body)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            #expect(Set(paths.keys) == ["/v1/check", "/v1/systems", "/v1/systems/{id}", "/v1/compare", "/v1/list", "/v1/find"])
        }
    }

    // MARK: Error answers

    @Test func malformedJSON() async throws {
        try await Self.withServer { port in
            for body in [#"{"text": "#, "[1, 2]", #"{"format": "markdown"}"#, #"{"text": 5}"#, #"{"text": "x", "format": "pdf"}"#] {
                let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "application/json", body: body)
                let message = try Self.error(response, 400, code: "malformed_json")
                #expect(message.hasPrefix("the JSON body could not be read"))
            }
        }
    }

    @Test func wrongContentType() async throws {
        try await Self.withServer { port in
            for type in ["application/x-www-form-urlencoded", nil, "text/plain; charset=latin1"] {
                let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: type, body: Self.article)
                let message = try Self.error(response, 415, code: "unsupported_content_type")
                #expect(message.contains("text/markdown"))
            }
        }
    }

    @Test func unknownSystem() async throws {
        try await Self.withServer { port in
            let message = try Self.error(try await HTTPAnswer.fetch(port: port, "GET", "/v1/systems/stingr"), 404, code: "unknown_system")
            #expect(message.contains("stinger"))
            try Self.error(try await HTTPAnswer.fetch(port: port, "GET", "/v1/compare?ids=igla-s,nonesuch"), 404, code: "unknown_system")
        }
    }

    @Test func badWhere() async throws {
        try await Self.withServer { port in
            let response = try await HTTPAnswer.fetch(port: port, "GET", "/v1/list?where=max_range%20%3E%203%20kg")
            let message = try Self.error(response, 400, code: "bad_where")
            #expect(message.contains("^"))
        }
    }

    @Test func badParameters() async throws {
        try await Self.withServer { port in
            for path in ["/v1/compare", "/v1/compare?ids=igla-s", "/v1/find", "/v1/list?limit=0", "/v1/list?kind=tank",
                         "/v1/list?sort=colour", "/v1/systems?units=furlongs"] {
                try Self.error(try await HTTPAnswer.fetch(port: port, "GET", path), 400, code: "bad_parameter")
            }
            for path in ["/v1/check?format=pdf", "/v1/check?language=xx", "/v1/check?explain=maybe", "/v1/check?pretty=2"] {
                try Self.error(try await HTTPAnswer.fetch(port: port, "POST", path, type: "text/plain", body: Self.article), 400, code: "bad_parameter")
            }
        }
    }

    @Test func unreadableArticle() async throws {
        try await Self.withServer { port in
            let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", bytes: [0x00, 0x01, 0xFF, 0xFE, 0x00])
            try Self.error(response, 422, code: "unreadable_article")
            // Dutch has no language pack: the CLI's refusal, with the API's parameter named.
            let dutch = "Het Stinger-systeem is een draagbare luchtdoelraket van Amerikaanse makelij, "
                + "die de Verenigde Staten aan talrijke landen hebben geleverd; het bereik is ongeveer acht kilometer "
                + "en voor het gebruik is slechts één getrainde soldaat nodig."
            let refused = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", body: dutch)
            let message = try Self.error(refused, 422, code: "undetermined_language")
            #expect(message.contains("no language pack") && message.contains("language parameter"))
        }
    }

    @Test func unknownPathAndMethod() async throws {
        try await Self.withServer { port in
            try Self.error(try await HTTPAnswer.fetch(port: port, "GET", "/v2/nothing"), 404, code: "not_found")
            let wrongMethod = try await HTTPAnswer.fetch(port: port, "GET", "/v1/check")
            #expect((400..<500).contains(wrongMethod.status))
            #expect(wrongMethod.headers["content-type"]?.hasPrefix("application/json") == true)
        }
    }

    @Test func checkOverTheTimeLimit() async throws {
        // 100 KB of claims takes far longer than 1 ms to check, in any build.
        let long = String(repeating: Self.article, count: 1_500)
        try await Self.withServer(ServerOptions(port: 0, checkTimeout: 0.001)) { port in
            let response = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", body: long)
            let message = try Self.error(response, 503, code: "check_timeout")
            #expect(message.contains("0.001 s"))
            #expect(response.headers["retry-after"] == "1")
            // The server goes on answering.
            #expect(try await HTTPAnswer.fetch(port: port, "GET", "/v1/systems/igla-s").status == 200)
        }
    }

    @Test func bodyOverTheLimit() async throws {
        try await Self.withServer { port in
            let big = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024)
            let message = try Self.error(
                try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", bytes: big), 413, code: "body_too_large")
            #expect(message.contains("2097152"))
            // Without a Content-Length (chunked), the limit holds while reading.
            let chunked = try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", bytes: big, chunked: true)
            try Self.error(chunked, 413, code: "body_too_large")
            // The server still answers afterwards.
            #expect(try await HTTPAnswer.fetch(port: port, "POST", "/v1/check", type: "text/plain", body: Self.article).status == 200)
        }
    }
}
