import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A corpus line that could not be read as an article: where it is and why.
public struct JSONLRecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The corpus file, the line, and the column (in Unicode scalars) of the problem.
    public var location: SourceLocation
    /// What is wrong with the line.
    public var message: String

    /// Creates an error.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Streams the articles of a JSONL corpus: one JSON object per line,
/// `{"id": "a1", "text": "..."}` (other keys are ignored; `id` may be a string or a number
/// and defaults to the line number).
///
/// The file is read in chunks of `chunkSize` bytes and only the line being parsed is held,
/// so memory stays flat whatever the corpus length (a single line is bounded by
/// `DocumentReader.maximumSize`). Each line yields `.success(Document)` whose `path` is
/// `FILE#ID` (`<stdin>#ID` for standard input) and whose locations are lines and columns
/// *within the article's own text* (line 1 is the first line of `text`, not the corpus
/// line; `Document.recordLine` holds the corpus line). A malformed line yields
/// `.failure(JSONLRecordError)` located at `FILE:LINE:COLUMN`, and streaming continues
/// with the next line. Blank lines are skipped. A read error ends the stream after one
/// failure element.
public struct JSONLArticleStream: Sequence, IteratorProtocol {
    public typealias Element = Result<Document, JSONLRecordError>

    /// Bytes read from the file at a time.
    public static let chunkSize = 1 << 20

    private let reader: LineReader
    private let name: String
    private let format: DocumentFormat
    /// Bytes of the lines read so far, line breaks included (for progress reports).
    public private(set) var bytesRead = 0

