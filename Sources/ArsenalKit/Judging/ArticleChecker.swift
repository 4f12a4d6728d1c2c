/// Checks articles: extracts their claims, judges each with its claim rule, applies the
/// configuration and the article's own `arsenal-ignore` comments, and locates the findings.
/// Build it once (the phrase tables take a few milliseconds) and check any number of
/// documents with it.
public struct ArticleChecker: Sendable {
    /// The database claims are judged against.
    public let catalog: Catalog
    /// The claim finder.
    public let extractor: ClaimExtractor
    /// What judging needs of the catalog, prepared once.
    private let tables: JudgingTables

    /// Creates a checker for `catalog`, reading articles with `lexicons`.
    public init(catalog: Catalog, lexicons: [Lexicon]) {
        self.init(catalog: catalog, packs: lexicons.map(LazyLexicon.init))
    }

    /// Creates a checker for `catalog`, reading articles with `packs`, each pack's full
    /// lexicon read when a document in its language first needs it.
    public init(catalog: Catalog, packs: [LazyLexicon]) {
        self.catalog = catalog
        extractor = ClaimExtractor(catalog: catalog, packs: packs)
        tables = JudgingTables(catalog: catalog, relations: JudgingContext.relations(in: catalog))
    }

    /// The findings of one article, in article order. `applyInlineIgnores: false` keeps
    /// the findings the article's `arsenal-ignore` comments accept (for scoring
    /// extraction); `explain: false` skips writing the `--explain` trail.
    public func check(
        _ document: Document, configuration: CheckConfiguration = .default, applyInlineIgnores: Bool = true,
        explain: Bool = true
    ) -> [Finding] {
        var findings: [Finding] = []
        check(document, configuration: configuration, applyInlineIgnores: applyInlineIgnores, explain: explain) {
            // The first batch is taken as it is, not copied finding by finding.
            if findings.isEmpty { findings = $0 } else { findings += $0 }
        }
        return findings
    }

    /// Hands the findings of one article to `body` a batch at a time, in article order, as
    /// the text is read: a document of any size is checked with memory for one batch (a
    /// few hundred findings), not for all its findings. `language` is what
    /// `extractor.language(of:)` said of the document, when the caller asked already.
    /// Once `cancellation` is set, the check stops at the next sentence without handing on
    /// what it holds.
    public func check(
        _ document: Document, configuration: CheckConfiguration = .default, applyInlineIgnores: Bool = true,
        explain: Bool = true, language: LanguageDetector.Outcome? = nil, cancellation: CheckCancellation? = nil,
        batches body: ([Finding]) -> Void
    ) {
        let context = JudgingContext(
            catalog: catalog, tolerance: configuration.tolerance, explain: explain, tables: tables)
        let ignores = InlineIgnore.Index(applyInlineIgnores ? InlineIgnore.parse(document) : [])
        extractor.forEachBatch(in: document, language: language, explain: explain, cancellation: cancellation) { claims in
            var findings: [Finding] = []
            findings.reserveCapacity(claims.count)
            for claim in claims {
                guard let (rule, claim, judgement) = judge(claim, in: context) else { continue }
                let code = ClaimRules.code(of: rule)
                guard configuration.isEnabled(code.code) else { continue }
                if ignores.first(suppressing: code, attribute: claim.attribute, at: claim.range.lowerBound) != nil { continue }
                let span = document.span(of: claim.range)
                findings.append(Finding(
                    claim: claim, rule: code, severity: configuration.severity(of: judgement.verdict, rule: code.code),
                    judgement: judgement, start: span.start, end: span.end, quote: document.quote(claim.range)))
            }
            // Claims come in text order batch after batch; sorting within a batch orders
            // the findings of one position by rule and attribute.
            if !findings.isEmpty {
                findings.sort()
                body(findings)
            }
        }
    }

    /// Why `document` cannot be read, when its language cannot be told or has no pack;
    /// nil when it can be read (or names no system, so there is nothing to read).
    /// `language` is what `extractor.language(of:)` said of it, when the caller asked already.
    public func languageProblem(in document: Document, language: LanguageDetector.Outcome? = nil) -> String? {
        switch language ?? extractor.language(of: document) {
        case .language:
            return nil
        case .noPack:
            return "the article is in a language with no language pack (packs: \(extractor.languages.joined(separator: ", ")));"
                + " pass --language to read it as one of them"
        case .undetermined:
            guard extractor.agreedClaims(in: document, explain: false) == nil else { return nil }
            return "cannot tell which language the article is in (too few words, and the packs read it differently);"
                + " pass --language with one of: \(extractor.languages.joined(separator: ", "))"
        }
    }

