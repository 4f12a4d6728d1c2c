/// Fact boxes: "Place of origin: South Korea", "País de origen: China", "Herkunftsland:
/// Deutschland", "Страна происхождения: Россия". Encyclopaedia infoboxes and fact boxes give
/// the maker's country as a labelled line under the system's name.
extension SentenceAnalysis {
    /// A line that opens with an origin label (pack `structure.origin_labels`), then a colon
    /// and one origin word or country name filling the rest of the line: the origin of the system the box is
    /// about (named in the line, or the topic its title line set).
    func labelledOriginClaims() -> [Claim] {
        // Fact-box lines have no stops, so several may share a sentence: the label opens a line.
        guard let label = cues.first(where: { isWord($0, .originLabel) && opensLine($0.range.lowerBound) }) else { return [] }
        var colon = label.range.upperBound
        while colon < range.upperBound, bytes[colon] == 0x20 { colon += 1 }
        guard colon < range.upperBound, bytes[colon] == 0x3A else { return [] }
        var end = colon + 1
        while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
        let rest = (colon + 1)..<end
        guard let cue = cues.first(where: { cue in
            switch cue.cue {
            case .origin, .country: return rest.contains(cue.range.lowerBound)
            default: return false
            }
        }), wordCount(cue.range) == wordCount(rest) else { return [] }
        let code: String
        switch cue.cue {
        case .origin(let c), .country(let c): code = c
        default: return []
        }
        guard let binding = bind(label.range.lowerBound), binding.system >= 0 else { return [] }
        var claim = Claim(
            systemID: catalog.systems[binding.system].id, attribute: .spec(.origin), value: .country(code),
            range: label.range.lowerBound..<cue.range.upperBound,
            trace: makeTrace(systemWords: binding.words, systemReason: binding.reason, cueWords: text(cue.range),
                             attributeReason: "a country alone after an origin label and a colon is the origin (\(code))"))
        claim.grounding.system = binding.basis
        return [claim]
    }

    /// Whether only spaces, Markdown list or emphasis marks stand between the start of the
    /// sentence or of its line and `position`.
    func opensLine(_ position: Int) -> Bool {
        var i = position
        while i > range.lowerBound {
            let b = bytes[i - 1]
            if b == 0x0A { return true }
            guard b == 0x20 || b == 0x2A || b == 0x2D || b == 0x7C || b == 0x09 else { return false }
            i -= 1
        }
        return true
    }
}
