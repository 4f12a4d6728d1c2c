import Foundation
/// A user's adjective inside a service-entry phrase (issue 8, blind set HV): "has been in
/// Brazilian service since 2014", "en servicio peruano desde 2013", "im polnischen Dienst seit
/// 2002". The year is when that country's army took the system up, not its first service.
extension SentenceAnalysis {
    /// The origin word or country name of a country other than `origin` in the word
    /// right before the service-entry phrase at `phrase`, with no punctuation between; else nil.
    func userAdjective(before phrase: Range<Int>, origin: String) -> String? {
        var from = phrase.lowerBound
        if let word = lastWordRange(before: from), word.lowerBound >= range.lowerBound, !hasPunctuation(word.upperBound..<phrase.lowerBound) {
            from = word.lowerBound
        }
        // (Also inside the phrase: "in Brazilian service since" may be matched whole.)
        for cue in cues where cue.range.lowerBound >= from && cue.range.upperBound <= phrase.upperBound {
            switch cue.cue {
            case .origin(let code), .country(let code):
                if code != origin { return text(cue.range) }
            default: continue
            }
        }
        return nil
    }
}

extension SentenceAnalysis {
    /// "El Igla original llegaba a 5.200 metros; la versión S estira ese alcance hasta 6.000
    /// metros" (blind set HV): a clause opening, within its first three words, with a version
    /// noun (pack `structure.version_nouns`), while the figure was tied to a system named before
    /// the clause, is about that version. Not when a label right after the noun makes an
    /// alias of `system` ("Sa version NG" of the Crotale, whose figures are the Crotale NG's).
    /// The noun as a cue, or nil.
    func versionOpening(from: Int, before position: Int, bound: Mention?, system: Int) -> CueMatch? {
        let noun = bound.flatMap { versionAfterPossessive($0, from: from, before: position) } ?? plainVersionOpening(from: from, before: position, bound: bound)
        guard let noun else { return nil }
        if let word = firstWordRange(in: noun.range.upperBound..<position), !hasPunctuation(noun.range.upperBound..<word.lowerBound),
           case let label = text(word), let first = label.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first),
           catalog.systems[system].aliases.contains(where: { $0.hasSuffix(" " + label) }) {
            return nil
        }
        return noun
    }

    private func plainVersionOpening(from: Int, before position: Int, bound: Mention?) -> CueMatch? {
        guard from < position, bound.map({ $0.range.upperBound <= from }) ?? true else { return nil }
        var seen = 0
        var found: Range<Int>?
        // ("Diese Variante erreicht ...": a demonstrative before the noun points back at the
        // version just named.)
        var demonstrative = false
        scanWords(in: from..<position) { word in
            let lowered = lowercasedText(word)
            if isIn(.versionNoun, lowered) { found = demonstrative ? nil : word; return false }
            demonstrative = isIn(.demonstrative, lowered)
            seen += 1
            return seen < 3
        }
        return found.map { CueMatch(range: $0, cue: .word(.versionNoun)) }
    }

    /// "sa troisième version, dotée d'un autodirecteur infrarouge à imagerie, porte à 8 km",
    /// "its upgraded version reaches 8 km", "его третья версия": a pronoun referring back,
    /// in the figure's clause, with a version noun right after it (at most one word
    /// between, no punctuation) names a version of the system referred to, not the system
    /// (blind set II, fr). The noun as a cue, or nil.
    func versionAfterPossessive(_ bound: Mention, from: Int, before position: Int) -> CueMatch? {
        // (A reference already read as a version, "su versión más reciente" after "Mistral 3",
        // is that version.)
        guard !bound.named, bound.pronoun, bound.range.lowerBound >= from, bound.range.upperBound < position,
              catalog.systems[bound.system].extends == nil,
              // ("El Piorun es su versión mejorada, ... pesa 16,5kg": a name before the pronoun
              // in the clause is the version itself.)
              !mentions.contains(where: { $0.named && $0.range.lowerBound >= from && $0.range.upperBound <= bound.range.lowerBound }) else { return nil }
        var seen = 0
        var found: Range<Int>?
        scanWords(in: bound.range.upperBound..<position) { word in
            if isIn(.versionNoun, lowercasedText(word)) { found = word; return false }
            seen += 1
            return seen < 2
        }
        guard let noun = found, !hasPunctuation(bound.range.upperBound..<noun.lowerBound) else { return nil }
        return CueMatch(range: noun, cue: .word(.versionNoun))
    }
}
