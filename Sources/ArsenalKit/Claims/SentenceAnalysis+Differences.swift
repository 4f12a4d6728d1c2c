/// Comparisons said by a difference or a multiple: "reaches 9 km, 2 km more than the
/// Starstreak", "medio kilómetro más que el Igla-S", "a range of 15 km, almost twice that of
/// the Stinger", "11 kilómetros, casi el doble que un Stinger".
extension SentenceAnalysis {
    /// A comparative (pack `structure.comparatives_greater` / `comparatives_less`: "more than",
    /// "más que", "less than") right after a figure (one word at most between, no
    /// punctuation), or a multiple (`structure.multiples`: "twice", "el doble que"), with a
    /// system named right after it (two words at most, no punctuation): the sentence's system
    /// compares with that one, on the attribute of its own figure of the same dimension stated
    /// earlier in the sentence ("reaches 9 km, 2 km more than": range; "weighs 16.5 kg, 2 kg
    /// less than": that mass). Without such a figure the attribute is a guess: no claim.
    func differenceComparisonClaims(_ claims: [Claim]) -> [Claim] {
        var made: [Claim] = []
        for cue in cues {
            let relation: ComparisonRelation
            let isMultiple: Bool
            if isWord(cue, .comparativeGreater) {
                (relation, isMultiple) = (.greaterThan, false)
            } else if isWord(cue, .comparativeLess) {
                (relation, isMultiple) = (.lessThan, false)
            } else if isWord(cue, .multiple) {
                (relation, isMultiple) = (.greaterThan, true)
            } else {
                continue
            }
            guard let object = mentions.first(where: { mention in
                mention.named && mention.range.lowerBound >= cue.range.upperBound
                    && wordCount(stretch(cue.range, mention.range)) <= 2 && !hasPunctuation(stretch(cue.range, mention.range))
            }), !quantities.contains(where: { stretch(cue.range, object.range).contains($0.range.lowerBound) }) else { continue }
            // The difference itself ("2 km", "medio kilómetro"): its dimension; a multiple has none.
            var start = cue.range.lowerBound
            var dimension: QuantityDimension?
            if !isMultiple {
                guard let figure = quantities.filter({ $0.range.upperBound <= cue.range.lowerBound }).max(by: { $0.range.upperBound < $1.range.upperBound }),
                      let unit = figure.unit, wordCount(stretch(figure.range, cue.range)) <= 1,
                      !hasPunctuation(stretch(figure.range, cue.range)) else { continue }
                start = figure.range.lowerBound
                dimension = unit.dimension
            }
            guard let subject = bind(start, excluding: object.system, inSentence: true), subject.system != object.system,
                  subject.mention.map({ $0.range.upperBound <= start }) ?? true else { continue }
            let subjectID = catalog.systems[subject.system].id
            let otherID = catalog.systems[object.system].id
            // The subject's own figure before, in this sentence, of the difference's dimension.
            let own = claims.last { claim in
                guard claim.systemID == subjectID, claim.number != nil, claim.range.upperBound <= start,
                      case .spec(let attribute) = claim.attribute, case .quantity(let kind) = attribute.kind else { return false }
                return dimension.map { $0 == kind } ?? true
            }
            guard let own, case .spec(let attribute) = own.attribute else { continue }
            let stated = (claims + made).contains { claim in
                guard case .comparison(_, let other, _) = claim.value else { return false }
                return Set([claim.systemID, other]) == Set([subjectID, otherID])
            }
            if stated { continue }
            var claim = Claim(
                systemID: subjectID, attribute: .comparison,
                value: .comparison(relation, other: otherID, attribute: attribute),
                range: start..<object.range.upperBound,
                trace: makeTrace(systemWords: subject.words, systemReason: subject.reason, cueWords: text(cue.range),
                                  attributeReason: "a difference or multiple (\(relation.rawValue) on \(attribute.rawValue), the attribute of \"\(text(own.range))\") with \(object.words), named after \"\(text(cue.range))\""))
            claim.grounding.system = subject.basis
            made.append(claim)
        }
        return made
    }
}
