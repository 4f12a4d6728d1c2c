import ArsenalKit
import Foundation
import Testing

/// The establishment gate (issue 8): each feature of a reading that makes a figure's
/// system, attribute or value a guess turns its alarm into `unclear`, with a reason that
/// names the feature; the same figure written plainly still conflicts. Cases in several
/// languages, each paired with its established counterpart.
@Suite struct EstablishmentGateTests {
    /// The first finding whose quote holds `quote`, with a figure (no comparison claims).
    static func finding(_ text: String, quote: String) -> Finding? {
        CheckTestSupport.findings(text).first { $0.quote.contains(quote) && $0.claim.attribute != .comparison }
    }

    @Test(arguments: [
        // (guessed, established, quote, feature)
        // Lines without bullets run together (bulleted lines are sentences of their own).
        ("Американский Stinger бьёт дальше советской «Стрелы-2»: 4,8 км против 3,6 км.", "Stinger бьёт на 3,6 км.", "3,6 км",
         .severalFigures),
        ("Die Igla-S übertrifft ihre Vorgängerin Igla um rund 1200 Meter Reichweite.",
         "Die Igla hat eine Reichweite von rund 1200 Meter.", "rund 1200 Meter", .relatedReference),
        ("Mientras el Strela-2 llegaba a 3,6 kilómetros, su sucesor alcanzaba 5 kilómetros.",
         "El Strela-2 alcanzaba 5 kilómetros.", "5 kilómetros", .relatedReference),
        ("Die Igla-S und die Igla im Vergleich. Der Gefechtskopf der neuen Version wiegt 2,49 Kilogramm.",
         "Der Gefechtskopf der Igla wiegt 2,49 Kilogramm.", "2,49 Kilogramm", .ambiguousTopic),
        ("The Stinger and the Igla were both shown, and it reaches 9 km.", "The Igla reaches 9 km.", "9 km",
         .ambiguousReference),
        ("Neben der Panzerabwehrwaffe Milan lieferte die Bundesregierung auch Stinger-Raketen. Die Milan wiegt 28 Kilogramm.",
         "Die Stinger wiegt 28 Kilogramm.", "28 Kilogramm", .ownSubject),
        ("Przenośny zestaw Piorun waży 16,5 kg, a celownik termowizyjny do niego waży jeszcze około 1 kg.", "Zestaw Piorun waży około 1 kg.",
         "około 1 kg", .componentWord),
        ("Frente al Strela-2, el Igla-1 ganó alrededor de 1,4 kilómetros de alcance.",
         "El Igla-1 tiene un alcance de alrededor de 1,4 kilómetros.", "1,4 kilómetros", .differenceWord),
        ("The Piorun has a longer range than the Stinger's 9 km.", "The Piorun can hit targets 9 km away.", "9 km", .comparison),
        ("If fired from a mountain top, the Stinger might hit targets 9 km away.", "The Stinger can hit targets 9 km away.",
         "9 km", .hedge),
        ("Gdyby strzelać ze szczytu góry, Strzała-2 mogłaby razić cele na 8 km.", "Strzała-2 razi cele na 8 km.", "8 km", .hedge),
        // Session 12: the layout of the text.
        ("Su alcance es de 9 km, el del Igla-S.", "El Igla-S tiene un alcance de 9 km.", "9 km", .nameAfterFigure),
        ("No Stinger lost, army says\nTroops left behind an anti-tank launcher with a range of 2 km.",
         "The Stinger has a range of 2 km.", "2 km", .nameOnEarlierLine),
        ("> the Igla reaches 9 km\nThe Igla reaches 5.2 km, not 9.", "The Igla reaches 9 km.", "9 km", .quotedLine),
        ("Le Tor-M2 vise des avions volant à 600 m par seconde et situés à 12 km.", "Le Tor-M2 vise des avions volant à 12 km.",
         "12 km", .cueAcrossFigure),
        // (Session 25: the Grzmot is on the outside list now; a name on no list stands in.)
        ("Piorun jest lekki. Mesko buduje także zestaw Narew o zasięgu do 12 km.", "Piorun ma zasięg do 12 km.", "12 km",
         .unknownName),
        ("Stinger, Igla and Mistral crews guard the port, out to 9 km.", "The Mistral reaches out to 9 km.", "9 km", .systemList),
        ("Ranges of 8 km, 5.2 km and 9 km are quoted for the Stinger, the Igla and the Mistral.", "The Stinger has a range of 9 km.",
         "9 km", .figureList),
        ("¿De verdad alcanza el Igla-S los 9 km?", "El Igla-S alcanza los 9 km.", "9 km", .question),
        ("El Stinger estadounidense, que Ucrania usa desde 2022, supera al Strela-2 en alcance: llega a 12 kilómetros.",
         "El Strela-2 llega a 12 kilómetros.", "12 kilómetros", .ambiguousClause),
        ("«Ракета «Иглы-С» бьёт на 9 км», — сказал офицер.", "Ракета «Иглы-С» бьёт на 9 км.", "9 км", .quotation),
        // Session 18: a predicate coordinated with the subject; a distance read from a verb alone.
        ("The Polish Piorun replaced the Grom and entered service in 2019.", "The Grom entered service in 2019.", "2019",
         .sharedSubject),
        ("Polski Piorun zastąpił Groma i wszedł do służby w 2019 roku.", "Grom wszedł do służby w 2019 roku.", "2019", .sharedSubject),
        ("The Strela-2M can hit helicopters up to 2,300 metres.", "The Strela-2M can hit helicopters 2,300 metres away.",
         "2,300 metres", .rangeOrHeight),
        ("El Strela-2M puede derribar helicópteros hasta 2.300 metros.", "El Strela-2M tiene un alcance de 2.300 metros.",
         "2.300 metros", .rangeOrHeight),
        ("Two Strela-3 launchers went missing from a depot. The depot's fence is 3 metres high.",
         "The Strela-3 can hit targets flying 3 metres above the ground.", "3 metres", .lowHeight),
        ("Soldiers used a Piorun to shoot down a helicopter flying at 1,500 m.", "The Piorun has a ceiling of 1,500 m.", "1,500 m",
         .targetHeight),
        // Session 19: a word for a relative after a possessive leaves the system a guess. (Session 26:
        // with a name right after it, "Its successor Piorun, in service since 2019", the name is the
        // clause's subject and the year is the Piorun's, established: the guess is the nameless form.)
        ("The Polish Grom entered service in 1995. Its successor, in service since 2019, is faster.",
         "The Grom entered service in 2019.", "2019", .relatedReference),
        ("Polski Grom wszedł do służby w 1995 roku. Jego następca, w służbie od 2019 roku, jest szybszy.",
         "Grom wszedł do służby w 2019 roku.", "2019", .relatedReference),
        // Session 22: a figure another record named beside it holds, a user's year, a year far
        // from its verb of succession, a missile noun of another thing, a height before the name.
        // (Session 68: a bracket after the Igla-1 no longer hands the year to the Igla named after
        // it; the clause after the bracket is the Igla-1's. The rival is now named in a clause before.)
        ("The Igla-1 was fielded first, and in 1981 the Igla entered service.", "The Igla entered service in 1981.", "1981",
         .rivalSystem),
        ("In Ukraine the Piorun has been in service since 2022.", "The Piorun has been in service since 2022.", "2022", .userCountry),
        ("Le Verba a remplacé l'Igla-S dans plusieurs unités depuis 2018.", "Le Verba a remplacé l'Igla-S en 2018.", "2018",
         .successionYear),
        // (Session 46: "the complete launcher with missile" became a system-mass cue; a tube is no launcher cue.)
        ("The Strela-2 missile weighs 9.15 kg; the tube with missile comes to 14.5 kg.",
         "The Strela-2 missile weighs 14.5 kg.", "14.5 kg", .borrowedMissileNoun),
        ("Die Maschine wurde in rund 10.000 Metern Flughöhe von einer Buk-Rakete getroffen.",
         "Eine Buk-Rakete trifft Flugzeuge in rund 10.000 Metern Flughöhe.", "10.000 Metern", .heightBeforeName),
        // Session 33 (blind set 7, pl): a formation named in the year's clause.
        ("W 2022 roku Piorun zastąpił Gromy w 12. Dywizjonie.", "W 2022 roku Piorun zastąpił Gromy.", "2022", .formationYear),
        ("Die Stinger ersetzte 1984 bei der Panzergrenadierbrigade 37 die Redeye.", "Die Stinger ersetzte 1984 die Redeye.", "1984", .formationYear),
    ] as [(String, String, String, ReadingFeature.Kind)])
    func aFeatureOfTheReadingMakesTheAlarmUnclear(guessed: String, established: String, quote: String, kind: ReadingFeature.Kind) throws {
        let sure = try #require(Self.finding(established, quote: quote), "no finding in \"\(established)\"")
        #expect(sure.verdict == .conflict, "\(established): \(sure.verdict) \(sure.judgement.message)")
        #expect(sure.claim.grounding.isEstablished)
        // Kinds that say the figure is most likely not the article's statement about the
        // system leave it out altogether (`ReadingFeature.Kind.leavesFigureOut`).
        if kind.leavesFigureOut {
            let left = Self.finding(guessed, quote: quote)
            #expect(left == nil, "\(guessed): \(left.map { "\($0.verdict) \($0.claim.grounding.features)" } ?? "")")
            return
        }
        let guess = try #require(Self.finding(guessed, quote: quote), "no finding in \"\(guessed)\"")
        let feature = try #require(guess.claim.grounding.features.first { $0.kind == kind }, "\(guess.claim.grounding.features)")
        #expect(guess.verdict == .unclear, "\(guessed): \(guess.verdict) \(guess.judgement.message)")
        #expect(guess.severity == .note)
        // The message and --explain give the reason, naming the part in doubt.
        let reason = EstablishmentGate.reason(feature)
        #expect(guess.judgement.message.contains("its \(kind.part.rawValue) is not established (\(reason)"), "\(guess.judgement.message)")
        #expect(guess.judgement.explanation.contains { $0.hasPrefix("uncertain:") && $0.contains(reason) })
    }

