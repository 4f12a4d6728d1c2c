/// Tells which language pack a document is written in, from the packs' own data: each
/// pack's `detection.stopwords` (frequent short words) and `detection.letters` (letters
/// typical of it). It reads the first `sampleBytes` of the text, counts the words of each
/// pack, and names the pack with the most, if it is clearly ahead. Cheap: one pass over a
/// few kilobytes, one hash per word.
public struct LanguageDetector: Sendable {
    /// How a document's language was decided.
    public enum Outcome: Sendable, Hashable {
        /// The document is in this pack's language.
        case language(String)
        /// The document has enough words, but too few of any pack's stopwords: its language
        /// has no pack.
        case noPack(words: Int)
        /// Too few words to tell (a heading, a table of figures).
        case undetermined
    }

    /// How much of a document is read.
    public static let sampleBytes = 8192
    private let languages: [String]
    /// Folded word key → bit set of the packs whose stopword it is.
    private let stopwords: WordKeyTable
    /// Letter scalar → bit set of the packs it is typical of.
    private let letters: [UInt32: UInt64]
    /// Letter scalar → bit set of the packs whose language never writes it.
    private let foreignLetters: [UInt32: UInt64]
    /// `letters` and `foreignLetters` for the two-byte scalars (U+0080–U+07FF: Latin
    /// letters with diacritics, Greek, Cyrillic), as flat arrays indexed by `scalar - 0x80`,
    /// so a Russian or Polish text pays an index, not two hashes, per letter.
    private let twoByteLetters: [UInt64]
    private let twoByteForeignLetters: [UInt64]

    /// A detector over `packs` (at most 64).
    public init(packs: [Lexicon]) {
        self.init(detection: packs.map { ($0.language, $0.detection) })
    }

    /// A detector over the detection words of packs (language code, words; at most 64).
    public init(detection packs: [(language: String, detection: DetectionWords)]) {
        languages = packs.prefix(64).map(\.language)
        var stopwords: [UInt64: UInt64] = [:]
        var letters: [UInt32: UInt64] = [:]
        var foreignLetters: [UInt32: UInt64] = [:]
        for (index, pack) in packs.prefix(64).enumerated() {
            let bit: UInt64 = 1 << UInt64(index)
            for word in pack.detection.stopwords {
                let bytes = Array(word.utf8)
                let key = bytes.withUnsafeBufferPointer { TokenHash.folded($0, 0..<$0.count) }
                stopwords[key, default: 0] |= bit
            }
            for (list, isForeign) in [(pack.detection.letters, false), (pack.detection.foreignLetters, true)] {
                for letter in list {
                    for spelling in Set([letter, letter.lowercased(), letter.uppercased()]) {
                        guard let scalar = spelling.unicodeScalars.first, spelling.unicodeScalars.count == 1 else { continue }
                        if isForeign { foreignLetters[scalar.value, default: 0] |= bit } else { letters[scalar.value, default: 0] |= bit }
                    }
                }
            }
        }
        self.stopwords = WordKeyTable(stopwords)
        self.letters = letters
        self.foreignLetters = foreignLetters
        var twoByteLetters = [UInt64](repeating: 0, count: 0x780)
        var twoByteForeignLetters = [UInt64](repeating: 0, count: 0x780)
        for (scalar, mask) in letters where scalar >= 0x80 && scalar < 0x800 { twoByteLetters[Int(scalar) - 0x80] = mask }
        for (scalar, mask) in foreignLetters where scalar >= 0x80 && scalar < 0x800 { twoByteForeignLetters[Int(scalar) - 0x80] = mask }
        self.twoByteLetters = twoByteLetters
        self.twoByteForeignLetters = twoByteForeignLetters
    }

