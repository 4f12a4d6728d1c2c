import ArsenalKit
import Testing

/// `.arsenal.yml` and inline `arsenal-ignore` comments.
@Suite struct CheckConfigurationTests {
    @Test func readsEverySection() throws {
        let yaml = """
            rules:
              C501: off
              origin: on
            severity:
              numeric-spec: warning
            tolerance:
              about: 0.2
              default_relative: 0.05
            language: [en, es]
            """
        let configuration = try CheckConfiguration.parse(yaml, path: ".arsenal.yml")
        #expect(!configuration.isEnabled("C501"))
        #expect(configuration.isEnabled("C302"))
        #expect(configuration.severities["C101"] == .warning)
        #expect(configuration.tolerance == ClaimTolerance(about: 0.2, defaultRelative: 0.05))
        #expect(configuration.languages == ["en", "es"])
    }

    @Test func severitiesFollowVerdicts() throws {
        let defaults = CheckConfiguration.default
        #expect(defaults.severity(of: .conflict, rule: "C101") == .error)
        #expect(defaults.severity(of: .disputed, rule: "C101") == .warning)
        #expect(defaults.severity(of: .consistent, rule: "C101") == .note)
        #expect(defaults.severity(of: .unverifiable, rule: "C101") == .note)
        let softer = try CheckConfiguration.parse("severity: {C101: warning}", path: "c.yml")
        #expect(softer.severity(of: .conflict, rule: "C101") == .warning)
        #expect(softer.severity(of: .disputed, rule: "C101") == .note)
        #expect(softer.severity(of: .conflict, rule: "C201") == .error)
    }

    @Test(arguments: [
        ("tolerence:\n  about: 0.2\n", 1, 1, "unknown key 'tolerence'"),
        ("rules:\n  C999: off\n", 2, 3, "unknown claim rule 'C999'"),
        ("rules:\n  C101: maybe\n", 2, 9, "'maybe' is not on or off"),
        ("severity:\n  C101: fatal\n", 2, 9, "'fatal' is not a severity"),
        ("tolerance:\n  about: 2\n", 2, 10, "tolerance about must be a fraction"),
        ("tolerance:\n  margin: 0.1\n", 2, 3, "unknown key 'margin' in tolerance"),
        ("- rules\n", 1, 1, "the configuration must be a mapping"),
    ])
    func badConfigurationsAreLocated(_ yaml: String, _ line: Int, _ column: Int, _ message: String) {
        #expect {
            _ = try CheckConfiguration.parse(yaml, path: ".arsenal.yml")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.location?.line == line && error.location?.column == column && error.message.contains(message)
        }
    }

    @Test func ruleFilesSearchUpward() throws {
        #expect(CheckConfiguration.find(from: "/") == nil || CheckConfiguration.find(from: "/") == "/.arsenal.yml")
    }

    @Test func inlineCommentsAcceptFindings() {
        let markdown = """
            The Igla-S has a range of 10 km.

            <!-- arsenal-ignore -->
            The Igla-S has a range of 11 km. The Russian-made Igla-S is new.

            The Igla-S has a range of 12 km. <!-- arsenal-ignore C302 -->

            <!-- arsenal-ignore-next-line numeric-spec -->
            The Igla-S has a range of 13 km.
            The Igla-S has a range of 14 km.

            """
        let quotes = CheckTestSupport.markdownFindings(markdown).map(\.quote)
        #expect(quotes == ["10 km", "12 km", "14 km"])
    }
}
