/// Writes the findings document (`FindingReport`, the JSON contract of `check --format json`)
/// straight into bytes, RFC 8259 JSON: https://www.rfc-editor.org/rfc/rfc8259
///
/// `FindingReport` and its Codable types stay the definition of the shape; this writer
/// produces exactly the bytes `JSONEncoder` writes for them with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` for `.pretty`), a test holds the two
/// equal over the shared edge-case findings and the example articles. It exists because
/// `JSONEncoder` builds a tree of boxed values and sorts every object's keys for each
/// finding, which made encoding the answer dominate `POST /v1/check`; here the keys are
/// written in their sorted order directly.
///
/// Number and string forms follow `JSONEncoder`: a `Double` is its `description` without
/// a trailing `.0` (`6000`, `0.5`, `1e-06`, `1e+16`); strings escape `"`, `\`, and control
/// characters (`\b \t \n \f \r`, others `\u00XX` in lowercase hex); everything else,
/// slashes and non-ASCII included, is written as it is.
///
/// A writer is a local variable of the one function that writes a document (or of one
/// `FindingStreamWriter.add` call): a copy would write into the same buffer.
struct FindingJSONWriter {
    /// The bytes written so far.
    var bytes: [UInt8] { out.bytes }

    /// The document's bytes with the final newline, copied out once.
    mutating func finishedBytes() -> [UInt8] {
        out.append(0x0A)
        return out.bytes
    }
    /// Where the bytes go: a buffer written through a pointer, since an answer is thousands
    /// of small appends (a key, a quote, a comma) and `Array.append(contentsOf:)` costs a
    /// uniqueness and capacity check and a generic call for each.
    private var out: JSONOutput
    private let pretty: Bool
    private var depth = 0
    /// Whether the open container already holds a member (so the next needs a comma).
    private var hasMember = false
    /// The sources written so far, with the depth they were written at and where their
    /// bytes are kept in `writtenSourceBytes` (separate from `out`, which `reset` reuses).
    private var writtenSources: [(source: EvidenceSource, depth: Int, bytes: Range<Int>)] = []
    private var writtenSourceBytes: [UInt8] = []
    /// The evidence written so far: what follows `agrees` in its object, by what decides
    /// those bytes (`writtenEvidence[i]` written at `writtenEvidenceRanges[i]` of
    /// `writtenEvidenceBytes`). A linear scan of plain values: a few dozen entries compared
    /// field by field cost less than hashing one key. `keptEvidence` holds each cached
    /// evidence so its string box, whose identity is part of the key, stays alive.
    private var writtenEvidence: [EvidenceKey] = []
    private var writtenEvidenceRanges: [Range<Int>] = []
    private var writtenEvidenceBytes: [UInt8] = []
    private var keptEvidence: [Evidence] = []

    /// What decides the bytes after `agrees` in an evidence object: the evidence's written
    /// identity, the depth it stands at (indentation, when pretty) and whether a member
    /// (`agrees`) comes before (a comma).
    private struct EvidenceKey: Equatable {
        var evidence: Evidence.WrittenIdentity
        var depth: Int
        var afterMember: Bool
    }

    /// A writer for a whole document; `capacity` is the expected size in bytes. `depth`
    /// is how deep in an enclosing document what is written stands (2 for a finding in the
    /// report's `findings` list, written on its own by `FindingStreamWriter`).
    init(layout: FindingJSONReporter.Layout, capacity: Int = 0, depth: Int = 0) {
        pretty = layout == .pretty
        self.depth = depth
        out = JSONOutput(capacity: capacity)
    }

    /// Empties the buffer for the next value at the same depth, keeping its memory.
    mutating func reset() {
        out.count = 0
        hasMember = false
    }

    // MARK: The report's types, keys in sorted (byte) order

    mutating func write(_ report: FindingReport) {
        openObject()
        key("findings")
        openArray()
        for entry in report.findings {
            element()
            write(entry)
        }
        closeArray()
        if let failures = report.inputErrors {
            key("input_errors")
            openArray()
            for failure in failures {
                element()
                openObject()
                key("input"); string(failure.input)
                key("reason"); string(failure.reason)
                closeObject()
            }
            closeArray()
        }
        key("summary")
        write(report.summary)
        if let problems = report.suppressions {
            key("suppressions")
            openArray()
            for problem in problems {
                element()
                write(problem)
            }
            closeArray()
        }
        key("tool")
        write(report.tool)
        closeObject()
    }

