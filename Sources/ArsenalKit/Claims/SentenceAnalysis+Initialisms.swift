/// Initialisms written with dots ("U.S.", "U.K."): their dots are no stops inside a sentence,
/// so "fielded by the U.S. Army in 1968" keeps its year with its cue.
extension SentenceAnalysis {
    /// Whether the dot at `i` belongs to an initialism of single capitals ("U.S.", "U.K."):
    /// a lone capital before it, and a dot before that capital or a capital and a dot after.
    func isInitialismDot(_ i: Int) -> Bool {
        guard i > range.lowerBound, TextScan.isASCIIUppercase(bytes[i - 1]) else { return false }
        let single = i - 1 == range.lowerBound || !TextScan.isASCIIAlphanumeric(bytes[i - 2])
        guard single else { return false }
        if i - 2 >= range.lowerBound, bytes[i - 2] == 0x2E { return true }
        return i + 2 < range.upperBound && TextScan.isASCIIUppercase(bytes[i + 1]) && bytes[i + 2] == 0x2E
    }
}
