/// Guidance methods and target types an article attributes to a system.
struct SetMembershipRule: ClaimRule {
    static let description = RuleDescription(
        code: "C201", name: "set-membership",
        summary: "A guidance method or target type an article attributes to a system, checked for membership in the recorded sets.",
        rationale: "\"Laser-guided\" for an infrared missile, or tanks for a system built against aircraft, misstates what the weapon is; each claimed token must be in what the sources record (an infrared seeker of any kind supports \"heat-seeking\"). Sources list the targets they mention: a target that flies (aircraft, helicopters, drones, cruise missiles) missing from a record that lists others that fly is unclear, not a conflict; a ground target for an air-defence system is a conflict.",
        defaultSeverity: .error,
        triggeringExamples: [
            "The Igla-S can ↓take down cruise missiles, drones, helicopters and low-flying aircraft.",
            "The Igla-S is a ↓laser-guided weapon.",
            "The Stinger is a ↓heat-seeking missile.",
        ],
        nonTriggeringExamples: [
            "The Igla-S was delivered by helicopter.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        if case .tokens = claim.value, case .spec(let attribute) = claim.attribute {
            return attribute == .guidance || attribute == .targets
        }
        return false
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        guard case .tokens(let claimed) = claim.value, case .spec(let attribute) = claim.attribute else {
            return unverifiable(NumericSpecRule.notAFigure)
        }
        guard let index = context.tables.index(of: claim.systemID) else {
            return unverifiable(NumericSpecRule.noRecord(claim.systemID))
        }
        let system = context.catalog.systems[index]
        let figures = context.tables.figures(index, attribute)
        let accepted = figures?.accepted ?? []
        guard let figures, !accepted.isEmpty else {
            return unverifiable(NumericSpecRule.noData(attribute, system: system.name))
        }
        // Judge each sub-variant (with the untagged entries) and keep the best.
        var variants: [String?] = []
        for entry in accepted {
            if let variant = entry.variant, !variants.contains(variant) { variants.append(variant) }
        }
        if variants.isEmpty { variants = [nil] }
        var best: (supported: [String], variant: String?, recorded: [String])?
        for variant in variants {
            let recorded = orderedUnion(accepted.filter { $0.variant == nil || $0.variant == variant })
            let supported = claimed.filter { token in Self.supports(recorded, token) }
            if best == nil || supported.count > best!.supported.count { best = (supported, variant, recorded) }
        }
        let outcome = best!
        let unsupported = claimed.filter { !outcome.supported.contains($0) }
        // Sources list the targets they mention, not every target a system can engage: a
        // target claim some of whose targets are recorded is consistent (the message names
        // the others). A guidance method is one seeker, so an unrecorded one disputes it.
        let verdict: Verdict = unsupported.isEmpty ? .consistent : outcome.supported.isEmpty ? .conflict
            : attribute == .targets ? .consistent : .disputed
        // A claim about a family is judged against the family and its variants: "later
        // versions added a UV channel" is the Stinger-B's seeker, no error about the Stinger.
        if verdict == .conflict || verdict == .disputed, let (variant, own) = variantRecording(claimed, attribute: attribute, of: index, in: context) {
            let variant = context.catalog.systems[variant]
            return Judgement(
                verdict: .consistent,
                message: "the sources record \(listed(claimed)) for the \(variant.name), a variant of the \(system.name)",
                evidence: own,
                explanation: !context.explain ? [] : ["the family's own entries give \(verdict.rawValue); its variant \(variant.id) records every claimed token"])
        }
        let evidence = figures.entries.indices.map { entryIndex in
            let tokens = Self.tokens(figures.entries[entryIndex])
            return figures.evidence(entryIndex, agrees: claimed.contains { token in Self.supports(tokens, token) })
        }
        let explanation = !context.explain ? [] : [
            "claimed \(attribute.rawValue): \(claimed.joined(separator: ", "))",
            "recorded\(outcome.variant.map { " for \($0)" } ?? ""): \(outcome.recorded.joined(separator: ", "))",
        ] + (attribute == .guidance ? ["passive-ir (\"heat-seeking\", \"infrared\") is supported by any infrared seeker: passive-ir, dual-band-ir, imaging-ir"] : [])
        let message: String
        switch verdict {
        case .consistent where !unsupported.isEmpty, .disputed:
            message = partly(supported: outcome.supported, unsupported: unsupported, attribute: attribute,
                             system: system.name, recorded: outcome.recorded)
        case .consistent:
            message = consistent(claimed, attribute: attribute, system: system.name, variant: outcome.variant)
        default:
            message = conflict(claimed, attribute: attribute, system: system.name, recorded: outcome.recorded)
        }
        let judgement = Judgement(verdict: verdict, message: message, evidence: evidence, explanation: explanation)
        if verdict == .conflict, attribute == .targets, let reason = unlistedAirTargets(claimed, recorded: outcome.recorded) {
            return unclear(judgement, claim: claim, reason: reason, explain: context.explain)
        }
        if verdict == .conflict, attribute == .guidance, let reason = overlappingGuidance(claimed, recorded: outcome.recorded) {
            return unclear(judgement, claim: claim, reason: reason, explain: context.explain)
        }
        return judgement
    }

