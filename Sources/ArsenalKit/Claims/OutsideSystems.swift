import Yams

/// A weapon system the database holds no record of, listed so that a figure an article gives
/// for it is never judged against a record named nearby (`Lexicons/outside-systems.yaml`).
public struct OutsideSystem: Hashable, Sendable, Codable {
    /// How messages name it ("FGM-148 Javelin").
    public var name: String
    /// What it is, in a few words ("anti-tank missile").
    public var what: String
    /// Every designation an article may use.
    public var aliases: [String]
    /// Where the entry is written.
    public var location: SourceLocation
    /// For a family name that no record carries ("Strela"), the ids of the family's records:
    /// the name then means the one of them the article has named (see
    /// `SentenceAnalysis.familyMember(of:at:)`). Empty for a single system.
    public var members: [String]

    /// Creates an entry.
    public init(name: String, what: String, aliases: [String], location: SourceLocation, members: [String] = []) {
        self.name = name
        self.what = what
        self.aliases = aliases
        self.location = location
        self.members = members
    }

    /// The name and the aliases.
    public var designations: [String] { [name] + aliases }
}

/// The list of systems outside the database, and its checks.
public enum OutsideSystems {
    /// The bundled list's path, relative to the package root.
    public static let bundledPath = "Lexicons/outside-systems.yaml"

    /// The bundled list, loaded once; empty when it does not load (the test suite loads it
    /// with `load(yaml:path:)` and fails on any error).
    public static let bundled: [OutsideSystem] = {
        guard let file = embeddedResourceFiles.first(where: { $0.path == bundledPath }) else { return [] }
        return CompiledCache.forBundledData.value(name: "outside-systems", sources: [(bundledPath, file.text)]) {
            try? load(yaml: file.text, path: bundledPath)
        } ?? []
    }()

    /// Parses a list: a mapping with `systems`, a sequence of `{name, what, aliases}`, and
    /// `members` for a family name.
    public static func load(yaml: String, path: String) throws(LexiconError) -> [OutsideSystem] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw .invalid(SourceLocation(file: path, line: 1, column: 1), "not valid YAML: \(error)")
        }
        func location(_ node: Node?) -> SourceLocation {
            SourceLocation(file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        guard case .mapping(let mapping)? = root, case .sequence(let items)? = mapping["systems"] else {
            throw .invalid(location(root), "expected a mapping with a `systems` list")
        }
        var systems: [OutsideSystem] = []
        for item in items {
            guard case .mapping(let fields) = item else { throw .invalid(location(item), "an entry is a mapping {name, what, aliases}") }
            for key in fields.keys where !["name", "what", "aliases", "members"].contains(key.scalar?.string ?? "") {
                throw .invalid(location(key), "unknown key '\(key.scalar?.string ?? "")'; an entry has name, what, aliases and members")
            }
            guard let name = fields["name"]?.scalar?.string, !name.isEmpty else { throw .invalid(location(item), "an entry needs a name") }
            guard let what = fields["what"]?.scalar?.string, !what.isEmpty else { throw .invalid(location(item), "\(name) needs `what`") }
            // A key's list of non-empty strings; `list` and `item` say what they are in messages.
            func strings(_ key: String, list: String, item: String) throws(LexiconError) -> [String] {
                guard let node = fields[Node(key)] else { return [] }
                guard case .sequence(let entries) = node else { throw .invalid(location(node), "`\(key)` is \(list)") }
                var found: [String] = []
                for entry in entries {
                    guard let text = entry.scalar?.string, !text.isEmpty else { throw .invalid(location(entry), item) }
                    found.append(text)
                }
                return found
            }
            let aliases = try strings("aliases", list: "a list", item: "an alias is a name")
            let members = try strings("members", list: "a list of record ids", item: "a member is a record id")
            systems.append(OutsideSystem(name: name, what: what, aliases: aliases, location: location(item), members: members))
        }
        return systems
    }

    /// What is wrong with a list against a catalog: a designation that names a record (the
    /// record wins, so the entry would be dead or, worse, shadow it) or that two entries
    /// share. Each problem names its place.
    public static func problems(_ systems: [OutsideSystem], catalog: Catalog) -> [String] {
        var problems: [String] = []
        var seen: [String: String] = [:]
        for system in systems {
            for designation in system.designations {
                if let record = catalog.resolve(designation) {
                    problems.append("\(system.location): '\(designation)' names the record \(record.id); take it off the list")
                }
                let key = ClaimVocabulary.key(designation)
                if let other = seen[key], other != system.name {
                    problems.append("\(system.location): '\(designation)' is also listed for \(other)")
                }
                seen[key] = system.name
            }
            for member in system.members where catalog.system(id: member) == nil {
                problems.append("\(system.location): member '\(member)' is no record id")
            }
        }
        return problems
    }
}