    /// Judges one claim with the rule that owns it. A claim whose words allow several
    /// attributes ("weighs 15 kg": the missile or the whole system) is judged under each
    /// and the reading the figure fits best is kept (consistent, then disputed, conflict,
    /// unverifiable; between two conflicts the smaller deviation; else the extractor's
    /// first reading). A reading whose figure is physically implausible for the system's
    /// kind is never judged; a claim with no plausible reading is `unclear`.
    public func judge(_ claim: Claim, in context: JudgingContext) -> (rule: any ClaimRule.Type, claim: Claim, judgement: Judgement)? {
        // Most claims have one reading: judged without gathering readings into a list.
        if claim.alternatives.isEmpty {
            guard let rule = ClaimRules.rule(for: claim) else { return nil }
            if let reason = ImplausibleReading.reason(claim, in: context.catalog) {
                return (rule, claim, ImplausibleReading.judgement(claim, reasons: [reason], in: context))
            }
            let judged = rule.judge(claim, in: context)
            let claim = RivalReading.settle(claim, judgement: judged, in: context)
            var judgement = EstablishmentGate.apply(to: judged, grounding: claim.grounding)
            if context.explain { judgement.explanation.append(EstablishmentGate.explanation(claim.grounding)) }
            return (rule, claim, judgement)
        }
        var best: (rule: any ClaimRule.Type, claim: Claim, judgement: Judgement)?
        var readings = [claim]
        for alternative in claim.alternatives {
            var reading = claim
            reading.attribute = .spec(alternative)
            reading.alternatives = []
            readings.append(reading)
        }
        var implausible: [(rule: any ClaimRule.Type, reason: String)] = []
        for reading in readings {
            guard let rule = ClaimRules.rule(for: reading) else { continue }
            if let reason = ImplausibleReading.reason(reading, in: context.catalog) {
                implausible.append((rule, reason))
                continue
            }
            var judgement = rule.judge(reading, in: context)
            if readings.count > 1 {
                judgement.explanation.append("read as \(reading.attribute.rawValue): \(judgement.verdict.rawValue)")
            }
            let closer = best.map { kept in
                kept.judgement.verdict == .conflict && judgement.verdict == .conflict
                    && abs(judgement.deviation ?? .infinity) < abs(kept.judgement.deviation ?? .infinity)
            } ?? false
            if best == nil || Self.preference(judgement.verdict) > Self.preference(best!.judgement.verdict) || closer {
                best = (rule, reading, judgement)
            } else if var kept = best {
                kept.judgement.explanation.append(judgement.explanation.last ?? "")
                best = kept
            }
        }
        if best == nil, let first = implausible.first {
            return (first.rule, claim, ImplausibleReading.judgement(claim, reasons: implausible.map(\.reason), in: context))
        }
        if var kept = best, !implausible.isEmpty {
            kept.judgement.explanation += implausible.map { "not read as \($0.reason): outside its bounds (rule V304)" }
            best = kept
        }
        // Issue 8's rule: an alarm only where system, attribute and value are established.
        if var kept = best {
            kept.claim = RivalReading.settle(kept.claim, judgement: kept.judgement, in: context)
            kept.judgement = EstablishmentGate.apply(to: kept.judgement, grounding: kept.claim.grounding)
            if context.explain { kept.judgement.explanation.append(EstablishmentGate.explanation(kept.claim.grounding)) }
            best = kept
        }
        return best
    }

    private static func preference(_ verdict: Verdict) -> Int {
        switch verdict {
        case .consistent: 3
        case .disputed: 2
        case .conflict: 1
        case .unverifiable: 0
        case .unclear: -1
        }
    }
}

