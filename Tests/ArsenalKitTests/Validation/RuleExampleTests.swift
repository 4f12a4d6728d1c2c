import Testing
@testable import ArsenalKit

/// Runs every validation rule's examples: each triggering example must produce a
/// diagnostic of that rule at every `↓`, each non-triggering example none at all.
@Suite struct ValidationRuleExampleTests {
    /// Small limits so the file-size and alias-bomb examples stay short.
    static let exampleLimits = LoaderLimits(maxFileBytes: 4096, maxNodes: 2_000)

    static let rules: [RuleDescription] = ValidationRules.descriptions

    @Test(arguments: rules)
    func ruleHasExamples(_ rule: RuleDescription) {
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.code) has no triggering example")
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.code) has no non-triggering example")
        #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty)
    }

    @Test(arguments: rules)
    func triggeringExamplesTrigger(_ rule: RuleDescription) {
        for example in rule.triggeringExamples {
            let loaded = ExampleHarness.load(example, limits: Self.exampleLimits)
            let found = loaded.diagnostics.filter { $0.code == rule.code }
            #expect(!found.isEmpty, "\(rule.code) did not trigger on:\n\(example.text)\nall: \(loaded.diagnostics.map(\.message))")
            for marker in loaded.markers {
                #expect(found.contains { $0.location == marker },
                        "\(rule.code) should point at \(marker); found \(found.map { $0.location?.description ?? "-" })")
            }
            #expect(found.count == loaded.markers.count || loaded.markers.isEmpty,
                    "\(rule.code): \(found.count) findings for \(loaded.markers.count) markers")
        }
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesPass(_ rule: RuleDescription) {
        for example in rule.nonTriggeringExamples {
            let loaded = ExampleHarness.load(example, limits: Self.exampleLimits)
            let found = loaded.diagnostics.filter { $0.code == rule.code }
            #expect(found.isEmpty, "\(rule.code) triggered on a non-triggering example: \(found.map(\.message))")
        }
    }

    @Test func everyCatalogRuleRuns() {
        let listed = Set(ValidationRules.catalogRules.map { $0.description.code.code })
        let conforming = Set(ValidationRules.all.compactMap { $0 as? any CatalogRule.Type }.map { $0.description.code.code })
        #expect(listed == conforming)
    }

    @Test func codesAreUniqueAndStable() {
        let codes = Self.rules.map(\.code.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { (code: String) in code.count == 4 && code.hasPrefix("V") })
        let names = Self.rules.map(\.code.name)
        #expect(Set(names).count == names.count)
    }
}

/// Loads a rule example as a small database and finds its `↓` markers.
enum ExampleHarness {
    struct Loaded {
        var diagnostics: [Diagnostic]
        var markers: [ArsenalKit.SourceLocation]
    }

    static let mainPath = "Data/systems/example.yaml"

    static func load(_ example: RuleExample, limits: LoaderLimits) -> Loaded {
        var files: [DataFile] = []
        var markers: [ArsenalKit.SourceLocation] = []
        var texts = example.extraFiles
        if texts[Example.registryPath] == nil { texts[Example.registryPath] = Example.registry }
        texts[mainPath] = example.text
        for (path, text) in texts.sorted(by: { $0.key < $1.key }) {
            let (clean, found) = stripMarkers(text, path: path)
            markers += found
            var bytes = Array(clean.utf8)
            if path == mainPath { bytes += example.trailingBytes }
            files.append(DataFile(path: path, bytes: bytes))
        }
        let outcome = CatalogLoader.load(files: files, options: LoadOptions(limits: limits, today: "2026-01-01"))
        return Loaded(diagnostics: outcome.diagnostics, markers: markers)
    }

    /// Removes every `↓` and returns where each one stood.
    static func stripMarkers(_ text: String, path: String) -> (String, [ArsenalKit.SourceLocation]) {
        var output = String.UnicodeScalarView()
        var markers: [ArsenalKit.SourceLocation] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "↓" {
                markers.append(ArsenalKit.SourceLocation(file: path, line: line, column: column))
                continue
            }
            output.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (String(output), markers)
    }
}
