/// Two records with the same id.
struct DuplicateIDRule: CatalogRule {
    static let description = RuleDescription(
        code: "V601", name: "duplicate-id",
        summary: "Two records share an id.",
        rationale: "An id names exactly one record; a duplicate makes lookups and `extends` ambiguous.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(), extraFiles: ["Data/systems/second.yaml": Example.system(id: "second").replacingOccurrences(of: "id: second", with: "↓id: example")])],
        nonTriggeringExamples: [RuleExample(Example.system(), extraFiles: ["Data/systems/other.yaml": Example.system(id: "other")])])

    static func message(_ id: String) -> String {
        "id '\(id)' is already used by another record; every record needs its own id"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        var first: [String: WeaponSystem] = [:]
        for record in input.records {
            if let earlier = first[record.id] {
                diagnostics.append(diagnostic(
                    message(record.id), at: record.fieldLocations["id"],
                    notes: [DiagnosticNote("first defined here", at: earlier.fieldLocations["id"])]))
            } else {
                first[record.id] = record
            }
        }
    }
}

/// A record whose id differs from its file name.
struct IDFileNameRule: CatalogRule {
    static let description = RuleDescription(
        code: "V602", name: "id-file-mismatch",
        summary: "A record's id differs from its file name.",
        rationale: "`Data/systems/igla-s.yaml` must hold `id: igla-s` so people and tools find a record by its id.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(id: "other").replacingOccurrences(of: "id: other", with: "↓id: other"))],
        nonTriggeringExamples: [RuleExample(Example.system())])

    static func message(_ id: String, fileName: String) -> String {
        "id '\(id)' does not match the file name '\(fileName).yaml'; rename the file or the id"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        for record in input.records {
            let base = String(record.file.split(separator: "/").last ?? "")
            let stem = base.hasSuffix(".yaml") ? String(base.dropLast(5)) : base.hasSuffix(".yml") ? String(base.dropLast(4)) : base
            if stem != record.id {
                diagnostics.append(diagnostic(message(record.id, fileName: stem), at: record.fieldLocations["id"]))
            }
        }
    }
}

/// Two records answering to the same designation.
struct AliasCollisionRule: CatalogRule {
    static let description = RuleDescription(
        code: "V603", name: "alias-collision",
        summary: "Two records claim the same designation, or one record lists an alias twice (compared ignoring case, spaces, punctuation and accents).",
        rationale: "A name in an article must resolve to exactly one record, or the checker would judge a claim against the wrong system.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(
            Example.system(header: "aliases: [SA-24]\n"),
            extraFiles: ["Data/systems/other.yaml": Example.system(id: "other", header: "aliases: [↓SA 24]\n")]),
            RuleExample(Example.system(header: "aliases: [SA-24, ↓sa 24]\n")),
        ],
        nonTriggeringExamples: [RuleExample(Example.system(header: "aliases: [SA-24]\n"), extraFiles: ["Data/systems/other.yaml": Example.system(id: "other", header: "aliases: [SA-18]\n")])])

    static func message(_ name: String, other: String, otherSpelling: String) -> String {
        "'\(name)' also names '\(other)' (as '\(otherSpelling)'); a designation must name one record, so drop or qualify one of them"
    }

    static func duplicateMessage(_ name: String) -> String {
        "'\(name)' is listed twice in this record (compared ignoring case, spaces and punctuation); keep one"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        var owners: [String: (id: String, spelling: String, location: SourceLocation?)] = [:]
        for record in input.records {
            var seen = Set<String>()
            var aliasesSeen = Set<String>()
            for (index, name) in ([record.id, record.name] + record.aliases).enumerated() {
                let key = AliasIndex.normalize(name)
                let location = index == 0 ? record.fieldLocations["id"] : index == 1 ? record.fieldLocations["name"] : record.aliasLocations[index - 2]
                guard !key.isEmpty else { continue }
                // An alias repeating the id or name is harmless; one listed twice is a slip.
                if index >= 2, !aliasesSeen.insert(key).inserted {
                    diagnostics.append(diagnostic(duplicateMessage(name), at: location))
                }
                guard seen.insert(key).inserted else { continue }
                if let owner = owners[key], owner.id != record.id {
                    diagnostics.append(diagnostic(
                        message(name, other: owner.id, otherSpelling: owner.spelling), at: location,
                        notes: [DiagnosticNote("'\(owner.spelling)' is claimed by '\(owner.id)' here", at: owner.location)]))
                } else if owners[key] == nil {
                    owners[key] = (record.id, name, location)
                }
            }
        }
    }
}

