/// Qualities shared through a similarity phrase that opens a clause: "Like the Starstreak, the
/// Swedish system rides a laser beam", "but like the Starstreak it rides a laser beam", "Like
/// the FIM-92C before it, it uses a two-colour seeker". Such a phrase (pack
/// `comparisons.similar_to`, its object named right after it) is an adjunct, not a comparison of
/// figures: the guidance, targets or man-portability its clause states hold for the object too,
/// and no comparison claim is made from it.
extension SentenceAnalysis {
    /// Similarity phrases that open their clause (nothing before them in it but a clause-break
    /// word such as "but"), each with the name right after it.
    func sharedQualitySites() -> [(cue: Range<Int>, object: Mention)] {
        var sites: [(cue: Range<Int>, object: Mention)] = []
        for cue in cues {
            guard case .comparison(.similarTo, _) = cue.cue else { continue }
            let start = clauseStart(cue.range.lowerBound)
            var lead = start
            if let opener = cues.first(where: { isWord($0, .clauseBreak) && $0.range.lowerBound == start }) {
                lead = opener.range.upperBound
            }
            guard lead <= cue.range.lowerBound, wordCount(lead..<cue.range.lowerBound) == 0,
                  !hasPunctuation(lead..<cue.range.lowerBound) || lead == range.lowerBound,
                  let object = mentions.first(where: {
                      $0.named && $0.range.lowerBound >= cue.range.upperBound && wordCount(stretch(cue.range, $0.range)) == 0
                          && !hasPunctuation(stretch(cue.range, $0.range))
                  })
            else { continue }
            sites.append((cue.range, object))
        }
        return sites
    }

    /// Drops the comparisons made from such phrases and adds, for each object, the guidance,
    /// target and man-portability claims of its clause made about another system. The copy's
    /// system is a reading (the phrase may liken the two in some other respect), so it is
    /// never a conflict: `unclear` at most.
    func sharingQualities(_ claims: [Claim]) -> [Claim] {
        let sites = sharedQualitySites()
        guard !sites.isEmpty else { return claims }
        var result = claims.filter { claim in
            guard claim.attribute == .comparison else { return true }
            return !sites.contains { $0.cue.lowerBound == claim.range.lowerBound }
        }
        for site in sites {
            let here = clause(site.cue.lowerBound)
            let objectID = catalog.systems[site.object.system].id
            for claim in claims where claim.systemID != objectID && claim.range.lowerBound >= site.object.range.upperBound
                && clause(claim.range.lowerBound) == here {
                switch claim.attribute {
                case .spec(.guidance), .spec(.targets), .spec(.manPortable): break
                default: continue
                }
                guard !result.contains(where: { $0.systemID == objectID && $0.attribute == claim.attribute }) else { continue }
                var copy = claim
                copy.systemID = objectID
                copy.trace.systemWords = site.object.words
                copy.trace.systemReason = "named after \"\(text(site.cue))\" opening the clause: the quality holds for it too"
                copy.grounding.doubt(.system, "\"\(text(site.cue)) \(site.object.words)\" may liken the two in another respect")
                result.append(copy)
            }
        }
        return result
    }
}

extension SentenceAnalysis {
    /// The subject left out before a copula that opens the words before `phrase` ("Es un
    /// sistema portátil"): the sentence's system by the usual binding (the previous subject),
    /// when between the copula and the phrase stand only an article, a head noun and at most
    /// one other word. Nil when no copula stands there.
    func proDropCopulaBinding(before phrase: Range<Int>) -> Binding? {
        let window = max(range.lowerBound, phrase.lowerBound - 40)..<phrase.lowerBound
        let before = words(in: window).suffix(5)
        guard let copula = before.lastIndex(where: { isIn(.copula, $0) }) else { return nil }
        let rest = before[before.index(after: copula)...]
        if !rest.isEmpty {
            let heads = Set(cues.filter { isWord($0, .originHead) && window.contains($0.range.lowerBound) }.map { lowercasedText($0.range) })
            guard rest.contains(where: heads.contains),
                  rest.filter({ !isIn(.determiner, $0) && !heads.contains($0) }).count <= 1 else { return nil }
        }
        return bind(phrase.lowerBound, inSentence: true)
    }
}
