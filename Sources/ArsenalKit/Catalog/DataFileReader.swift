import Foundation
import Yams

/// The limits the loader enforces before YAML parsing starts.
public struct LoaderLimits: Sendable {
    /// Largest data file accepted, in bytes. A real system file is a few kilobytes.
    public var maxFileBytes: Int
    /// Most YAML nodes a document may expand to (counting aliases at every use): stops
    /// "billion laughs" alias bombs in microseconds.
    public var maxNodes: Int

    /// The defaults: 1 MiB and 100,000 nodes.
    public static let `default` = LoaderLimits(maxFileBytes: 1 << 20, maxNodes: 100_000)

    /// Creates limits.
    public init(maxFileBytes: Int, maxNodes: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxNodes = maxNodes
    }
}

/// A data file that passed the byte-level checks and parsed as one YAML document.
struct ParsedDataFile {
    var path: String
    var text: String
    var root: Node
}

/// Reads a data file's bytes into one YAML root node, turning every way it can fail into a
/// located diagnostic.
enum DataFileReader {
    /// Parses `bytes` from `path`; returns nil (with diagnostics) when the file is unusable.
    static func parse(
        bytes: [UInt8], path: String, size: Int? = nil, limits: LoaderLimits, diagnostics: inout [Diagnostic]
    ) -> ParsedDataFile? {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if bytes.count > limits.maxFileBytes {
            diagnostics.append(FileTooLargeRule.diagnostic(
                FileTooLargeRule.message(bytes: max(size ?? 0, bytes.count), limit: limits.maxFileBytes), at: start))
            return nil
        }
        if bytes.prefix(8192).contains(0) {
            diagnostics.append(BinaryFileRule.diagnostic(BinaryFileRule.message, at: start))
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(InvalidUTF8Rule.diagnostic(
                InvalidUTF8Rule.message, at: firstInvalidUTF8Location(bytes, path: path)))
            return nil
        }
        if text.allSatisfy({ $0.isWhitespace }) || !hasContent(text) {
            diagnostics.append(EmptyFileRule.diagnostic(EmptyFileRule.message, at: start))
            return nil
        }
        let root: Node
        do {
            // The basic resolver tags every scalar as a string without running Yams's regular
            // expressions (the decoder reads booleans and numbers itself); that makes
            // parsing several times faster. UTF-8 is stated so Yams skips its environment lookup.
            let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            guard let first = try parser.nextRoot() else {
                diagnostics.append(EmptyFileRule.diagnostic(EmptyFileRule.message, at: start))
                return nil
            }
            if let second = try parser.nextRoot() {
                let at = second.mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) } ?? start
                diagnostics.append(MultipleDocumentsRule.diagnostic(MultipleDocumentsRule.message, at: at))
                return nil
            }
            root = first
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping = error {
                diagnostics += duplicateKeyDiagnostics(text, path: path)
            } else {
                diagnostics.append(yamlErrorDiagnostic(error, path: path, text: text))
            }
            return nil
        } catch {
            diagnostics.append(YAMLSyntaxRule.diagnostic(YAMLSyntaxRule.message("\(error)"), at: start))
            return nil
        }
        var budget = limits.maxNodes
        if !withinBudget(root, &budget) {
            diagnostics.append(AliasExpansionRule.diagnostic(
                AliasExpansionRule.message(limit: limits.maxNodes), at: start))
            return nil
        }
        guard case .mapping = root else {
            let at = root.mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) } ?? start
            diagnostics.append(RootNotMappingRule.diagnostic(RootNotMappingRule.message(root), at: at))
            return nil
        }
        return ParsedDataFile(path: path, text: text, root: root)
    }

    /// True when the text holds anything but whitespace, comments and document markers.
    private static func hasContent(_ text: String) -> Bool {
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let content = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            guard let first = content.first, first != UInt8(ascii: "#") else { continue }
            let trimmed = content.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }
            if trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8), trimmed.count == content.count { continue }
            return true
        }
        return false
    }

    /// Counts nodes, aliases included at every use, stopping as soon as the budget is spent.
    private static func withinBudget(_ node: Node, _ budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            for child in sequence where !withinBudget(child, &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                if !withinBudget(key, &budget) || !withinBudget(value, &budget) { return false }
            }
            return true
        }
    }

    /// Every duplicated key of the file, not only the first mapping's: Yams stops at the
    /// first mapping with duplicates and names its first duplicated key's first use, so
    /// that use is renamed in a copy of the text (to private-use characters of the same
    /// length, which no key uses, so positions stay) and the copy parsed again, up to 100
    /// times. A key that cannot be renamed in place (quoted over several lines, a complex
    /// key) ends the search with what was found.
    static func duplicateKeyDiagnostics(_ text: String, path: String) -> [Diagnostic] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var found: [Diagnostic] = []
        var renamed = 0
        for _ in 0..<100 {
            let copy = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
            do {
                let parser = try Parser(yaml: copy, resolver: .basic, encoding: .utf8)
                while try parser.nextRoot() != nil {}
                break
            } catch let YamlError.duplicatedKeysInMapping(keys, context) {
                guard let key = keys.first else { break }
                let line = max(1, context.mark.line), column = max(1, context.mark.column)
                let at = SourceLocation(file: path, line: line, column: column)
                found.append(DuplicateKeyRule.diagnostic(DuplicateKeyRule.message([key]), at: at))
                guard lines.indices.contains(line - 1) else { break }
                var start = column - 1
                let scalars = lines[line - 1]
                if start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" { start += 1 }
                let keyScalars = Array(key.unicodeScalars)
                guard start + keyScalars.count <= scalars.count,
                    Array(scalars[start..<(start + keyScalars.count)]) == keyScalars
                else { break }
                for offset in 0..<keyScalars.count {
                    renamed += 1
                    lines[line - 1][start + offset] = Unicode.Scalar(0xE000 + UInt32((renamed * 7 + offset) % 6000))!
                }
            } catch {
                break
            }
        }
        return found.isEmpty ? [DuplicateKeyRule.diagnostic(DuplicateKeyRule.message([]), at: SourceLocation(file: path, line: 1, column: 1))] : found
    }

    private static func yamlErrorDiagnostic(_ error: YamlError, path: String, text: String) -> Diagnostic {
        func location(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var notes: [DiagnosticNote] = []
            if let context, !context.text.isEmpty {
                notes.append(DiagnosticNote(context.text, at: location(context.mark)))
            }
            return YAMLSyntaxRule.diagnostic(YAMLSyntaxRule.message(problem), at: location(mark), notes: notes)
        case let .duplicatedKeysInMapping(duplicates, context):
            return DuplicateKeyRule.diagnostic(
                DuplicateKeyRule.message(duplicates), at: location(context.mark))
        case let .reader(problem, offset, _, _):
            let at = offset.map { offsetLocation($0, in: text, path: path) }
                ?? SourceLocation(file: path, line: 1, column: 1)
            return YAMLSyntaxRule.diagnostic(YAMLSyntaxRule.message(problem), at: at)
        default:
            return YAMLSyntaxRule.diagnostic(
                YAMLSyntaxRule.message("\(error)"), at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    /// The line and column of a UTF-8 byte offset.
    static func offsetLocation(_ offset: Int, in text: String, path: String) -> SourceLocation {
        var line = 1, column = 1, consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The position of the first byte that breaks UTF-8, counting the valid scalars before it.
    static func firstInvalidUTF8Location(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                break loop
            }
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
