/// One fact about how a figure was read that makes part of the claim a guess (issue 8): a
/// feature of the reading itself (which words tie the figure to a system and an attribute,
/// and what else stands beside it), found by the extractor and weighed by the
/// establishment gate (`EstablishmentGate`, in Judging), which turns a `conflict` or
/// `disputed` verdict on a claim carrying one into `unclear`, saying why.
///
/// Features hold no word of any language: the words that show them come from the pack
/// (`structure.component_nouns`, `difference_words`, `hedges`, `kin_nouns`, comparisons,
/// figure contrasts, references and the names of systems).
public struct ReadingFeature: Hashable, Sendable {
    /// The kinds of feature, each a reason the gate gives.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Another system is named before the figure in its sentence, nearer to it (in
        /// words) than the system the figure was tied to: "Igla-1: 5 km" read for a Strela-2
        /// named after it, a list line credited to the next line's name.
        case competingName = "competing-name"
        /// The system it is tied to is named after the figure, past a line break: in a list
        /// the name on the next line heads the next item ("Strela-2M – 4,2 km, Rakete 9,8 kg
        /// / Strela-3 – 4,1 km").
        case nameOnNextLine = "name-on-next-line"
        /// Another figure of the same kind stands before it in its clause with no system,
        /// reference, attribute cue or noun for the missile or a part between ("4,8 км против 3,6 км", "6 or 7 km"): which
        /// system each belongs to, or which is asserted, is a guess.
        case severalFigures = "several-figures"
        /// The system is referred back to by a pronoun ("it", "su", "jego") while two or more
        /// systems are named before it in its sentence.
        case ambiguousReference = "ambiguous-reference"
        /// The reference names a relative of the system, not the system ("su sucesor"), or the
        /// name stands right after a word for a relative ("ihre Vorgängerin Igla").
        case relatedReference = "related-reference"
        /// No system is named in the sentence, the last sentence that named any named two or
        /// more, and the topic the figure was given is not the first of them (that
        /// sentence's subject), or it is that subject while a word for the last one named
        /// ("the latter", "te ostatnie") stands before the figure: which system it is for is a guess.
        case ambiguousTopic = "ambiguous-topic"
        /// The sentence names no system we know but opens with a subject of its own ("Die
        /// Milan wiegt 28 kg"): the figure may be that thing's.
        case ownSubject = "own-subject"
        /// The sentence names no system and opens with a phrase bringing in something to
        /// compare with ("For comparison, an airliner cruises at about 900 km/h"): the figure
        /// may be the compared thing's.
        case comparisonOpener = "comparison-opener"
        /// A part of the weapon (tube, gripstock, battery, sight, warhead) stands before a
        /// mass in its clause: the mass may be the part's.
        case componentWord = "component-word"
        /// A word of difference or gain ("gained", "übertrifft", "разница") stands before the
        /// figure in its clause: the figure may be a difference, not a value.
        case differenceWord = "difference-word"
        /// A comparison of the same attribute ("longer range than", "дальше") stands before
        /// the figure in its clause, and the figure is tied to the system compared with, or
        /// follows it with no punctuation between ("than the Stinger's 9 km"): it may be
        /// either system's, or a difference.
        case comparison
        /// A hedge or a condition ("may", "perhaps", "if", "wenn", "если") opens the figure's
        /// clause: the statement is not asserted.
        case hedge
        /// The name it is tied to stands after the figure, past a clause's punctuation
        /// ("los primeros, a 200 km; los Buk, a 45 km"): a figure's owner is written before
        /// it, or right after it as its owner ("4,8 km for the Stinger").
        case nameAfterFigure = "name-after-figure"
        /// The name it is tied to stands on an earlier line than the figure (a headline, a
        /// caption or a list line run into the next one): the line holding the figure may be
        /// about something else.
        case nameOnEarlierLine = "name-on-earlier-line"
        /// The figure's line quotes another writer ("> the Igla reaches 9 km" in a forum
        /// reply): the statement is not the article's own.
        case quotedLine = "quoted-line"
        /// Another figure, of another kind, stands between the attribute's cue and the figure
        /// ("flying at 700 m per second and 12 km away"): the cue is that figure's.
        case cueAcrossFigure = "cue-across-figure"
        /// No system is named in the figure's sentence, and the sentence names something we
        /// do not know before the figure ("Mesko also builds the Grzmot, with a range of
        /// 12 km"): the figure may be that thing's, not the topic's.
        case unknownName = "unknown-name"
        /// The name it is tied to is also a common word or another thing's name ("Osa", "Tor"),
        /// and nothing but its engaging targets says it means the system ("Każda Osa ... mogła
        /// razić cele nawodne", said of the missile boats): the figure may be that thing's.
        case ambiguousName = "ambiguous-name"
        /// The sentence names three or more systems: a list, where which figure is whose is
        /// read from the layout, not stated.
        case systemList = "system-list"
        /// The figure's clause names no system, the earlier clauses of its sentence name
        /// several, and the figure was tied to one that is not the first of them (the
        /// subject): "El Stinger ... supera al Strela-2 en alcance: llega a 12 km".
        case ambiguousClause = "ambiguous-clause"
        /// The sentence holds three or more figures of the figure's kind, and the figure does
        /// not follow its own name: a list of figures, where whose is which is a guess.
        case figureList = "figure-list"
        /// The sentence asks ("Does the Igla really reach 9 km?"): nothing is asserted.
        case question
        /// The figure stands inside a quotation still open before it ("«The Igla reaches 9
        /// km», the officer said"): someone's words, not the article's own statement.
        case quotation
        /// The attribute comes from a cue of the sentence before, none in the figure's own
        /// sentence ("... vole à Mach 3,5. Il atteint des cibles jusqu'à 7 km" read as an
        /// altitude): a plainly written figure has its attribute's word beside it.
        case carriedCue = "carried-cue"
        /// The figure is written open-ended, a plus sign or "-plus" glued to it ("Mach
        /// 3-plus", "8+ km"): a lower bound, not the value it was read as.
        case openFigure = "open-figure"
        /// The figure's sentence names no system and refers back ("Ihre Rakete"), right after
        /// a sentence about a thing we do not know ("Die Milan wiegt 28 kg"): the reference
        /// may mean that thing, not the system named before it.
        case foreignAntecedent = "foreign-antecedent"
        /// The figure is an interval for one attribute whose ends are close ("de 75 a 90
        /// kilómetros", "4-5 km"): a spread of versions or sources, not a single figure.
        case intervalFigure = "interval"
        /// The figure stands in a clause that describes the targets, opened right after a
        /// target noun ("helicópteros que vuelen a 150 metros", "по мишеням, летевшим на
        /// высоте 300 м"): how high or far the targets flew, not a limit of the weapon.
        case targetClause = "target-clause"
        /// The figure's clause reports a shot taken (pack `structure.shot_verbs`: "fired from a
        /// tree line about 2.5 km away", "aus drei Kilometern Entfernung abgefeuert", "odpalono
        /// z odległości 4 km"): the distance or height of one engagement, not a limit of the
        /// weapon.
        case shotDistance = "shot-distance"
        /// The figure's clause says where a unit or weapon was put ("Stinger teams were
        /// positioned some 2 km away", "waren etwa 2 Kilometer entfernt stationiert"): a
        /// position, not how far the weapon reaches.
        case positionDistance = "position-distance"
        /// The figure stands in the object of a comparison that names no system ("lighter
        /// than a 20 kg machine gun", "lighter than a machine gun, which weighs 20 kg"): it is
        /// that thing's.
        case thanObject = "than-object"
        /// The figure's clause is a relative clause hung on a noun coordinated with the
        /// system's name ("both the Bolide and the older Mk II missile, which has a range of
        /// 7 km"): it describes that other thing.
        case coordinatedRelative = "coordinated-relative"
        /// The figure's clause is a relative clause hung on a noun that is none of ours
        /// ("podobnie jak polski odpowiednik, którego rakieta ma 10,5 kg", "its thermal sight,
        /// whose range is 10 km"): it may describe that thing.
        case nounRelative = "noun-relative"
        /// No system is named in the figure's sentence, and the topic it was given was named
        /// in the sentence before only after a clause-break word, its first clause naming none
        /// ("Protege bases ... y llega hasta 6 km, mientras que los Buk-M2E cubren 45 km.
        /// Entró en servicio en 2004."): that sentence was about something else.
        case subordinateTopic = "subordinate-topic"
        /// Its variant or its family, not an object, is named before the system the figure is
        /// tied to in the figure's clause, and the figure does not follow its name directly ("The
        /// Mistral 3 doubles the reach of the original Mistral, to 8 km"): the figure may be
        /// the clause subject's.
        case subjectBefore = "subject-before"
        /// No system is named or referred to in the figure's sentence, and it speaks of
        /// people before the figure ("Over 150 servicemen took part in drills in which crews
        /// fired at drones ... at a distance of 3 km"): the figure may be what they did, not
        /// a figure of the article's topic.
        case peopleSentence = "people-sentence"
        /// The figure stands in a predicate coordinated with the sentence's subject, and is
        /// tied by nearness to another system named as an object of the first predicate ("The
        /// Polish Piorun was derived from the Grom and entered service in 2019"): the
        /// coordinated verb shares the subject, so the figure may be the subject's.
        case sharedSubject = "shared-subject"
        /// A distance read as the range from a verb of engaging alone ("can hit helicopters up
        /// to 2,300 metres"): no word says whether it is how far or how high. The judge tries
        /// the height as well and keeps the feature only when the figure agrees with every
        /// recorded height (`RivalReading`, in Judging).
        case rangeOrHeight = "range-or-height"
        /// A height cue ("high", "de altura", "высота") with a figure too low for any
        /// ceiling was read as the lowest height engaged, while no verb of engaging targets
        /// and no "from" word stands before it ("The depot's fence is 3 metres high"): it
        /// may be the height of anything.
        case lowHeight = "low-height"
        /// A ceiling written as a plain figure right after a target ("shot down a drone
        /// flying at 1,500 m"): it may be the height at which a target was met. The judge
        /// keeps the feature only when the figure falls short of every recorded ceiling
        /// (`RivalReading`, in Judging).
        case targetHeight = "target-height"
        /// A range or a height read from a cue that does not settle which it is: a verb of
        /// reaching alone ("The Igla-S reaches only 3.5 km"), a cue written after the figure
        /// past other words, or a cue of the other kind right after the figure ("from 10 to
        /// 4,000 metres up" read as a range). The judge tries the other attribute (height for
        /// range, range for height) and keeps the feature only when the figure agrees with
        /// every recorded value of it (`RivalReading`, in Judging).
        case weakCue = "weak-cue"
        /// Another system is named in the figure's sentence, or, when the sentence names
        /// none, in the sentence before ("The FIM-43 Redeye was used from 1968 until the
        /// Stinger replaced it", "Igla-1 ... in 1981 as a stopgap before the Igla",
        /// "Piorun: 6.5 km. The American missile is lighter (10.1 kg), ours weighs 10.5 kg").
        /// `systems` holds those records' ids. The judge keeps the feature only on an alarm
        /// whose figure agrees with one of their records for the same attribute, naming that
        /// system (`RivalReading`, in Judging): the figure is then, as likely, that system's.
        case rivalSystem = "rival-system"
        /// A year read through a verb of succession ("replaced", "a remplacé") that stands
        /// more than a preposition away from the verb and the successor's name ("from 1968
        /// until the Stinger replaced it", "a remplacé l'Igla-S dans plusieurs unités depuis
        /// 2015"): it may date the end of the system replaced or a unit's changeover, not the
        /// successor's entry into service.
        case successionYear = "succession-year"
        /// A year of entry into service whose clause names a country, or a people, other than
        /// the system's origin ("In Brasilien stehen RBS 70 seit 2014 im Dienst"): the year a
        /// user took it into service, not its first service.
        case userCountry = "user-country"
        /// A year read through a verb of succession whose system replaced comes from another
        /// country than the successor ("the system was replaced by NASAMS in 2009", of a Soviet
        /// Buk; blind set IE): the year one army changed over, not the successor's first service.
        case foreignPredecessor = "foreign-predecessor"
        /// A year read through a verb of succession whose clause names a military formation
        /// ("W 2022 roku Piorun zastąpił Gromy w 12. Dywizjonie"): the year that formation changed
        /// over, not the successor's first service.
        case formationYear = "formation-year"
        /// A ceiling written before the name of the system it is tied to, in a clause with no
        /// name before the figure ("die Maschine wurde in rund 10.000 Metern Flughöhe von
        /// einer Buk-Rakete getroffen"): the height at which a target was hit. The judge keeps
        /// the feature only when the figure falls short of every recorded ceiling
        /// (`RivalReading`, in Judging), as for `targetHeight`.
        case heightBeforeName = "height-before-name"
        /// A mass read as the missile's only from a missile noun before it, when that noun
        /// belongs to something else: another figure of mass before it ("11,7 el misil y unos
        /// 6,5 el tubo lanzador"), a whole or a part it describes ("the complete launcher with
        /// missile comes to 14.5 kg"), or a part named right after the figure: the mass may be
        /// the launcher's, a part's or the whole system's.
        case borrowedMissileNoun = "borrowed-missile-noun"
        /// A distance read as a range only from a verb of reaching, in a clause about another
        /// system after an earlier clause that gave a figure as a height ("The Igla-S engages
        /// targets at altitudes up to 3.5 km, while the older Igla reaches about 3 km"): the
        /// comparison may run on in the same dimension, so the figure may be a height.
        case parallelHeight = "parallel-height"
        /// A figure given to the topic or to a word referring back, in a clause that speaks of
        /// a system of another origin before it ("The Stinger is American. The Russian
        /// equivalent has a range of 6 km", "The Turkish version reaches 6 km"): the figure may
        /// be that other system's, or a foreign version's.
        case otherOrigin = "other-origin"
        /// The system it is tied to is the object of a contrast ("Im Gegensatz zur Strela-2
        /// hat das neue System eine Reichweite von 6 km", "W przeciwieństwie do Strzały-2 nowy
        /// zestaw ma zasięg 6,5 km"), and more than `SentenceAnalysis.contrastPhraseReach`
        /// words stand between the name and the figure, with no comma to close the contrast:
        /// the figure may be the main clause's subject's, named in words we do not know.
        case contrastObject = "contrast-object"
        /// A count of two or more stands right before the name or a noun for the missile
        /// before a mass in its clause ("Two Piorun missiles weigh 21 kg", "the container with
        /// two Igla missiles weighs 45 kg"): the mass may be of several items, not of one.
        case countedItems = "counted-items"
        /// A distance or height tied to a duration in its clause ("needs about 10 seconds to
        /// cover 5 km", "за 10 секунд пролетает 5 км"): how far the missile flew in that time,
        /// not the farthest it can reach.
        case flightTime = "flight-time"

