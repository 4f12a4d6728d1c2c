import Foundation

/// Writes findings as they are found, so a run over an archive of any size holds only one
/// document's findings at a time:
///
/// - `.json`: the object `FindingJSONReporter` prints (`{"findings": [...], "summary",
///   "tool"}`, keys sorted, pretty-printed), byte for byte, written finding by finding;
///   the summary is written at the end from running counts.
/// - `.jsonl`: one finding per line (compact JSON, keys sorted) and nothing else; the
///   caller prints the summary elsewhere (standard error).
///
/// A finding from a JSONL corpus carries `document` (the record's id) and `record_line`
/// (its line in the corpus), as the findings contract in ARCHITECTURE.md states.
public struct FindingStreamWriter {
    /// The two streamed layouts.
    public enum Layout: Sendable {
        /// One JSON object, written incrementally.
        case json
        /// JSON Lines: a finding per line.
        case jsonl
    }

    /// Where a document came from when it is a record of a JSONL corpus.
    public struct Record: Sendable, Hashable {
        /// The record's id (its `id` field, or its line number when it has none).
        public var id: String
        /// The record's line in the corpus file, 1-based.
        public var line: Int

        /// Creates a record origin.
        public init(id: String, line: Int) {
            self.id = id
            self.line = line
        }
    }

    private let layout: Layout
    private let explain: Bool
    private let write: (String) -> Void
    private let pretty: JSONEncoder
    private var started = false
    private var written = 0
    private var counts = FindingReport.Summary.Counts()

    /// A writer that hands each piece of output to `write` (standard output, a file, a test buffer).
    public init(layout: Layout, explain: Bool = false, write: @escaping (String) -> Void) {
        self.layout = layout
        self.explain = explain
        self.write = write
        pretty = JSONEncoder()
        pretty.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    }

    /// Findings written so far.
    public var count: Int { written }

    /// Writes the findings of one document (or one batch of a document's findings).
    public mutating func add(_ findings: [Finding], record: Record? = nil) {
        guard !findings.isEmpty else { return }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(findings.count * 1536)
        // Each finding: compact for JSONL, pretty-printed two levels deep for JSON. The writer
        // lives for this call only (it must not be copied, see `FindingJSONWriter`).
        var entryWriter = FindingJSONWriter(layout: layout == .json ? .pretty : .compact, capacity: 4096, depth: layout == .json ? 2 : 0)
        for finding in findings {
            var entry = FindingReport.Entry(finding, explain: explain)
            entry.document = record?.id
            entry.recordLine = record?.line
            counts.add(finding)
            entryWriter.reset()
            entryWriter.write(entry)
            switch layout {
            case .jsonl:
                chunk += entryWriter.bytes
                chunk.append(0x0A)
            case .json:
                chunk += Array((written == 0 ? "{\n  \"findings\" : [\n    " : ",\n    ").utf8)
                chunk += entryWriter.bytes
            }
            written += 1
        }
        write(String(decoding: chunk, as: UTF8.self))
    }

    /// Ends the output: for `.json` closes the findings list and writes the failed inputs
    /// (`input_errors`), the suppression problems (`suppressions`), the summary and the
    /// tool, each key omitted when empty as in `FindingJSONReporter`; for `.jsonl` writes
    /// nothing more. `failedInputs` defaults to the number of `inputErrors`.
    public mutating func finish(
        checkedFiles: Int, failedInputs: Int? = nil, suppressions: [Diagnostic] = [],
        inputErrors: [(input: String, reason: String)] = [],
        toolName: String = "arsenal", toolVersion: String = arsenalVersion
    ) {
        guard layout == .json else { return }
        let summary = FindingReport.Summary(counts, files: checkedFiles, failedInputs: failedInputs ?? inputErrors.count)
        let tool = FindingReport.Tool(name: toolName, version: toolVersion)
        var tail = written == 0 ? "{\n  \"findings\" : [\n\n  ],\n" : "\n  ],\n"
        if !inputErrors.isEmpty {
            let failures = inputErrors.map { FindingReport.InputFailure(input: $0.input, reason: $0.reason) }
            tail += "  \"input_errors\" : " + Self.indent(Self.encode(failures, with: pretty), first: false) + ",\n"
        }
        if !suppressions.isEmpty {
            let problems = suppressions.map(FindingReport.Problem.init)
            tail += "  \"suppressions\" : " + Self.indent(Self.encode(problems, with: pretty), first: false) + ",\n"
        }
        tail += "  \"summary\" : " + Self.indent(Self.encode(summary, with: pretty), first: false) + ",\n"
        tail += "  \"tool\" : " + Self.indent(Self.encode(tool, with: pretty), first: false) + "\n}\n"
        write(tail)
    }

    private static func encode(_ value: some Encodable, with encoder: JSONEncoder) -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            // Only non-finite numbers fail to encode; figures are finite and unbounded ends are nil.
            preconditionFailure("a finding failed to encode: \(error)")
        }
    }

    /// Indents every line of a pretty-printed value to its depth in the report (four spaces
    /// for list items, two for top-level members, whose first line follows the key). JSON
    /// escapes line breaks inside strings, so every newline byte is a layout newline.
    private static func indent(_ json: String, first: Bool = true) -> String {
        let pad: [UInt8] = Array((first ? "    " : "  ").utf8)
        var out: [UInt8] = first ? pad : []
        out.reserveCapacity(json.utf8.count + json.utf8.count / 4)
        // Blank lines (the inside of an empty list) stay blank, as the encoder writes them.
        var lineStart = false
        for byte in json.utf8 {
            if lineStart, byte != 0x0A { out += pad }
            out.append(byte)
            lineStart = byte == 0x0A
        }
        return String(decoding: out, as: UTF8.self)
    }
}
