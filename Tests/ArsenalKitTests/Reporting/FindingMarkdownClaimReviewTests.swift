import ArsenalKit
import Foundation
import Testing

/// The Markdown report (golden files beside the other check goldens, Fixtures/Check) and
/// the ClaimReview JSON-LD (its shape: the properties schema.org and fact-check publishers
/// require, and the verdict → rating mapping).
@Suite struct FindingMarkdownClaimReviewTests {
    @Test(arguments: ["markdown", "markdown-all"])
    func markdownMatchesGolden(_ name: String) throws {
        let output = FindingMarkdownReporter.report(FindingReportTests.example.findings, files: 2, showAll: name == "markdown-all")
        let url = FindingReportTests.goldens.appendingPathComponent("venezuela-igla-s.\(name).golden")
        if FindingReportTests.recording {
            try Data(output.utf8).write(to: url)
            Issue.record("recorded \(url.lastPathComponent); unset ARSENAL_RECORD and run again")
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden, "\(name) output differs from \(url.lastPathComponent)")
    }

    @Test func markdownRowsMatchTheShownFindings() {
        let findings = FindingReportTests.example.findings
        let report = FindingMarkdownReporter.report(findings, files: 2)
        let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Verdict") }
        #expect(rows.count == findings.filter { $0.verdict == .conflict || $0.verdict == .disputed }.count)
        #expect(rows.allSatisfy { $0.contains("](<https://") })
        let all = FindingMarkdownReporter.report(findings, files: 2, showAll: true)
        #expect(all.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == findings.count + 1)
    }

    @Test func markdownEscapesWhatCouldBreakTheTable() throws {
        let findings = CheckTestSupport.findings("The Igla-S has a range of 10 km.", path: "a|b.txt")
        var finding = try #require(findings.first)
        finding.quote = "10 | km\n<script>"
        let report = FindingMarkdownReporter.report([finding], files: 1)
        let row = report.split(separator: "\n").first { $0.hasPrefix("| ✗") }.map(String.init) ?? ""
        #expect(row.contains("10 \\| km \\<script\\>"))
        // Six cells: seven unescaped pipes.
        var pipes = 0
        var previous: Character = " "
        for character in row {
            if character == "|" && previous != "\\" { pipes += 1 }
            previous = character
        }
        #expect(pipes == 7)
    }

    @Test func markdownSaysWhenNothingIsWrong() {
        let findings = CheckTestSupport.findings("The Igla-S has a range of 6 km.")
        #expect(findings.allSatisfy { $0.verdict == .consistent })
        let report = FindingMarkdownReporter.report(findings, files: 1)
        #expect(report.hasSuffix("No conflicting or disputed claims.\n"))
        #expect(FindingMarkdownReporter.report([], files: 1).hasSuffix("No claims about weapon systems were found.\n"))
    }

    @Test func claimReviewHasTheRequiredShape() throws {
        let findings = FindingReportTests.example.findings
        let text = FindingClaimReviewReporter.report(
            findings, catalog: CatalogLoader.bundledCatalog, articleURL: "https://example.org/story")
        let nodes = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(nodes.count == findings.filter { $0.verdict != .unverifiable }.count)
        #expect(!nodes.isEmpty)
        for node in nodes {
            #expect(node["@context"] as? String == "https://schema.org")
            #expect(node["@type"] as? String == "ClaimReview")
            #expect((node["claimReviewed"] as? String)?.isEmpty == false)
            #expect((node["reviewBody"] as? String)?.isEmpty == false)
            let rating = try #require(node["reviewRating"] as? [String: Any])
            #expect(rating["@type"] as? String == "Rating")
            let value = try #require(rating["ratingValue"] as? Int)
            #expect(rating["worstRating"] as? Int == 1)
            #expect(rating["bestRating"] as? Int == 5)
            #expect((1...5).contains(value))
            #expect((rating["alternateName"] as? String)?.isEmpty == false)
            let author = try #require(node["author"] as? [String: Any])
            #expect(author["@type"] as? String == "Organization")
            let item = try #require(node["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let appearance = try #require(item["appearance"] as? [String: Any])
            #expect(appearance["url"] as? String == "https://example.org/story")
            let citations = try #require(node["citation"] as? [[String: Any]])
            #expect(citations.allSatisfy { ($0["url"] as? String)?.hasPrefix("http") == true })
        }
        let conflict = try #require(nodes.first { $0["claimReviewed"] as? String == "10 km" })
        #expect((conflict["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 1)
        #expect((conflict["citation"] as? [[String: Any]])?.count == 4)
        #expect(((conflict["itemReviewed"] as? [String: Any])?["about"] as? [String: Any])?["identifier"] as? String == "igla-s")
    }

    @Test func ratingsFollowTheVerdicts() {
        #expect(FindingClaimReviewReporter.rating(for: .conflict)?.value == 1)
        #expect(FindingClaimReviewReporter.rating(for: .disputed)?.value == 3)
        #expect(FindingClaimReviewReporter.rating(for: .consistent)?.value == 5)
        #expect(FindingClaimReviewReporter.rating(for: .unverifiable) == nil)
    }

    @Test func claimReviewWithoutAnAddressNamesTheFile() throws {
        let findings = CheckTestSupport.findings("The Igla-S has a range of 10 km.", path: "draft.txt")
        let reviews = FindingClaimReviewReporter.reviews(findings, catalog: CatalogLoader.bundledCatalog)
        #expect(reviews.count == 1)
        #expect(reviews.first?.itemReviewed.appearance.url == "draft.txt")
        #expect(reviews.first?.reviewRating.alternateName == "False")
    }
}
