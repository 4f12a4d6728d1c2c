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

    /// Writes `value` as its index in `cases` (at most 256 of them).
    mutating func caseIndex<T: Equatable>(_ value: T, in cases: [T]) {
        byte(UInt8(cases.firstIndex(of: value)!))
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

    /// A string; bytes that are not UTF-8 are repaired, not refused (the cache entry's
    /// checksum has already caught a damaged payload before any of it is read).
    mutating func string() throws(Damaged) -> String {
        let count = try count()
        defer { offset += count }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + count]), as: UTF8.self) }
    }

    /// One of `cases`, written as its index (`PhraseTableWriter.caseIndex`).
    mutating func oneOf<T>(_ cases: [T]) throws(Damaged) -> T {
        let index = Int(try byte())
        guard index < cases.count else { throw Damaged() }
        return cases[index]
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

extension PhraseTrie {
    /// Whether payload list starts begin at 0, never decrease and end at `total`.
    static func startsAreOrdered(_ starts: [Int32], total: Int) -> Bool {
        guard starts.first == 0, starts.last.map(Int.init) == total else { return false }
        for k in 1..<starts.count where starts[k] < starts[k - 1] { return false }
        return true
    }

    /// Whether every node's edge labels are strictly increasing (as `freeze` lays them out).
    static func labelsAreSorted(_ labels: [UInt8], _ starts: [Int32], _ counts: [UInt16]) -> Bool {
        for node in 0..<starts.count where counts[node] > 1 {
            let start = Int(starts[node])
            for k in start + 1..<start + Int(counts[node]) where labels[k - 1] >= labels[k] { return false }
        }
        return true
    }

    /// The frozen tables, as the compiled cache stores them (`PhraseTableArchive`).
    struct Frozen {
        var root: [Int32]
        var edgeStart: [Int32]
        var edgeCount: [UInt16]
        var edgeLabels: [UInt8]
        var edgeTargets: [Int32]
        var startPairs: [UInt64]
        var prefixBits: [UInt64]
        var prefixLengths: UInt8
        var foldsAccents: Bool
        var payloadStarts: [Int32]
        var payloadList: [Payload]
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
        writer.raw(tables.payloadStarts)
        writer.int(tables.payloadList.count)
        for payload in tables.payloadList { payload.write(to: &writer) }
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
        let payloadStarts = try reader.raw(Int32.self)
        let count = try reader.count()
        var payloadList: [Payload] = []
        payloadList.reserveCapacity(count)
        for _ in 0..<count { payloadList.append(try Payload.read(from: &reader)) }
        let tables = Frozen(
            root: root, edgeStart: edgeStart, edgeCount: edgeCount, edgeLabels: edgeLabels, edgeTargets: edgeTargets,
            startPairs: startPairs, prefixBits: prefixBits, prefixLengths: prefixLengths, foldsAccents: foldsAccents,
            payloadStarts: payloadStarts, payloadList: payloadList)
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
            writer.caseIndex(attribute, in: CueCases.attributes)
        case .manPortable: writer.byte(4)
        case .notManPortable: writer.byte(5)
        case .guidance(let kind):
            writer.byte(6)
            writer.caseIndex(kind, in: CueCases.guidance)
        case .target(let kind):
            writer.byte(7)
            writer.caseIndex(kind, in: CueCases.targets)
        case .targetVerb: writer.byte(8)
        case .origin(let code):
            writer.byte(9)
            writer.string(code)
        case .country(let code):
            writer.byte(10)
            writer.string(code)
        case .systemClass(let systemClass):
            writer.byte(11)
            writer.caseIndex(systemClass, in: CueCases.classes)
        case .comparison(let relation, let attribute):
            writer.byte(12)
            writer.caseIndex(relation, in: CueCases.relations)
            writer.caseIndex(attribute, in: CueCases.comparedAttributes)
        case .nonClaim(let category):
            writer.byte(13)
            writer.caseIndex(category, in: CueCases.nonClaims)
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
        case 3: return .attribute(try reader.oneOf(CueCases.attributes))
        case 4: return .manPortable
        case 5: return .notManPortable
        case 6: return .guidance(try reader.oneOf(CueCases.guidance))
        case 7: return .target(try reader.oneOf(CueCases.targets))
        case 8: return .targetVerb
        case 9: return .origin(try reader.string())
        case 10: return .country(try reader.string())
        case 11: return .systemClass(try reader.oneOf(CueCases.classes))
        case 12: return .comparison(try reader.oneOf(CueCases.relations), try reader.oneOf(CueCases.comparedAttributes))
        case 13: return .nonClaim(try reader.oneOf(CueCases.nonClaims))
        case 14:
            guard let word = WordClass(rawValue: try reader.int()) else { throw PhraseTableReader.Damaged() }
            return .word(word)
        default: throw PhraseTableReader.Damaged()
        }
    }
}

/// The cases a cue's values are archived by index into, each built once (an enum's
/// `allCases` builds a new array at every use).
enum CueCases {
    static let attributes = Attribute.allCases
    static let comparedAttributes: [Attribute?] = [nil] + Attribute.allCases.map { $0 }
    static let guidance = GuidanceKind.allCases
    static let targets = TargetKind.allCases
    static let classes = SystemClass.allCases
    static let relations = ComparisonRelation.allCases
    static let nonClaims = NonClaimCategory.allCases
}
