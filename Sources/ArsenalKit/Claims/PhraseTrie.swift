/// A multi-phrase matcher over raw UTF-8 bytes: one trie for every phrase, walked from each
/// word start, so finding all phrases in a text is one pass with no string slicing.
///
/// Matching folds what articles vary on and nothing more:
/// - ASCII letters match case-insensitively; a phrase with other letters ("Игла-С",
///   "kilómetros") is inserted in its lowercase, uppercase and capitalized spellings.
/// - One separator in a phrase (space, hyphen) matches one separator in the text: a space,
///   tab, line break, hyphen, no-break space, or a Unicode hyphen or dash (U+2010–U+2013),
///   so "SA-24" also finds "SA 24" and "shoulder fired" also finds "shoulder-fired".
/// - A typographic apostrophe (’ ‘) matches `'`.
/// - Phrases start and end at word boundaries (no letter or digit on either side).
///
/// Phrases are added with `insert`, then `freeze` lays the trie out in flat arrays (one
/// edge list per node, searched linearly: nodes rarely have more than a few children), so
/// the hot loop does no allocation and no reference counting.
struct PhraseTrie<Payload: Sendable>: Sendable {
    /// The symbol a separator folds to. NUL never occurs in checked text (binary input is
    /// refused), so it cannot collide with a real byte.
    static var separator: UInt8 { 0 }

    /// Edges while building: (node << 8 | symbol) → child.
    private var edges: [Int: Int32] = [:]
    private var nodeCount = 1
    /// Payloads per node while building; `freeze` moves them into the flat lists below.
    private var building: [[Payload]] = [[]]
    /// Once frozen, node `n`'s payloads are `payloadList[payloadStarts[n]..<payloadStarts[n + 1]]`:
    /// two arrays instead of one per node, so reading a cached trie allocates twice, not
    /// once per phrase end, and the matcher's look-up retains nothing per node.
    private(set) var payloadStarts: [Int32] = [0, 0]
    private(set) var payloadList: [Payload] = []

    // The frozen form.
    private var root = [Int32](repeating: -1, count: 256)
    private var edgeStart: [Int32] = []
    private var edgeCount: [UInt16] = []
    private var edgeLabels: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// Per node, what the matcher reads at each step in one word: the first edge (bits
    /// 0–31), the number of edges (bits 32–47) and whether a phrase ends there (bit 48).
    /// Derived from the arrays above, which stay the archived form.
    private var nodeWords: [UInt64] = []
    /// Bit `first << 8 | second` is set when a phrase starts with those two symbols (all
    /// 256 bits of `first` when a one-symbol phrase is `first`): most word starts fail
    /// this test, which costs two table reads, before any walk of the trie.
    private var startPairs = [UInt64](repeating: 0, count: 1024)
    /// Bit `slot(hash of the first k symbols)` is set for each phrase's first
    /// `k = min(length, prefixDepth)` symbols: after the pair test, a word start whose first
    /// one to four symbols begin no phrase is rejected with at most four more table reads
    /// (a newsroom's ordinary words share their first two letters with some system name far
    /// more often than their first four).
    private var prefixBits = [UInt64](repeating: 0, count: 1 << (Self.prefixSlotBits - 6))
    /// Bit `k - 1` is set when a phrase folds to `k < prefixDepth` symbols; bit
    /// `prefixDepth - 1` when one folds to `prefixDepth` or more.
    private var prefixLengths: UInt8 = 0
    static var prefixDepth: Int { 4 }
    static var prefixSlotBits: Int { 16 }
    /// Whether Latin letters with diacritics fold to their base letter, in the phrases and in
    /// the text ("Iglá-S" finds "Igla-S"); used for system names only, where an accent is a
    /// misspelling, never for cue words, where it may tell two words apart ("más", "mas").
    let foldsAccents: Bool

    init(foldsAccents: Bool = false) {
        self.foldsAccents = foldsAccents
    }

    @inline(__always)
    private func symbol(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, Int) {
        foldsAccents ? TextScan.accentFoldedSymbol(at: i, in: bytes) : TextScan.symbol(at: i, in: bytes)
    }

