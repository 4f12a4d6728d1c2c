/// A ground target claimed as a use beside the air role.
extension SentenceAnalysis {
    /// For a target claim naming ground targets, the word for "also" (pack
    /// `structure.additive_words`) in its clause before the last target word ("können auch
    /// gegen Bodenziele eingesetzt werden", "capable également de détruire des cibles
    /// terrestres"), or nil. Such a claim adds a use to the air role; the sources list the
    /// air targets a system engages and are silent on ground use, so they cannot show it wrong.
    /// A ground target claimed without one ("The RBS 70 NG can destroy tanks") states the
    /// system's role and is still judged.
    func secondaryUseWord(targets: [String], through end: Int, from start: Int) -> String? {
        guard targets.contains(TargetKind.groundVehicle.rawValue) else { return nil }
        let opening = min(clauseStart(start), start)
        return words(in: opening..<end, limit: 40).first { isIn(.additiveWord, $0) }
    }
}