    /// Rows of a list, each opened by a name, hold that system's figures: a figure at the end of
    /// a row is not the next row's (once guessed, `competingName` and `nameOnNextLine`; session
    /// 54), so a wrong one there is an established conflict of its own row's system.
    @Test(arguments: [
        ("Ranges quoted in the thread:\nIgla-1: 9 km\nStrela-2: 3.6 km", "9 km", "igla-1"),
        ("Strela-2M – 4,2 km, Rakete 12 kg\nStrela-3 – 4,1 km", "12 kg", "strela-2m"),
        ("Overview\nStarstreak – Britain – infrared homing\nRBS 70 – Sweden – laser beam riding", "infrared homing", "starstreak"),
    ])
    func aRowsFigureIsItsOwnRowsSystems(text: String, quote: String, system: String) throws {
        let found = try #require(Self.finding(text, quote: quote), "no finding in \"\(text)\"")
        #expect(found.claim.systemID == system)
        #expect(found.verdict == .conflict, "\(text): \(found.verdict) \(found.judgement.message)")
        #expect(found.claim.grounding.isEstablished)
    }

    @Test(arguments: [
        // Plainly written wrong figures, also in a second sentence with a pronoun or noun subject.
        ("The Igla-S has a range of 9 km.", "9 km"),
        ("El Stinger pesa 30 kg.", "30 kg"),
        ("The Piorun replaced the older Grom. It can hit targets 14 km away.", "14 km"),
        ("Litauen hat weitere Piorun-Systeme bestellt. Sie trifft Ziele in bis zu 13 Kilometern Entfernung.", "13 Kilometern"),
        ("L'Inde a reçu un nouveau lot d'Igla-S. Il frappe des cibles volant jusqu'à 9 km d'altitude.", "9 km"),
        ("Estonia otrzymała pierwsze zestawy Piorun. Jego zasięg wynosi 14 km.", "14 km"),
        ("Польша передала Украине ПЗРК Piorun. Его ракета достигает высоты 10 км.", "10 км"),
        // A distance read from a verb alone, wrong as a range and as a height.
        ("The Strela-2M can hit helicopters up to 6,000 metres.", "6,000 metres"),
        ("«Стрела-2М» может поражать вертолёты до 6000 метров.", "6000 метров"),
        // The figure follows the subject itself, before the object of the first predicate.
        ("The Piorun entered service in 2012 and was derived from the Grom.", "2012"),
        // A low height a verb of engaging targets ties to the weapon.
        ("The Piorun can engage targets flying 60 m above the ground.", "60 m"),
        // A plain height after a target, above every recorded ceiling.
        ("The Piorun can hit aircraft flying at 9 km.", "9 km"),
        // A pronoun after a sentence opening with a clause-break word means the main clause's subject.
        ("While the Igla-S reaches six kilometres, the Verba engages targets from ten metres above the ground. Its warhead weighs 5 kg.", "5 kg"),
        // A wrong figure set against another by a figure contrast.
        ("Der Gefechtskopf der Igla-S wiegt 5 Kilogramm, der Gefechtskopf der Verba dagegen 2,5 Kilogramm.", "5 Kilogramm"),
        // Session 22: a wrong year that is neither named record's, the origin's own service, a
        // year right after its succession, a height above the ceiling written before the name.
        ("The Grom entered service in 2005, long before the Piorun.", "2005"),
        ("The Polish Piorun entered service in 2012.", "2012"),
        ("The Stinger replaced the Redeye in 1975.", "1975"),
        ("At an altitude of 6 km the Stinger still hits its targets.", "6 km"),
    ])
    func aPlainlyWrittenWrongFigureStillConflicts(text: String, quote: String) throws {
        let finding = try #require(Self.finding(text, quote: quote), "no finding in \"\(text)\"")
        #expect(finding.verdict == .conflict, "\(text): \(finding.verdict) \(finding.judgement.message)")
        #expect(finding.claim.grounding.features.isEmpty, "\(finding.claim.grounding.features)")
    }

