/// Echoes: words that point back at a figure ("the figure", "that number", "la cifra", "эта
/// цифра"; pack `structure.echoes`).
extension SentenceAnalysis {
    /// "the figure", "that number" near a figure: the echo word.
    func echoCue(for quantity: QuantityMention) -> CueMatch? {
        cues.first { cue in
            guard isWord(cue, .echo) else { return false }
            if cue.range.upperBound <= quantity.range.lowerBound { return quantity.range.lowerBound - cue.range.upperBound <= 80 }
            return cue.range.lowerBound - quantity.range.upperBound <= 6
        }
    }

    /// The attribute of a figure an echo word points at: the usual attribute of its dimension
    /// (range, speed, system mass), or nil (no claim) when an earlier figure of the same value
    /// was read: that one was judged, with whatever hedged or asked it, where it was written,
    /// and the words pointing back at it talk about the figure ("Can a Gepard shoot down a jet
    /// 15 km away? No: the 15 km figure belongs to its search radar") and state nothing new.
    func echoAttribute(for quantity: QuantityMention, dimension: QuantityDimension, echo: CueMatch) -> AttributeChoice? {
        let same = state.figures.contains { figure in
            guard case .quantity(let d) = figure.attribute.kind, d == dimension else { return false }
            return abs(figure.value - quantity.value) <= max(Self.halfStep(quantity), 1e-9)
        }
        // (A span, "entre 4,8 y 8 km" after "Las cifras publicadas", restates no one figure.)
        if same, quantity.bound != .between { return nil }
        let attribute: Attribute = dimension == .length ? .maxRange : dimension == .speed ? .maxSpeed : .systemMass
        let words = text(echo.range)
        return AttributeChoice(attribute: attribute, cue: echo, cueWords: words,
                               reason: "\"\(words)\" refers back to a figure; read as the usual \(attribute.rawValue)", isGeneric: false)
    }
}
