/// Whether a system can be carried and fired by one or two soldiers.
struct ManPortabilityRule: ClaimRule {
    static let description = RuleDescription(
        code: "C301", name: "man-portability",
        summary: "An article says a system is, or is not, man-portable (\"shoulder-fired\", \"carried by a single soldier\").",
        rationale: "Portability is what makes a MANPADS a proliferation concern; calling a vehicle-mounted system shoulder-fired, or the reverse, misinforms the reader.",
        defaultSeverity: .error,
        triggeringExamples: [
            "The Igla-S is ↓light enough to be carried by a single soldier.",
            "The Stinger is a ↓shoulder-fired missile.",
        ],
        nonTriggeringExamples: [
            "A single soldier was wounded near the Igla-S depot.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        if case .boolean = claim.value { return claim.attribute == .spec(.manPortable) }
        return false
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        guard case .boolean(let claimed) = claim.value else { return unverifiable(NumericSpecRule.notAFigure) }
        guard let index = context.tables.index(of: claim.systemID) else {
            return unverifiable(NumericSpecRule.noRecord(claim.systemID))
        }
        // The name only: a copy of the whole record would retain every one of its lists.
        let name = context.catalog.systems[index].name
        let figures = context.tables.figures(index, .manPortable)
        let accepted = figures?.accepted ?? []
        guard let figures, !accepted.isEmpty else { return unverifiable(NumericSpecRule.noData(.manPortable, system: name)) }
        let agreeing = accepted.filter { $0.value == .boolean(claimed) }.count
        let verdict: Verdict = agreeing == accepted.count ? .consistent : agreeing > 0 ? .disputed : .conflict
        let evidence = figures.entries.indices.map {
            figures.evidence($0, agrees: figures.entries[$0].value == .boolean(claimed))
        }
        let message: String
        switch verdict {
        case .consistent: message = consistent(claimed, system: name, sources: accepted.count)
        case .disputed: message = disputed(claimed, system: name, agreeing: agreeing, of: accepted.count)
        default: message = conflict(claimed, system: name)
        }
        return Judgement(
            verdict: verdict, message: message, evidence: evidence,
            explanation: !context.explain ? [] : ["claimed man_portable: \(claimed)", "\(agreeing) of \(accepted.count) accepted entries say \(claimed)"])
    }

    static func consistent(_ claimed: Bool, system: String, sources: Int) -> String {
        let who = sources == 1 ? "the source describes" : sources == 2 ? "both sources describe" : MessageText.join("all ", String(sources), " sources describe")
        return MessageText.join(who, " the ", system, " as ", claimed ? "" : "not ", "man-portable")
    }

    static func disputed(_ claimed: Bool, system: String, agreeing: Int, of total: Int) -> String {
        MessageText.join(String(agreeing), " of ", String(total), " sources describe the ", system, " as ", claimed ? "" : "not ", "man-portable")
    }

    static func conflict(_ claimed: Bool, system: String) -> String {
        MessageText.join("the sources describe the ", system, " as ", claimed ? "not " : "", "man-portable")
    }
}

/// The country a system comes from ("Russian-made", "the American Stinger").
struct OriginRule: ClaimRule {
    static let description = RuleDescription(
        code: "C302", name: "origin",
        summary: "The country an article says a system comes from, checked against the record's origin.",
        rationale: "Who makes a weapon is often the point of the story; a \"Soviet-made\" system designed after 1991, or an \"American\" copy of a Russian missile, is a factual error. Russian is accepted for Soviet designs (Russia continues the Soviet design bureaus), not the reverse.",
        defaultSeverity: .error,
        triggeringExamples: [
            "Venezuela holds 5,000 ↓Russian-made Igla-S missiles.",
            "Rebels fired a ↓Chinese-made Stinger.",
        ],
        nonTriggeringExamples: [
            "A Russian delegation inspected the Igla-S batteries.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        if case .country = claim.value { return claim.attribute == .spec(.origin) }
        return false
    }

    /// Whether a claimed country fits a recorded one (RU for a Soviet design is accepted).
    static func fits(claimed: String, recorded: String) -> Bool {
        claimed == recorded || (claimed == "RU" && recorded == "SU")
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        guard case .country(let claimed) = claim.value else { return unverifiable(NumericSpecRule.notAFigure) }
        guard let index = context.tables.index(of: claim.systemID) else {
            return unverifiable(NumericSpecRule.noRecord(claim.systemID))
        }
        let system = context.catalog.systems[index]
        let agrees = fits(claimed: claimed, recorded: system.origin)
        let evidence = [context.tables.fieldEvidence(index, field: .origin, agrees: agrees)]
        let message = agrees
            ? consistent(claimed, recorded: system.origin, system: system.name)
            : conflict(claimed, recorded: system.origin, system: system.name)
        return Judgement(
            verdict: agrees ? .consistent : .conflict, message: message, evidence: evidence,
            explanation: !context.explain ? [] : ["claimed origin \(claimed); the record's origin is \(system.origin)"
                + (claimed == "RU" && system.origin == "SU" ? " (Russian accepted for a Soviet design)" : "")])
    }

    static func consistent(_ claimed: String, recorded: String, system: String) -> String {
        claimed == recorded
            ? MessageText.join("the ", system, " is recorded as of ", recorded, " origin")
            : MessageText.join("the ", system, " is a Soviet (", recorded, ") design, now made in Russia (", claimed, ")")
    }

    static func conflict(_ claimed: String, recorded: String, system: String) -> String {
        "the \(system) is recorded as of \(recorded) origin, not \(claimed)"
    }
}

/// The class words an article uses for a system ("short-range", "low-altitude").
struct SystemClassRule: ClaimRule {
    static let description = RuleDescription(
        code: "C303", name: "system-class",
        summary: "A class word an article uses for a system (\"short-range\", \"low-altitude\", \"MANPADS\"), checked against the record's kind.",
        rationale: "Calling a shoulder-fired missile \"long-range\" overstates the threat it poses; class words must fit the kind of system the record describes. A class word that does not fit is reported unclear, not as a conflict: it usually describes another system in the sentence.",
        defaultSeverity: .error,
        triggeringExamples: [
            "The Igla-S is a ↓short-range, low-altitude system.",
            "The Stinger is a ↓short-range air-defence system.",
        ],
        nonTriggeringExamples: [
            "The Igla-S was fired at short notice.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        if case .classes = claim.value { return claim.attribute == .systemClass }
        return false
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        guard case .classes(let claimed) = claim.value else { return unverifiable(NumericSpecRule.notAFigure) }
        guard let index = context.tables.index(of: claim.systemID) else {
            return unverifiable(NumericSpecRule.noRecord(claim.systemID))
        }
        // The two fields only: a copy of the whole record would retain every one of its lists.
        let kind = context.catalog.systems[index].kind
        let name = context.catalog.systems[index].name
        let misfits = claimed.filter { !$0.fits(kind) }
        // A class word that does not fit the record it was tied to far more often describes
        // another system in the sentence ("the Buk, unlike MANPADS, ...") than misstates this
        // one: the system is not established, so the finding is unclear, never an alarm.
        let verdict: Verdict = misfits.isEmpty ? .consistent : .unclear
        let evidence = [context.tables.fieldEvidence(index, field: .kind, agrees: misfits.isEmpty)]
        let message = misfits.isEmpty
            ? consistent(claimed, kind: kind, system: name)
            : conflict(misfits, kind: kind, system: name)
        return Judgement(
            verdict: verdict, message: message, evidence: evidence,
            explanation: !context.explain ? [] : claimed.map { "\($0.label) fits \($0.compatibleKinds.map(\.rawValue).sorted().joined(separator: ", "))" }
                + ["the record's kind is \(kind.rawValue)"])
    }

    static func consistent(_ claimed: [SystemClass], kind: SystemKind, system: String) -> String {
        MessageText.join(labels(claimed), " fits the ", system, ", recorded as a ", kind.rawValue, " system")
    }

    static func conflict(_ misfits: [SystemClass], kind: SystemKind, system: String) -> String {
        MessageText.join(
            labels(misfits), " does not fit the ", system, ", recorded as a ", kind.rawValue, " system; the words may describe another system")
    }

    /// "short-range, low-altitude".
    private static func labels(_ classes: [SystemClass]) -> String {
        classes.count == 1 ? classes[0].label : classes.map(\.label).joined(separator: ", ")
    }
}
