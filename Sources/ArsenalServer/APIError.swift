import Foundation
import Hummingbird

/// An error answer of the API: an HTTP status and a JSON body
/// `{"error": {"status": 413, "code": "body_too_large", "message": "..."}}`.
public struct APIError: Error, Sendable, Hashable {
    /// The HTTP status (always 4xx or 5xx).
    public var status: HTTPResponse.Status
    /// A stable machine-readable code (`malformed_json`, `unknown_system`, ...).
    public var code: String
    /// One sentence saying what is wrong and what to do.
    public var message: String
    /// Extra headers (`Retry-After` for 429, `Connection: close` after an unread body).
    public var headers: HTTPFields = [:]

    /// Creates an error answer.
    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    /// The JSON body.
    struct Body: Codable {
        struct Detail: Codable {
            var status: Int
            var code: String
            var message: String
        }
        var error: Detail
    }

    /// The error as an HTTP response.
    public var response: Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let body = Body(error: .init(status: status.code, code: code, message: message))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data()
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data + Data("\n".utf8))))
    }

    // MARK: The error answers, one per case

    static func bodyTooLarge(limit: Int) -> APIError {
        APIError(.contentTooLarge, code: "body_too_large",
                 message: "the request body is larger than the limit of \(limit) bytes; send a shorter article",
                 headers: [.connection: "close"])
    }

    static func requestTimeout(seconds: Double) -> APIError {
        APIError(.requestTimeout, code: "request_timeout",
                 message: "the request body did not arrive within \(formatSeconds(seconds)); send it in one go",
                 headers: [.connection: "close"])
    }

    static func checkTimeout(seconds: Double) -> APIError {
        APIError(.serviceUnavailable, code: "check_timeout",
                 message: "the check did not finish within \(formatSeconds(seconds)) (the server is busy, or the article is very long); retry later or send a shorter article",
                 headers: [.retryAfter: "1"])
    }

    static func shuttingDown() -> APIError {
        APIError(.serviceUnavailable, code: "shutting_down", message: "the server is shutting down; retry in a moment",
                 headers: [.retryAfter: "1"])
    }

    static func tooManyChecks(limit: Int) -> APIError {
        APIError(.tooManyRequests, code: "too_many_checks",
                 message: "the server is already checking \(limit) articles; retry in a moment",
                 headers: [.retryAfter: "1"])
    }

    static func unsupportedContentType(_ type: String?) -> APIError {
        APIError(.unsupportedMediaType, code: "unsupported_content_type",
                 message: "\(type.map { "content type '\($0)' is not accepted" } ?? "the request has no Content-Type"); send text/plain, text/markdown, text/html or application/json (UTF-8)")
    }

    static func malformedJSON(_ detail: String) -> APIError {
        APIError(.badRequest, code: "malformed_json", message: "the JSON body could not be read: \(detail)")
    }

    static func badParameter(_ name: String, _ detail: String) -> APIError {
        APIError(.badRequest, code: "bad_parameter", message: "\(name): \(detail)")
    }

    static func unreadableArticle(_ detail: String) -> APIError {
        APIError(.unprocessableContent, code: "unreadable_article", message: detail)
    }

    /// The checker's message names the CLI's `--language`; the API's equivalent is the
    /// `language` parameter.
    static func undeterminedLanguage(_ detail: String) -> APIError {
        APIError(.unprocessableContent, code: "undetermined_language",
                 message: detail.replacingOccurrences(of: "pass --language", with: "pass the language parameter"))
    }

    static func unknownSystem(_ name: String, suggestions: [String]) -> APIError {
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
        return APIError(.notFound, code: "unknown_system", message: "no system is called '\(name)'\(hint)")
    }

    static func badQuery(_ error: QueryErrorDescription) -> APIError {
        APIError(.badRequest, code: "bad_where",
                 message: "invalid where expression at column \(error.column): \(error.message)\n\(error.caret)")
    }

    static func notFound(_ path: String) -> APIError {
        APIError(.notFound, code: "not_found", message: "nothing at '\(path)'; see /openapi.json for the API")
    }

    static func methodNotAllowed(_ method: String, _ path: String) -> APIError {
        APIError(.methodNotAllowed, code: "method_not_allowed", message: "\(method) is not allowed on '\(path)'; see /openapi.json")
    }

    static func internalError() -> APIError {
        APIError(.internalServerError, code: "internal_error", message: "the server failed to answer this request")
    }

    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}

/// What a bad `where` expression's error needs to be shown.
struct QueryErrorDescription {
    var message: String
    var column: Int
    var caret: String
}

/// Turns every error into a JSON error answer: `APIError` as it is, Hummingbird's own
/// errors (no route, body too large) by their status, anything else as 500. Nothing a
/// client sends can end the server.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch let error as any HTTPResponseError {
            switch error.status {
            case .notFound: return APIError.notFound(request.uri.path).response
            case .contentTooLarge: return APIError(.contentTooLarge, code: "body_too_large", message: "the request body is too large").response
            case .methodNotAllowed: return APIError.methodNotAllowed(request.method.rawValue, request.uri.path).response
            default:
                return APIError(error.status, code: "http_\(error.status.code)", message: error.status.reasonPhrase).response
            }
        } catch {
            context.logger.error("unhandled error: \(error)")
            return APIError.internalError().response
        }
    }
}
