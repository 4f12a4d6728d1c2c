import Foundation
import Yams

/// One hand-labelled claim of a corpus article (`<slug>.expected.yaml`).
public struct ClaimLabel: Hashable, Sendable {
    /// A substring of the article the finding's quote should overlap.
    public var quote: String
    /// The record id.
    public var system: String
    /// The claim attribute (`max_range`, `origin`, `comparison`, `inventory`, ...).
    public var attribute: String
    /// The expected verdict; nil when the labels give none (extraction-only corpora).
    public var verdict: Verdict?
    /// For figures, the expected bound.
    public var bound: String?
    /// For figures, the expected SI value.
    public var value: Double?
    /// For comparisons, the relation.
    public var relation: String?
    /// For comparisons, the other record.
    public var other: String?
    /// A deliberately wrong figure, planted to be caught: `arsenal check` should give it a
    /// `conflict` verdict.
    public var planted: Bool = false
    /// The passage negates the statement ("cannot reach 10 km"): it must not be read as a claim.
    public var negated: Bool = false

    /// Creates a label.
    public init(quote: String, system: String, attribute: String, verdict: Verdict?, bound: String? = nil,
                value: Double? = nil, relation: String? = nil, other: String? = nil) {
        self.quote = quote
        self.system = system
        self.attribute = attribute
        self.verdict = verdict
        self.bound = bound
        self.value = value
        self.relation = relation
        self.other = other
    }
}

/// The labels of one article: its claims and its traps (phrases that must not become
/// specification claims).
public struct ArticleLabels: Hashable, Sendable {
    /// The article's language.
    public var language: String
    /// The claims it makes.
    public var claims: [ClaimLabel]
    /// Phrases that must not be claims.
    public var traps: [String]
    /// The false-alarm corpus's `must_not_conflict: true`: no `conflict` or `disputed`
    /// verdict may come out of the passage.
    public var mustNotConflict = false
    /// The false-alarm corpus's `class`: the kind of wrong verdict the passage exercises.
    public var errorClass: String?

    /// Creates labels.
    public init(language: String, claims: [ClaimLabel], traps: [String]) {
        self.language = language
        self.claims = claims
        self.traps = traps
    }

    /// Parses an expected-labels file. `verdictRequired: false` reads extraction corpora,
    /// whose labels may leave the verdict out.
    public static func parse(yaml: String, path: String, verdictRequired: Bool = true) throws -> ArticleLabels {
        guard let root = try Yams.compose(yaml: yaml), case .mapping(let mapping) = root else {
            throw LabelError(message: "\(path): the labels must be a mapping")
        }
        func string(_ node: Node?) -> String? { node?.scalar?.string }
        let language = string(mapping["language"]) ?? "en"
        var claims: [ClaimLabel] = []
        if case .sequence(let items)? = mapping["claims"] {
            for item in items {
                guard case .mapping(let fields) = item else { continue }
                let line = item.mark?.line ?? 0
                guard let quote = string(fields["quote"]), let system = string(fields["system"]),
                      let attribute = string(fields["attribute"])
                else {
                    throw LabelError(message: "\(path):\(line): a claim needs quote, system and attribute")
                }
                let verdict = string(fields["verdict"]).flatMap(Verdict.init(rawValue:))
                if verdictRequired, verdict == nil {
                    throw LabelError(message: "\(path):\(line): a claim needs a valid verdict")
                }
                var label = ClaimLabel(
                    quote: quote, system: system, attribute: attribute, verdict: verdict, bound: string(fields["bound"]),
                    value: string(fields["value"]).flatMap(Double.init), relation: string(fields["relation"]),
                    other: string(fields["other"]))
                label.planted = string(fields["planted"]) == "true"
                label.negated = string(fields["negated"]) == "true"
                claims.append(label)
            }
        }
        var traps: [String] = []
        if case .sequence(let items)? = mapping["traps"] {
            traps = items.compactMap { $0.scalar?.string }
        }
        var labels = ArticleLabels(language: language, claims: claims, traps: traps)
        labels.mustNotConflict = string(mapping["must_not_conflict"]) == "true"
        labels.errorClass = string(mapping["class"])
        return labels
    }
}

