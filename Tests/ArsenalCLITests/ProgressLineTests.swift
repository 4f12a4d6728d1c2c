import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The progress line of `check` and `validate`, seen through a pseudo-terminal: drawn on
/// standard error when it is a terminal, redrawn in place, erased at the end; never drawn
/// into a pipe or with `--quiet`, and never mixed into standard output.
@Suite("progress line") struct ProgressLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        /// Everything written to the terminal that stood for standard error.
        var terminal: String
    }

    /// Runs arsenal in `directory` with standard error on a pseudo-terminal 100 columns
    /// wide (or on a pipe when `terminal` is false) and standard output on a pipe.
    /// `ARSENAL_PROGRESS_INTERVAL_MS=0` draws every update, so the test does not depend on
    /// how fast the machine is.
    func run(_ arguments: [String], in directory: URL, terminal: Bool = true) throws -> Run {
        let process = Process()
        process.executableURL = ArsenalBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["ARSENAL_PROGRESS_INTERVAL_MS"] = "0"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "ARSENAL_NO_PROGRESS")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice

        var master: Int32 = -1
        let errPipe: Pipe? = terminal ? nil : Pipe()
        if let errPipe {
            process.standardError = errPipe
        } else {
            master = open("/dev/ptmx", O_RDWR | O_NOCTTY)  // posix_openpt, which Glibc does not export
            #expect(master >= 0, "cannot open /dev/ptmx")
            let name = try Self.unlockedSlaveName(master)
            let slave = open(name, O_RDWR | O_NOCTTY)
            #expect(slave >= 0, "cannot open \(name)")
            var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
            // Raw mode: no newline translation, so the bytes read are the bytes written.
            var attributes = termios()
            tcgetattr(slave, &attributes)
            cfmakeraw(&attributes)
            tcsetattr(slave, TCSANOW, &attributes)
            process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        }
        try process.run()
        // The child holds its own copy of the terminal; close ours so reading ends with it.
        process.standardError = nil

        let group = DispatchGroup()
        nonisolated(unsafe) var terminalBytes: [UInt8] = []
        group.enter()
        DispatchQueue.global().async { [master] in
            defer { group.leave() }
            if let errPipe {
                terminalBytes = [UInt8](errPipe.fileHandleForReading.readDataToEndOfFile())
                return
            }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }  // EIO once the child has exited
                terminalBytes += buffer[0..<count]
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        if master >= 0 { close(master) }
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            terminal: String(decoding: terminalBytes, as: UTF8.self))
    }

    struct TerminalError: Error, CustomStringConvertible {
        var description: String
    }

    /// `grantpt`, `unlockpt` and `ptsname_r` are not visible through Swift's Glibc module
    /// (they need `_XOPEN_SOURCE`), so they are looked up in the C library at run time.
    static func unlockedSlaveName(_ master: Int32) throws -> String {
        typealias IntCall = @convention(c) (Int32) -> Int32
        typealias NameCall = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
        guard let library = dlopen(nil, RTLD_NOW),
              let grant = dlsym(library, "grantpt"), let unlock = dlsym(library, "unlockpt"),
              let name = dlsym(library, "ptsname_r")
        else { throw TerminalError(description: "the C library has no grantpt/unlockpt/ptsname_r") }
        guard unsafeBitCast(grant, to: IntCall.self)(master) == 0, unsafeBitCast(unlock, to: IntCall.self)(master) == 0 else {
            throw TerminalError(description: "cannot unlock the pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var buffer = [CChar](repeating: 0, count: 128)
        guard unsafeBitCast(name, to: NameCall.self)(master, &buffer, buffer.count) == 0 else {
            throw TerminalError(description: "ptsname_r failed")
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A folder with a JSONL archive of `records` short stories, every third one with a
    /// wrong Igla-S range, and a `stories/` folder of five articles.
    func workspace(records: Int = 40) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("stories"), withIntermediateDirectories: true)
        var archive = ""
        for index in 1...records {
            let text = index % 3 == 0
                ? "Story \(index). The Igla-S has a range of 10 km, officials said."
                : "Story \(index). The council met on Tuesday to discuss the budget."
            archive += "{\"id\": \"s\(index)\", \"text\": \"\(text)\"}\n"
        }
        try archive.write(to: directory.appendingPathComponent("archive.jsonl"), atomically: true, encoding: .utf8)
        for index in 1...5 {
            try "The Stinger weighs 15.2 kg. Story \(index).".write(
                to: directory.appendingPathComponent("stories/story-\(index).txt"), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func archiveProgressIsDrawnInPlaceAndErased() throws {
        let directory = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try run(["check", "archive.jsonl", "--jsonl", "--format", "jsonl"], in: directory)
        #expect(result.status == 1)
        // Frames: carriage return, the text, erase to the end of the line.
        let frames = result.terminal.components(separatedBy: "\r").filter { $0.hasPrefix("checking ") }
        #expect(frames.count >= 10, "a frame per record with the interval at zero")
        let last = try #require(frames.last)
        #expect(last.contains(" of "), "a file's size is a known total: \(last)")
        #expect(last.contains(" KB, 40 records"), "a small archive counts in kilobytes: \(last)")
        #expect(last.contains("B/s"), "a rate: \(last)")
        #expect(last.contains("13 findings"))
        #expect(frames.allSatisfy { $0.hasSuffix("\u{1B}[K") })
        #expect(frames.allSatisfy { $0.count < 100 }, "a frame fits the terminal's width")
        // Erased before the summary, which starts a clean line.
        let summary = try #require(result.terminal.range(of: "claims in 40"))
        let erase = try #require(result.terminal.range(of: "\r\u{1B}[K", options: .backwards, range: result.terminal.startIndex..<summary.lowerBound))
        #expect(!result.terminal[erase.upperBound..<summary.lowerBound].contains("checking"))
        // Standard output holds the findings and nothing of the progress line.
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 13)
        #expect(!result.stdout.contains("\r") && !result.stdout.contains("\u{1B}"))
    }

    @Test func folderProgressCountsArticles() throws {
        let directory = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try run(["check", "stories", "--format", "json"], in: directory)
        let frames = result.terminal.components(separatedBy: "\r").filter { $0.hasPrefix("checking ") }
        #expect(frames.contains { $0.hasPrefix("checking 5 of 5 articles") }, "\(frames)")
        #expect(frames.contains { $0.hasPrefix("checking 1 of 5 articles") })
        #expect(frames.contains { $0.contains(" left") })
        #expect(result.terminal.hasSuffix("\r\u{1B}[K"), "the line is gone at the end")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
    }

    @Test func validateShowsProgressOverADatabase() throws {
        let result = try run(["validate", "Data"], in: ArsenalBinary.packageRoot)
        #expect(result.status == 0)
        let frames = result.terminal.components(separatedBy: "\r").filter { $0.hasPrefix("validating ") }
        #expect(frames.contains { $0.contains(" files") && $0.contains("problems") }, "\(frames.prefix(3))")
        #expect(!result.stdout.contains("\u{1B}[K"))
    }

    @Test func nothingIsDrawnIntoAPipeOrWhenQuiet() throws {
        let directory = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let piped = try run(["check", "archive.jsonl", "--jsonl", "--format", "jsonl"], in: directory, terminal: false)
        #expect(piped.status == 1)
        #expect(!piped.terminal.contains("\r") && !piped.terminal.contains("\u{1B}["))
        #expect(piped.terminal.contains("13 claims in 40"), "the summary is still there")
        let quiet = try run(["check", "archive.jsonl", "--jsonl", "--format", "jsonl", "--quiet"], in: directory)
        #expect(!quiet.terminal.contains("checking "))
        #expect(!quiet.terminal.contains("\u{1B}[K"))
    }
}
