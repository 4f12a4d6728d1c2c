/// Judges a claimed interval against one record's sourced values.
///
/// Only `accepted` entries vote. When entries are tagged with sub-variants (RBS 70 Mk 0,
/// Mk 1, Mk 2), each variant is judged with the untagged entries and the best verdict
/// wins, so a figure true of one variant is not "disputed" by the others. Within the votes:
/// every entry agrees → consistent; some agree, or none but the figure lies between the
/// figures the entries state ("3.5 km" against 3.05 and 3.8 km) → disputed; none (or only
/// entries that merely bound the figure, "≥ 6 km", while every entry stating one differs)
/// → conflict, as the findings contract in ARCHITECTURE.md defines the verdicts: a figure
/// that follows one published source while others give another is disputed (a warning
/// naming both sides), never silently consistent. `disputed` and
/// `deprecated` entries do not vote, but when no accepted entry agrees and one of them
/// does, the verdict names it: a contested figure (`disputed`) makes the claim disputed,
/// a known wrong one (`deprecated`) leaves it a conflict. No entries at all → unverifiable.
///
/// Entries qualified as measuring something else (`qualifier: average`, `per_dart`, ...)
/// take no part unless the claim carries the same qualifier: they stay in the evidence,
/// and `otherMeaningMatches` lists those the claim happens to agree with. When only such
/// entries exist, the claim is unverifiable.
struct FigureOutcome {
    /// The verdict.
    var verdict: Verdict
    /// Per entry, in the record's order: whether the claim agrees with it.
    var agreement: [Bool]
    /// The variant whose entries gave the verdict, when entries are tagged.
    var variant: String?
    /// The accepted entries of the winning group.
    var voters: [Int]
    /// Non-accepted entries the claim agrees with.
    var contestedMatches: [Int]
    /// Entries qualified differently from the claim that it agrees with.
    var otherMeaningMatches: [Int]
    /// Whether any entry has the claim's qualifier (when none has, the verdict is
    /// unverifiable however many differently qualified entries there are).
    var hasComparableEntries: Bool
    /// Entries the claim agrees with only as another source's figure written in other units
    /// and rounded (`RecordedPoint.twins`): "45 mi" beside "70 km".
    var twinMatches: [Int] = []
    /// Entries the claim agrees with only as their figure converted into the claim's unit
    /// and rounded as the claim is written ("70,000 ft" for "22 km"; see `areConversionTwins`).
    var convertedMatches: [Int] = []
    /// Whether the verdict is `disputed` only because the figure lies between the figures of
    /// disagreeing sources, agreeing with none of them (see `liesBetween`).
    var liesBetweenSources = false

    init(figure: JudgedFigure, entries: [SourcedValue], tolerance: ClaimTolerance, qualifier: ValueQualifier? = nil) {
        self.init(figure: figure, entries: entries, points: RecordedPoint.points(of: entries), tolerance: tolerance, qualifier: qualifier)
    }

