/// The loaded database: every record with inheritance resolved, the source registry and
/// the alias index. Load it once and share it; it is an immutable value.
public struct Catalog: Sendable {
    /// Every record, sorted by id, with inherited values filled in (marked `inheritedFrom`).
    public let systems: [WeaponSystem]
    /// The source registry by id.
    public let sources: [String: Source]
    /// Designation → record id.
    public let aliases: AliasIndex
    private let byID: [String: Int]

    /// Builds a catalog from decoded records (first record wins on duplicate ids) and sources.
    public init(records: [WeaponSystem], sources: [Source]) {
        var unique: [String: WeaponSystem] = [:]
        for record in records where unique[record.id] == nil { unique[record.id] = record }
        let resolved = unique.values.map { Self.resolve($0, in: unique) }.sorted { $0.id < $1.id }
        systems = resolved
        var indexByID: [String: Int] = [:]
        for (index, system) in resolved.enumerated() { indexByID[system.id] = index }
        byID = indexByID
        var registry: [String: Source] = [:]
        for source in sources where registry[source.id] == nil { registry[source.id] = source }
        self.sources = registry
        var index = AliasIndex()
        for system in resolved {
            index.insert(system.id, for: system.id)
            for name in system.designations { index.insert(name, for: system.id) }
        }
        aliases = index
    }

    /// The record with this id.
    public func system(id: String) -> WeaponSystem? {
        byID[id].map { systems[$0] }
    }

    /// The record a designation names ("Igla-S", "SA 24", "Игла-С"), by id or alias.
    public func resolve(_ name: String) -> WeaponSystem? {
        aliases.id(for: name).flatMap { system(id: $0) }
    }

    /// The records that extend `id` directly.
    public func variants(of id: String) -> [WeaponSystem] {
        systems.filter { $0.extends == id }
    }

    /// A source by id.
    public func source(_ id: String) -> Source? {
        sources[id]
    }

    /// Fills in what a variant inherits: identity fields it leaves out and, for every
    /// attribute it does not list itself, the base's values marked `scope: family` (a value
    /// without that mark describes its own record only). Unknown bases and cycles stop the
    /// walk (validation reports them).
    private static func resolve(_ record: WeaponSystem, in records: [String: WeaponSystem]) -> WeaponSystem {
        var result = record
        var visited: Set<String> = [record.id]
        var baseID = record.extends
        // An attribute a closer record lists blocks the farther bases' values for it,
        // even when none of the closer values is inherited.
        var stated = Set(record.specs.keys)
        while let id = baseID, visited.insert(id).inserted, let base = records[id] {
            if result.origin.isEmpty { result.origin = base.origin }
            if result.developer == nil { result.developer = base.developer }
            for (attribute, values) in base.specs where !stated.contains(attribute) {
                stated.insert(attribute)
                let family = values.filter { $0.scope == .family }
                guard !family.isEmpty else { continue }
                result.specs[attribute] = family.map { value in
                    var inherited = value
                    inherited.inheritedFrom = inherited.inheritedFrom ?? base.id
                    return inherited
                }
            }
            baseID = base.extends
        }
        return result
    }
}
