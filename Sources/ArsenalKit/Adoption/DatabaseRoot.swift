import Foundation

extension CatalogLoader {
    /// The database root of a data file: the nearest folder above it holding
    /// `sources.yaml`, spelled relative to the file's own spelling (`Data/systems/x.yaml`
    /// gives `Data`), or nil when there is none.
    public static func databaseRoot(of file: String) -> String? {
        var spelled = parentSpelling(of: file)
        var url = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
        while true {
            for name in ["sources.yaml", "sources.yml"]
            where FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) {
                return spelled
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
            spelled = parentSpelling(of: spelled)
        }
    }

    /// The folder holding `path`, spelled from `path`: `a/b` for `a/b/c`, `.` for `c`,
    /// `..` for `.`, `../..` for `..`.
    static func parentSpelling(of path: String) -> String {
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let absolute = path.hasPrefix("/")
        while components.last == ".", components.count > 1 { components.removeLast() }
        guard let last = components.last else { return absolute ? "/" : ".." }
        if last == "." { return ".." }
        if last == ".." { return (components + [".."]).joined(separator: "/") }
        components.removeLast()
        if components.isEmpty { return absolute ? "/" : "." }
        return (absolute ? "/" : "") + components.joined(separator: "/")
    }

    /// Loads data files for `arsenal validate`. Folders load as they are. A single file
    /// that lies in a database (a folder above it holds `sources.yaml`) is checked with its
    /// whole database around it, so its sources resolve and a variant finds its base; only
    /// diagnostics about the named files are kept. This is what lets pre-commit pass just
    /// the changed files.
    public static func loadForValidation(paths: [String], options: LoadOptions = LoadOptions(), walker: FileWalker = FileWalker()) -> LoadOutcome {
        var lone: [String] = []
        var byRoot: [String: [String]] = [:]
        var rootOrder: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue, !isRegistry(path), let root = databaseRoot(of: path) {
                if byRoot[root] == nil { rootOrder.append(root) }
                byRoot[root, default: []].append(path)
            } else {
                lone.append(path)
            }
        }
        if rootOrder.isEmpty { return load(paths: paths, options: options, walker: walker) }

        var outcome = lone.isEmpty
            ? LoadOutcome(catalog: Catalog(records: [], sources: []), diagnostics: [], inputErrors: [], files: [], texts: [:])
            : load(paths: lone, options: options, walker: walker)
        for root in rootOrder {
            let named = byRoot[root] ?? []
            let (namedFiles, namedErrors) = collect(named)
            let (context, _) = collect([root], walker: walker)
            let namedPaths = Set(namedFiles.map(\.path))
            let absolute = Set(namedFiles.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
            let files = context.filter { !absolute.contains(URL(fileURLWithPath: $0.path).standardizedFileURL.path) } + namedFiles
            let part = load(files: files, options: options, isWholeDatabase: false)
            let keep = Set(named)
            outcome.diagnostics += part.diagnostics.filter { $0.location.map { keep.contains($0.file) } ?? true }
            outcome.inputErrors += namedErrors
            outcome.files += namedFiles.map(\.path)
            for path in namedPaths { outcome.texts[path] = part.texts[path] }
            outcome.catalog = part.catalog
        }
        outcome.diagnostics.sort()
        return outcome
    }
}
