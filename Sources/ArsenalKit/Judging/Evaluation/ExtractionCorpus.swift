import Foundation

/// Scores `arsenal check` on the six-language extraction corpus
/// (`Tests/ArsenalKitTests/Fixtures/Extraction/<half>/<lang>/`): labels as in the regression
/// corpus (`ArticleLabels`), with the verdict optional, `planted: true` on deliberately wrong
/// figures, `negated: true` on statements that are negated, and systems that may be ids
/// outside the catalog (such a statement must not be credited to any catalog system).
///
/// Matching is `CorpusEvaluation`'s: same system and attribute, overlapping quote.
/// - Recall counts the labels about catalog systems that are not negated.
/// - Precision counts every finding (class findings only where the passage labels classes);
///   a finding on a negated label, or crediting a catalog system with a figure labelled
///   for a system outside the catalog, is a false positive.
/// - Planted conflict recall: planted labels whose finding has the `conflict` verdict.
/// - Alarm precision: of the findings with a `conflict` or `disputed` verdict, those that
///   match a planted label or a label with that very verdict.
/// - `excluding` attributes (contract spellings such as `inventory`) are left out on both
///   sides: their findings count neither way and their labels are not expected, to measure
///   the corpus as if the extractor did not report them (`arsenal-bench corpus
///   --exclude-attributes`). The default scoring excludes nothing.
public enum ExtractionCorpus {
    /// The figures of one language (or of a whole half).
    public struct Score: Sendable, Hashable {
        /// Passages scored.
        public var passages = 0
        /// Findings that match a label.
        public var truePositives = 0
        /// Findings that match none.
        public var falsePositives = 0
        /// Labels no finding matched.
        public var falseNegatives = 0
        /// Planted labels, and those caught with a `conflict`.
        public var planted = 0
        public var plantedCaught = 0
        /// Findings with `conflict` or `disputed`, and those that are right.
        public var alarms = 0
        public var alarmsRight = 0
        /// Findings on negated labels.
        public var negatedViolations = 0
        /// Findings crediting a catalog system with a statement about another system.
        public var unknownSystemViolations = 0

        /// Creates an empty score.
        public init() {}

        /// Findings that match a label, over all findings.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Labels found, over all labels.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Planted figures caught with a conflict, over planted figures.
        public var conflictRecall: Double { ratio(plantedCaught, planted) }
        /// Right conflict and disputed verdicts, over all of them.
        public var alarmPrecision: Double { ratio(alarmsRight, alarms) }

        /// Adds another score.
        public mutating func add(_ other: Score) {
            passages += other.passages
            truePositives += other.truePositives
            falsePositives += other.falsePositives
            falseNegatives += other.falseNegatives
            planted += other.planted
            plantedCaught += other.plantedCaught
            alarms += other.alarms
            alarmsRight += other.alarmsRight
            negatedViolations += other.negatedViolations
            unknownSystemViolations += other.unknownSystemViolations
        }

