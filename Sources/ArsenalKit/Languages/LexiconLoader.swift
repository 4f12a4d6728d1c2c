import Yams

extension Lexicon {
    /// Parses a one-file pack. `path` names the file in errors, which carry the line and
    /// column of the offending node.
    public static func load(yaml: String, path: String) throws(LexiconError) -> Lexicon {
        try load(files: [(path, yaml)])
    }

    /// Parses a language pack spread over several files (`Lexicons/<lang>/*.yaml`): each
    /// file holds some of the top-level sections, and a section may appear in one file
    /// only. Unknown keys and a phrase listed twice in one list are errors located at
    /// `file:line:column`, so a typo cannot silently drop a section.
    public static func load(files: [(path: String, text: String)]) throws(LexiconError) -> Lexicon {
        var sections: [String: LexiconReader.Section] = [:]
        for (path, yaml) in files {
            let root: Node
            do {
                guard let node = try Yams.compose(yaml: yaml) else {
                    throw LexiconError.invalid(SourceLocation(file: path, line: 1, column: 1), "the file is empty")
                }
                root = node
            } catch let error as LexiconError {
                throw error
            } catch let error as YamlError {
                throw .invalid(LexiconReader.location(of: error, path: path), "malformed YAML: \(LexiconReader.problem(of: error))")
            } catch {
                throw .invalid(SourceLocation(file: path, line: 1, column: 1), "malformed YAML: \(error)")
            }
            let reader = LexiconReader(path: path)
            do {
                for (key, keyNode, value) in try reader.mapping(root, "a pack file") {
                    if let earlier = sections[key] {
                        throw reader.fail(keyNode, "section '\(key)' is also in \(earlier.path):\(earlier.key.mark?.line ?? 1)")
                    }
                    sections[key] = LexiconReader.Section(node: value, key: keyNode, path: path)
                }
            } catch let error as LexiconError {
                throw error
            } catch {
                throw .invalid(SourceLocation(file: path, line: 1, column: 1), "\(error)")
            }
        }
        do {
            return try LexiconReader.lexicon(sections, first: files.first?.path ?? "")
        } catch let error as LexiconError {
            throw error
        } catch {
            throw .invalid(SourceLocation(file: files.first?.path ?? "", line: 1, column: 1), "\(error)")
        }
    }
}

/// Reads the lexicon format from a composed YAML node tree, keeping node positions.
struct LexiconReader {
    /// One top-level section and the file it was found in.
    struct Section {
        var node: Node
        var key: Node
        var path: String
    }

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

