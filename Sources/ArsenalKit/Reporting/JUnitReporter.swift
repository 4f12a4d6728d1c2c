/// JUnit XML in the Ant/Jenkins dialect CI servers read, as the Jenkins xUnit plugin's
/// schema defines it (junit-10.xsd):
/// https://github.com/jenkinsci/xunit-plugin/blob/master/src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd
/// serialized as XML 1.0 (Fifth Edition): https://www.w3.org/TR/xml/

/// Renders diagnostics as one JUnit test suite named after the command:
///
/// ```
/// <testsuites name="arsenal" tests="2" failures="1" errors="0">
///   <testsuite name="validate" tests="2" failures="1" errors="0" skipped="0">
///     <testcase classname="Data/systems/igla-s.yaml" name="A301 at 9:3">
///       <failure type="A301" message="unknown key">…</failure>
///     </testcase>
///     <testcase classname="Data/systems/stinger.yaml" name="no problems"/>
///   </testsuite>
/// </testsuites>
/// ```
///
/// Each diagnostic is a test case whose class is its file (the tool's name when it has
/// none). A diagnostic at or above `ReportContext.failingSeverity` (the severity that
/// makes the command exit 1) fails; any other passes, its text in `<system-out>`. A reporter
/// cannot know which files were clean, so each of `ReportContext.checkedFiles` without a
/// diagnostic becomes a passing test case `no problems`; with no diagnostics and no
/// checked files the suite holds one passing case, `all files`, so it is never empty.
public enum JUnitReporter: DiagnosticReporter {
    public static func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let byFile = Dictionary(grouping: diagnostics.sorted()) { $0.location?.file }
        let locationless = byFile[nil] ?? []
        let files = Set(byFile.keys.compactMap { $0 }).union(context.checkedFiles).sorted()

        let failing = context.failingSeverity
        var cases = locationless.map { testCase($0, classname: context.toolName, failing: failing) }
        for file in files {
            if let fileDiagnostics = byFile[file] {
                cases += fileDiagnostics.map { testCase($0, classname: file, failing: failing) }
            } else {
                cases.append(TestCase(classname: file, name: "no problems", body: nil))
            }
        }
        if cases.isEmpty {
            cases.append(TestCase(classname: context.toolName, name: "all files", body: nil))
        }

        let failures = diagnostics.filter { diagnostic in failing.map { diagnostic.severity >= $0 } ?? false }.count
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(XMLEscaper.attribute(context.toolName))\" \(counts)>\n"
        xml += "  <testsuite name=\"\(XMLEscaper.attribute(context.command))\" \(counts) skipped=\"0\">\n"
        for testCase in cases {
            xml += testCase.xml(indent: "    ")
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private static func testCase(_ diagnostic: Diagnostic, classname: String, failing: Severity?) -> TestCase {
        let name = diagnostic.location.map { "\(diagnostic.code.code) at \($0.line):\($0.column)" }
            ?? diagnostic.code.code
        var details = "\(diagnostic.severity.rawValue)[\(diagnostic.code.code)] \(diagnostic.code.name): "
            + diagnostic.message
        if let location = diagnostic.location {
            details += "\n  --> \(location)"
            if let end = diagnostic.end { details += "-\(end.line):\(end.column)" }
        }
        for note in diagnostic.notes {
            details += "\n  = note: \(note.message)"
            if let location = note.location { details += " (\(location))" }
        }
        let fails = failing.map { diagnostic.severity >= $0 } ?? false
        let body: TestCase.Body = fails
            ? .failure(type: diagnostic.code.code, message: diagnostic.message, details: details)
            : .output(details)
        return TestCase(classname: classname, name: name, body: body)
    }

    private struct TestCase {
        enum Body {
            case failure(type: String, message: String, details: String)
            case output(String)
        }

        var classname: String
        var name: String
        var body: Body?

        func xml(indent: String) -> String {
            let open = "\(indent)<testcase classname=\"\(XMLEscaper.attribute(classname))\" "
                + "name=\"\(XMLEscaper.attribute(name))\""
            switch body {
            case nil:
                return open + "/>\n"
            case .failure(let type, let message, let details)?:
                return open + ">\n"
                    + "\(indent)  <failure type=\"\(XMLEscaper.attribute(type))\" "
                    + "message=\"\(XMLEscaper.attribute(message))\">\(XMLEscaper.text(details))</failure>\n"
                    + "\(indent)</testcase>\n"
            case .output(let details)?:
                return open + ">\n"
                    + "\(indent)  <system-out>\(XMLEscaper.text(details))</system-out>\n"
                    + "\(indent)</testcase>\n"
            }
        }
    }
}

/// Escapes text for XML 1.0 (https://www.w3.org/TR/xml/#syntax): markup characters become
/// entity references, and characters XML 1.0 cannot hold at all are dropped.
enum XMLEscaper {
    /// Escapes character data (element content).
    static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Escapes an attribute value for either quote; tabs and line breaks become character
    /// references, because attribute-value normalization would turn them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            // A literal CR would be read back as LF (end-of-line handling, section 2.11).
            case "\r": escaped += "&#13;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\t" where inAttribute: escaped += "&#9;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