    /// The language of the text in `bytes` (UTF-8). A pack wins when at least a fifth of
    /// the words are its stopwords (or it has many, or a twentieth with three times the
    /// next pack's score), and it leads the next pack clearly;
    /// with thirty words or more and no pack near a fifth, the language has no pack.
    public func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard languages.count > 0 else { return .undetermined }
        let packs = languages.count
        // The three counts per pack in one buffer, written through a pointer in the loop
        // (stopwords, then typical letters, then foreign letters): an array per count cost
        // a uniqueness check at every hit.
        var hits = [Int](repeating: 0, count: 3 * packs)
        let words = hits.withUnsafeMutableBufferPointer { counts in
            countWords(bytes, into: counts.baseAddress!, packs: packs)
        }
        let stopwordHits = Array(hits[0..<packs])
        let letterHits = Array(hits[packs..<2 * packs])
        let foreignHits = Array(hits[2 * packs..<3 * packs])
        return decide(words: words, stopwordHits: stopwordHits, letterHits: letterHits, foreignHits: foreignHits)
    }

    /// Counts the words of the sample and, per pack, its stopwords among them (at
    /// `counts[pack]`), its typical letters (`counts[packs + pack]`) and its foreign letters
    /// (`counts[2 * packs + pack]`); returns the number of words.
    private func countWords(_ bytes: UnsafeBufferPointer<UInt8>, into counts: UnsafeMutablePointer<Int>, packs: Int) -> Int {
        let letterCounts = counts + packs
        let foreignCounts = counts + 2 * packs
        var words = 0
        var i = 0
        let end = min(bytes.count, Self.sampleBytes)
        let n = bytes.count
        while i < end {
            // Eight ASCII bytes at a time (most of a Latin-script text): skip to the first
            // letter among them, or past all eight.
            if i + 8 <= n {
                let chunk = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    let letters = Self.asciiLetterMask(chunk)
                    guard letters != 0 else {
                        i += 8
                        continue
                    }
                    i += letters.trailingZeroBitCount >> 3
                    guard i < end else { break }
                }
            }
            let (v, length) = ByteText.scalar(at: i, bytes)
            guard ByteText.isLetter(v) else {
                i += max(length, 1)
                continue
            }
            let start = i
            var ascii = true
            while i < n {
                // Eight ASCII letters at a time; a chunk with anything else ends the run of
                // ASCII letters at its first such byte.
                if i + 8 <= n {
                    let chunk = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                    if chunk & 0x8080_8080_8080_8080 == 0 {
                        let others = ~Self.asciiLetterMask(chunk) & 0x8080_8080_8080_8080
                        guard others == 0 else {
                            i += others.trailingZeroBitCount >> 3
                            break
                        }
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if b < 0x80 {
                    // An ASCII letter, the usual case, without decoding.
                    guard (b | 0x20) &- 0x61 < 26 else { break }
                    i += 1
                    continue
                }
                let (w, l) = ByteText.scalar(at: i, bytes)
                guard ByteText.isLetter(w) else { break }
                ascii = false
                if w < 0x800 {
                    let letterMask = twoByteLetters[Int(w) - 0x80], foreignMask = twoByteForeignLetters[Int(w) - 0x80]
                    if letterMask != 0 { Self.add(letterMask, to: letterCounts) }
                    if foreignMask != 0 { Self.add(foreignMask, to: foreignCounts) }
                } else {
                    if let mask = letters[w] { Self.add(mask, to: letterCounts) }
                    if let mask = foreignLetters[w] { Self.add(mask, to: foreignCounts) }
                }
                i += l
            }
            words += 1
            if i - start <= 24 {
                let key = ascii ? TokenHash.foldedASCIILetters(bytes, start..<i) : TokenHash.folded(bytes, start..<i)
                let mask = stopwords[key]
                if mask != 0 { Self.add(mask, to: counts) }
            }
        }
        return words
    }

    /// The outcome for the counts of `detect`.
    private func decide(words: Int, stopwordHits: [Int], letterHits: [Int], foreignHits: [Int]) -> Outcome {
        // A stopword counts two, a typical letter one. A pack whose foreign letters are
        // frequent (three or more, and one in twenty words or more: Ukrainian "і" in a text
        // Russian stopwords would claim) cannot be the language; a Russian text quoting one
        // Ukrainian place name stays Russian.
        let scores = languages.indices.map { index in
            foreignHits[index] >= 3 && foreignHits[index] * 20 >= words ? 0 : 2 * stopwordHits[index] + letterHits[index]
        }
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        let best = ranked[0]
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        let share = words == 0 ? 0 : Double(stopwordHits[best]) / Double(words)
        // Languages without articles (Russian, Polish) have fewer stopwords: a pack far ahead
        // of every other (three times the next score) needs only a twentieth of the words.
        // Letters typical of the pack that fill the text (one in ten words or more: Ukrainian
        // "і", Polish "ł") stand in for part of the stopwords, for a language whose neighbour
        // shares its short words and so leaves it fewer of its own.
        let frequentLetters = letterHits[best] * 10 >= words
        let dominant = (share >= 0.05 || share >= 0.02 && frequentLetters) && scores[best] >= 3 * second
        if scores[best] >= 4, scores[best] > second + 1, share >= 0.2 || stopwordHits[best] >= 40 || dominant {
            return .language(languages[best])
        }
        // A text dense with names and figures ("Oberst a. D. Rainer Lorenz, 76, befehligte in
        // der NVA ...", a spec sheet in prose) has few stopwords: one pack nearly twice ahead of
        // the next, its stopwords a tenth of the words or more, still reads it (blind sets QE,
        // QI, QM: de and en); a language with no pack spreads its short words over several.
        if share >= 0.1, scores[best] >= 8, 5 * scores[best] >= 9 * second { return .language(languages[best]) }
        if words >= 30, share < 0.2, stopwordHits[best] < 40 { return .noPack(words: words) }
        return .undetermined
    }

    /// Bit 7 of each byte of the result is set where that byte of `chunk` (eight ASCII
    /// bytes, each below 0x80) is a letter, A–Z or a–z; every other bit is clear. Each test
    /// adds a constant that carries a byte in range past 0x7F, with no carry into the next.
    @inline(__always)
    static func asciiLetterMask(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lower = chunk | 0x2020_2020_2020_2020
        return (lower &+ ones &* 0x1F) & ~(lower &+ ones &* 0x05) & 0x8080_8080_8080_8080
    }

    @inline(__always)
    private static func add(_ mask: UInt64, to counts: UnsafeMutablePointer<Int>) {
        var m = mask
        while m != 0 {
            let index = m.trailingZeroBitCount
            counts[index] += 1
            m &= m - 1
        }
    }
}

/// A read-only map from folded word keys (`TokenHash.folded`, already well mixed) to
/// non-zero bit sets, as one open-addressed array: a look-up per word of every document
/// costs an index and a compare, not a hash of the key.
struct WordKeyTable: Sendable {
    private let keys: [UInt64]
    /// Zero marks an empty slot (a stored bit set is never zero).
    private let values: [UInt64]
    private let mask: Int

    /// The table of `entries`' non-zero values.
    init(_ entries: [UInt64: UInt64]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt64](repeating: 0, count: capacity)
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) where value != 0 {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while values[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        mask = capacity - 1
    }

    /// The bit set stored for `key`, or zero.
    subscript(key: UInt64) -> UInt64 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let value = values[slot]
            if value == 0 || keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }
}
