/// "the American missile", "amerykański pocisk", "der russische Flugkörper": a reference
/// qualified by an origin word means the system of that origin.
extension SentenceAnalysis {
    /// The system a reference noun right after an origin word refers to: of the systems
    /// named in the sentence, the nearest one before it whose record has that origin; else,
    /// of the systems the article has named, the most salient one with that origin. Nil when
    /// no origin word stands right before the reference, or no named system has its origin
    /// (then the reference resolves as any other).
    ///
    /// "Brytyjski Starstreak jest szybszy od Stingera: osiąga ponad 3 Machy, podczas gdy
    /// amerykański pocisk leci z prędkością ok. 700 m/s": the 700 m/s is the Stinger's.
    ///
    /// With `after`, the origin word may also stand right after the reference, or after
    /// the reference and one head noun: "El arma polaca se dispara desde el hombro", "Estos
    /// misiles norteamericanos buscan el calor" (the systems compared are named before).
    func originAntecedent(of reference: Range<Int>, names: [CueMatch], after: Bool = false) -> (Int, String)? {
        let origin: CueMatch
        if let before = lastCue(where: { cue in
            guard case .origin = cue.cue, cue.range.upperBound <= reference.lowerBound else { return false }
            // (Or a hyphen, in a compound: "der US-Flugkörper", "das US-System"; or the first
            // part of a compound: "Das schwedische Laserleitstrahl-System", blind set DQ, de.)
            let gap = stretch(cue.range, reference)
            return gap.allSatisfy { bytes[$0] == 0x20 } || gap.count == 1 && bytes[gap.lowerBound] == 0x2D
                || (gap.count > 2 && bytes[gap.upperBound - 1] == 0x2D && bytes[gap.lowerBound] == 0x20
                    && !bytes[(gap.lowerBound + 1)..<(gap.upperBound - 1)].contains(0x20) && !hasPunctuation((gap.lowerBound + 1)..<(gap.upperBound - 1)))
                // ("The Norwegian-designed system", "the US-made missile": a maker's participle
                // joined by a hyphen, then the reference.)
                || hasMakerSuffix(cue.range) && firstWordRange(in: (cue.range.upperBound + 1)..<reference.lowerBound).map { word in
                    (word.upperBound..<reference.lowerBound).allSatisfy { bytes[$0] == 0x20 }
                } ?? false
        }) {
            origin = before
        } else if after, let following = cues.first(where: { cue in
            guard case .origin = cue.cue, cue.range.lowerBound >= reference.upperBound else { return false }
            let between = stretch(reference, cue.range)
            if between.allSatisfy({ bytes[$0] == 0x20 }) { return true }
            return !hasPunctuation(between) && wordCount(between) == 1
                && cues.contains { isWord($0, .originHead) && $0.range.lowerBound >= between.lowerBound && $0.range.upperBound <= between.upperBound }
        }) {
            origin = following
        } else {
            return nil
        }
        guard case .origin(let code) = origin.cue else { return nil }
        var best: (system: Int, words: String)?
        for name in names where name.range.upperBound <= min(origin.range.lowerBound, reference.lowerBound) {
            if case .system(let system) = name.cue, catalog.systems[system].origin == code { best = (system, text(name.range)) }
        }
        if let best { return best }
        var salient: (system: Int, weight: Double)?
        for (system, weight) in zip(state.salience.systems, state.salience.weights) where catalog.systems[system].origin == code {
            if salient == nil || weight > salient!.weight { salient = (system, weight) }
        }
        guard let salient else { return nil }
        return (salient.system, state.spelling[salient.system] ?? catalog.systems[salient.system].name)
    }

    /// Whether the words of a range are only a copula ("the original Igla is Soviet"), maybe
    /// with a determiner ("«Стрела-2» стала первым советским").
    func onlyCopulas(_ r: Range<Int>) -> Bool {
        // (Three words already fail, however many follow.)
        let found = words(in: r, limit: 3)
        if found.count == 2 { return isIn(.copula, found[0]) && isIn(.determiner, found[1]) }
        return found.isEmpty || (found.count == 1 && (isIn(.copula, found[0]) || isIn(.determiner, found[0])))
    }

