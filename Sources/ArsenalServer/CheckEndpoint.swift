import ArsenalKit
import Foundation
import Hummingbird

/// `POST /v1/check`: an article as text/plain, text/markdown, text/html or a JSON object
/// `{"text", "format", "language"}`; answers `arsenal check --format json`'s document (or
/// ClaimReview JSON-LD with `?format=claimreview`, Markdown with `?format=markdown`).
/// The JSON answer is compact (one line); `?pretty=true` gives the CLI's indented bytes.
struct CheckEndpoint: Sendable {
    let service: ArticleCheckService
    let options: ServerOptions
    let limit: ConcurrencyLimit
    let runner: CheckRunner

    init(service: ArticleCheckService, options: ServerOptions) {
        self.service = service
        self.options = options
        limit = ConcurrencyLimit(limit: options.maxConcurrentChecks)
        runner = CheckRunner(timeout: options.checkTimeout)
    }

    /// The JSON form of a request.
    struct JSONRequest: Decodable {
        var text: String
        var format: String?
        var language: LanguageList?
    }

    /// `"en,es"` or `["en", "es"]`.
    struct LanguageList: Decodable {
        var codes: [String]
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                codes = list
            } else {
                codes = try container.decode(String.self).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
    }

    /// The output formats of the endpoint.
    enum OutputFormat: String, CaseIterable {
        case json, claimreview, markdown
    }

    /// What a request asks for besides its article: read from the query string.
    struct Query: Sendable {
        var output: OutputFormat = .json
        var explain = false
        var pretty = false
        var all = false
        var languages: [String]?
        var url: String?
    }

