/// What a recorded figure measures when its source qualifies it: not the plain maximum
/// (or minimum) the attribute names, but an effective, average or demonstrated figure,
/// one dart of several, and so on. A qualified value is shown wherever values are shown,
/// but it judges only a claim that carries the same qualifier: "the Anza's average speed
/// is 600 m/s" says nothing about how fast the Anza can fly.
public enum ValueQualifier: String, Sendable, Codable, CaseIterable, Hashable {
    /// A practical or "effective" figure the source sets apart from the maximum
    /// (effective range against a manoeuvring target).
    case effective
    /// A mean over the flight (average speed), not the peak.
    case average
    /// A sustained speed after the motor burns out, not the peak.
    case cruise
    /// What one test shot or trial achieved, not a rated limit.
    case demonstrated
    /// A figure for one dart or sub-munition of a multi-dart missile (Starstreak), not
    /// for the missile as a whole.
    case perDart = "per_dart"
    /// A figure for the export version (often reduced), not the domestic one.
    case export
    /// A design or contract goal the source states as intended, not as fielded.
    case planned

    /// One line for documentation and `--help`.
    public var meaning: String {
        switch self {
        case .effective: "a practical engagement figure, set apart from the maximum"
        case .average: "a mean over the flight, not the peak"
        case .cruise: "a sustained speed after motor burn-out, not the peak"
        case .demonstrated: "what one test or trial achieved, not a rated limit"
        case .perDart: "one dart or sub-munition of a multi-dart missile"
        case .export: "the export version's figure"
        case .planned: "a design goal, not a fielded figure"
        }
    }
}

/// How far down a family a recorded value reaches.
///
/// The default is `model`: a value describes the record it is written on, and a variant
/// (`extends:`) does not inherit it. Only a value marked `scope: family` is inherited by
/// the variants, because inheriting is itself a claim (that the figure is true of every
/// variant) and someone must make it on purpose. A forgotten mark leaves a variant's slot
/// empty, which `arsenal stats` shows and the checker calls unverifiable; the opposite
/// default spread the FIM-92E's drone targets to the FIM-92A unnoticed.
public enum ValueScope: String, Sendable, Codable, CaseIterable, Hashable {
    /// The figure is true of this record only (the default).
    case model
    /// The figure is true of the whole family: variants inherit it unless they record
    /// the attribute themselves.
    case family
}
