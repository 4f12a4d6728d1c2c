import ArsenalKit
import Foundation

/// Shared helpers for the claims text-layer tests.
enum TextTestSupport {
    /// One scanner for every test: every bundled lexicon, as `arsenal check` uses them.
    static let scanner: QuantityScanner = {
        do {
            return QuantityScanner(lexicons: [try Lexicon.bundled("en"), try Lexicon.bundled("es")])
        } catch {
            fatalError("the bundled lexicons do not load: \(error)")
        }
    }()

    /// The fixture folder of the text layer.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Text")

    /// A number without trailing zeros: 6000, 0.5, 748.638.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.6g", value)
    }

    /// A mention in one line: `[quote] bound low…high unit ±precision flags`.
    static func summary(_ mention: QuantityMention, in text: String) -> String {
        let utf8 = Array(text.utf8)
        func quote(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
        var line = "[\(quote(mention.range))] \(mention.bound.rawValue) "
        line += mention.low == mention.high ? format(mention.value) : "\(format(mention.low))…\(format(mention.high))"
        if let unit = mention.unit { line += " \(unit.dimension.siSymbol)" }
        line += " ±\(format(mention.precision))"
        if mention.isAdjectival { line += " adjectival" }
        if let conversion = mention.conversionRange { line += " conversion=\(quote(conversion))" }
        if mention.scale != 1 { line += " scale=\(format(mention.scale))" }
        if mention.isYearLike { line += " year" }
        return line
    }

    static func summaries(_ text: String) -> [String] {
        scanner.scan(text).map { summary($0, in: text) }
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arsenal-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
