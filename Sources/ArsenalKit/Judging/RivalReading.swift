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
    ///
    /// A height written before its system's name (`heightBeforeName`) is held the same way.
    /// The records named beside the figure (`rivalSystem`) stay only on a conflict whose figure
    /// agrees with one of their records for the claim's attribute; the feature then names
    /// that record and the attribute, for the reason the gate gives.
    static func settle(_ claim: Claim, judgement: Judgement, in context: JudgingContext) -> Claim {
        guard claim.grounding.features.contains(where: \.kind.isSettledByJudge) else { return claim }
        let alarm = judgement.verdict == .conflict || judgement.verdict == .disputed
        // (A conflict whose figure one recorded ceiling holds, "can hit helicopters up to
        // 3,800 m" against 3,800 m and 10,000 ft, rests on the verb as well, as a weak cue's does.)
        let keepRange = alarm && agreesAsHeight(claim, in: context)
            || judgement.verdict == .conflict && agreesAsHeight(claim, in: context, withAny: true)
        let keepTarget = judgement.verdict == .conflict && (judgement.deviation ?? 0) < 0
        // A conflict whose figure one recorded value of the other attribute holds ("stretches
        // that to 8 km and can hit ... low-flying drones", the Mistral 3's range, read as its
        // height) rests on the weak cue as well; a disputed figure needs every value.
        let keepWeak = alarm && claim.grounding.features.contains { $0.kind == .weakCue }
            && (agreesAsSibling(claim, in: context) || (judgement.verdict == .conflict && agreesAsSibling(claim, in: context, withAny: true)))
        var settled = claim
        settled.grounding.features.removeAll { feature in
            (feature.kind == .rangeOrHeight && !keepRange) || (feature.kind == .targetHeight && !keepTarget)
                || (feature.kind == .weakCue && !keepWeak) || (feature.kind == .heightBeforeName && !keepTarget)
        }
        if let index = settled.grounding.features.firstIndex(where: { $0.kind == .rivalSystem }) {
            // (Only a conflict: a figure some of its own record's sources give is disputed, not
            // borrowed; keeping disputed ones silenced five right alarms on the dev sets.)
            if judgement.verdict == .conflict, let rival = agreeingRival(claim, among: settled.grounding.features[index].systems, in: context) {
                settled.grounding.features[index].systems = [rival.name]
                settled.grounding.features[index].words = rival.attribute
            } else {
                settled.grounding.features.remove(at: index)
            }
        }
        return settled
    }

    /// The first of `ids` (records named beside the claim) whose accepted, unqualified values
    /// of the claim's attribute, open-ended bounds left out, include one the figure agrees with: its name and the
    /// attribute as messages write it ("service entry"). Nil for other claims.
    static func agreeingRival(_ claim: Claim, among ids: [String], in context: JudgingContext) -> (name: String, attribute: String)? {
        // A guidance method the rival's sources record, every claimed one ("Its laser-guided
        // darts" after a sentence naming the Stinger and the Starstreak).
        if case .spec(.guidance) = claim.attribute, case .tokens(let claimed) = claim.value, !claimed.isEmpty {
            for id in ids where id != claim.systemID {
                guard let system = context.catalog.system(id: id) else { continue }
                let recorded = system.values(.guidance).filter { $0.status == .accepted }.flatMap(SetMembershipRule.tokens)
                if claimed.allSatisfy({ token in SetMembershipRule.supports(recorded, token) }) {
                    return (system.name, Attribute.guidance.rawValue)
                }
            }
            return nil
        }
        guard case .spec(let attribute) = claim.attribute, let number = claim.number else { return nil }
        let figure = context.tolerance.figure(for: number, attribute: attribute)
        for id in ids where id != claim.systemID {
            guard let system = context.catalog.system(id: id) else { continue }
            if let bounds = attribute.plausibleRange(for: system.kind), !bounds.contains(number.value) { continue }
            // An open-ended entry ("more than 18 kg") gives no figure of the rival's to borrow:
            // "35 kg, far more than the Polish Piorun (16.5 kg)" agrees with it and is still
            // no Piorun figure.
            for entry in system.values(attribute) where entry.status == .accepted && entry.qualifier == nil && entry.bound == nil {
                if context.tolerance.agrees(figure, with: entry) {
                    return (system.name, attribute.rawValue.replacingOccurrences(of: "_", with: " "))
                }
            }
        }
        return nil
    }

    /// Whether the claim's figure, read as its attribute's sibling (the maximum altitude for
    /// the maximum range and back, the minimum altitude for the minimum range and back), is
    /// plausible for its system's kind and agrees with each of the record's accepted,
    /// unqualified values of that sibling (one at least): the reading a weak cue left open.
    /// (Agreeing with one of them was measured too: it silenced seven right `disputed`
    /// Gepard ranges, whose recorded heights include "about 5 km", to remove one wrong alarm;
    /// it is used for conflicts only.)
    /// With `withAny`, agreeing with one of those values is enough (what a conflict needs).
    static func agreesAsSibling(_ claim: Claim, in context: JudgingContext, withAny: Bool = false) -> Bool {
        guard case .spec(let attribute) = claim.attribute, let sibling = attribute.lengthSibling,
              let number = claim.number, let system = context.catalog.system(id: claim.systemID) else { return false }
        if let bounds = sibling.plausibleRange(for: system.kind), !bounds.contains(number.value) { return false }
        let figure = context.tolerance.figure(for: number, attribute: sibling)
        var voters = 0
        for entry in system.values(sibling) where entry.status == .accepted && entry.qualifier == nil {
            if context.tolerance.agrees(figure, with: entry) {
                if withAny { return true }
                voters += 1
            } else if !withAny {
                return false
            }
        }
        return voters > 0
    }

    /// Whether the claim's figure, read as the maximum altitude, is a plausible height for
    /// its system's kind and agrees with each of the record's own accepted, unqualified
    /// maximum altitudes (one at least), or with any one of them when `withAny` is set.
    static func agreesAsHeight(_ claim: Claim, in context: JudgingContext, withAny: Bool = false) -> Bool {
        guard let number = claim.number, let system = context.catalog.system(id: claim.systemID) else { return false }
        if let bounds = Attribute.maxAltitude.plausibleRange(for: system.kind), !bounds.contains(number.value) { return false }
        let figure = context.tolerance.figure(for: number, attribute: .maxAltitude)
        var voters = 0
        for entry in system.values(.maxAltitude) where entry.status == .accepted && entry.qualifier == nil {
            if context.tolerance.agrees(figure, with: entry) {
                if withAny { return true }
            } else if !withAny {
                return false
            }
            voters += 1
        }
        return !withAny && voters > 0
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
