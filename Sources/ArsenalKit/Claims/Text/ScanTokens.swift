/// Tokens of plain text as the scanner's slow path sees them: words (runs of letters,
/// with inner apostrophes), digit runs, and single other characters (symbols). Spacing
/// separates tokens and is not a token; a blank line ends the search.
///
/// Each token carries two 64-bit hashes of its bytes, one case-folded (ASCII and Latin-1
/// capitals) and one exact, so that phrase tables are looked up without building strings.
/// A phrase's key combines its tokens' hashes (`TokenHash.combine`); a false match needs a
/// 64-bit collision.
struct ScanToken {
    enum Kind { case word, digits, symbol }

    var start: Int
    var end: Int
    var kind: Kind
    /// The first scalar's value.
    var scalar: UInt32
    /// Whether spacing separates the token from the position it was searched from.
    var spaced: Bool
    /// Hash of the case-folded bytes (`ByteTokenizer.exactKey` hashes the exact bytes).
    var key: UInt64

    /// The key of the one-token phrase made of this token.
    @inline(__always) var single: UInt64 { TokenHash.combine(TokenHash.seed, key) }
}

enum TokenHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Folds case for hashing, one UTF-8 byte at a time given its neighbours: ASCII,
    /// Latin-1 (À–Þ), Latin Extended-A (Polish Ł, Ś, Ż, Ą; French Œ) and Cyrillic (А–Я,
    /// Ѐ–Џ, Ґ). Cyrillic folds to the capital's bytes (both the lead and the continuation
    /// byte may change), everything else to lowercase; only equality of folded words
    /// matters. German ß has no single-scalar capital in text and folds to itself.
    @inline(__always)
    static func fold(_ byte: UInt8, previous: UInt8, next: UInt8 = 0) -> UInt8 {
        if byte < 0x80 { return byte &- 0x41 < 26 ? byte | 0x20 : byte }
        if byte >= 0xC0 {
            // р–я and ѐ–џ (D1 80–9F) share the lead byte of their capitals (D0).
            return byte == 0xD1 && next >= 0x80 && next <= 0x9F ? 0xD0 : byte
        }
        switch previous {
        case 0xC3: return byte <= 0x9E && byte != 0x97 ? byte &+ 0x20 : byte
        case 0xC4:
            if byte <= 0xB7 { return byte | 1 }
            return byte >= 0xB9 && byte <= 0xBE && byte & 1 == 1 ? byte &+ 1 : byte
        case 0xC5:
            if byte >= 0x81 && byte <= 0x87 && byte & 1 == 1 { return byte &+ 1 }
            if byte >= 0x8A && byte <= 0xB7 { return byte | 1 }
            return byte >= 0xB9 && byte <= 0xBE && byte & 1 == 1 ? byte &+ 1 : byte
        case 0xD0: return byte >= 0xB0 ? byte &- 0x20 : byte
        case 0xD1:
            if byte <= 0x8F { return byte &+ 0x20 }
            return byte <= 0x9F ? byte &- 0x10 : byte
        case 0xD2: return byte >= 0x8A ? byte | 1 : byte
        case 0xD3: return byte >= 0x90 ? byte | 1 : byte
        default: return byte
        }
    }

    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return x | 1
    }

    /// The key of a phrase given its tokens' keys in order.
    @inline(__always)
    static func combine(_ h: UInt64, _ token: UInt64) -> UInt64 {
        var x = (h ^ token) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x | 1
    }

    /// Hash of a token's case-folded bytes, eight bytes at a time.
    @inline(__always)
    static func folded(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = seed ^ UInt64(range.count)
        var previous: UInt8 = 0
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            var chunk: UInt64 = 0
            var shift: UInt64 = 0
            let chunkEnd = min(k + 8, end)
            while k < chunkEnd {
                let byte = p[k]
                chunk |= UInt64(fold(byte, previous: previous, next: k + 1 < end ? p[k + 1] : 0)) << shift
                previous = byte
                shift &+= 8
                k += 1
            }
            h = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 31
        }
        return finish(h)
    }

    /// `folded(_:_:)` of a token made only of ASCII letters and digits (the caller knows it
    /// is), eight bytes per load: such a byte folds to itself with bit 0x20 set (digits have
    /// it already), so a chunk folds with one OR. Equal to `folded` for every such token.
    @inline(__always)
    static func foldedASCIILetters(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = seed ^ UInt64(range.count)
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            let count = min(8, end - k)
            var chunk: UInt64
            if k + 8 <= p.count {
                chunk = UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt64.self).littleEndian
                if count < 8 { chunk &= (1 << UInt64(count * 8)) &- 1 }
            } else {
                chunk = 0
                for j in 0..<count { chunk |= UInt64(p[k + j]) << UInt64(j * 8) }
            }
            let lowercase: UInt64 = count == 8 ? 0x2020_2020_2020_2020 : 0x2020_2020_2020_2020 & ((1 << UInt64(count * 8)) &- 1)
            h = (h ^ (chunk | lowercase)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 31
            k += count
        }
        return finish(h)
    }

    /// Hash of a token's exact bytes (for case-sensitive unit symbols).
    static func exact(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = seed ^ UInt64(range.count)
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            var chunk: UInt64 = 0
            var shift: UInt64 = 0
            let chunkEnd = min(k + 8, end)
            while k < chunkEnd {
                chunk |= UInt64(p[k]) << shift
                shift &+= 8
                k += 1
            }
            h = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 31
        }
        return finish(h)
    }
}

