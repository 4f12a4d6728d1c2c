import ArsenalKit
import CFuzzShim
import Foundation

// arsenal-fuzz: libFuzzer targets for every reader of user input, built apart from the
// normal build (Fuzz/run.sh: ARSENAL_FUZZ=1, -sanitize=fuzzer,address, scratch .build-fuzz).
//
//   arsenal-fuzz --target=NAME [libFuzzer options] [CORPUS_DIR ...]
//
// A target returns normally for every input; a crash, a sanitizer report or an input slower
// than libFuzzer's -timeout is a finding.

/// The fuzz targets by name.
enum FuzzTarget: String, CaseIterable {
    /// One data file through the YAML reader and the record decoder, with a registry.
    case datafile
    /// The Markdown reader.
    case markdown
    /// The HTML reader.
    case html
    /// The `--where` lexer, parser and checker, then evaluation over the bundled catalog.
    case query
    /// The `.arsenal.yml` loader.
    case config
    // Quantity scanning, claim extraction and judging, one target per bundled language:
    // `claims-en`, `claims-es`, ... (see `claims(language:)`).
}

/// The small registry every fuzzed data file is loaded with.
let registry = DataFile(path: "Data/sources.yaml", bytes: Array("""
    schema_version: 1
    sources:
      - id: src
        title: Fuzz source
        publisher: Arsenal
        url: https://example.org/fuzz
        retrieved: 2025-01-01

    """.utf8))

nonisolated(unsafe) var selected: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

func select(_ name: String) -> Bool {
    if name.hasPrefix("claims-") {
        let language = String(name.dropFirst("claims-".count))
        guard Lexicon.bundledLanguages.contains(language), let lexicon = try? Lexicon.bundled(language) else { return false }
        let checker = ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: [lexicon])
        // The checker builds its phrase tables and judging tables on first use: pay that
        // here, not inside libFuzzer's first (timed) input. Under AddressSanitizer on a busy
        // machine it took over the 2 s limit and the empty input was reported as a timeout.
        _ = checker.check(Document(path: "warm-up.txt", text: "Stinger: 8 km, Mach 2.2, 10.1 kg. Igla-S 6 km.\n"))
        selected = { bytes in
            let document = Document(path: "fuzz.txt", text: String(decoding: bytes, as: UTF8.self))
            _ = checker.check(document)
        }
        return true
    }
    guard let target = FuzzTarget(rawValue: name) else { return false }
    switch target {
    case .datafile:
        selected = { bytes in
            let file = DataFile(path: "Data/systems/fuzz.yaml", bytes: Array(bytes))
            _ = CatalogLoader.load(files: [registry, file], options: LoadOptions(today: "2025-01-01"))
        }
    case .markdown:
        selected = { bytes in _ = try? DocumentReader.document(path: "fuzz.md", bytes: Array(bytes), format: .markdown) }
    case .html:
        selected = { bytes in _ = try? DocumentReader.document(path: "fuzz.html", bytes: Array(bytes), format: .html) }
    case .query:
        let systems = CatalogLoader.bundledCatalog.systems
        selected = { bytes in
            guard let query = try? CatalogQuery(String(decoding: bytes, as: UTF8.self)) else { return }
            for system in systems { _ = query.evaluate(system) }
        }
    case .config:
        selected = { bytes in _ = try? CheckConfiguration.parse(String(decoding: bytes, as: UTF8.self), path: ".arsenal.yml") }
    }
    return true
}

let names = FuzzTarget.allCases.map(\.rawValue) + Lexicon.bundledLanguages.map { "claims-\($0)" }
var arguments = CommandLine.arguments
guard let index = arguments.firstIndex(where: { $0.hasPrefix("--target=") }) else {
    FileHandle.standardError.write(Data("usage: arsenal-fuzz --target=NAME [libFuzzer options] [CORPUS ...]\ntargets: \(names.joined(separator: ", "))\n".utf8))
    exit(2)
}
let name = String(arguments.remove(at: index).dropFirst("--target=".count))
guard select(name) else {
    FileHandle.standardError.write(Data("arsenal-fuzz: unknown target '\(name)'; targets: \(names.joined(separator: ", "))\n".utf8))
    exit(2)
}

var argc = Int32(arguments.count)
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
let status = cArguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return arsenal_fuzz_run(&argc, &argv) { data, size in
        selected(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}
exit(status)