    /// Whether `between` (a name's end to an origin phrase after it) holds, with no comma,
    /// one word that is no copula, an article: it opens another noun phrase, which the origin
    /// word qualifies unless that phrase stands for a weapon.
    func articleOpensPhrase(_ between: Range<Int>, origin: Range<Int>) -> Bool {
        guard !between.contains(where: { bytes[$0] == 0x2C }) else { return false }
        let found = words(in: between, limit: 2)
        guard found.count == 1, !isIn(.copula, found[0]) else { return false }
        return !qualifiesWeapon(after: origin)
    }

    /// Whether the word right after an origin phrase starts a name, a class or man-portability
    /// phrase or an origin head ("eine amerikanische Rakete", "a Russian MANPADS"): the
    /// phrase then qualifies a weapon.
    func qualifiesWeapon(after origin: Range<Int>) -> Bool {
        // (An origin phrase may run past the sentence's end: fuzz input claims-es-origin-word-past-sentence-qualifies.)
        guard origin.upperBound < range.upperBound, let next = firstWordRange(in: origin.upperBound..<range.upperBound),
              !hasPunctuation(origin.upperBound..<next.lowerBound) else { return false }
        if mentions.contains(where: { $0.range.lowerBound == next.lowerBound }) { return true }
        return cues.contains { cue in
            guard cue.range.lowerBound == next.lowerBound else { return false }
            switch cue.cue {
            case .systemClass, .manPortable, .word(.originHead), .word(.weaponNoun), .word(.missileNoun), .system, .reference: return true
            default: return false
            }
        }
    }

    /// Whether every word of a range belongs to a class phrase, a man-portability phrase or
    /// an origin head: "Шведский ПЗРК RBS 70", "российских переносных зенитных ракетных
    /// комплексов «Игла-С»", "chinesische Flugabwehrrakete QW-2".
    func onlyClassWords(_ r: Range<Int>) -> Bool {
        let inside = cues.filter { cue in
            guard cue.range.lowerBound >= r.lowerBound, cue.range.upperBound <= r.upperBound else { return false }
            switch cue.cue {
            case .systemClass, .manPortable, .word(.originHead): return true
            default: return false
            }
        }
        guard !inside.isEmpty else { return false }
        // Every word start in the range lies inside one of those phrases.
        var i = r.lowerBound
        var inWord = false
        while i < r.upperBound {
            let (scalar, length) = ByteText.scalar(at: i, bytes)
            let letter = ByteText.isLetter(scalar) || ByteText.isDigit(bytes[i])
            if letter && !inWord, !inside.contains(where: { $0.range.contains(i) }) { return false }
            inWord = letter || (inWord && scalar == 0x2D)
            i += max(length, 1)
        }
        return true
    }

    /// Whether every word of a range is a determiner ("Built in the United States, the
    /// Stinger") or the rest of a compound ("Polish-designed Piorun").
    func onlyDeterminers(_ r: Range<Int>) -> Bool {
        // (Four words already fail, however many follow, even with the first dropped.)
        var found = words(in: r, limit: 4)
        if bytes[r.lowerBound] == 0x2D, let first = found.first,
           isIn(.originVerb, first) {
            found.removeFirst()
        }
        return found.count <= 2 && found.allSatisfy { isIn(.determiner, $0) }
    }

