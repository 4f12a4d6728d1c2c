/// An open-addressing table from case-folded words to flag bytes: the scanner's hot path
/// asks it about every word without building a String. A word's first 16 bytes are packed
/// into two integers and any further bytes are mixed into the second (`pack`), so no word
/// is too long for it ("шестьдесят", "fünfundzwanzig").
struct PackedWordTable: Sendable {
    private var keysA: [UInt64]
    private var keysB: [UInt64]
    private var lengths: [UInt8]
    private var flags: [UInt8]
    private var mask: Int

    /// Adds the `index`th folded byte of a word to its key.
    @inline(__always)
    static func pack(_ byte: UInt8, at index: Int, _ a: inout UInt64, _ b: inout UInt64) {
        if index < 8 {
            a |= UInt64(byte) << (8 * UInt64(index))
        } else if index < 16 {
            b |= UInt64(byte) << (8 * UInt64(index - 8))
        } else {
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }

    init(_ entries: [(word: [UInt8], flag: UInt8)]) {
        var capacity = 64
        while capacity < entries.count * 4 { capacity *= 2 }
        keysA = Array(repeating: 0, count: capacity)
        keysB = Array(repeating: 0, count: capacity)
        lengths = Array(repeating: 0, count: capacity)
        flags = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (bytes, flag) in entries {
            guard !bytes.isEmpty, bytes.count < 256 else { continue }
            var a: UInt64 = 0
            var b: UInt64 = 0
            for (k, byte) in bytes.enumerated() { PackedWordTable.pack(byte, at: k, &a, &b) }
            var slot = PackedWordTable.hash(a, b, bytes.count) & mask
            while lengths[slot] != 0 && !(keysA[slot] == a && keysB[slot] == b && Int(lengths[slot]) == bytes.count) {
                slot = (slot + 1) & mask
            }
            keysA[slot] = a
            keysB[slot] = b
            lengths[slot] = UInt8(bytes.count)
            flags[slot] |= flag
        }
    }

    @inline(__always)
    static func hash(_ a: UInt64, _ b: UInt64, _ length: Int) -> Int {
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always)
    func lookup(_ a: UInt64, _ b: UInt64, _ length: Int) -> UInt8 {
        var slot = PackedWordTable.hash(a, b, length) & mask
        while true {
            let l = lengths[slot]
            if l == 0 { return 0 }
            if Int(l) == length && keysA[slot] == a && keysB[slot] == b { return flags[slot] }
            slot = (slot + 1) & mask
        }
    }
}

/// A lexicon compiled for scanning: every phrase as a 64-bit key (see `ScanToken`).
final class ScannerTables: Sendable {
    struct NumberWord: Sendable {
        var cardinal: Double?
        var multiplier: Double?
        var scale: Double?
        var fraction: Double?
        var weak = false
    }

    struct UnitCandidate: Sendable {
        var unit: QuantityUnit
        /// For a symbol, the exact key it must have (symbols are case-sensitive).
        var exact: UInt64?
    }

    static let flagCardinal: UInt8 = 1
    static let flagMultiplierOrScale: UInt8 = 2
    static let flagFraction: UInt8 = 4
    static let flagURL: UInt8 = 8

    let hotWords: PackedWordTable
    /// The languages' rules for two cardinals joined by a hyphen ("quatre-vingt").
    let hyphenRules: [any LanguageHooks]
    let numberWords: KeyMap<NumberWord>
    let articles: KeyMap<Bool>
    let joiners: KeyMap<Bool>
    let plusHalf: KeyMap<Bool>
    let maxPlusHalfTokens: Int
    let plusHalfPrefixes: KeyMap<Bool>
    /// Words read aloud for the decimal separator (`numbers.decimal_words`: "point", "virgule").
    let decimalWords: KeyMap<Bool>
    let unitLinks: KeyMap<Bool>
    let units: KeyMap<[UnitCandidate]>
    let maxUnitTokens: Int
    let unitPrefixes: KeyMap<Bool>
    let prefixUnits: KeyMap<QuantityUnit>
    /// Read backward from the figure.
    let boundsBefore: KeyMap<ClaimBound>
    let maxBoundBeforeTokens: Int
    let boundBeforePrefixes: KeyMap<Bool>
    let boundsAfter: KeyMap<ClaimBound>
    let maxBoundAfterTokens: Int
    let boundAfterPrefixes: KeyMap<Bool>
    /// Opening word → the joiners it allows.
    let rangeOpeners: KeyMap<[UInt64]>
    /// Joiners that make a range without an opening word.
    let plainJoiners: KeyMap<Bool>
    let months: KeyMap<Bool>
    let percent: KeyMap<Bool>
    let maxPercentTokens: Int
    let percentPrefixes: KeyMap<Bool>
    /// Words after a length unit that make it an area (`non_claims.areas`).
    let areas: KeyMap<Bool>
    let maxAreaTokens: Int
    let areaPrefixes: KeyMap<Bool>
    let money: KeyMap<Bool>
    let maxMoneyTokens: Int
    let moneyPrefixes: KeyMap<Bool>
    /// Currency symbols and codes, forward keys of one or two tokens.
    let currency: KeyMap<Bool>
    /// Designation words, forward keys of one or two tokens ("no .").
    let designations: KeyMap<Bool>
    let groupSeparators: Set<UInt32>
    /// Words and signs that separate two conversions inside brackets.
    let conversionSeparators: KeyMap<Bool>

