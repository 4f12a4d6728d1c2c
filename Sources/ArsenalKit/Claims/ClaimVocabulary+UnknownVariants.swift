/// Names followed by a version the catalog does not list ("Igla-M", "Pantsir-S1M"): the
/// record's own name is no match there.
extension ClaimVocabulary {
    /// "Igla-M", "Stinger-2" or "Бук-М3": a designation followed by a hyphen and one or two
    /// letters (Latin or Cyrillic) or digits names a variant the catalog does not have; it is not the base record.
    /// So do three to five capitals and digits with at least one digit or all capitals ("Pantsir-S1M",
    /// "Pantsir-SMD", "Тор-М2КМ"), unless another hyphen follows ("Patriot-PAC-3" names the
    /// record's own version) or it ends in E or Э, the export mark of a listed version
    /// ("Buk-M2E" is the Buk-M2 sold abroad); lower-case words after a hyphen ("Stinger-Raketen")
    /// are no version.
    static func isUnknownVariant(after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end + 1 < bytes.count, bytes[end] == 0x2D else { return false }
        var (k, count, capitals, export) = (end + 1, 0, true, false)
        while k < bytes.count, count <= 5, TextScan.isASCIIAlphanumeric(bytes[k]) || (bytes[k] == 0xD0 || bytes[k] == 0xD1) && k + 1 < bytes.count {
            export = bytes[k] == 0x45 || bytes[k] == 0xD0 && bytes[k + 1] == 0xAD
            if bytes[k] < 0x80 {
                capitals = capitals && (TextScan.isASCIIUppercase(bytes[k]) || bytes[k] &- 0x30 < 10)
            } else {
                // Cyrillic capitals are D0 80 to D0 AF (Ѐ to Я).
                capitals = capitals && bytes[k] == 0xD0 && bytes[k + 1] <= 0xAF
            }
            (k, count) = (k + (bytes[k] < 0x80 ? 1 : 2), count + 1)
        }
        guard count >= 1, k >= bytes.count || !TextScan.isWordScalar(at: k, in: bytes) else { return false }
        if count <= 2 { return true }
        return count <= 5 && capitals && !export && (k >= bytes.count || bytes[k] != 0x2D)
    }
}
