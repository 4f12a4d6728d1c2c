import ArsenalKit
import Foundation
import Hummingbird
import Logging

/// `arsenal serve`: the HTTP API over the same library calls as the CLI, and the web page.
///
/// Routes: `GET /` (the page), `GET /openapi.json`, `POST /v1/check`, `GET /v1/systems`,
/// `GET /v1/systems/{id}`, `GET /v1/compare`, `GET /v1/list`, `GET /v1/find`. Every error
/// is a JSON body with a 4xx (or 500) status; see `Web/openapi.json`.
public enum ArsenalServer {
    /// The router with every route and the JSON error middleware.
    public static func router(service: ArticleCheckService, options: ServerOptions) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        let check = CheckEndpoint(service: service, options: options)
        let catalog = CatalogEndpoints(catalog: service.catalog)
        router.post("/v1/check") { request, context in try await check.handle(request, context: context) }
        router.get("/v1/systems") { request, _ in try catalog.systems(request) }
        router.get("/v1/systems/:id") { request, context in
            try catalog.system(request, id: try context.parameters.require("id"))
        }
        router.get("/v1/compare") { request, _ in try catalog.compare(request) }
        router.get("/v1/list") { request, _ in try catalog.list(request) }
        router.get("/v1/find") { request, _ in try catalog.find(request) }
        router.get("/openapi.json") { _, _ in try WebAssets.response(for: "/openapi.json") }
        router.get("/") { _, _ in try WebAssets.response(for: "/") }
        router.get("/:asset") { request, _ in try WebAssets.response(for: request.uri.path) }
        return router
    }

    /// The application: the router on `options.host:options.port`, HTTP/1.1 with an idle
    /// timeout. `onReady` is called with the bound port once it listens.
    public static func application(
        service: ArticleCheckService, options: ServerOptions, logger: Logger? = nil,
        onReady: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "arsenal.serve")
        if logger == nil { log.logLevel = .notice }
        return Application(
            router: router(service: service, options: options),
            server: .http1(configuration: .init(idleTimeout: .milliseconds(Int64(options.idleTimeout * 1000)))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "arsenal/\(arsenalVersion)"),
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? options.port) },
            logger: log)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections, lets requests in
    /// progress finish, and returns.
    ///
    /// While it serves, the allocator's free pages are handed back every few seconds (see
    /// `MemoryTrim`), so resident memory stays flat under steady load.
    public static func run(service: ArticleCheckService, options: ServerOptions, onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let trimmer = Task.detached { await MemoryTrim.loop(every: .seconds(5)) }
        defer { trimmer.cancel() }
        try await application(service: service, options: options, onReady: onReady).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
