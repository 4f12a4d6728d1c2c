import ArsenalKit
import Foundation
import Testing

/// The labelled corpus (Fixtures/Corpus): every article's `arsenal check` JSON matches its
/// `<slug>.golden.json`, and claim finding and judging stay above minimum scores against
/// the hand labels.
///
/// To re-record the goldens after an intended change, run with `ARSENAL_RECORD=1`: they
/// are rewritten and the test fails, so a recording run never passes by accident. Review
/// the diff before committing it.
@Suite("Corpus") struct CorpusTests {
    static let recording = ProcessInfo.processInfo.environment["ARSENAL_RECORD"] == "1"
    static let directory = CheckTestSupport.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/Corpus").path
    static let slugs: [String] = ((try? CorpusRun.articles(in: directory)) ?? []).map(\.slug)

    /// The minimum scores (see Benchmarks/corpus/score.sh for the figures themselves).
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.90
    static let minimumVerdictAccuracy = 0.95

    @Test func corpusIsThere() {
        #expect(Self.slugs.count >= 40, "the corpus should hold at least 40 labelled articles; found \(Self.slugs.count)")
    }

    @Test(arguments: slugs)
    func matchesGolden(_ slug: String) throws {
        guard let entry = try CorpusRun.articles(in: Self.directory).first(where: { $0.slug == slug }) else {
            Issue.record("no article for \(slug)")
            return
        }
        let name = URL(fileURLWithPath: entry.article).lastPathComponent
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry.article)))
        let document = try DocumentReader.document(path: name, bytes: bytes, format: DocumentFormat(path: name))
        let output = FindingJSONReporter.report(CheckTestSupport.checker.check(document), checkedFiles: 1)
        let golden = URL(fileURLWithPath: Self.directory).appendingPathComponent("\(slug).golden.json")
        if Self.recording {
            try Data(output.utf8).write(to: golden)
            Issue.record("recorded \(golden.lastPathComponent); unset ARSENAL_RECORD and run again")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(output == expected, "\(slug): arsenal check output differs from \(golden.lastPathComponent); re-record with ARSENAL_RECORD=1 if the change is intended")
    }

    @Test func scoresStayAboveTheFloors() throws {
        let result = try CorpusRun.score(directory: Self.directory, checker: CheckTestSupport.checker)
        let total = result.total
        #expect(total.precision >= Self.minimumPrecision, "precision \(total.precision) fell below \(Self.minimumPrecision)")
        #expect(total.recall >= Self.minimumRecall, "recall \(total.recall) fell below \(Self.minimumRecall)")
        #expect(total.verdictAccuracy >= Self.minimumVerdictAccuracy,
                "verdict accuracy \(total.verdictAccuracy) fell below \(Self.minimumVerdictAccuracy)")
    }

    @Test func labelQuotesAreInTheArticles() throws {
        let result = try CorpusRun.score(directory: Self.directory, checker: CheckTestSupport.checker)
        for article in result.articles {
            #expect(article.score.unplaced.isEmpty, "\(article.slug): label quotes not in the text: \(article.score.unplaced.map(\.quote))")
        }
    }
}
