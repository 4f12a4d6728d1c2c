/// Russian and Polish decline names: "ПЗРК «Игла»", "дальность «Иглы»", "с «Иглой»";
/// "zestaw Piorun", "zasięg Pioruna", "Piorunem", "Pioruny". The catalog lists the
/// nominative; this type adds the case forms of each name's last word (the first word of
/// a hyphenated name: "Иглы-С").
public struct SlavicLanguage: LanguageHooks {
    /// Endings that replace a final vowel (feminine and neuter names).
    let vowelEndings: [Character: [String]]
    /// Endings added after a final consonant (masculine names).
    let consonantEndings: [String]
    /// The alphabet whose names inflect (Cyrillic names in Russian, Latin in Polish).
    let inflectsScalar: @Sendable (Unicode.Scalar) -> Bool
    /// Endings that replace a final soft sign or "й" (soft masculine names: "Панцирь" →
    /// "Панциря", "Панцирем").
    var softEndings: [Character: [String]] = [:]
    /// The locative and dative forms that soften the stem's last consonant, by that consonant
    /// (Polish "Igła" → Igle, "Strzała-2" → Strzale-2, "Werba" → Werbie, "Stinger" →
    /// Stingerze): they replace the consonant (and a feminine name's final vowel).
    var softenedStems: [Character: String] = [:]
    /// The plural after a velar or hissing consonant, where the spelling writes "и"/"i" for
    /// "ы"/"y" (Russian "Бук" → «Буки», Polish "Buk" → Buki): these consonants and that ending.
    var velarPlural: (consonants: String, ending: String) = ("", "")
    /// Whether a feminine name in "-a" with a hyphenated tail has a genitive plural without
    /// ending (Polish "Strzała-2M" → "radzieckich Strzał-2M", Russian "Стрела-2" → "советских
    /// «Стрел-2»"). Only with a tail: the bare stem alone is often a word ("strzał", a shot).
    var bareGenitivePlural = false
    /// Whether a stem ending in two consonants takes a vowel between them in that bare
    /// genitive plural (Polish "Igła-S" → "rosyjskich Igieł-S", "Igła" → "Igieł"; "ie" after
    /// k and g). The form differs from the bare stem, so it is kept without a tail too.
    var fleetingE = false
    /// Whether the language writes Cyrillic, where a designation's Latin capitals are often
    /// typed as the Cyrillic letters that look the same ("9К338", "9М39", "С-300").
    var writesCyrillic = false

    /// Russian: "Игла" → Иглы, Игле, Иглу, Иглой, Иглою; "Верба" → Вербы, ...;
    /// "Стрела" → Стрелы, ...; a consonant ending takes -а, -у, -ом, -е, -ы, -ов (-и after
    /// к, г, х and the hissing consonants: «Буки»).
    public static let russian = SlavicLanguage(
        vowelEndings: ["а": ["ы", "е", "у", "ой", "ою"], "я": ["и", "е", "ю", "ей"]],
        consonantEndings: ["а", "у", "ом", "е", "ы", "ов", "ами", "ах"],
        inflectsScalar: { $0.value >= 0x400 && $0.value <= 0x4FF },
        softEndings: ["ь": ["я", "ю", "ем", "е", "и", "ей"], "й": ["я", "ю", "ем", "е", "и", "ев"]],
        velarPlural: ("кгхжшчщ", "и"), bareGenitivePlural: true, writesCyrillic: true)

    /// Ukrainian: "Ігла" → Ігли, Іглі, Іглу, Іглою; "Стінгер" → Стінгера, Стінгеру, Стінгером,
    /// Стінгері, Стінгери, Стінгерів; "Містраль" → Містраля, Містралю, Містралем, Містралів.
    public static let ukrainian = SlavicLanguage(
        vowelEndings: ["а": ["и", "і", "у", "ою"], "я": ["і", "ю", "ею"]],
        consonantEndings: ["а", "у", "ові", "ом", "і", "и", "ів", "ами", "ах"],
        inflectsScalar: { $0.value >= 0x400 && $0.value <= 0x4FF },
        softEndings: ["ь": ["я", "ю", "ем", "і", "ів"], "й": ["я", "ю", "єм", "ї", "їв"]], writesCyrillic: true)

    /// Polish: "Piorun" → Pioruna, Piorunowi, Piorunem, Piorunie, Pioruny, Piorunów, ...;
    /// "Strzała" → Strzały, Strzale, Strzałę, Strzałą; also foreign names ("Stingera",
    /// "Stingerem", "Stingerów").
    public static let polish = SlavicLanguage(
        vowelEndings: ["a": ["y", "i", "e", "ę", "ą", "om", "ami", "ach"]],
        consonantEndings: ["a", "u", "owi", "em", "ie", "y", "ów", "ami", "ach", "om"],
        inflectsScalar: { $0.properties.isAlphabetic && $0.value < 0x250 },
        softenedStems: ["ł": "le", "r": "rze", "b": "bie", "t": "cie", "d": "dzie", "n": "nie", "w": "wie", "m": "mie",
                        "s": "sie", "p": "pie", "k": "ce", "g": "dze"],
        velarPlural: ("kg", "i"), bareGenitivePlural: true, fleetingE: true)

