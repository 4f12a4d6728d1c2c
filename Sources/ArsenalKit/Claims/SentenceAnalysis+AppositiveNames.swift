/// A weapon the article names in apposition to a class noun, outside the database (issue 8,
/// real-text sweep s31, class O): "India is also developing its indigenous air defence
/// system, Project Kusha, due by 2029. This system is designed to intercept threats up to
/// 350 km away." The next sentence's "This system" means that weapon, not the system the
/// article was about before. Like the other readings it names no word of any language: the
/// class nouns are the pack's `origin_heads`.
extension SentenceAnalysis {
    /// Words at most between the class noun and the comma before the name ("system obrony
    /// powietrznej, Project Kusha", "систему ПВО, Project Kusha").
    static let appositionHeadReach = 2

    /// A sentence that names no system of ours and sets off, after a class noun (pack
    /// `origin_heads`: "system", "Luftabwehrsystem", "systemu", "систему") and a comma, a
    /// capitalised word no cue of ours begins (the name of a thing we do not know): that word
    /// and the capitalised words after it, else nil. A sentence naming one of ours, or a
    /// system we list as outside the database, is about that one.
    func appositiveForeignName() -> String? {
        guard !mentions.contains(where: \.named), outsideMentions.isEmpty else { return nil }
        // The head word first: most sentences have none, and the title-case test reads every
        // byte of the sentence.
        var hasHead = false
        for cue in cues where isWord(cue, .originHead) {
            hasHead = true
            break
        }
        guard hasHead, !isTitleCase else { return nil }
        for cue in cues where isWord(cue, .originHead) {
            // The comma after the head, past at most two words and no other punctuation.
            var comma = cue.range.upperBound
            while comma < range.upperBound, bytes[comma] != 0x2C {
                guard bytes[comma] >= 0x80 || TextScan.isASCIIAlphanumeric(bytes[comma]) || bytes[comma] == 0x20
                        || bytes[comma] == 0x2D else { break }
                comma += 1
            }
            guard comma < range.upperBound, bytes[comma] == 0x2C,
                  wordCount(cue.range.upperBound..<comma) <= Self.appositionHeadReach else { continue }
            var start = comma + 1
            while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
            guard start < range.upperBound, let scalar = Unicode.Scalar(ByteText.scalar(at: start, bytes).0),
                  scalar.properties.isUppercase, !cues.contains(where: { $0.range.lowerBound == start }) else { continue }
            // The name: capitalised words up to the next comma or stop.
            var end = start
            var k = start
            while k < range.upperBound, bytes[k] != 0x2C, bytes[k] != 0x2E, bytes[k] != 0x28 {
                if bytes[k] == 0x20 {
                    var next = k
                    while next < range.upperBound, bytes[next] == 0x20 { next += 1 }
                    guard next < range.upperBound, let first = Unicode.Scalar(ByteText.scalar(at: next, bytes).0),
                          first.properties.isUppercase else { break }
                    k = next
                    continue
                }
                k += 1
                end = k
            }
            return text(start..<end)
        }
        return nil
    }
}
