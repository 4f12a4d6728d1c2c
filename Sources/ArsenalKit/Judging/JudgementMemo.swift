/// The judgements of one document's claims, remembered by what judging reads of a claim:
/// an article that states the same figure for the same system twice ("the Igla-S reaches
/// 6 km" in the lead and again in the body) is judged once.
///
/// Judging reads every field of a claim but its quote range and its trace (`ClaimRule`s
/// look at the system, the attribute and its alternatives, the value, the system outside
/// the database and the grounding), so two claims that differ only there get the same
/// judgement; the memo keys on the claim with both blanked and hands back the reading with
/// the asking claim's own range and trace. Bounded: it starts afresh after
/// `maximumEntries`, so a document of any size is checked in flat memory.
struct JudgementMemo {
    /// What `ArticleChecker.judge` gave: the rule, the reading's attribute and
    /// alternatives (the rest of the reading is the claim itself) and the judgement; nil
    /// when no rule judged the claim.
    private struct Entry {
        var rule: any ClaimRule.Type
        var attribute: ClaimAttribute
        var alternatives: [Attribute]
        var judgement: Judgement
    }

    private var entries: [Claim: Entry?] = [:]
    static let maximumEntries = 4096
    private static let blankTrace = ClaimTrace(systemWords: "", systemReason: "", cueWords: "", attributeReason: "")

    /// `checker.judge(claim, in: context)`, judged once per distinct claim of the document.
    mutating func judge(
        _ claim: Claim, with checker: ArticleChecker, in context: JudgingContext
    ) -> (rule: any ClaimRule.Type, claim: Claim, judgement: Judgement)? {
        var key = claim
        key.range = 0..<0
        key.trace = Self.blankTrace
        if let cached = entries[key] {
            guard let cached else { return nil }
            var reading = claim
            reading.attribute = cached.attribute
            reading.alternatives = cached.alternatives
            return (cached.rule, reading, cached.judgement)
        }
        let judged = checker.judge(claim, in: context)
        if entries.count >= Self.maximumEntries { entries.removeAll(keepingCapacity: true) }
        entries[key] = .some(judged.map {
            Entry(rule: $0.rule, attribute: $0.claim.attribute, alternatives: $0.claim.alternatives, judgement: $0.judgement)
        })
        return judged
    }
}
