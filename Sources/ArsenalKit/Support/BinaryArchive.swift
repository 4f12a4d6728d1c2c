/// A compact binary form of `Codable` values, for the compiled cache of the database and
/// the language packs (`CompiledCache`): decoding it is many times faster than parsing the
/// YAML again.
///
/// The form follows the coding containers: an unkeyed container is a count and its
/// elements; a keyed container is a count, its keys, then its values in the same order; a
/// string is a length and UTF-8 bytes; integers are LEB128 varints (zig-zag for signed);
/// doubles are their 8 bytes. Keys are written, so an optional left out by
/// `encodeIfPresent` is told from one that is there, and decoding asks for the keys in the
/// order they were written (what synthesized conformances do) or fails: a value is never
/// read under another key's name. A nil outside a keyed container cannot be written (the
/// encoder fails), so an unkeyed or single value never needs a presence mark.
enum BinaryArchive {
    /// Why an archive could not be written or read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The archive of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = ArchiveEncoder.Node()
        // Through the encoder's own dispatch, so a type it writes by hand is written so at
        // the top level too.
        try ArchiveEncoder.encode(value, into: root, codingPath: [])
        var out: [UInt8] = []
        try root.write(into: &out)
        return out
    }

    /// The value an archive holds; fails on any malformed, truncated or trailing byte.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            let reader = ArchiveReader(buffer)
            let value = try ArchiveDecoder.decode(T.self, reader: reader, codingPath: [])
            guard reader.offset == buffer.count else { throw Failure(description: "trailing bytes") }
            return value
        }
    }
}
