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
    /// Indexes into `systems` of the records that extend each id, in id order.
    private let variantsByBase: [String: [Int]]
    /// The base at the top of each record's `extends` chain.
    private let familyRoots: [String: String]
    /// For each record (by index), the version marks of its family ("Mk II", "NG"); empty
    /// for most (`Catalog.versionMarks(of:roots:)`).
    let familyVersionMarks: [[VersionMark]]
    /// Shared by every copy of this value, and by no catalog built apart from it: what a
    /// table built for this catalog on another thread is matched against (`LazyLexicon`).
    let identity = CatalogIdentity()

    /// Builds a catalog from decoded records (first record wins on duplicate ids) and sources.
    public init(records: [WeaponSystem], sources: [Source]) {
        var unique: [String: WeaponSystem] = [:]
        for record in records where unique[record.id] == nil { unique[record.id] = record }
        let resolved = Self.resolveInheritance(unique).values.sorted { $0.id < $1.id }
        systems = resolved
        var variantIDs: [String: [Int]] = [:]
        for (index, system) in resolved.enumerated() {
            if let base = system.extends { variantIDs[base, default: []].append(index) }
        }
        variantsByBase = variantIDs
        familyRoots = Self.roots(unique)
        familyVersionMarks = Self.versionMarks(of: resolved, roots: familyRoots)
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

    /// The position in `systems` of the record with this id.
    public func index(ofID id: String) -> Int? {
        byID[id]
    }

    /// The record a designation names ("Igla-S", "SA 24", "Игла-С"), by id or alias.
    public func resolve(_ name: String) -> WeaponSystem? {
        aliases.id(for: name).flatMap { system(id: $0) }
    }

    /// The records that extend `id` directly.
    public func variants(of id: String) -> [WeaponSystem] {
        (variantsByBase[id] ?? []).map { systems[$0] }
    }

    /// The first variant of `id`, at any depth, for which `found` gives a result, nearest
    /// variants first, each visited once (an `extends` loop ends the walk); nil when none does.
    public func firstVariant<T>(of id: String, where found: (WeaponSystem) -> T?) -> T? {
        // Walked by index: the records are read in place, not copied into a queue.
        guard var queue = variantsByBase[id] else { return nil }
        var seen = Set<Int>()
        if let own = byID[id] { seen.insert(own) }
        var next = 0
        while next < queue.count {
            let index = queue[next]
            next += 1
            guard seen.insert(index).inserted else { continue }
            if let result = found(systems[index]) { return result }
            queue += variantsByBase[systems[index].id] ?? []
        }
        return nil
    }

    /// The id at the top of `id`'s `extends` chain: the last record reached before the
    /// chain ends, names an unknown record, or loops (`id` itself for a base record).
    public func familyRoot(of id: String) -> String {
        familyRoots[id] ?? id
    }

    /// A source by id.
    public func source(_ id: String) -> Source? {
        sources[id]
    }

    /// Fills in what each variant inherits: identity fields it leaves out and every
    /// attribute it does not list itself, from its base as resolved in turn. Each record is
    /// resolved once, walking up only to the nearest resolved ancestor, so the work is
    /// linear in the number of records however long the chains. A record on a cycle
    /// inherits nothing (validation reports the cycle); unknown bases end a chain.
    private static func resolveInheritance(_ records: [String: WeaponSystem]) -> [String: WeaponSystem] {
        var resolved: [String: WeaponSystem] = [:]
        resolved.reserveCapacity(records.count)
        for id in records.keys.sorted() where resolved[id] == nil {
            // Walk up to a resolved ancestor, the chain's end, or back onto this walk.
            var path: [String] = []
            var onPath: Set<String> = []
            var next: String? = id
            while let current = next, resolved[current] == nil, let record = records[current] {
                guard onPath.insert(current).inserted else {
                    // A cycle: its members keep what they state themselves.
                    let start = path.firstIndex(of: current)!
                    for member in path[start...] { resolved[member] = records[member] }
                    path.removeSubrange(start...)
                    break
                }
                path.append(current)
                next = record.extends
            }
            // Resolve downward, each record from its (now resolved) base.
            for member in path.reversed() {
                let record = records[member]!
                guard let baseID = record.extends, let base = resolved[baseID] else {
                    resolved[member] = record
                    continue
                }
                resolved[member] = inheriting(record, from: base, ownSpecs: Set(records[baseID]!.specs.keys))
            }
        }
        return resolved
    }

    /// `record` with what it leaves out taken from its resolved `base`: for an attribute the
    /// base states itself, the base's values marked `scope: family` (a value without that
    /// mark describes its own record only); for one it does not, what the base inherited.
    /// An attribute a closer record states blocks farther bases' values for it, even when
    /// none of its own values is inherited, which this gives by taking only from `base`.
    private static func inheriting(_ record: WeaponSystem, from base: WeaponSystem, ownSpecs: Set<Attribute>) -> WeaponSystem {
        var result = record
        if result.origin.isEmpty { result.origin = base.origin }
        if result.developer == nil { result.developer = base.developer }
        for (attribute, values) in base.specs where result.specs[attribute] == nil {
            guard ownSpecs.contains(attribute) else {
                result.specs[attribute] = values
                continue
            }
            let family = values.filter { $0.scope == .family }
            guard !family.isEmpty else { continue }
            result.specs[attribute] = family.map { value in
                var inherited = value
                inherited.inheritedFrom = inherited.inheritedFrom ?? base.id
                return inherited
            }
        }
        return result
    }

    /// The top of every record's `extends` chain, each found once (linear time).
    private static func roots(_ records: [String: WeaponSystem]) -> [String: String] {
        var roots: [String: String] = [:]
        roots.reserveCapacity(records.count)
        for id in records.keys.sorted() where roots[id] == nil {
            var path: [String] = []
            var onPath: Set<String> = []
            var next: String? = id
            var top = id
            while let current = next, onPath.insert(current).inserted {
                if let known = roots[current] { top = known; break }
                guard let record = records[current] else { break }
                path.append(current)
                top = current
                next = record.extends
            }
            for member in path { roots[member] = top }
        }
        return roots
    }
}

/// The identity of one built catalog, compared with `===`: copies of a `Catalog` share it.
final class CatalogIdentity: Sendable {}
