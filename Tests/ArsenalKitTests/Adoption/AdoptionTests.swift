import Foundation
import Testing

@testable import ArsenalKit

/// Fingerprints, baselines, globs, `.gitignore` rules, rule selection and the suppression
/// audit's own examples.
@Suite struct AdoptionTests {
    @Test func normalisedTextIgnoresWhitespaceAndCase() {
        #expect(Fingerprint.normalized("  Range of\n  9\tKM ") == "range of 9 km")
        #expect(Fingerprint.hash(["ab", "c"]) != Fingerprint.hash(["a", "bc"]))
        #expect(Fingerprint.hash(["x"]).count == 16)
    }

    @Test func findingFingerprintsIgnorePositionButNotTheFigure() throws {
        let checker = ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: [try Lexicon.bundled("en")])
        func finding(_ text: String) throws -> Finding {
            try #require(checker.check(Document(path: "a.txt", text: text)).first { $0.verdict == .conflict })
        }
        let first = try finding("The Igla-S has a range of 9 km.")
        let moved = try finding("New lead.\n\nThe Igla-S has a\nrange of 9 km.")
        let edited = try finding("The Igla-S has a range of 11 km.")
        #expect(first.start != moved.start)
        #expect(first.fingerprint == moved.fingerprint)
        #expect(first.fingerprint != edited.fingerprint)
        #expect(first.diagnostic.fingerprint == first.fingerprint)
    }

    @Test func baselineAbsorbsEachEntryOnce() {
        let entry = Baseline.Entry(file: "./a.md", fingerprint: "f", rule: "C101", text: "9 km")
        var baseline = Baseline(entries: [entry])
        let first = baseline.absorbs(file: "a.md", fingerprint: "f")
        let second = baseline.absorbs(file: "a.md", fingerprint: "f")
        #expect(first)
        #expect(!second)
        #expect(!Baseline(entries: [entry]).absorbsCopy(file: "b.md", fingerprint: "f"))
    }

    @Test func baselineRoundTripsThroughItsFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let entries = [
            Baseline.Entry(file: "b.md", fingerprint: "2", rule: "C101", system: "igla-s", attribute: "max_range", text: "9 km"),
            Baseline.Entry(file: "a.md", fingerprint: "1", rule: "C201", text: "IR"),
        ]
        try Baseline.write(entries, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.range(of: "a.md")!.lowerBound < text.range(of: "b.md")!.lowerBound, "entries are sorted")
        let loaded = try Baseline.load(path: path)
        #expect(loaded.absorbsCopy(file: "b.md", fingerprint: "2"))
        #expect(!loaded.absorbsCopy(file: "b.md", fingerprint: "1"))
    }

    @Test(arguments: [
        ("*.md", "a.md", true), ("*.md", "x/a.md", false), ("**/*.md", "x/y/a.md", true), ("**/*.md", "a.md", true),
        ("drafts/**", "drafts/a/b.md", true), ("drafts/**", "draftsx/a.md", false), ("a/**/b.md", "a/b.md", true),
        ("a/**/b.md", "a/x/y/b.md", true), ("story-?.md", "story-1.md", true), ("story-?.md", "story-10.md", false),
        ("[a-c]*.txt", "b1.txt", true), ("[!a-c]*.txt", "b1.txt", false), ("\\*.md", "*.md", true), ("\\*.md", "a.md", false),
    ])
    func globs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func gitignoreRules() {
        let rules = IgnoreRule.parse("# comment\nbuild/\n*.log\n!keep.log\n/top.md\ndocs/*.tmp\n", base: "")
        #expect(IgnoreRule.isIgnored("build", isDirectory: true, by: rules))
        #expect(!IgnoreRule.isIgnored("build", isDirectory: false, by: rules), "a trailing / matches folders only")
        #expect(IgnoreRule.isIgnored("x/y/a.log", isDirectory: false, by: rules))
        #expect(!IgnoreRule.isIgnored("x/keep.log", isDirectory: false, by: rules))
        #expect(IgnoreRule.isIgnored("top.md", isDirectory: false, by: rules))
        #expect(!IgnoreRule.isIgnored("x/top.md", isDirectory: false, by: rules), "a leading / anchors")
        #expect(IgnoreRule.isIgnored("docs/a.tmp", isDirectory: false, by: rules))
        #expect(!IgnoreRule.isIgnored("x/docs/a.tmp", isDirectory: false, by: rules))
        let nested = IgnoreRule.parse("*.md\n", base: "sub/")
        #expect(IgnoreRule.isIgnored("sub/a.md", isDirectory: false, by: nested))
        #expect(!IgnoreRule.isIgnored("a.md", isDirectory: false, by: nested))
    }

    @Test func unreadableFolderIsReportedNotEmpty() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locked"), withIntermediateDirectories: true)
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.appendingPathComponent("locked").path, 0)
        let result = FileWalker().files(under: folder.path, extensions: [".md"])
        #expect(result.unreadable.map(\.path) == [folder.path + "/locked"])
    }

    @Test func ruleSelection() {
        let rules = ClaimRules.descriptions
        let c101 = DiagnosticCode("C101", name: "numeric-spec")
        let c201 = DiagnosticCode("C201", name: "set-membership")
        #expect(RuleSelection(select: ["C1"]).isEnabled(c101))
        #expect(!RuleSelection(select: ["C1"]).isEnabled(c201))
        #expect(!RuleSelection(ignore: ["numeric-spec"]).isEnabled(c101))
        #expect(RuleSelection(select: ["c101,C201"]).isEnabled(c201))
        #expect(RuleSelection(select: ["C1"], ignore: ["C101"]).isEnabled(c101) == false)
        #expect(RuleSelection(select: ["C7"]).validate(against: rules)?.contains("no rule matches 'C7'") == true)
        #expect(RuleSelection(select: ["numeric-spek"]).validate(against: rules)?.contains("did you mean 'numeric-spec'") == true)
        #expect(RuleSelection(select: ["C1", "origin"]).validate(against: rules) == nil)
    }

    static let auditCodes = SuppressionAudit.descriptions.map(\.code.code)

    /// Each audit rule's examples, as Markdown articles: triggering ones report the rule at
    /// the `↓`, non-triggering ones do not.
    @Test(arguments: auditCodes)
    func suppressionAuditExamples(_ code: String) throws {
        let rule = try #require(SuppressionAudit.descriptions.first { $0.code.code == code })
        let checker = ArticleChecker(catalog: CatalogLoader.bundledCatalog, lexicons: [try Lexicon.bundled("en")])
        func problems(_ text: String) throws -> [Diagnostic] {
            let document = try DocumentReader.document(path: "a.md", bytes: Array(text.utf8), format: .markdown)
            let raw = checker.check(document, applyInlineIgnores: false, explain: false)
            return SuppressionAudit.apply(to: raw, in: document).problems.filter { $0.code.code == code }
        }
        #expect(!rule.triggeringExamples.isEmpty && !rule.nonTriggeringExamples.isEmpty)
        for example in rule.triggeringExamples {
            let marker = try #require(example.text.firstIndex(of: RuleExample.marker))
            let before = example.text[..<marker]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
            let text = example.text.replacingOccurrences(of: String(RuleExample.marker), with: "")
            let found = try problems(text)
            #expect(found.contains { $0.location?.line == line && $0.location?.column == column },
                    "\(code) should point at \(line):\(column) in \(text); found \(found.map { "\($0.location!) \($0.message)" })")
        }
        for example in rule.nonTriggeringExamples {
            #expect(try problems(example.text).isEmpty, "\(code) triggered on \(example.text)")
        }
    }
}

extension Baseline {
    /// `absorbs` on a copy, for one-off questions in tests.
    func absorbsCopy(file: String, fingerprint: String) -> Bool {
        var copy = self
        return copy.absorbs(file: file, fingerprint: fingerprint)
    }
}
