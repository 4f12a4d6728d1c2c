import Foundation

/// Tables: a header row names what each column holds ("| System | Zasięg | Pułap |"), and a
/// figure in a later row with no cue of its own states its column's attribute ("| Stinger |
/// 4,8 km | 3,8 km |": 3.8 km is the ceiling, not a second range). `MarkdownText` writes each
/// row as a block of its own with its cells separated by tabs; a plain-text table with its
/// cells separated by tabs or `|` reads the same, each line a sentence.
extension SentenceAnalysis {
    /// Whether the sentence is a table row: its cells separated by tabs, or in plain text by
    /// two or more `|` (`ClaimExtractor.isTableLine` makes each such line a sentence).
    /// (Looked for with `memchr`: nearly every sentence has neither byte.)
    var isTableRow: Bool {
        guard !range.isEmpty, let base = bytes.baseAddress else { return false }
        let start = base + range.lowerBound
        if memchr(start, 0x09, range.count) != nil { return true }
        guard let first = memchr(start, 0x7C, range.count) else { return false }
        let after = UnsafePointer(first.assumingMemoryBound(to: UInt8.self)) + 1
        let left = range.count - (after - start)
        return left > 0 && memchr(after, 0x7C, left) != nil
    }

    /// The cell of the row a position is in (0 for the first): the tabs and `|` before it.
    func cellIndex(of position: Int) -> Int {
        var count = 0
        for k in range.lowerBound..<position where bytes[k] == 0x09 || bytes[k] == 0x7C { count += 1 }
        return count
    }

    /// What the state keeps after this sentence: the attributes a header row names, by cell (a
    /// row with no figure and an attribute cue in some cell), the kept header while the
    /// sentences are rows of the same table, and nothing once one is not a table row. A cell
    /// with a word of detection, size or travel ("Zasięg wykrywania", "Radarreichweite",
    /// "Länge") names no attribute of the weapon.
    func tableColumnsAfterSentence() -> [Attribute?] {
        guard isTableRow else { return [] }
        if !quantities.contains(where: { $0.dimension != nil }) {
            var other = Set<Int>()
            for cue in cues where isWord(cue, .detection) || isWord(cue, .dimension) || isWord(cue, .travel) {
                other.insert(cellIndex(of: cue.range.lowerBound))
            }
            var columns: [Attribute?] = []
            for cue in cues {
                // (A column of years under "In service", "Wejście do służby" is read by `serviceEntry`.)
                guard case .attribute(let attribute) = cue.cue else { continue }
                if case .quantity = attribute.kind {} else if attribute != .serviceEntry { continue }
                let column = cellIndex(of: cue.range.lowerBound)
                guard !other.contains(column) else { continue }
                while columns.count <= column { columns.append(nil) }
                if columns[column] == nil { columns[column] = attribute }
            }
            if columns.contains(where: { $0 != nil }) { return columns }
        }
        return state.tableColumns
    }

    /// The attribute a figure's column header names, for a figure in a table row with no cue
    /// of its own, when it has the figure's dimension: a word of the text, so the claim is
    /// as established as one with a cue beside it.
    func tableColumnChoice(for quantity: QuantityMention, dimension: QuantityDimension) -> AttributeChoice? {
        guard !state.tableColumns.isEmpty, isTableRow else { return nil }
        let column = cellIndex(of: quantity.range.lowerBound)
        guard column > 0, column < state.tableColumns.count, let attribute = state.tableColumns[column],
              case .quantity(let columnDimension) = attribute.kind, columnDimension == dimension else { return nil }
        return AttributeChoice(
            attribute: attribute, cueWords: "(table column)",
            reason: explain ? "the header of its table column names the \(attribute.rawValue.replacingOccurrences(of: "_", with: " "))" : "",
            isGeneric: false)
    }

    /// Whether a year stands in a table row under a column whose header is a service-entry
    /// phrase ("| Mistral 3 | 2010 | 8 km |" under "| Version | In service | Range |").
    func isInServiceEntryColumn(_ quantity: QuantityMention) -> Bool {
        guard !state.tableColumns.isEmpty, isTableRow else { return false }
        let column = cellIndex(of: quantity.range.lowerBound)
        return column > 0 && column < state.tableColumns.count && state.tableColumns[column] == .serviceEntry
    }
}
