/// What a phrase found in an article stands for.
enum Cue: Sendable, Hashable {
    /// A designation of a catalog record (index into `Catalog.systems`).
    case system(Int)
    /// A designation of a weapon system the database does not hold (index into
    /// `OutsideSystems.bundled`).
    case outsideSystem(Int)
    /// A phrase that refers back to a system ("the missile", "it").
    case reference
    /// A cue that ties a nearby figure to an attribute ("range", "weighs").
    case attribute(Attribute)
    /// "shoulder-fired", "carried by a single soldier".
    case manPortable
    /// "too heavy to be carried".
    case notManPortable
    /// A guidance method ("heat-seeking").
    case guidance(GuidanceKind)
    /// A target type ("drones").
    case target(TargetKind)
    /// A verb or preposition that makes target words after it a target claim ("take down").
    case targetVerb
    /// A country of origin ("Russian-made").
    case origin(String)
    /// A country's name ("Poland"): an origin only in parentheses after a name.
    case country(String)
    /// A class word ("short-range").
    case systemClass(SystemClass)
    /// A comparison phrase ("similar to", "longer range than").
    case comparison(ComparisonRelation, Attribute?)
    /// A word that makes a nearby number not a specification ("troops", "dollars").
    case nonClaim(NonClaimCategory)
    /// A structure word.
    case word(WordClass)

    /// Cues of one group compete: at one start only the longest is kept, and a cue
    /// overlapping an earlier one of its group is dropped.
    var group: Int {
        switch self {
        case .system, .outsideSystem: 0
        case .reference: 1
        case .attribute: 2
        case .manPortable, .notManPortable: 3
        case .guidance: 4
        case .target: 5
        case .targetVerb: 6
        case .origin: 7
        case .systemClass: 8
        case .comparison: 9
        case .nonClaim: 10
        case .country: 11
        case .word(let word): 100 + word.rawValue
        }
    }
}

/// One cue found in a text.
struct CueMatch: Sendable, Hashable {
    /// UTF-8 range of the phrase, including a plural or possessive ending.
    var range: Range<Int>
    /// What it stands for.
    var cue: Cue
    /// A system name that is also a common word ("Tor", "Osa"): it stands only where the
    /// text names the same system by another designation too.
    var needsContext = false
    /// An ambiguous name kept only because it is the subject of a verb of engaging targets
    /// ("Osa ... razi cele"): the only sign that it means the system is that it fights, so
    /// a figure tied to it is a guess (`ReadingFeature.Kind.ambiguousName`).
    var weakContext = false
}

/// Every phrase the extractor looks for, compiled once into one trie: the catalog's
/// designations and the language packs' cue phrases and structure words. Build it once per
/// catalog and pack and share it.
///
/// A class, written only while it is built: every sentence's analysis holds it, and
/// copying a struct of some forty tables cost a retain and a release for each.
public final class ClaimVocabulary: @unchecked Sendable {
    struct Entry: Sendable {
        var cue: Cue
        /// For acronyms (two or more capitals) and single-word names: the spelling whose
        /// capitals the text must repeat.
        var exactCapitals: [UInt8]?
        /// Whether a plural or possessive ending may follow ("Stingers", "Igla-S's").
        var inflects: Bool
        /// An ambiguous alias of its system (`WeaponSystem.ambiguousAliases`).
        var needsContext = false
    }

