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

    // MARK: - Assembly

    func assemble(_ first: Figure) -> (QuantityMention?, Int) {
        var f1 = first
        let start = f1.range.lowerBound
        let before = tokens.previous(start)

        if isMoney(before: before) {
            var resume = f1.range.upperBound
            if resume < p.count, let t = tokens.next(resume), !t.spaced, t.kind == .word { resume = t.end }
            return (nil, resume)
        }
        if !f1.isWord, isDesignation(before: before) { return (nil, f1.range.upperBound) }

        var prefixUnit: (unit: QuantityUnit, range: Range<Int>)?
        // ("в 2017-м одну батарею": a word glued by a hyphen to what stands before it is a
        // suffix of that, no unit written before the figure.)
        if let before, before.kind == .word, let u = tables.prefixUnits[before.key],
           before.start == 0 || p[before.start - 1] != 0x2D && p[before.start - 1] &- 0x30 >= 10 {
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
                // "seis kilómetros y medio", "trois kilomètres et demi", "sei chilometri e
                // mezzo": a half written after the unit adds to a whole figure.
                if f1.scale == 1, f1.value == f1.value.rounded(), let next = tokens.next(r.upperBound), next.kind == .word,
                   let halfEnd = plusHalf(at: next) {
                    f1.value += 0.5
                    f1.precision = MentionParser.precision(ofValue: f1.value)
                    unit1 = (u, r.lowerBound..<halfEnd)
                }
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
        } else if let t = beforeMention, t.kind == .word, tables.boundsBefore[TokenHash.combine(TokenHash.seed, t.key)] == .about,
                  let o = tokens.previous(t.start), o.kind == .word, let joiners = tables.rangeOpeners[o.key] {
            // "between about 4 km and 70 km", "entre unos 4 km y 70 km" (blind set OE): a word of
            // approximation may stand between the opener and the low end.
            opener = o
            openerJoiners = joiners
        }
        var f2: Figure?
        var unit2: (unit: QuantityUnit, range: Range<Int>)?
        var usedOpener = false
        var conversionRange: Range<Int>?
        let afterFirst = unit1?.range.upperBound ?? f1.range.upperBound
        // "from 400 meters (about 1,312 feet) to 6.5 kilometers": the low end's bracketed
        // conversion is read past when a joiner follows it.
        var skipped: Range<Int>?
        if let unit1, let r = conversion(after: afterFirst, dimension: unit1.unit.dimension), let j = tokens.next(r.upperBound),
           j.kind != .digits, openerJoiners.contains(j.single) || tables.plainJoiners.contains(j.single) {
            skipped = r
        }
        if let joiner = tokens.next(skipped?.upperBound ?? afterFirst), joiner.kind != .digits {
            let key = joiner.single
            let viaOpener = openerJoiners.contains(key)
            let plain = tables.plainJoiners.contains(key)
            // A dash that opens a line is the next list item's bullet, not a range's joiner
            // ("entré en service en 1981" above "— 2007 — le S-400 ...").
            let bullet = joiner.kind == .symbol && (afterFirst..<joiner.start).contains { p[$0] == 0x0A }
            if viaOpener || plain, !bullet, let t2 = tokens.next(joiner.end) {
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
                        if skipped == nil { conversionRange = joiner.start..<(secondUnit?.range.upperBound ?? second.range.upperBound) }
                    } else if skipped != nil, u1 != nil, u2 == nil {
                        // "400 m (1,312 ft) to 6" with no unit of its own: not read as a range.
                    } else if !secondIsCode, sameDimension, si2 > si1 {
                        f2 = second
                        unit2 = secondUnit
                        usedOpener = viaOpener
                        if usedOpener == false, opener != nil, openerJoiners.contains(key) { usedOpener = true }
                    }
                }
                if f2 == nil, conversionRange == nil, skipped == nil, !joiner.spaced, joiner.kind == .symbol, t2.kind == .digits, !t2.spaced {
                    // "2023-05-30", "555-1234" read as a code: not a figure.
                    return (nil, endOfCode(from: start))
                }
            }
        }

        let unit: QuantityUnit? = prefixUnit?.unit ?? unit2?.unit ?? unit1?.unit
        let last = f2 ?? f1
        var end = unit2?.range.upperBound ?? (f2 == nil ? (unit1?.range.upperBound ?? f1.range.upperBound) : f2!.range.upperBound)
        if let conversionRange { end = max(end, conversionRange.upperBound) }

        // "150 kilómetros cuadrados": an area, not a distance.
        if let unit, unit.dimension == .length, let unitEnd = (unit2 ?? unit1)?.range.upperBound,
           let areaEnd = phraseAfter(unitEnd, in: tables.areas, prefixes: tables.areaPrefixes, maxTokens: tables.maxAreaTokens) {
            return (nil, areaEnd)
        }

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
        // A figure in feet, miles, pounds or Mach restated in metric units reads as the metric
        // figure (the one a writer converted to, and the one fact boxes print).
        var restated: (value: Double, precision: Double, bound: ClaimBound?)?
        if let unit, conversionRange == nil, let r = restatement(after: end, dimension: unit.dimension) {
            conversionRange = r.range
            end = r.range.upperBound
            if f2 == nil, !unit.isMetric { restated = r.metric }
        }
        if f2 != nil, conversionRange == nil { conversionRange = skipped }
        // "930 metres (3,000 feet) per second": a speed unit resumed after the conversion.
        var perTime: QuantityUnit?
        if f2 == nil, let unit1, unit1.unit.dimension == .length, let conversionRange,
           let speed = speedUnit(resuming: unit1.range, after: conversionRange.upperBound) {
            perTime = speed.unit
            end = speed.end
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
        let factor1 = (prefixUnit?.unit ?? perTime ?? unit1?.unit ?? unit)?.siFactor ?? 1
        let factor2 = (prefixUnit?.unit ?? unit2?.unit ?? unit)?.siFactor ?? 1
        var low = f1.value * factor1
        var high = (f2?.value ?? f1.value) * (f2 == nil ? factor1 : factor2)
        var precision = max(f1.precision * factor1, (f2?.precision ?? 0) * factor2)
        if let restated, perTime == nil {
            low = restated.value
            high = restated.value
            precision = restated.precision
            if bound == .exact, let inner = restated.bound { bound = inner }
        }
        func isYear(_ f: Figure) -> Bool { f.isPlainInteger && f.digitCount == 4 && f.value >= 1800 && f.value <= 2099 }
        let yearLike = unit == nil && isYear(f1) && (f2.map(isYear) ?? true)
        let mention = QuantityMention(
            range: lower..<end,
            numberRange: numberRange,
            unitRange: prefixUnit?.range ?? unit2?.range ?? unit1?.range,
            boundRange: boundRange,
            conversionRange: conversionRange,
            unit: perTime ?? unit,
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