    /// The outcome against `entries`, read from `points` (theirs, prepared: see `RecordedPoint`).
    init(figure: JudgedFigure, entries: [SourcedValue], points: [RecordedPoint], tolerance: ClaimTolerance, qualifier: ValueQualifier? = nil,
         written: Quantity? = nil) {
        // One pass over the entries, no index lists but the ones kept: a figure is judged
        // against a few entries many times a request (the record, its variants, its relatives).
        let count = points.count
        var agreement: [Bool] = []
        agreement.reserveCapacity(count)
        var hasComparable = false
        var otherMeaningMatches: [Int] = []
        var contestedMatches: [Int] = []
        var convertedMatches: [Int] = []
        var anyAccepted = false
        var anyVariant = false
        for index in 0..<count {
            let point = points[index]
            var agrees = tolerance.agrees(figure, point, bound: point.bound, approximate: point.approximate)
            // "up to 70,000 feet" against "22 km": a figure written in feet or miles that is an
            // entry in metres converted and rounded as the claim is written agrees with it.
            if !agrees, let written, point.bound == nil, RecordedPoint.areConversionTwins(.quantity(written), entries[index].value) {
                agrees = true
                convertedMatches.append(index)
            }
            agreement.append(agrees)
            if point.qualifier == qualifier {
                hasComparable = true
                if point.status == .accepted {
                    anyAccepted = true
                    if point.variant >= 0 { anyVariant = true }
                } else if agrees {
                    contestedMatches.append(index)
                }
            } else if agrees {
                otherMeaningMatches.append(index)
            }
        }
        // Two sources giving one figure in different units ("70 km", "45 mi") are one figure:
        // a claim agreeing with either agrees with both, so the rounding of a conversion
        // never makes it disputed.
        var twinMatches: [Int] = []
        for index in 0..<count where !agreement[index] && !points[index].twins.isEmpty {
            if points[index].twins.contains(where: { agreement[$0] }) { twinMatches.append(index) }
        }
        for index in twinMatches { agreement[index] = true }
        self.twinMatches = twinMatches
        self.convertedMatches = convertedMatches
        self.agreement = agreement
        hasComparableEntries = hasComparable
        self.otherMeaningMatches = otherMeaningMatches
        self.contestedMatches = contestedMatches
        // Whether entry `index` is an accepted entry with the claim's qualifier, and whether
        // it votes in the group of variant `variant` (entries tagged with it or with none;
        // variants by the position of their first entry, -1 for none).
        func accepted(_ index: Int) -> Bool {
            points[index].qualifier == qualifier && points[index].status == .accepted
        }
        func votes(_ index: Int, _ variant: Int) -> Bool {
            accepted(index) && (points[index].variant < 0 || points[index].variant == variant)
        }
        // Whether the claim's interval takes in a bounding entry's own figure.
        func holdsBoundFigure(_ point: RecordedPoint) -> Bool {
            guard let low = figure.low, let high = figure.high else { return false }
            return [point.si, point.alsoSI].contains { value in value.map { $0 >= low && $0 <= high } ?? false }
        }
        // The verdict of one variant's group, and whether every voter agrees; nil when it
        // has no voters.
        func judge(_ variant: Int) -> (verdict: Verdict, all: Bool, between: Bool)? {
            var voters = 0
            var agreeing = 0
            var agreeingUnbounded = false
            var voterUnbounded = false
            for index in 0..<count where votes(index, variant) {
                voters += 1
                if points[index].bound == nil { voterUnbounded = true }
                if agreement[index] {
                    agreeing += 1
                    if points[index].bound == nil || holdsBoundFigure(points[index]) { agreeingUnbounded = true }
                }
            }
            guard voters > 0 else { return nil }
            // A source that only bounds the figure ("over 6,000 m") is compatible with any
            // figure past it, but supports none: when every source stating a figure differs,
            // the bounds alone do not make the claim disputed ("13 km" against 6.5 km and ≥ 6 km).
            // A claim of the bound's own figure supports it, "over" left out ("travels at 2,000
            // mph" against "over 2000 mph" and Mach 3.5; blind set EM).
            let onlyBoundsAgree = !agreeingUnbounded && voterUnbounded
            var verdict: Verdict = agreeing == voters ? .consistent : agreeing == 0 || onlyBoundsAgree ? .conflict : .disputed
            let between = verdict == .conflict && agreeing == 0 && Self.liesBetween(figure.value, points, where: { votes($0, variant) })
            if between { verdict = .disputed }
            return (verdict, agreeing == voters, between)
        }
        var best: (verdict: Verdict, variant: Int, between: Bool)?
        if anyAccepted {
            if !anyVariant {
                best = judge(-1).map { ($0.verdict, -1, $0.between) }
            } else {
                // Each variant once, in the order its first accepted entry comes.
                for index in 0..<count where accepted(index) {
                    let variant = points[index].variant
                    guard variant >= 0 else { continue }
                    let seen = (0..<index).contains { accepted($0) && points[$0].variant == variant }
                    guard !seen, let judged = judge(variant) else { continue }
                    // At equal verdicts, a group whose sources include the figure beats one it
                    // only lies between ("12 km" for the Tor: between the Tor-M2DT's 15 km and
                    // 11.27 km, given by a Tor-M2 source), so the message names the agreeing one.
                    if best == nil || judged.verdict.reportRank > best!.verdict.reportRank
                        || (judged.verdict == best!.verdict && (judged.all || (best!.between && !judged.between))) {
                        best = (judged.verdict, variant, judged.between)
                    }
                }
            }
        }
        var verdict: Verdict = hasComparable ? .conflict : .unverifiable
        if let best {
            verdict = best.verdict
            variant = best.variant < 0 ? nil : entries[best.variant].variant
            voters = (0..<count).filter { votes($0, best.variant) }
        } else {
            variant = nil
            voters = []
        }
        if verdict == .conflict, contestedMatches.contains(where: { points[$0].status == .disputed }) {
            verdict = .disputed
        }
        self.verdict = verdict
        liesBetweenSources = best?.between ?? false
    }