    /// Names, cue phrases and structure words, each with what it means.
    var trie = PhraseTrie<Entry>()
    /// The catalog's designations alone: a quick test whether a text names any system.
    var nameFilter = NameFilter(phrases: [])
    /// The designations again, with accents folded in the names and in the text, for names
    /// written with a stray accent ("Iglá-S", "Stínger"); looked up only at words that carry one.
    var accentedNames = PhraseTrie<Entry>(foldsAccents: true)
    /// The phrases the tries are built from, gathered while reading the packs (true: the
    /// accent-folding names trie); emptied once the tables are built.
    var pending: [(accented: Bool, phrase: String, entry: Entry)] = []
    /// Whether the tables were read from the compiled cache rather than built.
    var tablesFromCache = false
    /// The languages the vocabulary was built from.
    public let languages: [String]
    /// Man-portability phrases that name a category ("shoulder-fired"), as `key(_:)`.
    private(set) var categoryPhrases: Set<String> = []
    /// Words for the system named last ("the latter", "te ostatnie"), as `key(_:)`.
    private(set) var latterPhrases: [String] = []
    /// The fewest UTF-8 bytes of a phrase in `latterPhrases` (`Int.max` when there is none).
    private(set) var latterMinimumBytes = Int.max
    /// Lowercased words for "the first of the two just named" (pack `structure.former_words`).
    private(set) var formerPhrases: [String] = []
    /// "Up to" written before an attribute's noun ("do wysokości"), lowercased (pack
    /// `structure.upper_bounds_before_nouns`).
    private(set) var nounBoundPhrases: [String] = []
    /// Labels of correction notices ("correction", "fe de errores"), lowercased (pack
    /// `structure.correction_labels`).
    private(set) var correctionLabels: [String] = []
    /// Heads of names written as a word and a number ("Barak" of "Barak 8"): number to record.
    private(set) var numberedHeads: [String: [String: Int]] = [:]
    /// Approximations written before an attribute's noun ("approximate", "ungefähre"),
    /// lowercased (pack `structure.approximations_before_nouns`).
    private(set) var nounApproximationPhrases: [String] = []
    /// Each record's base record (`extends`), by index; -1 for none.
    private(set) var bases: [Int] = []
    /// Lowercased single words of the classes in `checkedInPlace`.
    private(set) var wordSets = WordSets()
    /// Word classes too common to match everywhere: checked by `SentenceAnalysis` on the
    /// few words where they matter.
    static let checkedInPlace: Set<WordClass> = [
        .determiner, .toWord, .copula, .massWord, .missileNoun, .targetNoun, .weaponNoun, .countAdjective,
        .serviceEntry, .definiteArticle, .originVerb, .predicatePreposition, .ownerPreposition, .relativePronoun,
        .firingPosition, .genericTarget, .demonstrative, .versionNoun, .newerWord, .additiveWord, .olderWord, .predecessorNoun, .successorNoun, .changeFrom, .changeTo, .changeBy, .withWord, .institution, .differenceAfter, .rangeOpener, .rangeJoin, .sensorHead, .formation, .vehicleNoun, .countryNoun, .degreeWord, .durationWord, .crewGroup, .suchWord, .purposeWord,
    ]
    /// Whether no pack gives relative pronouns (the relative-clause pass is skipped).
    var relativePronounsEmpty: Bool { wordSets[.relativePronoun]?.isEmpty ?? true }
    /// Unit symbols that may end a sentence before a capital ("... 6 km. It ...").
    private(set) var unitAbbreviations: Set<String> = []
    /// Words that do not end a sentence before a full stop ("approx."), from the packs.
    private(set) var sentenceAbbreviations: Set<String> = []
    /// Abbreviations of "year" that end a sentence after a year before a capital ("r.", "г."), formations an ordinal names ("12. Dywizjonie"), verbs whose object may follow a date in packs with year abbreviations ("wyparła w 1985 r. Strzałę-3").
    private(set) var yearAbbreviations: Set<String> = [], ordinalNouns: Set<String> = [], yearObjectVerbs: Set<String> = [], yearParticiples: Set<String> = []
    /// " and ", " y ": coordinators as bytes with a space on each side.
    private(set) var coordinators: [[UInt8]] = []
    /// " or ", " lub ": words for "or" as bytes with a space on each side.
    private(set) var alternatives: [[UInt8]] = []
    /// Lowercased clause breaks that contrast ("unlike").
    private(set) var contrasts: [String] = []
    /// Lowercased prefixes that make a target word not a target ("anti").
    private(set) var antiPrefixes: [String] = []
    /// Lowercased indefinite articles of the packs' numbers ("a", "an", "un", "una").
    private(set) var indefiniteArticles: Set<String> = []
    /// Lowercased endings after a year's hyphen that make it a decade ("-х" in "1980-х").
    private(set) var decadeSuffixes: [[UInt8]] = []
    /// Lowercased prefixes that make an origin word not an origin ("post").
    private(set) var originPrefixVetoes: [String] = []
    /// Lowercased words after an origin word that make it not an origin ("for").
    private(set) var originAfterVetoes: [String] = []
    /// `structure.origin_before_vetoes`, lowercased, each with a space after it.
    private(set) var originBeforeVetoes: [String] = []
    /// `structure.common_noun_endings`, lowercased.
    private(set) var commonNounEndings: [String] = []
    /// Lowercased ultraviolet phrases of the guidance section ("UV", "ultraviolet").
    private(set) var ultravioletWords: [String] = []
    /// Whether a pack's language joins nouns into compounds (German): a word ending with a
    /// listed noun of `compoundClasses` counts as that noun.
    private(set) var compoundNouns = false
    /// Whether a pack's language capitalises its nouns (German): a capital does not mark a name.
    private(set) var capitalisedNouns = false
    /// Noun classes whose words head compounds ("PAC-3-Abfangflugkörper" is a missile noun).
    static let compoundClasses: Set<WordClass> = [.missileNoun, .weaponNoun, .originHead, .sensorHead, .formation]

