import Foundation
import Testing

/// The command line's use of the compiled cache: the first run writes it, later runs read
/// it and print the same, a damaged cache changes nothing, and `off` writes nothing.
@Suite struct CompiledCacheCommandTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-cli-cache-\(UUID().uuidString)")
    }

    static func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".bin") }.sorted()
    }

    @Test func checkWritesThenReadsTheCacheWithTheSameOutput() throws {
        let cache = Self.folder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let arguments = ["check", "Examples/venezuela-igla-s.md", "Examples/venezuela-igla-s.es.md", "--all", "--format", "json"]
        let uncached = try ArsenalBinary.run(arguments, environment: ["ARSENAL_CACHE_DIR": "off"])
        let first = try ArsenalBinary.run(arguments, environment: ["ARSENAL_CACHE_DIR": cache.path])
        let written = Self.entries(cache)
        // The database, the list of outside systems and the packs the articles were read with.
        #expect(written.contains { $0.hasPrefix("catalog-bundled-") })
        #expect(written.contains { $0.hasPrefix("outside-systems-") })
        #expect(written.contains { $0.hasPrefix("lexicon-en-") })
        let second = try ArsenalBinary.run(arguments, environment: ["ARSENAL_CACHE_DIR": cache.path])
        #expect(first.status == uncached.status && second.status == uncached.status)
        #expect(first.stdout == uncached.stdout)
        #expect(second.stdout == uncached.stdout)
        #expect(second.stderr == uncached.stderr)
        // Every entry damaged: ignored, the output is unchanged, the entries are rewritten.
        for name in written {
            try Data("damaged".utf8).write(to: cache.appendingPathComponent(name))
        }
        let damaged = try ArsenalBinary.run(arguments, environment: ["ARSENAL_CACHE_DIR": cache.path])
        #expect(damaged.stdout == uncached.stdout)
        #expect(Self.entries(cache) == written)
        let sizes = try written.map { try FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent($0).path)[.size] as? Int ?? 0 }
        #expect(sizes.allSatisfy { $0 > 100 })
    }

    @Test func offWritesNothing() throws {
        let home = Self.folder()
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try ArsenalBinary.run(
            ["show", "igla-s"], environment: ["ARSENAL_CACHE_DIR": "off", "HOME": home.path, "XDG_CACHE_HOME": home.path])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }

    @Test func unwritableCacheFolderIsSkipped() throws {
        // A folder beneath a regular file can never be created, even by root.
        let blocker = Self.folder()
        try Data("file".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let run = try ArsenalBinary.run(["show", "igla-s"], environment: ["ARSENAL_CACHE_DIR": blocker.path + "/cache"])
        let plain = try ArsenalBinary.run(["show", "igla-s"], environment: ["ARSENAL_CACHE_DIR": "off"])
        #expect(run.status == 0)
        #expect(run.stdout == plain.stdout)
        #expect(run.stderr.isEmpty)
    }
}