    /// Whether `value` lies strictly between the lowest and the highest figure that the
    /// entries `voting` state (not merely bound), those being at least two different figures:
    /// "3.5 km" for a ceiling that one source prints as 3.05 km and another as 3.8 km. The
    /// sources disagree among themselves and the claim sits inside their disagreement, so it
    /// is `disputed` (a warning naming them), not a `conflict`: no source contradicts it more
    /// than the sources contradict each other. Outside that span it stays a conflict.
    static func liesBetween(_ value: Double, _ points: [RecordedPoint], where voting: (Int) -> Bool) -> Bool {
        var lowest = Double.infinity, highest = -Double.infinity
        for index in points.indices where points[index].bound == nil && voting(index) {
            guard let si = points[index].si else { continue }
            lowest = min(lowest, si)
            highest = max(highest, si)
        }
        return lowest < highest && value > lowest && value < highest
    }
}

/// What judging reads of a recorded value, without its strings: SI figures, bound, "about",
/// status, qualifier and sub-variant (as the position of the first entry of the list with
/// the same variant, -1 for none). Prepared once per record (see `JudgingTables`).
struct RecordedPoint: Sendable {
    var si: Double?
    var alsoSI: Double?
    /// Whether `si` and `alsoSI` were written in Mach.
    var mach = false, alsoMach = false
    var bound: EntryBound?
    var approximate: Bool
    var status: EntryStatus
    var qualifier: ValueQualifier?
    var variant: Int
    /// The other accepted entries that give the same figure in units of the other system,
    /// as a rounded conversion (see `areConversionTwins`).
    var twins: [Int] = []

    /// The points of a list of entries.
    static func points(of entries: [SourcedValue]) -> [RecordedPoint] {
        var points = entries.map { entry in
            RecordedPoint(
                si: entry.value.fastSI, alsoSI: entry.also?.fastSI, mach: entry.value.isMach, alsoMach: entry.also?.isMach ?? false,
                bound: entry.bound, approximate: entry.approximate,
                status: entry.status, qualifier: entry.qualifier,
                variant: entry.variant.map { variant in entries.firstIndex { $0.variant == variant }! } ?? -1)
        }
        // Only a list mixing metric and other units can hold twins: most lists are skipped
        // after reading each unit once (this runs for every record at start-up).
        let metric = entries.map { entry -> Bool? in
            guard case .quantity(let quantity) = entry.value, let unit = QuantityUnit(rawValue: quantity.unitSymbol),
                  unit != .mach else { return nil }
            return unit.isMetric
        }
        guard metric.contains(true), metric.contains(false) else { return points }
        for i in entries.indices where metric[i] != nil {
            for j in entries.indices where j != i && metric[j] != nil && metric[j] != metric[i]
                && points[i].status == .accepted && points[j].status == .accepted
                && points[i].qualifier == points[j].qualifier && points[i].variant == points[j].variant
                && points[i].bound == points[j].bound && areConversionTwins(entries[i].value, entries[j].value) {
                points[i].twins.append(j)
            }
        }
        return points
    }

