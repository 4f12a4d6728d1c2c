import ArsenalKit
import Foundation

/// `arsenal-bench corpus HALF`: scores each language folder of an extraction-corpus half
/// (`Fixtures/Extraction/dev` or `.../test`) and prints one line of figures per language
/// and one for the half. `--verbose` lists each passage's misses, extras, wrong alarms and
/// uncaught planted figures, and is refused for any half but the development sets (`dev`,
/// `dev2`): the test half is scored, never read. `excluding` attributes (`--exclude-attributes
/// inventory`) are left out of the score on both sides, findings and labels.
func runExtractionScore(half: String, verbose: Bool, excluding: Set<String> = []) {
    let name = URL(fileURLWithPath: half).standardizedFileURL.lastPathComponent
    if verbose && !name.hasPrefix("dev") {
        FileHandle.standardError.write(Data("arsenal-bench: --verbose lists passages and is only for the development sets (dev, dev2); '\(name)' is scored in aggregate only\n".utf8))
        exit(2)
    }
    do {
        let checker = ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
        var total = ExtractionCorpus.Score()
        for language in ExtractionCorpus.languages(in: half) {
            let (passages, score) = try ExtractionCorpus.score(folder: half + "/" + language, checker: checker, excluding: excluding)
            total.add(score)
            if verbose {
                for passage in passages {
                    for label in passage.missed { print("\(language)/\(passage.slug): missed \(label.system) \(label.attribute) \"\(label.quote)\"") }
                    for finding in passage.extra {
                        print("\(language)/\(passage.slug): extra  \(finding.claim.systemID) \(finding.claim.attribute.rawValue) \"\(finding.quote)\" [\(finding.verdict.rawValue)]")
                    }
                    for finding in passage.wrongAlarms {
                        print("\(language)/\(passage.slug): wrong alarm \(finding.verdict.rawValue) \(finding.claim.systemID) \(finding.claim.attribute.rawValue) \"\(finding.quote)\"")
                    }
                    for label in passage.uncaught { print("\(language)/\(passage.slug): planted not caught \(label.system) \(label.attribute) \"\(label.quote)\"") }
                }
            }
            print("\(language) \(name): \(score.summary)")
        }
        let note = excluding.isEmpty ? "" : " [excluding \(excluding.sorted().joined(separator: ", "))]"
        print("all \(name): \(total.summary)\(note)")
    } catch {
        FileHandle.standardError.write(Data("arsenal-bench: \(error)\n".utf8))
        exit(2)
    }
}
