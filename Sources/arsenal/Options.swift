import ArgumentParser
import ArsenalKit
import Foundation

extension DiagnosticFormat: ExpressibleByArgument {}

/// Where the database comes from: `--data` folders, else `ARSENAL_DATA`, else the
/// database built into the binary.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A database folder to use instead of the bundled one (repeatable; ARSENAL_DATA=DIR[:DIR...] does the same).",
        valueName: "dir"))
    var dataPaths: [String] = []

    /// Whether the last catalog loaded is the one compiled into the binary (evidence paths
    /// `Data/...` then name no file beneath the working directory). Set once, before any
    /// report is written, on the main thread.
    nonisolated(unsafe) static var usesBundledDatabase = false

    /// The folders named by the user, if any.
    var userPaths: [String] {
        if !dataPaths.isEmpty { return dataPaths }
        if let environment = ProcessInfo.processInfo.environment["ARSENAL_DATA"], !environment.isEmpty {
            return environment.split(separator: ":").map(String.init)
        }
        return []
    }

    /// Loads the database, warning on stderr when it has errors (the usable records are
    /// still used) and failing when the input cannot be read at all.
    func loadCatalog(quiet: Bool = false) throws -> Catalog {
        // Through the compiled cache: a database that validated is not parsed again.
        let paths = userPaths
        let outcome = paths.isEmpty
            ? BundledCatalogPreload.started?.wait() ?? CatalogLoader.loadCatalog(paths: [], cache: .standard)
            : CatalogLoader.loadCatalog(paths: paths, cache: .standard)
        if !outcome.inputErrors.isEmpty { throw ToolError.input(outcome.inputErrors) }
        Self.usesBundledDatabase = userPaths.isEmpty
        let errors = outcome.errorCount
        if errors > 0, !quiet {
            FileHandle.standardError.write(Data(
                "arsenal: warning: the database has \(errors) error\(errors == 1 ? "" : "s"); records that could not be read are left out (run 'arsenal validate' for details)\n".utf8))
        }
        return outcome.catalog
    }
}

/// The bundled database loaded on a background thread from the start of the process, when
/// the command line asks for `check` and names no database (neither `--data` nor
/// `ARSENAL_DATA`): argument parsing, a few milliseconds of a cold start, runs meanwhile.
/// The load is the one `DataOptions.loadCatalog` would do, through the same cache.
final class BundledCatalogPreload: @unchecked Sendable {
    /// The preload started by `startIfChecking`, if any. Set once on the main thread before
    /// the command line is parsed, and only read after.
    nonisolated(unsafe) static var started: BundledCatalogPreload?

    private let group = DispatchGroup()
    private var result: CatalogLoad?

    private init() {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = CatalogLoader.loadCatalog(paths: [], cache: .standard)
            self.group.leave()
        }
    }

    /// Starts the preload when `arguments` (without the program name) are a `check` that
    /// names no database.
    static func startIfChecking(_ arguments: [String]) {
        guard arguments.first == "check",
              !arguments.contains(where: { $0 == "--data" || $0.hasPrefix("--data=") }),
              ProcessInfo.processInfo.environment["ARSENAL_DATA"].map(\.isEmpty) ?? true else { return }
        started = BundledCatalogPreload()
    }

    /// The loaded database (the group's wait orders the write before this read).
    func wait() -> CatalogLoad {
        group.wait()
        return result!
    }
}

/// Whether to colour output: only on a terminal, and never when NO_COLOR is set.
func shouldColor() -> Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
}

/// Writes text to stdout without adding a second trailing newline.
func emit(_ text: String) {
    print(text, terminator: text.utf8.last == 0x0A ? "" : "\n")
}
