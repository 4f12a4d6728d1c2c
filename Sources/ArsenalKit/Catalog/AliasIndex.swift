import Foundation

/// Resolves any designation to one record: case-, diacritic- and punctuation-insensitive
/// ("Igla-S", "IGLA S", "igla.s" and "Игла-С" all land on the same key).
public struct AliasIndex: Sendable {
    /// Normalized designation → record id.
    public private(set) var ids: [String: String] = [:]
    /// Normalized designation → the spelling recorded in the data (for messages).
    public private(set) var spellings: [String: String] = [:]

    /// Creates an empty index.
    public init() {}

    /// The lookup key of a designation: lowercased, diacritics folded, and only letters
    /// and digits kept.
    public static func normalize(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            key.append(scalar)
        }
        return String(key).lowercased()
    }

    /// Adds `name` for record `id`; returns the id already holding the name, if another.
    @discardableResult
    public mutating func insert(_ name: String, for id: String) -> String? {
        let key = Self.normalize(name)
        guard !key.isEmpty else { return nil }
        if let existing = ids[key], existing != id { return existing }
        ids[key] = id
        spellings[key] = spellings[key] ?? name
        return nil
    }

    /// The record id a designation names, if any.
    public func id(for name: String) -> String? {
        ids[Self.normalize(name)]
    }
}