    /// Builds the vocabulary for `catalog` and `lexicons`. With a `cache`, the phrase
    /// tables are read from it when it holds tables built from exactly the same phrases,
    /// and stored in it when not (`PhraseTableArchive`).
    public init(catalog: Catalog, lexicons: [Lexicon], cache: CompiledCache = .disabled) {
        languages = lexicons.map(\.language)
        compoundNouns = lexicons.contains { LanguageRegistry.rules(for: $0.language)?.joinsNounsIntoCompounds ?? false }
        capitalisedNouns = lexicons.contains { LanguageRegistry.rules(for: $0.language)?.capitalisesNouns ?? false }
        // Looked up once, not once per name (each lookup copied the packs).
        let languageRules = lexicons.compactMap { LanguageRegistry.rules(for: $0.language) }
        var categories: Set<String> = []
        for lexicon in lexicons {
            for phrase in lexicon.structure.categoryPhrases { categories.insert(Self.key(phrase)) }
        }
        categoryPhrases = categories
        var latter: [String] = []
        var latterBytes = Int.max
        for lexicon in lexicons {
            for phrase in lexicon.structure.latterWords {
                latter.append(Self.key(phrase))
                latterBytes = min(latterBytes, phrase.utf8.count)
            }
        }
        latterPhrases = latter
        latterMinimumBytes = latterBytes
        formerPhrases = lexicons.flatMap { $0.structure.formerWords.map(Self.key) }
        nounBoundPhrases = lexicons.flatMap { $0.structure.upperBoundsBeforeNouns.map { $0.lowercased() } }
        correctionLabels = lexicons.flatMap { $0.structure.correctionLabels.map { $0.lowercased() } }
        numberedHeads = Self.numberedHeads(in: catalog)
        nounApproximationPhrases = lexicons.flatMap { $0.structure.approximationsBeforeNouns.map { $0.lowercased() } }
        let indexOf = Dictionary(catalog.systems.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        bases = catalog.systems.map { system in system.extends.flatMap { indexOf[$0] } ?? -1 }
        // An ambiguous alias needs support in the text only in the languages where it is a word.
        let commonWords = Set(lexicons.flatMap { $0.structure.commonWordNames.map(AliasIndex.normalize) })
        for (index, system) in catalog.systems.enumerated() {
            // Designations only: record ids ("stinger", "igla-s") are file names, not words
            // articles use, and a lower-case id would match the insect's stinger.
            for name in Set(system.designations).sorted() {
                let ambiguous = system.isAmbiguous(name) && commonWords.contains(AliasIndex.normalize(name))
                pending.append((false, name, Entry(cue: .system(index), exactCapitals: Self.nameCapitals(name, record: true), inflects: true, needsContext: ambiguous)))
                pending.append((true, name, Entry(cue: .system(index), exactCapitals: Self.nameCapitals(name, record: true), inflects: true, needsContext: ambiguous)))
                // Case forms of the name in languages that decline it ("Иглы-С", "Pioruna").
                for rules in languageRules {
                    for form in rules.nameForms(name) {
                        pending.append((false, form, Entry(cue: .system(index), exactCapitals: Self.nameCapitals(form, record: true), inflects: true, needsContext: ambiguous)))
                    }
                }
                if let split = Self.splitVersionMark(name) {
                    pending.append((false, split, Entry(cue: .system(index), exactCapitals: Self.nameCapitals(split, record: true), inflects: true, needsContext: ambiguous)))
                }
            }
        }
        // Systems outside the database compete with the catalog's names: "Javelin SAM" is a
        // record, "Javelin" alone the anti-tank missile; "IRIS-T SLS" is not "IRIS-T".
        for (index, outside) in OutsideSystems.bundled.enumerated() {
            for name in Set(outside.designations).sorted() {
                pending.append((false, name, Entry(cue: .outsideSystem(index), exactCapitals: Self.nameCapitals(name), inflects: true)))
                for rules in languageRules {
                    for form in rules.nameForms(name) {
                        pending.append((false, form, Entry(cue: .outsideSystem(index), exactCapitals: Self.nameCapitals(form), inflects: true)))
                    }
                }
            }
        }
        for lexicon in lexicons {
            add(lexicon.references, .reference)
            for (attribute, phrases) in lexicon.attributeCues { add(phrases, .attribute(attribute)) }
            add(lexicon.manPortable, .manPortable)
            for (kind, phrases) in lexicon.guidance { add(phrases, .guidance(kind)) }
            for (kind, phrases) in lexicon.targets { add(phrases, .target(kind)) }
            for (code, phrases) in lexicon.origins { add(phrases, .origin(code)) }
            for (name, phrases) in lexicon.classes {
                if let systemClass = SystemClass(rawValue: name) { add(phrases, .systemClass(systemClass)) }
            }
            add(lexicon.comparisons.similarTo, .comparison(.similarTo, nil))
            for (attribute, phrases) in lexicon.comparisons.greaterThan { add(phrases, .comparison(.greaterThan, attribute)) }
            for (attribute, phrases) in lexicon.comparisons.lessThan { add(phrases, .comparison(.lessThan, attribute)) }
            for (category, phrases) in lexicon.nonClaims { add(phrases, .nonClaim(category)) }
            let hints = lexicon.structure
            sentenceAbbreviations.formUnion(hints.sentenceAbbreviations)
            yearAbbreviations.formUnion(hints.yearAbbreviations); ordinalNouns.formUnion(hints.formations.map { $0.lowercased() }); if !hints.yearAbbreviations.isEmpty { yearObjectVerbs.formUnion(hints.successorsBefore.filter { !$0.contains(" ") }.map { $0.lowercased() }) }; yearParticiples.formUnion(hints.yearParticiples.map { $0.lowercased() })
            for spellings in lexicon.units.values {
                for symbol in spellings.symbols where symbol.allSatisfy(\.isLetter) {
                    unitAbbreviations.insert(symbol)
                }
            }
            coordinators += hints.coordinators.map { Array(" \($0.lowercased()) ".utf8) }
            alternatives += hints.alternatives.map { Array(" \($0.lowercased()) ".utf8) }
            contrasts += hints.contrasts.map { $0.lowercased() }
            antiPrefixes += hints.antiPrefixes.map { $0.lowercased() }
            indefiniteArticles.formUnion(lexicon.numbers.articles.map { $0.lowercased() })
            decadeSuffixes += hints.decadeSuffixes.map { Array($0.lowercased().utf8) }
            originPrefixVetoes += hints.originPrefixVetoes.map { $0.lowercased() }
            originAfterVetoes += hints.originAfterVetoes.map { $0.lowercased() }
            originBeforeVetoes += hints.originBeforeVetoes.map { $0.lowercased() + " " }
            commonNounEndings += hints.commonNounEndings.map { $0.lowercased() }
            ultravioletWords += (lexicon.guidance[.uv] ?? []).map { $0.lowercased() }
            add((lexicon.attributeCues[.targets] ?? []).filter { !hints.targetGovernorsAfter.contains($0) }, .targetVerb)
            add(hints.targetVerbs, .targetVerb)
            for (attribute, phrases) in hints.attributeCues { add(phrases, .attribute(attribute)) }
            add(hints.manPortable, .manPortable)
            add(hints.notManPortable, .notManPortable)
            for (code, phrases) in hints.origins { add(phrases, .origin(code)) }
            for (code, phrases) in hints.countryNames { add(phrases, .country(code)) }
            for (kind, phrases) in hints.guidance { add(phrases, .guidance(kind)) }
            for (kind, phrases) in hints.targets { add(phrases, .target(kind)) }
            let words: [(WordClass, [String])] = [
                (.weakTargetVerb, hints.weakTargetVerbs), (.targetGovernorAfter, hints.targetGovernorsAfter),
                (.generic, hints.generic), (.determiner, hints.determiners), (.fromWord, hints.fromWords),
                (.toWord, hints.toWords), (.crewVerb, hints.crewVerbs), (.carryVerb, hints.carryVerbs),
                (.crewPerson, hints.crewPersons), (.singleWord, hints.singleWords), (.copula, hints.copulas),
                (.negation, hints.negations), (.originHead, hints.originHeads), (.echo, hints.echoes),
                (.clauseBreak, hints.clauseBreaks), (.place, hints.places), (.otherOwner, hints.otherOwners),
                (.prepositionGovernor, hints.prepositionGovernors), (.moreThan, hints.moreThan),
                (.partNoun, hints.partNouns), (.massWord, hints.massWords), (.missileNoun, hints.missileNouns),
                (.targetNoun, hints.targetNouns), (.weaponNoun, hints.weaponNouns), (.countAdjective, hints.countAdjectives),
                (.serviceEntry, hints.serviceEntryPhrases), (.definiteArticle, hints.definiteArticles),
                (.originVerb, hints.originVerbs), (.predicatePreposition, hints.predicatePrepositions),
                (.dimension, hints.dimensions), (.nicknameIntro, hints.nicknameIntros),
                (.ownerPreposition, hints.ownerPrepositions),
                (.nicknameCloser, hints.nicknameClosers), (.relativePronoun, hints.relativePronouns),
                (.detection, hints.detectionWords), (.travel, hints.travelWords), (.originLabel, hints.originLabels), (.reachVerb, hints.reachVerbs),
                (.successorBefore, hints.successorsBefore), (.successorAfter, hints.successorsAfter),
                (.exampleIntro, hints.exampleIntros),
                (.hearsay, hints.hearsayPhrases), (.rebuttal, hints.rebuttals), (.doubtWord, hints.doubtWords), (.falsity, hints.falsityPredicates), (.firingPosition, hints.firingPositions),
                (.transfer, hints.transferWords), (.figureContrast, hints.figureContrasts),
                (.componentIntro, hints.componentIntros), (.launchVerb, hints.launchVerbs), (.shotVerb, hints.shotVerbs), (.abilityWord, hints.abilityWords), (.positionVerb, hints.positionVerbs), (.againWord, hints.againWords), (.purposeWord, hints.purposeWords), (.partitiveWord, hints.partitiveWords), (.negationVeto, hints.negationVetoes), (.gunNoun, hints.gunNouns), (.crewGroup, hints.crewGroups), (.suchWord, hints.suchWords),
                (.pairWord, hints.pairWords), (.componentNoun, hints.componentNouns),
                (.differenceWord, hints.differenceWords), (.formation, hints.formations), (.vehicleNoun, hints.vehicleNouns), (.landform, hints.landforms), (.countryNoun, hints.countryNouns), (.degreeWord, hints.degreeWords), (.rivalVerb, hints.rivalVerbs), (.envelopeWord, hints.envelopeWords), (.hedge, hints.hedges), (.thanWord, hints.thanWords), (.kinNoun, hints.kinNouns), (.versionNoun, hints.versionNouns), (.newerWord, hints.newerWords), (.additiveWord, hints.additiveWords), (.othersReference, hints.othersReferences), (.olderWord, hints.olderWords), (.predecessorNoun, hints.predecessorNouns), (.successorNoun, hints.successorNouns), (.genericTarget, hints.genericTargets),
                (.demonstrative, hints.demonstratives),
                (.comparativeGreater, hints.comparativesGreater), (.comparativeLess, hints.comparativesLess),
                (.multiple, hints.multiples), (.rangeOpener, lexicon.bounds.ranges.compactMap(\.open)), (.rangeJoin, lexicon.bounds.ranges.flatMap(\.join)),
                (.sensorHead, hints.componentNouns.filter(hints.detectionWords.contains)), (.sensorRangeNoun, Self.sensorRangeNouns(hints.detectionWords, rangeCues: lexicon.attributeCues[.maxRange] ?? [])), (.respectively, hints.respectively), (.cueOwner, hints.cueOwners), (.reducedFrame, hints.reducedFrames), (.narrowTarget, hints.narrowTargets), (.freeRelative, hints.freeRelatives), (.attribution, hints.attributions), (.versionLabel, hints.versionLabels), (.upgradeWord, hints.upgradeWords), (.beforeWord, hints.beforeWords), (.familyNoun, hints.familyNouns), (.planWord, hints.planWords), (.engagementAspect, hints.engagementAspects), (.durationWord, hints.durationWords), (.firstOfTwo, hints.firstOfTwo), (.secondOfTwo, hints.secondOfTwo), (.elevationWord, hints.elevationWords), (.soundSpeedWord, hints.soundSpeedWords), (.changeWord, hints.changeWords), (.changeFrom, hints.changeFrom), (.changeTo, hints.changeTo), (.outOfReach, hints.outOfReach), (.changeBy, hints.changeBy), (.withWord, hints.withWords), (.institution, hints.institutions), (.comparisonOpener, hints.comparisonOpeners), (.differenceAfter, hints.differenceAfter),
            ]
            add(hints.references, .reference)
            let rules = LanguageRegistry.rules(for: lexicon.language)
            for (word, listed) in words {
                // Nouns a pack lists in some of their cases also match the others, where the
                // language declines ("прицел" → "прицелом", "kopia" → "kopię").
                let phrases = rules.map { Self.declinedNouns.contains(word) ? Self.withCaseForms(listed, $0) : listed } ?? listed
                if Self.checkedInPlace.contains(word) {
                    // Very common words ("the", "is", "to") are looked up where they matter,
                    // not matched at every word start.
                    for phrase in phrases { wordSets[word, default: []].insert(phrase.lowercased()) }
                } else {
                    add(phrases, .word(word))
                }
            }
        }
        buildTables(catalog: catalog, lexicons: lexicons, cache: cache)
    }

    private func add(_ phrases: [String], _ cue: Cue) {
        for phrase in phrases {
            // The lexicon convention: a trailing full stop is optional ("approx."). Most
            // phrases have none, and are taken without counting their characters (a
            // thousand phrases' counts were a tenth of building the vocabulary at start-up).
            var text = phrase
            if phrase.utf8.last == UInt8(ascii: ".") {
                var trimmed = Substring(phrase)
                while trimmed.count > 1, trimmed.last == "." { trimmed = trimmed.dropLast() }
                text = String(trimmed)
            }
            guard let first = text.unicodeScalars.first, Self.isAlphabetic(first) || ("0"..."9").contains(first) else {
                continue
            }
            pending.append((false, text, Entry(cue: cue, exactCapitals: Self.acronymCapitals(text), inflects: false)))
        }
    }

    /// The lexicon convention: a word with two or more capitals is an acronym and matches
    /// only as written ("US" is not "us", "IR" is not Spanish "ir").
    static func acronymCapitals(_ phrase: String) -> [UInt8]? {
        var capitals = 0
        for byte in phrase.utf8 {
            if byte >= 0x80 {
                capitals = phrase.unicodeScalars.count(where: isUppercase)
                break
            }
            if byte &- 0x41 < 26 { capitals += 1 }
        }
        return capitals >= 2 ? Array(phrase.utf8) : nil
    }

    /// Word classes of nouns whose case forms the language hooks add to what a pack lists.
    static let declinedNouns: Set<WordClass> = [
        .componentNoun, .kinNoun, .predecessorNoun, .successorNoun, .partNoun, .missileNoun, .targetNoun, .weaponNoun, .vehicleNoun, .countryNoun, .formation, .versionNoun, .landform,
    ]

    /// `phrases` with the case forms of each lower-case one-word phrase of four letters or
    /// more (the hooks decline names; a common noun declines the same way: "тренога" →
    /// "треноги", "треногой"; "pocisk" → "pocisku", "pociskiem"), none listed twice.
    static func withCaseForms(_ phrases: [String], _ rules: any LanguageHooks) -> [String] {
        var seen = Set(phrases.map { $0.lowercased() })
        var result = phrases
        for phrase in phrases where phrase.count >= 4 && phrase.allSatisfy({ $0.isLetter && $0.isLowercase }) {
            for form in rules.nameForms(phrase) where seen.insert(form.lowercased()).inserted { result.append(form) }
        }
        return result
    }

    /// A designation whose version mark after a separator is letters then digits ("Tor-M2",
    /// "Бук-М1"), written with a hyphen between them as reports also spell it ("le Tor-M-2",
    /// "Buk-M-1"); nil for other names. The first part is left whole ("9K38"), and digits
    /// then letters are not split: "FIM-92-A" would match "le FIM-92 a", a verb after it.
    static func splitVersionMark(_ name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard let separator = scalars.firstIndex(where: { $0 == "-" || $0 == " " }) else { return nil }
        var start = separator + 1
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "-", scalars[end] != " " { end += 1 }
            let part = scalars[start..<end]
            let isDigit = { (s: Unicode.Scalar) in s.value &- 0x30 < 10 }
            if part.count >= 2, part.allSatisfy({ isDigit($0) || $0.properties.isAlphabetic }),
               !isDigit(part[part.startIndex]),
               let change = part.indices.dropFirst().first(where: { isDigit(part[$0]) != isDigit(part[$0 - 1]) }),
               part[change...].allSatisfy({ isDigit($0) == isDigit(part[change]) }) {
                var result = String.UnicodeScalarView()
                result.append(contentsOf: scalars[..<change])
                result.append("-")
                result.append(contentsOf: scalars[change...])
                return String(result)
            }
            start = end + 1
        }
        return nil
    }

