/// Conversions written after a comma: "flies at 500 m/s, roughly Mach 1.5", "reaches 6 km,
/// about 3.7 miles". The second figure restates the first in another unit; it is not a
/// second claim (a bracketed conversion is merged by the scanner already).
extension SentenceAnalysis {
    /// The indices of quantities that restate the quantity right before them: the same
    /// dimension in another unit, separated only by a comma and spaces (the second may carry
    /// an approximation word), and within 15% of its value.
    func commaConversions() -> Set<Int> {
        var found: Set<Int> = []
        for index in quantities.indices.dropFirst() {
            let first = quantities[index - 1]
            let second = quantities[index]
            guard let a = first.unit, let b = second.unit, a.dimension == b.dimension, a != b,
                  second.bound == .exact || second.bound == .about,
                  first.range.upperBound <= second.range.lowerBound else { continue }
            let gap = stretch(first.range, second.range)
            var commas = 0
            guard gap.allSatisfy({ i in
                if bytes[i] == 0x2C { commas += 1; return true }
                return bytes[i] == 0x20
            }), commas == 1 else { continue }
            let larger = max(abs(first.value), abs(second.value))
            guard larger > 0, abs(first.value - second.value) <= 0.15 * larger else { continue }
            found.insert(index)
        }
        return found
    }
}
