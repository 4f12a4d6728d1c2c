/// A distance read from a verb of engaging alone ("can hit helicopters up to 2,300
/// metres", "puede derribar helicópteros hasta 2.300 metros"): no word says whether it is
/// how far or how high the weapon reaches (issue 8, "heights read as ranges"). The
/// extractor reads it as the range and marks the reading (`ReadingFeature.Kind.rangeOrHeight`);
/// here the figure is also held against the record's own maximum altitudes. When it agrees
/// with every one of them, the range alarm rests on a guess and the establishment gate makes
/// the finding `unclear`; otherwise (the figure differs from a recorded height too, the
/// record holds none, or the figure is no height a system of its kind can reach) the
/// feature is dropped and the alarm stands. A range or a height read from a weak cue (a verb
/// of reaching alone, a cue after the figure, a cue of the other kind right after it:
/// `ReadingFeature.Kind.weakCue`) is held the same way against the record's values of the
/// other attribute. Only a claim carrying a feature and raising an alarm is looked at
/// twice; nothing is allocated for the others.
enum RivalReading {
    /// The claim with the range-or-height feature dropped unless `judgement` is an alarm
    /// and the figure, read as the maximum altitude, agrees with every accepted, plain
    /// maximum altitude the claim's record holds.
    ///
    /// The target-height feature likewise stays only on a conflict whose figure falls short of
    /// every recorded ceiling (a negative deviation): the height at which a target was met is
    /// below the ceiling, so a figure above it is wrong either way.
    static func settle(_ claim: Claim, judgement: Judgement, in context: JudgingContext) -> Claim {
        guard claim.grounding.features.contains(where: \.kind.isSettledByJudge) else { return claim }
        let alarm = judgement.verdict == .conflict || judgement.verdict == .disputed
        let keepRange = alarm && agreesAsHeight(claim, in: context)
        let keepTarget = judgement.verdict == .conflict && (judgement.deviation ?? 0) < 0
        let keepWeak = alarm && claim.grounding.features.contains { $0.kind == .weakCue } && agreesAsSibling(claim, in: context)
        var settled = claim
        settled.grounding.features.removeAll { feature in
            (feature.kind == .rangeOrHeight && !keepRange) || (feature.kind == .targetHeight && !keepTarget)
                || (feature.kind == .weakCue && !keepWeak)
        }
        return settled
    }

    /// Whether the claim's figure, read as its attribute's sibling (the maximum altitude for
    /// the maximum range and back, the minimum altitude for the minimum range and back), is
    /// plausible for its system's kind and agrees with each of the record's accepted,
    /// unqualified values of that sibling (one at least): the reading a weak cue left open.
    /// (Agreeing with one of them was measured too: it silenced seven right `disputed`
    /// Gepard ranges, whose recorded heights include "about 5 km", to remove one wrong alarm.)
    static func agreesAsSibling(_ claim: Claim, in context: JudgingContext) -> Bool {
        guard case .spec(let attribute) = claim.attribute, let sibling = attribute.lengthSibling,
              let number = claim.number, let system = context.catalog.system(id: claim.systemID) else { return false }
        if let bounds = sibling.plausibleRange(for: system.kind), !bounds.contains(number.value) { return false }
        let figure = context.tolerance.figure(for: number, attribute: sibling)
        var voters = 0
        for entry in system.values(sibling) where entry.status == .accepted && entry.qualifier == nil {
            guard context.tolerance.agrees(figure, with: entry) else { return false }
            voters += 1
        }
        return voters > 0
    }

    /// Whether the claim's figure, read as the maximum altitude, is a plausible height for
    /// its system's kind and agrees with each of the record's own accepted, unqualified
    /// maximum altitudes (one at least).
    static func agreesAsHeight(_ claim: Claim, in context: JudgingContext) -> Bool {
        guard let number = claim.number, let system = context.catalog.system(id: claim.systemID) else { return false }
        if let bounds = Attribute.maxAltitude.plausibleRange(for: system.kind), !bounds.contains(number.value) { return false }
        let figure = context.tolerance.figure(for: number, attribute: .maxAltitude)
        var voters = 0
        for entry in system.values(.maxAltitude) where entry.status == .accepted && entry.qualifier == nil {
            guard context.tolerance.agrees(figure, with: entry) else { return false }
            voters += 1
        }
        return voters > 0
    }
}

extension Attribute {
    /// The attribute a distance read for this one may be instead: the maximum altitude for
    /// the maximum range and back, the minimum altitude for the minimum range and back; nil
    /// for the others. What a weak cue leaves open (`ReadingFeature.Kind.weakCue`).
    var lengthSibling: Attribute? {
        switch self {
        case .maxRange: .maxAltitude
        case .maxAltitude: .maxRange
        case .minRange: .minAltitude
        case .minAltitude: .minRange
        default: nil
        }
    }
}
