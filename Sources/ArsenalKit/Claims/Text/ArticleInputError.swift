/// Why an article could not be read: a tool error with no position in a data file, one
/// clear message per case (`arsenal check` prints it on one line and exits with 2).
public enum ArticleInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read (missing, a directory, no permission).
    case unreadable(path: String, reason: String)
    /// The file holds NUL bytes in its first 8 KiB, so it is not text.
    case binary(path: String)
    /// The file is not valid UTF-8; `line` and `column` locate the first bad byte
    /// (1-based, the column counts the Unicode scalars before it on its line).
    case invalidUTF8(path: String, line: Int, column: Int)
    /// The file holds no text (no bytes, or only whitespace).
    case empty(path: String)
    /// The file is larger than `DocumentReader.maximumSize`.
    case tooLarge(path: String, size: Int, limit: Int)

    /// The path the error is about, as the user named it.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .binary(let path), .invalidUTF8(let path, _, _), .empty(let path),
             .tooLarge(let path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .binary(let path):
            "\(path) is not a text file (it contains NUL bytes); arsenal check reads plain text, Markdown, HTML and JSONL"
        case .invalidUTF8(let path, let line, let column):
            "\(path):\(line):\(column): the file is not valid UTF-8 from here on; convert it to UTF-8 first"
        case .empty(let path):
            "\(path) is empty: there is no text to check"
        case .tooLarge(let path, let size, let limit):
            "\(path) is \(size / (1 << 20)) MiB, more than the \(limit / (1 << 20)) MiB an article may have; split it, or pass a corpus as JSONL"
        }
    }
}
