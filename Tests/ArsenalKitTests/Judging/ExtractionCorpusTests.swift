import ArsenalKit
import Foundation
import Testing

/// The six-language extraction corpus (Fixtures/Extraction): per language and half, recall
/// and precision stay above floors set a little under the figures reached when the floors
/// were written (Benchmarks/corpus/score.sh dev|test prints them). The test runs over the
/// halves that exist; the test half is scored only in aggregate. Passages are split once
/// into dev/ and test/; tuning reads dev/ only. Serialized: Yams' tag resolution (an
/// NSRegularExpression) crashed when many label files were parsed at once on Linux.
@Suite("Extraction corpus", .serialized) struct ExtractionCorpusTests {
    static let root = CheckTestSupport.packageRoot.appendingPathComponent("Tests/ArsenalKitTests/Fixtures/Extraction").path

    /// Floors per half and language: (recall, precision). A language or half without an
    /// entry has no floor yet (its figures are printed, not asserted).
    static let floors: [String: [String: (recall: Double, precision: Double)]] = [
        "dev": [
            "de": (0.94, 0.96),
            "en": (0.93, 0.91),
            "es": (0.98, 0.96),
            "fr": (0.94, 0.92),
            "pl": (0.96, 0.97),
            "ru": (0.95, 0.95),
        ],
        // dev2: written after the split, development only (SPLIT.md).
        "dev2": [
            "de": (0.89, 0.94),
            "en": (0.86, 0.94),
            "es": (0.89, 0.95),
            "pl": (0.95, 0.95),
        ],
        // dev3: written after the split, development only (SPLIT.md); en, es, de.
        "dev3": [
            "de": (0.94, 0.94),
            "en": (0.90, 0.90),
            "es": (0.90, 0.95),
        ],
        // dev3v: the verdict set of session 11, development only (SPLIT.md); extraction floors
        // here, verdict floors in `verdictFloors`.
        "dev3v": [
            "de": (0.50, 0.70),
            "en": (0.90, 0.93),
            "es": (0.86, 0.94),
            "fr": (0.67, 0.88),
            "pl": (0.90, 0.80),
            "ru": (0.83, 0.80),
        ],
        // dev4: en and es, session 12, development only (SPLIT.md); untouched it scored
        // en 0.854/0.907, es 0.780/0.877; at the end of session 12 en 0.883/0.968, es 0.866/0.934.
        "dev4": [
            "en": (0.92, 0.96),
            "es": (0.88, 0.93),
        ],
        // dev5: en and es, session 13, development only (SPLIT.md); untouched it scored
        // en 0.745/0.829, es 0.847/0.897; at the end of session 13 en 0.796/0.901, es 0.889/0.955;
        // session 19 en 0.839/0.950.
        "dev5": [
            "en": (0.82, 0.93),
            "es": (0.89, 0.94),
        ],
        // dev6: en and es, session 15, development only (SPLIT.md); untouched it scored
        // en 0.833/0.917, es 0.843/0.948 (verdicts: 34/40 right, 8/8 planted caught); at the
        // end of session 16 en 0.856/0.950, es 0.907/0.970 (36/36 right); session 17 en 0.871/0.950.
        "dev6": [
            "en": (0.86, 0.93),
            "es": (0.89, 0.95),
        ],
        // dev7: en and es, session 17, development only (SPLIT.md); untouched it scored
        // en 0.835/0.883, es 0.804/0.905 (verdicts: 36/42 right, 7/8 planted caught); at the
        // end of session 17 en 0.844/0.893, es 0.841/0.928 (37/40 right, 8/8 caught);
        // session 18 en 0.853/0.903, es 0.869/0.939; session 19 en 0.872/0.922.
        "dev7": [
            "en": (0.86, 0.91),
            "es": (0.86, 0.93),
        ],
        // dev8: en and es, session 18, development only (SPLIT.md); untouched it scored
        // en 0.752/0.929, es 0.832/0.940 (verdicts: 27/30 right, 5/6 planted caught); at the
        // end of session 18 en 0.781/0.943, es 0.874/0.976 (29/30 right, 5/6 caught); session 19
        // en 0.829/0.978, es 0.884/0.977; session 21 en 0.857/0.978, es 0.895/0.977.
        "dev8": [
            "en": (0.84, 0.96),
            "es": (0.87, 0.96),
        ],
        // dev9: en and es, session 19, development only (SPLIT.md); untouched it scored
        // en 0.726/0.895, es 0.733/0.957 (verdicts: 21/24 right, 4/5 planted caught); at the
        // end of session 19 en 0.769/0.900, es 0.750/0.957; session 22 en 0.786/0.939.
        "dev9": [
            "en": (0.77, 0.91),
            "es": (0.73, 0.94),
        ],
        // dev9es: Spanish, session 19, development only (SPLIT.md); untouched it scored
        // 0.719/0.896 (verdicts: 10/12 right, 2/2 planted caught); 0.768/0.924 and 11/11 at
        // the end of session 19.
        "dev9es": [
            "es": (0.75, 0.91),
        ],
        // dev10: en and es, session 20, development only (SPLIT.md); untouched it scored
        // en 0.764/0.829, es 0.685/0.735 (verdicts: 18/26 right, 3/4 planted caught); at the
        // end of session 20 en 0.798/0.845, es 0.795/0.817; session 22 en 0.843/0.904.
        "dev10": [
            "en": (0.82, 0.88),
            "es": (0.77, 0.79),
        ],
        // dev11: en and es, session 21, development only (SPLIT.md); untouched it scored
        // en 0.733/0.895, es 0.808/1.000 (verdicts: 19/25 right, no planted figures); at the
        // end of session 21 en 0.819/0.922, es 0.872/1.000; session 22 en 0.836/0.942.
        "dev11": [
            "en": (0.82, 0.92),
            "es": (0.85, 0.98),
        ],
        // dev9j: de, pl, ru and fr, session 19, development only (SPLIT.md); untouched it
        // scored de 0.722/0.875, fr 0.814/0.941, pl 0.785/0.948, ru 0.840/0.919 (verdicts:
        // 59/69 right, 22/23 planted caught); at the end of session 19 de 0.732/0.887,
        // fr 0.814/0.941, pl 0.828/0.951, ru 0.851/0.930 (61/64 right, 22/23 caught).
        "dev9j": [
            "de": (0.72, 0.88),
            "fr": (0.80, 0.93),
            "pl": (0.82, 0.94),
            "ru": (0.84, 0.92),
        ],
        // dev4v: the verdict set of session 12, development only (SPLIT.md); extraction floors
        // here, verdict floors in `verdictFloors`.
        "dev4v": [
            "de": (0.85, 0.93),
            "en": (0.94, 0.95),
            "es": (0.87, 0.91),
            "fr": (0.60, 0.80),
            "pl": (0.93, 0.90),
            "ru": (0.87, 0.87),
        ],
        // dev5v: the verdict set of session 13, development only (SPLIT.md); untouched it
        // scored de 0.690/0.667, en 0.833/0.758, es 0.970/0.941, fr 0.833/0.690,
        // pl 0.963/0.897, ru 0.926/0.862 (verdicts: 37/43 right, 11/12 planted caught).
        "dev5v": [
            "de": (0.70, 0.78),
            "en": (0.91, 0.89),
            "es": (0.95, 0.96),
            "fr": (0.80, 0.66),
            "pl": (0.93, 0.93),
            "ru": (0.90, 0.86),
        ],
        // dev-uk: the Ukrainian set of session 11, development only (SPLIT.md).
        "dev-uk": [
            "uk": (0.95, 0.95),
        ],
        // dev-it: the Italian set of session 13, development only (SPLIT.md).
        "dev-it": [
            "it": (0.78, 0.88),
        ],
        // test: en and es raised in session 23 after 11 family labels were corrected to the
        // named variant's id (SPLIT.md, "Label corrections"): en 0.815/0.833 -> 0.880/0.900,
        // es 0.859/0.895 -> 0.909/0.947 with the extractor unchanged. Session 24: every
        // language's labels after a blind second annotation and a third party's adjudication
        // (SPLIT.md), extractor unchanged (881937c): de 0.889/0.978 -> 0.871/0.978, en
        // 0.880/0.900 -> 0.857/0.933, es 0.909/0.947 -> 0.911/0.968, fr 0.899/0.941 ->
        // 0.872/0.965, pl 0.894/0.938 -> 0.895/0.951, ru 0.907/0.940 -> 0.888/0.952.
        "test": [
            "de": (0.86, 0.96),
            "en": (0.85, 0.92),
            "es": (0.90, 0.95),
            "fr": (0.86, 0.95),
            "pl": (0.88, 0.94),
            "ru": (0.87, 0.94),
        ],
    ]

