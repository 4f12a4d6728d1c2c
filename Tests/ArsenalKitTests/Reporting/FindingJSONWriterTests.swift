@testable import ArsenalKit
import Foundation
import Testing

/// `FindingJSONWriter` writes the same bytes as `JSONEncoder` (sorted keys, slashes left
/// alone, pretty-printed or compact) for the Codable `FindingReport`: over every article
/// of the labelled corpus and the examples, and over hand-made findings with every optional
/// member set, none set, and strings that need escaping.
@Suite struct FindingJSONWriterTests {
    /// What `JSONEncoder` writes for `report`, newline-terminated: the reference.
    static func encoded(_ report: FindingReport, layout: FindingJSONReporter.Layout) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = layout == .pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    static func written(_ report: FindingReport, layout: FindingJSONReporter.Layout) -> String {
        String(decoding: FindingJSONReporter.write(report, layout: layout), as: UTF8.self)
    }

    /// Every article of the corpus and the examples, checked with explanations.
    static let articles: [(name: String, findings: [Finding])] = {
        let root = CheckTestSupport.packageRoot
        var paths: [URL] = []
        for folder in ["Tests/ArsenalKitTests/Fixtures/Corpus", "Examples"] {
            let directory = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            paths += names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
                .map { directory.appendingPathComponent($0) }
        }
        return paths.compactMap { url in
            guard let bytes = try? [UInt8](Data(contentsOf: url)),
                  let document = try? DocumentReader.document(path: url.lastPathComponent, bytes: bytes, format: DocumentFormat(path: url.path))
            else { return nil }
            return (url.lastPathComponent, CheckTestSupport.checker.check(document, explain: true))
        }
    }()

    @Test func corpusAndExamplesMatchJSONEncoder() throws {
        #expect(Self.articles.count >= 40)
        #expect(Self.articles.reduce(0) { $0 + $1.findings.count } > 200)
        for (name, findings) in Self.articles {
            for explain in [false, true] {
                let report = FindingJSONReporter.document(findings, checkedFiles: 1, explain: explain)
                for layout in [FindingJSONReporter.Layout.pretty, .compact] {
                    let reference = try Self.encoded(report, layout: layout)
                    #expect(Self.written(report, layout: layout) == reference, "\(name), \(layout), explain \(explain)")
                    // The path `arsenal serve` takes: written from the findings, no document built.
                    let direct = FindingJSONReporter.bytes(findings, checkedFiles: 1, explain: explain, layout: layout)
                    #expect(String(decoding: direct, as: UTF8.self) == reference, "direct: \(name), \(layout), explain \(explain)")
                }
            }
        }
    }

    /// A string with everything `JSONEncoder` escapes or leaves alone.
    static let awkward = "a \"quote\", a \\ backslash, a / slash, \u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F}\u{7F} Игла-С «x» 🚀 射程 \u{2028}"

    static func entry(_ text: String, everything: Bool) -> FindingReport.Entry {
        var entry = FindingReport.Entry(CheckTestSupport.findings("The Igla-S has a range of 10 km.")[0], explain: true)
        entry.quote = text
        entry.message = text
        entry.file = text
        entry.notes = everything ? [text, ""] : []
        entry.explanation = everything ? [text] : nil
        entry.document = everything ? text : nil
        entry.recordLine = everything ? 12_345_678_901 : nil
        entry.relation = everything ? .greaterThan : nil
        entry.other = everything ? "stinger" : nil
        entry.line = everything ? Int.max : 0
        entry.column = everything ? -3 : 1
        entry.claim = everything
            ? FindingReport.Claimed(
                bound: .between, value: 0.000001, low: -0.0, high: 1e21, unit: text, tokens: [text, "passive-ir"], boolean: false,
                country: "RU", classes: [], relation: .similarTo, other: "igla", attribute: "max_range")
            : FindingReport.Claimed()
        var evidence = entry.evidence[0]
        evidence.value = text
        evidence.si = everything ? 1234567.891011 : nil
        evidence.bound = everything ? evidence.bound ?? .atMost : nil
        evidence.variant = everything ? text : nil
        evidence.note = everything ? text : nil
        evidence.inheritedFrom = everything ? "igla" : nil
        evidence.qualifier = everything ? ValueQualifier.allCases.first : nil
        evidence.also = everything ? text : nil
        evidence.agrees = everything ? true : nil
        evidence.source = everything ? FindingReport.SourceEntry(id: text, title: text, publisher: text, url: "https://example.org/a/b?c=d", retrieved: "2024-01-02") : nil
        entry.evidence = everything ? [evidence, evidence] : []
        return entry
    }

    @Test(arguments: [false, true])
    func handMadeFindingsMatchJSONEncoder(_ everything: Bool) throws {
        var report = FindingJSONReporter.document([], checkedFiles: 0)
        report.findings = [Self.entry(Self.awkward, everything: everything), Self.entry("", everything: !everything)]
        report.tool = .init(name: Self.awkward, version: "1.2.3")
        if everything {
            report.inputErrors = [.init(input: Self.awkward, reason: "cannot read: \"x\"")]
            report.suppressions = [FindingReport.Problem(Diagnostic(
                code: DiagnosticCode("C902", name: "unused-suppression"), severity: .warning, message: Self.awkward,
                location: SourceLocation(file: "a/b.md", line: 3, column: 1)))]
        }
        for layout in [FindingJSONReporter.Layout.pretty, .compact] {
            #expect(Self.written(report, layout: layout) == (try Self.encoded(report, layout: layout)), "\(layout)")
        }
    }