        /// Whether a figure read with this feature is left out rather than reported
        /// `unclear`: kinds that say the figure is, more likely than not, no statement of the
        /// article about this system (someone else's line or question, a difference, a figure
        /// whose owner is written elsewhere or is another thing). Measured on every
        /// development set of the extraction corpus (ten sets, eight languages, about 2,270
        /// labelled claims), leaving these figures out removed 35 findings that were not
        /// claims and none that was; the other kinds (a hedge, a quotation, a comparison, a
        /// system list, a part word, an interval, ...) match labelled claims as often as
        /// not, and stay, `unclear`, for a person to read.
        public var leavesFigureOut: Bool {
            switch self {
            case .competingName, .nameOnNextLine, .severalFigures, .ownSubject, .foreignAntecedent: true
            case .nameOnEarlierLine, .ambiguousClause: true
            case .differenceWord, .quotedLine, .question: true
            case .nameAfterFigure, .ambiguousReference, .relatedReference, .ambiguousTopic, .componentWord, .comparison, .hedge: false
            case .cueAcrossFigure, .unknownName, .ambiguousName, .systemList, .figureList, .quotation, .carriedCue: false
            case .openFigure, .intervalFigure, .targetClause, .shotDistance, .coordinatedRelative, .nounRelative, .subordinateTopic, .subjectBefore, .peopleSentence: false
            case .sharedSubject, .rangeOrHeight, .lowHeight, .targetHeight, .weakCue: false
            case .rivalSystem, .successionYear, .userCountry, .foreignPredecessor, .formationYear, .heightBeforeName, .borrowedMissileNoun, .parallelHeight, .otherOrigin: false
            case .contrastObject, .countedItems, .flightTime, .positionDistance, .thanObject, .comparisonOpener: false
            }
        }

