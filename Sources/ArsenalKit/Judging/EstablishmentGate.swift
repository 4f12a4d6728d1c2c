/// The establishment gate (issue 8): the one place where a `conflict` or `disputed` verdict
/// is let through or turned into `unclear`. A claim may raise an alarm only when its
/// system, its attribute and its value are each established; the extractor records what
/// it could not establish, as doubts (`ClaimGrounding.Doubt`: hearsay, a clause with a
/// subject of its own, a name inside a longer name, ...) and as features of the reading
/// (`ReadingFeature`). Every candidate alarm passes here, whatever rule judged it; each
/// doubt and each feature demotes it, and the `unclear` finding says why in words a reader
/// can check against the text:
///
/// | feature | part | reason given |
/// |---|---|---|
/// | competing-name | system | another system named nearer the figure |
/// | name-on-next-line | system | the name it is tied to heads the next line |
/// | several-figures | system | another figure of its kind just before, nothing between |
/// | ambiguous-reference | system | a pronoun while several systems are named before it |
/// | related-reference | system | the reference names a relative ("its successor") |
/// | ambiguous-topic | system | no system in the sentence; the last one named several |
/// | own-subject | system | the sentence's own subject is no system we know |
/// | component-word | attribute | a part of the weapon before the figure |
/// | difference-word | value | a difference or gain before the figure |
/// | comparison | value | the figure follows, or is tied to, the system compared with |
/// | hedge | value | a hedge or condition opens the clause |
/// | name-after-figure | system | its name comes after the figure, past punctuation |
/// | name-on-earlier-line | system | its name is on an earlier line |
/// | quoted-line | value | the line quotes another writer ("> ...") |
/// | cue-across-figure | attribute | another kind of figure between the cue and the figure |
/// | unknown-name | system | no system in the sentence, but a name we do not know |
/// | system-list | system | the sentence names three or more systems |
/// | ambiguous-clause | system | no system in its clause; several before it, tied to a later one |
/// | figure-list | system | the sentence lists three or more figures of its kind |
/// | question | value | the sentence asks a question |
/// | quotation | value | the figure is inside a quotation of someone's words |
/// | carried-cue | attribute | its attribute's word is in the sentence before, none in its own |
/// | open-figure | value | the figure is open-ended ("Mach 3-plus", "8+ km") |
/// | interval | value | an interval for one attribute ("75 to 90 km"), not a single figure |
/// | foreign-antecedent | system | a reference right after a sentence about a thing we do not know |
/// | target-clause | attribute | a clause describing the targets ("helicopters that fly at 150 m") |
/// | subordinate-topic | system | no system in its sentence; the topic was named before only after "while", "mientras que" |
/// | subject-before | system | its variant or family, the clause's subject, is named before the one it is tied to |
/// | people-sentence | system | no system in its sentence, which speaks of people ("crews fired at drones ... at 3 km") |
/// | coordinated-relative | system | a relative clause on a noun coordinated with the name ("the X and the older missile, which ...") |
/// | shared-subject | system | a predicate coordinated with the subject, tied to the first predicate's object ("X was derived from Y and entered service in 2019") |
/// | low-height | attribute | a height too low for a ceiling read as the lowest one engaged, with no verb of engaging targets ("The depot's fence is 3 metres high") |
/// | target-height | attribute | a plain ceiling right after a target, short of every recorded ceiling ("shot down a drone flying at 1,500 m") |
/// | range-or-height | attribute | a distance read from a verb of engaging alone ("can hit helicopters up to 2,300 m") that agrees with every recorded height |
/// | rival-system | system | another record named in its sentence (or, with none there, in the sentence before) records the figure ("used from 1968 until the Stinger replaced it", the Redeye's year) |
/// | succession-year | value | a year more than a preposition away from its verb of succession ("from 1968 until the Stinger replaced it") |
/// | user-country | value | a service year whose clause names a country other than the system's origin ("In Brasilien stehen RBS 70 seit 2014 im Dienst") |
/// | foreign-predecessor | value | a year read through a verb of succession whose system replaced comes from another country ("the Buk ... was replaced by NASAMS in 2009") |
/// | formation-year | value | a year read through a verb of succession whose clause names a military formation ("W 2022 roku Piorun zastąpił Gromy w 12. Dywizjonie") |
/// | height-before-name | attribute | a ceiling written before its system's name, short of every recorded ceiling ("in rund 10.000 Metern Flughöhe von einer Buk-Rakete getroffen") |
/// | borrowed-missile-noun | attribute | a missile's mass read from a missile noun that belongs to another figure or a whole ("11,7 el misil y unos 6,5 el tubo lanzador") |
/// | other-origin | system | tied to the topic or a word referring back, in a clause that first speaks of another origin ("The Stinger is American. The Russian equivalent has a range of 6 km") |
/// | parallel-height | attribute | a range read from a verb of reaching alone, in a clause about another system after a height ("at altitudes up to 3.5 km, while the older Igla reaches about 3 km") |
/// | weak-cue | attribute | a range or height from a verb of reaching alone, a cue after the figure or one of the other kind right after it ("reaches only 3.5 km", "4,000 metres up"), that agrees with every recorded value of the other attribute |
///
/// A plainly written figure ("The Igla-S has a range of 9 km.", "It weighs 30 kg.") carries
/// none of these and still conflicts; `FalseAlarmCorpusTests` holds planted passages of that
/// kind in every language so the gate cannot be tuned to silence.
public enum EstablishmentGate {
    /// Why `feature` makes its part a guess, as a clause for messages and `--explain`.
    public static func reason(_ feature: ReadingFeature) -> String {
        let names = feature.systems.joined(separator: ", ")
        switch feature.kind {
        case .competingName:
            return "another system, the \(feature.words), is named nearer the figure in its sentence"
        case .nameOnNextLine:
            return "the \(names) it is tied to is named after it, on the next line"
        case .severalFigures:
            return "another figure (\"\(feature.words)\") stands right before it with no system or cue between: which system each is for is a guess"
        case .ambiguousReference:
            return "the system is bound by the reference \"\(feature.words)\" while several systems are named before it (\(names))"
        case .relatedReference:
            return "\"\(feature.words)\" names a relative (a successor, a predecessor, another version) of the system the sentence is about: which system the figure is for is a guess"
        case .ambiguousTopic:
            return "no system is named in its sentence, and the sentence before named several (\(names))"
        case .comparisonOpener:
            return "its sentence names no system and opens with \"\(feature.words)\", bringing in something to compare with: the figure may be that thing's"
        case .ownSubject:
            return "its sentence has a subject of its own (\"\(feature.words)\") that is no system we know"
        case .componentWord:
            return "a part of the weapon (\"\(feature.words)\") stands before the figure: it may be the part's"
        case .differenceWord:
            return "\"\(feature.words)\" before the figure: it may be a difference, not a value"
        case .comparison:
            return "it stands in a comparison (\"\(feature.words)\"): it may be the other system's figure or a difference"
        case .hedge:
            return "\"\(feature.words)\" makes the statement a guess, not an assertion"
        case .nameAfterFigure:
            return "the \(names) it is tied to is named only after the figure, past \"\(feature.words)\""
        case .nameOnEarlierLine:
            return "the \(names) it is tied to is named on an earlier line (\"\(feature.words)\")"
        case .quotedLine:
            return "its line quotes another writer (\"\(feature.words)\"): not the article's own statement"
        case .cueAcrossFigure:
            return "another figure (\"\(feature.words)\") stands between it and its cue: the cue may be that figure's"
        case .unknownName:
            return "its sentence names no system of ours before it, but names \"\(feature.words)\": the figure may be that one's"
        case .ambiguousName:
            return "it is tied to \"\(feature.words)\", a name that is also a common word or another thing's, read as the system only because it engages targets: it may be that other thing"
        case .figureList:
            return "its sentence lists several figures of its kind (\(feature.words)): which is whose is a guess"
        case .question:
            return "its sentence asks a question: nothing is asserted"
        case .quotation:
            return "it stands inside a quotation (\"\(feature.words)\"): someone's words, not the article's own statement"
        case .ambiguousClause:
            return "its clause names no system, and the sentence names several before it (\(names)), the first of them not the one it is tied to"
        case .systemList:
            return "its sentence names \(feature.systems.count) systems (\(names)): a list, where whose figure it is is a guess"
        case .carriedCue:
            return "no word of its own sentence says what it measures: the \(feature.words) is carried over from a cue of the sentence before"
        case .foreignAntecedent:
            let reference = feature.systems.first.map { $0.isEmpty ? "it" : "\"\($0)\"" } ?? "it"
            return "the sentence before is about \"\(feature.words)\", no system we know: \(reference) may mean that, not the system named earlier"
        case .intervalFigure:
            return "it is given as an interval (\"\(feature.words)\"): a spread of versions or sources, not a single figure"
        case .openFigure:
            return "it is written open-ended (\"\(feature.words)\"): a lower bound, not the figure it was read as"
        case .targetClause:
            return "it stands in a clause describing the targets (\"\(feature.words)\"): how the targets flew, not a limit of the weapon"
        case .shotDistance:
            return "its clause reports a shot taken (\"\(feature.words)\"): the distance or height of one engagement, not a limit of the weapon"
        case .thanObject:
            return "it stands in the object of a comparison (\"\(feature.words)\") that names no system: the figure is that thing's"
        case .positionDistance:
            return "its clause says where something was put (\"\(feature.words)\"): a position, not how far the weapon reaches"
        case .subjectBefore:
            return "its clause names the \(feature.words) before the \(names) it is tied to, and the figure does not follow that name: it may be the \(feature.words)'s"
        case .peopleSentence:
            return "its sentence names no system and speaks of people (\"\(feature.words)\"): the figure may be what they did, not a figure of the \(names)"
        case .subordinateTopic:
            return "no system is named in its sentence, and the \(names) it was given was named in the sentence before only after \"\(feature.words)\", not as what that sentence is about"
        case .countedItems:
            return "a count stands before what it weighs (\"\(feature.words)\"): the mass may be of several items, not of one system or missile"
        case .flightTime:
            return "a duration stands beside it (\"\(feature.words)\"): how far the missile flew in that time, not the farthest it can reach"
        case .contrastObject:
            return "the \(names) it is tied to is the object of \"\(feature.words)\", and the figure stands past the contrast: it may be the main clause's subject's"
        case .nounRelative:
            return "its clause is a relative clause on \"\(feature.words)\", a thing that is not the \(names): the figure may be that thing's"
        case .coordinatedRelative:
            return "its clause describes the noun coordinated with the \(names) (\"\(feature.words)\"), not the \(names) itself"
        case .sharedSubject:
            return "it stands in a predicate coordinated with the sentence's subject, the \(feature.words), while the \(names) it is tied to is named in between as an object: the figure may be the \(feature.words)'s"
        case .lowHeight:
            return "\"\(feature.words)\" gives a height too low for a ceiling, read as the lowest height the weapon engages, but no verb of engaging targets says so: it may be the height of anything"
        case .targetHeight:
            return "it follows a target (\"\(feature.words)\") and falls short of every recorded ceiling: it may be the height at which a target was met, not the highest the weapon reaches"
        case .rangeOrHeight:
            return "only the verb \"\(feature.words)\" says what it measures: it may be a height, not a range, and as the maximum altitude it agrees with the record"
        case .weakCue:
            return "its cue \"\(feature.words)\" does not settle whether it is a range or a height, and read as the other it agrees with the record"
        case .rivalSystem:
            return "it is the \(names)'s recorded \(feature.words), and the \(names) is named beside it: which system the \(feature.words == "guidance" ? "guidance" : "figure") is for is a guess"
        case .successionYear:
            return "it stands \"\(feature.words)\" away from the verb of succession: it may date the end of the system replaced or a unit's changeover, not the successor's entry into service"
        case .foreignPredecessor:
            return "the system replaced (\(feature.words)) comes from another country than its successor: the year may be when one army changed over, not the successor's first service"
        case .userCountry:
            return "its clause names \"\(feature.words)\", not the system's country of origin: it may be the year that user took it into service, not its first service"
        case .formationYear:
            return "its clause names a formation (\"\(feature.words)\"): it may be the year that formation changed over, not the successor's first service"
        case .heightBeforeName:
            return "it is written before the \(names) it is tied to (\"\(feature.words)\") and falls short of every recorded ceiling: it may be the height at which a target was hit, not the highest the weapon reaches"
        case .borrowedMissileNoun:
            return "only a missile noun before it says what it weighs, and that noun belongs to something else (\"\(feature.words)\"): it may be a part's or the whole system's mass"
        case .otherOrigin:
            return "its clause speaks of something of another origin (\"\(feature.words)\") than the \(names) it was given, named in no sentence of its own: the figure may be another system's, or a foreign version's"
        case .parallelHeight:
            return "only a verb of reaching says what it measures, in a clause about another system after a height (\"\(feature.words)\"): the comparison may run on in height"
        }
    }

