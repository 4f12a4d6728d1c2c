// BinaryArchive's reading half: the bounds-checked reader and the decoder over it
// (the format: BinaryArchive.swift).

/// A cursor over an archive's bytes; every read checks its bounds.
final class ArchiveReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func fail(_ what: String) -> BinaryArchive.Failure {
        BinaryArchive.Failure(description: "malformed archive at byte \(offset): \(what)")
    }

    func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw fail("bad number") }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    func count() throws -> Int {
        let value = try varint()
        guard value <= UInt64(bytes.count - offset) else { throw fail("count past the end") }
        return Int(value)
    }

    func signed() throws -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    func double() throws -> Double {
        guard bytes.count - offset >= 8 else { throw fail("truncated number") }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw fail("bad boolean") }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// The byte range of a string (its length already checked).
    func stringRange() throws -> Range<Int> {
        let length = try count()
        defer { offset += length }
        return offset..<(offset + length)
    }

    func string() throws -> String {
        let range = try stringRange()
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw fail("invalid UTF-8")
        }
        return text
    }

    /// The latest file name read, and its bytes: a database's locations name a few files
    /// thousands of times, and each repeat shares one string.
    private var lastFile: (range: Range<Int>, text: String)?

    /// A string that is a location's file name.
    func file() throws -> String {
        let range = try stringRange()
        if let lastFile, lastFile.range.count == range.count,
           bytes[range].elementsEqual(bytes[lastFile.range]) {
            return lastFile.text
        }
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw fail("invalid UTF-8")
        }
        lastFile = (range, text)
        return text
    }

    func int() throws -> Int {
        guard let value = Int(exactly: try signed()) else { throw fail("integer out of range") }
        return value
    }

    /// A `SpecValue` as `ArchiveEncoder` writes it: a tag and its payload.
    func specValue() throws -> SpecValue {
        guard offset < bytes.count else { throw fail("truncated value") }
        let tag = bytes[offset]
        offset += 1
        switch tag {
        case 0:
            let value = try double()
            guard let unit = QuantityUnit(rawValue: try string()) else { throw fail("unknown unit") }
            return .quantity(Quantity(value, unit))
        case 1: return .count(try int())
        case 2: return .boolean(try bool())
        case 3:
            let count = try count()
            var tokens: [String] = []
            tokens.reserveCapacity(count)
            for _ in 0..<count { tokens.append(try string()) }
            return .set(tokens)
        case 4: return .country(try string())
        case 5: return .year(try int())
        default: throw fail("unknown value tag \(tag)")
        }
    }

    func location() throws -> SourceLocation {
        let file = try file()
        let line = try signed()
        let column = try signed()
        guard let line = Int(exactly: line), let column = Int(exactly: column) else { throw fail("integer out of range") }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Whether the bytes at `range` spell `key`.
    func equals(_ range: Range<Int>, _ key: String) -> Bool {
        var key = key
        return key.withUTF8 { utf8 in
            guard utf8.count == range.count else { return false }
            for k in 0..<utf8.count where utf8[k] != bytes[range.lowerBound + k] { return false }
            return true
        }
    }
}

/// Whether `type` is a primitive other than String, Int, Double and Bool: refused, not
/// decoded through its conformance (which would ask for itself again). Compared by
/// identity: a protocol conformance test on every decoded type cost a third of the time.
private func isUnarchivedPrimitive(_ type: Any.Type) -> Bool {
    type == Float.self || type == Int8.self || type == Int16.self || type == Int32.self || type == Int64.self
        || type == UInt.self || type == UInt8.self || type == UInt16.self || type == UInt32.self || type == UInt64.self
}

/// Decoding does not track the coding path (building it cost an allocation per field):
/// errors name the byte offset instead.
struct ArchiveDecoder: Decoder {
    let reader: ArchiveReader
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedArchiveDecoder<Key>(reader: reader, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedArchiveDecoder(reader: reader, codingPath: codingPath, count: try reader.count())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleArchiveDecoder(reader: reader, codingPath: codingPath)
    }

    /// Decodes a `T` at the reader's position: primitives directly, anything else through
    /// its conformance.
    static func decode<T: Decodable>(_ type: T.Type, reader: ArchiveReader, codingPath: [any CodingKey]) throws -> T {
        // The types are equal, so the bit casts are identities (a dynamic `as!` cast cost
        // more than reading the value).
        if T.self == String.self { return unsafeBitCast(try reader.string(), to: T.self) }
        if T.self == Int.self {
            let value = try reader.signed()
            guard let int = Int(exactly: value) else { throw reader.fail("integer out of range") }
            return unsafeBitCast(int, to: T.self)
        }
        if T.self == Double.self { return unsafeBitCast(try reader.double(), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try reader.bool(), to: T.self) }
        if T.self == SourceLocation.self { return unsafeBitCast(try reader.location(), to: T.self) }
        if T.self == SpecValue.self { return unsafeBitCast(try reader.specValue(), to: T.self) }
        if T.self == SourcedValue.self { return unsafeBitCast(try reader.sourcedValue(), to: T.self) }
        if T.self == StoredCatalog.self { return unsafeBitCast(try reader.storedCatalog(), to: T.self) }
        if T.self == [String: SourceLocation].self {
            let count = try reader.count()
            var table: [String: SourceLocation] = [:]
            table.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.string()
                guard table.updateValue(try reader.location(), forKey: key) == nil else { throw reader.fail("duplicate key") }
            }
            return unsafeBitCast(table, to: T.self)
        }
        if isUnarchivedPrimitive(T.self) { throw reader.fail("\(T.self) is not archived") }
        return try T(from: ArchiveDecoder(reader: reader, codingPath: codingPath))
    }
}

