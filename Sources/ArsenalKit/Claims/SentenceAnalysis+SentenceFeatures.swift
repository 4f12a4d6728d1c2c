/// Features of a reading that come from what is missing in the figure's own sentence, or
/// from how the figure itself is written (issue 8): a claim is established by positive
/// evidence beside its figure, and each of these says a part of it has none. Like the
/// other features they name no word of any language (`+` and "-plus" are signs).
extension SentenceAnalysis {
    /// The carried-cue and open-figure features of the figure at `quantity`.
    func sentenceFeatures(of quantity: QuantityMention, binding: Binding, attribute: Attribute, carried: Bool) -> [ReadingFeature] {
        guard binding.system >= 0 else { return [] }
        var features: [ReadingFeature] = []
        if carried {
            features.append(ReadingFeature(.carriedCue, words: attribute.rawValue.replacingOccurrences(of: "_", with: " ")))
        }
        if let open = openEnd(of: quantity) {
            features.append(ReadingFeature(.openFigure, words: open))
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
