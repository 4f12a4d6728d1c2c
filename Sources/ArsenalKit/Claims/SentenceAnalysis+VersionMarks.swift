import Foundation

/// A version's mark written alone once its family is named: "Saab will deliver Mk II missiles
/// for the Czech Army's RBS 70 launchers ... the Mk II reaches seven kilometres", "the Anza
/// Mk-II and Mk-III", "The NG version, in service since 2011". The marks come from the records,
/// not from a pack: what a variant's designation adds to its family's ("RBS 70 Mk II" after
/// "RBS 70" leaves "Mk II"), kept only when it has the shape of a mark (a word and a numeral,
/// "Mk II", "Block I", or a short acronym, "NG"), so that "Mistral 3" gives no bare "3".
struct VersionMark {
    /// The mark as the record writes it ("Mk II", "NG").
    var bytes: [UInt8]
    /// The variant it names (index into `Catalog.systems`).
    var system: Int
    /// An acronym ("NG"): it matches with its capitals only; a word and a numeral ("Mk II")
    /// matches in any case, with a space or a hyphen between ("MK-II").
    var acronym: Bool
    /// A bare number ("3" of "Mistral 3" after "Mistral"): it names the version only right
    /// after a version noun (pack `structure.version_nouns`: "la versión 3", "La version 3").
    var afterVersionNoun = false
}