/// Remembers the last tokens found from each position: the slow path asks for the token
/// after a figure or before a bound several times while it reads one mention.
final class TokenMemo {
    struct Entry {
        var position = -1
        var token: ScanToken?
    }

    static let size = 64
    let forward: UnsafeMutablePointer<Entry>
    let backward: UnsafeMutablePointer<Entry>

    init() {
        forward = .allocate(capacity: TokenMemo.size)
        forward.initialize(repeating: Entry(), count: TokenMemo.size)
        backward = .allocate(capacity: TokenMemo.size)
        backward.initialize(repeating: Entry(), count: TokenMemo.size)
    }

    deinit {
        forward.deallocate()
        backward.deallocate()
    }
}

/// Token-level navigation over a UTF-8 buffer.
struct ByteTokenizer {
    let p: UnsafeBufferPointer<UInt8>
    /// The memo's storage (owned by a `TokenMemo` that outlives the tokenizer), held as
    /// plain pointers so that copying the tokenizer costs no reference counting.
    private let forwardMemo: UnsafeMutablePointer<TokenMemo.Entry>?
    private let backwardMemo: UnsafeMutablePointer<TokenMemo.Entry>?

    init(p: UnsafeBufferPointer<UInt8>, memo: TokenMemo? = nil) {
        self.p = p
        forwardMemo = memo?.forward
        backwardMemo = memo?.backward
    }

