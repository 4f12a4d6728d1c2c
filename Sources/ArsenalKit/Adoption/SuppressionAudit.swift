/// Applies an article's `arsenal-ignore` comments and reports the comments themselves when
/// they cannot do what they say (as ruff's RUF100 and SwiftLint's superfluous disable do):
///
/// - `C901 unknown-suppression`: a comment names a code, rule or attribute that does not
///   exist, or its keyword is misspelt (`arsenal-ingore`); it would silently accept nothing.
/// - `C902 unused-suppression`: a comment accepts no finding, so it is stale.
public enum SuppressionAudit {
    /// A suppression comment names something that does not exist.
    public static let unknownCode = DiagnosticCode("C901", name: "unknown-suppression")
    /// A suppression comment accepts no finding.
    public static let unusedCode = DiagnosticCode("C902", name: "unused-suppression")
    /// The two rules' descriptions, listed by `arsenal rules` after the claim rules. In the
    /// examples, ↓ marks the comment the finding points at.
    public static let descriptions: [RuleDescription] = [
        RuleDescription(
            code: unknownCode.code, name: unknownCode.name,
            summary: "An arsenal-ignore comment names a rule code, rule name or attribute that does not exist, or misspells its keyword.",
            rationale: "A mistyped code accepts nothing, silently: the finding it was meant for stays, or worse, the comment looks like a review that never happened.",
            defaultSeverity: .warning,
            triggeringExamples: [
                "The Igla-S reaches 6 km. ↓<!-- arsenal-ignore C1O1 -->",
                "↓<!-- arsenal-ingore -->\nThe Igla-S reaches 6 km.",
            ],
            nonTriggeringExamples: [
                "The Igla-S reaches 9 km. <!-- arsenal-ignore C101 -->",
            ]),
        RuleDescription(
            code: unusedCode.code, name: unusedCode.name,
            summary: "An arsenal-ignore comment accepts no finding.",
            rationale: "A suppression outlives the text it was written for; a stale one would silently accept the next mistake written beneath it.",
            defaultSeverity: .warning,
            triggeringExamples: [
                "The Igla-S reaches 6 km. ↓<!-- arsenal-ignore max_range -->",
            ],
            nonTriggeringExamples: [
                "The Igla-S reaches 9 km. <!-- arsenal-ignore max_range -->",
            ]),
    ]

    /// The directive keywords Arsenal knows.
    public static let keywords = ["arsenal-ignore", "arsenal-ignore-next-line"]

    /// What the audit produces for one article.
    public struct Outcome: Sendable {
        /// The findings no comment accepts.
        public var findings: [Finding]
        /// The comments that name unknown things or accept nothing, in article order.
        public var problems: [Diagnostic]
    }

    /// Every name a suppression may use: rule codes, rule names and claim attributes.
    public static var knownSelectors: [String] {
        ClaimRules.descriptions.flatMap { [$0.code.code, $0.code.name] }
            + Attribute.allCases.map(\.rawValue) + ["class", "comparison", "inventory"]
            + [unknownCode.code, unknownCode.name, unusedCode.code, unusedCode.name]
    }

    /// Applies `document`'s comments to `findings` (checked without inline ignores) and
    /// audits the comments. `isEnabled` says whether C901 and C902 are on.
    public static func apply(
        to findings: [Finding], in document: Document, severity: Severity = .warning,
        isEnabled: (String) -> Bool = { _ in true }
    ) -> Outcome {
        guard !document.directives.isEmpty else { return Outcome(findings: findings, problems: []) }
        var session = Session(document)
        let kept = session.filter(findings)
        return Outcome(findings: kept, problems: session.problems(severity: severity, isEnabled: isEnabled))
    }

    /// The audit of one article whose findings come a batch at a time: `filter` each batch,
    /// then ask for `problems` once the article is done.
    public struct Session {
        private let document: Document
        private let ignores: [InlineIgnore]
        private let index: InlineIgnore.Index
        private var used: [Bool]

        /// Starts auditing `document`'s comments.
        public init(_ document: Document) {
            self.document = document
            ignores = document.directives.isEmpty ? [] : InlineIgnore.parse(document)
            index = InlineIgnore.Index(ignores)
            used = [Bool](repeating: false, count: ignores.count)
        }

        /// The findings of a batch that no comment accepts; notes the comments used.
        public mutating func filter(_ findings: [Finding]) -> [Finding] {
            guard !ignores.isEmpty else { return findings }
            var kept: [Finding] = []
            for finding in findings {
                let accepting = index.suppressing(finding.rule, attribute: finding.claim.attribute, at: finding.claim.range.lowerBound)
                // Hiding a consistent claim is no use: only a problem makes a comment used.
                if finding.verdict != .consistent { for i in accepting { used[i] = true } }
                if accepting.isEmpty { kept.append(finding) }
            }
            return kept
        }

        /// The comments that name unknown things or accept nothing, in article order.
        public func problems(severity: Severity = .warning, isEnabled: (String) -> Bool = { _ in true }) -> [Diagnostic] {
            guard !document.directives.isEmpty else { return [] }
            var problems: [Diagnostic] = []
            let known = knownSelectors
            let exact = Set(known)
            let codes = Set(known.filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
            for directive in document.directives {
                let keyword = directive.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init) ?? ""
                if !keywords.contains(keyword), isEnabled(unknownCode.code) {
                    problems.append(Diagnostic(
                        code: unknownCode, severity: severity,
                        message: "unknown directive '\(keyword)'\(didYouMean(keyword, keywords)); it accepts nothing",
                        location: directive.location))
                }
            }
            for (index, ignore) in ignores.enumerated() {
                guard let location = ignore.location else { continue }
                // As `InlineIgnore.suppresses` matches: codes in any case, names and attributes exactly.
                let unknown = ignore.selectors.filter { !exact.contains($0) && !codes.contains($0.lowercased()) }
                for name in unknown where isEnabled(unknownCode.code) {
                    problems.append(Diagnostic(
                        code: unknownCode, severity: severity,
                        message: "arsenal-ignore names '\(name)', which is no rule code, rule name or attribute\(didYouMean(name, known))",
                        location: location))
                }
                let allUnknown = !ignore.selectors.isEmpty && unknown.count == ignore.selectors.count
                if !used[index], !allUnknown, isEnabled(unusedCode.code) {
                    let what = ignore.selectors.isEmpty ? "" : " " + ignore.selectors.joined(separator: " ")
                    problems.append(Diagnostic(
                        code: unusedCode, severity: severity,
                        message: "unused suppression 'arsenal-ignore\(what)': it accepts no finding; remove it",
                        location: location))
                }
            }
            return problems.sorted()
        }
    }
}