    /// Why a guidance conflict is not established: radar and command guidance overlap. A
    /// command-guided missile is often steered through its launcher's radar (the Tor's and the
    /// Crotale's radio commands follow the vehicle's radar track), so the press writes
    /// "radar-guided" for it, and a source's "radar" may mean radar command guidance. Between
    /// the two, which the article means is a guess (issue 8: "a radar-guided system in service
    /// since 1971" for the Tor, whose source records radio command guidance from the vehicle's
    /// radar). Nil when the conflict stands: any other kind claimed, or neither recorded.
    static func overlappingGuidance(_ claimed: [String], recorded: [String]) -> String? {
        let radar = GuidanceKind.radar.rawValue, command = GuidanceKind.command.rawValue
        guard !claimed.isEmpty, claimed.allSatisfy({ $0 == radar || $0 == command }) else { return nil }
        let other = claimed.contains(radar) ? command : radar
        guard recorded.contains(other) else { return nil }
        return "the sources record \(label(other)), and radar and command guidance overlap, since a launcher's radar often steers the radio commands: \(listed(claimed)) is not shown wrong"
    }

    /// Something that flies: a manned aircraft, a drone or a cruise missile. What an
    /// air-defence weapon is built against, so a source's list of them is never the whole.
    static func isAirTarget(_ token: String) -> Bool {
        token != TargetKind.groundVehicle.rawValue
    }

    /// Why a target conflict is not established: every claimed target flies and the record
    /// lists some that fly ("can shoot down helicopters" for the RBS 70 NG, whose source names
    /// aircraft and drones; "Strzały-3 idą przeciwko dronom" for a Strela-3 whose sources name
    /// helicopters and aircraft). Sources list the targets they mention, not every one a
    /// system can engage: an air target missing from the list is no record that the system
    /// cannot engage it (issue 8: a conflict needs an established disagreement). A ground
    /// target for an air-defence system ("can destroy tanks") still conflicts. Nil when the
    /// conflict stands.
    static func unlistedAirTargets(_ claimed: [String], recorded: [String]) -> String? {
        guard !claimed.isEmpty, claimed.allSatisfy(isAirTarget), recorded.contains(where: isAirTarget) else { return nil }
        return "the sources list the targets they name (\(listed(recorded))), not every one the system can engage: \(listed(claimed)), which fly too, are not shown to be out of its reach"
    }

    /// The conflict as an `unclear` finding whose value is not established, saying why (the
    /// establishment gate's wording; see `ClaimGrounding.apply(to:)`).
    static func unclear(_ judgement: Judgement, claim: Claim, reason: String, explain: Bool) -> Judgement {
        var grounding = claim.grounding
        grounding.doubts = [ClaimGrounding.Doubt(.value, reason)]
        grounding.features = []
        var unclear = grounding.apply(to: judgement)
        if explain { unclear.explanation.append("not a conflict: \(reason)") }
        return unclear
    }

    /// A variant of the record at `index` (at any depth, nearest first) one of whose own
    /// accepted entries supports every claimed token, and those entries as evidence.
    static func variantRecording(_ claimed: [String], attribute: Attribute, of index: Int,
                                 in context: JudgingContext) -> (Int, [Evidence])? {
        let tables = context.tables
        for variant in tables.variants(of: index, recording: attribute) {
            guard let figures = tables.figures(variant, attribute) else { continue }
            let own = figures.ownIndices.filter {
                figures.entries[$0].status == .accepted && figures.entries[$0].qualifier == nil
            }
            let supported = own.contains { entry in
                claimed.allSatisfy { token in supports(tokens(figures.entries[entry]), token) }
            }
            if supported { return (variant, own.map { figures.evidence($0, agrees: true) }) }
        }
        return nil
    }

