import ArsenalKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("JSONLArticleStream")
struct TextJSONLArticleStreamTests {
    static let corpus = TextTestSupport.fixtures.appendingPathComponent("jsonl-corpus/corpus.jsonl").path

    @Test("Each line yields an article or a located error, and streaming goes on")
    func fixtureCorpus() throws {
        let results = Array(try JSONLArticleStream(path: Self.corpus))
        #expect(results.count == 5)

        let first = try results[0].get()
        #expect(first.path == "\(Self.corpus)#a1")
        #expect(first.recordLine == 1)
        #expect(first.text == "The Igla-S reaches up to 6 km.\nIts ceiling is 3,500 m.")
        let mentions = TextTestSupport.scanner.scan(first)
        #expect(mentions.count == 2)
        // Locations are lines of the article's own text.
        #expect(first.location(ofUTF8Offset: mentions[1].range.lowerBound) == SourceLocation(file: "\(Self.corpus)#a1", line: 2, column: 16))

        let second = try results[1].get()
        #expect(second.path == "\(Self.corpus)#2")
        #expect(TextTestSupport.scanner.scan(second).first?.value == 19.7)

        guard case .failure(let error) = results[2] else {
            Issue.record("the unterminated line must fail")
            return
        }
        #expect(error.location.line == 4)
        #expect(error.location.column == 26)
        #expect(error.description == "\(Self.corpus):4:26: unterminated string")

        let noID = try results[3].get()
        #expect(noID.path == "\(Self.corpus)#5")

        let escapes = try results[4].get()
        #expect(escapes.text == "Escapes: \"quoted\" é 🚀 and 4\u{00A0}km.")
        #expect(TextTestSupport.scanner.scan(escapes).map(\.textValue) == ["4"])
    }

    /// The string reader skips eight plain bytes per step: an escape, a quote or a raw
    /// control character must be seen at every offset and in every tail length.
    @Test("Strings decode right with an escape at every offset, and a raw control character fails where it is")
    func escapesAtEveryOffset() throws {
        let specials = ["\"", "\\", "\n", "é", "\u{1F680}", "\u{01}", "/"]
        var texts: [String] = []
        for length in 0...20 {
            for position in 0...length {
                for special in specials {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                    texts.append(text)
                }
            }
        }
        let encoder = JSONEncoder()
        var lines: [String] = []
        for (n, text) in texts.enumerated() {
            let encoded = String(decoding: try encoder.encode(text), as: UTF8.self)
            lines.append("{\"id\":\"\(n)\",\"text\":\(encoded)}")
        }
        // A raw tab (a control character JSON requires escaped) after nine plain bytes.
        lines.append("{\"text\":\"abcdefghi\tj\"}")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-offsets-\(getpid()).jsonl").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let results = Array(try JSONLArticleStream(path: path))
        #expect(results.count == texts.count + 1)
        for (text, result) in zip(texts, results) {
            #expect(try result.get().text == text)
        }
        guard case .failure(let error) = results.last else {
            Issue.record("a raw tab in a string must fail")
            return
        }
        #expect(error.location.column == 19)
        #expect(error.description.hasSuffix("control character in a string (escape it)"))
    }

    @Test("Standard input is read through its file descriptor")
    func fileDescriptor() throws {
        let fd = open(Self.corpus, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        let documents = JSONLArticleStream(fileDescriptor: fd).compactMap { try? $0.get() }
        #expect(documents.map(\.path) == ["<stdin>#a1", "<stdin>#2", "<stdin>#5", "<stdin>#a3"])
    }

    @Test("A FileHandle streams like its descriptor")
    func fileHandle() throws {
        let handle = try #require(FileHandle(forReadingAtPath: Self.corpus))
        defer { try? handle.close() }
        let paths = JSONLArticleStream(fileHandle: handle, name: "pipe").compactMap { try? $0.get().path }
        #expect(paths == ["pipe#a1", "pipe#2", "pipe#5", "pipe#a3"])
    }

    @Test("Malformed lines are located", arguments: [
        ("not json", 1, "expected a JSON object {\"id\": ..., \"text\": ...}"),
        ("{\"id\": 1}", 1, "the object has no \"text\" string"),
        ("{\"id\": 1, \"text\": 5}", 19, "\"text\" must be a string"),
        ("{\"id\": 1, \"text\": \"a\" x}", 23, "expected ',' or '}'"),
        ("{\"text\": \"a\\qb\"}", 12, "invalid escape in a string"),
        ("{\"text\": \"a\"} trailing", 15, "unexpected text after the JSON object"),
    ])
    func malformed(line: String, column: Int, message: String) throws {
        let folder = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("c.jsonl").path
        try Data((line + "\n{\"id\": \"ok\", \"text\": \"6 km\"}\n").utf8).write(to: URL(fileURLWithPath: path))
        let results = Array(try JSONLArticleStream(path: path))
        #expect(results.count == 2)
        guard case .failure(let error) = results[0] else {
            Issue.record("line 1 must fail")
            return
        }
        #expect(error.location == SourceLocation(file: path, line: 1, column: column))
        #expect(error.message == message)
        #expect((try? results[1].get())?.path == "\(path)#ok")
    }

    @Test("A corpus larger than the read chunk streams every line, the last without a newline")
    func manyChunks() throws {
        let folder = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.jsonl").path
        let count = 30_000
        var corpus = ""
        for k in 0..<count {
            corpus += "{\"id\": \"n\(k)\", \"text\": \"Article \(k) says the range is up to \(k % 9 + 1) km.\"}"
            if k < count - 1 { corpus += "\n" }
        }
        #expect(corpus.utf8.count > JSONLArticleStream.chunkSize)
        try Data(corpus.utf8).write(to: URL(fileURLWithPath: path))
        var seen = 0
        var figures = 0
        for result in try JSONLArticleStream(path: path) {
            let document = try result.get()
            #expect(document.path == "\(path)#n\(seen)")
            figures += TextTestSupport.scanner.scan(document).filter { $0.unit == .kilometers }.count
            seen += 1
        }
        #expect(seen == count)
        #expect(figures == count)
    }

    @Test("Articles may be Markdown or HTML")
    func markupArticles() throws {
        let folder = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("h.jsonl").path
        try Data("{\"id\": \"h\", \"text\": \"<p>up&nbsp;to 6 km</p>\"}\n".utf8).write(to: URL(fileURLWithPath: path))
        var stream = try JSONLArticleStream(path: path, format: .html)
        let document = try #require(try stream.next()?.get())
        #expect(document.text.contains("up\u{00A0}to 6 km"))
        #expect(TextTestSupport.scanner.scan(document).first?.bound == .upTo)
    }

    @Test("A missing corpus is unreadable")
    func missing() {
        #expect(throws: ArticleInputError.unreadable(path: "/nonexistent.jsonl", reason: "No such file or directory")) {
            try JSONLArticleStream(path: "/nonexistent.jsonl")
        }
    }
}
