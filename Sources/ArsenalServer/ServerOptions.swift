import Foundation

/// How `arsenal serve` listens and the limits it enforces.
public struct ServerOptions: Sendable, Hashable {
    /// The address to listen on (`127.0.0.1` by default: only this machine).
    public var host: String
    /// The port (0 picks a free one).
    public var port: Int
    /// The largest request body accepted, in bytes (2 MiB); larger ones get 413.
    public var maxBodySize: Int
    /// How long a client may take to send a request body, in seconds; slower ones get 408.
    public var requestTimeout: Double
    /// How long a check may take once its body has arrived, in seconds (waiting for a free
    /// core included); longer ones get 503.
    public var checkTimeout: Double
    /// How many `POST /v1/check` requests may be in progress at once (reading their body or
    /// being checked); more get 429.
    public var maxConcurrentChecks: Int
    /// An idle keep-alive connection is closed after this many seconds.
    public var idleTimeout: Double

    /// Creates options; the defaults are those of `arsenal serve`.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodySize: Int = 2 * 1024 * 1024, requestTimeout: Double = 10,
        maxConcurrentChecks: Int = 64, idleTimeout: Double = 60, checkTimeout: Double = 10
    ) {
        self.host = host
        self.port = port
        self.maxBodySize = maxBodySize
        self.requestTimeout = requestTimeout
        self.maxConcurrentChecks = maxConcurrentChecks
        self.idleTimeout = idleTimeout
        self.checkTimeout = checkTimeout
    }
}

/// A counter of requests in progress with a ceiling: `enter` fails instead of waiting, so a
/// flood of checks gets quick 429 answers rather than a growing queue.
final class ConcurrencyLimit: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var active = 0  // guarded by lock

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a place, or returns false when all are taken.
    func enter() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard active < limit else { return false }
        active += 1
        return true
    }

    /// Gives a place back.
    func leave() {
        lock.lock()
        active -= 1
        lock.unlock()
    }
}
