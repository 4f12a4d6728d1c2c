import Yams

/// One example of a language pack (`Lexicons/<lang>/examples.yaml`): a passage and the
/// claims it must yield, each written as `Claim.summary` prints it; an empty list means
/// the passage must yield no claim. One test runs every pack's examples.
public struct PackExample: Sendable, Hashable {
    /// The passage.
    public var text: String
    /// The claims, as `Claim.summary` strings, in text order.
    public var claims: [String]
    /// Where the example is written.
    public var location: SourceLocation

    /// Creates an example.
    public init(text: String, claims: [String], location: SourceLocation) {
        self.text = text
        self.claims = claims
        self.location = location
    }
}

extension Lexicon {
    /// The examples of the bundled pack of `language` (empty when it has none).
    public static func bundledExamples(_ language: String) throws(LexiconError) -> [PackExample] {
        let path = "Lexicons/\(language)/examples.yaml"
        guard let file = embeddedResourceFiles.first(where: { $0.path == path }) else { return [] }
        return try examples(yaml: file.text, path: path)
    }

    /// Parses an examples file: `examples:` holds a list of `{text, claims}`; unknown keys
    /// and a passage written twice are located errors.
    public static func examples(yaml: String, path: String) throws(LexiconError) -> [PackExample] {
        do {
            guard let root = try Yams.compose(yaml: yaml) else { return [] }
            let reader = LexiconReader(path: path)
            let top = try reader.fields(root, "an examples file", allowed: ["examples"])
            guard let list = top["examples"] else { return [] }
            guard case .sequence(let items) = list else { throw reader.fail(list, "examples must be a list") }
            var seen: Set<String> = []
            return try items.map { item in
                let fields = try reader.fields(item, "an example", allowed: ["text", "claims"])
                guard let textNode = fields["text"] else { throw reader.fail(item, "an example needs 'text'") }
                let text = try reader.string(textNode, "text")
                guard seen.insert(text).inserted else { throw reader.fail(textNode, "this example's text is written twice") }
                guard let claimsNode = fields["claims"] else {
                    throw reader.fail(item, "an example needs 'claims' (an empty list when it must yield none)")
                }
                let claims: [String]
                if case .sequence(let sequence) = claimsNode {
                    claims = try sequence.map { try reader.string($0, "a claim") }
                } else {
                    throw reader.fail(claimsNode, "claims must be a list")
                }
                return PackExample(text: text, claims: claims, location: reader.location(item))
            }
        } catch let error as LexiconError {
            throw error
        } catch let error as YamlError {
            throw .invalid(LexiconReader.location(of: error, path: path), "malformed YAML: \(LexiconReader.problem(of: error))")
        } catch {
            throw .invalid(SourceLocation(file: path, line: 1, column: 1), "\(error)")
        }
    }
}