/// An `arsenal-ignore` comment in a Markdown or HTML article, which accepts findings:
///
/// - `<!-- arsenal-ignore -->` on a line of its own accepts every finding in the next
///   paragraph; inside a line, every finding on that line.
/// - `<!-- arsenal-ignore-next-line -->` accepts the findings on the next line of text.
/// - Either may name what to accept: rule codes or names and attributes
///   (`<!-- arsenal-ignore C101 max_range -->`); with none, every rule.
public struct InlineIgnore: Hashable, Sendable {
    /// Rule codes, rule names or attributes accepted (empty: all).
    public var selectors: [String]
    /// The plain-text range the comment covers.
    public var range: Range<Int>
    /// Where the comment stands in the original file.
    public var location: SourceLocation? = nil

    /// A comment accepting what `selectors` name (all findings when empty) in `range`.
    public init(selectors: [String], range: Range<Int>, location: SourceLocation? = nil) {
        self.selectors = selectors
        self.range = range
        self.location = location
    }

    /// Whether the comment accepts a finding of `code` about `attribute` starting at `offset`.
    public func suppresses(code: DiagnosticCode, attribute: ClaimAttribute, at offset: Int) -> Bool {
        guard range.contains(offset) || (range.isEmpty && range.lowerBound == offset) else { return false }
        return selectors.isEmpty || selectors.contains {
            $0.caseInsensitiveEquals(code.code) || $0 == code.name || $0 == attribute.rawValue
        }
    }

    /// A document's comments, ordered for finding those that cover an offset in
    /// O(log comments) when they do not overlap (a paragraph's comment may hold its lines'
    /// comments), so an article with a comment on every line still checks in linear time.
    public struct Index: Sendable {
        /// The comments, by start.
        public let ignores: [InlineIgnore]
        /// Their positions in the list the index was made from.
        private let original: [Int]
        /// The furthest end among `ignores[0...i]`.
        private let reach: [Int]

        /// Indexes `ignores`.
        public init(_ ignores: [InlineIgnore]) {
            let order = ignores.indices.sorted { (ignores[$0].range.lowerBound, $0) < (ignores[$1].range.lowerBound, $1) }
            self.ignores = order.map { ignores[$0] }
            original = order
            var furthest = Int.min
            reach = self.ignores.map { ignore in
                furthest = max(furthest, ignore.range.upperBound)
                return furthest
            }
        }

        /// The comments that accept a finding of `code` about `attribute` at `offset`, as
        /// positions in the list the index was made from, latest-starting first.
        public func suppressing(_ code: DiagnosticCode, attribute: ClaimAttribute, at offset: Int) -> [Int] {
            var found: [Int] = []
            visit(code, attribute, offset) { found.append($0); return true }
            return found
        }

        /// The first comment found that accepts the finding, or nil.
        public func first(suppressing code: DiagnosticCode, attribute: ClaimAttribute, at offset: Int) -> Int? {
            var found: Int?
            visit(code, attribute, offset) { found = $0; return false }
            return found
        }

        private func visit(_ code: DiagnosticCode, _ attribute: ClaimAttribute, _ offset: Int, _ body: (Int) -> Bool) {
            // The last comment starting at or before `offset`; earlier ones matter only while
            // one of them reaches this far.
            var low = 0
            var high = ignores.count
            while low < high {
                let mid = (low + high) / 2
                if ignores[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
            }
            var i = low - 1
            while i >= 0, reach[i] >= offset {
                if ignores[i].suppresses(code: code, attribute: attribute, at: offset), !body(original[i]) { return }
                i -= 1
            }
        }
    }

    /// The comments of a document.
    public static func parse(_ document: Document) -> [InlineIgnore] {
        guard !document.directives.isEmpty else { return [] }
        return document.withTextBytes { bytes in
            document.directives.compactMap { directive in
                let words = directive.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," })
                    .map(String.init)
                guard let keyword = words.first else { return nil }
                let selectors = Array(words.dropFirst())
                switch keyword {
                case "arsenal-ignore":
                    return InlineIgnore(selectors: selectors, range: directive.range, location: directive.location)
                case "arsenal-ignore-next-line":
                    return InlineIgnore(
                        selectors: selectors, range: nextLine(after: directive.offset, in: bytes), location: directive.location)
                default:
                    return nil
                }
            }
        }
    }

    /// The first line with text after `offset` (skipping the rest of the comment's line).
    private static func nextLine(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = min(offset, bytes.count)
        while start < bytes.count, bytes[start] != 0x0A { start += 1 }
        while start < bytes.count, bytes[start] == 0x0A || bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D {
            start += 1
        }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return start..<end
    }
}

extension String {
    fileprivate func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
