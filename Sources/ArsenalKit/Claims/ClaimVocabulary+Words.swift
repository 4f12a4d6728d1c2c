/// The lowercased words of each class checked in place, indexed by the class's raw value:
/// `SentenceAnalysis.isIn` asks for one on nearly every word it looks at, and an array slot
/// costs no hashing.
struct WordSets: Sendable {
    private var sets = [Set<String>?](repeating: nil, count: WordClass.allCases.count)
    /// Per class, `Self.signatureBits` bits: the signatures of its ASCII words, so that most
    /// ASCII words outside the class are turned away without hashing them.
    private var signatures = [UInt64](repeating: 0, count: WordClass.allCases.count * Self.signatureWords)
    /// Per class, its words of five or more characters with their character counts: the
    /// endings a compound noun may carry ("Flugabwehrrakete" ends in "rakete").
    private var endings = [[(word: String, count: Int)]](repeating: [], count: WordClass.allCases.count)
    /// Per class, four words of bits: the last UTF-8 byte of each of its words. A word ends
    /// like a member, and a compound ends with one, only if its own last byte is set.
    private var finalBytes = [UInt64](repeating: 0, count: WordClass.allCases.count * 4)
    static let signatureWords = 16
    static let signatureBits = signatureWords * 64

    subscript(_ word: WordClass) -> Set<String>? {
        get { sets[word.rawValue] }
        set {
            sets[word.rawValue] = newValue
            sign(word)
        }
    }

    subscript(_ word: WordClass, default empty: Set<String>) -> Set<String> {
        get { sets[word.rawValue] ?? empty }
        set {
            sets[word.rawValue] = newValue
            sign(word)
        }
    }

    /// Whether the class holds `text`, as `Set.contains` answers: an ASCII text whose
    /// signature no ASCII word of the class has is not in it (an ASCII string equals only
    /// the same bytes), and is not hashed.
    func contains(_ word: WordClass, _ text: String) -> Bool {
        if let signature = Self.signature(text) {
            let bit = word.rawValue * Self.signatureWords * 64 + signature
            guard signatures[bit >> 6] >> UInt64(bit & 63) & 1 != 0 else { return false }
        }
        return sets[word.rawValue]?.contains(text) ?? false
    }

    /// Whether `text` is longer than a word of five or more characters of the class and
    /// ends with it (a compound whose head is in the class); the character counts are the
    /// class's own, worked out once.
    func endsWithLongMember(_ word: WordClass, _ text: String) -> Bool {
        let candidates = endings[word.rawValue]
        guard !candidates.isEmpty else { return false }
        let count = text.count
        return candidates.contains { count > $0.count && text.hasSuffix($0.word) }
    }

    /// Whether a word of the class, or a compound ending with one, may end with `byte` (the
    /// last byte of a lowercased word).
    func mayEnd(_ word: WordClass, with byte: UInt8) -> Bool {
        finalBytes[word.rawValue * 4 + Int(byte >> 6)] >> UInt64(byte & 63) & 1 != 0
    }

    /// Records the signatures of the class's ASCII words and the last bytes of all of them.
    private mutating func sign(_ word: WordClass) {
        let base = word.rawValue * Self.signatureWords
        for index in base..<(base + Self.signatureWords) { signatures[index] = 0 }
        for index in (word.rawValue * 4)..<(word.rawValue * 4 + 4) { finalBytes[index] = 0 }
        for text in sets[word.rawValue] ?? [] {
            guard let last = text.utf8.last else { continue }
            finalBytes[word.rawValue * 4 + Int(last >> 6)] |= 1 << UInt64(last & 63)
        }
        endings[word.rawValue] = (sets[word.rawValue] ?? []).compactMap { text in
            let count = text.count
            return count >= 5 ? (text, count) : nil
        }
        for text in sets[word.rawValue] ?? [] {
            guard let signature = Self.signature(text) else { continue }
            signatures[base + signature >> 6] |= 1 << UInt64(signature & 63)
        }
    }

    /// `signature(_:)` of a text's UTF-8 bytes.
    @inline(__always)
    static func signature(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for byte in bytes where byte >= 0x80 { return nil }
        let first = bytes.first ?? 0
        let last = bytes.last ?? 0
        return (Int(first) &* 37 &+ Int(last) &* 11 &+ bytes.count &* 101) % Self.signatureBits
    }

    /// A hash of an ASCII text's length and first and last bytes; nil for any other text.
    @inline(__always)
    static func signature(_ text: String) -> Int? {
        if let signature = text.utf8.withContiguousStorageIfAvailable({ signature(of: $0) }) { return signature }
        var count = 0
        var first: UInt8 = 0
        var last: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if count == 0 { first = byte }
            last = byte
            count += 1
        }
        return (Int(first) &* 37 &+ Int(last) &* 11 &+ count &* 101) % Self.signatureBits
    }
}

extension ClaimVocabulary {
    /// Whether `word` is one of `compoundClasses`, without hashing (asked for every word looked up).
    @inline(__always)
    static func isCompoundClass(_ word: WordClass) -> Bool {
        switch word {
        case .missileNoun, .weaponNoun, .originHead, .sensorHead, .formation: true
        default: false
        }
    }

    /// A phrase compared loosely: lowercased, hyphens as spaces.
    static func key(_ phrase: String) -> String {
        // On the UTF-8 bytes: a hyphen-minus, or U+2011 (E2 80 91), becomes one space.
        var bytes = Array(phrase.lowercased().utf8)
        var write = 0
        var read = 0
        while read < bytes.count {
            if bytes[read] == 0x2D {
                bytes[write] = 0x20
                read += 1
            } else if bytes[read] == 0xE2, read + 2 < bytes.count, bytes[read + 1] == 0x80, bytes[read + 2] == 0x91 {
                bytes[write] = 0x20
                read += 3
            } else {
                bytes[write] = bytes[read]
                read += 1
            }
            write += 1
        }
        return String(decoding: bytes[..<write], as: UTF8.self)
    }
}

extension ClaimVocabulary {
    /// The detection words that name a sensor's range: those holding one of the pack's range
    /// cues of five letters or more ("detection range", "portée de détection",
    /// "Erfassungsreichweite", "дальность обнаружения"), compared lower-cased.
    static func sensorRangeNouns(_ detectionWords: [String], rangeCues: [String]) -> [String] {
        let cues = rangeCues.map { $0.lowercased() }.filter { $0.count >= 5 && !$0.contains(" ") }
        return detectionWords.filter { word in
            let folded = word.lowercased()
            return cues.contains { folded.contains($0) }
        }
    }
}
