/// Phrases the extractor needs beyond what the lexicons hold: structure words (clause
/// breaks, negations, places), owners of figures other than catalog systems, verbs that
/// tell crews from carriers, and cue phrases the lexicons do not list yet. Kept here, per
/// language, so the lexicon files stay the text layer's; a phrase that proves general
/// belongs in `Lexicons/*.yaml`.
struct ExtractionHints: Sendable {
    /// Verbs and prepositions that make target words after them a target claim ("take down").
    var targetVerbs: [String] = []
    /// Verbs whose objects are targets but that make no target claim ("hit", "strike").
    var weakTargetVerbs: [String] = []
    /// Target verbs that are prepositions: their objects are not the system's own
    /// ("against a helicopter popping up at 300 m").
    var prepositionGovernors: [String] = []
    /// Words after a run of target words that make it a target claim ("among its targets").
    var targetGovernorsAfter: [String] = []
    /// Words that start a clause about something else ("while", "whereas", "unlike").
    var clauseBreaks: [String] = []
    /// Phrases after a distance that make it a place ("from", "south of").
    var places: [String] = []
    /// Owners of figures that are not catalog systems ("airliner", "launch post").
    var otherOwners: [String] = []
    /// Words that make a statement general rather than about one system ("typically").
    var generic: [String] = []
    /// Words that negate what follows ("cannot", "not").
    var negations: [String] = []
    /// Singular nouns an origin adjective may qualify for the system in focus ("missile").
    var originHeads: [String] = []
    /// Determiners before an origin adjective and its noun ("a", "this").
    var determiners: [String] = []
    /// Words that refer back to the attribute of a figure ("the figure", "that number").
    var echoes: [String] = []
    /// Words before a figure that make it the low end ("from 500 m", "a partir de 10 metros").
    var fromWords: [String] = []
    /// Words before a second figure that make it the high end ("out to 6 km").
    var toWords: [String] = []
    /// Attribute cues missing from the lexicons ("covers", "combined weight").
    var attributeCues: [Attribute: [String]] = [:]
    /// Man-portability phrases missing from the lexicons ("light enough").
    var manPortable: [String] = []
    /// Phrases that say a system is *not* man-portable ("too heavy to be carried").
    var notManPortable: [String] = []
    /// Man-portability phrases that name a category rather than assert ("shoulder-fired"):
    /// they count only next to a name or after "is".
    var categoryPhrases: [String] = []
    /// Verbs of operating a weapon: a count of persons near one is a crew ("operated by").
    var crewVerbs: [String] = []
    /// Verbs of carrying: a count of persons near one is man-portability ("carried by").
    var carryVerbs: [String] = []
    /// Nouns for persons in a crew ("soldier", "operators").
    var crewPersons: [String] = []
    /// "a single", "un solo": words that count one.
    var singleWords: [String] = []
    /// Copulas ("is", "es") for "the Stinger is shoulder-fired".
    var copulas: [String] = []
    /// Origin phrases missing from the lexicons ("France's", "from Sweden").
    var origins: [String: [String]] = [:]
    /// Guidance phrases missing from the lexicons ("ride a laser beam").
    var guidance: [GuidanceKind: [String]] = [:]
    /// Target phrases missing from the lexicons ("unmanned air systems").
    var targets: [TargetKind: [String]] = [:]
    /// References missing from the lexicons ("the latest version").
    var references: [String] = []
    /// Verbs before a figure that bound it from below ("exceeds", "supera").
    var moreThanWords: [String] = []
    /// Words right after a name that make the figure a part's ("a Starstreak dart").
    var partNouns: [String] = []

    /// The hints for a lexicon language (empty for unknown languages).
    static func hints(for language: String) -> ExtractionHints {
        switch language {
        case "en": english
        case "es": spanish
        default: ExtractionHints()
        }
    }

