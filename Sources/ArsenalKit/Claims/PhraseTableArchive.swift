/// The byte form of built phrase tables (frozen `PhraseTrie`s and the phrases they were
/// built from), for the compiled cache: a one-article check reads a pack's tables instead of
/// inserting every name and cue phrase again (building them was a fifth of a cold start).
///
/// Arrays of fixed-size numbers are copied as they lie in memory (the cache is private to
/// one executable on one machine, so byte order never changes); everything else is written
/// field by field. Reading checks every length and every enum value: a damaged entry
/// throws, and the caller builds the tables from the phrases instead.
struct PhraseTableWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Empties the buffer, keeping its memory.
    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    /// Writes the count, then the elements' memory.
    mutating func raw<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes += $0 }
    }
}

/// Reads what `PhraseTableWriter` wrote; any short or malformed field throws.
struct PhraseTableReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws(Damaged) -> Int {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        let value = bytes.withUnsafeBytes { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Int64.self)) }
        offset += 8
        guard let int = Int(exactly: value) else { throw Damaged() }
        return int
    }

    /// A count no larger than the bytes left could hold at `size` bytes an element.
    mutating func count(size: Int = 1) throws(Damaged) -> Int {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / max(size, 1) else { throw Damaged() }
        return count
    }

    mutating func string() throws(Damaged) -> String {
        let count = try count()
        defer { offset += count }
        guard let text = String(validating: bytes[offset..<offset + count], as: UTF8.self) else { throw Damaged() }
        return text
    }

    mutating func raw<T: FixedWidthInteger>(_ type: T.Type) throws(Damaged) -> [T] {
        let size = MemoryLayout<T>.stride
        let count = try count(size: size)
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                let start = source.baseAddress! + offset
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: start, count: count * size))
            }
            initialized = count
        }
        offset += count * size
        return values
    }

    mutating func rawValue<T: RawRepresentable>(_ type: T.Type) throws(Damaged) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }
}

/// A payload a phrase trie can store in the compiled cache.
protocol PhraseTablePayload: Sendable {
    func write(to writer: inout PhraseTableWriter)
    static func read(from reader: inout PhraseTableReader) throws(PhraseTableReader.Damaged) -> Self
}

extension Bool: PhraseTablePayload {
    func write(to writer: inout PhraseTableWriter) { writer.byte(self ? 1 : 0) }

    static func read(from reader: inout PhraseTableReader) throws(PhraseTableReader.Damaged) -> Bool {
        switch try reader.byte() {
        case 0: false
        case 1: true
        default: throw PhraseTableReader.Damaged()
        }
    }
}

extension PhraseTrie where Payload: PhraseTablePayload {
    /// Writes the frozen tables.
    func write(to writer: inout PhraseTableWriter) {
        let tables = frozen
        writer.byte(tables.foldsAccents ? 1 : 0)
        writer.byte(tables.prefixLengths)
        writer.raw(tables.root)
        writer.raw(tables.edgeStart)
        writer.raw(tables.edgeCount)
        writer.raw(tables.edgeLabels)
        writer.raw(tables.edgeTargets)
        writer.raw(tables.startPairs)
        writer.raw(tables.prefixBits)
        writer.int(tables.payloads.count)
        for (node, payloads) in tables.payloads.enumerated() where !payloads.isEmpty {
            writer.int(node)
            writer.int(payloads.count)
            for payload in payloads { payload.write(to: &writer) }
        }
        writer.int(-1)
    }

    /// Reads tables `write(to:)` wrote.
    static func read(from reader: inout PhraseTableReader) throws(PhraseTableReader.Damaged) -> PhraseTrie {
        let foldsAccents = try reader.byte() == 1
        let prefixLengths = try reader.byte()
        let root = try reader.raw(Int32.self)
        let edgeStart = try reader.raw(Int32.self)
        let edgeCount = try reader.raw(UInt16.self)
        let edgeLabels = try reader.raw(UInt8.self)
        let edgeTargets = try reader.raw(Int32.self)
        let startPairs = try reader.raw(UInt64.self)
        let prefixBits = try reader.raw(UInt64.self)
        let nodes = try reader.count()
        var payloads = [[Payload]](repeating: [], count: nodes)
        var previous = -1
        while true {
            let node = try reader.int()
            if node == -1 { break }
            guard node > previous, node < nodes else { throw PhraseTableReader.Damaged() }
            previous = node
            let count = try reader.count()
            guard count > 0 else { throw PhraseTableReader.Damaged() }
            var list: [Payload] = []
            list.reserveCapacity(count)
            for _ in 0..<count { list.append(try Payload.read(from: &reader)) }
            payloads[node] = list
        }
        let tables = Frozen(
            root: root, edgeStart: edgeStart, edgeCount: edgeCount, edgeLabels: edgeLabels, edgeTargets: edgeTargets,
            hasPayload: payloads.map { !$0.isEmpty }, startPairs: startPairs, prefixBits: prefixBits,
            prefixLengths: prefixLengths, foldsAccents: foldsAccents, payloads: payloads)
        guard let trie = PhraseTrie(frozen: tables) else { throw PhraseTableReader.Damaged() }
        return trie
    }
}

