/// A figure for a system's range, altitude, speed, mass, crew or year of service entry.
struct NumericSpecRule: ClaimRule {
    static let description = RuleDescription(
        code: "C101", name: "numeric-spec",
        summary: "A figure an article gives for a system's range, altitude, speed, mass, crew or service entry, judged against every sourced value.",
        rationale: "Figures are what articles most often get wrong, usually by quoting a sibling variant or a circulating error. The claim's own precision and bound set the tolerance: \"6 km\" is 5.5–6.5 km (half a step, at most 12% of the figure, so \"Mach 2\" is Mach 1.76–2.24), \"about\" widens by 10%, \"up to 6,000 m\" for a maximum means the maximum is 6,000 m, \"less than 10 kg\" excludes 10 kg itself.",
        defaultSeverity: .error,
        triggeringExamples: [
            "According to its exporter, the Igla-S has a range of ↓up to 6,000 meters.",
            "The Igla-S can hit targets at a range of ↓10 km.",
            "The Stinger weighs ↓15.2 kg with its launcher.",
            "The Piorun has a range of ↓8 km.",
        ],
        nonTriggeringExamples: [
            "The country has 4,500 Marines and 8 million militia reservists.",
            "The Igla-S was shown at the parade.",
        ])

    static func owns(_ claim: Claim) -> Bool {
        guard case .spec(let attribute) = claim.attribute, claim.number != nil else { return false }
        switch attribute.kind {
        case .quantity, .count, .year: return true
        default: return false
        }
    }