    /// Whether two recorded figures are one figure in units of the two systems, one being
    /// the other converted and rounded: one is metric and the other imperial or nautical,
    /// they differ by at most 6%, and converting either into the other's unit and rounding
    /// it as finely as the other is written gives the other ("70 km" is 43.5 mi, which
    /// "45 mi", written to the nearest 5, rounds to). Mach, a speed of sound apart, is never
    /// a twin; "3,800 m" and "10,000 ft" (3,048 m) differ by far more than rounding.
    static func areConversionTwins(_ a: SpecValue, _ b: SpecValue) -> Bool {
        guard case .quantity(let qa) = a, case .quantity(let qb) = b,
              let ua = QuantityUnit(rawValue: qa.unitSymbol), let ub = QuantityUnit(rawValue: qb.unitSymbol),
              ua != .mach, ub != .mach, ua.dimension == ub.dimension,
              ua.isMetric != ub.isMetric, qa.value > 0, qb.value > 0 else { return false }
        let siA = qa.value * ua.siFactor, siB = qb.value * ub.siFactor
        guard abs(siA - siB) <= 0.06 * max(siA, siB) else { return false }
        func roundsTo(_ si: Double, _ written: Double, in unit: QuantityUnit) -> Bool {
            let step = writtenStep(written)
            let converted = si / unit.siFactor
            return abs((converted / step).rounded() * step - written) <= step * 1e-6
        }
        return roundsTo(siA, qb.value, in: ub) || roundsTo(siB, qa.value, in: ua)
    }

    /// The rounding a written figure shows: its last digit's place, or five of it when the
    /// last digit is 5 ("45": 5, "70": 10, "11,500": 500, "4.5": 0.5, "10.1": 0.1).
    static func writtenStep(_ value: Double) -> Double {
        var step = 1.0
        var scaled = value
        // Decimal places, up to six.
        var places = 0
        while places < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            step /= 10
            places += 1
        }
        var digits = Int(scaled.rounded())
        guard digits > 0 else { return step }
        while places == 0, digits % 10 == 0 {
            digits /= 10
            step *= 10
        }
        return digits % 10 == 5 ? step * 5 : step
    }
}

/// Messages built in one go: the parts' bytes copied into one buffer of the summed length
/// (string interpolation and appending grow and re-check the string part by part).
enum MessageText {
    /// The parts, concatenated.
    static func join(_ parts: String...) -> String {
        var length = 0
        for part in parts { length += part.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    guard let base = bytes.baseAddress, end + bytes.count <= buffer.count else { return }
                    buffer.baseAddress!.advanced(by: end).update(from: base, count: bytes.count)
                    end += bytes.count
                }
            }
            return end
        }
    }
}

/// How far a figure is off the recorded values: "overstates by 67%".
enum Deviation {
    /// Positive: the claim is above every recorded value by this fraction of the nearest;
    /// negative: below; nil: it lies between recorded values or nothing is recorded.
    static func fraction(of claimValue: Double, against intervals: [(low: Double, high: Double)]) -> Double? {
        guard !intervals.isEmpty else { return nil }
        let highest = intervals.map(\.high).max()!
        let lowest = intervals.map(\.low).min()!
        if claimValue > highest, highest.isFinite, highest > 0 { return (claimValue - highest) / highest }
        if claimValue < lowest, lowest.isFinite, lowest > 0 { return (claimValue - lowest) / lowest }
        return nil
    }

    /// "overstates by 67%", "understates by 13%", "overstates by less than 1%".
    static func phrase(_ fraction: Double) -> String {
        "\(verb(fraction)) by \(amount(fraction))"
    }

    /// "overstates" or "understates".
    static func verb(_ fraction: Double) -> String { fraction > 0 ? "overstates" : "understates" }

    /// For a year, how far it is from the nearest recorded one ("12 years earlier", "1 year
    /// later"), from `fraction`, as `fraction(of:against:)` gives it for `claim`: a share of
    /// a year's number says nothing.
    static func years(_ fraction: Double, claim: Double) -> String {
        let nearest = claim / (1 + fraction)
        let years = Int((claim - nearest).rounded())
        let count = abs(years)
        return "\(count) year\(count == 1 ? "" : "s") \(years < 0 ? "earlier" : "later")"
    }

    /// "overstates by 67%", or for a year (`isYear`) "is 12 years earlier than".
    static func comparison(_ fraction: Double, claim: Double, isYear: Bool) -> String {
        isYear ? "is \(years(fraction, claim: claim)) than" : verb(fraction)
    }

