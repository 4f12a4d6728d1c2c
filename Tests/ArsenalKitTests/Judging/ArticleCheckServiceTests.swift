import ArsenalKit
import Foundation
import Testing

/// The in-memory check API that `arsenal serve` uses: same findings as the checker the CLI
/// builds, language sets, unreadable bytes, and use from many tasks at once.
@Suite struct ArticleCheckServiceTests {
    static let service = ArticleCheckService(catalog: CatalogLoader.bundledCatalog, lexicons: (try? Lexicon.allBundled()) ?? [])

    @Test func givesTheSameFindingsAsTheChecker() throws {
        let text = "# Story\n\nThe Igla-S has a range of 10 km. The Piorun has a range of 8 km.\n"
        let findings = try Self.service.check(text: text, format: .markdown, path: "story.md")
        let expected = CheckTestSupport.checker.check(DocumentReader.document(path: "story.md", text: text, format: .markdown), explain: false)
        #expect(findings == expected)
        #expect(findings.map(\.verdict) == [.conflict, .disputed])
        #expect(findings.first?.start.line == 3)
    }

    @Test func readsBytesAndRejectsBinary() throws {
        let findings = try Self.service.check(bytes: Array("<p>The Igla-S has a range of 10&nbsp;km.</p>".utf8), format: .html)
        #expect(findings.map(\.verdict) == [.conflict])
        #expect(throws: ArticleCheckError.self) {
            try Self.service.check(bytes: [0x00, 0xFF, 0x00, 0x01], format: .text)
        }
    }

    @Test func languagesAreChecked() throws {
        let spanish = try Self.service.check(text: "El Igla-S tiene un alcance de 10 km.", format: .text, languages: ["es"])
        #expect(spanish.map(\.verdict) == [.conflict])
        #expect(throws: ArticleCheckError.lexicon(.unknownLanguage("xx", available: Lexicon.bundledLanguages))) {
            try Self.service.check(text: "x", format: .text, languages: ["xx"])
        }
    }

    @Test func languagesNotGivenLoadFromTheBundle() throws {
        let service = ArticleCheckService(catalog: CatalogLoader.bundledCatalog, lexicons: [])
        #expect(try service.check(text: "El Igla-S tiene un alcance de 10 km.", format: .text, languages: ["es"]).map(\.verdict) == [.conflict])
    }

    @Test func anArticleInALanguageWithoutAPackIsRefused() throws {
        let dutch = """
            Het Stinger-systeem is een draagbare luchtdoelraket van Amerikaanse makelij, \
            die de Verenigde Staten aan talrijke landen hebben geleverd; het bereik is ongeveer acht kilometer \
            en voor het gebruik is slechts één getrainde soldaat nodig.
            """
        #expect {
            try Self.service.check(text: dutch, format: .text)
        } throws: { error in
            guard case .undeterminedLanguage(let message) = error as? ArticleCheckError else { return false }
            return message.contains("no language pack")
        }
    }

    /// `arsenal check` and `arsenal serve` make this one call; without inline ignores the
    /// accepted findings stay (the CLI audits the comments itself).
    @Test func documentsWithAConfigurationAndWithoutInlineIgnores() throws {
        let text = "The Igla-S has a range of 10 km. <!-- arsenal-ignore -->\n"
        let document = DocumentReader.document(path: "a.md", text: text, format: .markdown)
        #expect(try Self.service.check(document).isEmpty)
        #expect(try Self.service.check(document, applyInlineIgnores: false).map(\.verdict) == [.conflict])
        var configuration = CheckConfiguration.default
        configuration.disabledRules = ["C101"]
        #expect(try Self.service.check(document, configuration: configuration, applyInlineIgnores: false).isEmpty)
    }

    @Test func manyTasksAtOnce() async throws {
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let languages: [String]? = index.isMultiple(of: 2) ? ["en"] : nil
                    return try Self.service.check(text: "The Igla-S has a range of 10 km.", format: .text, languages: languages).count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: 1, count: 16))
    }
}
