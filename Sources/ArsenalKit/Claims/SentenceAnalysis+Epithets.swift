/// Epithets: another system's name used as a byword inside quotes, "KM-SAM Cheongung, le
/// « Patriot coréen »", "the S-400, the 'Russian Patriot'", "der „polnische Stinger“". The
/// origin word beside the name is not the named system's: the quotes call one system by the
/// name of another, so the name is no mention of that other system.
extension SentenceAnalysis {
    /// `cues` less each system name that stands in quotes with an origin word other than its
    /// record's origin, and nothing else but spaces, within the quotes (at most one word on
    /// each side of the name).
    static func droppingEpithets(_ cues: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, catalog: Catalog) -> [CueMatch] {
        guard cues.contains(where: { if case .origin = $0.cue { return true } else { return false } }) else { return cues }
        var epithets: [Int] = []
        for (index, cue) in cues.enumerated() {
            guard case .system(let system) = cue.cue, system >= 0 else { continue }
            if isIntroducedEpithet(index, cues, bytes, origin: catalog.systems[system].origin) {
                epithets.append(index)
                continue
            }
            guard let open = quoteEdge(bytes, from: cue.range.lowerBound, limit: range.lowerBound, forward: false),
                  let close = quoteEdge(bytes, from: cue.range.upperBound, limit: range.upperBound, forward: true) else { continue }
            let inside = open..<close
            let foreignOrigin = cues.contains { other in
                guard case .origin(let code) = other.cue, inside.contains(other.range.lowerBound), other.range.upperBound <= close else { return false }
                return code != catalog.systems[system].origin
            }
            if foreignOrigin { epithets.append(index) }
        }
        guard !epithets.isEmpty else { return cues }
        var kept = cues
        for index in epithets.reversed() { kept.remove(at: index) }
        return kept
    }

    /// "Cheongung II, nicknamed the Korean Patriot, flies at Mach 4.5": unquoted, a name right
    /// after an origin word that is not its record's, itself at most two words after a nickname
    /// intro (`structure.nickname_intros`), is an epithet too.
    private static func isIntroducedEpithet(_ index: Int, _ cues: [CueMatch], _ bytes: UnsafeBufferPointer<UInt8>, origin: String) -> Bool {
        guard index >= 2, case .origin(let code) = cues[index - 1].cue, code != origin,
              cues[index - 2].cue == .word(.nicknameIntro) else { return false }
        func words(_ r: Range<Int>) -> Int {
            var count = 0
            var inWord = false
            for k in r {
                if bytes[k] == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
        let origin = cues[index - 1].range, intro = cues[index - 2].range
        guard intro.upperBound <= origin.lowerBound, origin.upperBound <= cues[index].range.lowerBound else { return false }
        return words(origin.upperBound..<cues[index].range.lowerBound) == 0 && words(intro.upperBound..<origin.lowerBound) <= 2
    }

    /// Where the quotes around a name open (`forward` false: searching back from the name's
    /// start) or close (`forward` true: on from its end): past spaces and at most one word,
    /// the position just inside the quote mark; nil when no quote mark comes first.
    private static func quoteEdge(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int, limit: Int, forward: Bool) -> Int? {
        var i = position
        var words = 0
        var inWord = false
        while forward ? i < limit : i > limit {
            let at = forward ? i : i - 1
            let byte = bytes[at]
            if isQuoteMark(bytes, at: at, forward: forward, limit: limit) { return i }
            if byte == 0x20 {
                inWord = false
            } else if byte >= 0x80 || TextScan.isASCIIAlphanumeric(byte) || byte == 0x2D {
                if !inWord { words += 1; inWord = true }
                if words > 1 { return nil }
            } else {
                return nil
            }
            i += forward ? 1 : -1
        }
        return nil
    }

    /// Whether a quote mark (`"`, `'`, «, », „, “, ”, ‚, ‘, ’) ends (going back) or starts
    /// (going on) at `at`.
    private static func isQuoteMark(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, forward: Bool, limit: Int) -> Bool {
        let byte = bytes[at]
        if byte == 0x22 || byte == 0x27 { return true }
        if forward {
            if byte == 0xC2, at + 1 < limit { return bytes[at + 1] == 0xAB || bytes[at + 1] == 0xBB }
            if byte == 0xE2, at + 2 < limit { return bytes[at + 1] == 0x80 && (0x98...0x9E).contains(bytes[at + 2]) }
        } else {
            if byte == 0xAB || byte == 0xBB { return at >= 1 && bytes[at - 1] == 0xC2 }
            if (0x98...0x9E).contains(byte) { return at >= 2 && bytes[at - 1] == 0x80 && bytes[at - 2] == 0xE2 }
        }
        return false
    }
}