    /// The direct path over the members only some findings have: a system outside the
    /// database (`system: null`, `mention`), a comparison (`relation`, `other`), an empty
    /// article (no findings at all), with explanations and without.
    @Test func findingsWrittenDirectlyMatchJSONEncoder() throws {
        let findings = CheckTestSupport.findings(
            "The Javelin weighs 22 kg. The Igla-S has a longer range than the Stinger. The Igla-S weighs 10.8 kg.")
        #expect(findings.contains { $0.claim.unknownSystem != nil })
        #expect(findings.contains { if case .comparison = $0.claim.value { true } else { false } })
        for set in [findings, []] {
            for explain in [false, true] {
                let report = FindingJSONReporter.document(set, checkedFiles: 1, explain: explain)
                for layout in [FindingJSONReporter.Layout.pretty, .compact] {
                    let direct = FindingJSONReporter.bytes(set, checkedFiles: 1, explain: explain, layout: layout)
                    #expect(String(decoding: direct, as: UTF8.self) == (try Self.encoded(report, layout: layout)))
                }
            }
        }
    }

    /// The direct path writes a recorded value's object once and copies its bytes when the
    /// same value comes again: a copy whose figure, flags or place differ outside the
    /// shared strings, or whose `agrees` differs or is missing, must still be written as
    /// `JSONEncoder` writes it.
    @Test func repeatedEvidenceIsWrittenLikeJSONEncoder() throws {
        var findings = CheckTestSupport.findings(
            "The Igla-S has a range of 10 km. The Igla-S has a range of 5.2 km. The Igla-S can hit targets 6 km away.")
        try #require(findings.count >= 3)
        let repeated = findings.flatMap(\.judgement.evidence).map(\.location)
        try #require(Set(repeated).count < repeated.count)
        // Copies of the first finding with one thing changed in every piece of its evidence,
        // each written after the original (so the original's bytes are cached).
        let changes: [(inout Evidence) -> Void] = [
            { $0.si = ($0.si ?? 1) * 2 + 0.125 }, { $0.line += 1 }, { $0.column += 2 }, { $0.approximate.toggle() },
            { $0.agrees = $0.agrees.map { !$0 } }, { $0.agrees = nil }, { $0.status = $0.status == .accepted ? .disputed : .accepted },
            { $0.bound = $0.bound == nil ? .atMost : nil }, { $0.qualifier = $0.qualifier == nil ? ValueQualifier.allCases.first : nil },
        ]
        for change in changes {
            var changed = findings[0]
            changed.judgement.evidence = changed.judgement.evidence.map { item in
                var item = item
                change(&item)
                return item
            }
            findings += [changed, findings[0]]
        }
        for explain in [false, true] {
            let report = FindingJSONReporter.document(findings, checkedFiles: 1, explain: explain)
            for layout in [FindingJSONReporter.Layout.pretty, .compact] {
                let direct = FindingJSONReporter.bytes(findings, checkedFiles: 1, explain: explain, layout: layout)
                #expect(String(decoding: direct, as: UTF8.self) == (try Self.encoded(report, layout: layout)), "\(layout), explain \(explain)")
            }
        }
    }

    @Test func anEmptyReportMatchesJSONEncoder() throws {
        var report = FindingJSONReporter.document([], checkedFiles: 0)
        report.inputErrors = []
        report.suppressions = []
        for layout in [FindingJSONReporter.Layout.pretty, .compact] {
            #expect(Self.written(report, layout: layout) == (try Self.encoded(report, layout: layout)))
        }
    }

    @Test func compactIsOneLineOfTheSameDocument() throws {
        let findings = Self.articles.first { $0.findings.count > 5 }?.findings ?? []
        let pretty = FindingJSONReporter.report(findings, checkedFiles: 1)
        let compact = FindingJSONReporter.report(findings, checkedFiles: 1, layout: .compact)
        #expect(compact.split(separator: "\n").count == 1)
        #expect(compact.utf8.count < pretty.utf8.count)
        let decoder = JSONDecoder()
        #expect(try decoder.decode(FindingReport.self, from: Data(compact.utf8)) == decoder.decode(FindingReport.self, from: Data(pretty.utf8)))
    }

    /// The writer skips eight bytes at a time past text with nothing to escape: each escaped
    /// character at every offset of strings 0–40 bytes long (so before, inside and after
    /// whole eight-byte words, and at the very end), and every byte below 0x80, must come
    /// out as `JSONEncoder` writes it.
    @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{1F}", "/", "\u{7F}", "é"])
    func escapesAtEveryOffsetMatchJSONEncoder(_ special: String) throws {
        var texts: [String] = []
        for length in 0...40 {
            for offset in 0..<max(length, 1) {
                var characters = Array(repeating: "a", count: length)
                if length > 0 { characters[offset] = special }
                texts.append(characters.joined())
            }
        }
        texts.append(String(decoding: (1..<0x80).map { UInt8($0) }, as: UTF8.self))
        var report = FindingJSONReporter.document([], checkedFiles: 0)
        report.findings = texts.map { Self.entry($0, everything: true) }
        for layout in [FindingJSONReporter.Layout.pretty, .compact] {
            #expect(Self.written(report, layout: layout) == (try Self.encoded(report, layout: layout)), "\(layout)")
        }
    }

    /// A writer that starts far too small grows and keeps every byte; `reset` starts over.
    @Test func aSmallWriterGrowsAndResets() throws {
        let entry = Self.entry(String(repeating: "Igla-S \"x\" ", count: 200), everything: true)
        var writer = FindingJSONWriter(layout: .compact, capacity: 1)
        writer.write(entry)
        var report = FindingJSONReporter.document([], checkedFiles: 0)
        report.findings = [entry]
        let whole = Self.written(report, layout: .compact)
        let written = String(decoding: writer.bytes, as: UTF8.self)
        #expect(written.count > 4000)
        #expect(whole.contains(written))
        writer.reset()
        writer.write(entry)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == written)
    }
}