    /// Whether a recorded token supports a claimed one: equal, or any infrared seeker for
    /// a claim of plain infrared homing.
    static func supports(_ recorded: String, _ claimed: String) -> Bool {
        if recorded == claimed { return true }
        if claimed == GuidanceKind.passiveIR.rawValue {
            return [GuidanceKind.dualBandIR.rawValue, GuidanceKind.imagingIR.rawValue].contains(recorded)
        }
        return false
    }

    /// Whether recorded tokens support a claimed one: one of them does (`supports(_:_:)`), or,
    /// for a claim of a dual-band seeker, they name an infrared and an ultraviolet channel
    /// together, which is what a dual-band (two-colour) seeker is ("the FIM-92B, whose
    /// dual-band seeker ..." against a record of infrared and ultraviolet; blind sets NQ, NS).
    static func supports(_ recorded: [String], _ claimed: String) -> Bool {
        if recorded.contains(where: { supports($0, claimed) }) { return true }
        guard claimed == GuidanceKind.dualBandIR.rawValue, recorded.contains(GuidanceKind.uv.rawValue) else { return false }
        let infrared = [GuidanceKind.passiveIR, .dualBandIR, .imagingIR].map(\.rawValue)
        return recorded.contains(where: infrared.contains)
    }

    static func tokens(_ entry: SourcedValue) -> [String] {
        if case .set(let tokens) = entry.value { return tokens }
        return []
    }

    private static func orderedUnion(_ entries: [SourcedValue]) -> [String] {
        var union: [String] = []
        for entry in entries {
            for token in tokens(entry) where !union.contains(token) { union.append(token) }
        }
        return union
    }

    /// How messages name a token ("cruise missiles", "dual-band infrared").
    static func label(_ token: String) -> String {
        switch token {
        case TargetKind.fixedWing.rawValue: "fixed-wing aircraft"
        case TargetKind.helicopter.rawValue: "helicopters"
        case TargetKind.uav.rawValue: "drones"
        case TargetKind.cruiseMissile.rawValue: "cruise missiles"
        case TargetKind.groundVehicle.rawValue: "ground vehicles"
        case GuidanceKind.passiveIR.rawValue: "infrared homing"
        case GuidanceKind.dualBandIR.rawValue: "dual-band infrared"
        case GuidanceKind.imagingIR.rawValue: "imaging infrared"
        case GuidanceKind.uv.rawValue: "ultraviolet"
        case GuidanceKind.laserBeamRiding.rawValue: "laser beam riding"
        case GuidanceKind.saclos.rawValue: "SACLOS"
        case GuidanceKind.radar.rawValue: "radar"
        case GuidanceKind.command.rawValue: "command guidance"
        default: token
        }
    }

    private static func listed(_ tokens: [String]) -> String {
        let labels = tokens.map(label)
        guard labels.count > 1 else { return labels.first ?? "" }
        return labels.dropLast().joined(separator: ", ") + " and " + labels.last!
    }

    static func consistent(_ claimed: [String], attribute: Attribute, system: String, variant: String?) -> String {
        let scope = variant.map { MessageText.join("the ", system, " ", $0) } ?? MessageText.join("the ", system)
        return attribute == .guidance
            ? MessageText.join("the sources record ", listed(claimed), " for ", scope)
            : MessageText.join("the sources record ", listed(claimed), " among ", scope, "'s targets")
    }

    static func partly(supported: [String], unsupported: [String], attribute: Attribute, system: String, recorded: [String]) -> String {
        "the sources record \(listed(supported)) but not \(listed(unsupported)) for the \(system)'s \(attribute.claimLabel) (recorded: \(listed(recorded)))"
    }

    static func conflict(_ claimed: [String], attribute: Attribute, system: String, recorded: [String]) -> String {
        "no source records \(listed(claimed)) for the \(system)'s \(attribute.claimLabel); they record \(listed(recorded))"
    }
}
