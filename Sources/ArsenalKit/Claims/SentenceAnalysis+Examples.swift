/// Examples of a category: "shoulder-launched weapons such as the Stinger", "sistemas
/// portátiles como el Stinger", "ПЗРК, такие как «Игла»". The name after the example word is
/// an instance of the category: the category phrase is its claim, and the name is no object
/// of a comparison, even where the example word also compares ("como el", "comme le").
extension SentenceAnalysis {
    /// Words an example word may stand after its category phrase ("weapons" in
    /// "shoulder-launched weapons such as").
    static let exampleReach = 2

    /// The example sites of the sentence: a category phrase (a man-portability category such
    /// as "shoulder-fired", or a class word such as "MANPADS") with an example word
    /// (`structure.example_intros`) at most two words after it, and the name right after that;
    /// no system is named before the category in its clause.
    func findExampleSites() -> [ExampleSite] {
        var sites: [ExampleSite] = []
        for intro in cues where isWord(intro, .exampleIntro) {
            let category = lastCue { cue in
                guard cue.range.upperBound <= intro.range.lowerBound else { return false }
                switch cue.cue {
                case .manPortable: guard vocabulary.categoryPhrases.contains(ClaimVocabulary.key(text(cue.range))) else { return false }
                case .systemClass: break
                default: return false
                }
                let between = stretch(cue.range, intro.range)
                return wordCount(between) <= Self.exampleReach && !hasPunctuation(between, allowingComma: true)
            }
            guard let category else { continue }
            // "The Piorun is a MANPADS like the Stinger": a system named before the category
            // in its clause is what the category describes, and "like" compares.
            let here = clause(category.range.lowerBound)
            if cues.contains(where: { cue in
                guard case .system = cue.cue else { return false }
                return cue.range.upperBound <= category.range.lowerBound && clause(cue.range.lowerBound) == here
            }) { continue }
            let name = cues.first { cue in
                guard case .system = cue.cue, cue.range.lowerBound >= intro.range.upperBound else { return false }
                let between = stretch(intro.range, cue.range)
                return wordCount(between) <= Self.exampleReach && !hasPunctuation(between)
            }
            guard let name else { continue }
            sites.append(ExampleSite(category: category.range, intro: intro.range, name: name.range))
        }
        return sites
    }

    /// The named example a category phrase introduces ("shoulder-launched weapons such as the
    /// Stinger": the Stinger), as a binding.
    func exampleBinding(_ phrase: Range<Int>) -> Binding? {
        guard let site = exampleSites.first(where: { $0.category == phrase }),
              let mention = mentions.first(where: { $0.named && $0.range == site.name }) else { return nil }
        return Binding(mention: mention, system: mention.system, words: mention.words,
                       reason: "named as an example of \"\(text(phrase))\"")
    }
}

/// A category phrase, the example word after it and the name it introduces (UTF-8 ranges).
struct ExampleSite {
    var category: Range<Int>
    var intro: Range<Int>
    var name: Range<Int>
}
