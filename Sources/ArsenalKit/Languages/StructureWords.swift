/// The structure words of one language pack (`structure:` in `Lexicons/<lang>/structure.yaml`):
/// what ties figures to systems and attributes inside a sentence. The extractor holds no
/// word of any language; every phrase it looks for comes from here or from the other
/// sections of the pack. Each list is documented in `Lexicons/README.md`.
public struct StructureWords: Sendable, Hashable, Codable {
    /// Verbs and prepositions that make target words after them a target claim ("take down").
    public var targetVerbs: [String] = []
    /// Verbs whose objects are targets but that make no target claim ("hit", "strike").
    public var weakTargetVerbs: [String] = []
    /// Target verbs that are prepositions: their objects are not the system's own ("against").
    public var prepositionGovernors: [String] = []
    /// Words after a run of target words that make it a target claim ("among its targets").
    public var targetGovernorsAfter: [String] = []
    /// Words that start a clause about something else ("while", "whereas", "unlike").
    public var clauseBreaks: [String] = []
    /// Clause breaks that contrast two systems ("unlike", "compared with"): the system after
    /// them is an object, not the subject.
    public var contrasts: [String] = []
    /// Words that join two coordinated items after a comma (", and", ", y").
    public var coordinators: [String] = []
    /// Phrases after a distance that make it a place ("from", "south of").
    public var places: [String] = []
    /// Owners of figures that are not catalog systems ("airliner", "launch post").
    public var otherOwners: [String] = []
    /// Phrases after a system's name that introduce a nickname ("also known as", "nicknamed",
    /// "conocido como", "surnommé"): the nickname, quoted or up to the next punctuation,
    /// names that system for the rest of the article.
    public var nicknameIntros: [String] = []
    /// Words right after a nickname that close it when it stands between a system's name and
    /// them ("die Igla-S, auch Super-Igla genannt"): the capitalised words (or the quotation)
    /// right before one name the system for the rest of the article.
    public var nicknameClosers: [String] = []
    /// Relative pronouns ("which", "que", "qui", "która", "которая", "die"): one right after a
    /// system's name and a comma opens a clause about that system ("unlike the Strela-2,
    /// which reaches 3.6 km,"), whose figures are that system's.
    public var relativePronouns: [String] = []
    /// Words of detecting or tracking ("detects", "lock on to", "detecta", "erfasst",
    /// "обнаруживает"): a distance they govern is how far a sensor sees, not how far the
    /// missile reaches.
    public var detectionWords: [String] = []
    /// Words of a vehicle moving ("drives at", "on roads", "en carretera", "auf der Straße",
    /// "по шоссе"): a speed or distance one governs is how fast or far the carrier travels,
    /// not how fast or far the missile flies.
    public var travelWords: [String] = []
    /// Labels of a fact box's origin line ("Place of origin", "País de origen",
    /// "Herkunftsland"): the country after one and a colon is the system's origin.
    public var originLabels: [String] = []
    /// Verbs of reaching or hitting that do not say in which direction ("reach", "hit targets
    /// at", "alcanza", "atteint", "reicht", "sięga", "бьёт на"): a distance in feet after one
    /// is a height, since feet measure altitude in aviation ("can reach 26,000 feet").
    public var reachVerbs: [String] = []
    /// Verbs of succession written after the successor's name ("the Stinger replaced the
    /// Redeye in 1981", "Le Stinger lui a succédé en 1981"): a year beside one is the
    /// successor's entry into service.
    public var successorsBefore: [String] = []
    /// Verbs of succession written before the successor's name ("it was replaced by the
    /// Stinger from 1981", "remplacé par le Stinger en 1981").
    public var successorsAfter: [String] = []
    /// Words that introduce examples of a category ("shoulder-launched weapons such as the
    /// Stinger", "sistemas portátiles como el Stinger"): the name after one is an instance of
    /// the category, not the object of a comparison.
    public var exampleIntros: [String] = []
    /// Phrases reporting what others say, anonymously or to dispute it ("anyone who says", "кто
    /// пишет"): a claim after one in its sentence is not the article's own, never an alarm.
    public var hearsayPhrases: [String] = []
    /// Phrases that deny what was just said ("that is false", "das stimmt nicht", "это не
    /// так", "to mit", "c'est faux", "no es cierto"): one that opens a sentence denies the
    /// figures of the sentence before it, one that opens a later clause denies the figures
    /// before it in its own sentence ("..., ale to błąd"). A denied figure is never an alarm.
    public var rebuttals: [String] = []
    /// Words that doubt or dismiss a figure ("dismiss", "dispute", "exaggerated",
    /// "übertrieben", "przesada", "преувеличение"): in a clause that follows a figure's own, a
    /// few words into it and with no figure of its own ("..., a figure Western analysts
    /// dismiss"), they deny the figures before it in the sentence, as a rebuttal does.
    public var doubtWords: [String] = []
    /// Predicates that call their subject false ("are false", "is untrue", "sind falsch",
    /// "sont fausses", "son falsas", "są nieprawdziwe", "не соответствуют действительности"):
    /// closing the clause of a figure ("Reports online of a 10 km range are false"), they
    /// deny it.
    public var falsityPredicates: [String] = []
    /// Words of a firing position ("shoulder", "épaule", "Schulter"): a negated
    /// man-portability phrase holding one ("n'est pas tiré à l'épaule") says how the weapon
    /// is not fired, not that it cannot be carried.
    public var firingPositions: [String] = []
    /// Words of ordering, buying, delivering, making or firing ("bestellt", "geliefert",
    /// "zamówił", "wystrzeliła", "pro Monat"): a count in their clause is a transaction, not a
    /// stockpile ("Deutschland hat 500 Stinger bestellt").
    public var transferWords: [String] = []
    /// Words that set two figures side by side ("gegenüber", "dagegen", "wobec"): between
    /// figures of one attribute about two systems, the first system compares with the second.
    public var figureContrasts: [String] = []
    /// Phrases that introduce the missiles a launcher or vehicle carries ("z pociskami",
    /// "uzbrojony w pociski", "bestückt mit"): the name after one is a part, an object, so the
    /// carrier's figures are not credited to the missile ("Zestaw Poprad z pociskami Piorun
    /// ma zasięg 5,5 km").
    public var componentIntros: [String] = []
    /// Words for "the two of them" ("both", "ambos", "les deux", "beide", "oba", "оба"): one
    /// opening a clause that names no system makes each claim of the clause for the two
    /// systems named just before ("Both hit out to about 6 km").
    public var pairWords: [String] = []
    /// Parts of a weapon that are not the whole system nor the missile ("gripstock", "launch
    /// tube", "battery", "sight", "Griffstück", "celownik"): one before a figure in its clause
    /// makes the figure possibly the part's, so it raises no alarm (`ReadingFeature`).
    public var componentNouns: [String] = []
    /// Words of difference or gain ("gained", "difference", "ganó", "übertrifft", "разница"):
    /// one before a figure in its clause makes the figure possibly a difference.
    public var differenceWords: [String] = []
    /// Hedges and conditions ("may", "perhaps", "if", "quizá", "wenn", "если"): one before a
    /// figure in its clause makes the statement a guess, never an alarm.
    public var hedges: [String] = []
    /// Words that introduce what is compared with ("than", "más que", "mehr als", "niż",
    /// "чем"): a system named right after one is the object of a comparison, and a figure of
    /// a later clause tied to it, rather than to the sentence's subject, is a guess
    /// (`ReadingFeature`, ambiguous-clause).
    public var thanWords: [String] = []
    /// Comparatives after a difference ("2 km more than the Starstreak", "medio kilómetro
    /// más que el Igla-S"): with a figure right before and a system named right after, the
    /// sentence's system is greater than that one on the attribute of its own figure.
    public var comparativesGreater: [String] = []
    /// The same for less ("2.5 kg less than the Igla-S", "dos kilos menos que el Igla").
    public var comparativesLess: [String] = []
    /// Multiples ("twice", "three times", "el doble que"): with a system named right after,
    /// the sentence's system is greater than that one on the attribute of its own figure.
    public var multiples: [String] = []
    /// Relatives of a system ("successor", "predecessor", "sucesor", "Nachfolger",
    /// "następca"): a reference followed by one ("its successor") names another system.
    public var kinNouns: [String] = []
    /// Nouns for a version ("version", "versión", "wersja"): a bare number right after one
    /// ("la versión 3") names the variant of a family named before whose designation adds that number.
    public var versionNouns: [String] = []
    /// Adjectives for "new" ("new", "newer", "nowa", "neue", "новая"): a word referring
    /// back right after one ("the new missile") means the newer member of a family the
    /// article named, not the older one named last.
    public var newerWords: [String] = []
    /// Words for "also" ("also", "auch", "également", "także", "также") and for a use the
    /// weapon was turned to ("repurposed", "zweckentfremdet", "détournés", "перепрофилированные"):
    /// a ground target claimed with one ("can also be used against ground targets") is a use
    /// beside the air role, which sources listing the air targets a system engages neither
    /// confirm nor deny.
    public var additiveWords: [String] = []
    /// Phrases for the systems besides those just named ("the other two", "the others", "les
    /// deux autres", "los demás", "die beiden anderen", "pozostałe", "остальные"): a claim
    /// in a clause they open is theirs, not the last-named system's, so its system is a guess.
    public var othersReferences: [String] = []
    /// Adjectives for "old" ("older", "alte", "starsze", "старые", "ancien"): a system named
    /// with one in a sentence is the older of those it names, so a word referring back with
    /// a newer word in the next sentence ("the new version") means another of them.
    public var olderWords: [String] = []
    /// Single-word nouns for the system that came before ("predecessor", "Vorgänger",
    /// "poprzednik", "предшественник"), each also a kin noun: standing for a system as a
    /// clause's subject ("The predecessor reached 4.5 km"), with no name after it, one means
    /// the one of two systems just named that entered service first.
    public var predecessorNouns: [String] = []
    /// The same for the system that came after ("successor", "Nachfolgerin", "następca",
    /// "преемник"): the one of two that entered service last.
    public var successorNouns: [String] = []
    /// The records' ambiguous aliases (`ambiguous_aliases`) that are ordinary words or names in
    /// this language ("Buk", "Osa", "Tor" in Polish: beech, wasp, track; "Tor" in German:
    /// gate): in this language's text such a name stands for the system only with support
    /// from the document (another designation, quotation marks, a hyphenated compound). An
    /// ambiguous alias the pack does not list is read as any name ("Buk" in English or
    /// French text is the missile system).
    public var commonWordNames: [String] = []
    /// Target words that name every kind of air target ("aircraft", "aeronaves", "aéronefs",
    /// "statki powietrzne"): a run made only of them ("engages aircraft out to 7 km") says
    /// what every air-defence weapon does and makes no target claim; beside another target
    /// word ("helicopters and aircraft") it still counts as its kind.
    public var genericTargets: [String] = []
    /// Demonstratives that open a reference ("this", "that", "ese", "dicho"): "that system"
    /// points at the system named last before it, not at the sentence's subject ("Norway,
    /// which retired its Mistrals, relies on NASAMS: that system covers 30 km").
    public var demonstratives: [String] = []
    /// Words that end with a full stop without ending the sentence ("approx.", "U.S.",
    /// "aprox.", "env."), written without their last stop; a single letter always is one.
    public var abbreviations: [String] = []
    /// Abbreviations of the word for year written after one ("r." in "w 1970 r.", "г.",
    /// "р."), without their stop: one right after a four-digit year ends the sentence when
    /// a capital follows and more than two words stand before the year in the sentence
    /// ("weszła do służby w 1970 r. Na wysokość ..."; "W 2019 r. Piorun ..." stays one).
    public var yearAbbreviations: [String] = []
    /// Participles that open a phrase written as an attribute of the name after a year
    /// abbreviation ("Wprowadzony do służby w 1995 r. Grom ...", "a wprowadzony w 1990 r.
    /// RBS 70 Mk 1", "Принятый на вооружение в 1981 г. «Игла-1» ..."): when one opens the
    /// stretch before the year (after the sentence's start, a comma or a coordinator), the
    /// abbreviation ends no sentence.
    public var yearParticiples: [String] = []
    /// Names of military formations ("regiment", "brigade", "pułk", "полк"): a year read
    /// through a verb of succession in a clause naming one may be that formation's
    /// changeover, not the successor's first service (`ReadingFeature.Kind.formationYear`); a number with a
    /// full stop right before one is an ordinal, not a sentence's end ("w 12. Dywizjonie").
    public var formations: [String] = []
    /// Nouns for vehicles ("vehicle", "pojazdu", "машины", "Fahrzeugs"): a crew cue with one
    /// right after it ("obsługę pojazdu stanowi trzech żołnierzy", "расчёт машины составляет три
    /// человека", "the crew of the vehicle") or right before it ("the vehicle's crew") gives
    /// the vehicle's crew, not the crew of the weapon it carries.
    public var vehicleNouns: [String] = []
    /// Nouns of hills and mountains ("hill", "cerro", "Hügel", "colline", "wzgórze", "холм"):
    /// a length right before one or a few words after it ("en el cerro El Volcán, de unos
    /// 1.500 metros de altitud") is the landform's height, not a figure of the weapon.
    public var landforms: [String] = []
    /// Nouns for a country as a place ("country", "país", "pays", "Land", "kraju", "стране"):
    /// one between a service-entry phrase and its year ("en servicio en el país desde 2009",
    /// "in service in the country since 2009") says when the country the article is about
    /// adopted the system, not when the system first entered service.
    public var countryNouns: [String] = []
    /// Endings written after a year with a hyphen that make it a decade (Russian "1980-х",
    /// "1980-е", Ukrainian "1980-ті"): "состоит на вооружении с 1980-х годов" says the
    /// 1980s, and a decade is no year of service entry. Years keep their own endings
    /// ("с 1981-го года"), which are not listed.
    public var decadeSuffixes: [String] = []
    /// Words of degree after a negation ("not quite", "не совсем", "nie do końca", "nicht
    /// ganz"): "The Mistral is not quite a MANPADS" hedges the category, it does not deny it;
    /// the negated claim's value is a guess (`unclear`). Words of extent ("far", "далеко")
    /// right after a negated carrying phrase hedge it too ("not something one soldier carries far").
    public var degreeWords: [String] = []
    /// Verbs of besting a rival ("beats", "outclasses", "bije", "übertrifft", "превосходит"):
    /// a figure tied to the name right after one ("The Piorun beats the Stinger on range,
    /// 6.5 km against 4.8 km") may be the subject's, named before the verb.
    public var rivalVerbs: [String] = []
    /// Words for a weapon's whole engagement zone that the pack also lists as a range cue
    /// ("зона поражения", "Wirkungsbereich"): like a verb of reaching, one names no direction,
    /// so a clause that opens by naming the dimension ("По высоте зона поражения ограничена
    /// 3,5 км") gives its figures that dimension's attribute.
    public var envelopeWords: [String] = []
    /// Words of a body's size ("length", "measures", "mide", "longueur"): a distance right
    /// after one, or right before one written after the figure ("de long"), is not a range.
    public var dimensions: [String] = []
    /// Words that make a statement general rather than about one system ("typically").
    public var generic: [String] = []
    /// Words that negate what follows ("cannot", "not").
    public var negations: [String] = []
    /// Singular nouns an origin adjective may qualify for the system in focus ("missile").
    public var originHeads: [String] = []
    /// Determiners before an origin adjective and its noun ("a", "this").
    public var determiners: [String] = []
    /// The definite article that makes "the shoulder-fired weapon" refer back ("the").
    public var definiteArticles: [String] = []
    /// Words that refer back to the attribute of a figure ("the figure", "that number").
    public var echoes: [String] = []
    /// Words before a figure that make it the low end ("from 500 m", "a partir de").
    public var fromWords: [String] = []
    /// Words before a second figure that make it the high end ("out to 6 km").
    public var toWords: [String] = []
    /// Attribute cues of sentence structure ("covers", "combined weight").
    public var attributeCues: [Attribute: [String]] = [:]
    /// Mass cues that do not say whose mass ("weighs", "weight"): the missile's or the system's.
    public var massWords: [String] = []
    /// Nouns for the missile itself ("missile", "round"), before a mass cue.
    public var missileNouns: [String] = []
    /// Nouns for targets ("target", "targets"): a speed after them is the targets'.
    public var targetNouns: [String] = []
    /// Man-portability phrases that assert ("light enough to carry").
    public var manPortable: [String] = []
    /// Phrases that say a system is *not* man-portable ("too heavy to be carried").
    public var notManPortable: [String] = []
    /// Man-portability phrases that name a category rather than assert ("shoulder-fired"):
    /// they count only next to a name or after a copula.
    public var categoryPhrases: [String] = []
    /// Verbs of operating a weapon: a count of persons near one is a crew ("operated by").
    public var crewVerbs: [String] = []
    /// Verbs of carrying: a count of persons near one is man-portability ("carried by").
    public var carryVerbs: [String] = []
    /// Nouns for persons in a crew ("soldier", "operators").
    public var crewPersons: [String] = []
    /// Words that count one ("a single", "un solo").
    public var singleWords: [String] = []
    /// Copulas ("is", "es").
    public var copulas: [String] = []
    /// Origin phrases of sentence structure ("France's", "from Sweden").
    public var origins: [String: [String]] = [:]
    /// Country names by ISO code ("Poland", "Polonia", "Rosja"): not origins by themselves
    /// ("Poland ordered Pioruns"); only in parentheses right after a name, as lists and
    /// tables write the maker ("Piorun (Poland)").
    public var countryNames: [String: [String]] = [:]
    /// Verbs that may stand between a determiner and an origin word ("designed", "made").
    public var originVerbs: [String] = []
    /// Prefixes that make an origin word not an origin ("post-Soviet").
    public var originPrefixVetoes: [String] = []
    /// Words right after an origin word that make it not an origin ("Russian for 'needle'").
    public var originAfterVetoes: [String] = []
    /// Words right before an origin word that it qualifies instead, where adjectives follow
    /// their noun ("l'armée ukrainienne", "el ejército ucraniano", "l'esercito ucraino"): a
    /// user's forces or officials, not where a weapon comes from.
    public var originBeforeVetoes: [String] = []
    /// Endings of common nouns, where every noun is written with a capital ("-heit", "-ung",
    /// "-schaft" in German): a capitalised word after an article that ends with one is no
    /// name ("Eine Feuereinheit besteht aus ..." has no subject of its own to take figures).
    public var commonNounEndings: [String] = []
    /// Prepositions that make "is ... in" a predicate about a place ("is in service in").
    public var predicatePrepositions: [String] = []
    /// Guidance phrases of sentence structure ("ride a laser beam").
    public var guidance: [GuidanceKind: [String]] = [:]
    /// Target phrases of sentence structure ("unmanned air systems").
    public var targets: [TargetKind: [String]] = [:]
    /// Prefixes that make the target word after them not a target ("anti-aircraft").
    public var antiPrefixes: [String] = []
    /// References of sentence structure ("the latest version").
    public var references: [String] = []
    /// Verbs before a figure that bound it from below ("exceeds", "supera").
    public var moreThan: [String] = []
    /// Words right after a name that make the figure a part's ("a Starstreak dart").
    public var partNouns: [String] = []
    /// Plural nouns for the weapons themselves ("missiles"): a count before one is an inventory.
    public var weaponNouns: [String] = []
    /// Adjectives allowed between an inventory count and the name ("2,000 new Stingers").
    public var countAdjectives: [String] = []
    /// Phrases after which a year is the year of entry into service ("entered service in").
    public var serviceEntryPhrases: [String] = []
    /// Words for the last of the systems just named ("the latter", "estos últimos", "te
    /// ostatnie", "последние"): a reference that means the system named last before it, not
    /// the sentence's subject or the article's topic.
    public var latterWords: [String] = []
    /// Words for the first of the two systems just named ("the former", "Erstere", "ten
    /// pierwszy"): a reference that means the earlier of the last two systems named, not the
    /// one named last.
    public var formerWords: [String] = []
    /// Words of "up to" that bound a maximum when written before the attribute's own noun,
    /// not before the figure ("do" in "do wysokości 2,5 km", "до" in "до высоты 4,5 км",
    /// "bis in" in "bis in eine Höhe von 3800 Metern", "up to" in "up to an altitude of").
    /// Only words that always bound from above: not "to", "a" or "à", which also mean "at".
    public var upperBoundsBeforeNouns: [String] = []
    /// Labels that open a correction notice before a colon ("Correction:", "Fe de errores:",
    /// "Richtigstellung:", "Sprostowanie:", "Поправка:"): the figures of the clause after one
    /// quote the earlier report that the notice corrects.
    public var correctionLabels: [String] = []
    /// Words of approximation written before the attribute's own noun, not before the
    /// figure ("an approximate range of 8 km", "eine ungefähre Reichweite von 8 km",
    /// "szacunkowy zasięg 8 km", "ориентировочная дальность — 8 км"): the figure is
    /// approximate (`about`), as "about 8 km" is.
    public var approximationsBeforeNouns: [String] = []
    /// Prepositions that give a figure to the name right after them ("10.1 kg for the
    /// Stinger", "10,1 kg bei der Stinger", "4,8 km pour un Stinger").
    public var ownerPrepositions: [String] = []
    /// Verbs of launching ("fires", "firing"): a name of a system outside the database right
    /// after one, with a record named before the verb, is that record's munition ("NASAMS
    /// fires AMRAAM missiles out to 30 km"), an object that owns none of its figures.
    public var launchVerbs: [String] = []
    /// Verbs that report a shot taken ("fired", "shot down", "abgefeuert", "odpalono",
    /// "выпустили", "tiré", "disparado"): a distance or height in their clause is where one
    /// engagement happened ("fired from about 2.5 km away"), not a limit of the weapon.
    public var shotVerbs: [String] = []
    /// Words of ability ("can", "capable of", "kann", "peut", "może", "может"): a verb of a
    /// shot after one in its clause says what the weapon can do ("can be fired at targets up
    /// to 8 km away"), not where one engagement happened.
    public var abilityWords: [String] = []
    /// Verbs that say where a unit or weapon stands ("stationed", "positioned", "hid",
    /// "stationiert", "desplegados", "postés", "rozmieszczono", "развёрнуты"): a distance in
    /// their clause is where it was put ("teams positioned some 2 km away"), not its range.
    public var positionVerbs: [String] = []
    /// Words saying a thing happened again ("again", "wieder", "ponownie", "снова",
    /// "de nuevo", "de nouveau"): a service-entry phrase with one ("2023 wieder eingeführt")
    /// says when a user brought the system back, not when it first entered service.
    public var againWords: [String] = []
    /// Words opening a clause of purpose ("um", "чтобы", "aby", "щоб"): a duration before
    /// the comma and a distance in the purpose clause after it ("braucht 6 Sekunden, um ein
    /// Ziel in 3 Kilometern zu erreichen") are a flight time, as without the comma.
    public var purposeWords: [String] = []
    /// Words naming a part of a whole just given ("of which", "davon", "z czego", "из них",
    /// "dont"): a mass opening its clause with one, and a missile noun after it, is the
    /// missile's share ("17.9 kg for the complete set, of which 10.8 kg is the missile").
    public var partitiveWords: [String] = []
    /// Phrases that hold a negation word but deny nothing of what follows ("not only", "not
    /// to be confused with", "nicht nur", "nie tylko", "не только", "non seulement"): the
    /// negation inside one is no negation ("The Stinger is not only man-portable but ...").
    public var negationVetoes: [String] = []
    /// Nouns for guns and cannons ("guns", "Kanonen", "canons", "działka", "пушки"): a figure
    /// after one in its clause is the gun's when the system it would be credited to is a
    /// missile system whose reach its guns do not set (a MANPADS, a SAM or a short-range
    /// missile system), as for `other_owners`.
    public var gunNouns: [String] = []
    /// Plural nouns for crews or teams ("crews", "teams", "equipos", "załogi", "Besatzungen"):
    /// a count right before one counts the crews ("dos equipos de Stinger", "trzy załogi
    /// Pioruna"), not the persons of one.
    public var crewGroups: [String] = []
    /// Words for "such" ("such", "такой", "tal", "tel", "solche", "taki"): a count before one
    /// and a crew noun counts crews ("one such crew shot down seven drones", "один такой расчёт
    /// сбил"), not the persons of one crew.
    public var suchWords: [String] = []
    /// Words of time written after a number ("seconds", "Sekunden", "секунд", "s"): a distance
    /// tied to such a duration is how far the missile flew in it ("needs 10 seconds to cover
    /// 5 km"), not its range.
    public var durationWords: [String] = []
    /// Words for "the first" and "the second" of two ("le premier", "le second"; "первые",
    /// "вторые"): one of each in a sentence, each standing alone, mean the earlier and the
    /// later of the last two systems named ("Le premier pèse 15,2 kg ; le second, 17,9 kg").
    public var firstOfTwo: [String] = []
    public var secondOfTwo: [String] = []
    /// Words for "respectively" ("respectively", "beziehungsweise", "соответственно"): N
    /// attribute cues and N figures of a list pair in order ("range and altitude of 70 km and
    /// 24.4 km, respectively"); when the counts differ, none of the figures is read.
    public var respectively: [String] = []
    /// Nouns of things other than a system or its missile that own the attribute cue a few
    /// words before them ("the range of the rockets fired", "Zasięg ... ataków"): the figure
    /// of that cue is theirs.
    public var cueOwners: [String] = []
    /// Modal frames of a value that may fall below a figure ("can be", "liegen kann",
    /// "puede ser"): a figure bounded from above beside one is no maximum.
    public var reducedFrames: [String] = []
    /// Targets of one narrow kind the database records no attribute for ("ballistic targets",
    /// "pociski balistyczne", "баллистические цели"): a range or height written after one,
    /// in its sentence with no other target or system between, may be the range against that
    /// kind only (issue 8).
    public var narrowTargets: [String] = []
    /// Phrases naming one aspect of an engagement ("head-on", "in pursuit", "на встречных
    /// курсах", "на догонных курсах"): a range or height said for that aspect is not the
    /// weapon's limit (issue 8).
    public var engagementAspects: [String] = []
    /// Words that make a height a place's elevation ("above sea level", "über dem
    /// Meeresspiegel", "над уровнем моря", "n.p.m.", "located at an altitude of"): within
    /// three words of the figure, in its clause, the figure is no weapon's ceiling.
    public var elevationWords: [String] = []
    /// Words for the speed of sound ("speed of sound", "Schallgeschwindigkeit", "prędkość
    /// dźwięku", "скорость звука"): a little after "Mach 1" they define the unit ("Mach 1
    /// entspricht der Schallgeschwindigkeit"), and the figure is no weapon's speed.
    public var soundSpeedWords: [String] = []
    /// Verbs and nouns of a figure's change ("increased", "grew", "wzrósł", "выросла",
    /// "steigerte", "augmenté"): with a from-word of `changeFrom` right before a figure and a
    /// to-word of `changeTo` before the next one ("wzrósł z 5,5 km do 6,5 km"), the first figure
    /// is the value before the change (an older version's), never the system's figure now.
    public var changeWords: [String] = []
    /// The from-words of a change ("from", "von", "z", "с", "de").
    public var changeFrom: [String] = []
    /// The to-words of a change ("to", "auf", "do", "до", "à").
    public var changeTo: [String] = []
    /// Phrases after a figure saying it lies beyond what the system reaches ("out of reach",
    /// "außer Reichweite", "вне досягаемости", "poza zasięgiem", "hors de portée", "fuera del
    /// alcance"): "targets at 12 km are out of reach for the Stinger" states no figure of it.
    public var outOfReach: [String] = []
    /// The by-words of a change's size ("by", "um", "на", "o"): a figure right after one, with
    /// a word of `changeWords` near ("increased by 800 m", "um 800 m erhöht"), is the size of
    /// the change, not a value.
    public var changeBy: [String] = []
    /// Prepositions that open a phrase describing the noun before them ("with", "mit", "con",
    /// "avec", "z", "с"): a figure in such a phrase right after a name ("Iskander missiles with
    /// a range of 500 km") is that name's, even when the name is the object of a contrast.
    public var withWords: [String] = []
    /// Nouns of institutions, bodies and the offices that speak for them, as a sentence's
    /// subject writes them, often capitalised ("the Government", "el Ejército", "die
    /// Bundeswehr", "le Ministère", "the President"): a
    /// sentence opening with one speaks of no weapon the database lacks, so the next
    /// sentence's "the missile" still means the article's system.
    public var institutions: [String] = []
    /// Phrases that open a sentence bringing in something to compare with ("for comparison",
    /// "zum Vergleich", "для сравнения", "en comparación"): in a sentence that names no system,
    /// the figure after one is more often the compared thing's (an airliner's speed, a rifle's
    /// range) than the article's system's.
    public var comparisonOpeners: [String] = []
    /// Comparatives of one or two words right after a figure that make it a difference ("300
    /// Meter weiter", "2 km farther", "2 km dalej", "1 kg more than", "1 kg de plus"): not a
    /// value.
    public var differenceAfter: [String] = []
    /// Words for "or" ("or", "lub", "oder"): names joined by one share the role of the
    /// first ("carries four Grom or Piorun missiles": both are the vehicle's load).
    public var alternatives: [String] = []
    /// Openers of a free relative that describes targets ("anything that", "alles, was",
    /// "tout ce qui"): a figure in one is a condition on the targets, not a limit of the weapon.
    public var freeRelatives: [String] = []
    /// Phrases naming the source of a statement ("according to", "по данным", "selon"): a
    /// name right after one is who says it, not a system the figure may be for.
    public var attributions: [String] = []
    /// Labels of a version designation written after a name ("Block", "Batch", "Increment"):
    /// "Aster 30 Block 1 NT" is a version the database does not list unless a record names it.
    public var versionLabels: [String] = []
    /// Words saying a named system was changed into a version of its own ("modernised",
    /// "upgraded", "kampfwertgesteigerte", "модернизированный"), right before or after the
    /// name: "a modernised Pantsir reaches 40 km" is about a version the record may not hold.
    public var upgradeWords: [String] = []
    /// Words opening a phrase of time before an event ("Before", "Avant", "Antes de", "Bevor",
    /// "Zanim", "До появления"): a system named in such a phrase at the start of a sentence,
    /// before its first comma, is no subject of the clause after it.
    public var beforeWords: [String] = []
    /// Nouns for a family of systems ("family", "Familie", "famille", "семейства", "rodziny"):
    /// a name in such a phrase right after another name of the same family ("the Bolide
    /// missile of the RBS 70 family, which ...") names the family, and a relative clause after
    /// it describes the first name.
    public var familyNouns: [String] = []
    /// Words of a plan or an obligation before a service-entry phrase ("is due to", "soll",
    /// "doit", "debe", "должен", "ma"): a year they govern, later than every recorded year,
    /// dates a later delivery or a new user, not the system's first service.
    public var planWords: [String] = []