/// A labels file that cannot be read.
public struct LabelError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var message: String
    public var description: String { message }
}

/// How the findings of one article compare with its labels.
public struct ArticleScore: Sendable {
    /// Labels matched by a finding, with the finding's verdict.
    public var matched: [(label: ClaimLabel, verdict: Verdict)]
    /// Labels no finding matched.
    public var missed: [ClaimLabel]
    /// Findings that match no label (class findings are left out when the article labels
    /// no class claims: class labels are optional).
    public var extra: [Finding]
    /// Findings that overlap a trap.
    public var trapped: [(trap: String, finding: Finding)]
    /// Labels whose quote is not in the article's text (a labelling slip).
    public var unplaced: [ClaimLabel]

    /// Matched labels whose verdict is the expected one.
    public var correctVerdicts: Int { matched.filter { $0.label.verdict == $0.verdict }.count }
}

/// Precision, recall and verdict accuracy over a corpus.
public struct CorpusScore: Sendable {
    /// True positives.
    public var truePositives = 0
    /// False positives.
    public var falsePositives = 0
    /// False negatives.
    public var falseNegatives = 0
    /// Matched findings with the expected verdict.
    public var correctVerdicts = 0
    /// Findings on a trap.
    public var trapViolations = 0
    /// Articles scored.
    public var articles = 0

    /// Creates an empty score.
    public init() {}

    /// Adds an article's score.
    public mutating func add(_ score: ArticleScore) {
        truePositives += score.matched.count
        falsePositives += score.extra.count
        falseNegatives += score.missed.count
        correctVerdicts += score.correctVerdicts
        trapViolations += score.trapped.count
        articles += 1
    }

    /// Findings that match a label, over all findings.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    /// Labels found, over all labels.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    /// Matched findings with the right verdict, over matched findings.
    public var verdictAccuracy: Double { ratio(correctVerdicts, truePositives) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
}

/// Scores findings against hand labels. A finding matches a label when the system and
/// attribute are equal and the finding's quote overlaps the label's quote in the article's
/// text (each label and each finding matches at most once, in article order).
public enum CorpusEvaluation {
    /// Scores one article's findings.
    public static func score(_ findings: [Finding], in document: Document, labels: ArticleLabels) -> ArticleScore {
        let text = document.text
        var used = Set<Int>()
        var matched: [(label: ClaimLabel, verdict: Verdict)] = []
        var missed: [ClaimLabel] = []
        var unplaced: [ClaimLabel] = []
        for label in labels.claims {
            let places = occurrences(of: label.quote, in: text)
            if places.isEmpty { unplaced.append(label) }
            let index = findings.indices.first { index in
                let finding = findings[index]
                return !used.contains(index) && finding.claim.systemID == label.system
                    && finding.claim.attribute.rawValue == label.attribute
                    && places.contains { $0.overlaps(finding.claim.range) }
            }
            if let index {
                used.insert(index)
                matched.append((label, findings[index].verdict))
            } else {
                missed.append(label)
            }
        }
        let labelsClass = labels.claims.contains { $0.attribute == "class" }
        // Findings about systems outside the database credit no record: not extras.
        let extra = findings.indices.filter { !used.contains($0) }.map { findings[$0] }
            .filter { (labelsClass || $0.claim.attribute != .systemClass) && $0.claim.unknownSystem == nil }
        var trapped: [(trap: String, finding: Finding)] = []
        for trap in labels.traps {
            let places = occurrences(of: trap, in: text)
            for finding in findings where finding.claim.attribute != .systemClass
                && places.contains(where: { $0.overlaps(finding.claim.range) }) {
                trapped.append((trap, finding))
            }
        }
        return ArticleScore(matched: matched, missed: missed, extra: extra, trapped: trapped, unplaced: unplaced)
    }