    /// A list of phrases. A phrase listed twice (compared as the matcher compares: case
    /// ignored unless `caseSensitive` or an acronym, hyphens as spaces, a final stop
    /// dropped) is an error at the second one.
    func strings(_ node: Node?, _ what: String, allowBlank: Bool = false, caseSensitive: Bool = false) throws -> [String] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node {
            guard !scalar.string.isEmpty else { return [] }
            return [scalar.string]
        }
        guard case .sequence(let sequence) = node else { throw fail(node, "\(what) must be a list of phrases") }
        var seen: Set<String> = []
        return try sequence.map { item in
            guard let value = item.scalar?.string else { throw fail(item, "each entry of \(what) must be a phrase") }
            guard allowBlank ? !value.isEmpty : !value.trimmingWhitespace().isEmpty else { throw fail(item, "an entry of \(what) is empty") }
            guard seen.insert(Self.comparable(value, caseSensitive: caseSensitive)).inserted else {
                throw fail(item, "'\(value)' appears twice in \(what)")
            }
            return value
        }
    }

    /// A phrase as the matcher compares it.
    static func comparable(_ phrase: String, caseSensitive: Bool) -> String {
        var text = Substring(phrase)
        while text.count > 1, text.last == "." { text = text.dropLast() }
        let spaced = String(text.map { $0 == "-" || $0 == "\u{2011}" ? " " : $0 })
        let capitals = phrase.unicodeScalars.filter { $0.properties.isUppercase }.count
        return caseSensitive || capitals >= 2 ? spaced : spaced.lowercased()
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

    static let sectionNames = [
        "language", "name", "detection", "numbers", "units", "bounds", "attributes", "man_portable", "guidance",
        "targets", "origins", "classes", "comparisons", "non_claims", "months", "references", "structure",
    ]

    /// Reads every section with a reader for the file it came from.
    static func lexicon(_ sections: [String: Section], first: String) throws -> Lexicon {
        for (key, section) in sections where !sectionNames.contains(key) {
            throw LexiconReader(path: section.path).fail(
                section.key, "unknown key '\(key)' in the pack; expected one of: \(sectionNames.joined(separator: ", "))")
        }
        func reader(_ key: String) -> LexiconReader { LexiconReader(path: sections[key]?.path ?? first) }
        func missing(_ key: String) -> LexiconError {
            .invalid(SourceLocation(file: first, line: 1, column: 1), "the pack has no '\(key)' section")
        }
        guard let languageSection = sections["language"] else { throw missing("language") }
        let language = try reader("language").string(languageSection.node, "language")
        let name = try sections["name"].map { try reader("name").string($0.node, "name") } ?? language
        guard let numbersSection = sections["numbers"] else { throw missing("numbers") }
        guard let unitsSection = sections["units"] else { throw missing("units") }
        var top: [String: Node] = [:]
        for (key, section) in sections { top[key] = section.node }
        let numbers = try reader("numbers").numbers(numbersSection.node)
        let units = try reader("units").units(unitsSection.node)
        let bounds = try top["bounds"].map { try reader("bounds").bounds($0) } ?? BoundVocabulary()
        let attributeNames = Attribute.allCases.map(\.rawValue)
        let comparisons = try top["comparisons"].map { try reader("comparisons").comparisons($0) } ?? ComparisonVocabulary()
        let months = try top["months"].map { try reader("months").months($0) } ?? [:]
        let origins = try reader("origins").keyed(top["origins"], "origins", key: isCountryCode, expected: countryCodeHint)
        let structure = try top["structure"].map { try reader("structure").structure($0) } ?? StructureWords()
        let detection = try top["detection"].map { try reader("detection").detection($0) } ?? DetectionWords()
        return Lexicon(
            language: language,
            name: name,
            numbers: numbers,
            units: units,
            bounds: bounds,
            attributeCues: try reader("attributes").keyed(
                top["attributes"], "attributes", key: Attribute.init(rawValue:), expected: attributeNames),
            manPortable: try reader("man_portable").strings(top["man_portable"], "man_portable"),
            guidance: try reader("guidance").keyed(top["guidance"], "guidance", key: GuidanceKind.init(rawValue:),
                                                   expected: GuidanceKind.allCases.map(\.rawValue)),
            targets: try reader("targets").keyed(top["targets"], "targets", key: TargetKind.init(rawValue:),
                                                 expected: TargetKind.allCases.map(\.rawValue)),
            origins: origins,
            classes: try reader("classes").keyed(top["classes"], "classes", key: { $0 }, expected: []),
            comparisons: comparisons,
            nonClaims: try reader("non_claims").keyed(top["non_claims"], "non_claims", key: NonClaimCategory.init(rawValue:),
                                                      expected: NonClaimCategory.allCases.map(\.rawValue)),
            months: months,
            references: try reader("references").strings(top["references"], "references"),
            structure: structure,
            detection: detection)
    }

    static func isCountryCode(_ code: String) -> String? {
        code.count == 2 && code.allSatisfy { $0.isUppercase && $0.isASCII } ? code : nil
    }

    static let countryCodeHint = ["ISO 3166-1 alpha-2 codes such as RU, US, SU"]

    func numbers(_ numbersNode: Node) throws -> NumberVocabulary {
        let n = try fields(numbersNode, "numbers", allowed: [
            "decimal_separator", "group_separators", "cardinals", "multipliers", "scales", "fractions", "articles",
            "joiners", "plus_half", "unit_links", "weak", "conversion_words", "decimal_words",
        ])
        let decimal = try n["decimal_separator"].map { try string($0, "numbers.decimal_separator") } ?? "."
        guard decimal == "." || decimal == "," else {
            throw fail(n["decimal_separator"]!, "numbers.decimal_separator must be \".\" or \",\"")
        }
        return NumberVocabulary(
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
            weak: try strings(n["weak"], "numbers.weak"),
            conversionWords: try strings(n["conversion_words"], "numbers.conversion_words"),
            decimalWords: try strings(n["decimal_words"], "numbers.decimal_words"))
    }

    func units(_ unitsNode: Node) throws -> [QuantityUnit: UnitSpellings] {
        var units: [QuantityUnit: UnitSpellings] = [:]
        for (symbol, keyNode, value) in try mapping(unitsNode, "units") {
            guard let unit = QuantityUnit(rawValue: symbol) else {
                throw fail(keyNode, "unknown unit '\(symbol)'; expected one of: \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let u = try fields(value, "units.\(symbol)", allowed: ["words", "symbols", "before_number"])
            units[unit] = UnitSpellings(
                words: try strings(u["words"], "units.\(symbol).words"),
                symbols: try strings(u["symbols"], "units.\(symbol).symbols", caseSensitive: true),
                beforeNumber: try strings(u["before_number"], "units.\(symbol).before_number"))
        }
        return units
    }

    func bounds(_ boundsNode: Node) throws -> BoundVocabulary {
        var bounds = BoundVocabulary()
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
        return bounds
    }

    func comparisons(_ comparisonsNode: Node) throws -> ComparisonVocabulary {
        let attributeNames = Attribute.allCases.map(\.rawValue)
        var comparisons = ComparisonVocabulary()
        let c = try fields(comparisonsNode, "comparisons", allowed: ComparisonRelation.allCases.map(\.rawValue))
        comparisons.similarTo = try strings(c["similar_to"], "comparisons.similar_to")
        comparisons.greaterThan = try keyed(
            c["greater_than"], "comparisons.greater_than", key: Attribute.init(rawValue:), expected: attributeNames)
        comparisons.lessThan = try keyed(
            c["less_than"], "comparisons.less_than", key: Attribute.init(rawValue:), expected: attributeNames)
        return comparisons
    }

    func months(_ monthsNode: Node) throws -> [String: Int] {
        var months: [String: Int] = [:]
        for (month, _, value) in try mapping(monthsNode, "months") {
            guard let number = value.scalar.flatMap({ Int($0.string) }), (1...12).contains(number) else {
                throw fail(value, "the value of '\(month)' in months must be a month number, 1 to 12")
            }
            months[month.lowercased()] = number
        }
        return months
    }

    func structure(_ node: Node) throws -> StructureWords {
        let keys = StructureWords.listKeys.map(\.key) + StructureWords.tableKeys
        let f = try fields(node, "structure", allowed: keys)
        var words = StructureWords()
        for (key, path) in StructureWords.listKeys { words[keyPath: path] = try strings(f[key], "structure.\(key)") }
        words.attributeCues = try keyed(f["attribute_cues"], "structure.attribute_cues", key: Attribute.init(rawValue:),
                                        expected: Attribute.allCases.map(\.rawValue))
        words.origins = try keyed(f["origins"], "structure.origins", key: Self.isCountryCode, expected: Self.countryCodeHint)
        words.countryNames = try keyed(f["country_names"], "structure.country_names", key: Self.isCountryCode,
                                       expected: Self.countryCodeHint)
        words.guidance = try keyed(f["guidance"], "structure.guidance", key: GuidanceKind.init(rawValue:),
                                   expected: GuidanceKind.allCases.map(\.rawValue))
        words.targets = try keyed(f["targets"], "structure.targets", key: TargetKind.init(rawValue:),
                                  expected: TargetKind.allCases.map(\.rawValue))
        return words
    }

    func detection(_ node: Node) throws -> DetectionWords {
        let f = try fields(node, "detection", allowed: ["stopwords", "letters", "foreign_letters"])
        var lists: [[String]] = []
        for key in ["letters", "foreign_letters"] {
            let letters = try strings(f[key], "detection.\(key)", caseSensitive: true)
            for (letter, item) in zip(letters, f[key]?.sequence ?? []) where letter.unicodeScalars.count != 1 {
                throw fail(item, "detection.\(key) holds single letters; '\(letter)' is not one")
            }
            lists.append(letters)
        }
        return DetectionWords(
            stopwords: try strings(f["stopwords"], "detection.stopwords"), letters: lists[0], foreignLetters: lists[1])
    }
}
