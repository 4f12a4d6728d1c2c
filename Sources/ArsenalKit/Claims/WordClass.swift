/// Structure words the extractor reads around claims.
enum WordClass: Int, Sendable, Hashable, CaseIterable {
    /// Verbs whose objects are targets but that make no target claim ("hit").
    case weakTargetVerb
    /// Words after target words that make them a target claim ("among its targets").
    case targetGovernorAfter
    /// Words that make a statement general ("typically", "a MANPADS").
    case generic
    /// Determiners before an origin adjective ("a Soviet design").
    case determiner
    /// Words before a figure that make it a low end ("from", "as low as").
    case fromWord
    /// Words before a second figure that make it the high end ("out to").
    case toWord
    /// Verbs of operating ("operated by").
    case crewVerb
    /// Verbs of carrying ("carried by").
    case carryVerb
    /// Persons in a crew ("soldier").
    case crewPerson
    /// Words that count one ("a single").
    case singleWord
    /// Copulas ("is").
    case copula
    /// Negations ("cannot").
    case negation
    /// Nouns an origin adjective may qualify ("missile").
    case originHead
    /// "the figure", "that number".
    case echo
    /// Clause breaks ("while").
    case clauseBreak
    /// Place phrases after a distance ("south of").
    case place
    /// Owners of figures other than catalog systems ("airliner").
    case otherOwner
    /// Target verbs that are prepositions ("against").
    case prepositionGovernor
    /// Verbs that bound a figure from below ("exceeds", "supera").
    case moreThan
    /// Nouns after a name that make a figure a part's ("dart").
    case partNoun
    /// Mass cues that do not say whose mass ("weighs").
    case massWord
    /// Nouns for the missile itself ("missile").
    case missileNoun
    /// Nouns for targets ("targets").
    case targetNoun
    /// Plural nouns for the weapons ("missiles").
    case weaponNoun
    /// Adjectives allowed inside an inventory ("new").
    case countAdjective
    /// Phrases before a service-entry year ("entered service").
    case serviceEntry
    /// Definite articles ("the").
    case definiteArticle
    /// Verbs inside an origin compound ("designed").
    case originVerb
    /// Prepositions of a predicate origin ("in").
    case predicatePreposition
    /// Words of a body's size ("length", "measures", "mide"): a distance next to one is a
    /// length or diameter, not a range.
    case dimension
    /// Phrases that introduce a nickname after a name ("also known as", "surnommé").
    case nicknameIntro
    /// Prepositions that give the figure before them to the name after them ("for", "bei").
    case ownerPreposition
    /// Words after a nickname that close it ("genannt").
    case nicknameCloser
    /// Relative pronouns ("which", "que"): after a name and a comma, a clause about that name.
    case relativePronoun
    /// Words of detecting ("detects", "erfasst"): the distance they govern is a sensor's.
    case detection
    /// Words of a vehicle moving ("on roads", "en carretera"): the figure they govern is travel.
    case travel
    /// Labels of a fact box's origin line ("Place of origin:").
    case originLabel
    /// Verbs of reaching that do not say in which direction ("reach", "alcanza").
    case reachVerb
    /// Verbs of succession written after the successor's name ("replaced", "lui a succédé").
    case successorBefore
    /// Verbs of succession written before the successor's name ("replaced by", "remplacé par").
    case successorAfter
    /// Words that introduce examples of a category ("such as", "como", "таких как").
    case exampleIntro
    /// Phrases reporting what others say, anonymously or to dispute it ("anyone who says", "кто
    /// пишет"): a claim after one is not the article's own.
    case hearsay
    /// Phrases that deny what was just said ("that is false", "это не так"): `markRebutted`,
    /// `ClaimExtractor.opensWithRebuttal`.
    case rebuttal
    /// `structure.doubt_words` ("dismiss", "übertrieben"): `markRebutted`.
    case doubtWord
    /// Words of a firing position ("shoulder", "épaule"): a negated phrase holding one says
    /// how a weapon is not fired, not that it cannot be carried.
    case firingPosition
    /// Words of ordering, delivering, making or firing: a count beside one is no stockpile.
    case transfer
    /// Words setting two figures side by side ("gegenüber", "wobec"): a comparison.
    case figureContrast
    /// Words for "the two of them" ("both", "ambos"): a clause they open is about the two
    /// systems named just before.
    case pairWord
    /// "z pociskami", "bestückt mit": the name after one is a part the carrier holds.
    case componentIntro
    /// Parts of a weapon, difference words, hedges, relatives ("successor"), formations ("regiment"), vehicles, degree ("quite"), rival verbs ("beats"): see `ReadingFeature`; envelope words: `frontedQualifier`.
    case componentNoun, differenceWord, hedge, kinNoun, thanWord, formation, vehicleNoun, degreeWord, rivalVerb, envelopeWord, countryNoun
    /// Target words every air-defence weapon engages ("aircraft"): alone, no target claim.
    case genericTarget
    /// Demonstratives ("this", "that", "ese"): a reference opening with one is the last name.
    case demonstrative
    /// Comparatives after a difference ("more than", "más que", "less than") and multiples
    /// ("twice", "el doble que"): see `differenceComparisonClaims`.
    case comparativeGreater, comparativeLess, multiple
    /// Verbs of launching ("fires"): an outside name after one is a record's munition. A shot taken ("fired", "abgefeuert"): `shotVerb`.
    case launchVerb, shotVerb
    /// `structure.ability_words` ("can", "kann", "может"): a shot verb after one is a capability (`shotVerb`).
    case abilityWord
    /// `structure.position_verbs` ("stationed", "postés", "развёрнуты"): see `positionVerb(inClauseOf:attribute:)`.
    case positionVerb
    /// `structure.again_words` ("again", "wieder"): a service year with one is a return (`serviceEntry`).
    case againWord
    /// `structure.purpose_words` ("um", "чтобы", "aby"): a purpose clause after a comma keeps a flight time (`flightTime`).
    case purposeWord
    /// `structure.partitive_words` ("of which", "davon", "z czego"): a share of a whole (`missileSubjectMass`).
    case partitiveWord
    /// `structure.negation_vetoes` ("not only", "nicht nur"): a negation inside one is dropped (`ClaimVocabulary.scan`).
    case negationVeto
    /// `structure.gun_nouns` ("guns", "Kanonen"): another owner for a system its guns do not set the reach of (`gunOwns`).
    case gunNoun
    /// `structure.crew_groups` ("crews", "equipos", "załogi"): a count right before one counts crews (`countsCrews`).
    case crewGroup
    /// `structure.such_words` ("such", "такой"): a count, one of them and a crew noun count crews (`countsSuchCrews`).
    case suchWord
    /// Nouns for a version ("version", "versión"): a bare number after one may name a
    /// variant. "new" ("nowa"): `SentenceAnalysis.newerRelative`; "also": `secondaryUse`; "old": `olderNamed`.
    case versionNoun, newerWord, additiveWord, olderWord
    /// `structure.predecessor_nouns` and `successor_nouns`: a kin noun standing for the older
    /// or the newer of two systems just named (`SentenceAnalysis.addKinReferences`).
    case predecessorNoun, successorNoun
    /// `structure.others_references` ("the other two", "les deux autres", "остальные"): the
    /// systems besides the one named last, so a claim in their clause is not that one's.
    case othersReference
    /// Openers and joins of the packs' `bounds.ranges` ("entre" ... "y"); component nouns that are also detection words ("Radar"); `structure.respectively`, `cue_owners`, `reduced_frames`, `narrow_targets`.
    /// `sensorRangeNoun`: detection words that hold a range cue ("detection range", "portée de
    /// détection", "Erfassungsreichweite", "дальность обнаружения").
    case sensorRangeNoun
    case rangeOpener, rangeJoin, sensorHead, respectively, cueOwner, reducedFrame, narrowTarget, elevationWord, soundSpeedWord, changeWord, changeFrom, changeTo, outOfReach, changeBy, differenceAfter
    /// `structure.with_words` ("with", "mit", "с"): `withPhraseOwner(of:among:)`.
    case withWord
    /// `structure.institutions` ("government", "Bundeswehr"): `foreignSubject(before:)`.
    case institution
    /// `structure.comparison_openers` ("for comparison", "zum Vergleich"): `comparisonOpening(before:)`.
    case comparisonOpener
    /// `structure.engagement_aspects` ("head-on", "на догонных курсах"): `engagementAspect(of:)`.
    case engagementAspect
    /// `structure.duration_words` ("seconds", "Sekunden", "с"): `flightTime(of:attribute:)`.
    case durationWord
    /// `structure.first_of_two`, `second_of_two` ("le premier", "le second"): `addOrdinalPair()`.
    case firstOfTwo, secondOfTwo
    /// `structure.free_relatives` ("anything that", "alles, was", "tout ce qui"): `freeRelativeTargets(_:)`.
    case freeRelative
    /// `structure.attributions` ("according to", "по данным", "selon"): the name after one is a source, not a system (`unknownName`).
    case attribution
    /// `structure.version_labels` ("Block", "Batch"): a designation after a name (`spacedVersionMark(after:)`).
    case versionLabel
    /// `structure.upgrade_words` ("modernised", "upgraded"): a name beside one means a changed version (`upgradedName(_:)`).
    case upgradeWord
    /// Opens a phrase of time before an event (pack `structure.before_words`).
    case beforeWord
    /// A noun for a family of systems (pack `structure.family_nouns`).
    case familyNoun
    /// A word of a plan or an obligation (pack `structure.plan_words`).
    case planWord
    /// `structure.landforms` ("hill", "cerro", "холм"): a length beside one is its height or
    /// size (`isLandformSize(_:)`).
    case landform
    /// `structure.falsity_predicates` ("are false", "sind falsch", "не соответствуют
    /// действительности"): a clause they close denies its figures.
    case falsity
}
