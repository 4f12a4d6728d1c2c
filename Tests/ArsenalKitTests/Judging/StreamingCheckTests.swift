import ArsenalKit
import Testing

/// A document's findings come a batch at a time, so one huge article never holds them all:
/// the batches must still be the whole, ordered result.
@Suite("Checking a document in batches")
struct StreamingCheckTests {
    /// `count` sentences, each with one claim, in paragraphs of `perParagraph` sentences.
    static func article(sentences count: Int, perParagraph: Int = 7) -> String {
        let sentences = [
            "The Igla-S has a range of 6 km.", "The Stinger weighs 15.2 kg.", "The Mistral reaches 9 km.",
            "The Strela-2 reaches only 3.6 km.",
        ]
        var text = ""
        for i in 0..<count {
            text += sentences[i % sentences.count]
            text += (i + 1) % perParagraph == 0 ? "\n\n" : " "
        }
        return text
    }

    @Test func aLongArticleComesInSeveralOrderedBatchesThatMakeTheWhole() {
        let document = Document(path: "long.txt", text: Self.article(sentences: 1_000))
        var batches: [[Finding]] = []
        CheckTestSupport.checker.check(document) { batches.append($0) }
        #expect(batches.count > 1)
        #expect(batches.allSatisfy { !$0.isEmpty })
        let joined = batches.flatMap { $0 }
        #expect(joined.count == 1_000)
        #expect(joined == joined.sorted())
        // The same figures as a document of one sentence each would give, in order.
        let systems = joined.map(\.claim.systemID)
        #expect(Array(systems.prefix(4)) == ["igla-s", "stinger", "mistral", "strela-2"])
        #expect(Set(joined.map(\.claim.range.lowerBound)).count == 1_000)
    }

    @Test func aSingleLineWithoutBreaksIsAlsoBatched() {
        let line = String(repeating: "The Igla-S has a range of 6 km. ", count: 600)
        var sizes: [Int] = []
        CheckTestSupport.checker.check(Document(path: "line.txt", text: line)) { sizes.append($0.count) }
        #expect(sizes.count > 1)
        #expect(sizes.reduce(0, +) == 600)
    }

    @Test func aHeadingsClaimIsDroppedWhenTheBodyRepeatsItSoonAndKeptWhenNot() {
        let heading = "Igla-S range is 6 km\n\n"
        let soon = heading + Self.article(sentences: 300) + "\n\nThe Igla-S has a range of 6 km.\n"
        let soonClaims = CheckTestSupport.claims(soon)
        // The heading's claim is left out: the body says the same within the window.
        #expect(soonClaims.first?.range.lowerBound ?? 0 > heading.utf8.count - 2)

        // Past the window (64 KB of other text) the heading's claim is reported.
        let filler = String(repeating: "Nothing about air defence is said in this sentence at all. ", count: 1_300)
        let late = heading + filler + "\n\nThe Igla-S has a range of 6 km.\n"
        let lateClaims = CheckTestSupport.claims(late)
        #expect(lateClaims.count == 2)
        #expect(lateClaims.first?.range.lowerBound ?? 99 < heading.utf8.count)
    }

    @Test func aCommentOnALaterBatchStillCountsAsUsed() {
        // The only suppressed conflict is in the last paragraph, batches after the first.
        let body = Self.article(sentences: 700) + "\n\n"
        let text = body + "The Igla-S has a range of 60 km. <!-- arsenal-ignore max_range -->\n"
        let document = DocumentReader.document(path: "a.md", text: text, format: .markdown)
        var session = SuppressionAudit.Session(document)
        var kept: [Finding] = []
        var batches = 0
        CheckTestSupport.checker.check(document, applyInlineIgnores: false) {
            batches += 1
            kept += session.filter($0)
        }
        #expect(batches > 1)
        #expect(!kept.contains { $0.verdict == .conflict && $0.claim.range.lowerBound >= body.utf8.count })
        #expect(session.problems().isEmpty)
    }
}

/// The index that finds the `arsenal-ignore` comments covering an offset agrees with
/// asking every comment, for nested, adjacent, empty and overlapping ranges.
@Suite("Finding the comments that cover a finding")
struct InlineIgnoreIndexTests {
    @Test func theIndexFindsExactlyTheCommentsALinearScanFinds() {
        var generator = SystemRandomNumberGenerator()
        let code = DiagnosticCode("C101", name: "range")
        for _ in 0..<50 {
            var ignores: [InlineIgnore] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                let start = Int.random(in: 0...200, using: &generator)
                let length = Int.random(in: 0...40, using: &generator)
                let selectors = Bool.random(using: &generator) ? [] : [Bool.random(using: &generator) ? "C101" : "max_altitude"]
                ignores.append(InlineIgnore(selectors: selectors, range: start..<(start + length)))
            }
            let index = InlineIgnore.Index(ignores)
            for offset in 0...250 {
                let expected = ignores.indices.filter {
                    ignores[$0].suppresses(code: code, attribute: .spec(.maxRange), at: offset)
                }
                let found = index.suppressing(code, attribute: .spec(.maxRange), at: offset)
                #expect(found.sorted() == expected)
                #expect((index.first(suppressing: code, attribute: .spec(.maxRange), at: offset) != nil) == !expected.isEmpty)
            }
        }
    }
}
