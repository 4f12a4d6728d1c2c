/// The scanner's slow path: reads the figure, unit, range, bound and conversion around a
/// number the hot loop found, and rules out money, percentages, dates and designations.
struct MentionParser {
    let p: UnsafeBufferPointer<UInt8>
    let tables: ScannerTables
    let tokens: ByteTokenizer

    init(p: UnsafeBufferPointer<UInt8>, tables: ScannerTables, memo: TokenMemo) {
        self.p = p
        self.tables = tables
        tokens = ByteTokenizer(p: p, memo: memo)
    }

    /// A number as written: digits (with separators and scale words) or number words.
    struct Figure {
        var range: Range<Int>
        var value: Double
        var precision: Double
        var scale: Double = 1
        /// Digits only, no separator, no scale word.
        var isPlainInteger = false
        var digitCount = 0
        /// A "+" right after the digits ("6,000+").
        var plus = false
        /// The figure ends in a multiplier or scale word ("a couple", "1.5 million").
        var endsWithMultiplierOrScale = false
        /// The figure is a weak word alone (a common word in another language).
        var isWeak = false
        var isWord = false
    }

    enum DigitsResult {
        case figure(Figure)
        /// Not a figure: resume scanning at this offset.
        case skip(Int)
    }

    enum UnitMatch {
        case unit(QuantityUnit, Range<Int>, adjectival: Bool)
        case bare(adjectival: Bool)
        /// Digits glued to letters that are not a unit ("9K38", "1st"): not a figure.
        case code
    }

    // MARK: - Hot-loop helpers

    @inline(__always) func isASCIIAlnum(_ b: UInt8) -> Bool { ByteText.isASCIILetter(b) || ByteText.isDigit(b) }

    /// Whether the digits at `i` continue a word, code or designation ("A320", "SA-7",
    /// "v2.1", "#5").
    func digitsAreInsideToken(_ i: Int) -> Bool {
        let b = p[i - 1]
        if b < 0x80 {
            if isASCIIAlnum(b) || b == 0x5F || b == 0x23 || b == 0x40 { return true }
            if b == 0x2D || b == 0x2F || b == 0x2E || b == 0x3A {
                guard i >= 2 else { return false }
                let before = p[i - 2]
                if before < 0x80 { return isASCIIAlnum(before) }
                return ByteText.isLetter(ByteText.scalar(before: i - 1, p).value)
            }
            return false
        }
        let (v, _) = ByteText.scalar(before: i, p)
        return ByteText.isLetter(v) || v == 0x2011 || v == 0x2010
    }

    /// The end of the code or word that holds offset `i`.
    func endOfCode(from i: Int) -> Int {
        var j = i
        let n = p.count
        while j < n {
            let b = p[j]
            if b < 0x80 {
                if isASCIIAlnum(b) || b == 0x5F {
                    j += 1
                } else if b == 0x2D || b == 0x2F || b == 0x2E || b == 0x3A || b == 0x2C {
                    if j + 1 < n, isASCIIAlnum(p[j + 1]) { j += 1 } else { break }
                } else {
                    break
                }
            } else {
                let (v, l) = ByteText.scalar(at: j, p)
                if ByteText.isLetter(v) || ((v == 0x2013 || v == 0x2011) && j + l < n && ByteText.isDigit(p[j + l])) {
                    j += l
                } else {
                    break
                }
            }
        }
        return max(j, i + 1)
    }

    /// The end of a URL that starts before `i`: the next space or markup character.
    func endOfURL(from i: Int) -> Int {
        var j = i
        while j < p.count {
            let b = p[j]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x3C || b == 0x3E || b == 0x22 { break }
            if b == 0xC2, j + 1 < p.count, p[j + 1] == 0xA0 { break }
            j += 1
        }
        return j
    }

    // MARK: - Entry points

    func mention(atDigits i: Int) -> (QuantityMention?, Int) {
        switch digitsFigure(at: i) {
        case .skip(let resume): return (nil, resume)
        case .figure(let figure): return assemble(figure)
        }
    }

    /// A mention starting with a number word at `start`; nil when the word does not start
    /// a number here (a multiplier without an article before it).
    func mention(atWord start: Int, flags: UInt8) -> (QuantityMention?, Int)? {
        var article: ScanToken?
        if flags & (ScannerTables.flagCardinal | ScannerTables.flagFraction) == 0 {
            guard let before = tokens.previous(start), before.kind == .word, tables.articles.contains(before.single)
            else { return nil }
            article = before
        }
        guard let figure = wordsFigure(at: start, article: article) else { return nil }
        return assemble(figure)
    }

