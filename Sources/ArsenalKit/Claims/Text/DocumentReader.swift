#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads article files into `Document`s.
///
/// Size policy: an article may have up to `maximumSize` bytes (1 GiB). The whole file is
/// read into memory once; plain text is used in place (the `Document` text is the file),
/// Markdown and HTML keep the original bytes beside the converted text plus an offset map
/// that grows with the number of edits, not the size. So memory stays within about 2–3×
/// the input, every pass is linear, and a 100 MB file on one line is read like any other.
/// Bigger inputs are refused with `ArticleInputError.tooLarge`; a corpus of many articles
/// belongs in a JSONL file read with `JSONLArticleStream`, which holds one line at a time.
public enum DocumentReader {
    /// The largest article accepted, in bytes.
    public static let maximumSize = 1 << 30
    /// How much of the head of a file is searched for NUL bytes to tell binary files apart.
    public static let binaryProbeLength = 8192
    /// The path that names standard input.
    public static let standardInputPath = "-"

    /// Reads the file at `path` (`-` reads standard input, reported as `<stdin>`) in
    /// `format`, or the format its extension implies.
    public static func read(contentsOf path: String, format: DocumentFormat? = nil) throws(ArticleInputError) -> Document {
        let isStandardInput = path == standardInputPath
        let displayPath = isStandardInput ? "<stdin>" : path
        let format = format ?? DocumentFormat(path: path)
        if !isStandardInput, format == .text {
            return Document(path: path, text: try readTextFile(path))
        }
        let bytes = isStandardInput
            ? try readAll(fileDescriptor: 0, path: displayPath)
            : try readFile(path)
        return try document(path: displayPath, bytes: bytes, format: format)
    }

    /// Reads a plain-text file straight into a String's storage (one copy of the bytes),
    /// checking it on the way.
    private static func readTextFile(_ path: String) throws(ArticleInputError) -> String {
        let (fd, size) = try open(path)
        defer { close(fd) }
        var failure: ArticleInputError?
        // Room for one byte more than the size, to notice a file that grew meanwhile.
        let text = String(unsafeUninitializedCapacity: max(size + 1, 1)) { buffer in
            var count = 0
            while count < buffer.count {
                let got = systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(path: path, reason: errorReason())
                    return 0
                }
                if got == 0 { break }
                count += got
            }
            if count > size {
                failure = .unreadable(path: path, reason: "the file changed while it was read")
                return 0
            }
            do throws(ArticleInputError) {
                try check(UnsafeBufferPointer(rebasing: buffer[..<count]), path: path)
            } catch {
                failure = error
                return 0
            }
            if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                let base = buffer.baseAddress!
                (base).update(from: base + 3, count: count - 3)
                return count - 3
            }
            return count
        }
        if let failure { throw failure }
        return text
    }

    /// Opens a regular file for reading: its descriptor and size.
    private static func open(_ path: String) throws(ArticleInputError) -> (Int32, Int) {
        let fd = systemOpen(path)
        guard fd >= 0 else { throw .unreadable(path: path, reason: errorReason()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = errorReason()
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .unreadable(path: path, reason: "it is a directory")
        }
        let size = Int(info.st_size)
        if size > maximumSize {
            close(fd)
            throw .tooLarge(path: path, size: size, limit: maximumSize)
        }
        return (fd, size)
    }

    /// Makes a document from bytes already in memory; `path` is only used in locations and
    /// errors.
    public static func document(path: String, bytes: [UInt8], format: DocumentFormat) throws(ArticleInputError) -> Document {
        guard bytes.count <= maximumSize else { throw .tooLarge(path: path, size: bytes.count, limit: maximumSize) }
        try bytes.withUnsafeBufferPointer { (buffer) throws(ArticleInputError) in
            try check(buffer, path: path)
        }
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        switch format {
        case .text:
            let text = bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[bomLength...]), as: UTF8.self)
            }
            return Document(path: path, text: text)
        case .markdown:
            let converted = bytes.withUnsafeBufferPointer { MarkdownText.convert($0, from: bomLength) }
            return makeDocument(path: path, format: format, original: bytes, converted: converted)
        case .html:
            let converted = bytes.withUnsafeBufferPointer { HTMLText.convert($0, from: bomLength) }
            return makeDocument(path: path, format: format, original: bytes, converted: converted)
        }
    }

    /// Makes a document from a string already in memory (no binary or UTF-8 checks needed).
    public static func document(path: String, text: String, format: DocumentFormat, recordLine: Int? = nil) -> Document {
        switch format {
        case .text:
            return Document(path: path, text: text, recordLine: recordLine)
        case .markdown, .html:
            let original = Array(text.utf8)
            let converted = original.withUnsafeBufferPointer {
                format == .markdown ? MarkdownText.convert($0, from: 0) : HTMLText.convert($0, from: 0)
            }
            return makeDocument(path: path, format: format, original: original, converted: converted, recordLine: recordLine)
        }
    }

    private static func makeDocument(
        path: String, format: DocumentFormat, original: [UInt8], converted: ConvertedText, recordLine: Int? = nil
    ) -> Document {
        let text = String(decoding: converted.builder.bytes, as: UTF8.self)
        let lineIndex = original.withUnsafeBufferPointer { LineIndex($0) }
        let directives = converted.directives.map { raw in
            let (line, column) = original.withUnsafeBufferPointer { lineIndex.lineAndColumn(of: raw.originalOffset, in: $0) }
            return DocumentDirective(
                text: raw.text,
                range: converted.builder.bytes.withUnsafeBufferPointer {
                    DirectiveScope.range(for: raw.plainOffset, standalone: raw.isStandalone, in: $0)
                },
                offset: raw.plainOffset,
                location: SourceLocation(file: path, line: line, column: column),
                isStandalone: raw.isStandalone)
        }
        return Document(
            path: path, format: format, text: text, directives: directives, recordLine: recordLine,
            original: original, offsetMap: converted.builder.map, lineIndex: lineIndex)
    }

    /// Rejects binary, badly encoded and empty input.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(ArticleInputError) {
        let probe = min(bytes.count, binaryProbeLength)
        var i = 0
        while i < probe {
            if bytes[i] == 0 { throw .binary(path: path) }
            i += 1
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            let (line, column) = LineIndex(UnsafeBufferPointer(rebasing: bytes[..<bad])).lineAndColumn(
                of: bad, in: UnsafeBufferPointer(rebasing: bytes[..<bad]))
            throw .invalidUTF8(path: path, line: line, column: column)
        }
        var hasText = false
        i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let b = bytes[i]
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C {
                hasText = true
                break
            }
            i += 1
        }
        if !hasText { throw .empty(path: path) }
    }

    private static func errorReason() -> String {
        String(cString: strerror(errno))
    }

    private static func readFile(_ path: String) throws(ArticleInputError) -> [UInt8] {
        let (fd, size) = try open(path)
        defer { close(fd) }
        return try readAll(fileDescriptor: fd, path: path, expectedSize: size)
    }

    /// Reads until end of file. Refuses more than `maximumSize` bytes.
    static func readAll(fileDescriptor fd: Int32, path: String, expectedSize: Int = 0) throws(ArticleInputError) -> [UInt8] {
        var capacity = max(expectedSize + 1, 1 << 16)
        var bytes: [UInt8] = []
        var count = 0
        while true {
            if count == bytes.count {
                if count > maximumSize { throw .tooLarge(path: path, size: count, limit: maximumSize) }
                // Grow without zero-filling: the read fills what is kept.
                let old = bytes
                let newCapacity = max(capacity, count * 2)
                bytes = [UInt8](unsafeUninitializedCapacity: newCapacity) { buffer, initialized in
                    if count > 0 {
                        old.withUnsafeBufferPointer { buffer.baseAddress!.update(from: $0.baseAddress!, count: count) }
                    }
                    initialized = newCapacity
                }
                capacity = newCapacity
            }
            let room = bytes.count - count
            let got = bytes.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + count, room)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: errorReason())
            }
            if got == 0 { break }
            count += got
        }
        if count > maximumSize { throw .tooLarge(path: path, size: count, limit: maximumSize) }
        bytes.removeSubrange(count...)
        return bytes
    }
}

