import ArsenalKit
import Foundation
import NIOCore
import NIOPosix

/// Runs checks on NIO's blocking-work thread pool (one thread a core) under a time limit.
///
/// The threads that read requests and write answers never wait behind a check, so a long
/// check cannot hold up other connections. When the limit passes first, the caller gets
/// `APIError.checkTimeout` (503) at once; a check still waiting for a thread at that point
/// is dropped without running, and one already running is told to stop through its
/// `CheckCancellation` (it stops at its next sentence), so an overloaded server does not
/// spend its cores on answers nobody waits for.
struct CheckRunner: Sendable {
    /// Seconds a check may take, from the moment it is handed over (including the wait for a thread).
    let timeout: Double
    private let pool: NIOThreadPool
    private let timers: any EventLoopGroup

    init(timeout: Double, pool: NIOThreadPool = .singleton, timers: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.timeout = timeout
        self.pool = pool
        self.timers = timers
    }

    /// `work`'s result, or `APIError.checkTimeout` when it does not finish in time. `work`
    /// gets the flag that is set when the time is up, and should stop when it sees it.
    func run<T: Sendable>(_ work: @escaping @Sendable (CheckCancellation) throws -> T) async throws -> T {
        let timeout = timeout
        let outcome = Outcome<T>()
        let cancellation = CheckCancellation()
        return try await withCheckedThrowingContinuation { continuation in
            outcome.start(continuation)
            let timer = timers.any().scheduleTask(in: .nanoseconds(Int64(timeout * 1_000_000_000))) {
                outcome.finish(.failure(APIError.checkTimeout(seconds: timeout)))
                cancellation.cancel()
            }
            pool.submit { state in
                guard case .active = state else {
                    timer.cancel()
                    outcome.finish(.failure(APIError.shuttingDown()))
                    return
                }
                // Past the deadline already (it waited behind other checks): skip the work.
                guard outcome.isPending else { return }
                let result = Result { try work(cancellation) }
                timer.cancel()
                outcome.finish(result)
            }
        }
    }
}

/// The one answer a check gets: its result or the timeout, whichever comes first.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?  // guarded by lock

    func start(_ continuation: CheckedContinuation<T, any Error>) {
        lock.lock()
        self.continuation = continuation
        lock.unlock()
    }

    /// Whether nothing has answered yet.
    var isPending: Bool {
        lock.lock()
        defer { lock.unlock() }
        return continuation != nil
    }

    /// Answers, unless something already has.
    func finish(_ result: Result<T, any Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }
}
