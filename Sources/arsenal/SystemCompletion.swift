import ArgumentParser
import ArsenalKit
import Foundation

/// Shell completion of system names for `show` and `compare` (argument-parser's
/// `--generate-completion-script`; the shell calls back into `arsenal` for the candidates):
/// every record id, and every name and alias without spaces, that starts with what is
/// typed, case-insensitively. The database is ARSENAL_DATA's when set, else the bundled one.
enum SystemCompletion {
    /// The completion kind for a system argument.
    static let kind = CompletionKind.custom { _, _, prefix in candidates(prefix: prefix) }

    /// Ids, names and aliases starting with `prefix`, ids first, each once.
    static func candidates(prefix: String) -> [String] {
        let catalog: Catalog
        if let environment = ProcessInfo.processInfo.environment["ARSENAL_DATA"], !environment.isEmpty {
            catalog = CatalogLoader.load(paths: environment.split(separator: ":").map(String.init)).catalog
        } else {
            catalog = CatalogLoader.bundledCatalog
        }
        return candidates(prefix: prefix, in: catalog)
    }

    /// Ids, names and aliases in `catalog` starting with `prefix`, ids first, each once.
    static func candidates(prefix: String, in catalog: Catalog) -> [String] {
        let lowered = prefix.lowercased()
        var seen = Set<String>()
        var result: [String] = []
        let ids = catalog.systems.map(\.id).sorted()
        let names = catalog.systems.flatMap(\.designations).filter { !$0.contains(" ") }.sorted()
        for candidate in ids + names where candidate.lowercased().hasPrefix(lowered) && seen.insert(candidate).inserted {
            result.append(candidate)
        }
        return result
    }
}
