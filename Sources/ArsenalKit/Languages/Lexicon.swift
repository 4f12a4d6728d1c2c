/// The words of one language that the claims layer reads: numbers, units, bounds, cue
/// phrases for attributes and qualities, and the cues that make a number *not* a spec.
///
/// One folder per language under `Lexicons/<lang>/` (a language pack: several YAML files,
/// each holding some of the sections; format: `Lexicons/README.md`), embedded into
/// ArsenalKit at build time. Phrase lists keep their file order; the phrase trie and
/// `QuantityScanner` match them by whole words, case-insensitively except for words with
/// two or more capitals (acronyms).
public struct Lexicon: Sendable, Hashable, Codable {
    /// ISO 639-1 code (`en`); `en+es` for a merged lexicon.
    public let language: String
    /// The language's English name.
    public let name: String
    /// How numbers are written.
    public let numbers: NumberVocabulary
    /// Spellings of each unit.
    public let units: [QuantityUnit: UnitSpellings]
    /// Phrases that bound a figure.
    public let bounds: BoundVocabulary
    /// Cue phrases per attribute ("range" → max_range, "weighs" → missile_mass).
    public let attributeCues: [Attribute: [String]]
    /// Phrases that say a system is man-portable ("shoulder-fired").
    public let manPortable: [String]
    /// Phrases per guidance token ("heat-seeking" → passive-ir).
    public let guidance: [GuidanceKind: [String]]
    /// Phrases per target token ("drones" → uav).
    public let targets: [TargetKind: [String]]
    /// Phrases per origin country code ("Soviet-era" → SU).
    public let origins: [String: [String]]
    /// Phrases per system class (`manpads`, `short_range`, `low_altitude`, `shorad`).
    public let classes: [String: [String]]
    /// Comparison phrases.
    public let comparisons: ComparisonVocabulary
    /// Phrases that make a nearby number not a spec, per category.
    public let nonClaims: [NonClaimCategory: [String]]
    /// Month names (lowercase) → month number.
    public let months: [String: Int]
    /// Phrases that refer back to the last system named ("the missile", "it").
    public let references: [String]
    /// Structure words: clause breaks, negations, verbs of carrying and operating, ...
    public let structure: StructureWords
    /// What language detection looks for.
    public let detection: DetectionWords

    /// Creates a lexicon from its parts.
    public init(
        language: String, name: String, numbers: NumberVocabulary, units: [QuantityUnit: UnitSpellings],
        bounds: BoundVocabulary, attributeCues: [Attribute: [String]] = [:], manPortable: [String] = [],
        guidance: [GuidanceKind: [String]] = [:], targets: [TargetKind: [String]] = [:],
        origins: [String: [String]] = [:], classes: [String: [String]] = [:],
        comparisons: ComparisonVocabulary = ComparisonVocabulary(), nonClaims: [NonClaimCategory: [String]] = [:],
        months: [String: Int] = [:], references: [String] = [], structure: StructureWords = StructureWords(),
        detection: DetectionWords = DetectionWords()
    ) {
        self.language = language
        self.name = name
        self.numbers = numbers
        self.units = units
        self.bounds = bounds
        self.attributeCues = attributeCues
        self.manPortable = manPortable
        self.guidance = guidance
        self.targets = targets
        self.origins = origins
        self.classes = classes
        self.comparisons = comparisons
        self.nonClaims = nonClaims
        self.months = months
        self.references = references
        self.structure = structure
        self.detection = detection
    }
}