    @inline(__always) func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 }

    @inline(__always) func isSpacing(_ v: UInt32) -> Bool {
        v == 0x20 || (v > 0x7F && (ByteText.isHorizontalSpace(v) || v == 0x200B || v == 0xAD)) || v == 0x09 || v == 0x0D
    }

    /// The token at or after `i`, skipping spacing and at most one line break.
    @inline(__always)
    func next(_ i: Int) -> ScanToken? {
        guard let forwardMemo else { return scanNext(i) }
        let entry = forwardMemo + (i & (TokenMemo.size - 1))
        if entry.pointee.position == i { return entry.pointee.token }
        let token = scanNext(i)
        entry.pointee = TokenMemo.Entry(position: i, token: token)
        return token
    }

    /// The token that ends at or before `i`, skipping spacing and at most one line break.
    @inline(__always)
    func previous(_ i: Int) -> ScanToken? {
        guard let backwardMemo else { return scanPrevious(i) }
        let entry = backwardMemo + (i & (TokenMemo.size - 1))
        if entry.pointee.position == i { return entry.pointee.token }
        let token = scanPrevious(i)
        entry.pointee = TokenMemo.Entry(position: i, token: token)
        return token
    }

    private func scanNext(_ i: Int) -> ScanToken? {
        var j = i
        let n = p.count
        var newlines = 0
        var spaced = false
        while j < n {
            let b = p[j]
            if b == 0x20 {
                spaced = true
                j += 1
                continue
            }
            let (v, length) = ByteText.scalar(at: j, p)
            if v == 0x0A {
                newlines += 1
                if newlines > 1 { return nil }
            } else if !isSpacing(v) {
                break
            }
            spaced = true
            j += length
        }
        guard j < n else { return nil }
        return token(at: j, spaced: spaced)
    }

    /// The token that starts exactly at `j` (not spacing).
    func token(at j: Int, spaced: Bool = false) -> ScanToken {
        let n = p.count
        let (v, length) = ByteText.scalar(at: j, p)
        var e = j + length
        let kind: ScanToken.Kind
        // Whether every byte is an ASCII letter or digit: such a token hashes eight bytes
        // per load (`TokenHash.foldedASCIILetters`; ASCII digits have bit 0x20 set too).
        var plain = v < 0x80
        if ByteText.isDigitScalar(v) {
            while e < n, ByteText.isDigit(p[e]) { e += 1 }
            kind = .digits
        } else if ByteText.isLetter(v) {
            while e < n {
                let b = p[e]
                if b < 0x80 {
                    if ByteText.isASCIILetter(b) {
                        e += 1
                        continue
                    }
                    if b == 0x27, e + 1 < n, ByteText.isLetter(ByteText.scalar(at: e + 1, p).value) {
                        plain = false
                        e += 1
                        continue
                    }
                    break
                }
                plain = false
                let (w, l) = ByteText.scalar(at: e, p)
                if ByteText.isLetter(w) {
                    e += l
                } else if w == 0x2019, e + l < n, ByteText.isLetter(ByteText.scalar(at: e + l, p).value) {
                    e += l
                } else {
                    break
                }
            }
            kind = .word
        } else {
            kind = .symbol
            plain = false
        }
        let key = plain ? TokenHash.foldedASCIILetters(p, j..<e) : TokenHash.folded(p, j..<e)
        return ScanToken(start: j, end: e, kind: kind, scalar: v, spaced: spaced, key: key)
    }

    private func scanPrevious(_ i: Int) -> ScanToken? {
        var j = i
        var newlines = 0
        var spaced = false
        while j > 0 {
            if p[j - 1] == 0x20 {
                spaced = true
                j -= 1
                continue
            }
            let (v, start) = ByteText.scalar(before: j, p)
            if v == 0x0A {
                newlines += 1
                if newlines > 1 { return nil }
            } else if !isSpacing(v) {
                break
            }
            spaced = true
            j = start
        }
        guard j > 0 else { return nil }
        let (v, start) = ByteText.scalar(before: j, p)
        var s = start
        let kind: ScanToken.Kind
        if ByteText.isDigitScalar(v) {
            while s > 0, ByteText.isDigit(p[s - 1]) { s -= 1 }
            kind = .digits
        } else if ByteText.isLetter(v) {
            while s > 0 {
                let (w, ws) = ByteText.scalar(before: s, p)
                if ByteText.isLetter(w) {
                    s = ws
                } else if isApostrophe(w), ws > 0, ByteText.isLetter(ByteText.scalar(before: ws, p).value) {
                    s = ws
                } else {
                    break
                }
            }
            kind = .word
        } else {
            kind = .symbol
        }
        return ScanToken(start: s, end: j, kind: kind, scalar: ByteText.scalar(at: s, p).value, spaced: spaced,
                         key: TokenHash.folded(p, s..<j))
    }

    /// The hash of a token's exact bytes.
    func exactKey(_ t: ScanToken) -> UInt64 { TokenHash.exact(p, t.start..<t.end) }

    /// Every token of the buffer (for phrase keys; not used on article text).
    func all() -> [ScanToken] {
        var result: [ScanToken] = []
        var i = 0
        while let t = next(i) {
            result.append(t)
            i = t.end
        }
        return result
    }
}

