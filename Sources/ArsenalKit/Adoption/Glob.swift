/// Glob patterns as `.gitignore` and `--include` / `--exclude` write them:
/// `*` any run of characters within one path segment, `?` one such character, `[a-z]`
/// and `[!a-z]` classes, `\` escapes the next character, and `**` as a whole segment any
/// number of segments (`docs/**`, `**/drafts`, `a/**/b`).
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    private let bytes: [UInt8]

    /// A glob.
    public init(_ pattern: String) {
        self.pattern = pattern
        bytes = Array(pattern.utf8)
    }

    /// Whether `path` (segments separated by `/`, no leading `/`) matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        let text = Array(path.utf8)
        return Self.match(bytes[...], text[...])
    }

    private static let slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*")

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        while p < pattern.endIndex {
            let byte = pattern[p]
            if byte == star, p + 1 < pattern.endIndex, pattern[p + 1] == star,
                p == pattern.startIndex || pattern[p - 1] == slash
            {
                // `**`: at the end it takes everything; `**/` takes zero or more whole segments.
                let rest = p + 2
                if rest == pattern.endIndex { return true }
                if pattern[rest] == slash {
                    var start = t
                    while true {
                        if match(pattern[(rest + 1)...], text[start...]) { return true }
                        guard let next = text[start...].firstIndex(of: slash) else { return false }
                        start = next + 1
                    }
                }
            }
            switch byte {
            case star:
                let rest = pattern[(p + 1)...]
                var cut = t
                while true {
                    if match(rest, text[cut...]) { return true }
                    guard cut < text.endIndex, text[cut] != slash else { return false }
                    cut += 1
                }
            case UInt8(ascii: "?"):
                guard t < text.endIndex, text[t] != slash else { return false }
                p += 1
                t += 1
            case UInt8(ascii: "["):
                guard t < text.endIndex, text[t] != slash, let (matched, next) = matchClass(pattern, at: p, text[t]) else {
                    // An unclosed `[` is an ordinary character.
                    if t < text.endIndex, text[t] == byte, classEnd(pattern, at: p) == nil {
                        p += 1
                        t += 1
                        continue
                    }
                    return false
                }
                guard matched else { return false }
                p = next
                t += 1
            case UInt8(ascii: "\\") where p + 1 < pattern.endIndex:
                guard t < text.endIndex, text[t] == pattern[p + 1] else { return false }
                p += 2
                t += 1
            default:
                guard t < text.endIndex, text[t] == byte else { return false }
                p += 1
                t += 1
            }
        }
        return t == text.endIndex
    }

    private static func classEnd(_ pattern: ArraySlice<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        if index < pattern.endIndex, pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^") { index += 1 }
        if index < pattern.endIndex, pattern[index] == UInt8(ascii: "]") { index += 1 }
        while index < pattern.endIndex {
            if pattern[index] == UInt8(ascii: "]") { return index }
            index += 1
        }
        return nil
    }

    /// Whether `byte` is in the class starting at `start`, and the index after the class.
    private static func matchClass(_ pattern: ArraySlice<UInt8>, at start: Int, _ byte: UInt8) -> (Bool, Int)? {
        guard let end = classEnd(pattern, at: start) else { return nil }
        var index = start + 1
        var negated = false
        if pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^") {
            negated = true
            index += 1
        }
        var found = false
        while index < end {
            let low = pattern[index]
            if index + 2 < end, pattern[index + 1] == UInt8(ascii: "-") {
                if low <= byte && byte <= pattern[index + 2] { found = true }
                index += 3
            } else {
                if low == byte { found = true }
                index += 1
            }
        }
        return (found != negated, end + 1)
    }
}