    /// "67%", or "less than 1%".
    static func amount(_ fraction: Double) -> String {
        let percent = abs(fraction) * 100
        if percent < 1 { return "less than 1%" }
        // An absurd figure ("39999…999 m", found by fuzzing) must not overflow Int.
        guard percent.isFinite, percent < 1e9 else { return "more than 1,000,000,000%" }
        return "\(Int(percent.rounded()))%"
    }
}

extension SpecValue {
    /// Whether the value is written in Mach (converted to m/s with one of several speeds of sound).
    var isMach: Bool {
        if case .quantity(let quantity) = self { return quantity.unitSymbol == "Mach" }
        return false
    }

    /// The value in SI for figures, without Foundation's unit conversion machinery (which
    /// is slow in a hot loop): the written value times its unit's factor.
    var fastSI: Double? {
        switch self {
        case .quantity(let quantity):
            if let unit = QuantityUnit(rawValue: quantity.unitSymbol) { return quantity.value * unit.siFactor }
            return quantity.siValue
        case .count(let n), .year(let n): return Double(n)
        default: return nil
        }
    }
}

extension SpecValue {
    /// `displayText` without format strings: the value as a data file writes it.
    var fastDisplayText: String {
        switch self {
        case .quantity(let quantity):
            let number = FigureText.number(quantity.value, maxFractionDigits: 3)
            return quantity.unitSymbol == "Mach" ? "Mach \(number)" : "\(number) \(quantity.unitSymbol)"
        case .set(let tokens): return tokens.joined(separator: ", ")
        default: return displayText
        }
    }
}

/// Figures in messages, in a unit people read: km above 1,000 m, kg, m/s.
enum FigureText {
    static func format(_ si: Double, unit: String) -> String {
        switch unit {
        case "m":
            return abs(si) >= 1000 ? "\(number(si / 1000, maxFractionDigits: 2)) km" : "\(number(si, maxFractionDigits: 1)) m"
        case "kg": return "\(number(si, maxFractionDigits: 2)) kg"
        case "m/s": return "\(number(si, maxFractionDigits: 0)) m/s"
        case "persons": return number(si, maxFractionDigits: 0)
        case "year": return String(Int(si.rounded()))
        default: return "\(number(si, maxFractionDigits: 2)) \(unit)"
        }
    }

    /// A number rounded to at most `maxFractionDigits` decimals, without trailing zeros
    /// ("4.8", "6", "10.77"); integer arithmetic, no format strings.
    static func number(_ value: Double, maxFractionDigits: Int) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return formatNumber(value, maxFractionDigits: maxFractionDigits) }
        var scale = 1
        for _ in 0..<maxFractionDigits { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        var whole = String(scaled / scale)
        var fraction = scaled % scale
        var digits = maxFractionDigits
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        if digits > 0 {
            var text = String(fraction)
            while text.count < digits { text = "0" + text }
            whole += "." + text
        }
        return (value < 0 && scaled != 0 ? "-" : "") + whole
    }

    /// A recorded entry: "6 km", "~3.5 km", "≥ 6 km", "≤ 2 kg".
    static func entry(_ entry: SourcedValue, unit: String) -> String {
        guard let si = entry.value.fastSI else { return entry.value.fastDisplayText }
        let text = format(si, unit: unit)
        switch entry.bound {
        case .atLeast: return "≥ " + text
        case .atMost: return "≤ " + text
        case nil: return entry.approximate ? "~" + text : text
        }
    }

    /// The distinct entries of a list, in order: "4.8 km, 8 km".
    static func list(_ entries: [SourcedValue], unit: String) -> String {
        var seen: [String] = []
        for entry in entries {
            let text = Self.entry(entry, unit: unit)
            if !seen.contains(text) { seen.append(text) }
        }
        return seen.joined(separator: ", ")
    }

    /// The SI unit of an attribute's figures.
    static func unit(of attribute: Attribute) -> String {
        switch attribute.kind {
        case .quantity(let dimension): dimension.siSymbol
        case .count: "persons"
        case .year: "year"
        default: ""
        }
    }
}
