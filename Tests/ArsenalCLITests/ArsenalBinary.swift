import Foundation

/// Runs the built `arsenal` executable, which SwiftPM places beside the test bundle.
enum ArsenalBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable next to the running test bundle.
    static let url: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // Some runners start from inside the .xctest bundle.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS" || directory.lastPathComponent == "Contents" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("arsenal")
    }()

    /// The package root, for paths to Data/ and fixtures.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The compiled-cache folder of the test runs: one shared folder, which the cache keeps
    /// to a bounded number of entries (concurrent runs are safe: entries are renamed into place).
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-test-cache")

    /// Runs arsenal with `arguments`, optional stdin, in `directory` (the package root by default).
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "ARSENAL_DATA")
        // The compiled cache of the runs goes to a folder of the test run's own, not the
        // user's home (each temporary --data folder is an entry of its own).
        env["ARSENAL_CACHE_DIR"] = cacheFolder.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
