import ArsenalKit
import Foundation
import Testing

@Suite("Report context")
struct ReportingContextTests {
    @Test func fileReaderResolvesRelativePaths() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("arsenal-reporting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("id: a\nkind: manpads\n".utf8).write(to: directory.appendingPathComponent("a.yaml"))

        let read = ReportContext.fileReader(relativeTo: directory.path)
        #expect(read("a.yaml") == "id: a\nkind: manpads\n")
        #expect(read(directory.appendingPathComponent("a.yaml").path) == "id: a\nkind: manpads\n")
        #expect(read("missing.yaml") == nil)
    }
}
