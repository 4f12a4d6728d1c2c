import Foundation

/// What carries from one sentence to the next.
struct DocumentState {
    /// The subject of the latest sentence naming a system (index into `Catalog.systems`), for pronouns.
    var focus: (system: Int, words: String)?
    /// How much each system has been named, decaying by sentence: the topic.
    var salience = Salience()
    /// How each system was last written.
    var spelling: [Int: String] = [:]
    /// The latest figures claimed (attribute, SI value), for "the figure": at most `rememberedFigures`, so a long document's state stays small.
    var figures: [(attribute: Attribute, value: Double)] = []
    static let rememberedFigures = 32
    /// Nicknames the article gave systems ("the Igla-S, nicknamed 'Super Igla'"): at most `maximumNicknames`.
    var nicknames: [Nickname] = []
    static let maximumNicknames = 64
    /// The version marks of the families named so far ("Mk II" once the RBS 70 is named).
    var versionMarks: [VersionMark] = []
    /// Cues of the previous sentence that had no figure of their dimension.
    var pendingCues: [QuantityDimension: Attribute] = [:]
    /// The attributes the columns of the current table's header name, by cell.
    var tableColumns: [Attribute?] = []
    /// The subject of the latest sentence naming a system, when it is a system the database
    /// does not hold: pronouns and "the missile" then refer to it, not to a record.
    var outsideFocus: UnknownSystem?
    /// A listed system outside the database that the latest sentence named after a record it
    /// named ("A Patriot battery intercepted a Kinzhal"): a pronoun in the next sentence ("It
    /// flies at Mach 10") may mean either. So may an unknown version of a record's family that
    /// was its subject ("The Buk-M3 is a modernised Buk-M2. It has a range of 70 km").
    var outsideAfterRecord: String?
    /// What the listed system in `outsideAfterRecord` is (its `what`, lowercased), when the
    /// sentence named it only to say what a vehicle or hull is ("on a Leopard 1 hull"): a
    /// word referring back then means it only when it names that kind ("the tank").
    var outsideQualifierKind: String?
    /// The unknown version that set `outsideAfterRecord` as a subject: kept past sentences
    /// that name nothing ("Il équipe l'armée depuis 2016."), for the pronoun after them.
    var versionSubject: String?
    /// The distinct systems named in the latest sentence that named any, in order, and in
    /// the one before it: what "both" means in the next one.
    var lastNamed: [Int] = []
    var earlierNamed: [Int] = []
    /// The system of the last mention, named or referred to, of the previous sentence, when
    /// a word referring back comes after the last name there ("..., der deutsche Flakpanzer
    /// kam erst 1976 zur Truppe. Dessen Besatzung ..."): what a demonstrative means next.
    var lastReferredAfterName: Int?
    /// The distinct systems named as subjects (not objects, not appositions) in the latest
    /// sentence that named any: "Die alte Mistral kam auf 6 km, die Mistral 3 schafft 8 km".
    var lastSubjects: [Int] = []
    /// The systems the latest sentence naming any named with a word for "old" ("the older Mistral").
    var lastOlder: [Int] = []
    /// The systems the latest sentence naming two or more named only in the possessive, as the
    /// owner of another noun ("answered the Redeye's limitations with the Strela-3").
    var lastPossessiveOnly: [Int] = []
    /// The systems the latest sentence naming two or more named as what a verb of succession
    /// replaces ("the S-350E, designed to replace the S-300PS").
    var lastReplaced: [Int] = []
    /// The systems the latest sentence naming two or more named only after a kin noun ("Le
    /// FIM-43 Redeye, ancêtre du Stinger, ..."): a demonstrative in the next sentence ("ce
    /// missile") means the other one, not the relative.
    var lastKinObjects: [Int] = []
    /// Whether the previous sentence named no system and opened with a word referring back
    /// that fits several of the systems named before it ("... un régiment de S-400, appuyé par
    /// un bataillon de Pantsir-S. Le système russe emporte ..."): the topic after it is a guess.
    var vagueOpening = false
    /// The pair a sentence opening with a word for "the first" resolved against ("El primero,
    /// ..., alcanza en su versión Mk 2 unos 7 km. El segundo ..."): what "the second" opening a
    /// later sentence means, though the sentence between named a variant.
    var openedPair: [Int] = []
    /// The subject of the previous sentence when it named no system and opened with a name we do not know ("Die Milan wiegt 28 kg"), or set one off after a class noun ("its own air defence system, Project Kusha,"): a pronoun or "this system" in the next sentence may mean it.
    var foreignSubject: String?
    /// Whether the previous sentence named no system and opened with a class noun ("MANPADS are ..."): see `classOwns`.
    var classSubject = false
    /// The clause-break word ("mientras que", "while") after which the latest sentence naming
    /// a system named them all, its first clause naming none: that sentence's subject was
    /// no system it named.
    var namedAfterBreak: String?
    /// The systems the previous sentence named when it was a heading (a line ending in no
    /// punctuation, a headline above its story): a figure of the next sentence tied to one of
    /// them only as the topic stands under the heading, not beside its name. Empty otherwise.
    var headingNamed: [Int] = []
    /// The latest sentence start whose line start was looked up, and that line start: the
    /// next sentence scans back only to here, so a document that is one long line costs one
    /// pass, not a scan to the line's start for every sentence.
    var lineStartProbe = (position: 0, lineStart: 0)
    /// The first line break at or after some sentence end (the text's length when none):
    /// sentences ending before it share it.
    var nextLineBreak = -1

    /// Notes a figure claimed, forgetting the oldest beyond `rememberedFigures`.
    mutating func remember(_ attribute: Attribute, _ value: Double) {
        if figures.count >= Self.rememberedFigures { figures.removeFirst(figures.count - Self.rememberedFigures + 1) }
        figures.append((attribute, value))
    }

    /// The system named most, and most recently: what "the missile" means.
    var topic: (system: Int, words: String)? {
        guard let best = salience.top, best.weight > 0.05 else { return focus }
        return (best.system, spelling[best.system] ?? "")
    }
}

/// How much each system has been named, as parallel lists: an article names a few systems,
/// and every weight decays at every sentence, so a pass over a few numbers beats hashing
/// each key of a dictionary.
struct Salience {
    /// The systems named so far, in the order first named.
    private(set) var systems: [Int] = []
    /// Their weights, parallel to `systems`.
    private(set) var weights: [Double] = []

    /// Multiplies every weight by `factor`.
    mutating func decay(by factor: Double) {
        for index in weights.indices { weights[index] *= factor }
    }

    /// Adds `weight` to `system`'s.
    mutating func add(_ weight: Double, to system: Int) {
        if let index = systems.firstIndex(of: system) {
            weights[index] += weight
        } else {
            systems.append(system)
            weights.append(weight)
        }
    }

    /// The system with the highest weight (of equal weights, the lowest index), or nil
    /// when none is named yet.
    var top: (system: Int, weight: Double)? {
        var best: (system: Int, weight: Double)?
        for (system, weight) in zip(systems, weights) {
            guard let kept = best else {
                best = (system, weight)
                continue
            }
            if weight > kept.weight || (weight == kept.weight && system < kept.system) { best = (system, weight) }
        }
        return best
    }
}

