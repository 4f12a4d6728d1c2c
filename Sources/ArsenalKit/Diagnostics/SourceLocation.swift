/// A position in a file: 1-based line and column, columns counted in Unicode scalars.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file path as the user named it (relative paths stay relative).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and CI systems link.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A half-open range of text in one file: from `start` up to (not including) `end`.
public struct SourceSpan: Hashable, Sendable, Codable {
    /// The first character of the span.
    public var start: SourceLocation
    /// The position just past the last character (same file as `start`).
    public var end: SourceLocation

    /// Creates a span; `end` defaults to one character after `start`.
    public init(start: SourceLocation, end: SourceLocation? = nil) {
        self.start = start
        self.end = end ?? SourceLocation(file: start.file, line: start.line, column: start.column + 1)
    }
}
