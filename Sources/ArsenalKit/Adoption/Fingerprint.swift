/// Stable fingerprints of findings and diagnostics: what a baseline stores and what SARIF
/// `partialFingerprints` carries, so a finding is recognised across commits and edits
/// elsewhere in its file. A fingerprint never includes a line or column number.
public enum Fingerprint {
    /// The `partialFingerprints` key in SARIF results (versioned: a change of recipe is a new key).
    public static let sarifKey = "arsenalFingerprint/v1"

    /// The text with every run of whitespace (spaces, tabs, line breaks) as one space,
    /// trimmed and lowercased: re-wrapping or re-indenting a paragraph keeps the fingerprint.
    public static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out).lowercased()
    }

    /// 16 hex digits of the 64-bit FNV-1a hash of the parts' UTF-8, each part ended by a
    /// unit separator (0x1F) so that `["ab", "c"]` and `["a", "bc"]` differ.
    public static func hash(_ parts: [String]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
            value ^= 0x1F
            value = value &* 0x0000_0100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension Finding {
    /// The finding's fingerprint: rule, attribute, system (or the name as written when the
    /// system is unknown) and the normalised quote.
    public var fingerprint: String {
        Fingerprint.hash([rule.code, claim.attribute.rawValue, claim.systemID, Fingerprint.normalized(quote)])
    }
}

extension Diagnostic {
    /// The diagnostic's fingerprint: its code, its message and the normalised text of the
    /// line it points at (`lineText`), so a problem keeps its identity when lines are added
    /// above it. Digits in the message are dropped, because messages may cite line numbers.
    public func contentFingerprint(lineText: String?) -> String {
        let message = String(String.UnicodeScalarView(message.unicodeScalars.filter { !("0"..."9").contains($0) }))
        return Fingerprint.hash([code.code, Fingerprint.normalized(message), Fingerprint.normalized(lineText ?? "")])
    }
}
