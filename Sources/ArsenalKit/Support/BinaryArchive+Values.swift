/// The recorded values of the database in `BinaryArchive` form, written field by field.
extension ArchiveWriter {
    /// A tag and the payload. The switch is exhaustive, so a new case cannot be forgotten.
    static func specValue(_ value: SpecValue, into out: inout [UInt8]) throws {
        switch value {
        case .quantity(let quantity):
            guard let unit = quantity.unit else { throw BinaryArchive.Failure(description: "a quantity with no data-file unit") }
            out.append(0)
            double(quantity.value, into: &out)
            string(unit.rawValue, into: &out)
        case .count(let n):
            out.append(1)
            signed(Int64(n), into: &out)
        case .boolean(let flag):
            out.append(2)
            out.append(flag ? 1 : 0)
        case .set(let tokens):
            out.append(3)
            varint(UInt64(tokens.count), into: &out)
            for token in tokens { string(token, into: &out) }
        case .country(let code):
            out.append(4)
            string(code, into: &out)
        case .year(let year):
            out.append(5)
            signed(Int64(year), into: &out)
        }
    }

    /// The value, its source and location, a mask of the optional fields present and the
    /// flag, the status and scope, then each optional field present, in declaration order.
    static func sourcedValue(_ entry: SourcedValue, into out: inout [UInt8]) throws {
        try specValue(entry.value, into: &out)
        string(entry.sourceID, into: &out)
        location(entry.location, into: &out)
        let present: [Bool] = [
            entry.end != nil, entry.sourceLocation != nil, entry.bound != nil, entry.note != nil, entry.variant != nil,
            entry.inheritedFrom != nil, entry.qualifier != nil, entry.scopeLocation != nil, entry.also != nil, entry.approximate,
        ]
        varint(present.enumerated().reduce(0) { $0 | ($1.element ? 1 << UInt64($1.offset) : 0) }, into: &out)
        string(entry.status.rawValue, into: &out)
        string(entry.scope.rawValue, into: &out)
        if let end = entry.end { location(end, into: &out) }
        if let sourceLocation = entry.sourceLocation { location(sourceLocation, into: &out) }
        if let bound = entry.bound { string(bound.rawValue, into: &out) }
        if let note = entry.note { string(note, into: &out) }
        if let variant = entry.variant { string(variant, into: &out) }
        if let inheritedFrom = entry.inheritedFrom { string(inheritedFrom, into: &out) }
        if let qualifier = entry.qualifier { string(qualifier.rawValue, into: &out) }
        if let scopeLocation = entry.scopeLocation { location(scopeLocation, into: &out) }
        if let also = entry.also { try specValue(also, into: &out) }
    }
}

extension ArchiveReader {
    /// Reads what `ArchiveWriter.sourcedValue` wrote.
    func sourcedValue() throws -> SourcedValue {
        let value = try specValue()
        let sourceID = try string()
        let location = try location()
        let mask = try varint()
        guard mask < 1 << 10 else { throw fail("unknown fields in a recorded value") }
        func has(_ bit: Int) -> Bool { mask & (1 << UInt64(bit)) != 0 }
        func raw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try string()) else { throw fail("unknown \(T.self)") }
            return value
        }
        let status = try raw(EntryStatus.self)
        let scope = try raw(ValueScope.self)
        return SourcedValue(
            value: value, sourceID: sourceID, location: location,
            end: has(0) ? try self.location() : nil,
            sourceLocation: has(1) ? try self.location() : nil,
            approximate: has(9),
            bound: has(2) ? try raw(EntryBound.self) : nil,
            status: status,
            note: has(3) ? try string() : nil,
            variant: has(4) ? try string() : nil,
            inheritedFrom: has(5) ? try string() : nil,
            qualifier: has(6) ? try raw(ValueQualifier.self) : nil,
            scope: scope,
            scopeLocation: has(7) ? try self.location() : nil,
            also: has(8) ? try specValue() : nil)
    }
}