    /// Every reason the claim is a guess: the extractor's doubts, then its features.
    /// A reason found twice (two readings noticing the same thing) is given once.
    public static func doubts(of grounding: ClaimGrounding) -> [ClaimGrounding.Doubt] {
        var all = grounding.doubts
        for feature in grounding.features {
            let doubt = ClaimGrounding.Doubt(feature.part, reason(feature))
            if !all.contains(where: { $0.part == doubt.part && $0.reason == doubt.reason }) { all.append(doubt) }
        }
        return all
    }

    /// The judgement a claim may stand by: a `conflict` or `disputed` verdict on a claim
    /// that is not established becomes `unclear` (it never fails CI), its message saying
    /// what is uncertain; other verdicts stand.
    public static func apply(to judgement: Judgement, grounding: ClaimGrounding) -> Judgement {
        // Only an alarm with a doubt changes (see `ClaimGrounding.apply(to:)`): the rest pass
        // without the doubts being gathered.
        guard judgement.verdict == .conflict || judgement.verdict == .disputed,
              !grounding.doubts.isEmpty || !grounding.features.isEmpty else { return judgement }
        var gated = grounding
        gated.doubts = doubts(of: grounding)
        gated.features = []
        return gated.apply(to: judgement)
    }

    /// The `--explain` line: why the finding is certain, or everything that is uncertain.
    public static func explanation(_ grounding: ClaimGrounding) -> String {
        var gated = grounding
        gated.doubts = doubts(of: grounding)
        gated.features = []
        return gated.explanation
    }
}
