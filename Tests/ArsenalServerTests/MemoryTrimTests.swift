import Foundation
import Testing

@testable import ArsenalServer

/// The background task that hands free allocator pages back while the server runs.
@Suite struct MemoryTrimTests {
    /// On glibc (every Linux build of Arsenal) the trim function is found.
    @Test func findsMallocTrimOnGlibc() {
        #if canImport(Glibc)
        #expect(MemoryTrim.cTrim != nil)
        #endif
    }

    /// It trims again and again while it runs, and stops soon after it is cancelled, so a
    /// server's shutdown never waits on it.
    @Test func trimsUntilCancelledThenStops() async throws {
        guard MemoryTrim.cTrim != nil else {
            #expect(await MemoryTrim.loop(every: .milliseconds(10)) == 0)
            return
        }
        let (counts, continuation) = AsyncStream<Int>.makeStream()
        let trimmer = Task.detached { await MemoryTrim.loop(every: .milliseconds(10)) { continuation.yield($0) } }
        // Waits for the second trim (however busy the machine is), then cancels.
        for await count in counts where count >= 2 { break }
        let cancelledAt = ContinuousClock.now
        trimmer.cancel()
        let trims = await trimmer.value
        #expect(trims >= 2)
        #expect(ContinuousClock.now - cancelledAt < .seconds(5))
    }
}
