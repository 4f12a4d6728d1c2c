import Foundation

/// Checks articles: the one library call behind both `arsenal check` and `arsenal serve`.
/// It picks the `ArticleChecker` for the requested languages (built once per language set
/// and shared), asks it whether the article's language can be read, and returns its
/// findings; for text in memory it first reads it into a `Document` with `DocumentReader`.
/// Both commands therefore give the same findings for the same text.
///
/// Languages not among the lexicons given at creation are loaded from the bundled packs
/// on first use. Safe to call from any number of threads at once.
public final class ArticleCheckService: @unchecked Sendable {
    /// The database claims are judged against.
    public let catalog: Catalog
    /// The configuration a check uses when the caller gives none (tolerances, rules turned off).
    public let configuration: CheckConfiguration
    /// The languages of the lexicons given at creation.
    public let availableLanguages: [String]
    /// The languages a request reads in when it names none.
    public let defaultLanguages: [String]

    private let lock = NSLock()
    // Guarded by `lock`.
    private var checkers: [[String]: ArticleChecker] = [:]
    private var lexicons: [String: LazyLexicon] = [:]

    /// Creates a service over `catalog`. `lexicons` are the languages it reads without
    /// loading anything; requests that name no language read in all of them.
    public convenience init(catalog: Catalog, lexicons: [Lexicon], configuration: CheckConfiguration = .default) {
        self.init(catalog: catalog, packs: lexicons.map(LazyLexicon.init), configuration: configuration)
    }

    /// Creates a service over `catalog` and `packs` (see `init(catalog:lexicons:configuration:)`),
    /// each pack's full lexicon read when a document in its language first needs it.
    public init(catalog: Catalog, packs: [LazyLexicon], configuration: CheckConfiguration = .default) {
        self.catalog = catalog
        self.configuration = configuration
        availableLanguages = packs.map(\.language)
        defaultLanguages = availableLanguages
        for pack in packs { lexicons[pack.language] = pack }
    }

    /// A service over the bundled catalog and every bundled language.
    public static func bundled() throws(LexiconError) -> ArticleCheckService {
        ArticleCheckService(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
    }

    /// The findings of one article, in article order. `path` names the article in
    /// findings; `languages` nil means `defaultLanguages`. Throws for bytes that are not a
    /// readable article (binary, invalid UTF-8), for unknown languages, and for an article
    /// whose language cannot be read, and `.cancelled` once `cancellation` is set.
    public func check(
        bytes: [UInt8], format: DocumentFormat, languages: [String]? = nil, path: String = "article", explain: Bool = false,
        cancellation: CheckCancellation? = nil
    ) throws(ArticleCheckError) -> [Finding] {
        let document: Document
        do {
            document = try DocumentReader.document(path: path, bytes: bytes, format: format)
        } catch {
            throw .unreadable(error.description)
        }
        return try check(document, languages: languages, explain: explain, cancellation: cancellation)
    }

    /// The findings of text already decoded, in article order.
    public func check(
        text: String, format: DocumentFormat, languages: [String]? = nil, path: String = "article", explain: Bool = false,
        cancellation: CheckCancellation? = nil
    ) throws(ArticleCheckError) -> [Finding] {
        try check(
            DocumentReader.document(path: path, text: text, format: format), languages: languages, explain: explain,
            cancellation: cancellation)
    }

    /// The findings of a document, in article order: what `arsenal check` reports for a
    /// file and `arsenal serve` for a request. `configuration` nil means the service's;
    /// `applyInlineIgnores: false` keeps findings the article's `arsenal-ignore` comments
    /// accept (the CLI audits those comments itself). Throws `.undeterminedLanguage` when
    /// the article's language cannot be told or has no pack, and `.cancelled` once
    /// `cancellation` is set.
    public func check(
        _ document: Document, configuration: CheckConfiguration? = nil, languages: [String]? = nil,
        applyInlineIgnores: Bool = true, explain: Bool = false, cancellation: CheckCancellation? = nil
    ) throws(ArticleCheckError) -> [Finding] {
        var findings: [Finding] = []
        try check(
            document, configuration: configuration, languages: languages, applyInlineIgnores: applyInlineIgnores, explain: explain,
            cancellation: cancellation
        ) { findings += $0 }
        return findings
    }

    /// Hands the findings of a document to `body` a batch at a time, in article order, as
    /// it is read (see `ArticleChecker.check(_:configuration:applyInlineIgnores:explain:batches:)`):
    /// what `arsenal check` streams from, so one huge article never holds all its findings.
    /// Throws as `check(_:configuration:languages:applyInlineIgnores:explain:)` does, before any
    /// batch; once `cancellation` is set, stops at the next sentence and throws `.cancelled`
    /// after the batches handed on so far.
    public func check(
        _ document: Document, configuration: CheckConfiguration? = nil, languages: [String]? = nil,
        applyInlineIgnores: Bool = true, explain: Bool = false, cancellation: CheckCancellation? = nil,
        batches body: ([Finding]) -> Void
    ) throws(ArticleCheckError) {
        let checker = try checker(for: languages)
        // The language is told once, for the question and for the reading.
        let language = checker.extractor.language(of: document)
        if let problem = checker.languageProblem(in: document, language: language) { throw .undeterminedLanguage(problem) }
        checker.check(
            document, configuration: configuration ?? self.configuration, applyInlineIgnores: applyInlineIgnores, explain: explain,
            language: language, cancellation: cancellation, batches: body)
        if let cancellation, cancellation.isCancelled { throw .cancelled }
    }

    /// The shared checker for a language set, built on first use.
    public func checker(for languages: [String]?) throws(ArticleCheckError) -> ArticleChecker {
        let codes = languages ?? defaultLanguages
        guard !codes.isEmpty else { throw .unknownLanguage("", available: availableLanguages) }
        lock.lock()
        defer { lock.unlock() }
        if let cached = checkers[codes] { return cached }
        var chosen: [LazyLexicon] = []
        for code in codes {
            if let lexicon = lexicons[code] {
                chosen.append(lexicon)
                continue
            }
            do {
                let lexicon = LazyLexicon(try Lexicon.bundled(code))
                lexicons[code] = lexicon
                chosen.append(lexicon)
            } catch {
                throw .lexicon(error)
            }
        }
        let checker = ArticleChecker(catalog: catalog, packs: chosen)
        checkers[codes] = checker
        return checker
    }
}

/// Why an article could not be checked.
public enum ArticleCheckError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The list of languages is empty.
    case unknownLanguage(String, available: [String])
    /// A language is neither among the given lexicons nor a bundled pack that loads
    /// (`LexiconError.unknownLanguage` names the packs there are).
    case lexicon(LexiconError)
    /// The bytes are not a readable article (binary data, invalid UTF-8, too large).
    case unreadable(String)
    /// The article's language cannot be told, or has no pack (the message says which and
    /// what to pass).
    case undeterminedLanguage(String)
    /// The check was stopped through its `CheckCancellation` before it finished.
    case cancelled

    public var description: String {
        switch self {
        case .unknownLanguage(let code, let available):
            "unknown language '\(code)'; known languages: \(available.joined(separator: ", "))"
        case .lexicon(let error):
            error.description
        case .unreadable(let message), .undeterminedLanguage(let message):
            message
        case .cancelled:
            "the check was cancelled before it finished"
        }
    }
}
