import ArsenalKit
import Foundation

/// `arsenal-bench claims LANG`: reads one passage per line on stdin and prints the claims
/// the LANG pack yields for it, as `Claim.summary` writes them, in the shape of a pack's
/// `examples.yaml` entry. A `\n` written in a line stands for a line break of the passage
/// ("Igla-S\nRange | 6 km"). A tool for writing examples: every printed line must be checked
/// by a person before it becomes an example.
func runClaimsTool(arguments: [String]) {
    guard let language = arguments.first else {
        FileHandle.standardError.write(Data("usage: arsenal-bench claims LANG < passages.txt\n".utf8))
        exit(2)
    }
    let extractor: ClaimExtractor
    do {
        extractor = ClaimExtractor(catalog: CatalogLoader.bundledCatalog, lexicons: [try Lexicon.bundled(language)])
    } catch {
        FileHandle.standardError.write(Data("arsenal-bench: \(error)\n".utf8))
        exit(2)
    }
    while let line = readLine() {
        let text = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\n", with: "\n")
        guard !text.isEmpty, !text.hasPrefix("#") else { continue }
        let claims = extractor.claims(in: Document(path: "example.txt", text: text)).map(\.summary)
        let quoted = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        print("  - text: \"\(quoted)\"")
        print("    claims: [\(claims.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ", "))]")
    }
}
