/// The lowercased words of each class checked in place, indexed by the class's raw value:
/// `SentenceAnalysis.isIn` asks for one on nearly every word it looks at, and an array slot
/// costs no hashing.
struct WordSets: Sendable {
    private var sets = [Set<String>?](repeating: nil, count: WordClass.allCases.count)

    subscript(_ word: WordClass) -> Set<String>? {
        get { sets[word.rawValue] }
        set { sets[word.rawValue] = newValue }
    }

    subscript(_ word: WordClass, default empty: Set<String>) -> Set<String> {
        get { sets[word.rawValue] ?? empty }
        set { sets[word.rawValue] = newValue }
    }
}

extension ClaimVocabulary {
    /// Whether `word` is one of `compoundClasses`, without hashing (asked for every word looked up).
    @inline(__always)
    static func isCompoundClass(_ word: WordClass) -> Bool {
        switch word {
        case .missileNoun, .weaponNoun, .originHead: true
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