    static func judge(_ claim: Claim, in context: JudgingContext) -> Judgement {
        guard case .spec(let attribute) = claim.attribute, let number = claim.number else {
            return unverifiable(notAFigure)
        }
        let figure = context.tolerance.figure(for: number, attribute: attribute)
        var explanation = context.explain ? [intervalLine(number, figure: figure, attribute: attribute, tolerance: context.tolerance)] : []
        if let unknown = claim.unknownSystem {
            return Judgement(
                verdict: .unverifiable, message: outsideDatabase(unknown, claimed: number.text), figure: figure,
                explanation: explanation + ["\(unknown.mention) names no record: the figure is judged against none"])
        }
        let tables = context.tables
        guard let systemIndex = tables.index(of: claim.systemID) else {
            return Judgement(verdict: .unverifiable, message: noRecord(claim.systemID), figure: figure, explanation: explanation)
        }
        let systems = context.catalog.systems
        let name = systems[systemIndex].name
        guard let prepared = tables.figures(systemIndex, attribute) else {
            return Judgement(
                verdict: .unverifiable, message: noData(attribute, system: name), figure: figure,
                explanation: explanation + ["the record \(systems[systemIndex].id) has no \(attribute.rawValue) entries"])
        }
        let entries = prepared.entries
        let outcome = prepared.outcome(figure, tolerance: context.tolerance, written: number.written)
        // A claim about a family is judged against the family and its variants: a figure one
        // variant records ("the RBS 70 reaches 9 km", the RBS 70 NG's) is no error.
        if outcome.verdict == .conflict || outcome.verdict == .disputed,
           let (variantIndex, own) = variantRecording(figure, attribute: attribute, of: systemIndex, in: context) {
            return Judgement(
                verdict: .consistent,
                message: variantFigure(number.text, attribute: attribute, variant: systems[variantIndex].name, family: name,
                                       recorded: own.ownRecorded),
                evidence: own.ownIndices.map { own.evidence($0, agrees: context.tolerance.agrees(figure, with: own.entries[$0])) },
                figure: figure,
                explanation: explanation + ["the family's own figures give \(outcome.verdict.rawValue); its variant \(systems[variantIndex].id) records a figure the claim agrees with"])
        }
        var evidence = prepared.evidence
        for index in evidence.indices { evidence[index].agrees = outcome.agreement[index] }
        for (index, entry) in entries.enumerated() where context.explain {
            let twin = outcome.twinMatches.contains(index)
                ? ", the same figure as \(prepared.points[index].twins.map { prepared.texts[$0] }.joined(separator: ", ")) in other units, rounded"
                : outcome.convertedMatches.contains(index) ? ", converted into the claim's unit and rounded as the claim is written" : ""
            explanation.append(
                "\(outcome.agreement[index] ? "agrees with" : "differs from") \(prepared.texts[index]) (\(entry.sourceID)\(entry.status == .accepted ? "" : ", \(entry.status.rawValue)")\(entry.variant.map { ", \($0)" } ?? "")\(twin))")
        }
        var notes: [String] = []
        for index in outcome.otherMeaningMatches {
            let entry = entries[index]
            notes.append(otherMeaningNote(prepared.texts[index], qualifier: entry.qualifier, attribute: attribute, system: name, source: entry.sourceID))
        }
        for index in outcome.contestedMatches {
            let entry = entries[index]
            notes.append(contestedNote(prepared.texts[index], status: entry.status, source: entry.sourceID, note: entry.note))
        }
        // Voters are ascending, distinct indices: with none, the message lists every entry.
        let recorded = outcome.voters.isEmpty ? prepared.recorded : prepared.recorded(at: outcome.voters)
        let claimed = number.text
        let message: String
        var deviationValue: Double?
        switch outcome.verdict {
        case .consistent:
            message = consistent(claimed, attribute: attribute, system: name, recorded: recorded,
                                 sources: outcome.voters.count, variant: outcome.variant)
        case .disputed:
            let agreeing = outcome.voters.filter { outcome.agreement[$0] }.count
            message = outcome.voters.isEmpty
                ? onlyContested(claimed, attribute: attribute, system: name, recorded: recorded)
                : outcome.liesBetweenSources
                ? between(claimed, attribute: attribute, system: name, recorded: recorded, sources: outcome.voters.count)
                : agreeing == 0
                ? contested(claimed, attribute: attribute, system: name, recorded: recorded)
                : disputed(claimed, attribute: attribute, system: name, agreeing: agreeing,
                           of: outcome.voters.count, recorded: recorded, variant: outcome.variant)
            if outcome.liesBetweenSources {
                explanation.append("no source agrees, but the figure lies between the lowest and the highest the sources state: they disagree among themselves by more than the claim differs from them")
            }
        case .conflict where !outcome.otherMeaningMatches.isEmpty:
            // "470 m/s" where the record holds 410 m/s and an average of 470 m/s: the article
            // may mean the average. What the figure measures is not established.
            let otherIndex = outcome.otherMeaningMatches[0]
            message = otherMeaning(claimed, attribute: attribute, system: name,
                                   value: prepared.texts[otherIndex], qualifier: entries[otherIndex].qualifier, recorded: recorded)
            return Judgement(
                verdict: .unclear, message: message, evidence: evidence, notes: notes, figure: figure,
                explanation: explanation + ["no plain figure agrees, but a qualified one does: what the claim measures is not established"])
        case .conflict:
            // Against the entries that state a figure, when some do: a bound has no far end.
            let voters = outcome.voters.count == entries.count ? entries : outcome.voters.map { entries[$0] }
            let stated = voters.filter { $0.bound == nil }
            let intervals = (stated.isEmpty ? voters : stated).compactMap { context.tolerance.interval(of: $0) }
            deviationValue = Deviation.fraction(of: number.value, against: intervals)
            let deviation = deviationValue
            if outcome.voters.isEmpty {
                message = noAcceptedFigure(claimed, attribute: attribute, system: name, recorded: recorded)
            } else if let (siblingIndex, siblingFigures) = sibling(for: figure, attribute: attribute, of: systemIndex, in: context) {
                message = siblingFigure(claimed, attribute: attribute, sibling: systems[siblingIndex].name, system: name,
                                        recorded: recorded, deviation: deviation, claim: number.value)
                explanation.append("all \(siblingFigures.entries.count) \(attribute.rawValue) entries of the related record \(systems[siblingIndex].id) agree")
            } else {
                message = conflict(claimed, attribute: attribute, system: name, recorded: recorded,
                                   sources: voters.count, deviation: deviation, claim: number.value)
            }
        case .unverifiable, .unclear:
            let qualifiers = ValueQualifier.allCases.filter { q in entries.contains { $0.qualifier == q } }.map(\.rawValue)
            message = qualifiers.isEmpty
                ? noData(attribute, system: name)
                : onlyQualified(attribute, system: name, qualifiers: qualifiers)
        }
        return Judgement(
            verdict: outcome.verdict, message: message, evidence: evidence, notes: notes, figure: figure,
            explanation: explanation, deviation: deviationValue)
    }

