/// schema.org ClaimReview as JSON-LD, for `arsenal check --format claimreview`:
/// https://schema.org/ClaimReview (with https://schema.org/Rating and https://schema.org/Claim),
/// in the JSON-LD 1.1 syntax: https://www.w3.org/TR/json-ld11/
import Foundation

/// Renders judged claims as a JSON-LD array of schema.org `ClaimReview` nodes, one per
/// claim with a verdict (conflict, disputed, consistent), so that a fact-checking team can
/// publish what Arsenal found. Unverifiable findings carry no rating and are left out.
///
/// Each node has `@context` (`https://schema.org`), `@type` `ClaimReview`,
/// `claimReviewed` (the quote), `reviewRating` (see ``rating(for:)``), `reviewBody` (the
/// finding's message), `author` (Arsenal), `itemReviewed` (a `Claim` about the system,
/// appearing in the article: `appearance.url` is the article's address when given, its
/// file name otherwise), `citation` (the sources of the recorded values) and `position`
/// (`file:line:column`). Keys are sorted.
public enum FindingClaimReviewReporter {
    /// The rating scale: 1 (worst) to 5 (best).
    public static let worstRating = 1
    /// The best rating.
    public static let bestRating = 5

    /// The rating a verdict maps to, nil for a verdict that rates nothing (unverifiable,
    /// unclear).
    ///
    /// | verdict | ratingValue | alternateName |
    /// |---|---|---|
    /// | conflict | 1 | False |
    /// | disputed | 3 | Disputed |
    /// | consistent | 5 | Consistent with sources |
    public static func rating(for verdict: Verdict) -> (value: Int, name: String)? {
        switch verdict {
        case .conflict: (1, "False")
        case .disputed: (3, "Disputed")
        case .consistent: (5, "Consistent with sources")
        case .unverifiable, .unclear: nil
        }
    }

    /// The whole document: a JSON array of ClaimReview nodes, newline-terminated.
    /// `articleURL` is the address of the article the claims appear in (`--url`).
    public static func report(
        _ findings: [Finding], catalog: Catalog, articleURL: String? = nil, toolVersion: String = arsenalVersion
    ) -> String {
        encodeFindingReport(reviews(findings, catalog: catalog, articleURL: articleURL, toolVersion: toolVersion))
    }

    /// The ClaimReview nodes, one per rated finding, in article order.
    public static func reviews(
        _ findings: [Finding], catalog: Catalog, articleURL: String? = nil, toolVersion: String = arsenalVersion
    ) -> [ClaimReview] {
        findings.compactMap { finding in
            guard let rating = rating(for: finding.verdict) else { return nil }
            var cited: [ClaimReview.CreativeWork] = []
            var seen: Set<String> = []
            for item in finding.judgement.evidence {
                guard let source = item.source, seen.insert(source.id).inserted else { continue }
                cited.append(.init(
                    name: source.title, url: source.url,
                    publisher: .init(name: source.publisher)))
            }
            let system = catalog.system(id: finding.claim.systemID)
            return ClaimReview(
                claimReviewed: finding.quote,
                reviewRating: .init(
                    ratingValue: rating.value, bestRating: bestRating, worstRating: worstRating, alternateName: rating.name),
                reviewBody: finding.judgement.message,
                author: .init(name: "Arsenal \(toolVersion)"),
                itemReviewed: .init(
                    about: system.map { .init(name: $0.name, identifier: $0.id) },
                    appearance: .init(url: articleURL ?? finding.start.file),
                    position: "\(finding.start.file):\(finding.start.line):\(finding.start.column)"),
                citation: cited)
        }
    }
}

/// One schema.org `ClaimReview` node in JSON-LD.
public struct ClaimReview: Codable, Hashable, Sendable {
    /// `https://schema.org`.
    public var context = "https://schema.org"
    /// `ClaimReview`.
    public var type = "ClaimReview"
    /// The claim as the article words it (the finding's quote).
    public var claimReviewed: String
    /// The verdict as a rating.
    public var reviewRating: Rating
    /// Why: the finding's message.
    public var reviewBody: String
    /// Who reviewed: Arsenal.
    public var author: Author
    /// The claim and where it appears.
    public var itemReviewed: Claim
    /// The sources of the recorded values the claim was judged against.
    public var citation: [CreativeWork]

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type"
        case claimReviewed, reviewRating, reviewBody, author, itemReviewed, citation
    }

    /// A schema.org `Rating`.
    public struct Rating: Codable, Hashable, Sendable {
        /// `Rating`.
        public var type = "Rating"
        /// 1 to 5.
        public var ratingValue: Int
        /// 5.
        public var bestRating: Int
        /// 1.
        public var worstRating: Int
        /// The rating in words.
        public var alternateName: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName
        }
    }

    /// The reviewer, a schema.org `Organization`: Arsenal and its version (a team that
    /// publishes the reviews replaces it with itself).
    public struct Author: Codable, Hashable, Sendable {
        /// `Organization`.
        public var type = "Organization"
        /// `Arsenal 0.1.0`.
        public var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    /// A schema.org `Claim`: what it is about and where it appears.
    public struct Claim: Codable, Hashable, Sendable {
        /// `Claim`.
        public var type = "Claim"
        /// The weapon system, nil when the database does not hold it.
        public var about: Thing?
        /// The article the claim appears in.
        public var appearance: Appearance
        /// `file:line:column` of the quote in the article as checked.
        public var position: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case about, appearance
            case position = "description"
        }
    }

    /// A schema.org `Thing`: the system a claim is about.
    public struct Thing: Codable, Hashable, Sendable {
        /// `Thing`.
        public var type = "Thing"
        /// The system's name.
        public var name: String
        /// The record id.
        public var identifier: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, identifier
        }
    }

    /// The article, a schema.org `CreativeWork` with its address.
    public struct Appearance: Codable, Hashable, Sendable {
        /// `CreativeWork`.
        public var type = "CreativeWork"
        /// The article's address (`--url`), or its file name.
        public var url: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case url
        }
    }

    /// A cited source, a schema.org `CreativeWork`.
    public struct CreativeWork: Codable, Hashable, Sendable {
        /// `CreativeWork`.
        public var type = "CreativeWork"
        /// The page's title.
        public var name: String
        /// Its address.
        public var url: String
        /// Who published it.
        public var publisher: Publisher

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url, publisher
        }
    }

    /// A publisher, a schema.org `Organization`.
    public struct Publisher: Codable, Hashable, Sendable {
        /// `Organization`.
        public var type = "Organization"
        /// Its name.
        public var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }
}