    init(_ lexicons: [Lexicon]) {
        let lexicon = Lexicon.merged(lexicons)
        let numbers = lexicon.numbers
        var words = KeyMap<NumberWord>()
        var hot: [(word: [UInt8], flag: UInt8)] = [
            (Array("http".utf8), ScannerTables.flagURL), (Array("https".utf8), ScannerTables.flagURL),
            (Array("www".utf8), ScannerTables.flagURL),
        ]
        func addWord(_ word: String, flag: UInt8, _ change: (inout NumberWord) -> Void) {
            let folded = PhraseKey.tokens(word)
            guard folded.count == 1 else { return }
            words.update(folded[0].key) { old in
                var info = old ?? NumberWord()
                change(&info)
                return info
            }
            hot.append((ScannerTables.foldedBytes(word), flag))
        }
        for (w, v) in numbers.cardinals { addWord(w, flag: ScannerTables.flagCardinal) { $0.cardinal = v } }
        for (w, v) in numbers.multipliers { addWord(w, flag: ScannerTables.flagMultiplierOrScale) { $0.multiplier = v } }
        for (w, v) in numbers.scales { addWord(w, flag: ScannerTables.flagMultiplierOrScale) { $0.scale = v } }
        for (w, v) in numbers.fractions { addWord(w, flag: ScannerTables.flagFraction) { $0.fraction = v } }
        // Number words made by each language's rules ("fünfundzwanzig"), after the listed ones.
        let rules = lexicons.compactMap { LanguageRegistry.rules(for: $0.language) }
        for rule in rules {
            for (w, v) in rule.generatedNumberWords() where numbers.cardinals[w] == nil {
                addWord(w, flag: ScannerTables.flagCardinal) { if $0.cardinal == nil { $0.cardinal = v } }
            }
        }
        hyphenRules = rules
        for w in numbers.weak {
            let key = PhraseKey.word(w)
            if words[key] != nil { words.update(key) { old in var info = old!; info.weak = true; return info } }
        }
        numberWords = words
        hotWords = PackedWordTable(hot)

        func set(_ phrases: [String]) -> (KeyMap<Bool>, Int) {
            var result = KeyMap<Bool>()
            var longest = 0
            for phrase in phrases {
                for key in PhraseKey.forward(phrase) {
                    result.insertIfAbsent(key.folded, true)
                    longest = max(longest, key.count)
                }
            }
            return (result, longest)
        }
        func prefixes(_ phrases: [String], backward: Bool = false) -> KeyMap<Bool> {
            var result = KeyMap<Bool>()
            for phrase in phrases {
                for key in backward ? PhraseKey.backwardPrefixes(phrase) : PhraseKey.forwardPrefixes(phrase) {
                    result.insertIfAbsent(key, true)
                }
            }
            return result
        }
        articles = set(numbers.articles).0
        joiners = set(numbers.joiners).0
        (plusHalf, maxPlusHalfTokens) = set(numbers.plusHalf)
        plusHalfPrefixes = prefixes(numbers.plusHalf)
        decimalWords = set(numbers.decimalWords).0
        unitLinks = set(numbers.unitLinks).0

        var units = KeyMap<[UnitCandidate]>()
        var maxUnitTokens = 1
        var prefixUnits = KeyMap<QuantityUnit>()
        for (unit, spellings) in lexicon.units.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for word in Self.withTypographicApostrophes(spellings.words) {
                for key in PhraseKey.forward(word) {
                    maxUnitTokens = max(maxUnitTokens, key.count)
                    units.update(key.folded) { ($0 ?? []) + [UnitCandidate(unit: unit, exact: nil)] }
                }
            }
            for symbol in spellings.symbols {
                for key in PhraseKey.forward(symbol) {
                    maxUnitTokens = max(maxUnitTokens, key.count)
                    units.update(key.folded) { ($0 ?? []) + [UnitCandidate(unit: unit, exact: key.exact)] }
                }
            }
            for word in spellings.beforeNumber { prefixUnits.insertIfAbsent(PhraseKey.word(word), unit) }
        }
        self.units = units
        self.maxUnitTokens = maxUnitTokens
        unitPrefixes = prefixes(Self.withTypographicApostrophes(lexicon.units.values.flatMap { $0.words + $0.symbols }))
        self.prefixUnits = prefixUnits