    /// Adds `phrase` with `payload`. Phrases that fold to nothing are ignored.
    mutating func insert(_ phrase: String, _ payload: Payload) {
        guard phrase.utf8.contains(where: { $0 >= 0x80 }) else {
            insertFolded(Self.fold(phrase, accents: foldsAccents), payload)
            return
        }
        let spellings: Set<String> = [
            phrase, phrase.lowercased(), phrase.uppercased(), phrase.prefix(1).uppercased() + phrase.dropFirst().lowercased(),
        ]
        var folded: Set<[UInt8]> = []
        for spelling in spellings.sorted() where folded.insert(Self.fold(spelling, accents: foldsAccents)).inserted {
            insertFolded(Self.fold(spelling, accents: foldsAccents), payload)
        }
    }

    private mutating func insertFolded(_ symbols: [UInt8], _ payload: Payload) {
        guard !symbols.isEmpty else { return }
        var node = 0
        for symbol in symbols {
            let key = node << 8 | Int(symbol)
            if let child = edges[key] {
                node = Int(child)
            } else {
                let child = nodeCount
                nodeCount += 1
                building.append([])
                edges[key] = Int32(child)
                node = child
            }
        }
        building[node].append(payload)
        var hash = Self.prefixSeed
        for symbol in symbols.prefix(Self.prefixDepth) { hash = Self.prefixHash(hash, symbol) }
        let slot = Self.prefixSlot(hash)
        prefixBits[slot >> 6] |= 1 << UInt64(slot & 63)
        prefixLengths |= 1 << UInt8(min(symbols.count, Self.prefixDepth) - 1)
    }

    private static var prefixSeed: UInt32 { 0x811C_9DC5 }

    @inline(__always)
    private static func prefixHash(_ hash: UInt32, _ symbol: UInt8) -> UInt32 {
        (hash ^ UInt32(symbol)) &* 0x0100_0193
    }

    @inline(__always)
    private static func prefixSlot(_ hash: UInt32) -> Int {
        Int((hash &* 0x9E37_79B1) >> UInt32(32 - prefixSlotBits))
    }

