/// Reading the number itself: digits with separators and scale words, or number words.
extension MentionParser {
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

    /// Whether the apostrophe `v` at `j` is a decimal mark: it follows the first run of one
    /// to three digits (no group before it) and comes before one or two digits that end the
    /// number, not before three ("6'000", "6’000": Swiss thousands). Not feet and inches,
    /// minutes and seconds or a coordinate ("5'10\"", "3'45''", "50°27'36\""): a quote, prime
    /// or apostrophe after the digits, or a degree sign before the number, leaves it a break.
    func isApostropheDecimal(_ v: UInt32, at j: Int, digitsEnd: Int, count: Int, first i: Int, groups: Int, firstLength: Int) -> Bool {
        guard v == 0x27 || v == 0x2019, count <= 2, groups == 0, firstLength <= 3 else { return false }
        if digitsEnd < p.count {
            let (after, _) = ByteText.scalar(at: digitsEnd, p)
            if [0x22, 0x27, 0x2019, 0x201D, 0x2032, 0x2033, 0xB0].contains(after) { return false }
            if after == 0x2C || after == 0x2E, digitsEnd + 1 < p.count, ByteText.isDigit(p[digitsEnd + 1]) { return false }
        }
        if i >= 2, p[i - 2] == 0xC2, p[i - 1] == 0xB0 { return false }
        return true
    }

