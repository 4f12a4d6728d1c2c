/// How a claim's system, attribute and value were established: the rule of issue 8 made
/// explicit. A `conflict` or `disputed` verdict is given only when all three are
/// established; a claim carrying a `Doubt` is judged, but its alarm becomes `unclear`,
/// naming what is uncertain (see `ClaimGrounding.apply(to:)`).
public struct ClaimGrounding: Hashable, Sendable {
    /// How the system was tied to the figure.
    public enum SystemBasis: String, Hashable, Sendable {
        /// Named in the claim's own clause ("The Stinger reaches 8 km").
        case namedInClause
        /// Named right before the relative clause holding the claim ("the Strela-2, which reaches 3.6 km").
        case relativeClause
        /// Named right before the apposition holding the claim ("London offered Starstreak, a
        /// weapon with a range of 7 km").
        case apposition
        /// Named in an earlier clause of the sentence.
        case namedInSentence
        /// Named later in the sentence, after the claim's clause.
        case namedLater
        /// Referred back to by a pronoun or a noun ("it", "the missile").
        case referredBack
        /// No system in the sentence: the article's topic so far.
        case topic

        /// How `--explain` words it.
        public var phrase: String {
            switch self {
            case .namedInClause: "named in the claim's clause"
            case .relativeClause: "named right before the relative clause holding the claim"
            case .apposition: "named right before the apposition holding the claim"
            case .namedInSentence: "named earlier in the sentence"
            case .namedLater: "named later in the sentence"
            case .referredBack: "referred back to by a pronoun or noun"
            case .topic: "the article's topic (no system in the sentence)"
            }
        }
    }

    /// How the attribute was chosen.
    public enum AttributeBasis: String, Hashable, Sendable {
        /// A cue word of the attribute bound to the figure ("range", "weighs", "altitude").
        case cue
        /// The sentence's structure: a phrase that is itself the claim ("shoulder-fired",
        /// "a two-man crew", "Soviet-designed").
        case phrase
        /// No cue of its own: a cue of the previous sentence, an echo ("the figure"), the
        /// unit alone (Mach), a label or an envelope.
        case inferred
        /// Only the figure's unit, no word of the text: a distance tied to a system is its
        /// range, a mass its weight. A guess (never an alarm), and no sign of the language.
        case unit

        /// How `--explain` words it.
        public var phrase: String {
            switch self {
            case .cue: "a cue word bound to the figure"
            case .phrase: "a phrase that states it"
            case .inferred: "inferred without a cue of its own"
            case .unit: "its unit alone"
            }
        }
    }

    /// Which part of the claim a doubt is about.
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case system, attribute, value
    }

    /// Why one part of the claim is a guess.
    public struct Doubt: Hashable, Sendable {
        /// The part in doubt.
        public var part: Part
        /// What makes it a guess, as a clause ("the clause names the FIM-92 Stinger between
        /// \"los sistemas\" and the figure").
        public var reason: String

        /// Creates a doubt.
        public init(_ part: Part, _ reason: String) {
            self.part = part
            self.reason = reason
        }
    }

    /// How the system was tied to the claim.
    public var system: SystemBasis
    /// How the attribute was chosen.
    public var attribute: AttributeBasis
    /// What is a guess; empty when system, attribute and value are each established.
    public var doubts: [Doubt]
    /// Features of the reading that make a part a guess, weighed by `EstablishmentGate`.
    public var features: [ReadingFeature] = []

    /// Creates a grounding.
    public init(system: SystemBasis = .namedInClause, attribute: AttributeBasis = .phrase, doubts: [Doubt] = []) {
        self.system = system
        self.attribute = attribute
        self.doubts = doubts
    }

    /// Whether system, attribute and value are each established, so the claim may raise an alarm.
    public var isEstablished: Bool { doubts.isEmpty && features.isEmpty }

    /// The parts in doubt, from doubts and features (not those the judge settles).
    public var doubtedParts: Set<Part> { Set(doubts.map(\.part) + features.filter { !$0.kind.isSettledByJudge }.map(\.part)) }

    /// Adds a doubt about one part.
    public mutating func doubt(_ part: Part, _ reason: String) {
        doubts.append(Doubt(part, reason))
    }

    /// The `--explain` line: why the finding is certain, or what is uncertain.
    public var explanation: String {
        if doubts.isEmpty {
            return "certain: system \(system.phrase); attribute from \(attribute.phrase); value as written"
        }
        return "uncertain: " + doubts.map { "\($0.part.rawValue): \($0.reason)" }.joined(separator: "; ")
    }

    /// The judgement a claim with this grounding may stand by: a `conflict` or `disputed`
    /// verdict on a claim with a doubt becomes `unclear`, its message saying what is
    /// uncertain (the rule of issue 8; it never fails CI). Other verdicts stand.
    public func apply(to judgement: Judgement) -> Judgement {
        guard !doubts.isEmpty, judgement.verdict == .conflict || judgement.verdict == .disputed else { return judgement }
        var unclear = judgement
        unclear.verdict = .unclear
        let what = doubts.map { "its \($0.part.rawValue) is not established (\($0.reason))" }.joined(separator: "; ")
        unclear.message = "not judged as \(judgement.verdict.rawValue): \(what); read as: \(judgement.message)"
        return unclear
    }
}
