/// Statements about a class of weapons: "MANPADS are shoulder-launched missiles ... they can
/// often hit targets as high as 13,000 feet", "ПЗРК поражают цели на высоте до 3,5 км". A
/// sentence whose subject is the class noun (a pack's `classes` phrase, or a generic phrase
/// such as "such weapons", opening the sentence), and the sentence right after it when that
/// names no system either, speak of every weapon of the class: their figures are not the
/// article's topic's (real-text sweep class D, issue 8).
extension SentenceAnalysis {
    /// Whether the sentence opens with a class noun or a generic phrase (nothing but
    /// punctuation or quotation marks before it) and names no record. Not after an article:
    /// "Die Fliegerfaust wird von einem Soldaten bedient" refers back to the system named
    /// before, as a definite noun does. In a language without articles (the pack lists no
    /// definite article: ru, pl, uk) a bare class noun is also how the system named before is
    /// referred back to ("«Верба» поступила в войска. ПЗРК поражает цели на дальности до
    /// 6 км"), so there the class noun must define the class: a copula of the pack follows it,
    /// a dash at most between ("ПЗРК — это ...", "MANPADS to ...", "ПЗРК являются ...").
    func opensWithClassNoun() -> Bool {
        guard !mentions.contains(where: { $0.named && $0.system >= 0 }), let first = cues.first(where: { cue in
            switch cue.cue {
            case .systemClass, .word(.generic): true
            default: false
            }
        }) else { return false }
        guard !hasWord(in: range.lowerBound..<first.range.lowerBound) else { return false }
        guard wordSets[.definiteArticle]?.isEmpty ?? true else { return true }
        return words(in: first.range.upperBound..<range.upperBound, limit: 1).first.map { isIn(.copula, $0) } ?? false
    }

    /// Whether a figure bound to no name of its sentence (the topic, or a word referring back)
    /// belongs to a class of weapons: its sentence opens with the class noun, or follows one
    /// that did, and names no record.
    func classOwns(_ binding: Binding) -> Bool {
        guard binding.mention?.named != true, binding.outside == nil else { return false }
        guard !mentions.contains(where: { $0.named && $0.system >= 0 }) else { return false }
        return state.classSubject || opensWithClassNoun()
    }
}
