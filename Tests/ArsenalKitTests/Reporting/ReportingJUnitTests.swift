@testable import ArsenalKit
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("JUnit reporter")
struct ReportingJUnitTests {
    @Test func textEscapesMarkupAndDropsWhatXMLCannotHold() {
        #expect(XMLEscaper.text("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
        #expect(XMLEscaper.text("bell\u{7}nul\u{0}\u{FFFE}\u{FFFF}") == "bellnul")
        #expect(XMLEscaper.text("tab\tline\ncr\r") == "tab\tline\ncr&#13;")
        #expect(XMLEscaper.text("]]> 🚀 Игла") == "]]&gt; 🚀 Игла")
    }

    @Test func attributesKeepWhitespaceAsCharacterReferences() {
        #expect(XMLEscaper.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    }

    @Test func cleanRunWithoutFileListHasOnePassingCase() throws {
        let context = ReportContext(toolVersion: "1.0", command: "check")
        let output = JUnitReporter.report([], context: context)
        #expect(output.contains("<testsuite name=\"check\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">"))
        #expect(output.contains("<testcase classname=\"arsenal\" name=\"all files\"/>"))
        _ = try parse(output)
    }

    @Test func everyCleanCheckedFilePasses() throws {
        let context = ReportContext(toolVersion: "1.0", command: "validate", checkedFiles: ["b.yaml", "a.yaml"])
        let output = JUnitReporter.report([], context: context)
        let document = try parse(output)
        #expect(document.testCases.map(\.classname) == ["a.yaml", "b.yaml"])
        #expect(document.testCases.allSatisfy { $0.name == "no problems" && $0.failureMessage == nil })
    }

    @Test func goldenParsesAndRoundTripsMessages() throws {
        let document = try parse(
            JUnitReporter.report(ReportingFixtures.diagnostics, context: ReportingFixtures.context()))
        let failing = ReportingFixtures.diagnostics.filter { $0.severity >= .warning }
        #expect(document.suiteAttributes["failures"] == String(failing.count))
        #expect(document.suiteAttributes["tests"] == String(document.testCases.count))
        #expect(Set(document.testCases.compactMap(\.failureMessage)) == Set(failing.map(\.message)))
        // One passing case per clean checked file, one per note-severity diagnostic.
        #expect(document.testCases.filter { $0.failureMessage == nil }.map(\.classname).sorted()
            == [ReportingFixtures.cleanFile, ReportingFixtures.article])
    }

    // MARK: A minimal reader: parsing proves the output is well-formed XML.

    struct TestCase {
        var classname: String
        var name: String
        var failureMessage: String?
    }

    struct Document {
        var suiteAttributes: [String: String] = [:]
        var testCases: [TestCase] = []
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var document = Document()

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            switch elementName {
            case "testsuite":
                document.suiteAttributes = attributes
            case "testcase":
                document.testCases.append(
                    TestCase(classname: attributes["classname"] ?? "", name: attributes["name"] ?? ""))
            case "failure":
                document.testCases[document.testCases.count - 1].failureMessage = attributes["message"]
            default:
                break
            }
        }
    }

    private struct NotWellFormed: Error {
        var underlying: Error?
    }

    private func parse(_ xml: String) throws -> Document {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = Reader()
        parser.delegate = reader
        guard parser.parse() else { throw NotWellFormed(underlying: parser.parserError) }
        return reader.document
    }
}