extension ClaimVocabulary.Entry: PhraseTablePayload {
    func write(to writer: inout PhraseTableWriter) {
        cue.write(to: &writer)
        if let exactCapitals {
            writer.byte(1)
            writer.raw(exactCapitals)
        } else {
            writer.byte(0)
        }
        writer.byte((inflects ? 1 : 0) | (needsContext ? 2 : 0))
    }

    static func read(from reader: inout PhraseTableReader) throws(PhraseTableReader.Damaged) -> ClaimVocabulary.Entry {
        let cue = try Cue.read(from: &reader)
        let capitals: [UInt8]? = try reader.byte() == 1 ? try reader.raw(UInt8.self) : nil
        let flags = try reader.byte()
        guard flags < 4 else { throw PhraseTableReader.Damaged() }
        return ClaimVocabulary.Entry(cue: cue, exactCapitals: capitals, inflects: flags & 1 != 0, needsContext: flags & 2 != 0)
    }
}

extension Cue {
    /// A tag byte, then the case's values.
    func write(to writer: inout PhraseTableWriter) {
        switch self {
        case .system(let index):
            writer.byte(0)
            writer.int(index)
        case .outsideSystem(let index):
            writer.byte(1)
            writer.int(index)
        case .reference: writer.byte(2)
        case .attribute(let attribute):
            writer.byte(3)
            writer.string(attribute.rawValue)
        case .manPortable: writer.byte(4)
        case .notManPortable: writer.byte(5)
        case .guidance(let kind):
            writer.byte(6)
            writer.string(kind.rawValue)
        case .target(let kind):
            writer.byte(7)
            writer.string(kind.rawValue)
        case .targetVerb: writer.byte(8)
        case .origin(let code):
            writer.byte(9)
            writer.string(code)
        case .country(let code):
            writer.byte(10)
            writer.string(code)
        case .systemClass(let systemClass):
            writer.byte(11)
            writer.string(systemClass.rawValue)
        case .comparison(let relation, let attribute):
            writer.byte(12)
            writer.string(relation.rawValue)
            writer.string(attribute?.rawValue ?? "")
        case .nonClaim(let category):
            writer.byte(13)
            writer.string(category.rawValue)
        case .word(let word):
            writer.byte(14)
            writer.int(word.rawValue)
        }
    }

    static func read(from reader: inout PhraseTableReader) throws(PhraseTableReader.Damaged) -> Cue {
        switch try reader.byte() {
        case 0: return .system(try reader.int())
        case 1: return .outsideSystem(try reader.int())
        case 2: return .reference
        case 3: return .attribute(try reader.rawValue(Attribute.self))
        case 4: return .manPortable
        case 5: return .notManPortable
        case 6: return .guidance(try reader.rawValue(GuidanceKind.self))
        case 7: return .target(try reader.rawValue(TargetKind.self))
        case 8: return .targetVerb
        case 9: return .origin(try reader.string())
        case 10: return .country(try reader.string())
        case 11: return .systemClass(try reader.rawValue(SystemClass.self))
        case 12:
            let relation = try reader.rawValue(ComparisonRelation.self)
            let name = try reader.string()
            if name.isEmpty { return .comparison(relation, nil) }
            guard let attribute = Attribute(rawValue: name) else { throw PhraseTableReader.Damaged() }
            return .comparison(relation, attribute)
        case 13: return .nonClaim(try reader.rawValue(NonClaimCategory.self))
        case 14:
            guard let word = WordClass(rawValue: try reader.int()) else { throw PhraseTableReader.Damaged() }
            return .word(word)
        default: throw PhraseTableReader.Damaged()
        }
    }
}