    static let cases: [(half: String, language: String)] = ["dev", "dev2", "dev3", "dev3v", "dev4", "dev4v", "dev5", "dev5v", "dev6", "dev7", "dev8", "dev9", "dev9es", "dev9j", "dev10", "dev11", "dev-uk", "dev-it", "test"].flatMap { half in
        ExtractionCorpus.languages(in: root + "/" + half).map { (half, $0) }
    }

    /// Verdict floors for a whole development set (issue 8): of its `conflict` and
    /// `disputed` findings the share that is right, and of its planted wrong figures the
    /// share caught with a `conflict` (a little under the figures reached).
    static let verdictFloors: [String: (alarmsRight: Double, plantedCaught: Double)] = [
        "dev": (0.96, 1.0),
        "dev3v": (0.95, 1.0),
        // dev4 and dev5 (the extraction sets of sessions 12 and 13) were first read for
        // verdicts in session 14: 13/15 and 27/33 right, 2/4 planted caught each, before.
        "dev4": (0.93, 0.95),
        "dev4v": (0.97, 0.90),
        "dev5": (0.93, 0.70),
        "dev5v": (0.95, 0.95),
        // dev6: 35/38 right, 8/8 planted caught at the end of session 15; 36/36 in session 16.
        "dev6": (0.97, 0.95),
        // dev7: 36/42 right, 7/8 caught untouched; 37/40 and 8/8 at the end of session 17.
        "dev7": (0.92, 0.95),
        // dev8: 27/30 right, 5/6 caught untouched; 29/30 and 5/6 at the end of session 18.
        "dev8": (0.95, 0.80),
        // dev9: 21/24 right, 4/5 caught untouched and at the end of session 19.
        "dev9": (0.85, 0.75),
        // dev9es: 10/12 right, 2/2 caught untouched; 11/11 and 2/2 at the end of session 19.
        "dev9es": (0.95, 0.95),
        // dev9j: 59/69 right, 22/23 caught untouched; 61/64 and 22/23 at the end of session 19.
        "dev9j": (0.95, 0.95),
        // dev10: 18/26 right, 3/4 caught untouched; 19/25 and 3/4 at the end of session 20.
        "dev10": (0.72, 0.75),
        // dev11: 19/25 right untouched (no planted figures); 21/27 at the end of session 21.
        "dev11": (0.75, 1.0),
        "dev-uk": (1.0, 1.0),
    ]