extension SentenceAnalysis {
    /// Marks written alone name their version when a system of that family was named earlier
    /// in the article or in this sentence. A mark inside a name ("RBS 70 Mk II"), right after
    /// another name ("Crotale NG") or after a capitalised word that is no article is left alone.
    func applyVersionMarks() {
        learnVersionMarks()
        guard !state.versionMarks.isEmpty else { return }
        // The bytes a mark may start with (either case unless an acronym): a few letters, each
        // found with `memchr`, so the sentence is not walked byte by byte; the places found are
        // then looked at in text order.
        var added = false
        let utf8 = bytes, start = range.lowerBound, end = range.upperBound
        // (The head bytes as bits of two words: no list is built per sentence.)
        var heads: (low: UInt64, high: UInt64) = (0, 0)
        func allow(_ byte: UInt8) {
            if byte < 64 { heads.low |= 1 << UInt64(byte) } else if byte < 128 { heads.high |= 1 << UInt64(byte - 64) }
        }
        for mark in state.versionMarks {
            let first = mark.bytes[0]
            allow(first)
            if !mark.acronym, TextScan.isASCIIAlphanumeric(first) {
                allow(first | 0x20)
                allow(first & ~0x20)
            }
        }
        var places: [Int] = []
        let base = utf8.baseAddress!
        var headCount = 0
        for (word, offset) in [(heads.low, 0), (heads.high, 64)] {
            var bits = word
            while bits != 0 {
                let head = Int32(offset + bits.trailingZeroBitCount)
                bits &= bits - 1
                headCount += 1
                var from = start
                while from < end, let hit = memchr(base + from, head, end - from) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if at == start || !TextScan.isASCIIAlphanumeric(utf8[at - 1]) { places.append(at) }
                    from = at + 1
                }
            }
        }
        if headCount > 1 { places.sort() }
        var i = start
        for place in places where place >= i {
            i = place
            let byte = utf8[i]
            var next = i + 1
            let folded = byte | 0x20
            for index in state.versionMarks.indices {
                // (By index, the first byte compared before the mark is copied out.)
                let head = state.versionMarks[index].bytes[0]
                guard byte == head || (!state.versionMarks[index].acronym && folded == head | 0x20
                    && TextScan.isASCIIAlphanumeric(byte)) else { continue }
                let mark = state.versionMarks[index]
                let pattern = mark.bytes
                guard i + pattern.count <= end, Self.markMatches(pattern, acronym: mark.acronym, in: utf8, at: i)
                else { continue }
                let found = i..<(i + pattern.count)
                guard found.upperBound == end || !TextScan.isASCIIAlphanumeric(utf8[found.upperBound]),
                      !mentions.contains(where: { $0.named && $0.range.overlaps(found) }),
                      !outsideMentions.contains(where: { $0.range.overlaps(found) }) else { continue }
                var named = found
                if mark.afterVersionNoun {
                    guard let noun = versionNoun(before: found.lowerBound),
                          !quantities.contains(where: { $0.range.overlaps(found) }) else { continue }
                    named = noun.lowerBound..<found.upperBound
                } else if followsAnotherName(found.lowerBound) {
                    continue
                }
                let owner = markOwner(mark, at: found.lowerBound)
                // ("który w porównaniu z Mk 2 ma większy zasięg": a contrast's object, as a name there is.)
                let contrasted = followsContrast(named)
                mentions.append(Mention(range: named, system: owner, named: true, pronoun: false,
                                        possessive: false, isObject: contrasted, words: text(named), contrasted: contrasted))
                if mark.afterVersionNoun { dropFamily(of: owner, after: named) }
                added = true
                next = found.upperBound
                break
            }
            i = next
        }
        if added { mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    /// Learns the marks of the families of the systems this sentence names (the catalog lists
    /// them per record; most families have none).
    func learnVersionMarks() {
        for mention in mentions where mention.named && mention.system >= 0 {
            let marks = catalog.familyVersionMarks[mention.system]
            guard let first = marks.first, !state.versionMarks.contains(where: { $0.system == first.system && $0.bytes == first.bytes }) else { continue }
            state.versionMarks += marks
        }
    }
}

extension Catalog {
    /// For each record of `systems` (by index), the marks of the versions in its family: what
    /// a version's designation adds to another family member's ("Mk II" of "RBS 70 Mk II"
    /// after "RBS 70"), when it has a mark's shape. Built once with the catalog.
    static func versionMarks(of systems: [WeaponSystem], roots: [String: String]) -> [[VersionMark]] {
        var members: [String: [Int]] = [:]
        for (index, system) in systems.enumerated() { members[roots[system.id] ?? system.id, default: []].append(index) }
        var byRoot: [String: [VersionMark]] = [:]
        // Each designation's lowercase form and length, once per family member: the pairs
        // below compare every variant's names with every relative's (a family of ten has
        // thousands of pairs), and counting characters or lowercasing there was most of
        // what loading the catalog's indexes cost.
        typealias Name = (text: String, lowered: String, count: Int)
        var names: [Int: [Name]] = [:]
        for (_, family) in members where family.count > 1 {
            for member in family {
                names[member] = systems[member].designations.map { ($0, $0.lowercased(), $0.count) }
            }
        }
        for (root, family) in members where family.count > 1 {
            var marks: [VersionMark] = []
            for variant in family where systems[variant].extends != nil {
                for (name, lowered, nameCount) in names[variant] ?? [] {
                    for other in family where other != variant {
                        for base in names[other] ?? [] {
                            guard nameCount > base.count + 1, lowered.hasPrefix(base.lowered) else { continue }
                            let rest = name.dropFirst(base.count)
                            guard let separator = rest.first, separator == " " || separator == "-" else { continue }
                            let mark = String(rest.dropFirst())
                            let number = SentenceAnalysis.isBareNumber(mark)
                            guard let acronym = number ? false : SentenceAnalysis.markShape(mark),
                                  !marks.contains(where: { $0.bytes == Array(mark.utf8) }) else { continue }
                            marks.append(VersionMark(bytes: Array(mark.utf8), system: variant, acronym: acronym, afterVersionNoun: number))
                        }
                    }
                }
            }
            byRoot[root] = marks
        }
        return systems.map { byRoot[roots[$0.id] ?? $0.id] ?? [] }
    }
}

extension SentenceAnalysis {
    /// Whether `mark` has a mark's shape: true for an acronym of two to four capitals ("NG"),
    /// false for a word of letters and a numeral ("Mk II", "Mark 2", "Block I"), nil otherwise.
    static func markShape(_ mark: String) -> Bool? {
        let utf8 = Array(mark.utf8)
        if (2...4).contains(utf8.count), utf8.allSatisfy({ $0 &- 0x41 < 26 }) { return true }
        let parts = mark.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 2, parts[0].utf8.count >= 2, parts[0].utf8.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) else { return nil }
        let numeral = parts[1].utf8
        let digits = numeral.count <= 2 && numeral.allSatisfy { $0 &- 0x30 < 10 }
        let roman = numeral.count <= 4 && numeral.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
        return digits || roman ? false : nil
    }

