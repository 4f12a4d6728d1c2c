import Foundation

/// A database loaded for use (checking, querying) rather than for a validation report.
public struct CatalogLoad: Sendable {
    /// The catalog built from every usable record.
    public var catalog: Catalog
    /// How many error diagnostics loading found (0 when the catalog came from the cache,
    /// which only holds databases that validated with no error).
    public var errorCount: Int
    /// Problems with the input that have no position (unreadable files, empty folders).
    public var inputErrors: [InputError]
    /// Whether the catalog was read from the compiled cache instead of parsed.
    public var fromCache: Bool
}

extension CatalogLoader {
    /// Loads the database under `paths` (none: the bundled one) through `cache`: the files are
    /// always read, and when the compiled cache holds an entry for exactly these bytes (and
    /// this executable and day) the catalog is built from it instead of parsing and validating
    /// the YAML again. A database that loads with no error and no unreadable file is written to
    /// the cache for the next run.
    public static func loadCatalog(paths: [String], options: LoadOptions = LoadOptions(), cache: CompiledCache) -> CatalogLoad {
        let files: [DataFile]
        let inputErrors: [InputError]
        let isWholeDatabase: Bool
        if paths.isEmpty {
            (files, inputErrors, isWholeDatabase) = (bundledFiles, [], true)
        } else {
            (files, inputErrors) = collect(paths)
            isWholeDatabase = paths.contains { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
        }
        let key = inputErrors.isEmpty ? CompiledCache.key("catalog", { hash in
            hash.add(options.today)
            hash.add(isWholeDatabase ? 1 : 0)
            for file in files {
                hash.add(file.path)
                hash.add(file.bytes)
                hash.add(UInt64(bitPattern: Int64(file.size ?? -1)))
            }
        }) : nil
        let name = paths.isEmpty ? "catalog-bundled" : "catalog-" + Self.entryName(for: paths)
        if let key, let stored = cache.load(StoredCatalog.self, name: name, key: key) {
            return CatalogLoad(
                catalog: Catalog(records: stored.records, sources: stored.sources), errorCount: 0, inputErrors: [], fromCache: true)
        }
        let loaded = loadRecords(files: files, options: options, isWholeDatabase: isWholeDatabase)
        let errorCount = loaded.outcome.diagnostics.count { $0.severity == .error }
        if let key, errorCount == 0 {
            cache.store(StoredCatalog(records: loaded.records, sources: loaded.sources), name: name, key: key)
        }
        return CatalogLoad(catalog: loaded.outcome.catalog, errorCount: errorCount, inputErrors: inputErrors, fromCache: false)
    }

    /// A file name for the database at `paths` seen from the working directory: one entry
    /// per database, replaced when its content changes.
    static func entryName(for paths: [String]) -> String {
        var hash = ContentHash()
        hash.add(FileManager.default.currentDirectoryPath)
        for path in paths { hash.add(path) }
        return String(hash.a, radix: 16) + String(hash.b, radix: 16)
    }
}

/// What the compiled cache holds for a database: the records as decoded (before the
/// catalog resolves inheritance) and the source registry.
struct StoredCatalog: Codable {
    var records: [WeaponSystem]
    var sources: [Source]
}