    /// Builds the flat arrays the matcher reads; call it once after the last `insert`.
    mutating func freeze() {
        root = [Int32](repeating: -1, count: 256)
        // Counting sort of the edges by parent node.
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for key in edges.keys { counts[key >> 8 + 1] += 1 }
        for node in 0..<nodeCount { counts[node + 1] += counts[node] }
        edgeStart = counts.prefix(nodeCount).map { Int32($0) }
        edgeCount = (0..<nodeCount).map { UInt16(counts[$0 + 1] - counts[$0]) }
        edgeLabels = [UInt8](repeating: 0, count: edges.count)
        edgeTargets = [Int32](repeating: -1, count: edges.count)
        var next = counts
        for (key, child) in edges {
            let node = key >> 8
            let symbol = UInt8(key & 0xFF)
            if node == 0 { root[Int(symbol)] = child }
            edgeLabels[next[node]] = symbol
            edgeTargets[next[node]] = child
            next[node] += 1
        }
        // Each node's edges in label order: the matcher stops at the first label past the
        // symbol, or halves a wide node's list.
        for node in 0..<nodeCount where edgeCount[node] > 1 {
            let range = Int(edgeStart[node])..<Int(edgeStart[node]) + Int(edgeCount[node])
            let sorted = range.map { (edgeLabels[$0], edgeTargets[$0]) }.sorted { $0.0 < $1.0 }
            for (offset, edge) in sorted.enumerated() {
                edgeLabels[range.lowerBound + offset] = edge.0
                edgeTargets[range.lowerBound + offset] = edge.1
            }
        }
        payloadStarts = [0]
        payloadStarts.reserveCapacity(nodeCount + 1)
        payloadList = []
        for list in building {
            payloadList += list
            payloadStarts.append(Int32(payloadList.count))
        }
        building = []
        nodeWords = Self.nodeWords(edgeStart, edgeCount, payloadStarts)
        startPairs = [UInt64](repeating: 0, count: 1024)
        for first in 0..<256 where root[first] >= 0 {
            let node = Int(root[first])
            if payloadStarts[node + 1] > payloadStarts[node] {
                for k in 0..<4 { startPairs[first << 2 + k] = ~0 }
                continue
            }
            let start = Int(edgeStart[node])
            for k in start..<start + Int(edgeCount[node]) {
                let pair = first << 8 | Int(edgeLabels[k])
                startPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
    }

    private static func nodeWords(_ starts: [Int32], _ counts: [UInt16], _ payloadStarts: [Int32]) -> [UInt64] {
        (0..<starts.count).map { node in
            let ends = payloadStarts[node + 1] > payloadStarts[node]
            return UInt64(UInt32(bitPattern: starts[node])) | UInt64(counts[node]) << 32 | (ends ? 1 << 48 : 0)
        }
    }

    /// The payloads of a frozen trie's `node` (the matcher's hot loop reads the flat lists).
    func payloads(of node: Int) -> ArraySlice<Payload> {
        payloadList[Int(payloadStarts[node])..<Int(payloadStarts[node + 1])]
    }

    /// The tables of a frozen trie.
    var frozen: Frozen {
        Frozen(
            root: root, edgeStart: edgeStart, edgeCount: edgeCount, edgeLabels: edgeLabels, edgeTargets: edgeTargets,
            startPairs: startPairs, prefixBits: prefixBits, prefixLengths: prefixLengths,
            foldsAccents: foldsAccents, payloadStarts: payloadStarts, payloadList: payloadList)
    }

    /// A frozen trie from its tables, or nil when they do not fit together (a damaged cache
    /// entry): every edge and root target names a node, every node's edges lie in the edge
    /// lists, the payload lists run in order to the end of the payloads, and the bit tables
    /// have their fixed sizes.
    init?(frozen tables: Frozen) {
        let nodes = tables.payloadStarts.count - 1
        let edgeTotal = tables.edgeLabels.count
        guard nodes >= 1, tables.root.count == 256, tables.edgeStart.count == nodes, tables.edgeCount.count == nodes,
            tables.edgeTargets.count == edgeTotal,
            tables.startPairs.count == 1024, tables.prefixBits.count == 1 << (Self.prefixSlotBits - 6),
            tables.root.allSatisfy({ $0 >= -1 && Int($0) < nodes }),
            tables.edgeTargets.allSatisfy({ $0 >= 0 && Int($0) < nodes }),
            zip(tables.edgeStart, tables.edgeCount).allSatisfy({ $0 >= 0 && Int($0) + Int($1) <= edgeTotal }),
            Self.startsAreOrdered(tables.payloadStarts, total: tables.payloadList.count),
            Self.labelsAreSorted(tables.edgeLabels, tables.edgeStart, tables.edgeCount)
        else { return nil }
        foldsAccents = tables.foldsAccents
        nodeCount = nodes
        payloadStarts = tables.payloadStarts
        payloadList = tables.payloadList
        building = []
        root = tables.root
        edgeStart = tables.edgeStart
        edgeCount = tables.edgeCount
        edgeLabels = tables.edgeLabels
        edgeTargets = tables.edgeTargets
        nodeWords = Self.nodeWords(tables.edgeStart, tables.edgeCount, tables.payloadStarts)
        startPairs = tables.startPairs
        prefixBits = tables.prefixBits
        prefixLengths = tables.prefixLengths
    }

    /// A phrase folded to the symbols the trie stores: ASCII lowercased, separator runs
    /// collapsed to one separator symbol, typographic apostrophes to `'`.
    static func fold(_ phrase: String, accents: Bool = false) -> [UInt8] {
        var result: [UInt8] = []
        let bytes = Array(phrase.utf8)
        result.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let (symbol, length) = accents ? TextScan.accentFoldedSymbol(at: i, in: buffer) : TextScan.symbol(at: i, in: buffer)
                if symbol == separator {
                    if result.last != separator && !result.isEmpty { result.append(separator) }
                } else {
                    result.append(symbol)
                }
                i += length
            }
        }
        while result.last == separator { result.removeLast() }
        return result
    }

    /// One phrase found in a text.
    struct Match {
        /// UTF-8 range of the phrase in the text (without an inflection suffix).
        var range: Range<Int>
        /// The end including an accepted plural or possessive suffix.
        var extendedEnd: Int
        /// The trie node whose `payloads` the phrase stands for.
        var node: Int
    }

    /// Whether any phrase starts with the folded symbols at `i` (the first two, or the
    /// first at the end of the text): a quick test before `matches`, which finds nothing
    /// where it fails.
    @inline(__always)
    func mayStart(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (first, length) = symbol(at: i, in: bytes)
        guard root[Int(first)] >= 0 else { return false }
        guard i + length < bytes.count else { return true }
        let second = symbol(at: i + length, in: bytes).0
        let pair = Int(first) << 8 | Int(second)
        guard startPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
        return prefixesMayStart(at: i, in: bytes)
    }

