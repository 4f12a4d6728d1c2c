/// Finds every number in plain text — with a unit ("6 km", "Mach 2.2", "a 6,000-meter
/// range"), or bare ("5,000", "a dozen") — with its bound, precision and span.
///
/// One pass over the UTF-8 bytes: the hot loop looks only at digits and at words that a
/// precomputed table marks as number words; everything around a number (bound phrase,
/// unit, range, conversion, the checks that rule out dates, money and designations) is
/// read by a slow path that runs only where a number is.
///
/// What is not reported:
/// - money: a figure after a currency symbol or code ("$687m", "€1.2 billion", "USD 5
///   million") or before a currency name ("687 million dollars");
/// - percentages ("40%", "40 percent"), clock times ("10:30"), dates written with digits
///   ("2023-05-30", "30/05/2023") and day numbers next to a month name ("May 30", "30 de
///   mayo"); the year of a date *is* reported, as a bare number with `isYearLike`;
/// - digits inside words and designations ("9K38", "SA-7", "MiG-29", "1st", "1980s"),
///   after a designation word ("Type 91", "Block 2") and inside URLs.
///
/// Number reading: a single separator followed by exactly three digits groups thousands
/// ("6,000", "6.000", "1,35,000" Indian style, "6 000" with a space, no-break or thin
/// space), except after a lone 0 ("0.500"); any other single separator is a decimal mark
/// ("3,5 km", "6.5 km"). With both "," and "." the last one is the decimal mark.
public struct QuantityScanner: Sendable {
    let tables: ScannerTables

    /// A scanner for text in any of `lexicons`' languages (they are merged: articles mix).
    public init(lexicons: [Lexicon]) {
        tables = ScannerTables(lexicons)
    }

    /// A scanner for every bundled language.
    public static func bundled() throws(LexiconError) -> QuantityScanner {
        QuantityScanner(lexicons: try Lexicon.allBundled())
    }

    /// Every number in `text`, in text order.
    public func scan(_ text: String) -> [QuantityMention] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { scan(utf8: $0) } ?? Array(text.utf8).withUnsafeBufferPointer { scan(utf8: $0) }
    }

    /// Every number in a document's plain text.
    public func scan(_ document: Document) -> [QuantityMention] {
        document.withTextBytes { scan(utf8: $0) }
    }

    /// Every number in UTF-8 bytes (which must be valid UTF-8), in text order.
    public func scan(utf8 p: UnsafeBufferPointer<UInt8>) -> [QuantityMention] {
        var results: [QuantityMention] = []
        // Dense text holds about one number per 70 bytes; reserving avoids regrowing a
        // large array (untouched capacity costs no memory).
        results.reserveCapacity(min(p.count / 64, 1 << 20))
        let memo = TokenMemo()
        let parser = MentionParser(p: p, tables: tables, memo: memo)
        let hotWords = tables.hotWords
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if ByteText.isDigit(b) {
                    if i > 0, parser.digitsAreInsideToken(i) {
                        i = parser.endOfCode(from: i)
                        continue
                    }
                    let (mention, resume) = parser.mention(atDigits: i)
                    if let mention { results.append(mention) }
                    i = max(resume, i + 1)
                    continue
                }
                if !ByteText.isASCIILetter(b) {
                    i += 1
                    continue
                }
            } else {
                let (v, length) = ByteText.scalar(at: i, p)
                if !ByteText.isLetter(v) {
                    i += length
                    continue
                }
            }
            // A word: pack its lowercased bytes for the table while skipping it. An
            // apostrophe between letters stays inside the word, as in the tokens
            // (Ukrainian "п'ять", "дев’ять"); when the whole word is not in the table, the
            // part after the apostrophe is looked at on its own (French "d'un").
            let start = i
            var a: UInt64 = 0
            var c: UInt64 = 0
            var length = 0
            var apostrophe = -1
            while i < n {
                let byte = p[i]
                if byte < 0x80 {
                    if byte == 0x27, i > start, i + 1 < n, ByteText.isLetter(ByteText.scalar(at: i + 1, p).value) {
                        if apostrophe < 0 { apostrophe = i }
                        PackedWordTable.pack(byte, at: length, &a, &c)
                        length += 1
                        i += 1
                        continue
                    }
                    guard ByteText.isASCIILetter(byte) else { break }
                    PackedWordTable.pack(byte | 0x20, at: length, &a, &c)
                    length += 1
                    i += 1
                } else {
                    let (v, scalarLength) = ByteText.scalar(at: i, p)
                    if v == 0x2019, i + scalarLength < n, ByteText.isLetter(ByteText.scalar(at: i + scalarLength, p).value) {
                        if apostrophe < 0 { apostrophe = i }
                        for k in 0..<scalarLength { PackedWordTable.pack(p[i + k], at: length + k, &a, &c) }
                        length += scalarLength
                        i += scalarLength
                        continue
                    }
                    guard ByteText.isLetter(v) else { break }
                    for k in 0..<scalarLength {
                        let folded = TokenHash.fold(
                            p[i + k], previous: k > 0 ? p[i + k - 1] : 0, next: k + 1 < scalarLength ? p[i + k + 1] : 0)
                        PackedWordTable.pack(folded, at: length, &a, &c)
                        length += 1
                    }
                    i += scalarLength
                }
            }
            guard length < 256 else { continue }
            let flags = hotWords.lookup(a, c, length)
            if flags == 0 {
                if apostrophe >= 0 { i = apostrophe + (p[apostrophe] == 0x27 ? 1 : 3) }
                continue
            }
            if flags & ScannerTables.flagURL != 0 {
                if i < n, p[i] == 0x3A || p[i] == 0x2E { i = parser.endOfURL(from: i) }
                continue
            }
            if let (mention, resume) = parser.mention(atWord: start, flags: flags) {
                if let mention { results.append(mention) }
                i = max(resume, i)
            }
        }
        withExtendedLifetime(memo) {}
        return results
    }
}
