import ArsenalKit
import Foundation
import Testing

/// The fixed fictional database the query goldens are rendered from
/// (`Fixtures/Query/Data`), so the goldens never change when the bundled data does.
///
/// It is loaded with `CatalogLoader.load(files:)` under paths relative to the fixture
/// folder (`Data/systems/falcon.yaml`): `load(paths:)` would put this machine's absolute
/// paths into every "recorded at" column.
enum QueryFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Query")
    static let dataFolder = root.appendingPathComponent("Data")
    static let goldenFolder = root.appendingPathComponent("Golden")

    static let outcome: LoadOutcome = {
        let manager = FileManager.default
        let relative = (manager.subpaths(atPath: dataFolder.path) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        let files = relative.map { path in
            DataFile(path: "Data/" + path, bytes: [UInt8]((try? Data(contentsOf: dataFolder.appendingPathComponent(path))) ?? Data()))
        }
        return CatalogLoader.load(files: files, options: LoadOptions(today: "2025-01-01"))
    }()

    static var catalog: Catalog { outcome.catalog }

    static func system(_ id: String) -> WeaponSystem {
        guard let system = catalog.system(id: id) else { fatalError("fixture record \(id) is missing") }
        return system
    }

    static let recording = ProcessInfo.processInfo.environment["ARSENAL_RECORD"] == "1"

    /// Compares `output` with the golden file `name`; with `ARSENAL_RECORD=1` rewrites it
    /// and fails, so a recording run never passes by accident.
    static func assertGolden(_ output: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record("recorded \(name); unset ARSENAL_RECORD and run again", sourceLocation: sourceLocation)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden, "output differs from \(name)", sourceLocation: sourceLocation)
    }
}

extension QueryFormat {
    /// The golden file extension of the format.
    var fileExtension: String {
        switch self {
        case .table: "txt"
        case .markdown: "md"
        case .csv: "csv"
        case .json: "json"
        case .svg: "svg"
        }
    }
}
