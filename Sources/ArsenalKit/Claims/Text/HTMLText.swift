/// Converts HTML to plain text in one pass over its bytes.
///
/// Keeps text content only: tags and comments are removed, `<script>`, `<style>`,
/// `<noscript>` and `<template>` are removed with their content, character references are
/// decoded (every byte of a decoded reference maps to its `&`), and block elements (p, br,
/// div, li, headings, tr, table, section, ...) become a blank line so that the text of two
/// blocks never runs into one sentence. Table cells become tabs. Whitespace inside text is
/// kept as written (HTML would collapse it; the scanner treats it as spacing anyway).
enum HTMLText {
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template"]
    static let blockElements: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "nav", "aside", "main",
        "blockquote", "pre", "hr", "figure", "figcaption", "title", "address", "form", "fieldset", "legend",
        "details", "summary", "body", "html", "head", "option", "center",
    ]
    static let cellElements: Set<String> = ["td", "th"]

    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ConvertedText {
        var out = PlainTextBuilder(reservingCapacity: bytes.count)
        var directives: [ConvertedText.RawDirective] = []
        let n = bytes.count
        var i = start
        var runStart = start
        while i < n {
            let b = bytes[i]
            if b != 0x3C && b != 0x26 {  // neither < nor &
                i += 1
                continue
            }
            out.copy(bytes, runStart..<i)
            if b == 0x26 {
                if let (scalars, length) = CharacterReference.decode(bytes, at: i) {
                    var encoded: [UInt8] = []
                    for scalar in scalars { UTF8.encode(scalar) { encoded.append($0) } }
                    out.replace(encoded, originalStart: i, originalLength: length)
                    i += length
                } else {
                    out.copy(bytes, i..<(i + 1))
                    i += 1
                }
                runStart = i
                continue
            }
            // b == "<"
            if ByteText.hasPrefix(bytes, at: i, "<!--") {
                let bodyStart = i + 4
                let close = ByteText.find(bytes, "-->", from: bodyStart) ?? n
                let end = min(n, close + 3)
                if let directive = Directive.make(bytes, body: bodyStart..<close, comment: i..<end, plainOffset: out.count) {
                    directives.append(directive)
                }
                i = end
                runStart = i
                continue
            }
            if i + 1 < n, bytes[i + 1] == 0x21 || bytes[i + 1] == 0x3F {  // <! or <?
                if ByteText.hasPrefixIgnoringCase(bytes, at: i, "<![CDATA[") {
                    let close = ByteText.find(bytes, "]]>", from: i + 9) ?? n
                    out.copy(bytes, (i + 9)..<close)
                    i = min(n, close + 3)
                } else {
                    i = (ByteText.find(bytes, ">", from: i) ?? (n - 1)) + 1
                }
                runStart = i
                continue
            }
            var j = i + 1
            let isClosing = j < n && bytes[j] == 0x2F
            if isClosing { j += 1 }
            guard j < n, ByteText.isASCIILetter(bytes[j]) else {
                // A lone "<" is text ("<6 km").
                out.copy(bytes, i..<(i + 1))
                i += 1
                runStart = i
                continue
            }
            let nameStart = j
            while j < n, ByteText.isASCIILetter(bytes[j]) || ByteText.isDigit(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x3A { j += 1 }
            let name = ByteText.lowercasedASCII(bytes, nameStart..<j)
            let tagEnd = tagEnd(bytes, from: j)
            if !isClosing, skippedElements.contains(name) {
                let selfClosing = tagEnd - 2 >= i && bytes[tagEnd - 2] == 0x2F
                i = selfClosing ? tagEnd : closingTagEnd(bytes, name: name, from: tagEnd)
            } else {
                if blockElements.contains(name) {
                    out.breakBlock(originalStart: i, originalLength: tagEnd - i)
                } else if cellElements.contains(name), !isClosing {
                    out.replace([0x09], originalStart: i, originalLength: tagEnd - i)
                }
                i = tagEnd
            }
            runStart = i
        }
        out.copy(bytes, runStart..<min(i, n))
        return ConvertedText(builder: out, directives: directives)
    }

    /// The offset just past the `>` that closes a tag whose name ends before `from`;
    /// quoted attribute values may hold `>`.
    static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var j = from
        var quote: UInt8 = 0
        while j < bytes.count {
            let c = bytes[j]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x3E {
                return j + 1
            }
            j += 1
        }
        return bytes.count
    }

    /// The offset just past `</name ...>` at or after `from` (the end of input if none).
    static func closingTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, name: String, from: Int) -> Int {
        var j = from
        let needle = "</" + name
        while let found = ByteText.findIgnoringCase(bytes, needle, from: j) {
            let after = found + needle.utf8.count
            if after >= bytes.count || !ByteText.isASCIILetter(bytes[after]) {
                return tagEnd(bytes, from: after)
            }
            j = after
        }
        return bytes.count
    }
}