/// How a language writes numbers.
public struct NumberVocabulary: Sendable, Hashable, Codable {
    /// The language's decimal mark ("." or ","), for reference: the scanner's digit-group
    /// rule reads "6,000" and "6.000" as thousands and "3,5" and "3.5" as decimals in every
    /// language.
    public var decimalSeparator: String
    /// Characters that separate digit groups.
    public var groupSeparators: [String]
    /// Words that are numbers on their own ("six" → 6).
    public var cardinals: [String: Double]
    /// Words that multiply the number before them ("hundred", "dozen").
    public var multipliers: [String: Double]
    /// Words that close a group or scale a figure ("thousand", "million").
    public var scales: [String: Double]
    /// Fraction words ("half" → 0.5).
    public var fractions: [String: Double]
    /// Articles that may stand for "one" before a multiplier or scale ("a dozen").
    public var articles: [String]
    /// Words that join parts of one number ("one hundred and fifty", "treinta y cinco").
    public var joiners: [String]
    /// Phrases after a number that add one half ("and a half").
    public var plusHalf: [String]
    /// Words read aloud for the decimal separator between number words ("two point five",
    /// "deux virgule cinq", "zwei Komma fünf"): the digit words after one are decimals.
    public var decimalWords: [String] = []
    /// Words allowed between a multiplier or scale and a unit ("a couple of miles").
    public var unitLinks: [String]
    /// Number words that count only before a unit, multiplier or scale.
    public var weak: [String]
    /// Words that separate two conversions of one figure inside brackets ("(5 mi or 8 km)").
    public var conversionWords: [String]

    /// Creates a number vocabulary.
    public init(
        decimalSeparator: String = ".", groupSeparators: [String] = [","], cardinals: [String: Double] = [:],
        multipliers: [String: Double] = [:], scales: [String: Double] = [:], fractions: [String: Double] = [:],
        articles: [String] = [], joiners: [String] = [], plusHalf: [String] = [], unitLinks: [String] = [],
        weak: [String] = [], conversionWords: [String] = [], decimalWords: [String] = []
    ) {
        self.decimalSeparator = decimalSeparator
        self.groupSeparators = groupSeparators
        self.cardinals = cardinals
        self.multipliers = multipliers
        self.scales = scales
        self.fractions = fractions
        self.articles = articles
        self.joiners = joiners
        self.plusHalf = plusHalf
        self.unitLinks = unitLinks
        self.weak = weak
        self.conversionWords = conversionWords
        self.decimalWords = decimalWords
    }
}

/// How a language spells one unit.
public struct UnitSpellings: Sendable, Hashable, Codable {
    /// Case-insensitive spellings written apart from the number ("kilometres").
    public var words: [String]
    /// Case-sensitive abbreviations, which may be glued to the number ("6km").
    public var symbols: [String]
    /// Spellings that come before the number ("Mach 2").
    public var beforeNumber: [String]

    /// Creates spellings.
    public init(words: [String] = [], symbols: [String] = [], beforeNumber: [String] = []) {
        self.words = words
        self.symbols = symbols
        self.beforeNumber = beforeNumber
    }
}

/// A range construction: `open X join Y` ("between 5 and 6 km", "de 500 a 6.000 m").
public struct RangePattern: Sendable, Hashable, Codable {
    /// The word that opens the range; nil when the joiner works alone ("5 to 6 km").
    public var open: String?
    /// Words or dashes between the two figures.
    public var join: [String]

    /// Creates a pattern.
    public init(open: String?, join: [String]) {
        self.open = open
        self.join = join
    }
}

/// Phrases that bound a figure.
public struct BoundVocabulary: Sendable, Hashable, Codable {
    /// Phrases right before the figure, per bound ("up to").
    public var before: [ClaimBound: [String]]
    /// Phrases right after the figure and its unit, per bound ("or more").
    public var after: [ClaimBound: [String]]
    /// Range constructions (bound `between`).
    public var ranges: [RangePattern]

    /// Creates a bound vocabulary.
    public init(before: [ClaimBound: [String]] = [:], after: [ClaimBound: [String]] = [:], ranges: [RangePattern] = []) {
        self.before = before
        self.after = after
        self.ranges = ranges
    }
}