    mutating func write(_ entry: FindingReport.Entry) {
        openObject()
        key("attribute"); string(entry.attribute)
        key("claim"); write(entry.claim)
        key("column"); integer(entry.column)
        if let document = entry.document { key("document"); string(document) }
        key("end_column"); integer(entry.endColumn)
        key("end_line"); integer(entry.endLine)
        key("evidence")
        openArray()
        for item in entry.evidence {
            element()
            write(item)
        }
        closeArray()
        if let explanation = entry.explanation { key("explanation"); strings(explanation) }
        key("file"); string(entry.file)
        key("line"); integer(entry.line)
        if let mention = entry.mention { key("mention"); string(mention) }
        key("message"); string(entry.message)
        key("notes"); strings(entry.notes)
        if let other = entry.other { key("other"); string(other) }
        key("quote"); string(entry.quote)
        if let recordLine = entry.recordLine { key("record_line"); integer(recordLine) }
        if let relation = entry.relation { key("relation"); string(relation.rawValue) }
        key("rule"); string(entry.rule)
        key("rule_name"); string(entry.ruleName)
        key("severity"); string(entry.severity.rawValue)
        key("system")
        if let system = entry.system.value { string(system) } else { literal("null") }
        key("verdict"); string(entry.verdict.rawValue)
        closeObject()
    }

    /// The whole document for `findings` (no failed inputs, no suppression problems),
    /// written from the findings themselves: the bytes `write(_: FindingReport)` writes for
    /// `FindingJSONReporter.document`, without building its entries first.
    mutating func write(_ findings: [Finding], explain: Bool, summary: FindingReport.Summary, tool: FindingReport.Tool) {
        openObject()
        key("findings")
        openArray()
        for finding in findings {
            element()
            write(finding, explain: explain)
        }
        closeArray()
        key("summary")
        write(summary)
        key("tool")
        write(tool)
        closeObject()
    }

    /// One finding, as `write(FindingReport.Entry(finding, explain: explain))` writes it.
    mutating func write(_ finding: Finding, explain: Bool) {
        openObject()
        key("attribute"); string(finding.claim.attribute.rawValue)
        key("claim"); writeClaim(of: finding)
        key("column"); integer(finding.start.column)
        key("end_column"); integer(finding.end.column)
        key("end_line"); integer(finding.end.line)
        key("evidence")
        openArray()
        for item in finding.judgement.evidence {
            element()
            write(item)
        }
        closeArray()
        if explain { key("explanation"); strings(FindingReport.Entry.explanation(finding)) }
        key("file"); string(finding.start.file)
        key("line"); integer(finding.start.line)
        if let unknown = finding.claim.unknownSystem { key("mention"); string(unknown.mention) }
        key("message"); string(finding.judgement.message)
        key("notes"); strings(finding.judgement.notes)
        if case .comparison(let relation, let other, _) = finding.claim.value {
            key("other"); string(other)
            key("quote"); string(finding.quote)
            key("relation"); string(relation.rawValue)
        } else {
            key("quote"); string(finding.quote)
        }
        key("rule"); string(finding.rule.code)
        key("rule_name"); string(finding.rule.name)
        key("severity"); string(finding.severity.rawValue)
        key("system")
        if finding.claim.unknownSystem == nil { string(finding.claim.systemID) } else { literal("null") }
        key("verdict"); string(finding.verdict.rawValue)
        closeObject()
    }

