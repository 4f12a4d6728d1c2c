import Yams

/// Position helpers over Yams nodes for one file.
struct NodePositions {
    let path: String

    /// Where a node starts.
    func start(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: path, line: 1, column: 1) }
        return SourceLocation(file: path, line: mark.line, column: mark.column)
    }

    /// Where a single-line scalar ends (exclusive); nil for other nodes.
    func end(_ node: Node) -> SourceLocation? {
        guard case .scalar(let scalar) = node, let mark = node.mark else { return nil }
        if scalar.string.contains("\n") { return nil }
        var width = scalar.string.unicodeScalars.count
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: width += 2
        case .plain, .any: break
        default: return nil
        }
        return SourceLocation(file: path, line: mark.line, column: mark.column + max(width, 1))
    }
}

extension Node {
    /// The text of a scalar node.
    var scalarText: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// Whether the scalar was written without quotes (so `true` and `12` are not strings).
    var isPlainScalar: Bool {
        if case .scalar(let scalar) = self { return scalar.style == .plain || scalar.style == .any }
        return false
    }

    /// A human name of the node's YAML type, for "expected X, found Y" messages.
    var typeDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            if isPlainScalar {
                if plainBool != nil { return "a boolean" }
                if plainInt != nil { return "an integer" }
                if scalarText == "" || scalarText == "~" || scalarText == "null" { return "an empty value" }
            }
            return "a string"
        }
    }

    /// A plain scalar read as a YAML boolean.
    var plainBool: Bool? {
        guard isPlainScalar, let text = scalarText else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// A plain scalar read as a decimal integer.
    var plainInt: Int? {
        guard isPlainScalar, let text = scalarText, !text.isEmpty,
            text.utf8.allSatisfy({ (48...57).contains($0) }) || (text.first == "-" && text.dropFirst().utf8.allSatisfy({ (48...57).contains($0) }) && text.count > 1)
        else { return nil }
        return Int(text)
    }

    /// A plain scalar that YAML reads as null (`~`, `null`, or nothing).
    var isNull: Bool {
        guard isPlainScalar, let text = scalarText else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
}
