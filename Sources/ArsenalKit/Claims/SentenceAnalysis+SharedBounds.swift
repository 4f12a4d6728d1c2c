/// Shared bounds: "frappe jusqu'à 45 km et 25 km d'altitude", "bis 20 Kilometer Flughöhe
/// und 40 Kilometer Reichweite": an upper bound written before the first of two figures of
/// one kind, joined by a coordinator (the first figure's attribute word may stand before
/// it), bounds the second as well. The coordinators come from the pack.
extension SentenceAnalysis {
    /// Words that may stand between the two figures, the coordinator last.
    static let sharedBoundReach = 3

    /// Gives the second of two coordinated figures the upper bound written before the first.
    func shareBounds() {
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
                  isCoordinator(last) else { continue }
            quantities[index].bound = .upTo
        }
    }
}

extension SentenceAnalysis {
    /// "can engage drones within 5,000 m and below 2,500 m altitude", "innerhalb von 5000
    /// Metern und unterhalb von 2500 Metern Höhe": a height below a figure joined by a
    /// coordinator alone to a distance bounded from above is the other side of one envelope
    /// (how far and how high the targets may be), so it reaches up to the figure, as a height
    /// after a verb of engaging does. Returns the distance's words.
    func coordinatedDistanceLimit(of quantity: QuantityMention) -> String? {
        guard quantity.bound == .lessThan,
              let index = quantities.lastIndex(where: { $0.range.upperBound <= quantity.range.lowerBound }) else { return nil }
        let partner = quantities[index]
        guard partner.dimension == .length, partner.bound == .upTo || partner.bound == .lessThan else { return nil }
        let between = partner.range.upperBound..<quantity.range.lowerBound
        let joining = words(in: between)
        guard joining.count == 1, !hasPunctuation(between), isCoordinator(joining[0])
        else { return nil }
        return text(partner.range)
    }
}