        /// Whether the judge settles the feature, keeping it only when the claim's other
        /// reading agrees with the record (`rangeOrHeight`): until judged, it puts no part of
        /// the claim in doubt (`ClaimGrounding.doubtedParts`, a pack example's "?" marks).
        public var isSettledByJudge: Bool {
            self == .rangeOrHeight || self == .targetHeight || self == .weakCue || self == .rivalSystem || self == .heightBeforeName
        }

        /// The part of the claim the feature makes a guess of.
        public var part: ClaimGrounding.Part {
            switch self {
            case .competingName, .nameOnNextLine, .severalFigures, .ambiguousReference, .relatedReference, .ambiguousTopic, .ownSubject: .system
            case .nameAfterFigure, .nameOnEarlierLine, .unknownName, .ambiguousName, .systemList, .ambiguousClause: .system
            case .componentWord, .cueAcrossFigure, .carriedCue, .countedItems, .flightTime, .positionDistance: .attribute
            case .differenceWord, .comparison, .hedge, .quotedLine, .question, .quotation, .openFigure, .intervalFigure: .value
            case .figureList, .foreignAntecedent, .coordinatedRelative, .nounRelative, .subordinateTopic, .subjectBefore, .peopleSentence: .system
            case .targetClause, .shotDistance, .rangeOrHeight, .lowHeight, .targetHeight, .weakCue: .attribute
            case .sharedSubject, .rivalSystem, .otherOrigin, .contrastObject, .thanObject, .comparisonOpener: .system
            case .successionYear, .userCountry, .foreignPredecessor, .formationYear: .value
            case .heightBeforeName, .borrowedMissileNoun, .parallelHeight: .attribute
            }
        }
    }

    /// What kind of feature.
    public var kind: Kind
    /// The words of the text that show it ("Igla-1", "gripstock", "gained").
    public var words: String
    /// For the system features, the systems in play, as named in messages.
    public var systems: [String]

    /// Whether the figure is left out rather than reported `unclear`: its kind's
    /// `leavesFigureOut`, or, where the reading itself says more than the kind, set when
    /// the feature is found (a name written after the figure, past punctuation, while the
    /// article was already about another system: "The new round reaches 8 km, 2 km more
    /// than the original Mistral", said of the Mistral 3).
    public var leavesFigureOut: Bool

    /// Creates a feature; `leavesFigureOut` defaults to the kind's.
    public init(_ kind: Kind, words: String, systems: [String] = [], leavesFigureOut: Bool? = nil) {
        self.kind = kind
        self.words = words
        self.systems = systems
        self.leavesFigureOut = leavesFigureOut ?? kind.leavesFigureOut
    }

    /// The part of the claim it makes a guess of.
    public var part: ClaimGrounding.Part { kind.part }
}
