/// "the American missile", "amerykański pocisk", "der russische Flugkörper": a reference
/// qualified by an origin word means the system of that origin.
extension SentenceAnalysis {
    /// The system a reference noun right after an origin word refers to: of the systems
    /// named in the sentence, the nearest one before it whose record has that origin; else,
    /// of the systems the article has named, the most salient one with that origin. Nil when
    /// no origin word stands right before the reference, or no named system has its origin
    /// (then the reference resolves as any other).
    ///
    /// "Brytyjski Starstreak jest szybszy od Stingera: osiąga ponad 3 Machy, podczas gdy
    /// amerykański pocisk leci z prędkością ok. 700 m/s": the 700 m/s is the Stinger's.
    func originAntecedent(of reference: Range<Int>, names: [CueMatch]) -> (Int, String)? {
        guard let origin = lastCue(where: { cue in
            guard case .origin = cue.cue, cue.range.upperBound <= reference.lowerBound else { return false }
            return (stretch(cue.range, reference)).allSatisfy { bytes[$0] == 0x20 }
        }), case .origin(let code) = origin.cue else { return nil }
        var best: (system: Int, words: String)?
        for name in names where name.range.upperBound <= origin.range.lowerBound {
            if case .system(let system) = name.cue, catalog.systems[system].origin == code { best = (system, text(name.range)) }
        }
        if let best { return best }
        var salient: (system: Int, weight: Double)?
        for (system, weight) in zip(state.salience.systems, state.salience.weights) where catalog.systems[system].origin == code {
            if salient == nil || weight > salient!.weight { salient = (system, weight) }
        }
        guard let salient else { return nil }
        return (salient.system, state.spelling[salient.system] ?? catalog.systems[salient.system].name)
    }
}