/// How a comparison relates two systems (a contract value in findings).
public enum ComparisonRelation: String, Sendable, Codable, CaseIterable, Hashable {
    /// "longer range than", "faster than".
    case greaterThan = "greater_than"
    /// "shorter range than", "lighter than".
    case lessThan = "less_than"
    /// "similar to", "comparable to".
    case similarTo = "similar_to"
}

/// Comparison phrases.
public struct ComparisonVocabulary: Sendable, Hashable, Codable {
    /// "similar to", "comparable to": no attribute.
    public var similarTo: [String]
    /// Per attribute: "longer range than" (max_range), "faster than" (max_speed).
    public var greaterThan: [Attribute: [String]]
    /// Per attribute: "shorter range than", "lighter than".
    public var lessThan: [Attribute: [String]]

    /// Creates a comparison vocabulary.
    public init(similarTo: [String] = [], greaterThan: [Attribute: [String]] = [:], lessThan: [Attribute: [String]] = [:]) {
        self.similarTo = similarTo
        self.greaterThan = greaterThan
        self.lessThan = lessThan
    }
}

/// Categories of cues that make a number near them not a specification.
public enum NonClaimCategory: String, Sendable, Codable, CaseIterable, Hashable {
    /// People counted: troops, soldiers, casualties.
    case persons
    /// Currency names after a figure: dollars, euros.
    case money
    /// Words that make a nearby figure a sum: price, contract, budget.
    case moneyContext = "money_context"
    /// Currency symbols and codes before a figure: $, €, USD.
    case currencySymbols = "currency_symbols"
    /// Things counted rather than measured: units, missiles, launchers.
    case counts
    /// Time words: year, months, since.
    case dates
    /// Percent signs and words.
    case percent
    /// Words after which a number is a designation: Type 91, Block 2.
    case designations
    /// Words right after a length unit that make the figure an area, where the adjective
    /// follows its noun: "150 kilómetros cuadrados", "kilomètres carrés", "kilometrów
    /// kwadratowych". Such a figure is not a distance.
    case areas
}

extension Lexicon {
    /// Every language with a pack in `Lexicons/<lang>/`, sorted (`["de", "en", "es", ...]`).
    public static var bundledLanguages: [String] {
        var languages: Set<String> = []
        for file in embeddedResourceFiles where file.path.hasPrefix("Lexicons/") && file.path.hasSuffix(".yaml") {
            let parts = file.path.split(separator: "/")
            if parts.count == 3 { languages.insert(String(parts[1])) }
        }
        return languages.sorted()
    }

    /// The files of a bundled pack (path, text), its examples file excluded.
    static func bundledFiles(_ language: String) -> [(path: String, text: String)] {
        let prefix = "Lexicons/\(language)/"
        return embeddedResourceFiles.filter {
            $0.path.hasPrefix(prefix) && $0.path.hasSuffix(".yaml") && !$0.path.hasSuffix("/examples.yaml")
                && !$0.path.dropFirst(prefix.count).contains("/")
        }
    }

    /// The bundled pack of `language` (`en`, `es`, `ru`, ...).
    public static func bundled(_ language: String) throws(LexiconError) -> Lexicon {
        let files = bundledFiles(language)
        guard !files.isEmpty else { throw .unknownLanguage(language, available: bundledLanguages) }
        let lexicon = try load(files: files)
        guard lexicon.language == language else {
            throw .invalid(SourceLocation(file: files[0].path, line: 1, column: 1),
                           "the pack in Lexicons/\(language)/ says it is '\(lexicon.language)'")
        }
        return lexicon
    }

    /// Every bundled lexicon, in `bundledLanguages` order.
    public static func allBundled() throws(LexiconError) -> [Lexicon] {
        var result: [Lexicon] = []
        for language in bundledLanguages { result.append(try bundled(language)) }
        return result
    }