    /// Letters from which a record's all-capital acronym also matches in title case.
    static let titleCaseAcronymLength = 5

    /// Whether `bytes` may name a catalog system: a quick pass with the designations alone
    /// (case and word boundaries as in `scan`, capitals not yet checked).
    func mayNameSystem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        nameFilter.mayNameSystem(bytes)
    }

    /// Every cue in `bytes`, ordered by start, the longest of each group at each start, and
    /// none inside a longer cue of its group.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [CueMatch] {
        // Read once: each read of a class's stored struct in the loop would retain and
        // release every table in it.
        let trie = trie
        let accentedNames = accentedNames
        let payloads = (trie.payloadStarts, trie.payloadList)
        let accentedPayloads = (accentedNames.payloadStarts, accentedNames.payloadList)
        // A stray accent needs a Latin diacritic: a text without one skips that look-up.
        let mayHaveAccents = TextScan.containsLatinDiacriticLead(bytes)
        var found: [CueMatch] = []
        // About a cue every 16 bytes in claim-dense text; bounded so a huge document does
        // not reserve in proportion to its size.
        found.reserveCapacity(min(bytes.count / 16, 4096))
        var candidates: [PhraseTrie<Entry>.Match] = []
        TextScan.forEachWordStart(in: bytes) { i in
            let before = found.count
            if trie.mayStart(at: i, in: bytes) {
                candidates.removeAll(keepingCapacity: true)
                trie.matches(at: i, in: bytes, into: &candidates)
                if !candidates.isEmpty { collect(candidates, payloads, bytes, into: &found) }
            }
            // A name with a stray accent ("Iglá-S"), where no name was found as written (the
            // matches at this word, if any, are the ones just appended).
            if mayHaveAccents && accentedNames.mayStart(at: i, in: bytes) && Self.hasAccentedLetter(bytes, from: i)
                && !found[before...].contains(where: { $0.cue.group == 0 }) {
                candidates.removeAll(keepingCapacity: true)
                accentedNames.matches(at: i, in: bytes, into: &candidates)
                if !candidates.isEmpty { collect(candidates, accentedPayloads, bytes, into: &found) }
            }
            return true
        }
        let wordSets = wordSets
        return Self.withoutVetoedNegations(Self.withoutUnsupportedAmbiguousNames(Self.pruneContained(found, bases: bases), bytes, coordinators: coordinators,
                                                                                 isTargetNoun: { wordSets.contains(.targetNoun, $0) }))
    }

    /// A fast letter test for the lead byte of a non-ASCII scalar: everything but Latin-1
    /// punctuation (U+0080–U+00BF) and general punctuation (U+2000–U+206F) counts.
    @inline(__always)
    static func isLetterLead(_ b: UInt8, next: UInt8) -> Bool {
        if b == 0xC2 { return false }
        if b == 0xE2, next == 0x80 || next == 0x81 { return false }
        return b >= 0xC0
    }

    /// Whether the word starting at `start` (up to the next space or line break, at most 40
    /// bytes) holds a Latin letter with a diacritic (lead bytes 0xC3–0xC5).
    static func hasAccentedLetter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var k = start
        while k < bytes.count, k - start < 40, bytes[k] != 0x20, bytes[k] != 0x0A {
            if bytes[k] >= 0xC3, bytes[k] <= 0xC5 { return true }
            k += 1
        }
        return false
    }

    private func collect(
        _ candidates: [PhraseTrie<Entry>.Match], _ payloads: (starts: [Int32], list: [Entry]), _ bytes: UnsafeBufferPointer<UInt8>,
        into found: inout [CueMatch]
    ) {
        // Per group, every cue of the longest phrase (candidates come shortest first, so a
        // later candidate of a group replaces the earlier ones).
        let start = found.count
        for candidate in candidates {
            for k in Int(payloads.starts[candidate.node])..<Int(payloads.starts[candidate.node + 1]) {
                let entry = payloads.list[k]
                let hasEnding = candidate.extendedEnd != candidate.range.upperBound
                if hasEnding && !entry.inflects { continue }
                if let capitals = entry.exactCapitals, !Self.capitalsMatch(capitals, bytes, from: candidate.range.lowerBound) {
                    continue
                }
                if case .system = entry.cue, Self.isUnknownVariant(after: candidate.range.upperBound, bytes) { continue }
                let match = CueMatch(range: candidate.range.lowerBound..<candidate.extendedEnd, cue: entry.cue, needsContext: entry.needsContext)
                let group = entry.cue.group
                var replace = false
                var duplicate = false
                for index in start..<found.count where found[index].cue.group == group {
                    if found[index].range.count > match.range.count { duplicate = true; break }
                    if found[index].range.count < match.range.count { replace = true; break }
                    if found[index] == match { duplicate = true; break }
                }
                if duplicate { continue }
                if replace {
                    var index = start
                    while index < found.count {
                        if found[index].cue.group == group { found.remove(at: index) } else { index += 1 }
                    }
                }
                found.append(match)
            }
        }
        // Ordered by group, stably, in place: a handful of cues at most (sorting the slice
        // would copy it to a new buffer and back).
        var next = start + 1
        while next < found.count {
            var k = next
            while k > start, found[k - 1].cue.group > found[k].cue.group {
                found.swapAt(k - 1, k)
                k -= 1
            }
            next += 1
        }
    }

    /// Drops cues that overlap an earlier (or, at one start, longer) cue of the same group:
    /// "range" inside "minimum range", "altitude of" across "minimum altitude", "Grinch"
    /// inside "SA-24 Grinch". Several cues on the very same words all stay.
    private static func pruneContained(_ matches: [CueMatch], bases: [Int]) -> [CueMatch] {
        // One slot per group: 100 + every word class fits (a shared slot would let one
        // class prune another's cue, as "replaced" did "replaced by").
        var kept = [Range<Int>?](repeating: nil, count: 100 + WordClass.allCases.count)
        var keptAt = [Int](repeating: -1, count: kept.count)
        var result: [CueMatch] = []
        result.reserveCapacity(matches.count)
        for match in matches {
            let group = match.cue.group
            if let previous = kept[group], previous != match.range, previous.overlaps(match.range) {
                // "FIM-92 Stinger RMP": the variant's name ("Stinger RMP") overlapping its
                // family's ("FIM-92 Stinger") names the variant, which wins over its family.
                guard case .system(let variant) = match.cue, case .system(let family) = result[keptAt[group]].cue,
                      match.range.upperBound > previous.upperBound, Self.descends(variant, from: family, bases: bases)
                else { continue }
                result[keptAt[group]] = match
                kept[group] = match.range
                continue
            }
            keptAt[group] = result.count
            result.append(match)
            kept[group] = match.range
        }
        // A word of another owner inside a longer attribute cue is part of the cue: "нижняя
        // граница" (the lower limit) names no border.
        if result.contains(where: { $0.cue == .word(.otherOwner) }) {
            let phrases = result.compactMap { match -> Range<Int>? in if case .attribute = match.cue { match.range } else { nil } }
            result.removeAll { match in
                match.cue == .word(.otherOwner) && phrases.contains { $0 != match.range && $0.lowerBound <= match.range.lowerBound && $0.upperBound >= match.range.upperBound }
            }
        }
        return result
    }

    /// Whether system `variant` extends `family`, directly or through its base's base
    /// (`bases`: each record's base, -1 for none).
    static func descends(_ variant: Int, from family: Int, bases: [Int]) -> Bool {
        var current = variant
        for _ in 0..<8 {
            guard current >= 0, current < bases.count else { return false }
            current = bases[current]
            if current == family { return true }
        }
        return false
    }
}
