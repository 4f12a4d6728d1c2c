import Foundation
import Yams

/// Decodes one parsed data file into typed records, reporting every schema and value
/// problem as a located diagnostic and keeping whatever is still usable.
struct RecordDecoder {
    let file: ParsedDataFile
    let positions: NodePositions
    /// Today's date, `YYYY-MM-DD`, for "date read in the future".
    let today: String
    var diagnostics: [Diagnostic] = []

    init(file: ParsedDataFile, today: String) {
        self.file = file
        self.positions = NodePositions(path: file.path)
        self.today = today
    }

    static let systemKeys = ["schema_version", "id", "name", "aliases", "ambiguous_aliases", "kind", "origin", "developer", "extends", "sources_note", "specs"]
    static let entryKeys = ["value", "also", "source", "note", "approx", "bound", "variant", "status", "qualifier", "scope"]
    static let registryKeys = ["schema_version", "sources"]
    static let sourceKeys = ["id", "title", "publisher", "url", "via", "retrieved", "published", "language", "note"]

    // MARK: Systems

    /// Decodes a system record; nil when its identity cannot be read.
    mutating func decodeSystem() -> WeaponSystem? {
        let fields = mapping(file.root, context: "the record", known: Self.systemKeys)
        checkSchemaVersion(fields, context: "the record", root: file.root)
        var locations: [String: SourceLocation] = [:]
        for (key, (keyNode, _)) in fields { locations[key] = positions.start(keyNode) }
        if let (_, node) = fields["extends"] { locations["extends.value"] = positions.start(node) }

        let id = requiredString(fields, "id", context: "the record", root: file.root)
        if let id, let node = fields["id"]?.1, !InvalidIDRule.isValid(id) {
            report(InvalidIDRule.self, InvalidIDRule.message(id), node)
        }
        let name = requiredString(fields, "name", context: "the record", root: file.root)
        let extends = optionalString(fields, "extends")
        let kindText = requiredString(fields, "kind", context: "the record", root: file.root)
        var kind: SystemKind?
        if let kindText, let node = fields["kind"]?.1 {
            kind = SystemKind(rawValue: kindText)
            if kind == nil {
                report(InvalidValueRule.self, InvalidValueRule.message(kindText, field: "kind", allowed: SystemKind.allCases.map(\.rawValue)), node)
            }
        }
        var origin = ""
        if let pair = fields["origin"] {
            if let text = string(pair.1, field: "origin") {
                if isCountryCode(text) { origin = text } else {
                    report(InvalidOriginRule.self, InvalidOriginRule.message(text), pair.1)
                }
            }
        } else if extends == nil {
            missing("origin", in: "the record", at: file.root, hint: "give the ISO code of the country of origin (SU for the Soviet Union)")
        }
        let aliases = names(fields, "aliases", expected: "a list of names", locations: &locations)
        let ambiguousAliases = names(
            fields, "ambiguous_aliases", expected: "a list of names that are also listed in 'aliases'", locations: &locations)
        var specs: [Attribute: [SourcedValue]] = [:]
        if let (_, node) = fields["specs"] {
            specs = decodeSpecs(node, kind: kind ?? .manpads)
        } else {
            missing("specs", in: "the record", at: file.root, hint: "add 'specs:' with the sourced figures ('specs: {}' for a variant that only inherits)")
        }
        guard let id, let name else { return nil }
        var system = WeaponSystem(
            id: id, name: name, aliases: aliases, kind: kind ?? .manpads, origin: origin,
            developer: optionalString(fields, "developer"), extends: extends,
            sourcesNote: optionalString(fields, "sources_note"), specs: specs, file: file.path,
            fieldLocations: locations)
        system.ambiguousAliases = ambiguousAliases
        return system
    }

    /// A list of non-empty names under `key`, each located as `key[N]`.
    private mutating func names(
        _ fields: [String: (Node, Node)], _ key: String, expected: String, locations: inout [String: SourceLocation]
    ) -> [String] {
        guard let (_, node) = fields[key] else { return [] }
        guard case .sequence(let sequence) = node else {
            wrongType(key, expected: expected, node)
            return []
        }
        var result: [String] = []
        for item in sequence {
            if let name = string(item, field: key), !name.isEmpty {
                locations["\(key)[\(result.count)]"] = positions.start(item)
                result.append(name)
            }
        }
        return result
    }

