/// Features of a reading that come from what is missing in the figure's own sentence, or
/// from how the figure itself is written (issue 8): a claim is established by positive
/// evidence beside its figure, and each of these says a part of it has none. Like the
/// other features they name no word of any language (`+` and "-plus" are signs).
extension SentenceAnalysis {
    /// The carried-cue, open-figure, interval and foreign-antecedent features of the figure at `quantity`.
    func sentenceFeatures(of quantity: QuantityMention, binding: Binding, attribute: Attribute, carried: Bool) -> [ReadingFeature] {
        guard binding.system >= 0 else { return [] }
        var features: [ReadingFeature] = []
        if carried {
            features.append(ReadingFeature(.carriedCue, words: attribute.rawValue.replacingOccurrences(of: "_", with: " ")))
        }
        if let open = openEnd(of: quantity) {
            features.append(ReadingFeature(.openFigure, words: open))
        }
        // "de 75 a 90 kilómetros" for one attribute: a spread (of versions, of sources), not
        // a single figure. Its ends are close (the high end at most twice the low one); an
        // envelope's low end is a minimum far below ("from 10 m to 4.5 km", kept).
        if quantity.bound == .between, quantity.low > 0, quantity.high <= 2 * quantity.low {
            features.append(ReadingFeature(.intervalFigure, words: text(quantity.range)))
        }
        // "Die Milan wiegt 28 Kilogramm ... Ihre Rakete startet mit 75 Metern pro Sekunde":
        // a reference (or no system at all) right after a sentence about a thing we do not
        // know may mean that thing; the system it was given is the one named before it.
        if let foreign = state.foreignSubject, binding.basis == .referredBack || binding.basis == .topic {
            let reference = binding.mention.map { $0.named ? nil : $0.words } ?? nil
            if binding.basis == .topic || reference != nil {
                features.append(ReadingFeature(.foreignAntecedent, words: foreign, systems: [reference ?? ""]))
            }
        }
        // "Soviet designers answered the Redeye's limitations with the Strela-3 ... Its 6 kg
        // missile ...": a word referring back, in a sentence naming no system, resolved to a
        // system the sentence before named only as the owner of another noun, beside others.
        // So is one resolved to what the sentence before named as replaced ("the S-350E,
        // designed to replace the S-300PS. The system hits targets at 35 km").
        // (Not one with a word for old, which means the replaced one: "The older system ...";
        // nor a noun for a predecessor or a successor, which says which: `addKinReferences`.)
        if state.lastPossessiveOnly.contains(binding.system) || state.lastReplaced.contains(binding.system),
           let bound = binding.mention, !bound.named, !bound.kinReference, replacedOlder(bound.range)?.system != binding.system,
           !mentions.contains(where: \.named) {
            features.append(ReadingFeature(.ambiguousTopic, words: "", systems: systemNames(state.lastNamed)))
        }
        return features
    }

    /// "+" or "-plus" glued to the end of the figure ("8+ km", "Mach 3-plus"), as written;
    /// nil for a figure that ends plainly.
    private func openEnd(of quantity: QuantityMention) -> String? {
        let numberEnd = quantity.numberRange.upperBound
        let end = max(numberEnd, quantity.range.upperBound)
        // A plus sign right after the number ("8+ km").
        if numberEnd < bytes.count, bytes[numberEnd] == 0x2B { return text(quantity.numberRange.lowerBound..<(numberEnd + 1)) }
        // "-plus" right after the figure as written ("Mach 3-plus").
        let plus: [UInt8] = Array("-plus".utf8)
        for start in [numberEnd, end] where start + plus.count <= range.upperBound {
            if zip(bytes[start..<(start + plus.count)], plus).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                let after = start + plus.count
                if after >= bytes.count || !TextScan.isASCIIAlphanumeric(bytes[after]) {
                    return text(quantity.range.lowerBound..<after)
                }
            }
        }
        return nil
    }
}
