import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `arsenal serve` as a process: the limits seen from real sockets (a slow client, too many
/// checks at once), and SIGTERM while requests are in flight.
@Suite("arsenal serve", .serialized) struct ServeCommandTests {
    /// A running `arsenal serve --port 0`, stopped at the end of the test.
    final class Server {
        /// The built `arsenal`, which SwiftPM places beside the test bundle.
        static let binary: URL = {
            var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            while directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
            return directory.appendingPathComponent("arsenal")
        }()

        let process = Process()
        let port: Int

        init(_ arguments: [String] = []) throws {
            process.executableURL = Self.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "ARSENAL_DATA")
            process.environment = environment
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line says where it listens: "... listening on http://127.0.0.1:PORT/ ...".
            var line = Data()
            while !line.contains(0x0A) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
                  let port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast()) else {
                process.terminate()
                throw POSIXError(.EADDRNOTAVAIL)
            }
            self.port = port
        }

        func stop() -> Int32 {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    static let article = "The Igla-S has a range of 10 km. The Piorun has a range of 8 km.\n"

    @Test func answersAndStopsCleanly() throws {
        let server = try Server()
        let answer = try HTTPAnswer.request(port: server.port, "POST", "/v1/check", type: "text/plain", body: Self.article)
        #expect(answer.status == 200)
        #expect(answer.body.contains("\"conflict\":1"))
        #expect(server.stop() == 0)
    }

    @Test func slowClientsDoNotBlockOthers() throws {
        let server = try Server(["--request-timeout", "5"])
        defer { _ = server.stop() }
        // Several clients trickle their bodies; meanwhile whole requests are answered at once.
        let head = "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n\r\n"
        let slow = try (0..<4).map { _ in try RawClient(port: server.port) }
        for connection in slow { try connection.send(head + "The Igla-S ") }
        let clock = ContinuousClock()
        for _ in 0..<10 {
            let started = clock.now
            let answer = try HTTPAnswer.request(port: server.port, "POST", "/v1/check", type: "text/plain", body: Self.article)
            #expect(answer.status == 200)
            // Far below the slow clients' 5 s deadline: nobody waited for them.
            #expect(clock.now - started < .seconds(2))
        }
        // The slow clients finish their bodies and get their answers.
        for connection in slow {
            try connection.send(String(repeating: " ", count: 200 - "The Igla-S ".utf8.count))
            let answer = try HTTPAnswer.parse(connection.readResponse())
            #expect(answer.status == 200)
        }
    }

    @Test func tooManyChecksAndRequestTimeout() throws {
        let server = try Server(["--max-checks", "1", "--request-timeout", "2"])
        defer { _ = server.stop() }
        // One place, taken by a request whose body stops half-way; the next gets 429.
        let slow = try RawClient(port: server.port)
        try slow.send("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nThe Igla")
        Thread.sleep(forTimeInterval: 0.3)
        let refused = try HTTPAnswer.request(port: server.port, "POST", "/v1/check", type: "text/plain", body: Self.article)
        #expect(refused.status == 429)
        #expect(refused.body.contains("\"code\":\"too_many_checks\""))
        // The slow request times out with 408 and gives its place back.
        let timedOut = try HTTPAnswer.parse(slow.readResponse())
        #expect(timedOut.status == 408)
        #expect(timedOut.body.contains("\"code\":\"request_timeout\""))
        let after = try HTTPAnswer.request(port: server.port, "POST", "/v1/check", type: "text/plain", body: Self.article)
        #expect(after.status == 200)
    }

    @Test func sigtermLetsRequestsInFlightFinish() throws {
        let server = try Server(["--request-timeout", "10"])
        // Requests in flight: each has sent its headers and half its body.
        let body = Array(repeating: Self.article, count: 20).joined()
        let half = body.utf8.count / 2
        let head = "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
        let inFlight = try (0..<8).map { _ in try RawClient(port: server.port) }
        for connection in inFlight { try connection.send(head + String(decoding: Array(body.utf8)[..<half], as: UTF8.self)) }
        // And load: whole requests from other threads while the signal arrives.
        let port = server.port
        let loaded = LoadCounter()
        let group = DispatchGroup()
        for _ in 0..<4 {
            DispatchQueue.global().async(group: group) {
                for _ in 0..<25 {
                    if let answer = try? HTTPAnswer.request(port: port, "POST", "/v1/check", type: "text/plain", body: Self.article) {
                        loaded.add(answer.status)
                    }
                }
            }
        }
        Thread.sleep(forTimeInterval: 0.2)
        kill(server.process.processIdentifier, SIGTERM)
        Thread.sleep(forTimeInterval: 0.3)
        // The in-flight requests complete after the signal and are answered in full.
        for connection in inFlight {
            try connection.send(String(decoding: Array(body.utf8)[half...], as: UTF8.self))
            let answer = try HTTPAnswer.parse(connection.readResponse())
            #expect(answer.status == 200)
            #expect(answer.body.contains("\"conflict\":20"))
        }
        group.wait()
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        // Every request that got an answer got a whole, successful one.
        #expect(loaded.statuses.allSatisfy { $0 == 200 })
        #expect(!loaded.statuses.isEmpty)
        // After shutdown nothing listens.
        #expect(throws: (any Error).self) { try RawClient(port: port) }
    }
}

/// Statuses collected from several threads.
final class LoadCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Int] = []

    func add(_ status: Int) {
        lock.lock()
        collected.append(status)
        lock.unlock()
    }

    var statuses: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