    static let english = ExtractionHints(
        targetVerbs: [
            "take down", "takes down", "taking down", "bring down", "brings down", "bringing down",
            "shoot down", "shoots down", "shooting down", "engage", "engages", "engaging", "intercept", "intercepts",
            "intercepting", "destroy", "destroys", "against", "designed for", "designed to counter", "designed with",
            "meant for", "built for", "intended for", "track", "tracks", "counter", "defend against", "protect against",
            "neutralize", "neutralise", "kill", "kills", "to down", "able to down", "go after", "goes after",
            "deal with", "deals with", "lock on to", "locks on to", "target list covers", "target list includes",
        ],
        weakTargetVerbs: ["hit", "hits", "strike", "strikes", "reach", "reaches", "hunt", "chase", "chases", "fired at", "aimed at"],
        prepositionGovernors: ["against", "designed for", "meant for", "built for", "intended for", "defend against", "protect against"],
        targetGovernorsAfter: ["targets", "killer", "killers", "in mind"],
        clauseBreaks: [
            "while", "whereas", "but", "however", "unlike", "compared with", "compared to", "although",
            "though", "meanwhile", "yet",
        ],
        places: [
            "from", "away from", "north of", "south of", "east of", "west of", "northeast of", "northwest of",
            "southeast of", "southwest of", "off the coast", "offshore", "inland", "long", "wide", "across",
        ],
        otherOwners: [
            "airliner", "airliners", "passenger jet", "passenger jets", "passenger plane", "passenger planes",
            "passenger aircraft", "commercial aircraft", "civilian aircraft", "commercial flights", "launch post",
            "firing post", "Boeing", "Airbus", "frontier", "border", "coastline", "strait",
            "the same missile", "light aircraft",
        ],
        generic: [
            "typically", "typical", "generally", "in general", "as a rule", "a MANPADS", "most MANPADS", "such weapons",
            "a short-range missile", "any missile", "a missile",
        ],
        negations: ["not", "cannot", "can't", "never", "unable to", "rather than", "instead of", "no", "isn't", "aren't", "wasn't"],
        originHeads: ["missile", "system", "weapon", "design", "launcher", "missile system"],
        determiners: ["a", "an", "the", "this", "that", "its", "their", "first"],
        echoes: ["figure", "the figure", "that figure", "number", "that number", "the number", "figures"],
        fromWords: ["from", "as low as", "as close as", "starting at"],
        toWords: ["to", "out to", "up to", "and"],
        attributeCues: [
            .maxRange: ["covers", "covering", "cover", "reaching", "reached", "reachable"],
            .minRange: ["closer than", "no closer than", "targets from", "engages targets from", "engage targets from"],
            .minAltitude: ["go down to", "goes down to", "down to"],
            .maxSpeed: ["flying at", "flies at", "travels at", "reaching", "reaches", "reach", "speed of"],
            .maxAltitude: ["higher than", "flying higher than", "fly higher than", "in altitude", "tops out at", "flying", "fly", "above the ground"],
            .systemMass: [
                "combined weight", "launcher and missile", "on its stand", "on its tripod", "whole weapon",
                "complete weapon", "with its launch tube", "the whole launcher", "whole launcher", "with its gripstock",
                "with the gripstock",
            ],
            .missileMass: ["kilogram missile", "kg missile", "weighed", "weighing", "heavier", "lighter", "missile of"],
            .crew: ["team", "teams", "crewed by", "soldier can fire", "soldiers can fire", "person team", "soldier team"],
        ],
        manPortable: [
            "light enough", "one person to carry", "one person can carry", "carried by one person",
            "a single soldier can carry", "one soldier can carry", "carry and fire", "carried and fired",
            "meant to be carried", "to be carried by", "by a single infantryman", "single infantryman",
        ],
        notManPortable: ["too heavy to be carried", "too heavy to carry", "not man-portable"],
        categoryPhrases: [
            "shoulder-fired", "shoulder-launched", "shoulder-mounted", "man-portable", "manportable", "portable",
            "handheld", "hand-held", "MANPADS", "MANPAD",
        ],
        crewVerbs: [
            "operated", "operate", "operates", "operating", "manned", "crewed", "can fire", "fire", "fires",
            "requires", "require", "needs", "need", "needed", "served", "assigns", "assigned",
        ],
        carryVerbs: ["carried", "carry", "carries", "carrying", "transported", "hauled", "lugged"],
        crewPersons: ["soldier", "soldiers", "operator", "operators", "person", "persons", "people", "men", "gunner", "gunners", "troops", "infantryman"],
        singleWords: ["a single", "single", "one"],
        copulas: ["is", "are", "was", "were"],
        origins: [
            "US": ["America's", "the United States", "from the United States", "made in the United States", "built in the United States", "American-designed"],
            "FR": ["France's", "from France"], "CN": ["China's", "from China"], "PL": ["Poland's", "from Poland"],
            "GB": ["Britain's", "from Britain"], "SE": ["Sweden's", "from Sweden"], "JP": ["Japan's", "from Japan"],
            "PK": ["Pakistan's", "from Pakistan"], "KR": ["South Korea's", "from South Korea"],
            "SU": ["Soviet Union's", "designed in the Soviet Union", "made in the Soviet Union", "built in the Soviet Union"],
            "RU": ["from Russia"],
        ],
        guidance: [
            .laserBeamRiding: ["ride a laser beam", "rides a laser beam", "riding a laser beam", "guided by a laser beam", "guided by a laser", "ride a laser"],
            .passiveIR: ["home on heat", "homes on heat", "home in on heat", "homes in on heat", "cooled seeker", "nitrogen-cooled", "cooled infrared"],
        ],
        targets: [.uav: ["unmanned air systems", "unmanned aerial systems", "unmanned systems"]],
        references: ["the latest version", "the newer version", "the latest model", "the new model", "the newer model"],
        moreThanWords: ["exceeds", "exceed"],
        partNouns: ["dart", "darts"])

