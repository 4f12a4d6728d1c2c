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

extension SentenceAnalysis {
    /// A figure this sentence points back at only to deny it, with the value and the SI unit
    /// an earlier claim must have to be the one denied.
    struct DeniedEcho {
        /// The figure in SI.
        var value: Double
        /// Half the step of its last digit, in SI.
        var halfStep: Double
        /// The SI unit symbol of its dimension (`m`, `m/s`, `kg`).
        var unit: String
    }

    /// "A spokesman claimed the Igla-S can reach 10 kilometres. The 10 km figure appears to
    /// come from the detection range of the unit's radar", "Die 10 km sind übertrieben",
    /// "Эти 10 км — дальность обнаружения РЛС": a figure written again as the thing talked
    /// about (after a definite article or a demonstrative, opening the sentence, or right
    /// before an echo noun, "the 10 km figure") in a sentence that also holds a rebuttal, a
    /// word of doubt with no negation before it, or a sensor's range noun after it, denies
    /// the earlier claims of that value: the article says the figure is not the system's.
    /// Empty for most sentences (no such word, or no figure).
    func deniedEchoes() -> [DeniedEcho] {
        guard !quantities.isEmpty else { return [] }
        var denialFrom: Int?
        for cue in cues {
            if isWord(cue, .rebuttal) || isWord(cue, .sensorRangeNoun)
                || isWord(cue, .doubtWord) && !cues.contains(where: { isWord($0, .negation) && $0.range.upperBound <= cue.range.lowerBound }) {
                denialFrom = cue.range.lowerBound
                break
            }
        }
        guard let denialFrom else { return [] }
        var denied: [DeniedEcho] = []
        for quantity in quantities {
            guard let dimension = quantity.dimension, quantity.bound == .exact else { continue }
            let unit: String
            switch dimension {
            case .length: unit = "m"
            case .speed: unit = "m/s"
            case .mass: unit = "kg"
            }
            // A sensor's range noun denies only a figure before it; a rebuttal or doubt anywhere.
            if cues.contains(where: { isWord($0, .sensorRangeNoun) && $0.range.lowerBound == denialFrom }),
               denialFrom < quantity.range.upperBound { continue }
            guard isEchoShaped(quantity) else { continue }
            denied.append(DeniedEcho(value: quantity.value, halfStep: max(Self.halfStep(quantity), 1e-9), unit: unit))
        }
        return denied
    }

    /// Whether a figure is written as the thing talked about: right after a definite article
    /// or a demonstrative, opening the sentence, right before an echo noun ("the 10 km
    /// figure", "10-km number"), or one word after one ("the figure of 10 km", "esa cifra de
    /// 12 km", "цифра в 10 км").
    private func isEchoShaped(_ quantity: QuantityMention) -> Bool {
        if cues.contains(where: { cue in
            guard isWord(cue, .echo) else { return false }
            if cue.range.lowerBound >= quantity.range.upperBound { return cue.range.lowerBound - quantity.range.upperBound <= 2 }
            guard cue.range.upperBound <= quantity.range.lowerBound else { return false }
            let gap = cue.range.upperBound..<quantity.range.lowerBound
            return !hasPunctuation(gap) && wordCount(gap) <= 1
        }) { return true }
        let start = quantity.range.lowerBound
        if let word = lastWordRange(before: start) {
            let lowered = lowercasedText(word)
            return isIn(.definiteArticle, lowered) || isIn(.demonstrative, lowered)
        }
        return !(range.lowerBound..<start).contains { bytes[$0] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[$0]) }
    }
}
