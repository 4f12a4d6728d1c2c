/// German writes numbers as one word: "fünfundzwanzig" (5 + 20), "dreihundert",
/// "zweitausendfünfhundert", "zweieinhalb" (2.5), "anderthalb" (1.5). The pack lists the
/// parts; this type builds every number word up to 9,999 and the "-einhalb" forms.
public struct GermanLanguage: LanguageHooks {
    public init() {}

    /// "Abfangflugkörper", "Flugabwehrrakete": the last part of a compound is its head noun.
    public var joinsNounsIntoCompounds: Bool { true }
    public var capitalisesNouns: Bool { true }

    static let units = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
    static let teens = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
    static let tens = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]

    /// The word for 1–99 ("ein" for 1 inside a compound).
    static func belowHundred(_ n: Int) -> String {
        if n < 10 { return units[n] }
        if n < 20 { return teens[n - 10] }
        let unit = n % 10
        return unit == 0 ? tens[n / 10] : units[unit] + "und" + tens[n / 10]
    }

    /// The word for 1–999.
    static func belowThousand(_ n: Int) -> String {
        let hundreds = n / 100
        let rest = n % 100
        return (hundreds > 0 ? units[hundreds] + "hundert" : "") + (rest > 0 ? belowHundred(rest) : "")
    }

    public func generatedNumberWords() -> [String: Double] {
        var words: [String: Double] = [:]
        for n in 1..<10_000 {
            let thousands = n / 1000
            let rest = n % 1000
            var word = (thousands > 0 ? Self.units[thousands] + "tausend" : "") + (rest > 0 ? Self.belowThousand(rest) : "")
            if word == "ein" { word = "eins" }
            words[word] = Double(n)
            if n < 100 { words[word + "einhalb"] = Double(n) + 0.5 }
        }
        words["eineinhalb"] = 1.5
        words["anderthalb"] = 1.5
        return words
    }
}

/// French numerals that data cannot list as single words: "soixante-dix" (70), "quatre-vingt"
/// (80), "quatre-vingt-dix" (90), "soixante-quinze" (75): a hyphen after sixty adds a teen,
/// a hyphen between four and twenty multiplies.
public struct FrenchLanguage: LanguageHooks {
    public init() {}

    public func hyphenated(_ first: Double, _ second: Double) -> Double? {
        if first == 4 && second == 20 { return 80 }
        if (first == 60 || first == 80) && second >= 10 && second < 20 { return first + second }
        if first == 80 && second >= 1 && second < 10 { return first + second }
        return nil
    }
}
