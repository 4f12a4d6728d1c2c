import Foundation

/// A problem with the input itself that has no position inside a data file: a path that
/// does not exist, a file that cannot be read, a folder with no data in it.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, reason: String)
    case noDataFiles(String)
    case unreadableFolder(String, reason: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .noDataFiles(let path), .unreadableFolder(let path, _): path
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        case .unreadable(let path, let reason): "\(path): cannot read file: \(reason)"
        case .noDataFiles(let path): "\(path): no YAML data files (*.yaml, *.yml) found"
        case .unreadableFolder(let path, let reason): "\(path): cannot read folder: \(reason)"
        }
    }
}

/// One data file's bytes, from disk or embedded in the binary.
public struct DataFile: Sendable {
    /// The path shown in diagnostics.
    public var path: String
    /// The raw bytes.
    public var bytes: [UInt8]
    /// The file's size on disk when only its first bytes were read (it is over the limit).
    public var size: Int? = nil

    /// Creates a data file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Everything loading produced: the catalog built from what could be read, every
/// diagnostic, and the input errors.
public struct LoadOutcome: Sendable {
    /// The catalog built from every usable record.
    public var catalog: Catalog
    /// Diagnostics from parsing, decoding and the catalog rules, sorted.
    public var diagnostics: [Diagnostic]
    /// Problems with the input that have no position.
    public var inputErrors: [InputError]
    /// Every data file that was checked.
    public var files: [String]
    /// The text of each file that decoded as UTF-8, for source snippets.
    public var texts: [String: String]

    /// Whether some file could not be parsed at all (binary, not UTF-8, bad YAML, ...).
    public var hasMalformedData: Bool {
        diagnostics.contains { ValidationRules.fileLevelCodes.contains($0.code.code) }
    }
}

/// Options for loading.
public struct LoadOptions: Sendable {
    /// Byte and node limits.
    public var limits: LoaderLimits
    /// "Today" for future-date checks (`YYYY-MM-DD`); defaults to the current UTC date.
    public var today: String
    /// Called after each data file is read and decoded, with the files done, the files in
    /// all, the bytes read and the diagnostics so far (for a progress line).
    public var progress: (@Sendable (_ done: Int, _ total: Int, _ bytes: Int, _ diagnostics: Int) -> Void)? = nil

    /// The defaults.
    public init(limits: LoaderLimits = .default, today: String = LoadOptions.currentDate()) {
        self.limits = limits
        self.today = today
    }

    /// The current UTC date as `YYYY-MM-DD`.
    public static func currentDate() -> String {
        civilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01, as `YYYY-MM-DD`
    /// (Howard Hinnant's days-to-civil algorithm; Calendar costs a millisecond at start-up).
    static func civilDate(daysSinceEpoch days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // Padded by hand: `String(format:)` goes through Foundation's formatter, whose
        // first use cost about half a millisecond of every start.
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }
}

/// Loads data files into a `Catalog`, validating as it goes.
public enum CatalogLoader {
    /// Loads every YAML file under `paths` (files or folders, searched recursively).
    public static func load(paths: [String], options: LoadOptions = LoadOptions(), walker: FileWalker = FileWalker()) -> LoadOutcome {
        let (files, errors) = collect(paths, walker: walker)
        let wholeFolder = paths.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        var outcome = load(files: files, options: options, isWholeDatabase: wholeFolder)
        outcome.inputErrors = errors + outcome.inputErrors
        return outcome
    }

    /// Loads the database embedded in the binary at build time.
    public static func bundled(options: LoadOptions = LoadOptions()) -> LoadOutcome {
        load(files: bundledFiles, options: options)
    }

    /// The data files embedded in the binary.
    static var bundledFiles: [DataFile] {
        embeddedResourceFiles.filter { $0.path.hasPrefix("Data/") }.map { DataFile(path: $0.path, bytes: Array($0.text.utf8)) }
    }

    /// The bundled catalog, loaded once per process.
    public static var bundledCatalog: Catalog { BundledCache.outcome.catalog }

