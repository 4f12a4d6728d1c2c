import Foundation

/// Checks articles held in memory, for callers that serve many requests (`arsenal serve`):
/// turns text in a given format into a `Document` with `DocumentReader`, picks the
/// `ArticleChecker` for the requested languages (built once per language set and shared)
/// and returns its findings. `arsenal check` makes the same `DocumentReader` and
/// `ArticleChecker` calls for files; both therefore give the same findings for the same text.
///
/// Safe to call from any number of threads at once.
public final class ArticleCheckService: @unchecked Sendable {
    /// The database claims are judged against.
    public let catalog: Catalog
    /// The configuration every check uses (tolerances, rules turned off).
    public let configuration: CheckConfiguration
    /// Every language the service can read.
    public let availableLanguages: [String]
    /// The languages a request reads in when it names none.
    public let defaultLanguages: [String]

    private let lock = NSLock()
    // Guarded by `lock`.
    private var checkers: [[String]: ArticleChecker] = [:]
    private var lexicons: [String: Lexicon] = [:]

    /// Creates a service over `catalog`. `lexicons` are the languages it can read; requests
    /// that name none read in all of them.
    public init(catalog: Catalog, lexicons: [Lexicon], configuration: CheckConfiguration = .default) {
        self.catalog = catalog
        self.configuration = configuration
        availableLanguages = lexicons.map(\.language)
        defaultLanguages = availableLanguages
        for lexicon in lexicons { self.lexicons[lexicon.language] = lexicon }
        checkers[availableLanguages] = ArticleChecker(catalog: catalog, lexicons: lexicons)
    }

    /// A service over the bundled catalog and every bundled language.
    public static func bundled() throws(LexiconError) -> ArticleCheckService {
        ArticleCheckService(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
    }

    /// The findings of one article, in article order. `path` names the article in
    /// findings; `languages` nil means every available language. Throws for bytes that
    /// are not a readable article (binary, invalid UTF-8) and for unknown languages.
    public func check(
        bytes: [UInt8], format: DocumentFormat, languages: [String]? = nil, path: String = "article", explain: Bool = false
    ) throws(ArticleCheckError) -> [Finding] {
        let checker = try checker(for: languages)
        let document: Document
        do {
            document = try DocumentReader.document(path: path, bytes: bytes, format: format)
        } catch {
            throw .unreadable(error.description)
        }
        return checker.check(document, configuration: configuration, explain: explain)
    }

    /// The findings of text already decoded, in article order.
    public func check(
        text: String, format: DocumentFormat, languages: [String]? = nil, path: String = "article", explain: Bool = false
    ) throws(ArticleCheckError) -> [Finding] {
        let checker = try checker(for: languages)
        let document = DocumentReader.document(path: path, text: text, format: format)
        return checker.check(document, configuration: configuration, explain: explain)
    }

    /// The shared checker for a language set, built on first use.
    public func checker(for languages: [String]?) throws(ArticleCheckError) -> ArticleChecker {
        let codes = languages ?? defaultLanguages
        guard !codes.isEmpty else { throw .unknownLanguage("", available: availableLanguages) }
        lock.lock()
        defer { lock.unlock() }
        if let cached = checkers[codes] { return cached }
        var chosen: [Lexicon] = []
        for code in codes {
            guard let lexicon = lexicons[code] else { throw .unknownLanguage(code, available: availableLanguages) }
            chosen.append(lexicon)
        }
        let checker = ArticleChecker(catalog: catalog, lexicons: chosen)
        checkers[codes] = checker
        return checker
    }
}

/// Why an in-memory article could not be checked.
public enum ArticleCheckError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The service has no lexicon for this language code.
    case unknownLanguage(String, available: [String])
    /// The bytes are not a readable article (binary data, invalid UTF-8, too large).
    case unreadable(String)

    public var description: String {
        switch self {
        case .unknownLanguage(let code, let available):
            "unknown language '\(code)'; known languages: \(available.joined(separator: ", "))"
        case .unreadable(let message):
            message
        }
    }
}