    /// The width in bytes of an invisible format character at `k` that copy-pasted text
    /// leaves inside numbers ("1\u{200D}5 kg", "5\u{200E}0 kg"): zero-width space, non-joiner
    /// and joiner, left-to-right and right-to-left marks (U+200B–U+200F), word joiner
    /// (U+2060) and the byte-order mark (U+FEFF). Nil for anything else.
    @inline(__always)
    static func invisibleWidth(_ p: UnsafeBufferPointer<UInt8>, at k: Int) -> Int? {
        guard p[k] >= 0xE2, k + 2 < p.count else { return nil }
        if p[k] == 0xE2, p[k + 1] == 0x80, p[k + 2] &- 0x8B < 5 { return 3 }
        if p[k] == 0xE2, p[k + 1] == 0x81, p[k + 2] == 0xA0 { return 3 }
        if p[k] == 0xEF, p[k + 1] == 0xBB, p[k + 2] == 0xBF { return 3 }
        return nil
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
        /// Takes the digits from `k` on, past invisible characters between two digits; the
        /// end of the run and how many digits it held.
        func takeRun(from k: Int) -> (end: Int, count: Int) {
            var e = k
            var count = 0
            while e < n {
                if ByteText.isDigit(p[e]) {
                    take(e)
                    count += 1
                    e += 1
                } else if count > 0, let width = Self.invisibleWidth(p, at: e), e + width < n, ByteText.isDigit(p[e + width]) {
                    e += width
                } else {
                    break
                }
            }
            return (e, count)
        }
        let firstRun = takeRun(from: i)
        var j = firstRun.end
        let firstLength = firstRun.count
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
        var apostropheDecimal = false
        while j < n, !apostropheDecimal {
            // An invisible character before a separator ("11\u{200E}.7"): read past it.
            if let width = Self.invisibleWidth(p, at: j), j + width < n, !ByteText.isDigit(p[j + width]) {
                j += width
                continue
            }
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
            var count = 0
            while digitsEnd < n {
                if ByteText.isDigit(p[digitsEnd]) {
                    digitsEnd += 1
                    count += 1
                } else if let width = Self.invisibleWidth(p, at: digitsEnd), digitsEnd + width < n, ByteText.isDigit(p[digitsEnd + width]) {
                    digitsEnd += width
                } else {
                    break
                }
            }
            let isSpace = isSpaceSeparator(v)
            if isSpace, count != 3, isApostropheDecimal(v, at: j, digitsEnd: digitsEnd, count: count, first: i, groups: groupCount, firstLength: firstLength) {
                // "2'4 veces la velocidad del sonido": an apostrophe before one or two digits
                // is a decimal mark ("6'000" groups thousands).
                apostropheDecimal = true
            } else if isSpace {
                // "6 000": a space groups only three digits after a group of at most three.
                guard count == 3, lastLength <= 3, previousSeparatorIsSpace else { break }
            }
            if groupCount > 0, !(lastLength == 2 || lastLength == 3) { middleGroupsValid = false }
            if v == 0x2C { commas += 1 } else if v == 0x2E { dots += 1 }
            previousSeparatorIsSpace = isSpace
            zerosBeforeLastGroup = trailingZeros
            digitsBeforeLastGroup = digitCount
            _ = takeRun(from: digitsStart)
            groupCount += 1
            previousLength = lastLength
            lastLength = count
            lastSeparator = v
            j = digitsEnd
        }
        var end = j

        // Which separator, if any, is the decimal mark: only ever the last one.
        var lastIsDecimal = apostropheDecimal
        let punctuation = commas + dots
        if punctuation > 0, !apostropheDecimal {
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
        // "3½ km", "4 1/2 km": a vulgar fraction after a whole number adds to it.
        if groupCount == 0, let (fraction, denominator, fractionEnd) = vulgarFraction(after: end) {
            figure.value += fraction
            figure.precision = 0.5 / denominator
            end = fractionEnd
            figure.range = i..<end
        }
        figure.isPlainInteger = groupCount == 0 && figure.value == figure.value.rounded()
        figure.digitCount = digitCount
        if end < n, p[end] == 0x2B {  // "6,000+"
            figure.plus = true
            end += 1
            figure.range = i..<end
        }
        applyScaleWords(&figure)
        return .figure(figure)
    }

    /// The vulgar fraction right after a whole number ("3½", "3 ½", "4 1/2", "2¾"): its
    /// value, its denominator and its end. A slashed one needs a space before it, a numerator
    /// below its denominator (2, 3, 4 or 8) and no digit or slash after it (not a date).
    func vulgarFraction(after k: Int) -> (Double, Double, Int)? {
        let n = p.count
        guard k < n else { return nil }
        var j = k
        if p[j] == 0x20 { j += 1 } else if j + 1 < n, p[j] == 0xC2, p[j + 1] == 0xA0 { j += 2 }
        guard j < n else { return nil }
        if p[j] == 0xC2, j + 1 < n {
            switch p[j + 1] {
            case 0xBD: return (0.5, 2, j + 2)
            case 0xBC: return (0.25, 4, j + 2)
            case 0xBE: return (0.75, 4, j + 2)
            default: return nil
            }
        }
        guard j > k, j + 2 < n, ByteText.isDigit(p[j]), p[j + 1] == 0x2F, ByteText.isDigit(p[j + 2]) else { return nil }
        let numerator = Double(p[j] &- 0x30)
        let denominator = Double(p[j + 2] &- 0x30)
        let end = j + 3
        guard [2.0, 3, 4, 8].contains(denominator), numerator >= 1, numerator < denominator,
              end >= n || !(ByteText.isDigit(p[end]) || p[end] == 0x2F || p[end] == 0x2E && end + 1 < n && ByteText.isDigit(p[end + 1])) else { return nil }
        return (numerator / denominator, denominator, end)
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
            // "4 tys. km/h", "3,5 тыс. м", "1,5 тис. м": an abbreviated scale word's stop, a
            // word after it, belongs to the figure, so the unit after it is read.
            if let stop = tokens.next(end), stop.kind == .symbol, stop.scalar == 0x2E, !stop.spaced,
               let after = tokens.next(stop.end), after.kind == .word || after.kind == .symbol && after.scalar != 0x2E {
                end = stop.end
                break
            }
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
                // "deux virgule cinq", "two point five": digit words after a decimal word.
                if last == .cardinal, let (decimals, decimalsEnd) = spokenDecimals(after: t) {
                    group += decimals
                    end = decimalsEnd
                    position = decimalsEnd
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

    /// The value and end of the decimals read aloud after a decimal word at `t` ("virgule
    /// cinq" → 0.5, "point two five" → 0.25): one or two digit words (0 to 9), else nil.
    func spokenDecimals(after t: ScanToken) -> (Double, Int)? {
        guard tables.decimalWords.contains(t.single) else { return nil }
        var value = 0.0
        var scale = 0.1
        var end = -1
        var position = t.end
        for _ in 0..<2 {
            guard let next = tokens.next(position), next.kind == .word, let digit = tables.numberWords[next.key]?.cardinal,
                  digit >= 0, digit < 10, digit == digit.rounded() else { break }
            value += digit * scale
            scale /= 10
            end = next.end
            position = next.end
        }
        return end < 0 ? nil : (value, end)
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
}
