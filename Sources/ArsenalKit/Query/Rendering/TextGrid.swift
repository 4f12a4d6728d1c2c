/// Aligned columns of text for a terminal: widths count wide (CJK) characters twice, and
/// colour is applied after padding so escape sequences never skew the alignment.
struct TextGrid {
    /// How a cell is coloured when colour is on.
    enum Tone {
        case plain, heading, good, warning, bad, faint
    }

    struct Cell {
        var text: String
        var tone: Tone = .plain

        init(_ text: String, _ tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }
    }

    var header: [String]
    var rows: [[Cell]] = []
    /// Columns whose text is aligned to the right (numbers).
    var rightAligned: Set<Int> = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [Cell]) {
        rows.append(row)
    }

    mutating func append(_ texts: [String]) {
        rows.append(texts.map { Cell($0) })
    }

    /// The grid: a heading line, a rule, one line per row; no trailing spaces.
    func render(color: Bool) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 0, count: columns)
        for (index, text) in header.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(text)) }
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell.text)) }
        }
        var lines = [line(header.map { Cell($0, .heading) }, widths: widths, color: color)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rows.map { line($0, widths: widths, color: color) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [Cell], widths: [Int], color: Bool) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() {
            let cell = index < cells.count ? cells[index] : Cell("")
            let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(cell.text)))
            let styled = Self.paint(cell.text, cell.tone, color: color)
            parts.append(rightAligned.contains(index) ? padding + styled : styled + padding)
        }
        var text = parts.joined(separator: "  ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// ANSI SGR colours (ECMA-48, 8.3.117).
    static func paint(_ text: String, _ tone: Tone, color: Bool) -> String {
        guard color, !text.isEmpty else { return text }
        let code: String
        switch tone {
        case .plain: return text
        case .heading: code = "1"
        case .good: code = "32"
        case .warning: code = "33"
        case .bad: code = "31"
        case .faint: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
