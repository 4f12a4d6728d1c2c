import ArsenalKit
import Foundation
import Testing

/// The false-alarm corpus (Fixtures/FalseAlarms, issue 8): short passages in six languages,
/// each built around one kind of wrong verdict. A `must_not_conflict` passage passes when no
/// finding has a `conflict` verdict and none is `disputed` but a labelled claim whose
/// sources differ among themselves (the contract's disputed); a passage with planted figures passes when
/// each planted figure is found with a `conflict` and no other finding raises an alarm.
///
/// `knownFailures` lists the passages that fail today, each with the reason, so the list is
/// the work left: a listed passage that starts passing fails the suite until it is taken
/// off the list, and an unlisted one that fails is a regression. Serialized: Yams' tag
/// resolution crashed when many label files were parsed at once on Linux.
@Suite("False-alarm corpus", .serialized) struct FalseAlarmCorpusTests {
    static let root = CheckTestSupport.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/FalseAlarms").path
    static let languages = ["de", "en", "es", "fr", "pl", "ru"]

    /// Passages that fail today, by file stem, with why. Extraction-side classes (feet
    /// heights, lengths, detection ranges, "per second" conversions, glued units, mass
    /// kinds, the wrong system across line breaks and "unlike X, which ...", nicknames,
    /// invisible characters, accented names) are issue 8's extraction vetoes, worked on
    /// separately; the list shrinks as they land.
    static let knownFailures: [String: String] = [:
        // (Session 24: a nickname after a bare noun that refers back, "Rosyjski pocisk, znany
        // jako Super Igła", «Российская ракета, которую называют «Супер-Игла»», now names the
        // noun's system in Polish and Russian too: pl-fa-182/183, ru-fa-183 came off.)
    ]

    /// One passage: its language folder and file stem.
    struct Passage: CustomTestStringConvertible, Sendable {
        var language: String
        var slug: String
        var testDescription: String { slug }
    }

    static let passages: [Passage] = languages.flatMap { language in
        ((try? CorpusRun.articles(in: "\(root)/\(language)")) ?? []).map { Passage(language: language, slug: $0.slug) }
    }