    /// Creates an empty set of structure words.
    public init() {}

    /// Every list, by its key in the pack (the loader reads and validates these keys).
    /// Key paths are immutable values; the array is never written.
    nonisolated(unsafe) static let listKeys: [(key: String, path: WritableKeyPath<StructureWords, [String]>)] = [
        ("target_verbs", \.targetVerbs), ("weak_target_verbs", \.weakTargetVerbs),
        ("preposition_governors", \.prepositionGovernors), ("target_governors_after", \.targetGovernorsAfter),
        ("clause_breaks", \.clauseBreaks), ("contrasts", \.contrasts), ("coordinators", \.coordinators),
        ("places", \.places), ("other_owners", \.otherOwners), ("generic", \.generic), ("negations", \.negations),
        ("origin_heads", \.originHeads), ("determiners", \.determiners), ("definite_articles", \.definiteArticles),
        ("echoes", \.echoes), ("from_words", \.fromWords), ("to_words", \.toWords), ("mass_words", \.massWords),
        ("missile_nouns", \.missileNouns), ("target_nouns", \.targetNouns), ("man_portable", \.manPortable),
        ("not_man_portable", \.notManPortable), ("category_phrases", \.categoryPhrases), ("crew_verbs", \.crewVerbs),
        ("carry_verbs", \.carryVerbs), ("crew_persons", \.crewPersons), ("single_words", \.singleWords),
        ("copulas", \.copulas), ("origin_verbs", \.originVerbs), ("origin_prefix_vetoes", \.originPrefixVetoes),
        ("origin_after_vetoes", \.originAfterVetoes), ("origin_before_vetoes", \.originBeforeVetoes), ("common_noun_endings", \.commonNounEndings), ("predicate_prepositions", \.predicatePrepositions),
        ("anti_prefixes", \.antiPrefixes), ("references", \.references), ("more_than", \.moreThan),
        ("part_nouns", \.partNouns), ("weapon_nouns", \.weaponNouns), ("count_adjectives", \.countAdjectives),
        ("service_entry_phrases", \.serviceEntryPhrases), ("dimensions", \.dimensions),
        ("abbreviations", \.abbreviations), ("year_abbreviations", \.yearAbbreviations), ("year_participles", \.yearParticiples), ("formations", \.formations), ("vehicle_nouns", \.vehicleNouns), ("landforms", \.landforms), ("country_nouns", \.countryNouns), ("decade_suffixes", \.decadeSuffixes), ("degree_words", \.degreeWords), ("rival_verbs", \.rivalVerbs), ("envelope_words", \.envelopeWords), ("nickname_intros", \.nicknameIntros),
        ("owner_prepositions", \.ownerPrepositions), ("latter_words", \.latterWords), ("former_words", \.formerWords),
        ("nickname_closers", \.nicknameClosers), ("relative_pronouns", \.relativePronouns),
        ("detection_words", \.detectionWords), ("travel_words", \.travelWords), ("origin_labels", \.originLabels), ("reach_verbs", \.reachVerbs),
        ("successors_before", \.successorsBefore), ("successors_after", \.successorsAfter),
        ("example_intros", \.exampleIntros),
        ("hearsay_phrases", \.hearsayPhrases), ("rebuttals", \.rebuttals), ("doubt_words", \.doubtWords), ("falsity_predicates", \.falsityPredicates), ("firing_positions", \.firingPositions),
        ("transfer_words", \.transferWords), ("figure_contrasts", \.figureContrasts),
        ("component_intros", \.componentIntros), ("launch_verbs", \.launchVerbs), ("shot_verbs", \.shotVerbs), ("ability_words", \.abilityWords), ("position_verbs", \.positionVerbs), ("again_words", \.againWords), ("purpose_words", \.purposeWords), ("partitive_words", \.partitiveWords), ("negation_vetoes", \.negationVetoes), ("gun_nouns", \.gunNouns), ("crew_groups", \.crewGroups), ("such_words", \.suchWords), ("duration_words", \.durationWords), ("first_of_two", \.firstOfTwo), ("second_of_two", \.secondOfTwo),
        ("pair_words", \.pairWords), ("component_nouns", \.componentNouns),
        ("difference_words", \.differenceWords), ("hedges", \.hedges), ("than_words", \.thanWords), ("kin_nouns", \.kinNouns), ("version_nouns", \.versionNouns), ("newer_words", \.newerWords), ("additive_words", \.additiveWords), ("others_references", \.othersReferences), ("older_words", \.olderWords), ("predecessor_nouns", \.predecessorNouns), ("successor_nouns", \.successorNouns), ("common_word_names", \.commonWordNames), ("generic_targets", \.genericTargets),
        ("demonstratives", \.demonstratives), ("upper_bounds_before_nouns", \.upperBoundsBeforeNouns), ("correction_labels", \.correctionLabels), ("approximations_before_nouns", \.approximationsBeforeNouns),
        ("comparatives_greater", \.comparativesGreater), ("comparatives_less", \.comparativesLess), ("multiples", \.multiples),
        ("respectively", \.respectively), ("cue_owners", \.cueOwners), ("reduced_frames", \.reducedFrames), ("narrow_targets", \.narrowTargets), ("engagement_aspects", \.engagementAspects), ("elevation_words", \.elevationWords), ("sound_speed_words", \.soundSpeedWords), ("change_words", \.changeWords), ("change_from", \.changeFrom), ("change_to", \.changeTo), ("out_of_reach", \.outOfReach), ("change_by", \.changeBy), ("with_words", \.withWords), ("institutions", \.institutions), ("comparison_openers", \.comparisonOpeners), ("difference_after", \.differenceAfter), ("alternatives", \.alternatives), ("free_relatives", \.freeRelatives), ("attributions", \.attributions), ("version_labels", \.versionLabels), ("upgrade_words", \.upgradeWords), ("before_words", \.beforeWords), ("family_nouns", \.familyNouns), ("plan_words", \.planWords),
    ]