    /// Whether the origin word at `cue` qualifies a noun of its own right after it, one space
    /// on: a capitalised word that is no name of ours and no cue (no origin head, class word
    /// or label), the word after it not a name of ours either ("delivering the S-400, the
    /// Turkish Ministry of Defence said", "С-400, турецкое Минобороны", "S-400, tureckie
    /// Ministerstwo Obrony"). After a name and a comma the origin is then that noun's (a
    /// ministry's, an army's), not the name's: who reports or uses a weapon is not where it
    /// comes from (issue 8). (Only after a comma: German capitalises every noun, and "Das Buk
    /// M1 ist ein sowjetisches Mittelstrecken-Flugabwehrraketensystem" is the Buk's origin.)
    func qualifiesProperNoun(_ cue: Range<Int>) -> Bool {
        let start = cue.upperBound + 1
        guard start < range.upperBound, bytes[cue.upperBound] == 0x20, bytes[start] != 0x20 else { return false }
        var next: Range<Int>?
        var after: Range<Int>?
        scanWords(in: start..<range.upperBound) { word in
            if next == nil { next = word; return true }
            after = word
            return false
        }
        guard let next, next.lowerBound == start else { return false }
        let (scalar, _) = ByteText.scalar(at: start, bytes)
        guard Unicode.Scalar(scalar)?.properties.isUppercase ?? false else { return false }
        return !cues.contains { $0.range.overlaps(next) || after.map($0.range.overlaps) ?? false && isSystemCue($0) }
    }

    private func isSystemCue(_ cue: CueMatch) -> Bool {
        if case .system = cue.cue { return true }
        return false
    }
}

extension SentenceAnalysis {
    /// An origin word that stands for its noun ("der britische erreicht Mach 3,5", "el
    /// británico alcanza 7 km"): a definite article right before it, and right after it a
    /// verb or cue of the pack (an attribute cue, a verb of reaching or engaging, a copula),
    /// no name and no noun. The system of that origin named earlier in the sentence, else
    /// the most salient one (`originAntecedent`); nil otherwise.
    func ellipticalOrigin(_ cue: CueMatch, names: [CueMatch]) -> (Int, String)? {
        // (A pack with no articles listed apart counts its definite determiners: "el británico".)
        guard let article = lastWordRange(before: cue.range.lowerBound),
              isIn(.definiteArticle, lowercasedText(article)) || (wordSets[.definiteArticle]?.isEmpty ?? true) && isIn(.determiner, lowercasedText(article)),
              (stretch(article, cue.range)).allSatisfy({ bytes[$0] == 0x20 }),
              let next = nextWordRange(after: cue.range.upperBound),
              (stretch(cue.range, next)).allSatisfy({ bytes[$0] == 0x20 }) else { return nil }
        let nextIsVerb = cues.contains { other in
            guard other.range.lowerBound == next.lowerBound else { return false }
            switch other.cue {
            case .attribute, .targetVerb: return true
            case .word(let word): return word == .reachVerb || word == .copula || word == .weakTargetVerb
            default: return false
            }
        } || isIn(.copula, lowercasedText(next))
        // ("mientras que el británico depende de un haz láser": or an attribute or guidance
        // phrase at most four words on, with no punctuation between.)
        let phraseOn = !cues.contains(where: { ($0.cue == .reference || isWord($0, .originHead)) && $0.range.lowerBound == next.lowerBound })
            && cues.contains { other in
            switch other.cue {
            case .attribute, .guidance: break
            default: return false
            }
            guard other.range.lowerBound > next.lowerBound else { return false }
            let gap = next.lowerBound..<other.range.lowerBound
            return !hasPunctuation(gap) && wordCount(gap) <= 4
        }
        guard nextIsVerb || phraseOn, !names.contains(where: { $0.range.lowerBound == next.lowerBound }) else { return nil }
        return originAntecedent(of: cue.range.upperBound..<cue.range.upperBound, names: names)
    }
}

extension SentenceAnalysis {
    /// Whether a hyphen and a verb of making (pack `structure.origin_verbs`) follow the origin
    /// word at `cue`: "the Iranian-designed Igla-S", "the Norwegian-built CAMM" (blind sets RC,
    /// RE) say who made the system, as "Iranian-made" does, not who uses it.
    func hasMakerSuffix(_ cue: Range<Int>) -> Bool {
        guard cue.upperBound + 1 < range.upperBound, bytes[cue.upperBound] == 0x2D,
              let word = firstWordRange(in: (cue.upperBound + 1)..<range.upperBound), word.lowerBound == cue.upperBound + 1 else { return false }
        return isIn(.originVerb, lowercasedText(word))
    }
}