    /// A variant of the record at `index` (at any depth, nearest first) whose own figures
    /// (not inherited ones) all agree with the claim, one of them stating it, and its
    /// prepared figures (the own ones are `own`, `ownIndices`, `ownRecorded`).
    static func variantRecording(_ figure: JudgedFigure, attribute: Attribute, of index: Int,
                                 in context: JudgingContext) -> (Int, JudgingTables.Figures)? {
        let tables = context.tables
        for variant in tables.variants(of: index, recording: attribute) {
            guard let prepared = tables.figures(variant, attribute) else { continue }
            // Every one of the variant's own figures agrees, and one states it (not only an
            // "about" or a bound that reaches it).
            let states = prepared.ownPoints.contains { point in
                point.bound == nil
                    && context.tolerance.agrees(figure, point, bound: nil, approximate: false)
            }
            if states, prepared.ownOutcome(figure, tolerance: context.tolerance).verdict == .consistent {
                return (variant, prepared)
            }
        }
        return nil
    }

    static func variantFigure(_ claimed: String, attribute: Attribute, variant: String, family: String, recorded: String) -> String {
        MessageText.join(claimed, " is the ", variant, "'s ", attribute.claimLabel, ", a variant of the ", family, " (recorded: ", recorded, ")")
    }

    /// The first related record whose sources all agree with the figure, and its figures.
    /// A record whose accepted figures are all open-ended ("less than 20 kg") gives no figure
    /// to name: "5 kg" is not the Mistral 3's missile mass for agreeing with "≤ 20 kg".
    static func sibling(for figure: JudgedFigure, attribute: Attribute, of index: Int, in context: JudgingContext) -> (Int, JudgingTables.Figures)? {
        let tables = context.tables
        for relative in context.relativeIndices(of: index) {
            guard let prepared = tables.figures(relative, attribute),
                  prepared.accepted.contains(where: { $0.bound == nil }) else { continue }
            if prepared.outcome(figure, tolerance: context.tolerance).verdict == .consistent {
                return (relative, prepared)
            }
        }
        return nil
    }

    static func intervalLine(_ number: NumericClaim, figure: JudgedFigure, attribute: Attribute, tolerance: ClaimTolerance) -> String {
        let unit = figure.unit
        let low = figure.low.map { formatNumber($0, maxFractionDigits: 2) } ?? "−∞"
        let high = figure.high.map { formatNumber($0, maxFractionDigits: 2) } ?? "∞"
        let how: String
        switch number.bound {
        case .exact:
            let step = ClaimTolerance.limitedHalfStep(number, attribute: attribute)
            how = "exact: ± half a step of the last digit (\(formatNumber(step, maxFractionDigits: 2)) \(unit))"
                + (step < number.halfStep ? ", at most \(formatNumber(ClaimTolerance.maximumRelativeHalfStep * 100))% of the figure" : "")
        case .about: how = "about: ± half a step, widened by \(formatNumber(tolerance.about * 100))% of the figure"
        case .upTo:
            how = [.maxRange, .maxAltitude, .maxSpeed].contains(attribute)
                ? "up to, for a maximum: the maximum is the figure, ± half a step" : "up to: at most the figure"
        case .atLeast: how = "at least: the figure less half a step or more"
        case .moreThan: how = "more than: above the figure, which is itself excluded"
        case .lessThan: how = "less than: below the figure, which is itself excluded"
        case .between: how = "between: from the lower figure to the upper, ± half a step"
        }
        return "judged as [\(low), \(high)] \(unit) (\(how))"
    }

    static let notAFigure = "the claim holds no figure"

    static func noRecord(_ id: String) -> String {
        "the database has no record '\(id)'"
    }

    static func outsideDatabase(_ unknown: UnknownSystem, claimed: String) -> String {
        let listed = unknown.name.map { name in
            name == unknown.mention ? " (\(unknown.what ?? "a weapon system"))" : " (\(name), \(unknown.what ?? "a weapon system"))"
        } ?? ""
        return "the \(unknown.mention)\(listed) is not in the database; \(claimed) is not judged against any other system"
    }

    static func otherMeaning(_ claimed: String, attribute: Attribute, system: String, value: String,
                             qualifier: ValueQualifier?, recorded: String) -> String {
        let what = qualifier.map { "the \($0.rawValue) figure (\($0.meaning))" } ?? "another figure"
        return "\(claimed) differs from the \(system)'s recorded \(attribute.claimLabel) (\(recorded)) but matches \(what), \(value): the article may mean that"
    }

    static func noData(_ attribute: Attribute, system: String) -> String {
        "the database records no \(attribute.claimLabel) for the \(system); the claim cannot be checked"
    }