/// `extends` naming no record.
struct UnknownBaseRule: CatalogRule {
    static let description = RuleDescription(
        code: "V604", name: "unknown-base",
        summary: "`extends` names a record that does not exist.",
        rationale: "A variant inherits its base's figures; with no base it silently loses them.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(Example.system(header: "extends: ↓igla\n"))],
        nonTriggeringExamples: [RuleExample(Example.system(header: "extends: base\n"), extraFiles: ["Data/systems/base.yaml": Example.system(id: "base")])])

    static func message(_ base: String, known: [String]) -> String {
        "extends '\(base)', but no record has that id\(didYouMean(base, known))"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        let ids = Set(input.records.map(\.id))
        for record in input.records {
            if let base = record.extends, !ids.contains(base) {
                diagnostics.append(diagnostic(message(base, known: ids.sorted()), at: record.extendsValueLocation))
            }
        }
    }
}

/// A chain of `extends` that loops.
struct CyclicExtendsRule: CatalogRule {
    static let description = RuleDescription(
        code: "V605", name: "cyclic-extends",
        summary: "A chain of `extends` leads back to the record it started from.",
        rationale: "Inheritance must end at a base record; a loop has no figures to inherit.",
        defaultSeverity: .error,
        triggeringExamples: [RuleExample(
            Example.system(header: "extends: ↓other\n"),
            extraFiles: ["Data/systems/other.yaml": Example.system(id: "other", header: "extends: ↓example\n")])],
        nonTriggeringExamples: [RuleExample(Example.system(header: "extends: other\n"), extraFiles: ["Data/systems/other.yaml": Example.system(id: "other")])])

    static func message(_ chain: [String]) -> String {
        // A long cycle is shown by its ends, so each of its records' messages stays short.
        let shown = chain.count <= 12 ? chain : chain.prefix(5) + ["… \(chain.count - 10) more …"] + chain.suffix(5)
        return "extends forms a cycle: \(shown.joined(separator: " → ")); one record in the chain must be a base without 'extends'"
    }

    /// Finds every cycle once, following each record's `extends` a single time (linear in
    /// the number of records, however long the chains), then reports each record on a
    /// cycle with the cycle written from that record.
    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        var byID: [String: WeaponSystem] = [:]
        for record in input.records where byID[record.id] == nil { byID[record.id] = record }
        var finished: Set<String> = []
        var cycleOf: [String: (cycle: [String], index: Int)] = [:]
        for record in input.records where !finished.contains(record.id) {
            var path: [String] = []
            var position: [String: Int] = [:]
            var next: String? = record.id
            while let current = next, !finished.contains(current), position[current] == nil, let found = byID[current] {
                position[current] = path.count
                path.append(current)
                next = found.extends
            }
            if let current = next, let start = position[current] {
                let cycle = Array(path[start...])
                for (index, member) in cycle.enumerated() { cycleOf[member] = (cycle, index) }
            }
            finished.formUnion(path)
        }
        for record in input.records {
            guard let (cycle, start) = cycleOf[record.id], byID[record.id]?.extends == record.extends else { continue }
            let chain = Array(cycle[start...] + cycle[..<start]) + [record.id]
            diagnostics.append(diagnostic(message(chain), at: record.extendsValueLocation))
        }
    }
}

/// An `ambiguous_aliases` entry that is not one of the record's aliases.
struct AmbiguousAliasRule: CatalogRule {
    static let description = RuleDescription(
        code: "V606", name: "unlisted-ambiguous-alias",
        summary: "`ambiguous_aliases` names a designation that is not in the record's `aliases`.",
        rationale: """
            `ambiguous_aliases` marks which of the record's aliases are also common words or names \
            ("Tor", "Osa", "Buk"), so that article text binds them only where the document also names \
            the record unambiguously. A name marked there but not listed as an alias marks nothing: \
            it is a typo or a forgotten alias.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(Example.system(header: "aliases: [Osa, SA-8]\nambiguous_aliases: [↓Oza]\n")),
        ],
        nonTriggeringExamples: [
            RuleExample(Example.system(header: "aliases: [Osa, SA-8]\nambiguous_aliases: [osa]\n")),
        ])

    static func message(_ name: String) -> String {
        "'\(name)' is marked ambiguous but is not one of this record's aliases; add it to 'aliases' or fix the spelling"
    }

    static func check(_ input: ValidationInput, into diagnostics: inout [Diagnostic]) {
        for record in input.records where !record.ambiguousAliases.isEmpty {
            let keys = Set(record.aliases.map(AliasIndex.normalize))
            for (name, location) in zip(record.ambiguousAliases, record.ambiguousAliasLocations)
            where !keys.contains(AliasIndex.normalize(name)) {
                diagnostics.append(diagnostic(message(name), at: location))
            }
        }
    }
}
