/// The unit after a figure and the phrases around it: bounds, money, designations, months
/// and conversions in parentheses.
extension MentionParser {
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
            // "в 1983-м", "1983-м году": one non-Latin letter after a hyphen is a numeral's case
            // ending (Russian, Ukrainian), not the metre's symbol.
            if adjectival, match.end - t.start <= 2, t.scalar >= 0x80 { return .bare(adjectival: false) }
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

    /// A speed unit whose spelling starts with the length unit at `lengthRange` and goes on
    /// after a conversion ending at `resume`: "930 metres (3,000 feet) per second" is 930 m/s,
    /// since "metres per second" is a spelling of m/s. The speed unit and where it ends.
    func speedUnit(resuming lengthRange: Range<Int>, after resume: Int) -> (unit: QuantityUnit, end: Int)? {
        var folded = TokenHash.seed
        var count = 0
        var position = lengthRange.lowerBound
        while let t = tokens.next(position), t.end <= lengthRange.upperBound {
            folded = TokenHash.combine(folded, t.key)
            count += 1
            position = t.end
        }
        guard count > 0, tables.unitPrefixes.contains(folded), var current = tokens.next(resume), current.kind == .word else { return nil }
        while count < tables.maxUnitTokens {
            folded = TokenHash.combine(folded, current.key)
            count += 1
            if let candidate = tables.units[folded]?.first(where: { $0.unit.dimension == .speed }) {
                return (candidate.unit, current.end)
            }
            guard tables.unitPrefixes.contains(folded), let next = tokens.next(current.end), next.kind == .word else { return nil }
            current = next
        }
        return nil
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

    /// The longest bound phrase that ends right before `start`. "a menos de unos 4 km", "less than
    /// about 4 km" (blind set OJ): "less than" right before a word of approximation bounds the
    /// figure, the approximation only softens it; "up to about 8 km", "above about 150 m" stay
    /// approximate.
    func boundBefore(_ start: Int) -> (ClaimBound, Range<Int>)? {
        let best = longestBoundBefore(start)
        // "stand bis Juni 2023 im Dienst", "in service until June 2023": a month name between
        // the bound and a year leaves the bound the year's.
        if best == nil, let month = tokens.previous(start), isMonth(month), let outer = longestBoundBefore(month.start) {
            return outer
        }
        if let about = best, about.0 == .about, let outer = longestBoundBefore(about.1.lowerBound), outer.0 == .lessThan {
            return (outer.0, outer.1.lowerBound..<about.1.upperBound)
        }
        return best
    }

    /// The longest phrase of the pack's bounds that ends right before `start`.
    private func longestBoundBefore(_ start: Int) -> (ClaimBound, Range<Int>)? {
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

    /// The longest after-bound phrase ("or more") that starts right after `end`; none when
    /// the phrase runs into a longer before-bound ("at 6.5 km and up to 4,000 metres": "up
    /// to" belongs to 4,000, so 6.5 km is not "6.5 km and up").
    func boundAfter(_ end: Int) -> (ClaimBound, Range<Int>)? {
        var key = TokenHash.seed
        var position = end
        var best: (ClaimBound, Range<Int>)?
        var starts: [Int] = []
        var count = 0
        while count < tables.maxBoundAfterTokens, let t = tokens.next(position), t.kind != .digits {
            // A bound after a figure is on its line: "Maximum range: 11 km" then "Maximum
            // altitude: 4,000 m" on the next is a label, not "11 km maximum".
            if (position..<t.start).contains(where: { p[$0] == 0x0A || p[$0] == 0x0D }) { break }
            starts.append(t.start)
            key = TokenHash.combine(key, t.key)
            count += 1
            if let bound = tables.boundsAfter[key] { best = (bound, starts[0]..<t.end) }
            if !tables.boundAfterPrefixes.contains(key) { break }
            position = t.end
        }
        guard let found = best else { return nil }
        for start in starts where start < found.1.upperBound {
            // (Also when words come before that figure: "at a range of 70 kilometres and up to
            // an altitude of 24 kilometres".)
            if let next = boundStarting(at: start), next.1.upperBound > found.1.upperBound {
                return nil
            }
        }
        return found
    }

    /// A before-bound phrase that starts right at `position` (inside a conversion:
    /// "(about 8 km)"); its range.
    func boundStarting(at position: Int) -> (ClaimBound, Range<Int>)? {
        var tokensAhead: [ScanToken] = []
        var cursor = position
        while tokensAhead.count < tables.maxBoundBeforeTokens, let t = tokens.next(cursor), t.kind != .digits {
            tokensAhead.append(t)
            cursor = t.end
        }
        for count in stride(from: tokensAhead.count, through: 1, by: -1) {
            var key = TokenHash.seed
            for t in tokensAhead[0..<count].reversed() { key = TokenHash.combine(key, t.key) }
            if let bound = tables.boundsBefore[key] { return (bound, tokensAhead[0].start..<tokensAhead[count - 1].end) }
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

    /// A conversion in brackets, and the metric figure it restates when its first figure is
    /// one (a single figure, not a range).
    struct Conversion {
        var range: Range<Int>
        /// The first figure inside, in SI, when its unit is metric: "Mach 2.5 (800 m/s)",
        /// "10,000 feet (3,000 m)", "2,5 Маха (порядка 850 м/с)".
        var metric: (value: Double, precision: Double, bound: ClaimBound?)?
    }

    /// "(8 km)", "[about 5 miles]", "(3.7 mi; 4 nmi)": a conversion of a figure of
    /// `dimension`; returns its range.
    func conversion(after end: Int, dimension: QuantityDimension) -> Range<Int>? {
        restatement(after: end, dimension: dimension)?.range
    }

    /// The conversion in brackets after `end`, with its first figure when that is metric.
    func restatement(after end: Int, dimension: QuantityDimension) -> Conversion? {
        guard let open = tokens.next(end), open.kind == .symbol, open.scalar == 0x28 || open.scalar == 0x5B else { return nil }
        let closeScalar: UInt32 = open.scalar == 0x28 ? 0x29 : 0x5D
        var position = open.end
        var metric: (value: Double, precision: Double, bound: ClaimBound?)?
        var first = true
        while true {
            var bound: ClaimBound?
            if let (b, range) = boundStarting(at: position) { bound = b; position = range.upperBound }
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
            var isRange = false
            // A range inside: "(3–4 miles)".
            if unit == nil, let joiner = tokens.next(f.range.upperBound), isPlainJoiner(joiner),
               let t2 = tokens.next(joiner.end), let f2 = figure(at: t2),
               case .unit(let u, let r, _) = self.unit(after: f2) {
                unit = u
                unitEnd = r.upperBound
                f = f2
                isRange = true
            }
            guard let unit, unit.dimension == dimension else { return nil }
            if first, !isRange, unit.isMetric {
                metric = (f.value * unit.siFactor, f.precision * unit.siFactor, bound)
            }
            first = false
            guard let next = tokens.next(unitEnd) else { return nil }
            if next.kind == .symbol, next.scalar == closeScalar { return Conversion(range: open.start..<next.end, metric: metric) }
            guard tables.conversionSeparators.contains(next.single) else { return nil }
            position = next.end
        }
    }

    func isPlainJoiner(_ t: ScanToken) -> Bool {
        tables.plainJoiners.contains(t.single)
    }
}
