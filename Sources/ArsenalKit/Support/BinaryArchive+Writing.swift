// BinaryArchive's writing half: the encoder that builds a tree of containers and the
// writer of integers, strings and doubles (the format: BinaryArchive.swift).

/// Builds a tree of containers (a keyed container's keys precede its values, so its
/// values are collected before it is written), then writes it out.
struct ArchiveEncoder: Encoder {
    final class Node {
        enum Content {
            case empty
            case bytes([UInt8])
            case keyed([(String, Node)])
            case unkeyed([Node])
        }
        var content = Content.empty

        func write(into out: inout [UInt8]) throws {
            switch content {
            case .empty: throw BinaryArchive.Failure(description: "a value encoded nothing")
            case .bytes(let bytes): out += bytes
            case .keyed(let entries):
                ArchiveWriter.varint(UInt64(entries.count), into: &out)
                for (key, _) in entries { ArchiveWriter.string(key, into: &out) }
                for (_, node) in entries { try node.write(into: &out) }
            case .unkeyed(let nodes):
                ArchiveWriter.varint(UInt64(nodes.count), into: &out)
                for node in nodes { try node.write(into: &out) }
            }
        }
    }

    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = node.content { node.content = .keyed([]) }
        return KeyedEncodingContainer(KeyedArchiveEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = node.content { node.content = .unkeyed([]) }
        return UnkeyedArchiveEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleArchiveEncoder(node: node, codingPath: codingPath)
    }

    /// Encodes `value` into `node`: primitives as bytes, anything else through its conformance.
    static func encode<T: Encodable>(_ value: T, into node: Node, codingPath: [any CodingKey]) throws {
        var out: [UInt8] = []
        switch value {
        case let v as String: ArchiveWriter.string(v, into: &out)
        case let v as Int: ArchiveWriter.signed(Int64(v), into: &out)
        case let v as Double: ArchiveWriter.double(v, into: &out)
        case let v as Bool: out.append(v ? 1 : 0)
        case let v as SourceLocation:
            // The most frequent value of the database (one per field and entry): three
            // plain fields, not a keyed container.
            ArchiveWriter.location(v, into: &out)
        case let v as SpecValue:
            // One per recorded entry: a tag and the payload, not an enum's nested keyed
            // containers.
            try ArchiveWriter.specValue(v, into: &out)
        case let v as SourcedValue:
            // Several hundred per database: fields in a fixed order behind a presence mask,
            // not a keyed container (whose generic decoding was most of a start's decoding).
            try ArchiveWriter.sourcedValue(v, into: &out)
        case let v as StoredCatalog:
            // Read at every start: records and sources field by field (BinaryArchive+Catalog).
            try ArchiveWriter.storedCatalog(v, into: &out)
        case let v as [String: SourceLocation]:
            // A record's field locations: pairs written directly, not through the
            // dictionary's keyed container (its decoding was a quarter of the whole).
            ArchiveWriter.varint(UInt64(v.count), into: &out)
            for (key, location) in v {
                ArchiveWriter.string(key, into: &out)
                ArchiveWriter.location(location, into: &out)
            }
        case is Float, is Int8, is Int16, is Int32, is Int64, is UInt, is UInt8, is UInt16, is UInt32, is UInt64:
            throw BinaryArchive.Failure(description: "\(T.self) is not archived (at \(codingPath))")
        default:
            try value.encode(to: ArchiveEncoder(node: node, codingPath: codingPath))
            return
        }
        node.content = .bytes(out)
    }
}

private struct KeyedArchiveEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: ArchiveEncoder.Node
    let codingPath: [any CodingKey]

    private func append(_ key: Key) throws -> ArchiveEncoder.Node {
        guard case .keyed(var entries) = node.content else {
            throw BinaryArchive.Failure(description: "mixed containers at \(codingPath)")
        }
        let child = ArchiveEncoder.Node()
        entries.append((key.stringValue, child))
        node.content = .keyed(entries)
        return child
    }

    mutating func encodeNil(forKey key: Key) throws {
        throw BinaryArchive.Failure(description: "nil at \(codingPath + [key]) (only left-out optionals are written)")
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try ArchiveEncoder.encode(value, into: try append(key), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        // A failure here surfaces when the tree is written (an empty node cannot be).
        let child = (try? append(key)) ?? ArchiveEncoder.Node()
        return ArchiveEncoder(node: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = (try? append(key)) ?? ArchiveEncoder.Node()
        return ArchiveEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ArchiveEncoder(node: ArchiveEncoder.Node(), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

private struct UnkeyedArchiveEncoder: UnkeyedEncodingContainer {
    let node: ArchiveEncoder.Node
    let codingPath: [any CodingKey]

    var count: Int {
        if case .unkeyed(let nodes) = node.content { return nodes.count }
        return 0
    }

    private func append() throws -> ArchiveEncoder.Node {
        guard case .unkeyed(var nodes) = node.content else {
            throw BinaryArchive.Failure(description: "mixed containers at \(codingPath)")
        }
        let child = ArchiveEncoder.Node()
        nodes.append(child)
        node.content = .unkeyed(nodes)
        return child
    }

    mutating func encodeNil() throws {
        throw BinaryArchive.Failure(description: "nil in a list at \(codingPath)")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try ArchiveEncoder.encode(value, into: try append(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        ArchiveEncoder(node: (try? append()) ?? ArchiveEncoder.Node(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        ArchiveEncoder(node: (try? append()) ?? ArchiveEncoder.Node(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ArchiveEncoder(node: ArchiveEncoder.Node(), codingPath: codingPath) }
}

private struct SingleArchiveEncoder: SingleValueEncodingContainer {
    let node: ArchiveEncoder.Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        throw BinaryArchive.Failure(description: "nil at \(codingPath)")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try ArchiveEncoder.encode(value, into: node, codingPath: codingPath)
    }
}

enum ArchiveWriter {
    static func varint(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func signed(_ value: Int64, into out: inout [UInt8]) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)), into: &out)
    }

    static func double(_ value: Double, into out: inout [UInt8]) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            out.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    static func location(_ value: SourceLocation, into out: inout [UInt8]) {
        string(value.file, into: &out)
        signed(Int64(value.line), into: &out)
        signed(Int64(value.column), into: &out)
    }

    static func string(_ value: String, into out: inout [UInt8]) {
        varint(UInt64(value.utf8.count), into: &out)
        out += value.utf8
    }
}