/// Keys of lexicon phrases, computed with the same tokenizer as article text.
enum PhraseKey {
    /// The tokens of a phrase with their exact keys.
    static func tokens(_ phrase: String) -> [ScanToken] { tokensWithExactKeys(phrase).map(\.token) }

    private static func tokensWithExactKeys(_ phrase: String) -> [(token: ScanToken, exact: UInt64)] {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokenizer = ByteTokenizer(p: buffer)
            return tokenizer.all().map { ($0, tokenizer.exactKey($0)) }
        }
    }

    /// The keys of a phrase read forward: case-folded and exact. A phrase ending in a full
    /// stop also yields the keys without it ("approx." → "approx.", "approx").
    static func forward(_ phrase: String) -> [(folded: UInt64, exact: UInt64, count: Int)] {
        let all = tokensWithExactKeys(phrase)
        guard !all.isEmpty else { return [] }
        var variants = [all]
        if all.count > 1, let last = all.last, last.token.kind == .symbol, last.token.scalar == 0x2E {
            variants.append(Array(all.dropLast()))
        }
        return variants.map { tokens in
            var folded = TokenHash.seed
            var exact = TokenHash.seed
            for (t, exactKey) in tokens {
                folded = TokenHash.combine(folded, t.key)
                exact = TokenHash.combine(exact, exactKey)
            }
            return (folded, exact, tokens.count)
        }
    }

    /// The case-folded keys of a phrase read backward from its last token, for phrases
    /// that must end right before a figure.
    static func backward(_ phrase: String) -> [(key: UInt64, count: Int)] {
        variants(tokens(phrase)).map { tokens in
            var folded = TokenHash.seed
            for t in tokens.reversed() { folded = TokenHash.combine(folded, t.key) }
            return (folded, tokens.count)
        }
    }

    /// Keys of the proper prefixes of a phrase read forward ("miles per" of "miles per
    /// hour"), so that a walk over the text can stop as soon as no phrase can match.
    static func forwardPrefixes(_ phrase: String) -> [UInt64] {
        variants(tokens(phrase)).flatMap { tokens in
            var folded = TokenHash.seed
            return tokens.dropLast().map { t in
                folded = TokenHash.combine(folded, t.key)
                return folded
            }
        }
    }

    /// Keys of the proper prefixes of a phrase read backward from its last token.
    static func backwardPrefixes(_ phrase: String) -> [UInt64] {
        variants(tokens(phrase)).flatMap { tokens in
            var folded = TokenHash.seed
            return tokens.reversed().dropLast().map { t in
                folded = TokenHash.combine(folded, t.key)
                return folded
            }
        }
    }

    private static func variants(_ tokens: [ScanToken]) -> [[ScanToken]] {
        guard !tokens.isEmpty else { return [] }
        if tokens.count > 1, let last = tokens.last, last.kind == .symbol, last.scalar == 0x2E {
            return [tokens, Array(tokens.dropLast())]
        }
        return [tokens]
    }

    /// The case-folded key of a single word's token (not a phrase key).
    static func word(_ word: String) -> UInt64 {
        tokens(word).first?.key ?? 0
    }
}

/// An open-addressing hash map from 64-bit keys (never 0) to values.
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int

    init() {
        keys = Array(repeating: 0, count: 8)
        values = Array(repeating: nil, count: 8)
        mask = 7
    }

    private var count = 0

    /// Stores `value` for `key` unless the key is already present (first one wins).
    mutating func insertIfAbsent(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    /// Replaces or adds the value for `key`.
    mutating func update(_ key: UInt64, _ transform: (Value?) -> Value) {
        if let slot = slotOf(key) {
            values[slot] = transform(values[slot])
        } else {
            insertIfAbsent(key, transform(nil))
        }
    }

    private func slotOf(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { insertIfAbsent(k, v!) }
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
