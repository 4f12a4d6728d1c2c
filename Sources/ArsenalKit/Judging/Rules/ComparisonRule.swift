/// A comparison between two systems ("similar to the Stinger", "longer range than the Stinger").
struct ComparisonRule: ClaimRule {
    static let description = RuleDescription(
        code: "C401", name: "comparison",
        summary: "A comparison between two systems, judged against both records: kinds and maximum ranges for \"similar to\", every pair of sourced figures for \"longer range than\".",
        rationale: "Comparisons carry a claim about two weapons at once; \"outranges the Stinger\" is only true if the figures say so, and sources that disagree make it disputed.",
        defaultSeverity: .error,
        triggeringExamples: [
            "The Igla-S is a short-range system ↓similar to the American Stinger.",
            "The Igla-S has a ↓longer range than the Igla.",
            "The Igla has a ↓longer range than the Igla-S.",
        ],
        nonTriggeringExamples: [
            "The Igla-S and the Stinger were both on display.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        if case .comparison = claim.value { return claim.attribute == .comparison }
        return false
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        guard case .comparison(let relation, let otherID, let attribute) = claim.value else {
            return unverifiable(NumericSpecRule.notAFigure)
        }
        let tables = context.tables
        guard let systemIndex = tables.index(of: claim.systemID), let otherIndex = tables.index(of: otherID) else {
            return unverifiable(NumericSpecRule.noRecord(tables.index(of: claim.systemID) == nil ? claim.systemID : otherID))
        }
        let system = context.catalog.systems[systemIndex]
        let other = context.catalog.systems[otherIndex]
        guard let attribute else {
            return similarity(system: system, systemIndex, other: other, otherIndex, relation: relation, in: context)
        }
        let myFigures = tables.figures(systemIndex, attribute)
        let theirFigures = tables.figures(otherIndex, attribute)
        let mine = myFigures?.accepted ?? []
        let theirs = theirFigures?.accepted ?? []
        guard let myFigures, let theirFigures, !mine.isEmpty, !theirs.isEmpty else {
            return unverifiable(noData(attribute, system: mine.isEmpty ? system.name : other.name))
        }
        var holding = 0
        var total = 0
        for x in myFigures.acceptedSI {
            for y in theirFigures.acceptedSI {
                guard let x, let y else { continue }
                total += 1
                switch relation {
                case .greaterThan: if x > y { holding += 1 }
                case .lessThan: if x < y { holding += 1 }
                case .similarTo: if abs(x - y) <= Self.similarityMargin * max(abs(x), abs(y)) + 1e-9 { holding += 1 }
                }
            }
        }
        // A comparison no pair supports is a conflict only when both records state plain
        // figures: against an "about" or a qualified value (an average speed) the relation
        // itself is not established, so the finding is unclear.
        let plain = { (entries: [SourcedValue]) in entries.contains { !$0.approximate && $0.qualifier == nil && $0.bound == nil } }
        let verdict: Verdict = total == 0 ? .unverifiable : holding == total ? .consistent : holding > 0 ? .disputed
            : plain(mine) && plain(theirs) ? .conflict : .unclear
        let evidence = myFigures.acceptedIndices.map { myFigures.evidence[$0] }
            + theirFigures.acceptedIndices.map { theirFigures.evidence[$0] }
        let message = figures(
            verdict, relation: relation, attribute: attribute, system: system.name, other: other.name,
            mine: myFigures.acceptedRecorded, theirs: theirFigures.acceptedRecorded,
            holding: holding, total: total)
        return Judgement(
            verdict: verdict, message: message, evidence: evidence,
            explanation: !context.explain ? [] : ["\(relation.rawValue) on \(attribute.rawValue): holds for \(holding) of \(total) pairs of sourced figures"
                + (relation == .similarTo ? " (similar: within \(FigureText.number(similarityMargin * 100, maxFractionDigits: 0))% of the larger)" : "")])
    }

    /// How far apart two figures may be and still be "similar": a quarter of the larger.
    static let similarityMargin = 0.25

    /// "similar to the Stinger": the same kind of system, with maximum ranges within
    /// `similarityMargin` of each other for every pair of sourced figures. A different kind
    /// is a conflict; ranges that differ for some pair leave it `unclear` (the likeness may
    /// be of role, not range); no range data on either side leaves it unverifiable.
    static func similarity(
        system: WeaponSystem, _ systemIndex: Int, other: WeaponSystem, _ otherIndex: Int, relation: ComparisonRelation,
        in context: JudgingContext
    ) -> Judgement {
        let tables = context.tables
        let kinds = [
            tables.fieldEvidence(systemIndex, field: .kind, agrees: system.kind == other.kind),
            tables.fieldEvidence(otherIndex, field: .kind, agrees: system.kind == other.kind),
        ]
        guard relation == .similarTo else {
            return Judgement(verdict: .unverifiable, message: vague(system: system.name, other: other.name), evidence: kinds,
                             explanation: !context.explain ? [] : ["\(relation.rawValue) without a named attribute cannot be checked"])
        }
        guard system.kind == other.kind else {
            return Judgement(
                verdict: .conflict, message: differentKind(system: system.name, other: other.name, kind: system.kind, otherKind: other.kind),
                evidence: kinds, explanation: !context.explain ? [] : ["kinds differ: \(system.kind.rawValue) and \(other.kind.rawValue)"])
        }
        let myFigures = tables.figures(systemIndex, .maxRange)
        let theirFigures = tables.figures(otherIndex, .maxRange)
        let mine = myFigures?.accepted ?? []
        let theirs = theirFigures?.accepted ?? []
        guard let myFigures, let theirFigures, !mine.isEmpty, !theirs.isEmpty else {
            return Judgement(
                verdict: .unverifiable, message: noData(.maxRange, system: mine.isEmpty ? system.name : other.name), evidence: kinds,
                explanation: !context.explain ? [] : ["similar_to compares kinds and maximum ranges; \(mine.isEmpty ? system.id : other.id) has no max_range"])
        }
        var holding = 0
        var total = 0
        for x in myFigures.acceptedSI {
            for y in theirFigures.acceptedSI {
                guard let x, let y else { continue }
                total += 1
                if abs(x - y) <= similarityMargin * max(abs(x), abs(y)) + 1e-9 { holding += 1 }
            }
        }
        // "équivalent au Patriot": a likeness between two systems of one kind names no
        // attribute; the range is only the one the rule can weigh. Ranges that differ leave
        // what the likeness is of a guess (issue 8): `unclear`, never an alarm.
        let verdict: Verdict = holding == total ? .consistent : .unclear
        let evidence = kinds + myFigures.acceptedIndices.map { myFigures.evidence[$0] }
            + theirFigures.acceptedIndices.map { theirFigures.evidence[$0] }
        let message = similar(
            verdict, system: system.name, other: other.name, kind: system.kind,
            mine: myFigures.acceptedRecorded, theirs: theirFigures.acceptedRecorded, holding: holding, total: total)
        return Judgement(
            verdict: verdict, message: message, evidence: evidence,
            explanation: !context.explain ? [] : ["similar_to: same kind (\(system.kind.rawValue)); maximum ranges within \(FigureText.number(similarityMargin * 100, maxFractionDigits: 0))% of the larger for \(holding) of \(total) pairs of sourced figures"])
    }

    static func similar(
        _ verdict: Verdict, system: String, other: String, kind: SystemKind, mine: String, theirs: String, holding: Int, total: Int
    ) -> String {
        let ranges = "maximum ranges (\(mine) against \(theirs))"
        switch verdict {
        case .consistent: return "the \(system) and the \(other) are both \(kind.rawValue) systems with similar \(ranges)"
        default:
            let pairs = holding > 0 ? "only \(holding) of \(total) source pairs give similar \(ranges)" : "their \(ranges) are not similar"
            return "the \(system) and the \(other) are both \(kind.rawValue) systems, but \(pairs); \"similar\" names no attribute, so whether the likeness is of range is a guess"
        }
    }

    static func noData(_ attribute: Attribute, system: String) -> String {
        "the database records no \(attribute.claimLabel) for the \(system); the comparison cannot be checked"
    }

    static func vague(system: String, other: String) -> String {
        "the comparison of the \(system) with the \(other) names no attribute the database records"
    }

    static func differentKind(system: String, other: String, kind: SystemKind, otherKind: SystemKind) -> String {
        "the \(system) is recorded as a \(kind.rawValue) system but the \(other) as \(otherKind.rawValue)"
    }

    static func figures(
        _ verdict: Verdict, relation: ComparisonRelation, attribute: Attribute, system: String, other: String,
        mine: String, theirs: String, holding: Int, total: Int
    ) -> String {
        let word = switch relation {
        case .greaterThan: "greater"
        case .lessThan: "smaller"
        case .similarTo: "similar"
        }
        let comparison = "the \(system)'s \(attribute.claimLabel) (\(mine)) against the \(other)'s (\(theirs))"
        switch verdict {
        case .disputed: return "\(holding) of \(total) source pairs agree that \(comparison) is \(word)"
        case .consistent: return "every source pair agrees that \(comparison) is \(word)"
        case .unclear: return "no source pair supports it, but the figures are approximate or qualified: \(comparison) is not established to be \(word)"
        default: return "no source pair supports it: \(comparison) is not \(word)"
        }
    }
}

/// How many of a system a force holds: a number, but not a specification.
struct InventoryRule: ClaimRule {
    static let description = RuleDescription(
        code: "C501", name: "inventory",
        summary: "A count of how many of a system a country or force holds (\"5,000 Igla-S missiles\"): reported as unverifiable, never matched against a specification.",
        rationale: "Stockpile figures are the most quoted numbers in coverage of air defences, and the ones most easily mistaken for specifications; the database records specifications, not holdings, so the reader is told the figure cannot be checked here.",
        defaultSeverity: .note,
        triggeringExamples: [
            "Venezuela has ↓5,000 Russian-made Igla-S missiles.",
        ],
        nonTriggeringExamples: [
            "The United States has 4,500 Marines in the region.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        claim.attribute == .inventory
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        let name = context.name(claim.systemID)
        let figure = claim.number.map { context.tolerance.figure(for: $0, attribute: nil) }
        return Judgement(
            verdict: .unverifiable, message: message(claim.number?.text ?? "the figure", system: name), figure: figure,
            explanation: !context.explain ? [] : ["a count directly qualifying the system name is read as a stockpile, not a specification"])
    }

    static func message(_ figure: String, system: String) -> String {
        "\(figure) is an inventory figure (how many \(system) are held), not a specification; the database does not record holdings"
    }
}