        /// One line of figures, and nothing about the passages.
        public var summary: String {
            String(format: "%d passages: recall %.3f, precision %.3f (TP %d, FP %d, FN %d); planted conflicts caught %.3f (%d/%d); conflict/disputed right %.3f (%d/%d); negated read %d, other systems' figures credited %d",
                   passages, recall, precision, truePositives, falsePositives, falseNegatives, conflictRecall, plantedCaught,
                   planted, alarmPrecision, alarmsRight, alarms, negatedViolations, unknownSystemViolations)
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    /// What one passage's findings did, for reading the development half.
    public struct Passage: Sendable {
        /// The passage's file name without extension.
        public var slug: String
        /// Its score.
        public var score: Score
        /// Labels no finding matched.
        public var missed: [ClaimLabel]
        /// Findings that match no label.
        public var extra: [Finding]
        /// Wrong conflict or disputed verdicts, and planted figures not caught.
        public var wrongAlarms: [Finding]
        public var uncaught: [ClaimLabel]
    }

    /// Scores one passage.
    public static func score(_ findings: [Finding], in document: Document, labels: ArticleLabels, catalog: Catalog,
                             slug: String, excluding: Set<String> = []) -> Passage {
        // A finding about a system outside the database (`system: null`) credits no record:
        // it is neither a claim found nor a false one.
        let findings = findings.filter { $0.claim.unknownSystem == nil && !excluding.contains($0.claim.attribute.rawValue) }
        var labels = labels
        labels.claims.removeAll { excluding.contains($0.attribute) }
        var score = Score()
        score.passages = 1
        let known = Set(catalog.systems.map(\.id))
        let text = document.text
        var used = Set<Int>()
        var missed: [ClaimLabel] = []
        var uncaught: [ClaimLabel] = []
        var rightAlarm = Set<Int>()
        for label in labels.claims {
            let places = CorpusEvaluation.occurrences(of: label.quote, in: text)
            let isKnown = known.contains(label.system)
            func overlapping(_ finding: Finding) -> Bool { places.contains { $0.overlaps(finding.claim.range) } }
            if label.negated || !isKnown {
                for (index, finding) in findings.enumerated() where !used.contains(index) && overlapping(finding)
                    && finding.claim.attribute.rawValue == label.attribute && (!isKnown || finding.claim.systemID == label.system) {
                    used.insert(index)
                    score.falsePositives += 1
                    if label.negated { score.negatedViolations += 1 } else { score.unknownSystemViolations += 1 }
                }
                continue
            }
            let index = findings.indices.first { index in
                !used.contains(index) && findings[index].claim.systemID == label.system
                    && findings[index].claim.attribute.rawValue == label.attribute && overlapping(findings[index])
            }
            if label.planted { score.planted += 1 }
            guard let index else {
                score.falseNegatives += 1
                missed.append(label)
                if label.planted { uncaught.append(label) }
                continue
            }
            used.insert(index)
            score.truePositives += 1
            let verdict = findings[index].verdict
            if label.planted {
                if verdict == .conflict { score.plantedCaught += 1 } else { uncaught.append(label) }
            }
            if (verdict == .conflict || verdict == .disputed)
                && (label.planted || label.verdict == verdict || Self.disputedAsLabelled(findings[index], label)) {
                rightAlarm.insert(index)
            }
        }
        let labelsClass = labels.claims.contains { $0.attribute == "class" }
        var extra: [Finding] = []
        var wrongAlarms: [Finding] = []
        for (index, finding) in findings.enumerated() {
            if finding.verdict == .conflict || finding.verdict == .disputed {
                score.alarms += 1
                if rightAlarm.contains(index) { score.alarmsRight += 1 } else { wrongAlarms.append(finding) }
            }
            guard !used.contains(index), labelsClass || finding.claim.attribute != .systemClass else { continue }
            score.falsePositives += 1
            extra.append(finding)
        }
        return Passage(slug: slug, score: score, missed: missed, extra: extra, wrongAlarms: wrongAlarms, uncaught: uncaught)
    }

    /// A `disputed` finding that reads the labelled claim as labelled (system, attribute,
    /// bound and, for a figure, its value within 1%) on a label that names no verdict: the
    /// system, attribute and value are established, so the verdict is the findings
    /// contract's "agrees with some sources and not others", a right alarm. A `conflict`
    /// on an unplanted figure still counts as wrong: the passages state true figures.
    static func disputedAsLabelled(_ finding: Finding, _ label: ClaimLabel) -> Bool {
        guard finding.verdict == .disputed, label.verdict == nil, !label.planted else { return false }
        guard case .number(let number) = finding.claim.value else { return true }
        if let bound = label.bound, bound != number.bound.rawValue { return false }
        guard let value = label.value else { return false }
        return abs(number.value - value) <= 0.01 * max(abs(value), 1e-9)
    }

    /// One labelled passage, read: its document and its labels (the verdict optional).
    public static func passage(at path: String, labels labelsPath: String) throws -> (document: Document, labels: ArticleLabels) {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let document = try DocumentReader.document(path: fileName, bytes: bytes, format: DocumentFormat(path: path))
        let labels = try ArticleLabels.parse(
            yaml: String(contentsOfFile: labelsPath, encoding: .utf8), path: labelsPath, verdictRequired: false)
        return (document, labels)
    }

    /// The language folders of a half (`dev/`, `test/`), sorted.
    public static func languages(in half: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: half)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: half + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// Checks and scores every labelled passage of one language folder, leaving out the
    /// findings and labels of the `excluding` attributes.
    public static func score(folder: String, checker: ArticleChecker,
                             excluding: Set<String> = []) throws -> (passages: [Passage], total: Score) {
        var passages: [Passage] = []
        var total = Score()
        for (slug, path, labelsPath) in try CorpusRun.articles(in: folder) {
            let (document, labels) = try passage(at: path, labels: labelsPath)
            let findings = checker.check(document, applyInlineIgnores: false, explain: false)
            let passage = score(findings, in: document, labels: labels, catalog: checker.catalog, slug: slug, excluding: excluding)
            total.add(passage.score)
            passages.append(passage)
        }
        return (passages, total)
    }
}
