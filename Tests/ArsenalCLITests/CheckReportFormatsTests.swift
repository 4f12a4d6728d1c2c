import Foundation
import Testing

/// `arsenal check --format markdown` and `--format claimreview` (with `--url`) through the
/// built binary.
@Suite("arsenal check: Markdown and ClaimReview") struct CheckReportFormatsTests {
    @Test func markdownReportsTheExample() throws {
        let run = try ArsenalBinary.run(["check", "Examples/venezuela-igla-s.md", "--format", "markdown", "--all"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("## Arsenal fact-check\n"))
        #expect(run.stdout.contains("| Verdict | Where | Claim | System | Finding | Sources |"))
        #expect(run.stdout.contains("`Examples/venezuela-igla-s.md:"))
    }

    @Test func claimReviewCarriesTheArticleAddress() throws {
        let run = try ArsenalBinary.run(
            ["check", "-", "--format", "claimreview", "--url", "https://example.org/news/igla"],
            stdin: "The Igla-S has a range of 10 km. The Piorun has a range of 8 km.\n")
        #expect(run.status == 1, "\(run.stderr)")
        let nodes = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(nodes.count == 2)
        for node in nodes {
            let appearance = (node["itemReviewed"] as? [String: Any])?["appearance"] as? [String: Any]
            #expect(appearance?["url"] as? String == "https://example.org/news/igla")
        }
        let ratings = nodes.compactMap { ($0["reviewRating"] as? [String: Any])?["alternateName"] as? String }
        #expect(ratings == ["False", "Disputed"])
    }

    @Test func urlNeedsClaimReview() throws {
        let run = try ArsenalBinary.run(["check", "Examples/venezuela-igla-s.md", "--url", "https://example.org"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--url is only used with --format claimreview"))
    }
}
