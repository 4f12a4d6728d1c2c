import ArsenalKit
import Foundation

/// Lexicons parsed on a background thread while the catalog loads: with a warm compiled
/// cache, only each pack's detection words (the full pack of the article's language is
/// read when the article is). When the bundled database is being loaded in the background
/// too, the same thread then makes the check service and builds its reader for the first
/// article's language, while the main thread reads the arguments, the configuration and the
/// article.
final class LexiconPreload: @unchecked Sendable {
    /// The languages being loaded.
    let languages: [String]
    private let group = DispatchGroup()
    private var result: Result<[LazyLexicon], LexiconError>?
    private let serviceGroup = DispatchGroup()
    private var service: ArticleCheckService?

    /// Loads `languages`; then, when `firstArticle` is a regular file, reads the full pack
    /// of the language its first bytes are in, which the check will most likely need (a
    /// guess: a wrong one only costs that pack's reading on this thread). With
    /// `bundledCatalog`, it then waits for that database and prepares the service's reader
    /// of the guessed language for the checker of `languages`.
    init(languages: [String], firstArticle: String? = nil, bundledCatalog: BundledCatalogPreload? = nil) {
        self.languages = languages
        group.enter()
        serviceGroup.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            var lexicons: [LazyLexicon] = []
            var outcome: Result<[LazyLexicon], LexiconError> = .success([])
            for code in languages {
                do throws(LexiconError) {
                    lexicons.append(try Lexicon.bundledLazily(code, cache: .standard))
                } catch {
                    outcome = .failure(error)
                    break
                }
            }
            if case .success = outcome { outcome = .success(lexicons) }
            self.result = outcome
            self.group.leave()
            guard case .success = outcome, let firstArticle, let code = Self.warm(lexicons, for: firstArticle),
                  let bundledCatalog else {
                self.serviceGroup.leave()
                return
            }
            let load = bundledCatalog.wait()
            guard load.inputErrors.isEmpty else {
                self.serviceGroup.leave()
                return
            }
            // The service is handed over at once: a check that needs the reader meanwhile
            // waits for this build under the service's own lock, and never builds it twice.
            let service = ArticleCheckService(catalog: load.catalog, packs: lexicons)
            self.service = service
            self.serviceGroup.leave()
            service.prepare(reading: code, languages: languages)
        }
    }

    /// Reads the full pack of the language `path`'s first bytes are in, and names it.
    private static func warm(_ packs: [LazyLexicon], for path: String) -> String? {
        guard packs.count > 1 else {
            _ = packs.first?.lexicon
            return packs.first?.language
        }
        // Only a regular file: reading a pipe or a device would take its bytes from the check.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let head = [UInt8]((try? handle.read(upToCount: LanguageDetector.sampleBytes)) ?? Data())
        try? handle.close()
        let detector = LanguageDetector(detection: packs.map { ($0.language, $0.detection) })
        guard case .language(let code) = head.withUnsafeBufferPointer({ detector.detect($0) }) else { return nil }
        _ = packs.first { $0.language == code }?.lexicon
        return code
    }

    /// The check service made over the bundled database and these lexicons, once made
    /// (nil when there was no bundled load, no first article to guess from, or the load
    /// failed); the group's wait orders the write before this read.
    func preparedService() -> ArticleCheckService? {
        serviceGroup.wait()
        return service
    }

    /// The lexicons, once parsed (the group's wait orders the write before this read).
    func wait() -> Result<[LazyLexicon], LexiconError>? {
        group.wait()
        return result
    }
}

/// What a one-shot command leaves to the process's exit instead of freeing: values kept
/// here are never released, so their tables are not torn down object by object just before
/// the exit returns all the memory at once. Main thread only.
enum LeftToExit {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` until the process exits.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