    @Test(arguments: ["dev", "dev3v", "dev4", "dev4v", "dev5", "dev5v", "dev6", "dev7", "dev8", "dev9", "dev9es", "dev9j", "dev10", "dev11", "dev-uk"])
    func verdictsStayAboveTheFloors(_ half: String) throws {
        var total = ExtractionCorpus.Score()
        for language in ExtractionCorpus.languages(in: "\(Self.root)/\(half)") {
            total.add(try ExtractionCorpus.score(folder: "\(Self.root)/\(half)/\(language)", checker: CheckTestSupport.checker).1)
        }
        let floor = try #require(Self.verdictFloors[half])
        #expect(total.alarmPrecision >= floor.alarmsRight, "\(half): conflict/disputed right \(total.alarmsRight)/\(total.alarms)")
        #expect(total.conflictRecall >= floor.plantedCaught, "\(half): planted caught \(total.plantedCaught)/\(total.planted)")
    }

    @Test(arguments: cases)
    func scoresStayAboveTheFloors(_ half: String, _ language: String) throws {
        let (_, score) = try ExtractionCorpus.score(folder: "\(Self.root)/\(half)/\(language)", checker: CheckTestSupport.checker)
        guard let floor = Self.floors[half]?[language] else { return }
        #expect(score.recall >= floor.recall, "\(half)/\(language): recall \(score.recall) fell below \(floor.recall)")
        #expect(score.precision >= floor.precision, "\(half)/\(language): precision \(score.precision) fell below \(floor.precision)")
    }

