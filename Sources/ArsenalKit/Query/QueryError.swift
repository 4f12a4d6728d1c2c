/// A query expression that cannot be read or makes no sense, with the span of the token at
/// fault so it can be shown with a caret under it:
///
/// ```
/// max_range > 3 kg
///             ^^^^ max_range is a length, but '3 kg' is a mass
/// ```
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public let message: String
    /// The whole expression.
    public let expression: String
    /// The offending span, in characters from the start of the expression (half-open);
    /// an empty span at the end means "the expression stops too early".
    public let span: Range<Int>

    /// Creates an error.
    public init(_ message: String, in expression: String, at span: Range<Int>) {
        self.message = message
        self.expression = expression
        self.span = span
    }

    /// The message alone.
    public var description: String { message }

    /// 1-based column of the offending token, in characters.
    public var column: Int { span.lowerBound + 1 }

    /// The expression on one line and carets under the offending span, each line indented
    /// by `indent`. Carets line up on a terminal: wide (CJK) characters count twice.
    /// A long expression is cut to a window around the span, marked with `…`.
    public func caretDisplay(indent: String = "  ") -> String {
        var characters = Array(expression.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
        var lower = min(span.lowerBound, characters.count)
        var upper = min(max(span.upperBound, lower), characters.count)
        let context = 60
        if characters.count > 2 * context + 40 {
            let from = max(0, lower - context)
            let to = min(characters.count, max(upper, lower + 40) + context)
            let head: [Character] = from > 0 ? ["…"] : []
            let tail: [Character] = to < characters.count ? ["…"] : []
            upper = min(upper, to) - from + head.count
            lower = lower - from + head.count
            characters = head + characters[from..<to] + tail
        }
        let padding = DisplayWidth.of(String(characters[..<lower]))
        let width = max(1, DisplayWidth.of(String(characters[lower..<upper])))
        return indent + String(characters) + "\n" + indent
            + String(repeating: " ", count: padding) + String(repeating: "^", count: width)
    }
}

/// Terminal display width: East Asian wide and fullwidth characters take two columns,
/// combining marks none.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