    /// The prefix test of `mayStart`: whether the text's first k symbols at `i`, for some
    /// length k a phrase's prefix has, hash to a set bit. A phrase matches only where the
    /// text's symbols equal its own, so a clear bit for every k rules out every phrase.
    /// ASCII bytes are folded in place (as `TextScan.symbol` folds them); anything else
    /// goes through `symbol(at:in:)`.
    @inline(__always)
    private func prefixesMayStart(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lengths = prefixLengths
        // Four ASCII bytes (the usual case) are folded at once.
        if i + Self.prefixDepth <= bytes.count {
            let raw = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt32.self).littleEndian
            if raw & 0x8080_8080 == 0 {
                var symbols = Self.foldedASCII(raw)
                var hash = Self.prefixSeed
                var depthBit: UInt8 = 1
                for _ in 0..<Self.prefixDepth {
                    hash = Self.prefixHash(hash, UInt8(truncatingIfNeeded: symbols))
                    symbols >>= 8
                    if lengths & depthBit != 0 {
                        let slot = Self.prefixSlot(hash)
                        if prefixBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { return true }
                    }
                    depthBit <<= 1
                }
                return false
            }
        }
        var hash = Self.prefixSeed
        var k = i
        var depthBit: UInt8 = 1
        while depthBit < 1 << UInt8(Self.prefixDepth) {
            guard k < bytes.count else { return false }
            let b = bytes[k]
            let symbol: UInt8
            if b < 0x80 {
                symbol = b &- 0x41 < 26 ? b | 0x20 : b == 0x20 || b == 0x2D || b == 0x0A || b == 0x09 || b == 0x0D ? 0 : b
                k += 1
            } else {
                let (folded, length) = self.symbol(at: k, in: bytes)
                symbol = folded
                k += length
            }
            hash = Self.prefixHash(hash, symbol)
            if lengths & depthBit != 0 {
                let slot = Self.prefixSlot(hash)
                if prefixBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 { return true }
            }
            depthBit <<= 1
        }
        return false
    }

    /// Four ASCII bytes (each below 0x80) folded as `TextScan.symbol` folds each: capitals
    /// lowercased, space, tab, line feed, carriage return and hyphen to the separator (0).
    /// Each byte test adds a constant that carries a byte in range past 0x7F, with no carry
    /// into the next byte.
    @inline(__always)
    static func foldedASCII(_ x: UInt32) -> UInt32 {
        let ones: UInt32 = 0x0101_0101, highs: UInt32 = 0x8080_8080
        let capitals = (x &+ ones &* 0x3F) & ~(x &+ ones &* 0x25) & highs
        @inline(__always) func equal(_ byte: UInt32) -> UInt32 { ~((x ^ ones &* byte) &+ ones &* 0x7F) & highs }
        let separators = equal(0x20) | equal(0x2D) | equal(0x0A) | equal(0x09) | equal(0x0D)
        return (x | capitals >> 2) & ~((separators >> 7) &* 0xFF)
    }

    /// The node an edge labelled `symbol` leads to among the `count` sorted edges from
    /// `first`, or -1: a short list is read in order up to the first label not below the
    /// symbol, a long one is halved.
    @inline(__always)
    private static func child(
        labeled symbol: UInt8, from first: Int, count: Int, _ labels: UnsafeBufferPointer<UInt8>, _ targets: UnsafeBufferPointer<Int32>
    ) -> Int {
        if count <= 8 {
            var k = first
            while k < first + count {
                let label = labels[k]
                if label >= symbol { return label == symbol ? Int(targets[k]) : -1 }
                k += 1
            }
            return -1
        }
        var low = first, high = first + count
        while low < high {
            let middle = (low + high) >> 1
            if labels[middle] < symbol { low = middle + 1 } else { high = middle }
        }
        return low < first + count && labels[low] == symbol ? Int(targets[low]) : -1
    }

    /// Appends every phrase that starts at `start` (a word start), shortest first. A match
    /// followed by a plural or possessive ending ("Stingers", "the Stinger's") records the
    /// ending in `extendedEnd`; the caller decides whether the phrase may carry one.
    func matches(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, into result: inout [Match]) {
        let n = bytes.count
        var (symbol, length) = self.symbol(at: start, in: bytes)
        guard symbol != Self.separator else { return }
        var node = Int(root[Int(symbol)])
        var i = start + length
        edgeLabels.withUnsafeBufferPointer { labels in
            edgeTargets.withUnsafeBufferPointer { targets in
                nodeWords.withUnsafeBufferPointer { words in
                    while node >= 0 {
                        let word = words[node]
                        if word & 1 << 48 != 0 {
                            let end = i
                            // A phrase that ends in an elision's apostrophe ("ispirato all'") runs
                            // straight into the next word ("all'S-300").
                            if end >= n || !TextScan.isWordScalar(at: end, in: bytes) || bytes[end - 1] == 0x27 {
                                result.append(Match(range: start..<end, extendedEnd: end, node: node))
                            } else if let suffixEnd = TextScan.inflectionEnd(at: end, in: bytes) {
                                result.append(Match(range: start..<end, extendedEnd: suffixEnd, node: node))
                            }
                        }
                        guard i < n else { return }
                        (symbol, length) = self.symbol(at: i, in: bytes)
                        node = Self.child(labeled: symbol, from: Int(truncatingIfNeeded: word & 0xFFFF_FFFF),
                                          count: Int(truncatingIfNeeded: word >> 32 & 0xFFFF), labels, targets)
                        i += length
                    }
                }
            }
        }
    }
}