/// HTML comments that carry Arsenal directives.
enum Directive {
    static let prefix = "arsenal-"

    /// A raw directive for the comment `comment` with body `body`, if the body starts with
    /// `arsenal-`. Standalone means only whitespace shares the comment's lines.
    static func make(
        _ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>, comment: Range<Int>, plainOffset: Int
    ) -> ConvertedText.RawDirective? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[body]), as: UTF8.self)
            .trimmingWhitespace()
        guard text.hasPrefix(prefix) else { return nil }
        var standalone = true
        var j = comment.lowerBound
        while j > 0, bytes[j - 1] != 0x0A {
            if !ByteText.isSpace(bytes[j - 1]) { standalone = false }
            j -= 1
        }
        j = comment.upperBound
        while j < bytes.count, bytes[j] != 0x0A {
            if !ByteText.isSpace(bytes[j]) { standalone = false }
            j += 1
        }
        return .init(text: text, plainOffset: plainOffset, originalOffset: comment.lowerBound, isStandalone: standalone)
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// HTML character references: `&name;`, `&#NNN;`, `&#xHH;`.
enum CharacterReference {
    /// Decodes the reference at `offset` (which holds `&`): the scalars and the length of
    /// the reference in bytes, or nil when it is not a reference Arsenal knows (left as text).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> ([Unicode.Scalar], Int)? {
        let n = bytes.count
        var j = offset + 1
        guard j < n else { return nil }
        if bytes[j] == 0x23 {  // #
            j += 1
            var radix: UInt32 = 10
            if j < n, bytes[j] == 0x78 || bytes[j] == 0x58 {
                radix = 16
                j += 1
            }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n, j - digitsStart < 8 {
                let c = bytes[j]
                let digit: UInt32
                switch c {
                case 0x30...0x39: digit = UInt32(c - 0x30)
                case 0x61...0x66 where radix == 16: digit = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where radix == 16: digit = UInt32(c - 0x41 + 10)
                default: digit = 99
                }
                if digit == 99 { break }
                value = value * radix + digit
                j += 1
            }
            guard j > digitsStart, j < n, bytes[j] == 0x3B else { return nil }
            let scalar = Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}"
            return ([scalar], j + 1 - offset)
        }
        let nameStart = j
        while j < n, j - nameStart <= 10, ByteText.isASCIILetter(bytes[j]) || ByteText.isDigit(bytes[j]) { j += 1 }
        guard j > nameStart, j < n, bytes[j] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<j]), as: UTF8.self)
        guard let scalars = named[name] else { return nil }
        return (scalars, j + 1 - offset)
    }

    /// The named references Arsenal decodes: the ones news HTML uses.
    static let named: [String: [Unicode.Scalar]] = {
        let table: [(String, UInt32)] = [
            ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27), ("nbsp", 0xA0),
            ("ndash", 0x2013), ("mdash", 0x2014), ("hellip", 0x2026), ("rsquo", 0x2019), ("lsquo", 0x2018),
            ("rdquo", 0x201D), ("ldquo", 0x201C), ("laquo", 0xAB), ("raquo", 0xBB), ("sbquo", 0x201A),
            ("bdquo", 0x201E), ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("thinsp", 0x2009), ("ensp", 0x2002),
            ("emsp", 0x2003), ("zwnj", 0x200C), ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F), ("shy", 0xAD),
            ("copy", 0xA9), ("reg", 0xAE), ("trade", 0x2122), ("deg", 0xB0), ("plusmn", 0xB1), ("times", 0xD7),
            ("divide", 0xF7), ("frac12", 0xBD), ("frac14", 0xBC), ("frac34", 0xBE), ("sup1", 0xB9), ("sup2", 0xB2),
            ("sup3", 0xB3), ("micro", 0xB5), ("middot", 0xB7), ("bull", 0x2022), ("prime", 0x2032),
            ("Prime", 0x2033), ("euro", 0x20AC), ("pound", 0xA3), ("yen", 0xA5), ("cent", 0xA2), ("curren", 0xA4),
            ("sect", 0xA7), ("para", 0xB6), ("iexcl", 0xA1), ("iquest", 0xBF), ("minus", 0x2212), ("le", 0x2264),
            ("ge", 0x2265), ("ne", 0x2260), ("asymp", 0x2248), ("approx", 0x2248), ("sim", 0x223C),
            ("larr", 0x2190), ("rarr", 0x2192), ("ordf", 0xAA), ("ordm", 0xBA), ("acute", 0xB4), ("uml", 0xA8),
            ("cedil", 0xB8), ("macr", 0xAF), ("not", 0xAC), ("brvbar", 0xA6), ("dagger", 0x2020),
            ("Dagger", 0x2021), ("permil", 0x2030), ("NewLine", 0x0A), ("Tab", 0x09),
            ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Atilde", 0xC3), ("Auml", 0xC4),
            ("Aring", 0xC5), ("AElig", 0xC6), ("Ccedil", 0xC7), ("Egrave", 0xC8), ("Eacute", 0xC9),
            ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC), ("Iacute", 0xCD), ("Icirc", 0xCE), ("Iuml", 0xCF),
            ("ETH", 0xD0), ("Ntilde", 0xD1), ("Ograve", 0xD2), ("Oacute", 0xD3), ("Ocirc", 0xD4), ("Otilde", 0xD5),
            ("Ouml", 0xD6), ("Oslash", 0xD8), ("Ugrave", 0xD9), ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC),
            ("Yacute", 0xDD), ("THORN", 0xDE), ("szlig", 0xDF), ("agrave", 0xE0), ("aacute", 0xE1),
            ("acirc", 0xE2), ("atilde", 0xE3), ("auml", 0xE4), ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7),
            ("egrave", 0xE8), ("eacute", 0xE9), ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC),
            ("iacute", 0xED), ("icirc", 0xEE), ("iuml", 0xEF), ("eth", 0xF0), ("ntilde", 0xF1), ("ograve", 0xF2),
            ("oacute", 0xF3), ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6), ("oslash", 0xF8),
            ("ugrave", 0xF9), ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC), ("yacute", 0xFD),
            ("thorn", 0xFE), ("yuml", 0xFF), ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160),
            ("scaron", 0x161), ("Zcaron", 0x17D), ("zcaron", 0x17E), ("Yuml", 0x178), ("alpha", 0x3B1),
            ("beta", 0x3B2), ("gamma", 0x3B3), ("delta", 0x3B4), ("mu", 0x3BC), ("pi", 0x3C0),
        ]
        var result: [String: [Unicode.Scalar]] = [:]
        for (name, value) in table { result[name] = [Unicode.Scalar(value)!] }
        return result
    }()
}
