import ArsenalKit
import Foundation
import Testing

@testable import ArsenalServer

/// The pool that runs checks: a check whose time is up is answered with a timeout at once
/// and is told to stop, so its thread is freed for checks someone still waits for.
@Suite struct CheckRunnerTests {
    /// What the work saw: whether it was told to stop, and when.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var told: Bool?  // guarded by lock
        func record(_ value: Bool) { lock.withLock { told = value } }
        var value: Bool? { lock.withLock { told } }
    }

    @Test func workPastTheLimitIsAnsweredWithATimeoutAndToldToStop() async throws {
        let runner = CheckRunner(timeout: 0.3)
        let seen = Seen()
        await #expect(throws: APIError.checkTimeout(seconds: 0.3)) {
            try await runner.run { cancellation in
                // Spins until told to stop; without the flag it would give up after 20 s.
                let start = Date()
                while !cancellation.isCancelled, Date().timeIntervalSince(start) < 20 { Thread.sleep(forTimeInterval: 0.005) }
                seen.record(cancellation.isCancelled)
                return 0
            }
        }
        // The timeout answered first; the work then sees the flag within a few sleeps.
        for _ in 0..<1_000 where seen.value == nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(seen.value == true)
    }

    @Test func workWithinTheLimitIsNotToldToStop() async throws {
        let runner = CheckRunner(timeout: 10)
        let told = try await runner.run { cancellation in cancellation.isCancelled }
        #expect(told == false)
    }

    /// About 530 KB of claims: seconds of work in a debug build, so the limit passes mid-check.
    @Test func aCancelledCheckEndsEarlyOnThePool() async throws {
        let service = try ArticleCheckService.bundled()
        let runner = CheckRunner(timeout: 0.3)
        let long = String(repeating: "The Igla-S has a range of 10 km. The Piorun has a range of 8 km.\n", count: 8_000)
        let seen = Seen()
        await #expect(throws: APIError.self) {
            try await runner.run { cancellation in
                do {
                    _ = try service.check(text: long, format: .text, languages: ["en"], cancellation: cancellation)
                    seen.record(false)
                } catch {
                    seen.record(error as? ArticleCheckError == .cancelled)
                }
                return 0
            }
        }
        for _ in 0..<6_000 where seen.value == nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(seen.value == true)
    }
}
