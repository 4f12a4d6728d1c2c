/// Doubts about claims that are no figures: a ground target as a use beside the air role,
/// and a guidance, target, origin or man-portability statement under a hedge or condition.
extension SentenceAnalysis {
    /// For a target claim naming ground targets, the word for "also" (pack
    /// `structure.additive_words`) in its clause before the last target word ("können auch
    /// gegen Bodenziele eingesetzt werden", "capable également de détruire des cibles
    /// terrestres"), or nil. Such a claim adds a use to the air role; the sources list the
    /// air targets a system engages and are silent on ground use, so they cannot show it wrong.
    /// A ground target claimed without one ("The RBS 70 NG can destroy tanks") states the
    /// system's role and is still judged.
    func secondaryUseWord(targets: [String], through end: Int, from start: Int) -> String? {
        guard targets.contains(TargetKind.groundVehicle.rawValue) else { return nil }
        let opening = min(clauseStart(start), start)
        return words(in: opening..<end, limit: 40).first { isIn(.additiveWord, $0) }
    }

    /// Marks each claim that is no figure (guidance, targets, origin, man-portability,
    /// class) with a hedge or condition before it in its sentence (pack `structure.hedges`:
    /// "If Starstreak had an infrared seeker, ...", "Wenn die Piorun ... hätte", "Perhaps
    /// the Igla is laser-guided"): what a hypothesis supposes is not what the article states,
    /// so its value is a guess. Figures get the same mark where their features are read
    /// (`readingFeatures`).
    func markHedgedQualities(_ claims: inout [Claim]) {
        guard !claims.isEmpty, let first = cues.first(where: { isWord($0, .hedge) && $0.range.lowerBound >= range.lowerBound }) else { return }
        for index in claims.indices where first.range.upperBound <= claims[index].range.lowerBound
            && hedgeReaches(from: first.range, to: claims[index].range.lowerBound) {
            switch claims[index].value {
            case .number, .comparison: continue
            case .boolean, .tokens, .country, .classes: break
            }
            guard !claims[index].grounding.features.contains(where: { $0.kind == .hedge }) else { continue }
            claims[index].grounding.features.append(ReadingFeature(.hedge, words: text(first.range)))
        }
    }

    /// Whether a hedge at `hedge` still governs `position`: no clause-break word that opens a
    /// clause of its own (pack `clause_breaks` outside `contrasts`: "but", "while", "dlatego";
    /// not "unlike", whose object stays inside the clause) and no comma followed by a
    /// coordinator stands between ("The Stinger might reach 10 km, but in fact it reaches
    /// 4.8 km", "Film rzekomo pokazuje Stingera, a w rzeczywistości radziecką Strzałę-2").
    func hedgeReaches(from hedge: Range<Int>, to position: Int) -> Bool {
        guard hedge.upperBound < position else { return true }
        let between = hedge.upperBound..<position
        if cues.contains(where: { isWord($0, .clauseBreak) && between.contains($0.range.lowerBound) && !isContrast(text($0.range)) }) { return false }
        var k = between.lowerBound
        while k < between.upperBound {
            if bytes[k] == 0x2C, let next = firstWord(in: (k + 1)..<between.upperBound), isCoordinator(next) { return false }
            k += 1
        }
        return true
    }

    /// Marks each claim whose clause holds, before it, a phrase for the other systems or for
    /// all of them (pack `structure.others_references`: "Only the Starstreak is laser-guided;
    /// the other two rely on an infrared seeker", "Todos estos sistemas entraron en servicio
    /// entre 2011 y 2017") and names none of the claim's system: the claim is bound to the
    /// system named last, which the phrase sets apart or counts among several, so its system
    /// is a guess.
    func markOthersReferences(_ claims: inout [Claim]) {
        guard !claims.isEmpty, cues.contains(where: { isWord($0, .othersReference) }) else { return }
        for index in claims.indices {
            let position = claims[index].range.lowerBound
            let start = clauseStart(position)
            guard let others = lastCue(where: { isWord($0, .othersReference) && $0.range.lowerBound >= start && $0.range.upperBound <= position }) else { continue }
            let id = claims[index].systemID
            if mentions.contains(where: { $0.named && $0.range.lowerBound >= start && $0.range.upperBound <= position
                && $0.system >= 0 && catalog.systems[$0.system].id == id }) { continue }
            claims[index].grounding.doubt(.system, "\"\(text(others.range))\" speaks of several systems, not of the one named last alone")
        }
    }
}