        var before = KeyMap<ClaimBound>()
        var maxBefore = 0
        var after = KeyMap<ClaimBound>()
        var maxAfter = 0
        for bound in ClaimBound.allCases {
            for phrase in Self.withTypographicApostrophes(lexicon.bounds.before[bound] ?? []) {
                for key in PhraseKey.backward(phrase) {
                    before.insertIfAbsent(key.key, bound)
                    maxBefore = max(maxBefore, key.count)
                }
            }
            for phrase in Self.withTypographicApostrophes(lexicon.bounds.after[bound] ?? []) {
                for key in PhraseKey.forward(phrase) {
                    after.insertIfAbsent(key.folded, bound)
                    maxAfter = max(maxAfter, key.count)
                }
            }
        }
        boundsBefore = before
        maxBoundBeforeTokens = maxBefore
        boundBeforePrefixes = prefixes(Self.withTypographicApostrophes(lexicon.bounds.before.values.flatMap { $0 }), backward: true)
        boundsAfter = after
        maxBoundAfterTokens = maxAfter
        boundAfterPrefixes = prefixes(Self.withTypographicApostrophes(lexicon.bounds.after.values.flatMap { $0 }))

        var openers = KeyMap<[UInt64]>()
        var plain = set(["-", "–", "—"]).0
        for pattern in lexicon.bounds.ranges {
            let join = pattern.join.compactMap { PhraseKey.forward($0).first?.folded }
            if let open = pattern.open {
                openers.update(PhraseKey.word(open)) { ($0 ?? []) + join }
            } else {
                for key in join { plain.insertIfAbsent(key, true) }
            }
        }
        rangeOpeners = openers
        plainJoiners = plain
        months = set(Array(lexicon.months.keys)).0
        (percent, maxPercentTokens) = set(lexicon.nonClaims[.percent] ?? [])
        percentPrefixes = prefixes(lexicon.nonClaims[.percent] ?? [])
        (areas, maxAreaTokens) = set(lexicon.nonClaims[.areas] ?? [])
        areaPrefixes = prefixes(lexicon.nonClaims[.areas] ?? [])
        (money, maxMoneyTokens) = set(lexicon.nonClaims[.money] ?? [])
        moneyPrefixes = prefixes(lexicon.nonClaims[.money] ?? [])
        currency = set(lexicon.nonClaims[.currencySymbols] ?? []).0
        designations = set(lexicon.nonClaims[.designations] ?? []).0
        conversionSeparators = set([";", ",", "/", "="] + numbers.conversionWords).0
        var separators: Set<UInt32> = [0x2C, 0x2E]
        for separator in numbers.groupSeparators {
            if let scalar = separator.unicodeScalars.first, separator.unicodeScalars.count == 1 {
                separators.insert(scalar.value)
            }
        }
        groupSeparators = separators
    }

    /// Two cardinals joined by a hyphen, when a language's rule reads them other than as
    /// tens and units.
    func hyphenated(_ first: Double, _ second: Double) -> Double? {
        for rule in hyphenRules {
            if let value = rule.hyphenated(first, second) { return value }
        }
        return nil
    }

    /// A word's bytes folded the way the hot loop folds them.
    static func foldedBytes(_ word: String) -> [UInt8] {
        let bytes = Array(word.utf8)
        return bytes.indices.map { k in
            TokenHash.fold(bytes[k], previous: k > 0 ? bytes[k - 1] : 0, next: k + 1 < bytes.count ? bytes[k + 1] : 0)
        }
    }
}

extension ScannerTables {
    /// `phrases`, each written with an ASCII apostrophe followed by the same phrase with a
    /// typographic one ("jusqu'à", "jusqu’à"; "km all'ora", "km all’ora"): the scanner hashes
    /// a word's bytes as written, and print uses both.
    static func withTypographicApostrophes(_ phrases: [String]) -> [String] {
        var all = phrases
        for phrase in phrases where phrase.utf8.contains(0x27) {
            all.append(phrase.replacingOccurrences(of: "'", with: "\u{2019}"))
        }
        return all
    }
}
