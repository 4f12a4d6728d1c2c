/// Conversions written after a comma, a colon or a spaced dash: "flies at 500 m/s, roughly Mach 1.5",
/// "reaches 6 km, or about 3.7 miles", "accelerates to Mach 3.5 – roughly 2,000 mph –". The
/// second figure restates the first in another unit; it is not a second claim (a bracketed
/// conversion is merged by the scanner already).
extension SentenceAnalysis {
    /// The indices of quantities that restate the quantity right before them: the same
    /// dimension in another unit, separated only by a comma (and the pack's word for "or",
    /// `structure.alternatives`) or by one spaced dash, and within 15% of its value (the
    /// second may carry an approximation word). A Mach number against a speed in another unit
    /// may differ by 30%: the speed of sound falls from 340 m/s at sea level to 295 m/s at
    /// altitude, and writers convert at either.
    func commaConversions() -> Set<Int> {
        var found: Set<Int> = []
        for index in quantities.indices.dropFirst() {
            let first = quantities[index - 1]
            let second = quantities[index]
            guard let a = first.unit, let b = second.unit, a.dimension == b.dimension, a != b,
                  second.bound == .exact || second.bound == .about,
                  first.range.upperBound <= second.range.lowerBound else { continue }
            let gap = stretch(first.range, second.range)
            guard isCommaGap(gap) || isDashGap(gap) || isColonGap(gap) else { continue }
            let larger = max(abs(first.value), abs(second.value))
            let tolerance = (a == .mach) != (b == .mach) ? 0.3 : 0.15
            guard larger > 0, abs(first.value - second.value) <= tolerance * larger else { continue }
            found.insert(index)
        }
        return found
    }

    /// ", " or ", or ": one comma, spaces, and at most the pack's word for "or".
    private func isCommaGap(_ gap: Range<Int>) -> Bool {
        guard let comma = gap.first(where: { bytes[$0] != 0x20 }), bytes[comma] == 0x2C else { return false }
        let rest = (comma + 1)..<gap.upperBound
        guard !rest.contains(where: { bytes[$0] == 0x2C }) else { return false }
        let words = words(in: rest, limit: 2)
        return words.isEmpty || words.count == 1 && !hasPunctuation(rest)
            && vocabulary.alternatives.contains(Array((" " + words[0].lowercased() + " ").utf8))
    }

    /// ": " ("800 metros por segundo: unos 2.900 km/h"): one colon right after the first
    /// figure, then spaces.
    private func isColonGap(_ gap: Range<Int>) -> Bool {
        guard gap.count >= 2, bytes[gap.lowerBound] == 0x3A else { return false }
        return (gap.lowerBound + 1..<gap.upperBound).allSatisfy { bytes[$0] == 0x20 }
    }

    /// " – ", " — " or " - ": one dash with spaces on both sides, nothing else.
    private func isDashGap(_ gap: Range<Int>) -> Bool {
        var k = gap.lowerBound
        var dashes = 0
        guard k < gap.upperBound, bytes[k] == 0x20 else { return false }
        while k < gap.upperBound {
            if bytes[k] == 0x20 {
                k += 1
            } else if bytes[k] == 0x2D {
                dashes += 1
                k += 1
            } else if k + 2 < gap.upperBound + 1, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 {
                dashes += 1
                k += 3
            } else {
                return false
            }
        }
        return dashes == 1 && bytes[gap.upperBound - 1] == 0x20
    }
}
