import Foundation

/// A flag that stops a check under way: a server sets it when a request's time is up, so
/// the check stops at its next sentence instead of running on for an answer nobody waits
/// for. Setting it from any thread is safe; a check reads it once a sentence.
public final class CheckCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false  // guarded by lock

    /// A flag not yet set.
    public init() {}

    /// Asks the check to stop; the check throws `ArticleCheckError.cancelled`.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
