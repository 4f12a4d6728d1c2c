extension SentenceAnalysis {
    /// Class words that do not fit the system a figure was tied to without its name: "jedynie
    /// system ochrony powietrznej krótkiego zasięgu" after a sentence about the medium-range
    /// NASAMS, "only a short-range system able to hit targets up to 6 km away" after one about
    /// the Patriot. The words describe another system, one the article does not name; the
    /// figure may be that one's. The class words qualify the noun the figure is tied to, or,
    /// for a figure tied to the topic, stand in the figure's clause before it.
    /// Returns the class words and the class as messages write it; nil when the system is
    /// named or the class words fit.
    func misfitClassWords(_ binding: Binding, before position: Int) -> (words: String, label: String)? {
        guard binding.system >= 0 else { return nil }
        if let mention = binding.mention, mention.named { return nil }
        let kind = catalog.systems[binding.system].kind
        let clause = clauseStart(position)
        // (Only words before the figure: those after it describe what comes next.)
        for cue in cues where cue.range.upperBound <= position {
            guard case .systemClass(let kindWords) = cue.cue, !kindWords.fits(kind) else { continue }
            // (Nouns for a system are marked as pronouns too; class words stand by no "it". A
            // possessive, "its brigades", is no noun the words could qualify.)
            let qualifying = binding.mention.map { !$0.possessive && qualifies(cue.range, $0.range) } ?? false
            if qualifying || (cue.range.upperBound <= position && cue.range.lowerBound >= clause) {
                return (text(cue.range), kindWords.label)
            }
        }
        return nil
    }

    /// Whether class words at `words` qualify the noun at `noun`: right before it ("the
    /// short-range system"), or after it in the same noun phrase, a few words with no
    /// punctuation and no other cue of ours between ("система ближнего действия", "system
    /// ochrony powietrznej krótkiego zasięgu").
    private func qualifies(_ words: Range<Int>, _ noun: Range<Int>) -> Bool {
        let between = stretch(words, noun)
        if words.upperBound <= noun.lowerBound {
            return wordCount(between) == 0 && !hasPunctuation(between)
        }
        guard words.lowerBound >= noun.upperBound, wordCount(between) <= Self.classPhraseGap, !hasPunctuation(between) else { return false }
        return !cues.contains { $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound && $0.cue != .reference }
    }

    /// The most words between a reference noun and class words after it that still qualify
    /// it ("system" + "ochrony powietrznej" + "krótkiego zasięgu").
    static let classPhraseGap = 3
}
