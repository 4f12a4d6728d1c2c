import ArsenalKit
import Foundation

/// `arsenal-bench alarms DIR...`: every candidate alarm of the development sets and the
/// false-alarm corpus, before the establishment gate, one line each: right (R) or wrong (W),
/// whether the gate let it through (pass) or made it `unclear` (gate), how its system and
/// attribute were established, and its doubts and reading features. It is how the gate is
/// measured on both sides (false alarms kept, planted figures lost); the test half is refused.
func runAlarmAnalysis(arguments: [String]) {
    let folders = arguments.filter { !$0.hasPrefix("--") }
    for folder in folders {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        guard name.hasPrefix("dev") || name == "FalseAlarms" else {
            FileHandle.standardError.write(Data("arsenal-bench: alarms lists passages and is only for the development sets and the false-alarm corpus; '\(name)' is not one\n".utf8))
            exit(2)
        }
    }
    do {
        let checker = ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: try Lexicon.allBundled())
        var right = 0, wrong = 0, rightPassed = 0, wrongPassed = 0
        for folder in folders {
            let set = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            for language in ExtractionCorpus.languages(in: folder) {
                for (slug, path, labelsPath) in try CorpusRun.articles(in: folder + "/" + language) {
                    let (document, labels) = try ExtractionCorpus.passage(at: path, labels: labelsPath)
                    let findings = checker.check(document, applyInlineIgnores: false, explain: false)
                    // The findings as they were before the gate.
                    var gated = Set<Int>()
                    let ungated = findings.enumerated().map { index, finding -> Finding in
                        var copy = finding
                        for verdict in [Verdict.conflict, .disputed] where finding.verdict == .unclear
                            && finding.judgement.message.hasPrefix("not judged as \(verdict.rawValue):") {
                            copy.judgement.verdict = verdict
                            gated.insert(index)
                        }
                        return copy
                    }
                    var wrongIndices = Set<Int>()
                    if labels.mustNotConflict {
                        for (index, finding) in ungated.enumerated() where finding.verdict == .conflict || finding.verdict == .disputed {
                            let labelled = finding.verdict == .disputed && labels.claims.contains { label in
                                finding.claim.systemID == label.system && finding.claim.attribute.rawValue == label.attribute
                                    && (finding.quote.contains(label.quote) || label.quote.contains(finding.quote))
                            }
                            if !labelled { wrongIndices.insert(index) }
                        }
                    } else {
                        let scored = ExtractionCorpus.score(ungated, in: document, labels: labels, catalog: checker.catalog, slug: slug)
                        for finding in scored.wrongAlarms {
                            if let index = ungated.firstIndex(of: finding) { wrongIndices.insert(index) }
                        }
                    }
                    for (index, finding) in ungated.enumerated() where finding.verdict == .conflict || finding.verdict == .disputed {
                        let isWrong = wrongIndices.contains(index)
                        let passed = !gated.contains(index)
                        if isWrong { wrong += 1; if passed { wrongPassed += 1 } } else { right += 1; if passed { rightPassed += 1 } }
                        let grounding = finding.claim.grounding
                        let features = grounding.features.map { "\($0.kind.rawValue):\($0.words.prefix(24))" }.joined(separator: ",")
                        let doubts = grounding.doubts.map { "\($0.part.rawValue):\($0.reason.prefix(50))" }.joined(separator: " | ")
                        print("\(isWrong ? "W" : "R") \(passed ? "pass" : "gate") \(set)/\(language)/\(slug) \(finding.verdict.rawValue) \(finding.claim.systemID) \(finding.claim.attribute.rawValue) sys=\(grounding.system.rawValue) attr=\(grounding.attribute.rawValue) [\(features)] {\(doubts)} \"\(finding.quote)\"")
                    }
                }
            }
        }
        print("candidates: right \(right) (passed \(rightPassed)), wrong \(wrong) (passed \(wrongPassed))")
    } catch {
        FileHandle.standardError.write(Data("arsenal-bench: \(error)\n".utf8))
        exit(2)
    }
}
