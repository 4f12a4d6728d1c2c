import ArsenalKit
import Foundation

/// Lexicons parsed on a background thread while the catalog loads: with a warm compiled
/// cache, only each pack's detection words (the full pack of the article's language is
/// read when the article is).
final class LexiconPreload: @unchecked Sendable {
    /// The languages being loaded.
    let languages: [String]
    private let group = DispatchGroup()
    private var result: Result<[LazyLexicon], LexiconError>?

    /// Loads `languages`; then, when `firstArticle` is a regular file, reads the full pack
    /// of the language its first bytes are in, which the check will most likely need (a
    /// guess: a wrong one only costs that pack's reading on this thread), and, given the
    /// `catalog` the check will use, builds that pack's phrase tables over it while the main
    /// thread builds the judging tables.
    init(languages: [String], firstArticle: String? = nil, catalog: BundledCatalogPreload? = nil) {
        self.languages = languages
        group.enter()
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
            if case .success = outcome, let firstArticle, let pack = Self.warm(lexicons, for: firstArticle), let catalog {
                pack.prepareReader(for: catalog.wait().catalog)
            }
        }
    }

    /// Reads the full pack of the language `path`'s first bytes are in, and returns it.
    private static func warm(_ packs: [LazyLexicon], for path: String) -> LazyLexicon? {
        guard packs.count > 1 else {
            _ = packs.first?.lexicon
            return packs.first
        }
        // Only a regular file: reading a pipe or a device would take its bytes from the check.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let head = [UInt8]((try? handle.read(upToCount: LanguageDetector.sampleBytes)) ?? Data())
        try? handle.close()
        let detector = LanguageDetector(detection: packs.map { ($0.language, $0.detection) })
        guard case .language(let code) = head.withUnsafeBufferPointer({ detector.detect($0) }),
              let pack = packs.first(where: { $0.language == code }) else { return nil }
        _ = pack.lexicon
        return pack
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