    /// Whether `mark` is a bare number of one or two digits ("3" of "Mistral 3"): a mark only
    /// after a version noun.
    static func isBareNumber(_ mark: String) -> Bool {
        let utf8 = mark.utf8
        return (1...2).contains(utf8.count) && utf8.allSatisfy { $0 &- 0x30 < 10 }
    }

    /// The version noun (pack `structure.version_nouns`: "versión", "version", "wersja") right
    /// before `position`, across spaces only, or nil.
    func versionNoun(before position: Int) -> Range<Int>? {
        var end = position
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end < position else { return nil }
        var start = end
        while start > range.lowerBound, TextScan.isASCIIAlphanumeric(bytes[start - 1]) || bytes[start - 1] >= 0x80 { start -= 1 }
        guard start < end, isIn(.versionNoun, lowercasedText(start..<end)) else { return nil }
        return start..<end
    }

    /// "La versión 3 del Mistral", "version 2 of the Mistral": the family named within
    /// `variantFamilyReach` words after a version written as its number only says what the
    /// version belongs to; its mention is dropped so that no figure binds to the family.
    func dropFamily(of variant: Int, after version: Range<Int>) {
        guard let index = mentions.firstIndex(where: { $0.named && $0.range.lowerBound >= version.upperBound }) else { return }
        let family = mentions[index]
        let between = version.upperBound..<family.range.lowerBound
        guard family.system >= 0, family.system != variant, isAncestor(family.system, of: variant),
              wordCount(between) <= Self.variantFamilyReach, !hasPunctuation(between),
              !containsWord(in: between, where: { isCoordinator($0) }) else { return }
        mentions.remove(at: index)
    }

    /// Whether `pattern` is written at `i`: an acronym byte for byte; a word and numeral in any
    /// ASCII case, a space and a hyphen standing for each other.
    static func markMatches(_ pattern: [UInt8], acronym: Bool, in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        for (k, expected) in pattern.enumerated() {
            let actual = bytes[i + k]
            if acronym {
                guard actual == expected else { return false }
            } else if expected == 0x20 || expected == 0x2D {
                guard actual == 0x20 || actual == 0x2D else { return false }
            } else {
                guard (actual &- 0x41 < 26 ? actual | 0x20 : actual) == (expected &- 0x41 < 26 ? expected | 0x20 : expected) else { return false }
            }
        }
        return true
    }

    /// Whether the word right before `position` (across a space or a hyphen) is a name: a
    /// system's, one outside the database, or a capitalised word that is no article ("Crotale
    /// NG", "Saab's Mk II" are not the marks of a family named elsewhere).
    func followsAnotherName(_ position: Int) -> Bool {
        var end = position
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2D { end -= 1 }
        guard end < position, end > range.lowerBound else { return false }
        if mentions.contains(where: { $0.range.upperBound == end }) || outsideMentions.contains(where: { $0.range.upperBound == end }) {
            return true
        }
        var start = end
        while start > range.lowerBound, TextScan.isASCIIAlphanumeric(bytes[start - 1]) || bytes[start - 1] >= 0x80 || bytes[start - 1] == 0x27 {
            start -= 1
        }
        guard start < end, TextScan.isASCIIUppercase(bytes[start]) else { return false }
        let word = lowercasedText(start..<end)
        return !(isIn(.definiteArticle, word) || isIn(.determiner, word))
    }

    /// The variant a mark names: of two families with the same mark ("Mk II" of the RBS 70 and
    /// of the Anza), the one named last before it in the sentence, else the article's focus.
    func markOwner(_ mark: VersionMark, at position: Int) -> Int {
        let rivals = state.versionMarks.filter { $0.bytes == mark.bytes }
        guard rivals.count > 1 else { return mark.system }
        let roots = rivals.map { catalog.familyRoot(of: catalog.systems[$0.system].id) }
        let before = mentions.last(where: { $0.named && $0.system >= 0 && $0.range.upperBound <= position })?.system ?? state.focus?.system
        if let before, let index = roots.firstIndex(of: catalog.familyRoot(of: catalog.systems[before].id)) { return rivals[index].system }
        return mark.system
    }
}
