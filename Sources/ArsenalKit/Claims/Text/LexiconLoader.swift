import Yams

extension Lexicon {
    /// Parses a lexicon file. `path` names the file in errors, which carry the line and
    /// column of the offending node. Unknown keys are errors, so a typo cannot silently
    /// drop a section.
    public static func load(yaml: String, path: String) throws(LexiconError) -> Lexicon {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw LexiconError.invalid(SourceLocation(file: path, line: 1, column: 1), "the lexicon is empty")
            }
            root = node
        } catch let error as LexiconError {
            throw error
        } catch let error as YamlError {
            throw .invalid(LexiconReader.location(of: error, path: path), "malformed YAML: \(LexiconReader.problem(of: error))")
        } catch {
            throw .invalid(SourceLocation(file: path, line: 1, column: 1), "malformed YAML: \(error)")
        }
        do {
            return try LexiconReader(path: path).lexicon(root)
        } catch let error as LexiconError {
            throw error
        } catch {
            throw .invalid(SourceLocation(file: path, line: 1, column: 1), "\(error)")
        }
    }
}

/// Reads the lexicon format from a composed YAML node tree, keeping node positions.
private struct LexiconReader {
    let path: String

    static func location(of error: YamlError, path: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: path, line: mark.line, column: mark.column)
        default:
            SourceLocation(file: path, line: 1, column: 1)
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            problem
        default:
            "\(error)"
        }
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func fail(_ node: Node, _ message: String) -> LexiconError {
        .invalid(location(node), message)
    }

    func mapping(_ node: Node, _ what: String) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw fail(node, "\(what) must be a mapping") }
        var seen: Set<String> = []
        var result: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw fail(key, "keys in \(what) must be plain words") }
            guard seen.insert(name).inserted else { throw fail(key, "'\(name)' appears twice in \(what)") }
            result.append((name, key, value))
        }
        return result
    }

    /// The fields of a mapping, refusing keys not in `allowed`.
    func fields(_ node: Node, _ what: String, allowed: [String]) throws -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, keyNode, value) in try mapping(node, what) {
            guard allowed.contains(key) else {
                throw fail(keyNode, "unknown key '\(key)' in \(what); expected one of: \(allowed.joined(separator: ", "))")
            }
            result[key] = value
        }
        return result
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard let value = node.scalar?.string, !value.isEmpty else { throw fail(node, "\(what) must be a non-empty string") }
        return value
    }

    func strings(_ node: Node?, _ what: String, allowBlank: Bool = false) throws -> [String] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node {
            guard !scalar.string.isEmpty else { return [] }
            return [scalar.string]
        }
        guard case .sequence(let sequence) = node else { throw fail(node, "\(what) must be a list of phrases") }
        return try sequence.map { item in
            guard let value = item.scalar?.string else { throw fail(item, "each entry of \(what) must be a phrase") }
            guard allowBlank ? !value.isEmpty : !value.trimmingWhitespace().isEmpty else { throw fail(item, "an entry of \(what) is empty") }
            return value
        }
    }

    func numberTable(_ node: Node?, _ what: String) throws -> [String: Double] {
        guard let node else { return [:] }
        var result: [String: Double] = [:]
        for (key, _, value) in try mapping(node, what) {
            guard let text = value.scalar?.string, let number = Double(text) else {
                throw fail(value, "the value of '\(key)' in \(what) must be a number")
            }
            result[key.lowercased()] = number
        }
        return result
    }

    func keyed<K>(_ node: Node?, _ what: String, key: (String) -> K?, expected: [String]) throws -> [K: [String]] {
        guard let node else { return [:] }
        var result: [K: [String]] = [:]
        for (name, keyNode, value) in try mapping(node, what) {
            guard let typed = key(name) else {
                throw fail(keyNode, "unknown key '\(name)' in \(what); expected one of: \(expected.joined(separator: ", "))")
            }
            result[typed] = try strings(value, "\(what).\(name)")
        }
        return result
    }

    func lexicon(_ root: Node) throws -> Lexicon {
        let top = try fields(root, "the lexicon", allowed: [
            "language", "name", "numbers", "units", "bounds", "attributes", "man_portable", "guidance", "targets",
            "origins", "classes", "comparisons", "non_claims", "months", "references",
        ])
        guard let languageNode = top["language"] else { throw fail(root, "the lexicon has no 'language'") }
        let language = try string(languageNode, "language")
        let name = try top["name"].map { try string($0, "name") } ?? language
        guard let numbersNode = top["numbers"] else { throw fail(root, "the lexicon has no 'numbers' section") }
        guard let unitsNode = top["units"] else { throw fail(root, "the lexicon has no 'units' section") }

        let n = try fields(numbersNode, "numbers", allowed: [
            "decimal_separator", "group_separators", "cardinals", "multipliers", "scales", "fractions", "articles",
            "joiners", "plus_half", "unit_links", "weak",
        ])
        let decimal = try n["decimal_separator"].map { try string($0, "numbers.decimal_separator") } ?? "."
        guard decimal == "." || decimal == "," else {
            throw fail(n["decimal_separator"]!, "numbers.decimal_separator must be \".\" or \",\"")
        }
        let numbers = NumberVocabulary(
            decimalSeparator: decimal,
            groupSeparators: try strings(n["group_separators"], "numbers.group_separators", allowBlank: true),
            cardinals: try numberTable(n["cardinals"], "numbers.cardinals"),
            multipliers: try numberTable(n["multipliers"], "numbers.multipliers"),
            scales: try numberTable(n["scales"], "numbers.scales"),
            fractions: try numberTable(n["fractions"], "numbers.fractions"),
            articles: try strings(n["articles"], "numbers.articles"),
            joiners: try strings(n["joiners"], "numbers.joiners"),
            plusHalf: try strings(n["plus_half"], "numbers.plus_half"),
            unitLinks: try strings(n["unit_links"], "numbers.unit_links"),
            weak: try strings(n["weak"], "numbers.weak"))

        var units: [QuantityUnit: UnitSpellings] = [:]
        for (symbol, keyNode, value) in try mapping(unitsNode, "units") {
            guard let unit = QuantityUnit(rawValue: symbol) else {
                throw fail(keyNode, "unknown unit '\(symbol)'; expected one of: \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let u = try fields(value, "units.\(symbol)", allowed: ["words", "symbols", "before_number"])
            units[unit] = UnitSpellings(
                words: try strings(u["words"], "units.\(symbol).words"),
                symbols: try strings(u["symbols"], "units.\(symbol).symbols"),
                beforeNumber: try strings(u["before_number"], "units.\(symbol).before_number"))
        }

        var bounds = BoundVocabulary()
        if let boundsNode = top["bounds"] {
            let b = try fields(boundsNode, "bounds", allowed: ["before", "after", "ranges"])
            let boundNames = ClaimBound.allCases.map(\.rawValue)
            bounds.before = try keyed(b["before"], "bounds.before", key: ClaimBound.init(rawValue:), expected: boundNames)
            bounds.after = try keyed(b["after"], "bounds.after", key: ClaimBound.init(rawValue:), expected: boundNames)
            if let rangesNode = b["ranges"] {
                guard case .sequence(let sequence) = rangesNode else { throw fail(rangesNode, "bounds.ranges must be a list") }
                bounds.ranges = try sequence.map { item in
                    let r = try fields(item, "a bounds.ranges entry", allowed: ["open", "join"])
                    let open = r["open"]?.scalar?.string ?? ""
                    let join = try strings(r["join"], "bounds.ranges.join")
                    guard !join.isEmpty else { throw fail(item, "a range needs at least one 'join' word") }
                    return RangePattern(open: open.isEmpty ? nil : open, join: join)
                }
            }
        }

        let attributeNames = Attribute.allCases.map(\.rawValue)
        var comparisons = ComparisonVocabulary()
        if let comparisonsNode = top["comparisons"] {
            let c = try fields(comparisonsNode, "comparisons", allowed: ComparisonRelation.allCases.map(\.rawValue))
            comparisons.similarTo = try strings(c["similar_to"], "comparisons.similar_to")
            comparisons.greaterThan = try keyed(
                c["greater_than"], "comparisons.greater_than", key: Attribute.init(rawValue:), expected: attributeNames)
            comparisons.lessThan = try keyed(
                c["less_than"], "comparisons.less_than", key: Attribute.init(rawValue:), expected: attributeNames)
        }

        var months: [String: Int] = [:]
        if let monthsNode = top["months"] {
            for (month, _, value) in try mapping(monthsNode, "months") {
                guard let number = value.scalar.flatMap({ Int($0.string) }), (1...12).contains(number) else {
                    throw fail(value, "the value of '\(month)' in months must be a month number, 1 to 12")
                }
                months[month.lowercased()] = number
            }
        }

        let origins = try keyed(top["origins"], "origins", key: { code in
            code.count == 2 && code.allSatisfy { $0.isUppercase && $0.isASCII } ? code : nil
        }, expected: ["ISO 3166-1 alpha-2 codes such as RU, US, SU"])

        return Lexicon(
            language: language,
            name: name,
            numbers: numbers,
            units: units,
            bounds: bounds,
            attributeCues: try keyed(top["attributes"], "attributes", key: Attribute.init(rawValue:), expected: attributeNames),
            manPortable: try strings(top["man_portable"], "man_portable"),
            guidance: try keyed(top["guidance"], "guidance", key: GuidanceKind.init(rawValue:),
                                expected: GuidanceKind.allCases.map(\.rawValue)),
            targets: try keyed(top["targets"], "targets", key: TargetKind.init(rawValue:),
                               expected: TargetKind.allCases.map(\.rawValue)),
            origins: origins,
            classes: try keyed(top["classes"], "classes", key: { $0 }, expected: []),
            comparisons: comparisons,
            nonClaims: try keyed(top["non_claims"], "non_claims", key: NonClaimCategory.init(rawValue:),
                                 expected: NonClaimCategory.allCases.map(\.rawValue)),
            months: months,
            references: try strings(top["references"], "references"))
    }
}