    func handle(_ request: Request, context: some RequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        var query = Query()
        if let name = parameters["format"] {
            guard let chosen = OutputFormat(rawValue: String(name)) else {
                throw APIError.badParameter("format", "unknown output format '\(name)'; use \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.output = chosen
        }
        query.explain = try Self.flag(parameters["explain"], name: "explain")
        query.pretty = try Self.flag(parameters["pretty"], name: "pretty")
        query.all = try Self.flag(parameters["all"], name: "all")
        query.languages = try parameters["language"].map { try Self.languages(String($0)) }
        query.url = parameters["url"].map(String.init)
        let inputFormat: DocumentFormat?
        let contentType = request.headers[.contentType]
        switch try Self.mediaType(contentType) {
        case "text/plain": inputFormat = .text
        case "text/markdown", "text/x-markdown": inputFormat = .markdown
        case "text/html": inputFormat = .html
        case "application/json": inputFormat = nil
        default: throw APIError.unsupportedContentType(contentType)
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > options.maxBodySize {
            throw APIError.bodyTooLarge(limit: options.maxBodySize)
        }
        guard limit.enter() else { throw APIError.tooManyChecks(limit: limit.limit) }
        defer { limit.leave() }
        let bytes = try await collectBody(request.body)
        let (service, asked) = (service, query)
        let (body, type) = try await runner.run { cancellation in
            try Self.answer(bytes, format: inputFormat, query: asked, service: service, cancellation: cancellation)
        }
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: body))
    }

    /// Checks the article and writes the answer: runs on the check pool (see `CheckRunner`),
    /// and stops early once `cancellation` is set (the runner has answered with a timeout).
    static func answer(
        _ bytes: [UInt8], format inputFormat: DocumentFormat?, query: Query, service: ArticleCheckService,
        cancellation: CheckCancellation? = nil
    ) throws -> (ByteBuffer, String) {
        let findings: [Finding]
        do {
            if let inputFormat {
                findings = try service.check(
                    bytes: bytes, format: inputFormat, languages: query.languages, path: "article", explain: query.explain,
                    cancellation: cancellation)
            } else {
                let body: JSONRequest
                do {
                    body = try JSONDecoder().decode(JSONRequest.self, from: Data(bytes))
                } catch let error as DecodingError {
                    throw APIError.malformedJSON(Self.describe(error))
                }
                let format: DocumentFormat
                if let name = body.format {
                    guard let known = DocumentFormat(rawValue: name) else {
                        throw APIError.malformedJSON("format: unknown article format '\(name)'; use text, markdown or html")
                    }
                    format = known
                } else {
                    format = .text
                }
                let languages = try body.language.map { try Self.languages($0.codes.joined(separator: ",")) } ?? query.languages
                findings = try service.check(
                    text: body.text, format: format, languages: languages, path: "article", explain: query.explain,
                    cancellation: cancellation)
            }
        } catch let error as ArticleCheckError {
            switch error {
            case .unknownLanguage, .lexicon: throw APIError.badParameter("language", error.description)
            case .unreadable(let message): throw APIError.unreadableArticle(message)
            case .undeterminedLanguage(let message): throw APIError.undeterminedLanguage(message)
            // The runner has answered with its timeout already; this is not sent.
            case .cancelled: throw CancellationError()
            }
        }
        switch query.output {
        case .json:
            let json = FindingJSONReporter.bytes(findings, checkedFiles: 1, explain: query.explain, layout: query.pretty ? .pretty : .compact)
            return (ByteBuffer(bytes: json), "application/json; charset=utf-8")
        case .claimreview:
            return (ByteBuffer(string: FindingClaimReviewReporter.report(findings, catalog: service.catalog, articleURL: query.url)),
                    "application/ld+json; charset=utf-8")
        case .markdown:
            return (ByteBuffer(string: FindingMarkdownReporter.report(findings, files: 1, showAll: query.all)),
                    "text/markdown; charset=utf-8")
        }
    }

    /// Reads the whole body, failing with 413 past the size limit and 408 past the deadline.
    /// Each request reads on its own task, so a slow sender holds up nobody else.
    func collectBody(_ body: RequestBody) async throws -> [UInt8] {
        let maxSize = options.maxBodySize
        let timeout = options.requestTimeout
        return try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                var bytes: [UInt8] = []
                for try await buffer in body {
                    guard bytes.count + buffer.readableBytes <= maxSize else { throw APIError.bodyTooLarge(limit: maxSize) }
                    bytes.append(contentsOf: buffer.readableBytesView)
                }
                return bytes
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(Int(timeout * 1000)))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let bytes = first else {
                throw APIError.requestTimeout(seconds: timeout)
            }
            return bytes
        }
    }

    /// The media type of a Content-Type header, lowercased; only UTF-8 (or no charset) passes.
    static func mediaType(_ header: String?) throws -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if charset != "utf-8" && charset != "utf8" && charset != "us-ascii" {
                throw APIError.unsupportedContentType(header)
            }
        }
        return parts.first
    }

    /// `language=en,es`, checked against the bundled languages.
    static func languages(_ list: String) throws -> [String] {
        let codes = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !codes.isEmpty else { throw APIError.badParameter("language", "give at least one language code") }
        return codes
    }

    /// `true`/`false`/`1`/`0`, absent is false.
    static func flag(_ value: Substring?, name: String) throws -> Bool {
        switch value.map({ $0.lowercased() }) {
        case nil, "false", "0": return false
        case "", "true", "1": return true
        default: throw APIError.badParameter(name, "'\(value ?? "")' is not true or false")
        }
    }

    /// A readable sentence for a JSON decoding failure.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "the body" : names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, _):
            return "'\(key.stringValue)' is missing; send {\"text\": \"...\", \"format\": \"markdown\", \"language\": \"en\"}"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "the body must be a JSON object such as {\"text\": \"...\"}"
        case .typeMismatch(let type, let context):
            return "\(path(context)) must be \(type == String.self ? "a string" : "\(type)")"
        case .valueNotFound(_, let context):
            return "\(path(context)) must not be null"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return context.codingPath.isEmpty
                ? "not valid JSON\(underlying.map { " (\($0))" } ?? "")"
                : "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
