import Foundation

/// Walks a folder for input files the way a repository's tools are expected to:
///
/// - hidden files and folders (`.git/`, `.cache/`) and `node_modules/` are skipped;
/// - `.gitignore` files are honoured: those of the folders between the repository root
///   (the nearest parent holding `.git`) and the walked folder, and every one met inside
///   it, with git's rules (`!` re-includes, a trailing `/` matches folders only, a pattern
///   with a `/` is anchored to its `.gitignore`'s folder, the last matching line wins, and
///   nothing under an ignored folder is re-included);
/// - `exclude` globs leave out files and folders, `include` globs keep only matching files.
///   A glob without `/` matches a name at any depth; one with `/` matches the path relative
///   to the walked folder.
///
/// Files are returned sorted. A folder that cannot be read is an error, not an empty result.
public struct FileWalker: Sendable {
    /// Globs a file must match (empty: every file with an accepted extension).
    public var include: [Glob]
    /// Globs that leave out files and folders.
    public var exclude: [Glob]
    /// Whether to read `.gitignore` files.
    public var honourGitignore: Bool

    /// Folder names skipped like hidden folders.
    public static let skippedFolders: Set<String> = ["node_modules"]

    /// A walker.
    public init(include: [String] = [], exclude: [String] = [], honourGitignore: Bool = true) {
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
        self.honourGitignore = honourGitignore
    }

    /// What a walk found.
    public struct Result: Sendable {
        /// The files, as `folder/relative/path`, sorted.
        public var files: [String]
        /// Folders that could not be read, with the reason.
        public var unreadable: [(path: String, reason: String)]
    }

    /// The files under `folder` whose names end with one of `extensions` (lowercase, with the dot).
    public func files(under folder: String, extensions: [String]) -> Result {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var result = Result(files: [], unreadable: [])
        var rules = honourGitignore ? Self.inheritedRules(for: base) : []
        walk(base, relative: "", extensions: extensions, rules: &rules, into: &result)
        result.files.sort()
        return result
    }

    private func walk(_ directory: String, relative: String, extensions: [String], rules: inout [IgnoreRule], into result: inout Result) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let readable = FileManager.default.isReadableFile(atPath: directory)
            result.unreadable.append((directory, readable ? "cannot list folder" : "permission denied"))
            return
        }
        let saved = rules.count
        if honourGitignore, let text = try? String(contentsOfFile: directory + "/.gitignore", encoding: .utf8) {
            rules += IgnoreRule.parse(text, base: relative)
        }
        defer { rules.removeSubrange(saved...) }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let relativePath = relative + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if Self.skippedFolders.contains(name) || Self.isSymbolicLink(path) { continue }
                if IgnoreRule.isIgnored(relativePath, isDirectory: true, by: rules) { continue }
                if exclude.contains(where: { Self.glob($0, matches: relativePath, name: name, isDirectory: true) }) { continue }
                walk(path, relative: relativePath + "/", extensions: extensions, rules: &rules, into: &result)
            } else {
                let lower = name.lowercased()
                guard extensions.contains(where: { lower.hasSuffix($0) }) else { continue }
                if IgnoreRule.isIgnored(relativePath, isDirectory: false, by: rules) { continue }
                if exclude.contains(where: { Self.glob($0, matches: relativePath, name: name, isDirectory: false) }) { continue }
                if !include.isEmpty, !include.contains(where: { Self.glob($0, matches: relativePath, name: name, isDirectory: false) }) {
                    continue
                }
                result.files.append(path)
            }
        }
    }

    /// A glob without `/` matches the name; with one, the relative path. A folder also
    /// matches `folder/**`, so `--exclude 'drafts/**'` skips the folder itself.
    private static func glob(_ glob: Glob, matches path: String, name: String, isDirectory: Bool) -> Bool {
        let pattern = glob.pattern.hasPrefix("/") ? String(glob.pattern.dropFirst()) : glob.pattern
        if !pattern.contains("/") { return glob.matches(name) }
        let anchored = pattern == glob.pattern ? glob : Glob(pattern)
        if anchored.matches(path) { return true }
        return isDirectory && anchored.matches(path + "/")
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    /// The `.gitignore` rules of the folders from the repository root down to `folder`,
    /// exclusive (the walk reads `folder`'s own), rebased so that paths relative to
    /// `folder` can be matched.
    static func inheritedRules(for folder: String) -> [IgnoreRule] {
        var url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        var chain: [URL] = []
        while true {
            let parent = url.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { break }
            if parent.path == url.path { return [] }
            url = parent
            chain.append(url)
        }
        // `chain` runs from the walked folder's parent up to the repository root.
        var rules: [IgnoreRule] = []
        let walked = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.pathComponents
        for directory in chain.reversed() {
            guard let text = try? String(contentsOfFile: directory.appendingPathComponent(".gitignore").path, encoding: .utf8) else {
                continue
            }
            let prefix = walked.dropFirst(directory.pathComponents.count).joined(separator: "/") + "/"
            rules += IgnoreRule.parse(text, base: "").map { $0.rebased(removing: prefix) }
        }
        return rules
    }
}

/// One line of a `.gitignore` file.
struct IgnoreRule: Sendable {
    /// The pattern, relative to `base` when anchored.
    var glob: Glob
    /// The folder of the `.gitignore`, relative to the walked folder, ending with `/` (or empty).
    var base: String
    var negated: Bool
    var directoryOnly: Bool
    var anchored: Bool
    /// For rules from above the walked folder: the walked folder's path relative to the
    /// rule's folder, prepended to paths before matching.
    var outerPrefix = ""

    static func parse(_ text: String, base: String) -> [IgnoreRule] {
        var rules: [IgnoreRule] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            while line.last == " " || line.last == "\t", !line.hasSuffix("\\ ") { line.removeLast() }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line.removeFirst()
            } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line.removeFirst()
            }
            var directoryOnly = false
            if line.hasSuffix("/") {
                directoryOnly = true
                line.removeLast()
            }
            guard !line.isEmpty else { continue }
            let anchored = line.contains("/")
            if line.hasPrefix("/") { line.removeFirst() }
            rules.append(IgnoreRule(
                glob: Glob(String(line)), base: base, negated: negated, directoryOnly: directoryOnly, anchored: anchored))
        }
        return rules
    }

    func rebased(removing prefix: String) -> IgnoreRule {
        var rule = self
        rule.outerPrefix = prefix
        return rule
    }

    /// Whether a path relative to the walked folder is matched by this rule.
    func matches(_ path: String, isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        let full = outerPrefix + path
        guard full.hasPrefix(base) else { return false }
        let local = String(full.dropFirst(base.count))
        if anchored { return glob.matches(local) }
        let name = local.split(separator: "/").last.map(String.init) ?? local
        return glob.matches(name)
    }

    /// The last matching rule decides; parents were checked on the way down.
    static func isIgnored(_ path: String, isDirectory: Bool, by rules: [IgnoreRule]) -> Bool {
        for rule in rules.reversed() where rule.matches(path, isDirectory: isDirectory) {
            return !rule.negated
        }
        return false
    }
}
