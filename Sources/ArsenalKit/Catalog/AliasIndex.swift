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

    /// The lookup key of a designation: lowercased, diacritics folded, every decimal digit
    /// written as its ASCII digit (Persian "۱", Arabic-Indic "١" and Devanagari "१" are all
    /// "1", so "میثاق-۱" and "میثاق-1" are one key), and only letters and digits kept.
    public static func normalize(_ name: String) -> String {
        // ASCII (nearly every designation) needs no folding tables: letters lowercased,
        // digits kept, the rest dropped, as `foldedKey` would (a tenth of a start-up went
        // to folding plain ASCII names).
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return foldedKey(name) }
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            if byte &- 0x30 < 10 {
                key.append(byte)
            } else if (byte | 0x20) &- 0x61 < 26 {
                key.append(byte | 0x20)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// `normalize` for any text, through Foundation's folding and the Unicode properties.
    static func foldedKey(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                key.append(scalar)
            } else if let digit = asciiDigit(scalar) {
                key.append(digit)
            }
        }
        return String(key).lowercased()
    }

    /// The ASCII digit of a decimal digit of any script (general category Nd), else nil.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.properties.generalCategory == .decimalNumber,
            let value = scalar.properties.numericValue, value >= 0, value <= 9, value == value.rounded()
        else { return nil }
        return Unicode.Scalar(UInt8(48 + Int(value)))
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