    /// What one passage did: nil when it passes, else why it fails.
    static func failure(of passage: Passage) throws -> String? {
        let folder = "\(root)/\(passage.language)"
        guard let entry = try CorpusRun.articles(in: folder).first(where: { $0.slug == passage.slug }) else {
            return "no passage \(passage.slug)"
        }
        let name = URL(fileURLWithPath: entry.article).lastPathComponent
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry.article)))
        let document = try DocumentReader.document(path: name, bytes: bytes, format: DocumentFormat(path: entry.article))
        let labels = try ArticleLabels.parse(
            yaml: String(contentsOfFile: entry.labels, encoding: .utf8), path: entry.labels, verdictRequired: false)
        let findings = CheckTestSupport.checker.check(document, applyInlineIgnores: false, explain: false)
        var problems: [String] = []
        if labels.mustNotConflict {
            for finding in findings where finding.verdict == .conflict || finding.verdict == .disputed {
                // A labelled claim (system, attribute and figure established) whose sources
                // differ among themselves is disputed by the findings contract: "agrees with
                // some sources and not others". Any other disputed finding is a false alarm.
                if finding.verdict == .disputed, labels.claims.contains(where: { Self.names(finding, $0) }) { continue }
                problems.append("false \(finding.verdict.rawValue): \(finding.claim.systemID) \(finding.claim.attribute.rawValue) \"\(finding.quote)\"")
            }
        } else {
            let scored = ExtractionCorpus.score(findings, in: document, labels: labels, catalog: CheckTestSupport.checker.catalog, slug: passage.slug)
            for label in scored.uncaught {
                problems.append("planted not caught: \(label.system) \(label.attribute) \"\(label.quote)\"")
            }
            for finding in scored.wrongAlarms {
                problems.append("wrong \(finding.verdict.rawValue): \(finding.claim.systemID) \(finding.claim.attribute.rawValue) \"\(finding.quote)\"")
            }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }

    /// Whether a finding is the labelled claim: same system and attribute, overlapping quotes.
    static func names(_ finding: Finding, _ label: ClaimLabel) -> Bool {
        finding.claim.systemID == label.system && finding.claim.attribute.rawValue == label.attribute
            && (finding.quote.contains(label.quote) || label.quote.contains(finding.quote))
    }

    @Test(arguments: passages)
    func passageIsJudgedRight(_ passage: Passage) throws {
        let failure = try Self.failure(of: passage)
        if let reason = Self.knownFailures[passage.slug] {
            #expect(failure != nil, "\(passage.slug) passes now: take it off knownFailures (\(reason))")
        } else {
            #expect(failure == nil, "\(passage.slug): \(failure ?? "")")
        }
    }

    /// Floors on the corpus's size: issue 8 asks for 150 and 100.
    static let minimumQuiet = 150
    static let minimumPlanted = 100

    @Test func corpusIsLargeEnoughInEveryLanguage() throws {
        var mustNotConflict = 0
        var planted = 0
        for language in Self.languages {
            var perLanguage = (quiet: 0, planted: 0)
            for entry in try CorpusRun.articles(in: "\(Self.root)/\(language)") {
                let labels = try ArticleLabels.parse(
                    yaml: String(contentsOfFile: entry.labels, encoding: .utf8), path: entry.labels, verdictRequired: false)
                #expect(labels.language == language, "\(entry.slug): labelled \(labels.language), filed under \(language)")
                #expect(labels.errorClass != nil, "\(entry.slug): no class")
                let plantedHere = labels.claims.filter(\.planted).count
                #expect(labels.mustNotConflict != (plantedHere > 0), "\(entry.slug): a passage is either must_not_conflict or planted")
                if labels.mustNotConflict { perLanguage.quiet += 1 } else { perLanguage.planted += plantedHere }
            }
            #expect(perLanguage.quiet >= 15 && perLanguage.planted >= 10, "\(language): \(perLanguage)")
            mustNotConflict += perLanguage.quiet
            planted += perLanguage.planted
        }
        #expect(mustNotConflict >= Self.minimumQuiet, "must_not_conflict passages: \(mustNotConflict)")
        #expect(planted >= Self.minimumPlanted, "planted conflicts: \(planted)")
    }

    @Test func knownFailuresNamePassages() {
        let slugs = Set(Self.passages.map(\.slug))
        for slug in Self.knownFailures.keys {
            #expect(slugs.contains(slug), "knownFailures names \(slug), which is not in the corpus")
        }
    }

    @Test func plantedFiguresAreRecordedAttributesInsideTheBounds() throws {
        let catalog = CheckTestSupport.checker.catalog
        for passage in Self.passages {
            let path = "\(Self.root)/\(passage.language)/\(passage.slug).expected.yaml"
            let labels = try ArticleLabels.parse(yaml: String(contentsOfFile: path, encoding: .utf8), path: path, verdictRequired: false)
            for label in labels.claims where label.planted {
                guard let system = catalog.system(id: label.system) else {
                    Issue.record("\(passage.slug): planted on \(label.system), which is not a record")
                    continue
                }
                if label.attribute == "origin" { continue }  // a record field (`origin: GB`), always there
                guard let attribute = Attribute(rawValue: label.attribute) else {
                    if ClaimAttribute(rawValue: label.attribute) == nil { Issue.record("\(passage.slug): unknown attribute \(label.attribute)") }
                    continue
                }
                // A plain figure that can vote: a planted figure on an attribute recorded only
                // as a qualified value (an average speed) cannot be judged.
                #expect(system.values(attribute).contains { $0.status == .accepted && $0.qualifier == nil },
                        "\(passage.slug): \(system.id) records no plain accepted \(attribute.rawValue)")
                if let value = label.value, let bounds = attribute.plausibleRange(for: system.kind) {
                    #expect(bounds.contains(value), "\(passage.slug): \(value) is outside V304's \(bounds) for \(attribute.rawValue) of a \(system.kind.rawValue)")
                }
            }
        }
    }
}
