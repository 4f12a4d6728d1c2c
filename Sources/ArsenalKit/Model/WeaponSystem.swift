/// One weapon system (or variant) as the database records it.
public struct WeaponSystem: Hashable, Sendable, Identifiable, Codable {
    /// Lowercase slug, equal to the file name (`igla-s`).
    public var id: String
    /// Full designation (`9K338 Igla-S`).
    public var name: String
    /// Other designations articles use.
    public var aliases: [String]
    /// The aliases that are also common words or names ("Tor" is German for gate, "Osa"
    /// Russian and Polish for wasp): looked up by name as any alias, but in article text
    /// they name the record only where the same document also names it by a designation
    /// that is not ambiguous (`ambiguous_aliases` in the data file).
    public var ambiguousAliases: [String] = []
    /// What kind of system it is.
    public var kind: SystemKind
    /// ISO 3166-1 alpha-2 country code, or SU for the Soviet Union.
    public var origin: String
    /// Developer or manufacturer, free text.
    public var developer: String?
    /// The base record this one is a variant of.
    public var extends: String?
    /// Free text about the sources.
    public var sourcesNote: String?
    /// Every attribute's sourced values (after inheritance, once the catalog resolves it).
    public var specs: [Attribute: [SourcedValue]]
    /// The data file the record comes from.
    public var file: String
    /// Where fields sit in the file: each top-level key by name, plus `aliases[N]` and
    /// `extends.value` for the values themselves.
    public var fieldLocations: [String: SourceLocation]

    /// Creates a record.
    public init(
        id: String, name: String, aliases: [String] = [], kind: SystemKind, origin: String,
        developer: String? = nil, extends: String? = nil, sourcesNote: String? = nil,
        specs: [Attribute: [SourcedValue]] = [:], file: String, fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.origin = origin
        self.developer = developer
        self.extends = extends
        self.sourcesNote = sourcesNote
        self.specs = specs
        self.file = file
        self.fieldLocations = fieldLocations
    }

    /// The values of one attribute (empty when the record has none).
    public func values(_ attribute: Attribute) -> [SourcedValue] {
        specs[attribute] ?? []
    }

    /// Where each alias is written, parallel to `aliases`.
    public var aliasLocations: [SourceLocation?] {
        aliases.indices.map { fieldLocations["aliases[\($0)]"] }
    }

    /// Where the `extends` value is written (falls back to the key).
    public var extendsValueLocation: SourceLocation? {
        fieldLocations["extends.value"] ?? fieldLocations["extends"]
    }

    /// Every name the record answers to: id, name and aliases.
    public var designations: [String] { [name] + aliases }

    /// Where each ambiguous alias is written, parallel to `ambiguousAliases`.
    public var ambiguousAliasLocations: [SourceLocation?] {
        ambiguousAliases.indices.map { fieldLocations["ambiguous_aliases[\($0)]"] }
    }

    /// Whether `designation` is one of the record's ambiguous aliases (compared as the
    /// alias index compares names).
    public func isAmbiguous(_ designation: String) -> Bool {
        guard !ambiguousAliases.isEmpty else { return false }
        let key = AliasIndex.normalize(designation)
        return ambiguousAliases.contains { AliasIndex.normalize($0) == key }
    }
}
