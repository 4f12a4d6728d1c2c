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

    /// "Die Igla-S schießt 10 km weit. Das ist Unsinn ...; die 10 km sind eher die Entfernung,
    /// auf die man ...", "10 км — это примерно дальность, на которой ...": a figure written as
    /// written before in the article, now the subject of its sentence (right after a
    /// definite article or a demonstrative, or opening the sentence) in a sentence that names
    /// and refers to no system, talks about that figure; it states nothing new and is no
    /// claim. The earlier one was judged where it stood.
    func isEchoedFigure(_ quantity: QuantityMention, dimension: QuantityDimension) -> Bool {
        guard quantity.bound == .exact, mentions.isEmpty else { return false }
        let start = quantity.range.lowerBound
        let subject: Bool
        if let word = lastWordRange(before: start) {
            let lowered = lowercasedText(word)
            subject = isIn(.definiteArticle, lowered) || isIn(.demonstrative, lowered)
        } else {
            // Nothing but spaces, quotes or a line's marks before it in the sentence: it opens it.
            subject = !(range.lowerBound..<start).contains { bytes[$0] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[$0]) }
        }
        return subject && state.figures.contains { figure in
            guard case .quantity(let d) = figure.attribute.kind, d == dimension else { return false }
            return abs(figure.value - quantity.value) <= max(Self.halfStep(quantity), 1e-9)
        }
    }
}