    @Test func theGateLetsOtherVerdictsStand() {
        var grounding = ClaimGrounding()
        grounding.features = [ReadingFeature(.hedge, words: "perhaps")]
        #expect(!grounding.isEstablished)
        #expect(grounding.doubtedParts == [.value])
        let conflict = Judgement(verdict: .conflict, message: "9 km overstates")
        let gated = EstablishmentGate.apply(to: conflict, grounding: grounding)
        #expect(gated.verdict == .unclear)
        #expect(gated.message == "not judged as conflict: its value is not established (\"perhaps\" makes the statement a guess, not an assertion); read as: 9 km overstates")
        for verdict in [Verdict.consistent, .unverifiable, .unclear] {
            let judgement = Judgement(verdict: verdict, message: "m")
            #expect(EstablishmentGate.apply(to: judgement, grounding: grounding) == judgement)
        }
        #expect(EstablishmentGate.explanation(grounding) == "uncertain: value: \"perhaps\" makes the statement a guess, not an assertion")
        #expect(EstablishmentGate.apply(to: conflict, grounding: ClaimGrounding()) == conflict)
    }

    @Test func everyFeatureHasAReasonAndAPart() {
        for kind in ReadingFeature.Kind.allCases {
            let reason = EstablishmentGate.reason(ReadingFeature(kind, words: "w", systems: ["A", "B"]))
            #expect(!reason.isEmpty)
            #expect(ReadingFeature(kind, words: "w").part == kind.part)
        }
    }
}