    /// UTF-8 ranges of every occurrence of `needle` in `text`, comparing whitespace
    /// loosely (a no-break space or a line break matches a space).
    static func occurrences(of needle: String, in text: String) -> [Range<Int>] {
        let (haystack, map) = normalized(Array(text.utf8))
        let (pattern, _) = normalized(Array(needle.utf8))
        guard let first = pattern.first, pattern.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + pattern.count <= haystack.count {
            if haystack[i] == first, haystack[i..<(i + pattern.count)].elementsEqual(pattern) {
                result.append(map[i]..<map[i + pattern.count])
            }
            i += 1
        }
        return result
    }

    /// Bytes with no-break spaces, tabs, line breaks and table pipes as plain spaces and
    /// without Markdown emphasis marks (`*`, `` ` ``: a label quotes a Markdown passage as
    /// written, "the **Piorun** reaches 6.5 km", "Patriot | 160 km", while findings quote its
    /// plain text, where a table's pipes are tabs), and the original offset of each byte (plus
    /// the end).
    private static func normalized(_ bytes: [UInt8]) -> ([UInt8], [Int]) {
        var out: [UInt8] = []
        var map: [Int] = []
        out.reserveCapacity(bytes.count)
        map.reserveCapacity(bytes.count + 1)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x2A || bytes[i] == 0x60 {
                i += 1
                continue
            }
            map.append(i)
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                out.append(0x20)
                i += 2
            } else {
                out.append(bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x7C ? 0x20 : bytes[i])
                i += 1
            }
        }
        map.append(bytes.count)
        return (out, map)
    }
}

/// Runs `arsenal check` over a labelled corpus folder: every `<slug>.expected.yaml` with its
/// article `<slug>.md`, `.txt` or `.html` beside it.
public enum CorpusRun {
    /// One scored article.
    public struct Article: Sendable {
        /// The file name without extension.
        public var slug: String
        /// The article's file name (as findings name it).
        public var fileName: String
        /// The findings.
        public var findings: [Finding]
        /// Their score against the labels.
        public var score: ArticleScore
    }

    /// The scored articles of a folder and the totals.
    public struct Result: Sendable {
        /// Per article, in slug order.
        public var articles: [Article]
        /// Over the corpus.
        public var total: CorpusScore
    }

    /// The article files of a corpus folder, by slug: (slug, article path, labels path).
    public static func articles(in directory: String) throws -> [(slug: String, article: String, labels: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        return names.compactMap { name in
            guard name.hasSuffix(".expected.yaml") else { return nil }
            let slug = String(name.dropLast(".expected.yaml".count))
            guard let article = ["md", "txt", "html"].map({ "\(slug).\($0)" }).first(where: names.contains) else { return nil }
            return (slug, directory + "/" + article, directory + "/" + name)
        }
    }

    /// Checks and scores every labelled article in `directory` with the bundled catalog and
    /// lexicons. Extraction is scored, so `arsenal-ignore` comments are not applied (labels
    /// list every claim). Findings name each article by its file name alone.
    public static func score(directory: String, checker: ArticleChecker? = nil) throws -> Result {
        let checker = try checker ?? ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: Lexicon.allBundled())
        var articles: [Article] = []
        var total = CorpusScore()
        for (slug, path, labelsPath) in try Self.articles(in: directory) {
            let fileName = URL(fileURLWithPath: path).lastPathComponent
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let document = try DocumentReader.document(path: fileName, bytes: bytes, format: DocumentFormat(path: path))
            let labels = try ArticleLabels.parse(yaml: String(contentsOfFile: labelsPath, encoding: .utf8), path: labelsPath)
            let findings = checker.check(document, applyInlineIgnores: false)
            let score = CorpusEvaluation.score(findings, in: document, labels: labels)
            total.add(score)
            articles.append(Article(slug: slug, fileName: fileName, findings: findings, score: score))
        }
        return Result(articles: articles, total: total)
    }
}