    /// One lexicon holding every entry of `lexicons` (for articles that mix languages).
    /// Lists are concatenated without duplicates; for a word with two values the first
    /// lexicon wins. The language is the codes joined with `+`.
    public static func merged(_ lexicons: [Lexicon]) -> Lexicon {
        guard let first = lexicons.first else {
            return Lexicon(language: "", name: "", numbers: NumberVocabulary(), units: [:], bounds: BoundVocabulary())
        }
        if lexicons.count == 1 { return first }
        func list(_ pick: (Lexicon) -> [String]) -> [String] { unique(lexicons.flatMap(pick)) }
        func table<K: Hashable>(_ pick: (Lexicon) -> [K: [String]]) -> [K: [String]] {
            var result: [K: [String]] = [:]
            for lexicon in lexicons {
                for (key, value) in pick(lexicon) { result[key] = unique((result[key] ?? []) + value) }
            }
            return result
        }
        func values<V>(_ pick: (Lexicon) -> [String: V]) -> [String: V] {
            var result: [String: V] = [:]
            for lexicon in lexicons {
                for (key, value) in pick(lexicon) where result[key] == nil { result[key] = value }
            }
            return result
        }
        let numbers = NumberVocabulary(
            decimalSeparator: first.numbers.decimalSeparator,
            groupSeparators: list(\.numbers.groupSeparators),
            cardinals: values(\.numbers.cardinals),
            multipliers: values(\.numbers.multipliers),
            scales: values(\.numbers.scales),
            fractions: values(\.numbers.fractions),
            articles: list(\.numbers.articles),
            joiners: list(\.numbers.joiners),
            plusHalf: list(\.numbers.plusHalf),
            unitLinks: list(\.numbers.unitLinks),
            weak: list(\.numbers.weak),
            conversionWords: list(\.numbers.conversionWords),
            decimalWords: list(\.numbers.decimalWords))
        var units: [QuantityUnit: UnitSpellings] = [:]
        for lexicon in lexicons {
            for (unit, spellings) in lexicon.units {
                var merged = units[unit] ?? UnitSpellings()
                merged.words = unique(merged.words + spellings.words)
                merged.symbols = unique(merged.symbols + spellings.symbols)
                merged.beforeNumber = unique(merged.beforeNumber + spellings.beforeNumber)
                units[unit] = merged
            }
        }
        var ranges: [RangePattern] = []
        for pattern in lexicons.flatMap(\.bounds.ranges) {
            if let index = ranges.firstIndex(where: { $0.open == pattern.open }) {
                ranges[index].join = unique(ranges[index].join + pattern.join)
            } else {
                ranges.append(pattern)
            }
        }
        return Lexicon(
            language: lexicons.map(\.language).joined(separator: "+"),
            name: lexicons.map(\.name).joined(separator: " + "),
            numbers: numbers,
            units: units,
            bounds: BoundVocabulary(before: table(\.bounds.before), after: table(\.bounds.after), ranges: ranges),
            attributeCues: table(\.attributeCues),
            manPortable: list(\.manPortable),
            guidance: table(\.guidance),
            targets: table(\.targets),
            origins: table(\.origins),
            classes: table(\.classes),
            comparisons: ComparisonVocabulary(
                similarTo: list(\.comparisons.similarTo),
                greaterThan: table(\.comparisons.greaterThan),
                lessThan: table(\.comparisons.lessThan)),
            nonClaims: table(\.nonClaims),
            months: values(\.months),
            references: list(\.references),
            structure: lexicons.dropFirst().reduce(first.structure) { $0.merged(with: $1.structure) },
            detection: DetectionWords(stopwords: list(\.detection.stopwords), letters: list(\.detection.letters)))
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}

/// Why a lexicon could not be loaded.
public enum LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No bundled lexicon has that language code.
    case unknownLanguage(String, available: [String])
    /// The YAML is malformed or does not follow the lexicon format.
    case invalid(SourceLocation, String)

    public var description: String {
        switch self {
        case .unknownLanguage(let language, let available):
            "no language pack for '\(language)'; packs: \(available.joined(separator: ", "))"
        case .invalid(let location, let message):
            "\(location): \(message)"
        }
    }
}