    /// A stem ending in two consonants with a vowel put between them ("Igł" → "Igieł",
    /// "ie" after k and g, else "e"); nil when the stem does not end in two consonants.
    static func withFleetingE(_ stem: Substring) -> String? {
        let vowels = "aeiouyąęó"
        guard stem.count >= 3, let last = stem.last, let before = stem.dropLast().last,
              last.isLetter, before.isLetter, !vowels.contains(Character(last.lowercased())),
              !vowels.contains(Character(before.lowercased())) else { return nil }
        let soft = "kg".contains(Character(before.lowercased())) ? "ie" : "e"
        return String(stem.dropLast()) + soft + String(last)
    }

    public func nameForms(_ name: String) -> [String] {
        if writesCyrillic, let cyrillic = Self.cyrillicLookalike(of: name) { return [cyrillic] + declinedForms(name) }
        return declinedForms(name)
    }

    /// Latin capitals and the Cyrillic capitals that look the same.
    static let lookalikes: [Character: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
    ]

    /// A designation ("9K338", "9M39", "S-300") spelt with the Cyrillic capitals that look
    /// like its Latin ones, as Russian and Ukrainian texts type it: a name with a digit,
    /// whose letters are all capitals with such a twin. Nil for any other name.
    static func cyrillicLookalike(of name: String) -> String? {
        guard name.contains(where: \.isNumber) else { return nil }
        var result = ""
        var changed = false
        for character in name {
            if let twin = lookalikes[character] {
                result.append(twin)
                changed = true
            } else if character.isLetter {
                return nil
            } else {
                result.append(character)
            }
        }
        return changed ? result : nil
    }

    /// Whether the words after a name's first word mark a version and do not decline: each
    /// a number, or at most four capitals and digits ("3", "M3", "NG", "II"), as in
    /// "Mistral 3", "Mistral M3".
    static func isVersionMark(_ rest: Substring) -> Bool {
        let words = rest.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { word in
            word.allSatisfy(\.isNumber)
                || (word.count <= 4 && word.allSatisfy { $0.isNumber || ($0.isUppercase && $0.isASCII) })
        }
    }

    /// The case forms of a name's declining word.
    func declinedForms(_ name: String) -> [String] {
        // The word that declines: the whole name, the part before a hyphen ("Игла-С"), or
        // the word before a version mark written apart ("Mistral 3" → "Mistrala 3").
        let head: Substring
        let tail: Substring
        if let hyphen = name.firstIndex(of: "-") {
            head = name[..<hyphen]
            tail = name[hyphen...]
        } else if let space = name.firstIndex(of: " "), Self.isVersionMark(name[name.index(after: space)...]) {
            head = name[..<space]
            tail = name[space...]
        } else {
            head = Substring(name)
            tail = ""
        }
        guard head.count >= 3, !head.contains(" "), head.unicodeScalars.allSatisfy(inflectsScalar),
              let last = head.last, last.isLetter, !head.dropFirst().contains(where: \.isUppercase) else { return [] }
        var forms: [String] = []
        let lower = Character(last.lowercased())
        if let endings = vowelEndings[lower] ?? softEndings[lower] {
            forms = endings.map { String(head.dropLast()) + $0 + tail }
            // "Igła" → "Igle": the consonant before the vowel softens.
            let stem = head.dropLast()
            if vowelEndings[lower] != nil, let consonant = stem.last, let soft = softenedStems[Character(consonant.lowercased())] {
                forms.append(String(stem.dropLast()) + soft + tail)
            }
            // "Шилка" → "Шилки", "Тунгуска" → "Тунгуски": after к, г, х and the hissing
            // consonants the ending written "ы" is "и".
            if lower == "а", let consonant = stem.last, velarPlural.consonants.contains(Character(consonant.lowercased())) {
                forms.append(String(stem) + velarPlural.ending + tail)
            }
            if bareGenitivePlural, !tail.isEmpty, lower == "a" || lower == "а" { forms.append(String(stem) + tail) }
            if fleetingE, lower == "a", let inserted = Self.withFleetingE(stem) { forms.append(inserted + tail) }
        } else if !"аеёиоуыэюяьйіїєaeiouyąęó".contains(lower) {
            forms = consonantEndings.map { String(head) + $0 + tail }
            if velarPlural.consonants.contains(lower) { forms.append(String(head) + velarPlural.ending + tail) }
            // "Buk" → "Bukiem": Polish writes "i" between k or g and the instrumental's "em".
            if velarPlural.consonants.contains(lower), consonantEndings.contains("em") { forms.append(String(head) + "iem" + tail) }
            // "Stinger" → "Stingerze"; a masculine "-ie" form already covers n, m, b, p, w.
            if let soft = softenedStems[lower], soft.hasSuffix("ze") || soft.hasSuffix("le") || soft.hasSuffix("cie") || soft.hasSuffix("dzie") {
                forms.append(String(head.dropLast()) + soft + tail)
            }
        }
        return forms
    }
}
