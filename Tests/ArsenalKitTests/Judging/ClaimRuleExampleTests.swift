import ArsenalKit
import Testing

/// Runs every claim rule's examples against the bundled catalog: each triggering example
/// must make the rule report a finding whose quote starts at every `↓`, each
/// non-triggering example must make it report nothing.
@Suite struct ClaimRuleExampleTests {
    static let rules: [RuleDescription] = ClaimRules.descriptions
    /// Rule codes as test arguments (short names in test output).
    static let codes: [String] = rules.map(\.code.code)

    static func rule(_ code: String) -> RuleDescription {
        rules.first { $0.code.code == code }!
    }

    @Test(arguments: codes)
    func ruleHasExamples(_ code: String) {
        let rule = Self.rule(code)
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.code) has no triggering example")
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.code) has no non-triggering example")
        #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty)
    }

    @Test(arguments: codes)
    func triggeringExamplesTrigger(_ code: String) {
        let rule = Self.rule(code)
        for example in rule.triggeringExamples {
            let (text, markers) = CheckTestSupport.stripMarkers(example.text)
            let found = CheckTestSupport.findings(text).filter { $0.rule == rule.code }
            #expect(!found.isEmpty, "\(rule.code) did not trigger on: \(text)")
            #expect(!markers.isEmpty, "\(rule.code): a triggering example needs a ↓ marker: \(example.text)")
            for marker in markers {
                #expect(found.contains { $0.claim.range.lowerBound == marker },
                        "\(rule.code) should quote from offset \(marker) in \"\(text)\"; found \(found.map { "\($0.quote)@\($0.claim.range.lowerBound)" })")
            }
        }
    }

    @Test(arguments: codes)
    func nonTriggeringExamplesPass(_ code: String) {
        let rule = Self.rule(code)
        for example in rule.nonTriggeringExamples {
            let found = CheckTestSupport.findings(example.text).filter { $0.rule == rule.code }
            #expect(found.isEmpty, "\(rule.code) triggered on \"\(example.text)\": \(found.map(\.quote))")
        }
    }

    @Test func codesAreUniqueAndStable() {
        let codes = Self.rules.map(\.code.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.count == 4 && $0.hasPrefix("C") && $0.dropFirst().allSatisfy(\.isNumber) })
        let names = Self.rules.map(\.code.name)
        #expect(Set(names).count == names.count)
    }

    @Test func rulesAreListedByArsenalRules() {
        let listed = Set(RuleCatalog.all.map(\.code.code))
        #expect(Self.rules.allSatisfy { listed.contains($0.code.code) })
    }
}
