/// What a language pack's data cannot say, as code: number words made by rule rather than
/// listed (German "zweieinhalb", "dreitausend"), hyphenated numerals that multiply (French
/// "quatre-vingt-dix"), and the case endings of system names (Russian "Иглы", Polish
/// "Pioruna"). One small type per language; `LanguageHooks.registry` lists every bundled
/// language, a language without rules having `PlainLanguage`, so a missing entry is a test
/// failure rather than a silent default.
public protocol LanguageHooks: Sendable {
    /// Number words made by rule, lowercased: word → value.
    func generatedNumberWords() -> [String: Double]
    /// The value of two cardinals joined by a hyphen ("quatre-vingt" → 80, "soixante-dix"
    /// → 70), or nil when the language joins them as tens and units (the default reading).
    func hyphenated(_ first: Double, _ second: Double) -> Double?
    /// Other spellings of a system name as the language inflects it ("Игла-С" → "Иглы-С",
    /// "Игле-С", ...); the name itself is not repeated.
    func nameForms(_ name: String) -> [String]
    /// Whether the language writes a noun and its modifiers as one word, so that a word
    /// ending with a listed noun is that noun ("Abfangflugkörper", "Flugabwehrrakete").
    var joinsNounsIntoCompounds: Bool { get }
    /// Whether the language capitalises every noun (German), so that a capital inside a
    /// sentence does not mark a name.
    var capitalisesNouns: Bool { get }
}

extension LanguageHooks {
    public func generatedNumberWords() -> [String: Double] { [:] }
    public func hyphenated(_ first: Double, _ second: Double) -> Double? { nil }
    public func nameForms(_ name: String) -> [String] { [] }
    public var joinsNounsIntoCompounds: Bool { false }
    public var capitalisesNouns: Bool { false }
}

/// The rules of every bundled language, by code.
public enum LanguageRegistry {
    /// Every bundled pack must have an entry (a test checks it).
    public static let hooks: [String: any LanguageHooks] = [
        "en": PlainLanguage(),
        "es": PlainLanguage(),
        "it": PlainLanguage(),
        "de": GermanLanguage(),
        "fr": FrenchLanguage(),
        "ru": SlavicLanguage.russian,
        "pl": SlavicLanguage.polish,
        "uk": SlavicLanguage.ukrainian,
    ]

    /// The rules of `language`, or none for a language without an entry.
    static func rules(for language: String) -> (any LanguageHooks)? { hooks[language] }
}

/// A language whose pack data says everything (English, Spanish).
public struct PlainLanguage: LanguageHooks {
    public init() {}
}