    private mutating func decodeSpecs(_ node: Node, kind: SystemKind) -> [Attribute: [SourcedValue]] {
        guard case .mapping(let mapping) = node else {
            if !node.isNull { wrongType("specs", expected: "a mapping of attribute names to lists of entries", node) }
            return [:]
        }
        let specAttributes = Attribute.allCases.filter(\.isSpec).map(\.rawValue)
        var specs: [Attribute: [SourcedValue]] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalarText else { wrongType("specs", expected: "attribute names as keys", keyNode); continue }
            guard let attribute = Attribute(rawValue: key), attribute.isSpec else {
                report(UnknownKeyRule.self, UnknownKeyRule.message(key, context: "specs", known: specAttributes), keyNode)
                continue
            }
            guard case .sequence(let entries) = valueNode else {
                wrongType(key, expected: "a list of entries such as '- {value: ..., source: ...}'", valueNode)
                continue
            }
            if entries.isEmpty {
                wrongType(key, expected: "a non-empty list of entries (remove the attribute if nothing is known)", valueNode)
                continue
            }
            var values: [SourcedValue] = []
            for entry in entries {
                if let value = decodeEntry(entry, attribute: attribute, kind: kind) { values.append(value) }
            }
            specs[attribute] = values
        }
        return specs
    }

    private mutating func decodeEntry(_ node: Node, attribute: Attribute, kind: SystemKind) -> SourcedValue? {
        guard case .mapping = node else {
            wrongType("\(attribute.rawValue) entry", expected: "a mapping such as '{value: ..., source: ...}'", node)
            return nil
        }
        let context = "a \(attribute.rawValue) entry"
        let fields = mapping(node, context: context, known: Self.entryKeys)
        var sourceID = ""
        if let (_, sourceNode) = fields["source"] {
            sourceID = string(sourceNode, field: "source") ?? ""
        } else {
            diagnostics.append(MissingSourceRule.diagnostic(
                MissingSourceRule.message(attribute), at: positions.start(node)))
        }
        var status = EntryStatus.accepted
        if let (_, statusNode) = fields["status"], let text = string(statusNode, field: "status") {
            let allowed = [EntryStatus.disputed, .deprecated].map(\.rawValue)
            if let parsed = EntryStatus(rawValue: text), parsed != .accepted { status = parsed } else {
                report(InvalidValueRule.self, InvalidValueRule.message(text, field: "status", allowed: allowed), statusNode)
            }
            if fields["note"] == nil {
                missing("note", in: context, at: node, hint: "say why the figure is \(text)")
            }
        }
        var bound: EntryBound?
        if let (_, boundNode) = fields["bound"], let text = string(boundNode, field: "bound") {
            bound = EntryBound(rawValue: text)
            if bound == nil {
                report(InvalidValueRule.self, InvalidValueRule.message(text, field: "bound", allowed: EntryBound.allCases.map(\.rawValue)), boundNode)
            }
        }
        var approximate = false
        if let (_, approxNode) = fields["approx"] {
            if let flag = approxNode.plainBool { approximate = flag } else { wrongType("approx", expected: "true or false", approxNode) }
        }
        guard let (_, valueNode) = fields["value"] else {
            missing("value", in: context, at: node)
            return nil
        }
        let qualifier: ValueQualifier? = fields["qualifier"].flatMap { pair in
            enumField(pair.1, field: "qualifier", ValueQualifier.self)
        }
        let scope = fields["scope"].flatMap { enumField($0.1, field: "scope", ValueScope.self) } ?? .model
        var also: SpecValue?
        if let (_, alsoNode) = fields["also"] {
            if case .quantity = attribute.kind {
                also = decodeValue(alsoNode, attribute: attribute, kind: kind)
            } else {
                wrongType("also", expected: "nothing: 'also' gives a quantity printed a second time in another unit, and \(attribute.rawValue) is not a quantity", alsoNode)
            }
        }
        guard let value = decodeValue(valueNode, attribute: attribute, kind: kind) else { return nil }
        return SourcedValue(
            value: value, sourceID: sourceID, location: positions.start(valueNode), end: positions.end(valueNode),
            sourceLocation: fields["source"].map { positions.start($0.1) }, approximate: approximate,
            bound: bound, status: status, note: fields["note"].flatMap { string($0.1, field: "note") },
            variant: fields["variant"].flatMap { string($0.1, field: "variant") },
            qualifier: qualifier, scope: scope, scopeLocation: fields["scope"].map { positions.start($0.0) }, also: also)
    }

    /// A closed-vocabulary field (`qualifier`, `scope`), reporting a value outside it.
    private mutating func enumField<T: RawRepresentable & CaseIterable>(_ node: Node, field: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, field: field) else { return nil }
        if let parsed = T(rawValue: text) { return parsed }
        report(InvalidValueRule.self, InvalidValueRule.message(text, field: field, allowed: T.allCases.map(\.rawValue)), node)
        return nil
    }

    private mutating func decodeValue(_ node: Node, attribute: Attribute, kind: SystemKind) -> SpecValue? {
        switch attribute.kind {
        case .quantity(let dimension):
            guard let text = node.scalarText, !node.isNull else {
                wrongType(attribute.rawValue, expected: "a quantity such as '6000 m'", node)
                return nil
            }
            guard let quantity = parseQuantity(text, node: node, attribute: attribute, dimension: dimension) else { return nil }
            checkPlausible(quantity.siValue, display: text, attribute: attribute, kind: kind, node: node)
            return .quantity(quantity)
        case .count, .year:
            guard let number = node.plainInt else {
                wrongType(attribute.rawValue, expected: attribute.kind == .count ? "a whole number of persons" : "a year such as 2002", node)
                return nil
            }
            checkPlausible(Double(number), display: String(number), attribute: attribute, kind: kind, node: node)
            return attribute.kind == .count ? .count(number) : .year(number)
        case .boolean:
            guard let flag = node.plainBool else {
                wrongType(attribute.rawValue, expected: "true or false (unquoted)", node)
                return nil
            }
            return .boolean(flag)
        case .set(let vocabulary):
            var tokens: [String] = []
            let items: [Node]
            if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
            for item in items {
                guard let token = item.scalarText, case .scalar = item else {
                    wrongType(attribute.rawValue, expected: "a token or a list of tokens", item)
                    continue
                }
                if vocabulary.contains(token) { tokens.append(token) } else {
                    report(InvalidValueRule.self, InvalidValueRule.message(token, field: "\(attribute.rawValue) token", allowed: vocabulary), item)
                }
            }
            return tokens.isEmpty ? nil : .set(tokens)
        case .country:
            return node.scalarText.map { .country($0) }
        }
    }

    private mutating func parseQuantity(_ text: String, node: Node, attribute: Attribute, dimension: QuantityDimension) -> Quantity? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberText: Substring, unitText: Substring
        if trimmed.hasPrefix("Mach ") {
            numberText = trimmed.dropFirst(5).drop(while: { $0 == " " })
            unitText = "Mach"
        } else if let space = trimmed.firstIndex(of: " ") {
            numberText = trimmed[..<space]
            unitText = trimmed[space...].drop(while: { $0 == " " })
        } else {
            report(MalformedNumberRule.self, MalformedNumberRule.message(text, attribute: attribute), node)
            return nil
        }
        let isPlainNumber = !numberText.isEmpty && numberText.utf8.allSatisfy { (48...57).contains($0) || $0 == 46 || $0 == 45 }
            && numberText.filter({ $0 == "." }).count <= 1
        guard isPlainNumber, let number = Double(numberText) else {
            report(MalformedNumberRule.self, MalformedNumberRule.message(text, attribute: attribute), node)
            return nil
        }
        guard let unit = QuantityUnit(rawValue: String(unitText)), unit != .mach || trimmed.hasPrefix("Mach ") else {
            let allowed = QuantityUnit.allCases.filter { $0.dimension == dimension }.map(\.rawValue)
            report(UnknownUnitRule.self, UnknownUnitRule.message(String(unitText), allowed: allowed), node)
            return nil
        }
        guard unit.dimension == dimension else {
            report(WrongDimensionRule.self, WrongDimensionRule.message(attribute: attribute, unit: unit.rawValue, found: unit.dimension, expected: dimension), node)
            return nil
        }
        return Quantity(number, unit)
    }

    private mutating func checkPlausible(_ si: Double, display: String, attribute: Attribute, kind: SystemKind, node: Node) {
        guard let range = ImplausibleValueRule.plausibleRange(attribute, kind: kind), !range.contains(si) else { return }
        let unit: String
        if case .quantity(let dimension) = attribute.kind { unit = " " + dimension.siSymbol } else { unit = "" }
        let limit = si < range.lowerBound
            ? "expected at least \(format(range.lowerBound))\(unit)"
            : "expected at most \(format(range.upperBound))\(unit)"
        report(ImplausibleValueRule.self, ImplausibleValueRule.message(attribute: attribute, value: display, kind: kind, limit: limit), node)
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    // MARK: Sources

    /// Decodes a source registry file.
    mutating func decodeRegistry() -> [Source] {
        let fields = mapping(file.root, context: "the source registry", known: Self.registryKeys)
        checkSchemaVersion(fields, context: "the source registry", root: file.root)
        guard let (_, listNode) = fields["sources"] else {
            missing("sources", in: "the source registry", at: file.root, hint: "list the sources under 'sources:'")
            return []
        }
        guard case .sequence(let items) = listNode else {
            wrongType("sources", expected: "a list of sources", listNode)
            return []
        }
        var sources: [Source] = []
        for item in items {
            guard case .mapping = item else {
                wrongType("sources", expected: "a list of mappings with id, title, publisher, url and retrieved", item)
                continue
            }
            let context = "a source"
            let entry = mapping(item, context: context, known: Self.sourceKeys)
            guard let id = requiredString(entry, "id", context: context, root: item) else { continue }
            if let node = entry["id"]?.1, !InvalidIDRule.isValid(id) { report(InvalidIDRule.self, InvalidIDRule.message(id), node) }
            let title = requiredString(entry, "title", context: "source '\(id)'", root: item) ?? ""
            let publisher = requiredString(entry, "publisher", context: "source '\(id)'", root: item) ?? ""
            let url = requiredString(entry, "url", context: "source '\(id)'", root: item) ?? ""
            if let node = entry["url"]?.1, !url.isEmpty { checkURL(url, node: node) }
            if let node = entry["via"]?.1, let via = string(node, field: "via") { checkURL(via, node: node) }
            let retrieved = requiredString(entry, "retrieved", context: "source '\(id)'", root: item) ?? ""
            if let node = entry["retrieved"]?.1, !retrieved.isEmpty { checkDate(retrieved, field: "retrieved", node: node, notAfterToday: true) }
            let published = optionalString(entry, "published")
            if let node = entry["published"]?.1, let published { checkDate(published, field: "published", node: node, notAfterToday: true) }
            sources.append(Source(
                id: id, title: title, publisher: publisher, url: url, via: optionalString(entry, "via"),
                retrieved: retrieved, published: published, language: optionalString(entry, "language"),
                note: optionalString(entry, "note"), location: positions.start(item)))
        }
        return sources
    }

    private mutating func checkURL(_ text: String, node: Node) {
        if let problem = MalformedURLRule.problem(with: text) {
            report(MalformedURLRule.self, MalformedURLRule.message(text, problem: problem), node)
        }
    }

    private mutating func checkDate(_ text: String, field: String, node: Node, notAfterToday: Bool) {
        guard SourceDateRule.isValidDate(text) else {
            report(SourceDateRule.self, SourceDateRule.malformedMessage(text, field: field), node)
            return
        }
        if notAfterToday, text > today {
            report(SourceDateRule.self, SourceDateRule.futureMessage(text, field: field, today: today), node)
        }
    }

    // MARK: Helpers

    /// The keys of a mapping node with their key and value nodes, reporting unknown keys.
    private mutating func mapping(_ node: Node, context: String, known: [String]) -> [String: (Node, Node)] {
        guard case .mapping(let mapping) = node else { return [:] }
        var fields: [String: (Node, Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalarText, case .scalar = key else {
                wrongType(context, expected: "plain keys", key)
                continue
            }
            if known.contains(name) { fields[name] = (key, value) } else {
                report(UnknownKeyRule.self, UnknownKeyRule.message(name, context: context, known: known), key)
            }
        }
        return fields
    }

    private mutating func checkSchemaVersion(_ fields: [String: (Node, Node)], context: String, root: Node) {
        guard let (_, node) = fields["schema_version"] else {
            missing("schema_version", in: context, at: root, hint: "start the file with 'schema_version: 1'")
            return
        }
        if node.plainInt != 1 { report(SchemaVersionRule.self, SchemaVersionRule.message(node.scalarText ?? node.typeDescription), node) }
    }

    private mutating func requiredString(_ fields: [String: (Node, Node)], _ key: String, context: String, root: Node) -> String? {
        guard let (_, node) = fields[key] else {
            missing(key, in: context, at: root)
            return nil
        }
        guard let text = string(node, field: key) else { return nil }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            missing(key, in: context, at: node, hint: "'\(key)' is empty")
            return nil
        }
        return text
    }

    private mutating func optionalString(_ fields: [String: (Node, Node)], _ key: String) -> String? {
        guard let (_, node) = fields[key], !node.isNull else { return nil }
        return string(node, field: key)
    }

    /// A scalar's text, reporting a wrong type for mappings and lists.
    private mutating func string(_ node: Node, field: String) -> String? {
        guard case .scalar = node, let text = node.scalarText else {
            wrongType(field, expected: "text", node)
            return nil
        }
        return text
    }

    private func isCountryCode(_ text: String) -> Bool {
        countryCodes.contains(text)
    }

    private mutating func missing(_ field: String, in context: String, at node: Node, hint: String = "") {
        diagnostics.append(MissingFieldRule.diagnostic(
            MissingFieldRule.message(field, in: context, hint: hint), at: positions.start(node)))
    }

    private mutating func wrongType(_ field: String, expected: String, _ node: Node) {
        report(WrongTypeRule.self, WrongTypeRule.message(field, expected: expected, found: node.typeDescription), node)
    }

    private mutating func report<R: ValidationRule>(_ rule: R.Type, _ message: String, _ node: Node) {
        diagnostics.append(R.diagnostic(message, at: positions.start(node), end: positions.end(node)))
    }
}
