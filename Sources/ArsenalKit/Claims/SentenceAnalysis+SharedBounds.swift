/// Shared bounds: "frappe jusqu'à 45 km et 25 km d'altitude", "bis 20 Kilometer Flughöhe
/// und 40 Kilometer Reichweite": an upper bound written before the first of two figures of
/// one kind, joined by a coordinator (the first figure's attribute word may stand before
/// it), bounds the second as well. The coordinators come from the pack.
extension SentenceAnalysis {
    /// Words that may stand between the two figures, the coordinator last.
    static let sharedBoundReach = 3

    /// Gives the second of two coordinated figures the upper bound written before the first.
    mutating func shareBounds() {
        guard quantities.count >= 2 else { return }
        for index in quantities.indices.dropFirst() {
            let previous = quantities[index - 1]
            let figure = quantities[index]
            guard previous.bound == .upTo, previous.boundRange != nil, figure.bound == .exact, figure.boundRange == nil,
                  let dimension = figure.dimension, previous.dimension == dimension,
                  previous.range.upperBound <= figure.range.lowerBound else { continue }
            let between = previous.range.upperBound..<figure.range.lowerBound
            let joining = words(in: between)
            guard let last = joining.last, joining.count <= Self.sharedBoundReach, !hasPunctuation(between),
                  vocabulary.coordinators.contains(Array(" \(last) ".utf8)) else { continue }
            quantities[index].bound = .upTo
        }
    }
}