private struct KeyedArchiveDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: ArchiveReader
    let codingPath: [any CodingKey]
    /// How many keys there are, and where the first one starts (the values follow them).
    private let count: Int
    private let keysStart: Int
    /// The next value to read and its key's offset (a box: decoding methods are not
    /// mutating). Keys are read in place, never copied into a list.
    private let cursor: Cursor

    private final class Cursor {
        var next = 0
        var nextKey: Int

        init(nextKey: Int) { self.nextKey = nextKey }
    }

    init(reader: ArchiveReader, codingPath: [any CodingKey]) throws {
        self.reader = reader
        self.codingPath = codingPath
        count = try reader.count()
        keysStart = reader.offset
        // Skipped with every bound checked, so `key(at:)` reads them unchecked.
        for _ in 0..<count { _ = try reader.stringRange() }
        cursor = Cursor(nextKey: keysStart)
    }

    /// The key starting at byte `offset` and the offset after it.
    private func key(at offset: Int) -> (range: Range<Int>, end: Int) {
        var position = offset
        var length = 0
        var shift = 0
        while true {
            let byte = reader.bytes[position]
            position += 1
            length |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return (position..<(position + length), position + length)
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var offset = keysStart
        for _ in 0..<count {
            let (range, end) = key(at: offset)
            offset = end
            if let key = Key(stringValue: String(decoding: UnsafeBufferPointer(rebasing: reader.bytes[range]), as: UTF8.self)) {
                keys.append(key)
            }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        var offset = cursor.nextKey
        for _ in cursor.next..<count {
            let (range, end) = self.key(at: offset)
            if reader.equals(range, key.stringValue) { return true }
            offset = end
        }
        return false
    }

    /// Moves on to `key`'s value when it is the next one; false when `key` was left out.
    /// A key asked for out of the written order is an error, never another key's value.
    private func advance(to key: Key) throws -> Bool {
        if cursor.next < count {
            let (range, end) = self.key(at: cursor.nextKey)
            if reader.equals(range, key.stringValue) {
                cursor.next += 1
                cursor.nextKey = end
                return true
            }
        }
        if contains(key) { throw reader.fail("key '\(key.stringValue)' read out of order") }
        return false
    }

    private func value(for key: Key) throws {
        guard try advance(to: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "not in the archive"))
        }
    }

    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try value(for: key)
        return try ArchiveDecoder.decode(type, reader: reader, codingPath: codingPath)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard try advance(to: key) else { return nil }
        return try ArchiveDecoder.decode(type, reader: reader, codingPath: codingPath)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard try advance(to: key) else { return nil }
        return try reader.string()
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard try advance(to: key) else { return nil }
        return try reader.bool()
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard try advance(to: key) else { return nil }
        return try ArchiveDecoder.decode(Int.self, reader: reader, codingPath: codingPath)
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard try advance(to: key) else { return nil }
        return try reader.double()
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(for: key)
        return KeyedDecodingContainer(try KeyedArchiveDecoder<NestedKey>(reader: reader, codingPath: codingPath))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try value(for: key)
        return UnkeyedArchiveDecoder(reader: reader, codingPath: codingPath, count: try reader.count())
    }

    func superDecoder() throws -> any Decoder { throw reader.fail("super decoders are not archived") }
    func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder() }
}

private struct UnkeyedArchiveDecoder: UnkeyedDecodingContainer {
    let reader: ArchiveReader
    let codingPath: [any CodingKey]
    let total: Int
    var currentIndex = 0

    init(reader: ArchiveReader, codingPath: [any CodingKey], count: Int) {
        self.reader = reader
        self.codingPath = codingPath
        total = count
    }

    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func step() throws {
        guard currentIndex < total else { throw reader.fail("read past the end of a list") }
        currentIndex += 1
    }

    /// Lists hold no nils (the encoder refuses them).
    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try step()
        return try ArchiveDecoder.decode(type, reader: reader, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try step()
        return KeyedDecodingContainer(try KeyedArchiveDecoder<NestedKey>(reader: reader, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try step()
        return UnkeyedArchiveDecoder(reader: reader, codingPath: codingPath, count: try reader.count())
    }

    mutating func superDecoder() throws -> any Decoder { throw reader.fail("super decoders are not archived") }
}

private struct SingleArchiveDecoder: SingleValueDecodingContainer {
    let reader: ArchiveReader
    let codingPath: [any CodingKey]

    /// A single value is never nil (the encoder refuses it).
    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try ArchiveDecoder.decode(type, reader: reader, codingPath: codingPath)
    }
}