    static func onlyQualified(_ attribute: Attribute, system: String, qualifiers: [String]) -> String {
        "the database records only \(qualifiers.joined(separator: " and ")) figures for the \(system)'s \(attribute.claimLabel), not the \(attribute.claimLabel) itself; the claim cannot be checked"
    }

    static func onlyContested(_ claimed: String, attribute: Attribute, system: String, recorded: String) -> String {
        "\(claimed) matches a contested figure for the \(system)'s \(attribute.claimLabel); no accepted source gives one (recorded: \(recorded), all disputed)"
    }

    static func noAcceptedFigure(_ claimed: String, attribute: Attribute, system: String, recorded: String) -> String {
        "\(claimed) disagrees with every recorded figure for the \(system)'s \(attribute.claimLabel), none of them accepted (recorded: \(recorded), all disputed or deprecated)"
    }

    static func otherMeaningNote(_ value: String, qualifier: ValueQualifier?, attribute: Attribute, system: String, source: String) -> String {
        let what = qualifier.map { "a figure qualified '\($0.rawValue)' (\($0.meaning))" } ?? "the plain figure"
        return "\(value) matches \(what) for the \(system)'s \(attribute.claimLabel) (\(source)); it is shown, not used for the verdict"
    }

    static func consistent(_ claimed: String, attribute: Attribute, system: String, recorded: String, sources: Int, variant: String?) -> String {
        MessageText.join(
            claimed, " agrees with ", sources == 1 ? "the one source" : sources == 2 ? "both sources" : "all \(sources) sources",
            " for the ", system, variant.map { " " + $0 } ?? "", "'s ", attribute.claimLabel, " (", recorded, ")")
    }

    static func disputed(_ claimed: String, attribute: Attribute, system: String, agreeing: Int, of total: Int, recorded: String, variant: String?) -> String {
        MessageText.join(
            claimed, " agrees with ", String(agreeing), " of ", String(total), " sources for the ", system,
            variant.map { " " + $0 } ?? "", "'s ", attribute.claimLabel, "; the others differ (recorded: ", recorded, ")")
    }

    static func between(_ claimed: String, attribute: Attribute, system: String, recorded: String, sources: Int) -> String {
        MessageText.join(
            claimed, " lies between the figures the sources give for the ", system, "'s ", attribute.claimLabel,
            ", which disagree among themselves; none gives it (recorded: ", recorded, "; ", String(sources), " sources)")
    }

    static func contested(_ claimed: String, attribute: Attribute, system: String, recorded: String) -> String {
        "\(claimed) matches only contested figures for the \(system)'s \(attribute.claimLabel); accepted sources give \(recorded)"
    }

    static func conflict(_ claimed: String, attribute: Attribute, system: String, recorded: String, sources: Int, deviation: Double?, claim: Double = 0) -> String {
        let by = sources == 1 ? "1 source" : String(sources) + " sources"
        guard let deviation else {
            return MessageText.join(
                claimed, " disagrees with every source for the ", system, "'s ", attribute.claimLabel, " (recorded: ", recorded, "; ", by, ")")
        }
        if attribute == .serviceEntry {
            return MessageText.join(
                claimed, " ", Deviation.comparison(deviation, claim: claim, isYear: true), " the ", system, "'s ", attribute.claimLabel,
                " (recorded: ", recorded, "; ", by, ")")
        }
        return MessageText.join(
            claimed, " ", Deviation.verb(deviation), " the ", system, "'s ", attribute.claimLabel, " by ", Deviation.amount(deviation),
            " (recorded: ", recorded, "; ", by, ")")
    }

    static func siblingFigure(_ claimed: String, attribute: Attribute, sibling: String, system: String, recorded: String, deviation: Double?, claim: Double = 0) -> String {
        MessageText.join(
            claimed, " is the ", sibling, "'s ", attribute.claimLabel, ", not the ", system, "'s (recorded: ", recorded,
            deviation.map { "; " + (attribute == .serviceEntry ? Deviation.years($0, claim: claim) : Deviation.phrase($0)) } ?? "", ")")
    }

    static func contestedNote(_ value: String, status: EntryStatus, source: String, note: String?) -> String {
        let kind = status == .deprecated ? "a known wrong figure" : "a disputed figure"
        return "\(value) is recorded as \(kind) (\(source))\(note.map { ": \($0)" } ?? "")"
    }
}