/// The C library's `read`, under a name no method shadows.
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// The C library's `open` for reading, under a name no method shadows.
func systemOpen(_ path: String) -> Int32 {
    open(path, O_RDONLY)
}

/// Where a directive applies, in plain-text offsets.
enum DirectiveScope {
    static func range(for offset: Int, standalone: Bool, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let n = bytes.count
        let offset = min(offset, n)
        if standalone {
            var start = offset
            while start < n, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 || bytes[start] == 0x0D {
                start += 1
            }
            var end = start
            while end < n {
                if bytes[end] == 0x0A {
                    var j = end + 1
                    while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                    if j >= n || bytes[j] == 0x0A { break }
                }
                end += 1
            }
            return start..<end
        }
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var end = offset
        while end < n, bytes[end] != 0x0A { end += 1 }
        return start..<end
    }
}

/// UTF-8 validation that reports where the first bad byte is.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a well-formed UTF-8
    /// sequence (overlong forms, surrogates and values above U+10FFFF are invalid).
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        guard let base = bytes.baseAddress else { return nil }
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            func continuation(_ k: Int) -> UInt8? {
                guard i + k < n else { return nil }
                let c = bytes[i + k]
                return c & 0xC0 == 0x80 ? c : nil
            }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(1) != nil else { return i }
                i += 2
            case 0xE0...0xEF:
                guard let c1 = continuation(1) else { return i }
                if b0 == 0xE0 && c1 < 0xA0 { return i }
                if b0 == 0xED && c1 > 0x9F { return i }
                guard continuation(2) != nil else { return i }
                i += 3
            case 0xF0...0xF4:
                guard let c1 = continuation(1) else { return i }
                if b0 == 0xF0 && c1 < 0x90 { return i }
                if b0 == 0xF4 && c1 > 0x8F { return i }
                guard continuation(2) != nil, continuation(3) != nil else { return i }
                i += 4
            default:
                return i
            }
        }
        return nil
    }
}

/// What a format converter returns: the plain text with its map, and raw directives.
struct ConvertedText {
    struct RawDirective {
        var text: String
        var plainOffset: Int
        var originalOffset: Int
        var isStandalone: Bool
    }

    var builder: PlainTextBuilder
    var directives: [RawDirective]
}