    @Test func plantedAndNegatedLabelsAreScoredApart() throws {
        let text = "The Stinger has a range of 12 km. The Igla-S cannot reach 10 km. The Zenit-9 has a range of 160 km."
        let document = Document(path: "p.md", text: text)
        let yaml = """
            language: en
            claims:
              - {quote: "range of 12 km", system: stinger, attribute: max_range, planted: true}
              - {quote: "cannot reach 10 km", system: igla-s, attribute: max_range, negated: true}
              - {quote: "range of 160 km", system: zenit-9, attribute: max_range}
            """
        let labels = try ArticleLabels.parse(yaml: yaml, path: "p.expected.yaml", verdictRequired: false)
        let findings = CheckTestSupport.checker.check(document, applyInlineIgnores: false)
        let passage = ExtractionCorpus.score(findings, in: document, labels: labels, catalog: CatalogLoader.bundledCatalog, slug: "p")
        #expect(passage.score.truePositives == 1)
        #expect(passage.score.planted == 1)
        #expect(passage.score.plantedCaught == 1)
        #expect(passage.score.alarms >= 1)
        #expect(passage.score.falsePositives == passage.extra.count + passage.score.negatedViolations + passage.score.unknownSystemViolations)
    }

    @Test func aDisputedFigureReadAsLabelledIsARightAlarmAndAMisreadOneIsNot() throws {
        // The Stinger's sources print 8 km and 4.8 km: "8 km" is disputed by the contract.
        let document = Document(path: "p.md", text: "The Stinger has a range of 8 km.")
        let findings = CheckTestSupport.checker.check(document, applyInlineIgnores: false)
        try #require(findings.contains { $0.verdict == .disputed })
        func alarmsRight(_ value: Int) throws -> Int {
            let yaml = """
                language: en
                claims:
                  - {quote: "range of 8 km", system: stinger, attribute: max_range, bound: exact, value: \(value)}
                """
            let labels = try ArticleLabels.parse(yaml: yaml, path: "p.expected.yaml", verdictRequired: false)
            return ExtractionCorpus.score(findings, in: document, labels: labels, catalog: CatalogLoader.bundledCatalog, slug: "p")
                .score.alarmsRight
        }
        #expect(try alarmsRight(8000) == 1)
        // The same finding against a label that says the text means another figure: wrong.
        #expect(try alarmsRight(6000) == 0)
    }

    @Test func anExcludedAttributeCountsNeitherWay() throws {
        // "5,000 Igla-S missiles" is an inventory the labels leave out; a labelled range is kept.
        let text = "Venezuela holds 5,000 Igla-S missiles. The Igla-S has a range of 6 km."
        let document = Document(path: "p.md", text: text)
        let yaml = """
            language: en
            claims:
              - {quote: "range of 6 km", system: igla-s, attribute: max_range}
            """
        let labels = try ArticleLabels.parse(yaml: yaml, path: "p.expected.yaml", verdictRequired: false)
        let findings = CheckTestSupport.checker.check(document, applyInlineIgnores: false)
        try #require(findings.contains { $0.claim.attribute.rawValue == "inventory" })
        let all = ExtractionCorpus.score(findings, in: document, labels: labels, catalog: CatalogLoader.bundledCatalog, slug: "p")
        let excluded = ExtractionCorpus.score(findings, in: document, labels: labels, catalog: CatalogLoader.bundledCatalog,
                                              slug: "p", excluding: ["inventory"])
        #expect(all.score.truePositives == 1 && excluded.score.truePositives == 1)
        #expect(excluded.score.falsePositives == all.score.falsePositives - 1)
        #expect(!excluded.extra.contains { $0.claim.attribute.rawValue == "inventory" })
        // Excluding the labelled attribute drops its label too: nothing is missed.
        let noRange = ExtractionCorpus.score(findings, in: document, labels: labels, catalog: CatalogLoader.bundledCatalog,
                                             slug: "p", excluding: ["max_range"])
        #expect(noRange.score.falseNegatives == 0 && noRange.score.truePositives == 0)
    }
}
