@testable import ArsenalKit
import Testing

@Suite("GitHub reporter")
struct ReportingGitHubTests {
    @Test func dataEscapesPercentAndLineBreaks() {
        #expect(GitHubReporter.escapeData("100% a\r\nb, c: d") == "100%25 a%0D%0Ab, c: d")
    }

    @Test func propertiesAlsoEscapeColonAndComma() {
        #expect(GitHubReporter.escapeProperty("a b, c:d%\n") == "a b%2C c%3Ad%25%0A")
    }

    @Test func oneCommandPerDiagnostic() {
        let output = GitHubReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context())
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == ReportingFixtures.diagnostics.count + 1)
        #expect(lines.last == "")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::") })
    }

    @Test func severityNoteBecomesNotice() {
        let output = GitHubReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context())
        #expect(output.contains("::notice file=articles/review.md,line=5,col=20,endLine=5,endColumn=24,"))
        #expect(!output.contains("::note "))
    }

    @Test func multiLineSpanSendsNoColumns() {
        let diagnostic = Diagnostic(
            code: DiagnosticCode("A205", name: "unit-mismatch"), severity: .error, message: "m",
            location: ArsenalKit.SourceLocation(file: "a.yaml", line: 3, column: 5),
            end: ArsenalKit.SourceLocation(file: "a.yaml", line: 4, column: 2))
        #expect(
            GitHubReporter.report([diagnostic], context: ReportingFixtures.context())
                == "::error file=a.yaml,line=3,endLine=4,title=A205 unit-mismatch::m\n")
    }

    @Test func nothingToReportPrintsNothing() {
        #expect(GitHubReporter.report([], context: ReportingFixtures.context()).isEmpty)
    }
}
