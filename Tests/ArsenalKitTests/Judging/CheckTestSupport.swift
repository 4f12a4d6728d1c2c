import ArsenalKit
import Foundation

/// One checker over the bundled catalog and every bundled lexicon, built once for all
/// claim and judging tests.
enum CheckTestSupport {
    static let checker: ArticleChecker = {
        do {
            return ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
        } catch {
            fatalError("the bundled lexicons do not load: \(error)")
        }
    }()

    /// The findings of a plain-text article.
    static func findings(_ text: String, path: String = "article.txt", configuration: CheckConfiguration = .default) -> [Finding] {
        checker.check(Document(path: path, text: text), configuration: configuration)
    }

    /// The findings of a Markdown article.
    static func markdownFindings(_ text: String, path: String = "article.md") -> [Finding] {
        checker.check(DocumentReader.document(path: path, text: text, format: .markdown))
    }

    /// The claims of a plain-text article.
    static func claims(_ text: String) -> [Claim] {
        checker.extractor.claims(in: Document(path: "article.txt", text: text))
    }

    /// `text` without `↓` markers, and the UTF-8 offsets where the markers stood.
    static func stripMarkers(_ text: String) -> (text: String, offsets: [Int]) {
        var plain = ""
        var offsets: [Int] = []
        for character in text {
            if character == RuleExample.marker {
                offsets.append(plain.utf8.count)
            } else {
                plain.append(character)
            }
        }
        return (plain, offsets)
    }

    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