    // MARK: - Figures

    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    static func precision(ofValue value: Double) -> Double {
        if value == 0 { return 0.5 }
        if value == value.rounded(), abs(value) < 1e15 {
            var v = Int64(abs(value))
            var zeros = 0
            while v > 0, v % 10 == 0 {
                v /= 10
                zeros += 1
            }
            return 0.5 * powersOfTen[zeros]
        }
        for decimals in 1...6 {
            let scaled = value * powersOfTen[decimals]
            if abs(scaled - scaled.rounded()) < 1e-6 { return 0.5 / powersOfTen[decimals] }
        }
        return 0.5e-6
    }

    func isSpaceSeparator(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0xA0 || v == 0x2009 || v == 0x202F || v == 0x27 || v == 0x2019
    }

    /// Reads the digits at `i` with their separators, a "+" and scale words after them.
    /// One pass, no allocation: the rules need only counts and the last groups' lengths.
    func digitsFigure(at i: Int) -> DigitsResult {
        let n = p.count
        var mantissa: UInt64 = 0
        var digitCount = 0
        var overflow = false
        var trailingZeros = 0
        @inline(__always) func take(_ k: Int) {
            let d = UInt64(p[k] &- 0x30)
            if mantissa > 99_999_999_999_999_999 { overflow = true }
            mantissa = mantissa &* 10 &+ d
            digitCount += 1
            trailingZeros = d == 0 ? trailingZeros + 1 : 0
        }
        var j = i
        while j < n, ByteText.isDigit(p[j]) {
            take(j)
            j += 1
        }
        let firstLength = j - i
        var groupCount = 0
        var commas = 0
        var dots = 0
        var lastSeparator: UInt32 = 0
        var lastLength = firstLength
        var previousLength = 0
        var previousSeparatorIsSpace = true
        var middleGroupsValid = true  // every group but the last has 2 or 3 digits
        var zerosBeforeLastGroup = 0
        var digitsBeforeLastGroup = 0
        while j < n {
            let b = p[j]
            let v: UInt32
            let length: Int
            if b < 0x80 {
                v = UInt32(b)
                length = 1
            } else {
                (v, length) = ByteText.scalar(at: j, p)
            }
            guard v == 0x2C || v == 0x2E || tables.groupSeparators.contains(v) else { break }
            let digitsStart = j + length
            guard digitsStart < n, ByteText.isDigit(p[digitsStart]) else { break }
            var digitsEnd = digitsStart
            while digitsEnd < n, ByteText.isDigit(p[digitsEnd]) { digitsEnd += 1 }
            let count = digitsEnd - digitsStart
            let isSpace = isSpaceSeparator(v)
            if isSpace {
                // "6 000": a space groups only three digits after a group of at most three.
                guard count == 3, lastLength <= 3, previousSeparatorIsSpace else { break }
            }
            if groupCount > 0, !(lastLength == 2 || lastLength == 3) { middleGroupsValid = false }
            if v == 0x2C { commas += 1 } else if v == 0x2E { dots += 1 }
            previousSeparatorIsSpace = isSpace
            zerosBeforeLastGroup = trailingZeros
            digitsBeforeLastGroup = digitCount
            for k in digitsStart..<digitsEnd { take(k) }
            groupCount += 1
            previousLength = lastLength
            lastLength = count
            lastSeparator = v
            j = digitsEnd
        }
        var end = j

        // Which separator, if any, is the decimal mark: only ever the last one.
        var lastIsDecimal = false
        let punctuation = commas + dots
        if punctuation > 0 {
            let lastIsPunctuation = lastSeparator == 0x2C || lastSeparator == 0x2E
            if commas > 0 && dots > 0 {
                // "1,234.5" / "1.234,5": the last mark is decimal and occurs once.
                let lastKindCount = lastSeparator == 0x2C ? commas : dots
                guard lastIsPunctuation, lastKindCount == 1 else { return .skip(endOfCode(from: i)) }
                lastIsDecimal = true
            } else if punctuation == 1 {
                guard lastIsPunctuation else { return .skip(endOfCode(from: i)) }
                let isThousands = groupCount == 1 && lastLength == 3 && firstLength <= 3
                    && !(firstLength == 1 && p[i] == 0x30)
                lastIsDecimal = !isThousands
            }
        }
        // Validate grouping: 1–3 digits first, then groups of 2 or 3 (Indian lakh style),
        // the last group of 3.
        let groupingCount = lastIsDecimal ? groupCount - 1 : groupCount
        if groupingCount > 0 {
            guard firstLength <= 3 else { return .skip(endOfCode(from: i)) }
            let lastGroupingLength = lastIsDecimal ? previousLength : lastLength
            // Groups before the last grouping group: checked as "middle" groups above,
            // except that with a decimal the last grouping group was checked as middle too.
            guard middleGroupsValid, lastGroupingLength == 3 else { return .skip(endOfCode(from: i)) }
        }
        let fractionDigits = lastIsDecimal ? lastLength : 0
        let integerZeros = lastIsDecimal ? zerosBeforeLastGroup : trailingZeros
        let integerDigits = lastIsDecimal ? digitsBeforeLastGroup : digitCount
        var value: Double
        if !overflow, mantissa < (1 << 53), fractionDigits <= 22 {
            value = Double(mantissa) / MentionParser.powersOfTen[fractionDigits]
        } else {
            var text = ""
            for k in i..<end where ByteText.isDigit(p[k]) { text.unicodeScalars.append(Unicode.Scalar(p[k])) }
            if fractionDigits > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -fractionDigits)) }
            value = Double(text) ?? 0
        }
        let precision = fractionDigits > 0
            ? 0.5 / MentionParser.powersOfTen[min(fractionDigits, 22)]
            : 0.5 * MentionParser.powersOfTen[min(integerZeros == integerDigits ? 0 : integerZeros, 22)]
        var figure = Figure(range: i..<end, value: value, precision: precision)
        figure.isPlainInteger = groupCount == 0
        figure.digitCount = digitCount
        if end < n, p[end] == 0x2B {  // "6,000+"
            figure.plus = true
            end += 1
            figure.range = i..<end
        }
        applyScaleWords(&figure)
        return .figure(figure)
    }

    /// "1.5 million", "6 mil", "two dozen": multiplies a figure by the scale words after it.
    func applyScaleWords(_ figure: inout Figure) {
        var end = figure.range.upperBound
        while let t = tokens.next(end), t.kind == .word {
            guard let info = tables.numberWords[t.key], let factor = info.scale ?? info.multiplier else { break }
            figure.value *= factor
            figure.precision *= factor
            figure.scale *= factor
            figure.endsWithMultiplierOrScale = true
            figure.isPlainInteger = false
            end = t.end
        }
        figure.range = figure.range.lowerBound..<end
    }

    @inline(__always) func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// Reads number words from `start` ("twenty-five", "one hundred and fifty", "dos mil
    /// quinientos", "half a", "a dozen" when `article` is given).
    func wordsFigure(at start: Int, article: ScanToken?) -> Figure? {
        enum Part { case article, cardinal, multiplier, scale, fraction, joiner }
        var total = 0.0
        var group = 0.0
        var largestScale = 0.0
        var last: Part? = article == nil ? nil : .article
        var lastValue = 0.0
        var end = start
        var endsWithMultiplierOrScale = false
        var sawMultiplierOrScale = false
        var weakStart = false
        var position = start
        var first = true
        if article != nil { group = 1 }
        func any() -> Bool { last != nil }

        while true {
            let candidate: ScanToken
            if first {
                candidate = tokens.token(at: start)
            } else {
                guard let t = tokens.next(position) else { break }
                candidate = t
            }
            var t = candidate
            // "quatre-vingt-dix": a language rule for two cardinals joined by a hyphen.
            if !first, t.kind == .symbol, isHyphen(t.scalar), !t.spaced, last == .cardinal,
               let next = tokens.next(t.end), !next.spaced, next.kind == .word,
               let c = tables.numberWords[next.key]?.cardinal, let combined = tables.hyphenated(lastValue, c) {
                group += combined - lastValue
                lastValue = combined
                end = next.end
                position = next.end
                continue
            }
            // "twenty-five": a hyphen between tens and units.
            if !first, t.kind == .symbol, isHyphen(t.scalar), !t.spaced {
                guard last == .cardinal, let units = tokens.next(t.end), !units.spaced, units.kind == .word,
                      let c = tables.numberWords[units.key]?.cardinal,
                      lastValue >= 20, lastValue < 100, lastValue.truncatingRemainder(dividingBy: 10) == 0, c >= 1, c < 10
                else { break }
                t = units
            }
            guard t.kind == .word else { break }
            guard let info = tables.numberWords[t.key] else {
                guard any(), last != .joiner else { break }
                if let halfEnd = plusHalf(at: t) {
                    group += 0.5
                    end = halfEnd
                    position = halfEnd
                    last = .fraction
                    first = false
                    continue
                }
                if tables.joiners.contains(t.single), let next = tokens.next(t.end), next.kind == .word,
                   let c = tables.numberWords[next.key]?.cardinal {
                    let afterHundreds = (last == .multiplier || last == .scale) && c < 100
                    let tensAndUnits = last == .cardinal && lastValue >= 20 && lastValue < 100
                        && lastValue.truncatingRemainder(dividingBy: 10) == 0 && c >= 1 && c < 10
                    if afterHundreds || tensAndUnits {
                        last = .joiner
                        position = t.end
                        first = false
                        continue
                    }
                }
                break
            }
            let isScaleHere = info.scale != nil && any() && last != .joiner && last != .article
            if let c = info.cardinal, !isScaleHere {
                if last == .cardinal {
                    let tensAndUnits = lastValue >= 20 && lastValue < 100 && lastValue.truncatingRemainder(dividingBy: 10) == 0
                        && c >= 1 && c < 10
                    let hundredsAndRest = lastValue >= 100 && lastValue < 1000 && lastValue.truncatingRemainder(dividingBy: 100) == 0
                        && c < 100
                    guard tensAndUnits || hundredsAndRest else { break }
                } else if last == .fraction || last == .article {
                    break
                }
                if first && info.weak { weakStart = true }
                group += c
                lastValue = c
                last = .cardinal
                endsWithMultiplierOrScale = false
            } else if let m = info.multiplier {
                guard any() else { break }
                group = (group == 0 ? 1 : group) * m
                last = .multiplier
                endsWithMultiplierOrScale = true
                sawMultiplierOrScale = true
            } else if let s = info.scale {
                guard any() else { break }
                let part = group == 0 ? 1 : group
                if s > largestScale {
                    total = (total + part) * s
                    largestScale = s
                } else {
                    total += part * s
                }
                group = 0
                last = .scale
                endsWithMultiplierOrScale = true
                sawMultiplierOrScale = true
            } else if let fraction = info.fraction {
                guard !any() else { break }
                if info.weak { weakStart = true }
                group = fraction
                last = .fraction
                end = t.end
                position = t.end
                first = false
                // "half a mile", "half a dozen": the article belongs to the number.
                if let next = tokens.next(t.end), next.kind == .word, tables.articles.contains(next.single) {
                    end = next.end
                    position = next.end
                }
                continue
            } else {
                break
            }
            end = t.end
            position = t.end
            first = false
        }
        guard last != nil, end > start else { return nil }
        let value = total + group
        var figure = Figure(range: (article?.start ?? start)..<end, value: value, precision: MentionParser.precision(ofValue: value))
        // The scale of a word number is its closing scale word ("two million" → 1e6).
        if last == .scale, let word = tables.numberWords[tokens.previous(end)!.key], let s = word.scale {
            figure.scale = s
        }
        figure.endsWithMultiplierOrScale = endsWithMultiplierOrScale
        figure.isWeak = weakStart && !sawMultiplierOrScale
        figure.isWord = true
        return figure
    }

    /// The end of a "plus half" phrase ("and a half", "y medio") starting at `t`.
    func plusHalf(at t: ScanToken) -> Int? {
        guard tables.maxPlusHalfTokens > 1 else { return nil }
        var key = t.single
        var count = 1
        var last = t
        while count < tables.maxPlusHalfTokens, tables.plusHalfPrefixes.contains(key),
              let next = tokens.next(last.end), next.kind == .word {
            key = TokenHash.combine(key, next.key)
            count += 1
            last = next
            if tables.plusHalf.contains(key) { return last.end }
        }
        return nil
    }

    /// A figure starting at token `t` (digits or number words), for the second figure of a
    /// range or a conversion.
    func figure(at t: ScanToken) -> Figure? {
        switch t.kind {
        case .digits:
            if case .figure(let f) = digitsFigure(at: t.start) { return f }
            return nil
        case .word:
            guard let info = tables.numberWords[t.key] else {
                if tables.articles.contains(t.single), let next = tokens.next(t.end), next.kind == .word,
                   let info = tables.numberWords[next.key], info.multiplier != nil || info.scale != nil {
                    return wordsFigure(at: next.start, article: t)
                }
                return nil
            }
            guard info.cardinal != nil || info.fraction != nil else { return nil }
            return wordsFigure(at: t.start, article: nil)
        case .symbol:
            return nil
        }
    }

    // MARK: - Units

    /// The unit after a figure: spaced ("6 km"), glued ("6km") or joined by a hyphen ("a
    /// 6,000-meter range").
    func unit(after figure: Figure) -> UnitMatch {
        guard var t = tokens.next(figure.range.upperBound) else { return .bare(adjectival: false) }
        var adjectival = false
        if t.kind == .symbol, isHyphen(t.scalar), !t.spaced {
            guard let word = tokens.next(t.end), !word.spaced, word.kind == .word else { return .bare(adjectival: false) }
            adjectival = true
            t = word
        }
        let glued = !t.spaced && !adjectival
        if let match = unitMatch(at: t) {
            return .unit(match.unit, t.start..<match.end, adjectival: adjectival)
        }
        // "a couple of miles", "1,5 millones de": a link word before the unit.
        if figure.endsWithMultiplierOrScale, t.kind == .word, tables.unitLinks.contains(t.single),
           let next = tokens.next(t.end), let match = unitMatch(at: next) {
            return .unit(match.unit, next.start..<match.end, adjectival: adjectival)
        }
        if glued, t.kind == .word { return .code }
        return .bare(adjectival: adjectival && t.kind == .word)
    }

    /// The longest unit spelling starting at token `t`.
    func unitMatch(at t: ScanToken) -> (unit: QuantityUnit, end: Int)? {
        guard t.kind != .digits else { return nil }
        var folded = TokenHash.seed
        var best: (unit: QuantityUnit, end: Int)?
        var current = t
        var count = 0
        while true {
            folded = TokenHash.combine(folded, current.key)
            count += 1
            if let candidates = tables.units[folded], !isFollowedByDigitOrPower(current.end) {
                var exact: UInt64?
                for candidate in candidates {
                    if let required = candidate.exact {
                        if exact == nil { exact = exactKey(from: t, through: current) }
                        if required != exact { continue }
                    }
                    best = (candidate.unit, current.end)
                    break
                }
            }
            guard count < tables.maxUnitTokens, tables.unitPrefixes.contains(folded),
                  let next = tokens.next(current.end), next.kind != .digits else { break }
            current = next
        }
        return best
    }

    /// The exact (case-sensitive) phrase key of the tokens from `first` through `last`.
    func exactKey(from first: ScanToken, through last: ScanToken) -> UInt64 {
        var key = TokenHash.combine(TokenHash.seed, tokens.exactKey(first))
        var current = first
        while current.end < last.end, let next = tokens.next(current.end) {
            key = TokenHash.combine(key, tokens.exactKey(next))
            current = next
        }
        return key
    }

    /// A digit or a superscript after a unit makes it something else ("km2", "km²": areas).
    func isFollowedByDigitOrPower(_ end: Int) -> Bool {
        guard end < p.count else { return false }
        let b = p[end]
        if ByteText.isDigit(b) || b == 0x5E { return true }
        return b == 0xC2 && end + 1 < p.count && (p[end + 1] == 0xB2 || p[end + 1] == 0xB3)
    }

    // MARK: - Phrases around the figure

    /// The longest bound phrase that ends right before `start`.
    func boundBefore(_ start: Int) -> (ClaimBound, Range<Int>)? {
        var key = TokenHash.seed
        var position = start
        var best: (ClaimBound, Range<Int>)?
        var end = -1
        var count = 0
        while count < tables.maxBoundBeforeTokens, let t = tokens.previous(position), t.kind != .digits {
            if end < 0 { end = t.end }
            key = TokenHash.combine(key, t.key)
            count += 1
            if let bound = tables.boundsBefore[key] { best = (bound, t.start..<end) }
            if !tables.boundBeforePrefixes.contains(key) { break }
            position = t.start
        }
        return best
    }

    /// The end of the longest phrase of `keys` that starts right after `end`.
    func phraseAfter(_ end: Int, in keys: KeyMap<Bool>, prefixes: KeyMap<Bool>, maxTokens: Int) -> Int? {
        var key = TokenHash.seed
        var position = end
        var best: Int?
        var count = 0
        while count < maxTokens, let t = tokens.next(position), t.kind != .digits {
            key = TokenHash.combine(key, t.key)
            count += 1
            if keys.contains(key) { best = t.end }
            if !prefixes.contains(key) { break }
            position = t.end
        }
        return best
    }

    /// The longest after-bound phrase ("or more") that starts right after `end`.
    func boundAfter(_ end: Int) -> (ClaimBound, Range<Int>)? {
        var key = TokenHash.seed
        var position = end
        var best: (ClaimBound, Range<Int>)?
        var start = -1
        var count = 0
        while count < tables.maxBoundAfterTokens, let t = tokens.next(position), t.kind != .digits {
            if start < 0 { start = t.start }
            key = TokenHash.combine(key, t.key)
            count += 1
            if let bound = tables.boundsAfter[key] { best = (bound, start..<t.end) }
            if !tables.boundAfterPrefixes.contains(key) { break }
            position = t.end
        }
        return best
    }

    /// A before-bound phrase that starts right at `position` (inside a conversion:
    /// "(about 8 km)"); its range.
    func boundStarting(at position: Int) -> Range<Int>? {
        var tokensAhead: [ScanToken] = []
        var cursor = position
        while tokensAhead.count < tables.maxBoundBeforeTokens, let t = tokens.next(cursor), t.kind != .digits {
            tokensAhead.append(t)
            cursor = t.end
        }
        for count in stride(from: tokensAhead.count, through: 1, by: -1) {
            var key = TokenHash.seed
            for t in tokensAhead[0..<count].reversed() { key = TokenHash.combine(key, t.key) }
            if tables.boundsBefore[key] != nil { return tokensAhead[0].start..<tokensAhead[count - 1].end }
        }
        return nil
    }

    /// A currency symbol or code right before the figure ("$", "€", "US$", "USD").
    func isMoney(before t: ScanToken?) -> Bool {
        guard let t else { return false }
        if tables.currency.contains(t.single) { return true }
        if t.kind == .symbol, let t2 = tokens.previous(t.start), t2.end == t.start,
           tables.currency.contains(TokenHash.combine(TokenHash.combine(TokenHash.seed, t2.key), t.key)) {
            return true
        }
        return false
    }

    func isDesignation(before t: ScanToken?) -> Bool {
        guard let t else { return false }
        if t.kind == .word { return tables.designations.contains(t.single) }
        if t.kind == .symbol, t.scalar == 0x2E || t.scalar == 0xBA, let word = tokens.previous(t.start), word.kind == .word,
           word.end == t.start {
            return tables.designations.contains(TokenHash.combine(TokenHash.combine(TokenHash.seed, word.key), t.key))
        }
        return false
    }

    func isMonth(_ t: ScanToken?) -> Bool {
        guard let t, t.kind == .word else { return false }
        return tables.months.contains(t.single)
    }

    /// "(8 km)", "[about 5 miles]", "(3.7 mi; 4 nmi)": a conversion of a figure of
    /// `dimension`; returns its range.
    func conversion(after end: Int, dimension: QuantityDimension) -> Range<Int>? {
        guard let open = tokens.next(end), open.kind == .symbol, open.scalar == 0x28 || open.scalar == 0x5B else { return nil }
        let closeScalar: UInt32 = open.scalar == 0x28 ? 0x29 : 0x5D
        var position = open.end
        while true {
            if let range = boundStarting(at: position) { position = range.upperBound }
            guard var t = tokens.next(position) else { return nil }
            var prefixUnit: QuantityUnit?
            if t.kind == .word, let u = tables.prefixUnits[t.key], let next = tokens.next(t.end) {
                prefixUnit = u
                t = next
            }
            guard var f = figure(at: t) else { return nil }
            var unitEnd = f.range.upperBound
            var unit = prefixUnit
            if unit == nil, case .unit(let u, let r, _) = self.unit(after: f) {
                unit = u
                unitEnd = r.upperBound
            }
            // A range inside: "(3–4 miles)".
            if unit == nil, let joiner = tokens.next(f.range.upperBound), isPlainJoiner(joiner),
               let t2 = tokens.next(joiner.end), let f2 = figure(at: t2),
               case .unit(let u, let r, _) = self.unit(after: f2) {
                unit = u
                unitEnd = r.upperBound
                f = f2
            }
            guard let unit, unit.dimension == dimension else { return nil }
            guard let next = tokens.next(unitEnd) else { return nil }
            if next.kind == .symbol, next.scalar == closeScalar { return open.start..<next.end }
            guard tables.conversionSeparators.contains(next.single) else { return nil }
            position = next.end
        }
    }

    func isPlainJoiner(_ t: ScanToken) -> Bool {
        tables.plainJoiners.contains(t.single)
    }

    // MARK: - Assembly

    func assemble(_ f1: Figure) -> (QuantityMention?, Int) {
        let start = f1.range.lowerBound
        let before = tokens.previous(start)

        if isMoney(before: before) {
            var resume = f1.range.upperBound
            if resume < p.count, let t = tokens.next(resume), !t.spaced, t.kind == .word { resume = t.end }
            return (nil, resume)
        }
        if !f1.isWord, isDesignation(before: before) { return (nil, f1.range.upperBound) }

        var prefixUnit: (unit: QuantityUnit, range: Range<Int>)?
        if let before, before.kind == .word, let u = tables.prefixUnits[before.key] {
            prefixUnit = (u, before.start..<before.end)
        }

        // The unit right after the first figure.
        var unit1: (unit: QuantityUnit, range: Range<Int>)?
        var adjectival = false
        if prefixUnit == nil {
            switch unit(after: f1) {
            case .code: return (nil, endOfCode(from: start))
            case .unit(let u, let r, let adj):
                unit1 = (u, r)
                adjectival = adj
            case .bare(let adj):
                adjectival = adj
            }
        }

        // A range: "5-6 km", "between 500 and 6,000 meters", "de 500 a 6.000 m".
        let mentionStart = prefixUnit?.range.lowerBound ?? start
        var opener: ScanToken?
        var openerJoiners: [UInt64] = []
        let beforeMention = prefixUnit == nil ? before : tokens.previous(mentionStart)
        if let t = beforeMention, t.kind == .word, let joiners = tables.rangeOpeners[t.key] {
            opener = t
            openerJoiners = joiners
        }
        var f2: Figure?
        var unit2: (unit: QuantityUnit, range: Range<Int>)?
        var usedOpener = false
        var conversionRange: Range<Int>?
        let afterFirst = unit1?.range.upperBound ?? f1.range.upperBound
        if let joiner = tokens.next(afterFirst), joiner.kind != .digits {
            let key = joiner.single
            let viaOpener = openerJoiners.contains(key)
            let plain = tables.plainJoiners.contains(key)
            if viaOpener || plain, let t2 = tokens.next(joiner.end) {
                var candidate: Figure?
                var prefix2 = false
                if let u = prefixUnit?.unit, t2.kind == .word, tables.prefixUnits[t2.key] == u, let t3 = tokens.next(t2.end) {
                    candidate = figure(at: t3)
                    prefix2 = true
                } else {
                    candidate = figure(at: t2)
                }
                if let second = candidate {
                    var secondUnit: (unit: QuantityUnit, range: Range<Int>)?
                    var secondIsCode = false
                    if prefixUnit == nil, !prefix2 {
                        switch unit(after: second) {
                        case .unit(let u, let r, _): secondUnit = (u, r)
                        case .code: secondIsCode = true
                        case .bare: break
                        }
                    }
                    let u1 = unit1?.unit ?? prefixUnit?.unit
                    let u2 = secondUnit?.unit ?? (prefix2 ? prefixUnit?.unit : nil)
                    let si1 = f1.value * ((u1 ?? u2)?.siFactor ?? 1)
                    let si2 = second.value * ((u2 ?? u1)?.siFactor ?? 1)
                    let sameDimension = u1 == nil || u2 == nil || u1!.dimension == u2!.dimension
                    if let u1, let u2, u1 != u2, sameDimension, abs(si1 - si2) <= 0.15 * max(si1, si2) {
                        // "5 miles or 8 km": the same figure in two units.
                        conversionRange = joiner.start..<(secondUnit?.range.upperBound ?? second.range.upperBound)
                    } else if !secondIsCode, sameDimension, si2 > si1 {
                        f2 = second
                        unit2 = secondUnit
                        usedOpener = viaOpener
                        if usedOpener == false, opener != nil, openerJoiners.contains(key) { usedOpener = true }
                    }
                }
                if f2 == nil, conversionRange == nil, !joiner.spaced, joiner.kind == .symbol, t2.kind == .digits, !t2.spaced {
                    // "2023-05-30", "555-1234" read as a code: not a figure.
                    return (nil, endOfCode(from: start))
                }
            }
        }

        let unit: QuantityUnit? = prefixUnit?.unit ?? unit2?.unit ?? unit1?.unit
        let last = f2 ?? f1
        var end = unit2?.range.upperBound ?? (f2 == nil ? (unit1?.range.upperBound ?? f1.range.upperBound) : f2!.range.upperBound)
        if let conversionRange { end = max(end, conversionRange.upperBound) }

        // Numbers that are not figures.
        if unit == nil {
            if f1.isWeak && f2 == nil { return (nil, f1.range.upperBound) }
            let lastEnd = last.range.upperBound
            if let t = tokens.next(lastEnd) {
                if let percentEnd = phraseAfter(lastEnd, in: tables.percent, prefixes: tables.percentPrefixes, maxTokens: tables.maxPercentTokens) {
                    return (nil, percentEnd)
                }
                if let moneyEnd = phraseAfter(lastEnd, in: tables.money, prefixes: tables.moneyPrefixes, maxTokens: tables.maxMoneyTokens) {
                    return (nil, moneyEnd)
                }
                if t.kind == .word, tables.unitLinks.contains(t.single),
                   let moneyEnd = phraseAfter(t.end, in: tables.money, prefixes: tables.moneyPrefixes, maxTokens: tables.maxMoneyTokens) {
                    return (nil, moneyEnd)
                }
                if !t.spaced, t.kind == .symbol, t.scalar == 0x3A || t.scalar == 0x2F,
                   t.end < p.count, ByteText.isDigit(p[t.end]) {
                    return (nil, endOfCode(from: start))
                }
                let isDay = !f1.isWord && f1.isPlainInteger && f1.value >= 1 && f1.value <= 31 && f2 == nil
                if isDay {
                    if isMonth(t) { return (nil, lastEnd) }
                    if t.kind == .word, tables.unitLinks.contains(t.single), isMonth(tokens.next(t.end)) {
                        return (nil, lastEnd)
                    }
                }
            }
            if !f1.isWord, f1.isPlainInteger, f1.value >= 1, f1.value <= 31, f2 == nil, isMonth(before) {
                return (nil, f1.range.upperBound)
            }
        }

        // The bound.
        var bound = ClaimBound.exact
        var boundRange: Range<Int>?
        if f2 != nil {
            bound = .between
            if usedOpener, let opener { boundRange = opener.start..<opener.end }
        } else if let (b, r) = boundBefore(mentionStart) {
            bound = b
            boundRange = r
        }

        // A conversion in brackets: "5 miles (8 km)".
        if let unit, conversionRange == nil, let r = conversion(after: end, dimension: unit.dimension) {
            conversionRange = r
            end = r.upperBound
        }
        if bound == .exact, f2 == nil {
            if f1.plus {
                bound = .atLeast
            } else if let (b, r) = boundAfter(end) {
                bound = b
                boundRange = r
                end = r.upperBound
            }
        }

        let lower = min(boundRange?.lowerBound ?? mentionStart, mentionStart)
        let numberRange = f1.range.lowerBound..<last.range.upperBound
        let factor1 = (prefixUnit?.unit ?? unit1?.unit ?? unit)?.siFactor ?? 1
        let factor2 = (prefixUnit?.unit ?? unit2?.unit ?? unit)?.siFactor ?? 1
        let low = f1.value * factor1
        let high = (f2?.value ?? f1.value) * (f2 == nil ? factor1 : factor2)
        let precision = max(f1.precision * factor1, (f2?.precision ?? 0) * factor2)
        func isYear(_ f: Figure) -> Bool { f.isPlainInteger && f.digitCount == 4 && f.value >= 1800 && f.value <= 2099 }
        let yearLike = unit == nil && isYear(f1) && (f2.map(isYear) ?? true)
        let mention = QuantityMention(
            range: lower..<end,
            numberRange: numberRange,
            unitRange: prefixUnit?.range ?? unit2?.range ?? unit1?.range,
            boundRange: boundRange,
            conversionRange: conversionRange,
            unit: unit,
            value: f2 == nil ? low : (low + high) / 2,
            low: low,
            high: high,
            bound: bound,
            precision: precision,
            isAdjectival: adjectival,
            scale: f1.scale,
            isYearLike: yearLike,
            textValue: String(decoding: UnsafeBufferPointer(rebasing: p[numberRange]), as: UTF8.self))
        return (mention, end)
    }
}