    static let spanish = ExtractionHints(
        targetVerbs: [
            "derribar", "derriba", "derriban", "abatir", "interceptar", "intercepta", "destruir", "contra",
            "neutralizar", "batir", "diseñado para", "pensado para", "pensada para", "concebido para", "eficaz contra",
            "frente a", "hacer frente a",
        ],
        weakTargetVerbs: ["atacar", "ataca", "alcanzar", "impactar"],
        prepositionGovernors: ["contra", "frente a", "diseñado para", "pensado para", "pensada para", "concebido para", "eficaz contra"],
        targetGovernorsAfter: ["blancos", "objetivos"],
        clauseBreaks: ["mientras", "mientras que", "pero", "en cambio", "a diferencia de", "sin embargo", "aunque"],
        places: ["al norte de", "al sur de", "al este de", "al oeste de", "de la frontera", "de la costa", "de largo"],
        otherOwners: [
            "avión comercial", "aviones comerciales", "avión de pasajeros", "aviones de pasajeros", "aerolínea", "Boeing",
            "Airbus", "dardo", "dardos", "un mismo misil", "avionetas", "avioneta", "fronteras",
        ],
        generic: ["un MANPADS", "como regla general", "por lo general", "en general", "suelen", "típicamente", "un misil de corto alcance"],
        negations: ["no", "nunca", "en lugar de"],
        originHeads: ["misil", "sistema", "arma", "diseño", "lanzador"],
        determiners: ["el", "la", "un", "una", "este", "esta", "su"],
        echoes: ["cifra", "la cifra", "esa cifra", "cifras"],
        fromWords: ["desde", "desde apenas", "a partir de"],
        toWords: ["a", "hasta", "y"],
        attributeCues: [
            .maxRange: ["cubre", "alcanzando", "alcanzan"],
            .maxAltitude: ["sobre el suelo"],
            .maxSpeed: ["vuela a", "alcanza", "alcanzando", "a una velocidad de"],
            .systemMass: ["peso combinado", "el conjunto", "conjunto"],
            .missileMass: ["misil de", "pesaba"],
            .crew: ["equipo de", "equipos de"],
        ],
        manPortable: [
            "lo bastante ligero", "lo bastante ligera", "suficientemente ligero", "suficientemente ligera",
            "lo transporta un único soldado", "transporta un único soldado", "puede llevarlo", "un solo combatiente",
            "se dispara desde el hombro", "desde el hombro",
        ],
        notManPortable: ["demasiado pesado para", "demasiado pesada para"],
        categoryPhrases: ["portátil", "portátiles", "portable", "portables", "MANPADS", "de hombro"],
        crewVerbs: [
            "maneja", "manejan", "manejado", "opera", "operan", "operado", "sirven", "sirve", "hacen falta",
            "se necesitan", "requiere", "requieren", "necesita",
        ],
        carryVerbs: ["transporta", "transportado", "llevar", "llevarlo", "lleva", "cargar"],
        crewPersons: ["soldado", "soldados", "operador", "operadores", "militares", "militar", "hombres", "combatiente", "combatientes", "personas"],
        singleWords: ["un solo", "un único", "una sola", "un"],
        copulas: ["es", "son", "era", "está"],
        origins: [
            "SU": ["de origen soviético", "diseñado en la Unión Soviética", "fabricado en la Unión Soviética"],
            "RU": ["de origen ruso"], "US": ["de origen estadounidense"], "SE": ["de origen sueco"],
            "FR": ["de origen francés", "de Francia"], "CN": ["de origen chino", "de China"], "PL": ["de origen polaco"],
            "GB": ["de origen británico"],
        ],
        guidance: [
            .laserBeamRiding: ["guiados por láser", "guiada por láser", "guiadas por láser"],
            .passiveIR: ["se guía por el calor", "guía por el calor"],
        ],
        references: ["la última versión", "la nueva versión", "el nuevo modelo"],
        moreThanWords: ["supera", "superan", "rebasa"],
        partNouns: ["dardo", "dardos"])
}
