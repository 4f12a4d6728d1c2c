@testable import ArsenalKit
import Foundation
import Testing

/// Inputs that crashed a fuzz target (Fuzz/run.sh), kept in Fixtures/FuzzRegressions and
/// run the way the target runs them: the bytes as plain text, one language pack at a time.
@Suite struct FuzzRegressionTests {
    static let folder = CheckTestSupport.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/FuzzRegressions")
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test func thereAreRegressions() {
        #expect(Self.inputs.count >= 2)
    }

    @Test(arguments: inputs)
    func crashInputIsCheckedInEveryLanguage(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        for language in Lexicon.bundledLanguages {
            let checker = ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: [try Lexicon.bundled(language)])
            _ = checker.check(Document(path: name, text: String(decoding: bytes, as: UTF8.self)))
        }
    }

    @Test func anAbsurdFigureIsUnclearNotAnOverflow() throws {
        // Beyond V304's bounds for a MANPADS, the figure is not judged at all (issue 8).
        let text = "The Igla-S reaches 3999999999999999999999999999999999999999999999,500 m.\n"
        let findings = CheckTestSupport.checker.check(Document(path: "big.txt", text: text))
        let finding = try #require(findings.first { $0.verdict == .unclear })
        #expect(finding.judgement.message.contains("is outside what a manpads system's"))
        // Judged as a conflict, its deviation is still written without overflowing Int.
        #expect(Deviation.amount(4e45) == "more than 1,000,000,000%")
    }
}