    /// Loads in-memory data files. Files named `sources.yaml` are source registries; every
    /// other file is one system record. `isWholeDatabase` says the files are a complete
    /// database (a folder), so a source no record uses is worth reporting.
    public static func load(files: [DataFile], options: LoadOptions = LoadOptions(), isWholeDatabase: Bool = true) -> LoadOutcome {
        loadRecords(files: files, options: options, isWholeDatabase: isWholeDatabase).outcome
    }

    /// `load(files:options:isWholeDatabase:)`, with the records and sources the catalog was
    /// built from (what `CompiledCache` stores).
    static func loadRecords(
        files: [DataFile], options: LoadOptions, isWholeDatabase: Bool
    ) -> (outcome: LoadOutcome, records: [WeaponSystem], sources: [Source]) {
        var diagnostics: [Diagnostic] = []
        var records: [WeaponSystem] = []
        var sources: [Source] = []
        var texts: [String: String] = [:]
        var hasRegistry = false
        var bytesRead = 0
        for (index, file) in files.enumerated() {
            defer {
                bytesRead += file.bytes.count
                options.progress?(index + 1, files.count, bytesRead, diagnostics.count)
            }
            guard let parsed = DataFileReader.parse(
                bytes: file.bytes, path: file.path, size: file.size, limits: options.limits, diagnostics: &diagnostics)
            else {
                if let text = String(validating: file.bytes, as: UTF8.self), file.bytes.count <= options.limits.maxFileBytes {
                    texts[file.path] = text
                }
                continue
            }
            texts[file.path] = parsed.text
            var decoder = RecordDecoder(file: parsed, today: options.today)
            if isRegistry(file.path) {
                hasRegistry = true
                sources += decoder.decodeRegistry()
            } else if let record = decoder.decodeSystem() {
                records.append(record)
            }
            diagnostics += decoder.diagnostics
        }
        let input = ValidationInput(
            records: records, sources: sources, hasRegistry: hasRegistry, isWholeDatabase: isWholeDatabase, today: options.today)
        for rule in ValidationRules.catalogRules { rule.check(input, into: &diagnostics) }
        let outcome = LoadOutcome(
            catalog: Catalog(records: records, sources: sources), diagnostics: diagnostics.sorted(),
            inputErrors: [], files: files.map(\.path), texts: texts)
        return (outcome, records, sources)
    }

    /// Whether a path names a source registry.
    static func isRegistry(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name == "sources.yaml" || name == "sources.yml"
    }

    /// Reads the files under `paths`, sorted, with errors for what cannot be read.
    static func collect(_ paths: [String], walker: FileWalker = FileWalker()) -> ([DataFile], [InputError]) {
        var files: [DataFile] = []
        var errors: [InputError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.notFound(path))
                continue
            }
            var candidates: [String] = []
            if isDirectory.boolValue {
                // Hidden folders, node_modules and what .gitignore names are skipped.
                let found = walker.files(under: path, extensions: [".yaml", ".yml"])
                errors += found.unreadable.map { InputError.unreadableFolder($0.path, reason: $0.reason) }
                candidates = found.files
                if candidates.isEmpty {
                    if found.unreadable.isEmpty { errors.append(.noDataFiles(path)) }
                    continue
                }
            } else {
                candidates = [path]
            }
            for candidate in candidates {
                var candidateIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate, isDirectory: &candidateIsDirectory), candidateIsDirectory.boolValue { continue }
                guard let handle = FileHandle(forReadingAtPath: candidate) else {
                    errors.append(.unreadable(candidate, reason: manager.isReadableFile(atPath: candidate) ? "open failed" : "permission denied"))
                    continue
                }
                defer { try? handle.close() }
                do {
                    // Read at most one byte past the limit: the size check needs no more.
                    let data = try handle.read(upToCount: LoaderLimits.default.maxFileBytes + 1) ?? Data()
                    var file = DataFile(path: candidate, bytes: [UInt8](data))
                    if data.count > LoaderLimits.default.maxFileBytes {
                        file.size = (try? manager.attributesOfItem(atPath: candidate)[.size] as? Int) ?? nil
                    }
                    files.append(file)
                } catch {
                    errors.append(.unreadable(candidate, reason: error.localizedDescription))
                }
            }
        }
        return (files, errors)
    }
}

private enum BundledCache {
    static let outcome = CatalogLoader.bundled()
}
