import ArgumentParser
import ArsenalKit
import ArsenalServer
import Foundation

/// `arsenal serve`: the HTTP API and the web page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the fact-checker over HTTP: a web page to check an article, and a JSON API.",
        discussion: """
            Open http://127.0.0.1:8080/ to paste an article and see every claim highlighted \
            by verdict. The API (described at /openapi.json):
              POST /v1/check            text/plain, text/markdown, text/html or \
            {"text", "format", "language"}; ?format=claimreview|markdown, ?explain=true, \
            ?pretty=true (indented JSON, as check --format json prints)
              GET  /v1/systems          GET /v1/systems/{id}
              GET  /v1/compare?ids=igla-s,stinger   (Accept: image/svg+xml for the chart)
              GET  /v1/list?where=...   GET /v1/find?q=...
            Limits: request bodies up to --max-body bytes (413 beyond), a body must arrive \
            within --request-timeout seconds (408), a check must finish within --check-timeout \
            seconds (503), at most --max-checks checks at once (429). \
            Errors are JSON: {"error": {"status", "code", "message"}}. SIGTERM or Ctrl-C stops \
            accepting connections and lets requests in progress finish.

            Examples:
              arsenal serve
              arsenal serve --host 0.0.0.0 --port 9000
              curl -s --data-binary @story.md -H 'Content-Type: text/markdown' http://127.0.0.1:8080/v1/check
            """)

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free port).")
    var port: Int = 8080

    @Option(name: .customLong("max-body"), help: ArgumentHelp("The largest request body accepted, in bytes.", valueName: "bytes"))
    var maxBody: Int = 2 * 1024 * 1024

    @Option(name: .customLong("request-timeout"), help: ArgumentHelp("Seconds a client may take to send a request body.", valueName: "seconds"))
    var requestTimeout: Double = 10

    @Option(name: .customLong("check-timeout"), help: ArgumentHelp(
        "Seconds a check may take once its body has arrived (waiting for a free core included); longer ones get 503 and stop.",
        valueName: "seconds"))
    var checkTimeout: Double = 10

    @Option(name: .customLong("max-checks"), help: ArgumentHelp("Checks in progress at once; more are answered 429.", valueName: "n"))
    var maxChecks: Int = 64

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxBody >= 1 else { throw ValidationError("--max-body must be at least 1") }
        guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be more than 0") }
        guard checkTimeout > 0 else { throw ValidationError("--check-timeout must be more than 0") }
        guard maxChecks >= 1 else { throw ValidationError("--max-checks must be at least 1") }
    }

    func run() throws {
        let catalog = try data.loadCatalog()
        let lexicons: [Lexicon]
        do {
            lexicons = try Lexicon.allBundled()
        } catch {
            throw ToolError.message(error.description)
        }
        let service = ArticleCheckService(catalog: catalog, lexicons: lexicons)
        // Build the phrase tables before listening, not on the first request.
        _ = try? service.checker(for: nil)
        let options = ServerOptions(
            host: host, port: port, maxBodySize: maxBody, requestTimeout: requestTimeout, maxConcurrentChecks: maxChecks,
            checkTimeout: checkTimeout)
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        let host = self.host
        Task {
            do {
                try await ArsenalServer.run(service: service, options: options) { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    FileHandle.standardOutput.write(Data("arsenal serve: listening on http://\(shown):\(port)/ (Ctrl-C to stop)\n".utf8))
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw ToolError.message("cannot serve on \(host):\(port): \(error)")
        }
    }
}

/// The server task's error, read after the semaphore says it has ended.
private final class ServeOutcome: @unchecked Sendable {
    var error: (any Error)?
}