    /// One recorded value, as `write(FindingReport.EvidenceEntry)` writes the entry made of it.
    ///
    /// An answer cites the same recorded values again and again (a 5 KB article's 51
    /// findings carry about 115 pieces of evidence, copied from a few dozen table entries),
    /// and only `agrees` differs between the copies: the rest of the object is written once
    /// and its bytes copied after, which costs a scan of a few dozen plain keys instead of a
    /// dozen keys and strings written again.
    mutating func write(_ item: Evidence) {
        openObject()
        if let agrees = item.agrees { key("agrees"); boolean(agrees) }
        let cacheKey = EvidenceKey(evidence: item.writtenIdentity, depth: depth, afterMember: hasMember)
        let cached: Int? = writtenEvidence.withUnsafeBufferPointer { keys in
            for index in keys.indices where keys[index].evidence.text == cacheKey.evidence.text && keys[index] == cacheKey {
                return index
            }
            return nil
        }
        if let cached {
            let range = writtenEvidenceRanges[cached]
            writtenEvidenceBytes.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[range])) }
            depth -= 1
            hasMember = true
            return
        }
        let start = out.count
        rest(of: item)
        guard writtenEvidence.count < 256 else { return }
        let first = writtenEvidenceBytes.count
        out.withBytes(start..<out.count) { writtenEvidenceBytes.append(contentsOf: $0) }
        writtenEvidence.append(cacheKey)
        writtenEvidenceRanges.append(first..<writtenEvidenceBytes.count)
        keptEvidence.append(item)
    }

    /// An evidence object after `agrees`, through its closing brace.
    private mutating func rest(of item: Evidence) {
        if let also = item.also { key("also"); string(also) }
        key("approximate"); boolean(item.approximate)
        key("attribute"); string(item.attribute)
        if let bound = item.bound { key("bound"); string(bound.rawValue) }
        key("column"); integer(item.column)
        key("file"); string(item.file)
        if let inherited = item.inheritedFrom { key("inherited_from"); string(inherited) }
        key("line"); integer(item.line)
        if let note = item.note { key("note"); string(note) }
        if let qualifier = item.qualifier { key("qualifier"); string(qualifier.rawValue) }
        if let si = item.si { key("si"); number(round6(si)) }
        if let source = item.source {
            key("source")
            write(source)
        }
        key("status"); string(item.status.rawValue)
        key("system"); string(item.system)
        key("value"); string(item.value)
        if let variant = item.variant { key("variant"); string(variant) }
        closeObject()
    }

    /// A cited source. An answer cites the same few sources over and over (115 evidence
    /// items, about 15 sources, in a typical 5 KB article), so each source's bytes are kept
    /// the first time and copied after: a look-up that compares ids costs a fraction of
    /// escaping five strings again.
    private mutating func write(_ source: EvidenceSource) {
        // (Looked at in place: a loop over copies would retain five strings per cached source.)
        let depth = depth
        let cachedBytes: Range<Int>? = writtenSources.withUnsafeBufferPointer { cached in
            for index in cached.indices where cached[index].depth == depth && cached[index].source == source {
                return cached[index].bytes
            }
            return nil
        }
        if let cachedBytes {
            writtenSourceBytes.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[cachedBytes])) }
            hasMember = true
            return
        }
        let start = out.count, startDepth = depth
        sourceObject(id: source.id, publisher: source.publisher, retrieved: source.retrieved, title: source.title, url: source.url)
        guard writtenSources.count < 64 else { return }
        let first = writtenSourceBytes.count
        out.withBytes(start..<out.count) { writtenSourceBytes.append(contentsOf: $0) }
        writtenSources.append((source, startDepth, first..<writtenSourceBytes.count))
    }

    /// A source object, keys in sorted order.
    private mutating func sourceObject(id: String, publisher: String, retrieved: String, title: String, url: String) {
        openObject()
        key("id"); string(id)
        key("publisher"); string(publisher)
        key("retrieved"); string(retrieved)
        key("title"); string(title)
        key("url"); string(url)
        closeObject()
    }

    /// What `finding`'s claim asserts, as `write(FindingReport.Claimed(finding))` writes
    /// it. A figure (most claims) is written from the claim and the judged interval in
    /// place: building the `Claimed` value first costs more than writing it.
    private mutating func writeClaim(of finding: Finding) {
        guard case .number(let claimed) = finding.claim.value else {
            write(FindingReport.Claimed(finding))
            return
        }
        let figure = finding.judgement.figure
        openObject()
        key("bound"); string((figure?.bound ?? claimed.bound).rawValue)
        if let high = figure?.high { key("high"); number(round6(high)) }
        if let low = figure?.low { key("low"); number(round6(low)) }
        key("unit"); string(claimed.unit)
        key("value"); number(round6(claimed.value))
        closeObject()
    }

    mutating func write(_ claim: FindingReport.Claimed) {
        openObject()
        if let attribute = claim.attribute { key("attribute"); string(attribute) }
        if let boolean = claim.boolean { key("boolean"); self.boolean(boolean) }
        if let bound = claim.bound { key("bound"); string(bound.rawValue) }
        if let classes = claim.classes { key("classes"); strings(classes) }
        if let country = claim.country { key("country"); string(country) }
        if let high = claim.high { key("high"); number(high) }
        if let low = claim.low { key("low"); number(low) }
        if let other = claim.other { key("other"); string(other) }
        if let relation = claim.relation { key("relation"); string(relation.rawValue) }
        if let tokens = claim.tokens { key("tokens"); strings(tokens) }
        if let unit = claim.unit { key("unit"); string(unit) }
        if let value = claim.value { key("value"); number(value) }
        closeObject()
    }

    mutating func write(_ item: FindingReport.EvidenceEntry) {
        openObject()
        if let agrees = item.agrees { key("agrees"); boolean(agrees) }
        if let also = item.also { key("also"); string(also) }
        key("approximate"); boolean(item.approximate)
        key("attribute"); string(item.attribute)
        if let bound = item.bound { key("bound"); string(bound.rawValue) }
        key("column"); integer(item.column)
        key("file"); string(item.file)
        if let inherited = item.inheritedFrom { key("inherited_from"); string(inherited) }
        key("line"); integer(item.line)
        if let note = item.note { key("note"); string(note) }
        if let qualifier = item.qualifier { key("qualifier"); string(qualifier.rawValue) }
        if let si = item.si { key("si"); number(si) }
        if let source = item.source {
            key("source")
            sourceObject(id: source.id, publisher: source.publisher, retrieved: source.retrieved, title: source.title, url: source.url)
        }
        key("status"); string(item.status.rawValue)
        key("system"); string(item.system)
        key("value"); string(item.value)
        if let variant = item.variant { key("variant"); string(variant) }
        closeObject()
    }

    mutating func write(_ summary: FindingReport.Summary) {
        openObject()
        key("conflict"); integer(summary.conflict)
        key("consistent"); integer(summary.consistent)
        key("disputed"); integer(summary.disputed)
        key("errors"); integer(summary.errors)
        key("failed_inputs"); integer(summary.failedInputs)
        key("files"); integer(summary.files)
        key("findings"); integer(summary.findings)
        key("notes"); integer(summary.notes)
        if let unclear = summary.unclear {
            key("unclear"); integer(unclear)
        }
        key("unverifiable"); integer(summary.unverifiable)
        key("warnings"); integer(summary.warnings)
        closeObject()
    }

    mutating func write(_ tool: FindingReport.Tool) {
        openObject()
        key("name"); string(tool.name)
        key("version"); string(tool.version)
        closeObject()
    }

    mutating func write(_ problem: FindingReport.Problem) {
        openObject()
        key("column"); integer(problem.column)
        key("file"); string(problem.file)
        key("line"); integer(problem.line)
        key("message"); string(problem.message)
        key("rule"); string(problem.rule)
        key("rule_name"); string(problem.ruleName)
        key("severity"); string(problem.severity.rawValue)
        closeObject()
    }

    // MARK: Structure

    private mutating func openObject() {
        out.append(UInt8(ascii: "{"))
        depth += 1
        hasMember = false
    }

    private mutating func closeObject() { close(UInt8(ascii: "}")) }

    private mutating func openArray() {
        out.append(UInt8(ascii: "["))
        depth += 1
        hasMember = false
    }

    private mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Ends a container. `JSONEncoder` writes an empty one pretty-printed as an open
    /// bracket, a blank line and the closing bracket at the parent's indentation.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            out.append(0x0A)
            if !hasMember { out.append(0x0A) }
            indent()
        }
        out.append(bracket)
        hasMember = true
    }

    /// Starts a member of an object: separator, indentation, the key and the colon.
    private mutating func key(_ name: StaticString) {
        element()
        out.appendKey(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), pretty: pretty)
    }

    /// Starts an element of an array (or a member of an object): separator and indentation.
    private mutating func element() {
        if hasMember { out.append(UInt8(ascii: ",")) }
        hasMember = true
        if pretty {
            out.append(0x0A)
            indent()
        }
    }

    /// Appends a literal's bytes. Every literal here is a string literal, which a
    /// `StaticString` holds as a pointer (`withUTF8Buffer` would cost a closure call).
    @inline(__always)
    private mutating func literal(_ text: StaticString) {
        out.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func indent() {
        out.appendSpaces(2 * depth)
    }

    // MARK: Values

    private mutating func strings(_ values: [String]) {
        openArray()
        for value in values {
            element()
            string(value)
        }
        closeArray()
    }

    private mutating func boolean(_ value: Bool) {
        literal(value ? "true" : "false")
    }

    private mutating func integer(_ value: Int) {
        // Digits written from the right into a 20-byte stack buffer (UInt64.max has 20),
        // then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var magnitude = value.magnitude
            var start = 21
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            out.append(UnsafeBufferPointer(rebasing: digits[start..<21]))
        }
    }

    /// `JSONEncoder`'s form: the shortest round-tripping description, `.0` dropped.
    private mutating func number(_ value: Double) {
        // Whole numbers below 2^53 (most figures: 6000, 12) print as `description` does,
        // without its ".0", and need no String.
        if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992, value != 0 || value.sign == .plus {
            integer(Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { out.append($0) }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    private mutating func string(_ value: String) {
        // Native strings are contiguous UTF-8, read in place; others are copied once.
        if let written: Void = value.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) {
            return written
        }
        var copy = value
        copy.withUTF8 { string(utf8: $0) }
    }

    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        out.append(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else {
            out.append(UInt8(ascii: "\""))
            return
        }
        let raw = UnsafeRawPointer(base)
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time past text that needs no escape (nearly all of it), then
            // byte by byte through the next eight.
            while index + 8 <= count, !ByteText.hasQuoteBackslashOrControl(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            // Fewer than eight bytes left: the last eight of the string (which overlap
            // bytes already passed) settle them in one test.
            if index < count, index + 8 > count, count >= 8,
                !ByteText.hasQuoteBackslashOrControl(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            {
                index = count
                break
            }
            let stop = min(index + 8, count)
            while index < stop {
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index - 1]))
                runStart = index
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                default:
                    literal("u00")
                    out.append(Self.hexDigit(byte >> 4))
                    out.append(Self.hexDigit(byte & 0x0F))
                }
            }
        }
        out.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        out.append(UInt8(ascii: "\""))
    }

}
