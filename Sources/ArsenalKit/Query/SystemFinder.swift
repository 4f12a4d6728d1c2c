/// Which record a name refers to, forgiving case, spacing, punctuation and small typos
/// ("Stringer", "SA 24", "grinch", "igla s").
///
/// Every designation (id, name, aliases) is compared by its `AliasIndex` key. A key that
/// equals the query is an exact match; then, in order of strength: the query is one whole
/// word of a designation ("Igla" in "9K338 Igla-S"), a prefix of a key ("strela"), or a
/// key within a few edits (one per three letters, at most three; fewer edits are
/// stronger). Each record keeps its strongest match; records that tie for the strongest
/// are all candidates, so "strela" lists every Strela.
public struct SystemFinder: Sendable {
    private let catalog: Catalog

    /// Creates a finder over `catalog`.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// How a designation matched.
    public enum MatchKind: String, Sendable, Codable, Comparable {
        /// The designation, ignoring case, spacing and punctuation.
        case exact
        /// One whole word of the designation.
        case word
        /// The beginning of the designation.
        case prefix
        /// The designation with a few letters changed.
        case typo

        private var rank: Int {
            switch self {
            case .exact: 0
            case .word: 1
            case .prefix: 2
            case .typo: 3
            }
        }

        public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rank < rhs.rank }
    }

    /// One record a query may mean.
    public struct Match: Sendable, Hashable {
        /// The record.
        public let system: WeaponSystem
        /// The designation that matched, as the data spells it.
        public let designation: String
        /// How it matched.
        public let kind: MatchKind
        /// Letters changed, added or removed (0 unless a typo).
        public let distance: Int
    }

    /// The answer to a query.
    public struct Result: Sendable {
        /// The query as typed.
        public let query: String
        /// The candidates, strongest first; the first is the answer when not ambiguous.
        public let matches: [Match]
        /// How sure the answer is.
        public let status: Status
    }

    /// How sure an answer is.
    public enum Status: String, Sendable, Codable {
        /// The query is one of the record's designations.
        case exact
        /// One record matches best, but not exactly ("Stringer").
        case fuzzy
        /// Several records match equally well; `matches` lists them.
        case ambiguous
        /// Nothing is close.
        case none
    }

    /// Finds what `query` refers to; `limit` caps the candidates listed.
    public func find(_ query: String, limit: Int = 5) -> Result {
        let key = AliasIndex.normalize(query)
        guard !key.isEmpty else { return Result(query: query, matches: [], status: .none) }
        var best: [Match] = []
        for system in catalog.systems {
            var strongest: Match?
            for designation in system.designations + [system.id] {
                guard let match = Self.match(key, designation, system: system) else { continue }
                if strongest.map({ (match.kind, match.distance) < ($0.kind, $0.distance) }) ?? true { strongest = match }
            }
            if let strongest { best.append(strongest) }
        }
        best.sort { ($0.kind, $0.distance, $0.system.id) < ($1.kind, $1.distance, $1.system.id) }
        guard let top = best.first else { return Result(query: query, matches: [], status: .none) }
        if top.kind == .exact { return Result(query: query, matches: [top], status: .exact) }
        let tied = best.filter { $0.kind == top.kind && $0.distance == top.distance }
        if tied.count == 1 { return Result(query: query, matches: Array(best.prefix(limit)), status: .fuzzy) }
        return Result(query: query, matches: Array(tied.prefix(limit)), status: .ambiguous)
    }

    /// Designations to suggest for a name that does not resolve ("did you mean").
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let result = find(query, limit: limit)
        return result.status == .none ? [] : result.matches.prefix(limit).map(\.designation)
    }

    private static func match(_ key: String, _ designation: String, system: WeaponSystem) -> Match? {
        let target = AliasIndex.normalize(designation)
        guard !target.isEmpty else { return nil }
        if target == key { return Match(system: system, designation: designation, kind: .exact, distance: 0) }
        let words = designation.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { AliasIndex.normalize(String($0)) }
        if words.count > 1, words.contains(key) {
            return Match(system: system, designation: designation, kind: .word, distance: 0)
        }
        if key.count >= 3, target.hasPrefix(key) {
            return Match(system: system, designation: designation, kind: .prefix, distance: 0)
        }
        let allowed = max(1, min(3, key.count / 3))
        // Lengths that differ by more than the allowance cannot be within it.
        guard abs(target.count - key.count) <= allowed else { return nil }
        let distance = editDistance(key, target)
        guard distance <= allowed else { return nil }
        return Match(system: system, designation: designation, kind: .typo, distance: distance)
    }
}
