import Foundation

// The coverage report in each query format. The table and Markdown renderings put one
// record per row and one column per attribute; CSV has one line per record and attribute;
// JSON follows `JSONRenderer`'s conventions (sorted keys, every key present).

extension CoverageReport {
    /// Column headings: record, kind, one short label per spec attribute, empty core.
    static var columns: [(attribute: Attribute?, label: String)] {
        [(nil, "id"), (nil, "kind")]
            + Attribute.allCases.filter(\.isSpec).map { ($0, $0.label) }
            + [(nil, "empty core")]
    }

    /// One record's row of texts, parallel to `columns`.
    func rowTexts(_ record: Record) -> [String] {
        [record.id, record.kind.rawValue]
            + record.slots.map(cellText)
            + [record.emptyCore.isEmpty ? "" : record.emptyCore.map(\.label).joined(separator: ", ")]
    }
}

extension TableRenderer {
    static func render(_ report: CoverageReport, color: Bool) -> String {
        var grid = TextGrid(header: CoverageReport.columns.map(\.label))
        for record in report.records {
            let texts = report.rowTexts(record)
            grid.append(texts.enumerated().map { index, text in
                let tone: TextGrid.Tone = index == texts.count - 1 && !text.isEmpty ? .warning : text == "—" ? .faint : .plain
                return TextGrid.Cell(text, tone)
            })
        }
        return grid.render(color: color) + "\n" + CoverageReport.legend + "\n\n" + report.summaryLine + "\n"
    }
}

extension MarkdownRenderer {
    static func render(_ report: CoverageReport) -> String {
        let rows = report.records.map { record in
            report.rowTexts(record).enumerated().map { index, text in index == 0 ? code(text) : escape(text) }
        }
        return "## Coverage\n\n" + escape(report.summaryLine) + "\n\n"
            + table(CoverageReport.columns.map(\.label), rows) + "\n" + escape(CoverageReport.legend) + "\n"
    }
}

extension CSVRenderer {
    static func lines(_ report: CoverageReport) -> [[String]] {
        var lines = [["system", "kind", "attribute", "values", "sources", "filled", "inherited", "core"]]
        for record in report.records {
            for slot in record.slots {
                lines.append([
                    record.id, record.kind.rawValue, slot.attribute.rawValue, String(slot.values), String(slot.sources),
                    slot.filled ? "true" : "false", slot.inherited ? "true" : "false",
                    CoverageReport.coreAttributes.contains(slot.attribute) ? "true" : "false",
                ])
            }
        }
        return lines
    }
}

/// `stats --format json`: `{"summary": {"records", "manpads", "values", "sources",
/// "empty_core_slots", "core_slots", "line"}, "core_attributes": [...], "systems": [{"id",
/// "name", "kind", "extends", "values", "sources", "empty_core": [...],
/// "single_source_core": [...], "attributes": {"max_range": {"values", "sources", "filled",
/// "inherited"}, ...}}]}`.
struct CoverageJSON: Encodable {
    struct Summary: Encodable {
        let records, manpads, values, sources, emptyCoreSlots, coreSlots: Int
        let line: String

        enum CodingKeys: String, CodingKey {
            case records, manpads, values, sources, line
            case emptyCoreSlots = "empty_core_slots"
            case coreSlots = "core_slots"
        }
    }

    struct SlotJSON: Encodable {
        let values, sources: Int
        let filled, inherited: Bool
    }

    struct SystemJSON: Encodable {
        let id, name, kind: String
        let extends: String?
        let values, sources: Int
        let emptyCore, singleSourceCore: [String]
        let attributes: [String: SlotJSON]

        enum CodingKeys: String, CodingKey {
            case id, name, kind, extends, values, sources, attributes
            case emptyCore = "empty_core"
            case singleSourceCore = "single_source_core"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(extends, forKey: .extends)
            try container.encode(values, forKey: .values)
            try container.encode(sources, forKey: .sources)
            try container.encode(emptyCore, forKey: .emptyCore)
            try container.encode(singleSourceCore, forKey: .singleSourceCore)
            try container.encode(attributes, forKey: .attributes)
        }
    }

    let summary: Summary
    let coreAttributes: [String]
    let systems: [SystemJSON]

    enum CodingKeys: String, CodingKey {
        case summary, systems
        case coreAttributes = "core_attributes"
    }

    init(_ report: CoverageReport) {
        let s = report.summary
        summary = Summary(
            records: s.records, manpads: s.manpads, values: s.values, sources: s.sources,
            emptyCoreSlots: s.emptyCoreSlots, coreSlots: s.coreSlots, line: report.summaryLine)
        coreAttributes = CoverageReport.coreAttributes.map(\.rawValue)
        systems = report.records.map { record in
            var attributes: [String: SlotJSON] = [:]
            for slot in record.slots {
                attributes[slot.attribute.rawValue] = SlotJSON(values: slot.values, sources: slot.sources, filled: slot.filled, inherited: slot.inherited)
            }
            return SystemJSON(
                id: record.id, name: record.name, kind: record.kind.rawValue, extends: record.extends,
                values: record.values, sources: record.sources, emptyCore: record.emptyCore.map(\.rawValue),
                singleSourceCore: record.singleSourceCore.map(\.rawValue), attributes: attributes)
        }
    }
}