    /// The abbreviations as the sentence splitter compares them: lowercased, without a last stop.
    public var sentenceAbbreviations: Set<String> {
        Set(abbreviations.map { word in
            var lower = Substring(word.lowercased())
            while lower.count > 1, lower.last == "." { lower = lower.dropLast() }
            return String(lower)
        })
    }

    /// The keys that hold tables rather than lists.
    static let tableKeys = ["attribute_cues", "origins", "guidance", "targets", "country_names"]

    /// The union of two sets of structure words (lists concatenated without repeats).
    func merged(with other: StructureWords) -> StructureWords {
        var result = self
        for (_, path) in Self.listKeys { result[keyPath: path] = Self.unique(self[keyPath: path] + other[keyPath: path]) }
        for (key, value) in other.attributeCues { result.attributeCues[key] = Self.unique((result.attributeCues[key] ?? []) + value) }
        for (key, value) in other.origins { result.origins[key] = Self.unique((result.origins[key] ?? []) + value) }
        for (key, value) in other.countryNames { result.countryNames[key] = Self.unique((result.countryNames[key] ?? []) + value) }
        for (key, value) in other.guidance { result.guidance[key] = Self.unique((result.guidance[key] ?? []) + value) }
        for (key, value) in other.targets { result.targets[key] = Self.unique((result.targets[key] ?? []) + value) }
        return result
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}

/// What language detection reads in a pack (`detection:` in `pack.yaml`): the language's
/// most frequent short words, and letters that only it (among the packs) uses.
public struct DetectionWords: Sendable, Hashable, Codable {
    /// Frequent function words ("the", "of", "and"); a document's words are counted against them.
    public var stopwords: [String] = []
    /// Letters typical of the language ("ñ", "ł", "ß", "ы"); each occurrence adds weight.
    public var letters: [String] = []
    /// Letters of the language's script that the language itself never writes (Russian:
    /// "і", "ї", "є", "ґ", which Ukrainian and Belarusian use): a text where they are
    /// frequent is in another language, even if it shares many stopwords.
    public var foreignLetters: [String] = []

    /// Creates detection words.
    public init(stopwords: [String] = [], letters: [String] = [], foreignLetters: [String] = []) {
        self.stopwords = stopwords
        self.letters = letters
        self.foreignLetters = foreignLetters
    }
}