/// Byte-level helpers for scanning UTF-8 text.
enum TextScan {
    /// Whether any byte is 0xC3, 0xC4 or 0xC5 (the lead bytes of Latin letters with
    /// diacritics, U+00C0–U+017F). Eight bytes per step: a word of ASCII bytes is skipped
    /// with one test, which is most of an English text.
    static func containsLatinDiacriticLead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 {
                for k in i..<i + 8 where base[k] &- 0xC3 < 3 { return true }
            }
            i += 8
        }
        while i < n {
            if base[i] &- 0xC3 < 3 { return true }
            i += 1
        }
        return false
    }

    /// Calls `body` with the offset of each word's first byte, in text order: a letter or
    /// digit (any non-ASCII letter lead byte, see `ClaimVocabulary.isLetterLead`) after a
    /// byte that is neither, or at the start. Stops when `body` returns false.
    @inline(__always)
    static func forEachWordStart(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        let n = bytes.count
        var previousIsWord = false
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time (most of a Latin-script text): the word starts
            // among them are the letters and digits whose preceding byte is neither.
            if i + 8 <= n {
                let chunk = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    let word = asciiAlphanumericMask(chunk)
                    var starts = word & ~(word << 8 | (previousIsWord ? 0x80 : 0))
                    while starts != 0 {
                        if !body(i + starts.trailingZeroBitCount >> 3) { return }
                        starts &= starts &- 1
                    }
                    previousIsWord = word >> 63 != 0
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            let isWord: Bool
            let length: Int
            if b < 0x80 {
                isWord = isASCIIAlphanumeric(b)
                length = 1
            } else {
                length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                isWord = ClaimVocabulary.isLetterLead(b, next: i + 1 < n ? bytes[i + 1] : 0)
            }
            if isWord && !previousIsWord, !body(i) { return }
            previousIsWord = isWord
            i += length
        }
    }

    /// The folded symbol of the scalar at `i` and the bytes it takes: ASCII letters
    /// lowercased, separators to `PhraseTrie.separator`, ’ and ‘ to `'`, other bytes as is
    /// (one byte at a time for other non-ASCII scalars).
    @inline(__always)
    static func symbol(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> (UInt8, Int) {
        let b = p[i]
        if b < 0x80 {
            switch b {
            case 0x41...0x5A: return (b | 0x20, 1)
            case 0x20, 0x09, 0x0A, 0x0D, 0x2D: return (0, 1)
            default: return (b, 1)
            }
        }
        let n = p.count
        if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 { return (0, 2) }
        if b == 0xE2, i + 2 < n, p[i + 1] == 0x80 {
            switch p[i + 2] {
            case 0x90...0x93: return (0, 3)
            case 0x98, 0x99: return (0x27, 3)
            default: break
            }
        }
        return (b, 1)
    }

    /// `symbol(at:in:)`, with a Latin letter carrying a diacritic (U+00C0–U+017F: "á", "ñ",
    /// "ł", "ż") folded to its lowercase ASCII base letter; letters without one ("æ", "ß") and
    /// other scripts stay as they are.
    @inline(__always)
    static func accentFoldedSymbol(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> (UInt8, Int) {
        let b = p[i]
        guard b >= 0xC3, b <= 0xC5, i + 1 < p.count else { return symbol(at: i, in: p) }
        let scalar = (UInt32(b & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F)
        if let base = baseLetter(scalar) { return (base, 2) }
        return symbol(at: i, in: p)
    }

    /// The lowercase ASCII base of a Latin-1 or Latin Extended-A letter with a diacritic.
    static func baseLetter(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return 0x61  // a
        case 0xC7, 0xE7, 0x106...0x10D: return 0x63  // c
        case 0x10E...0x111, 0xD0, 0xF0: return 0x64  // d
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return 0x65  // e
        case 0x11C...0x123: return 0x67  // g
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return 0x69  // i
        case 0x139...0x142: return 0x6C  // l
        case 0xD1, 0xF1, 0x143...0x148: return 0x6E  // n
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return 0x6F  // o
        case 0x154...0x159: return 0x72  // r
        case 0x15A...0x161: return 0x73  // s
        case 0x162...0x167: return 0x74  // t
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return 0x75  // u
        case 0xDD, 0xFD, 0xFF, 0x176...0x178: return 0x79  // y
        case 0x179...0x17E: return 0x7A  // z
        default: return nil
        }
    }

    /// Whether the scalar starting at `i` is a letter or digit.
    @inline(__always)
    static func isWordScalar(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = p[i]
        if b < 0x80 { return isASCIIAlphanumeric(b) }
        guard b >= 0xC0 else { return false }
        let value = decode(at: i, in: p)
        return Unicode.Scalar(value).map { $0.properties.isAlphabetic } ?? false
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// `isASCIIAlphanumeric` for eight ASCII bytes (each below 0x80) at once: bit 7 of each
    /// byte of the result is set where the byte is a letter or digit, every other bit is
    /// clear. Each test adds a constant that carries a byte in range past 0x7F (and one
    /// past the range further), with no carry into the next byte.
    @inline(__always)
    static func asciiAlphanumericMask(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lower = chunk | 0x2020_2020_2020_2020
        let letter = (lower &+ ones &* 0x1F) & ~(lower &+ ones &* 0x05)
        let digit = (chunk &+ ones &* 0x50) & ~(chunk &+ ones &* 0x46)
        return (letter | digit) & 0x8080_8080_8080_8080
    }

    @inline(__always)
    static func isASCIIUppercase(_ b: UInt8) -> Bool { b &- 0x41 < 26 }

    /// The scalar value at `i` (input is valid UTF-8).
    static func decode(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = p.count
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return b0 }
        if b0 < 0xE0, i + 1 < n { return (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F) }
        if b0 < 0xF0, i + 2 < n {
            return (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        }
        if i + 3 < n {
            return (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                | UInt32(p[i + 3] & 0x3F)
        }
        return 0xFFFD
    }

    /// The end of a plural or possessive ending that starts at `i` and closes a word:
    /// `s`, `es`, `'s`, `’s`, `s'`, `s’`. Nil when there is none.
    static func inflectionEnd(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = p.count
        func closes(_ k: Int) -> Bool { k >= n || !isWordScalar(at: k, in: p) }
        func apostrophe(_ k: Int) -> Int? {
            guard k < n else { return nil }
            if p[k] == 0x27 { return 1 }
            if p[k] == 0xE2, k + 2 < n, p[k + 1] == 0x80, p[k + 2] == 0x99 { return 3 }
            return nil
        }
        if let a = apostrophe(i), i + a < n, p[i + a] | 0x20 == 0x73, closes(i + a + 1) { return i + a + 1 }
        if p[i] | 0x20 == 0x73 {
            if closes(i + 1) {
                if let a = apostrophe(i + 1) { return i + 1 + a }
                return i + 1
            }
        }
        if p[i] | 0x20 == 0x65, i + 1 < n, p[i + 1] | 0x20 == 0x73, closes(i + 2) { return i + 2 }
        return nil
    }
}