    /// The size of the corpus when it is a regular file, else nil (a pipe, a terminal).
    public var totalBytes: Int? {
        var info = stat()
        guard reader.fd >= 0, fstat(reader.fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Opens the corpus at `path` (`-` for standard input); each article's text is read in
    /// `format` (plain text by default; `.markdown` or `.html` when the corpus holds markup).
    public init(path: String, format: DocumentFormat = .text) throws(ArticleInputError) {
        if path == DocumentReader.standardInputPath {
            self.init(fileDescriptor: 0, name: "<stdin>", format: format)
            return
        }
        self.init(openedPath: path, format: format)
        guard reader.fd >= 0 else {
            throw .unreadable(path: path, reason: reader.openError ?? "cannot open")
        }
        if reader.isDirectory { throw .unreadable(path: path, reason: "it is a directory") }
    }

    private init(openedPath path: String, format: DocumentFormat) {
        reader = LineReader(path: path)
        name = path
        self.format = format
    }

    /// Streams from an open file descriptor (standard input is 0), named `name` in paths.
    public init(fileDescriptor: Int32, name: String = "<stdin>", format: DocumentFormat = .text) {
        reader = LineReader(fileDescriptor: fileDescriptor, ownsDescriptor: false)
        self.name = name
        self.format = format
    }

    /// Streams from an open file handle (`FileHandle.standardInput` for a pipe), named
    /// `name` in paths. The handle must stay open while the stream is read.
    public init(fileHandle: FileHandle, name: String = "<stdin>", format: DocumentFormat = .text) {
        self.init(fileDescriptor: fileHandle.fileDescriptor, name: name, format: format)
    }

    public mutating func next() -> Element? {
        while true {
            guard let line = reader.nextLine() else { return nil }
            switch line {
            case .failure(let reason, let lineNumber):
                return .failure(JSONLRecordError(location: SourceLocation(file: name, line: lineNumber, column: 1), message: reason))
            case .line(let bytes, let lineNumber):
                bytesRead += bytes.count + 1
                if bytes.allSatisfy({ ByteText.isSpace($0) }) { continue }
                return parse(bytes, lineNumber: lineNumber)
            }
        }
    }

    private func parse(_ bytes: [UInt8], lineNumber: Int) -> Element {
        bytes.withUnsafeBufferPointer { buffer in
            func failure(_ offset: Int, _ message: String) -> Element {
                var column = 1
                for k in 0..<Swift.min(offset, buffer.count) where buffer[k] & 0xC0 != 0x80 { column += 1 }
                return .failure(JSONLRecordError(location: SourceLocation(file: name, line: lineNumber, column: column), message: message))
            }
            if let bad = UTF8Validation.firstInvalidOffset(in: buffer) {
                return failure(bad, "the line is not valid UTF-8")
            }
            var parser = JSONLineParser(bytes: buffer)
            switch parser.parseArticle() {
            case .failure(let error):
                return failure(error.offset, error.message)
            case .success(let (id, text)):
                let articleID = id ?? String(lineNumber)
                let document = DocumentReader.document(
                    path: "\(name)#\(articleID)", text: text, format: format, recordLine: lineNumber)
                return .success(document)
            }
        }
    }
}

/// Reads lines from a file descriptor in fixed-size chunks.
private final class LineReader {
    enum Line {
        case line([UInt8], Int)
        case failure(String, Int)
    }

    let fd: Int32
    private let ownsDescriptor: Bool
    private(set) var openError: String?
    private(set) var isDirectory = false
    private var pending: [UInt8] = []
    private var start = 0
    private var searched = 0
    private var atEnd = false
    private var failed = false
    private var lineNumber = 0
    private var skippingOverlongLine = false

    init(fileDescriptor: Int32, ownsDescriptor: Bool) {
        fd = fileDescriptor
        self.ownsDescriptor = ownsDescriptor
    }

    init(path: String) {
        fd = open(path, O_RDONLY)
        ownsDescriptor = fd >= 0
        if fd < 0 {
            openError = String(cString: strerror(errno))
        } else {
            var info = stat()
            isDirectory = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        }
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    func nextLine() -> Line? {
        while true {
            if let newline = findNewline() {
                let bytes = Array(pending[start..<newline])
                start = newline + 1
                searched = start
                lineNumber += 1
                if skippingOverlongLine {
                    skippingOverlongLine = false
                    continue
                }
                return .line(bytes, lineNumber)
            }
            if pending.count - start > DocumentReader.maximumSize, !skippingOverlongLine {
                skippingOverlongLine = true
                pending.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
                return .failure("the line is longer than \(DocumentReader.maximumSize >> 20) MiB", lineNumber + 1)
            }
            if skippingOverlongLine {
                pending.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if atEnd || failed {
                guard start < pending.count else { return nil }
                let bytes = Array(pending[start...])
                start = pending.count
                lineNumber += 1
                if skippingOverlongLine { return nil }
                return .line(bytes, lineNumber)
            }
            if let error = fill() {
                failed = true
                return .failure("read error: \(error)", lineNumber + 1)
            }
        }
    }

    private func findNewline() -> Int? {
        let end = pending.count
        guard searched < end else { return nil }
        let found: Int? = pending.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let hit = memchr(base + searched, 0x0A, end - searched)
            else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        searched = found ?? end
        return found
    }

    /// Reads one chunk; returns an error description on failure.
    private func fill() -> String? {
        if start > 0 && start >= pending.count / 2 {
            pending.removeSubrange(0..<start)
            searched -= start
            start = 0
        }
        let chunk = JSONLArticleStream.chunkSize
        let oldCount = pending.count
        pending.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let got = pending.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + oldCount, chunk) }
            if got < 0 {
                if errno == EINTR { continue }
                pending.removeSubrange(oldCount...)
                return String(cString: strerror(errno))
            }
            pending.removeSubrange((oldCount + got)...)
            if got == 0 { atEnd = true }
            return nil
        }
    }
}

/// A minimal JSON reader for one corpus line: the `id` and `text` of a top-level object.
struct JSONLineParser {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseArticle() -> Result<(id: String?, text: String), Failure> {
        do {
            var id: String?
            var text: String?
            skipSpace()
            try expect(0x7B, "expected a JSON object {\"id\": ..., \"text\": ...}")
            skipSpace()
            if peek() == 0x7D {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard peek() == 0x22 else { throw Failure(offset: i, message: "expected a key in double quotes") }
                    let key = try string()
                    skipSpace()
                    try expect(0x3A, "expected ':' after the key")
                    skipSpace()
                    switch key {
                    case "id":
                        if peek() == 0x22 {
                            id = try string()
                        } else {
                            let start = i
                            try skipValue()
                            id = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                        }
                    case "text":
                        guard peek() == 0x22 else { throw Failure(offset: i, message: "\"text\" must be a string") }
                        text = try string()
                    default:
                        try skipValue()
                    }
                    skipSpace()
                    if peek() == 0x2C {
                        i += 1
                        continue
                    }
                    try expect(0x7D, "expected ',' or '}'")
                    break
                }
            }
            skipSpace()
            guard i == bytes.count else { throw Failure(offset: i, message: "unexpected text after the JSON object") }
            guard let text else { throw Failure(offset: 0, message: "the object has no \"text\" string") }
            return .success((id, text))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(offset: i, message: "\(error)"))
        }
    }

    func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    mutating func expect(_ byte: UInt8, _ message: String) throws {
        guard peek() == byte else { throw Failure(offset: i, message: message) }
        i += 1
    }

    /// A JSON string at `i` (which holds `"`), decoded.
    mutating func string() throws -> String {
        let open = i
        i += 1
        var out: [UInt8] = []
        var runStart = i
        let base = UnsafeRawPointer(bytes.baseAddress)
        while i < bytes.count {
            // Eight bytes per step past text with no quote, backslash or control character
            // (nearly all of an article).
            if let base {
                while i + 8 <= bytes.count, !ByteText.hasQuoteBackslashOrControl(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                guard i < bytes.count else { break }
            }
            let c = bytes[i]
            if c == 0x22 {
                if out.isEmpty {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c == 0x5C {
                if out.isEmpty { out.reserveCapacity(bytes.count - open) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                guard i + 1 < bytes.count else { break }
                let escape = bytes[i + 1]
                switch escape {
                case 0x22, 0x5C, 0x2F: out.append(escape)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var value = try hex4(at: i + 2)
                    var length = 6
                    if (0xD800...0xDBFF).contains(value), i + 12 <= bytes.count, bytes[i + 6] == 0x5C, bytes[i + 7] == 0x75 {
                        let low = try hex4(at: i + 8)
                        if (0xDC00...0xDFFF).contains(low) {
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                            length = 12
                        }
                    }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    UTF8.encode(scalar) { out.append($0) }
                    i += length
                    runStart = i
                    continue
                default:
                    throw Failure(offset: i, message: "invalid escape in a string")
                }
                i += 2
                runStart = i
                continue
            }
            if c < 0x20 { throw Failure(offset: i, message: "control character in a string (escape it)") }
            i += 1
        }
        throw Failure(offset: open, message: "unterminated string")
    }

    func hex4(at offset: Int) throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw Failure(offset: offset, message: "invalid \\u escape") }
        var value: UInt32 = 0
        for k in offset..<(offset + 4) {
            let c = bytes[k]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            default: throw Failure(offset: offset, message: "invalid \\u escape")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Skips any JSON value.
    mutating func skipValue() throws {
        guard let c = peek() else { throw Failure(offset: i, message: "expected a value") }
        switch c {
        case 0x22:
            _ = try string()
        case 0x7B, 0x5B:
            let close: UInt8 = c == 0x7B ? 0x7D : 0x5D
            i += 1
            skipSpace()
            if peek() == close {
                i += 1
                return
            }
            while true {
                skipSpace()
                if c == 0x7B {
                    guard peek() == 0x22 else { throw Failure(offset: i, message: "expected a key in double quotes") }
                    _ = try string()
                    skipSpace()
                    try expect(0x3A, "expected ':' after the key")
                    skipSpace()
                }
                try skipValue()
                skipSpace()
                if peek() == 0x2C {
                    i += 1
                    continue
                }
                try expect(close, c == 0x7B ? "expected ',' or '}'" : "expected ',' or ']'")
                return
            }
        default:
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                if ByteText.isASCIILetter(b) || ByteText.isDigit(b) || b == 0x2D || b == 0x2B || b == 0x2E { i += 1 } else { break }
            }
            let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard token == "true" || token == "false" || token == "null" || Double(token) != nil else {
                throw Failure(offset: start, message: "expected a JSON value")
            }
        }
    }
}
