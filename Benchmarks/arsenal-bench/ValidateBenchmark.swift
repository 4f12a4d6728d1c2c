import ArsenalKit
import Foundation

/// Generates `files` record files (plus a registry) in a temporary folder, validates the
/// folder `runs` times and prints the median and spread of the time per file.
func runValidateBenchmark(arguments: [String]) {
    func option(_ name: String, _ fallback: Int) -> Int {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
        return value
    }
    let fileCount = option("--files", 1000)
    let runs = option("--runs", 7)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-bench-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        try generateDatabase(at: folder, files: fileCount)
    } catch {
        print("cannot write the generated database: \(error)")
        exit(1)
    }
    var seconds: [Double] = []
    var diagnosticsSeen = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = CatalogLoader.load(paths: [folder.path])
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        diagnosticsSeen = outcome.diagnostics.count
        precondition(outcome.catalog.systems.count == fileCount, "generated records did not all load")
    }
    seconds.sort()
    let median = seconds[seconds.count / 2]
    print("validate: \(fileCount) files, \(runs) runs, \(diagnosticsSeen) diagnostics per run")
    print(String(format: "  median %.1f ms per run, %.1f µs per file (min %.1f ms, max %.1f ms)",
                 median * 1000, median / Double(fileCount) * 1e6, seconds.first! * 1000, seconds.last! * 1000))
}

/// Writes a registry and `files` plausible records, a tenth of them variants of another.
private func generateDatabase(at folder: URL, files: Int) throws {
    let systems = folder.appendingPathComponent("systems")
    try FileManager.default.createDirectory(at: systems, withIntermediateDirectories: true)
    var registry = "schema_version: 1\nsources:\n"
    for index in 0..<20 {
        registry += """
              - id: source-\(index)
                title: Generated source \(index)
                publisher: Benchmark
                url: https://example.org/source/\(index)
                retrieved: 2025-01-01

            """
    }
    try Data(registry.utf8).write(to: folder.appendingPathComponent("sources.yaml"))
    for index in 0..<files {
        let extends = index % 10 == 9 ? "extends: system-\(index - 1)\n" : ""
        let range = 3000 + (index * 37) % 5000
        let record = """
            # yaml-language-server: $schema=../../Schemas/system.schema.json
            schema_version: 1
            id: system-\(index)
            name: Generated System \(index)
            aliases: [GS-\(index), Generated \(index)]
            kind: manpads
            origin: RU
            \(extends)specs:
              max_range:
                - {value: \(range) m, source: source-\(index % 20)}
                - {value: \(Double(range) / 1000 + 0.5) km, source: source-\((index + 1) % 20), note: "a second figure"}
              min_range:
                - {value: 500 m, source: source-\(index % 20)}
              max_altitude:
                - {value: 3500 m, source: source-\(index % 20)}
              max_speed:
                - {value: Mach 2.1, source: source-\((index + 2) % 20)}
              missile_mass:
                - {value: 10.8 kg, source: source-\(index % 20)}
              system_mass:
                - {value: 17.9 kg, source: source-\(index % 20)}
              warhead_mass:
                - {value: 1.17 kg, source: source-\(index % 20)}
              crew:
                - {value: 2, source: source-\(index % 20)}
              man_portable:
                - {value: true, source: source-\(index % 20)}
              guidance:
                - {value: [passive-ir, dual-band-ir], source: source-\(index % 20)}
              targets:
                - {value: [fixed-wing, helicopter, uav], source: source-\(index % 20)}
              service_entry:
                - {value: \(1980 + index % 40), source: source-\(index % 20)}

            """
        try Data(record.utf8).write(to: systems.appendingPathComponent("system-\(index).yaml"))
    }
}
