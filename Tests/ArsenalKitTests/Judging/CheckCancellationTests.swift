import ArsenalKit
import Testing

/// A check told to stop (a server whose request ran out of time) stops at its next
/// sentence and says so, instead of reading the rest of the article.
@Suite("Cancelling a check")
struct CheckCancellationTests {
    static let service = ArticleCheckService(catalog: CatalogLoader.bundledCatalog, lexicons: (try? Lexicon.allBundled()) ?? [])

    @Test func aCheckCancelledBeforeItStartsHandsOnNothingAndThrows() {
        let cancellation = CheckCancellation()
        cancellation.cancel()
        let document = Document(path: "a.txt", text: StreamingCheckTests.article(sentences: 50))
        var batches = 0
        #expect(throws: ArticleCheckError.cancelled) {
            try Self.service.check(document, languages: ["en"], cancellation: cancellation) { _ in batches += 1 }
        }
        #expect(batches == 0)
        #expect(throws: ArticleCheckError.cancelled) {
            try Self.service.check(text: "The Igla-S has a range of 10 km.", format: .text, languages: ["en"], cancellation: cancellation)
        }
    }

    @Test func aCheckCancelledAfterItsFirstBatchStopsThere() {
        let document = Document(path: "long.txt", text: StreamingCheckTests.article(sentences: 1_000))
        var whole = 0
        try? Self.service.check(document, languages: ["en"]) { whole += $0.count }
        #expect(whole == 1_000)

        let cancellation = CheckCancellation()
        var handed: [Int] = []
        #expect(throws: ArticleCheckError.cancelled) {
            try Self.service.check(document, languages: ["en"], cancellation: cancellation) { batch in
                handed.append(batch.count)
                cancellation.cancel()
            }
        }
        // One batch (about 128 claims) and nothing after it.
        #expect(handed.count == 1)
        #expect(handed[0] > 0 && handed[0] < whole)
    }

    @Test func aFlagNotSetChangesNothing() throws {
        let text = StreamingCheckTests.article(sentences: 300)
        let plain = try Self.service.check(text: text, format: .text, languages: ["en"])
        let watched = try Self.service.check(text: text, format: .text, languages: ["en"], cancellation: CheckCancellation())
        #expect(plain == watched)
        #expect(plain.count == 300)
    }
}
