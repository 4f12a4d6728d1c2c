/// The database's records and sources in `BinaryArchive` form, written field by field: a
/// cached database is read at every start of `arsenal check`, and decoding its records
/// through their keyed `Codable` containers (the Swift runtime instantiating generic
/// containers and looking up conformances for every field) was most of that read.
///
/// A record is its strings and lists in declaration order, a mask of the optional fields
/// present, each optional present, then its specs (attribute, count, recorded values) and
/// its field locations (name, location). A source is its fields the same way. Lists are a
/// count and their elements; unknown enumeration values, duplicate keys and unknown mask
/// bits fail the read, so a damaged entry is never half trusted.
extension ArchiveWriter {
    static func storedCatalog(_ catalog: StoredCatalog, into out: inout [UInt8]) throws {
        varint(UInt64(catalog.records.count), into: &out)
        for record in catalog.records { try weaponSystem(record, into: &out) }
        varint(UInt64(catalog.sources.count), into: &out)
        for source in catalog.sources { self.source(source, into: &out) }
    }

    static func strings(_ list: [String], into out: inout [UInt8]) {
        varint(UInt64(list.count), into: &out)
        for item in list { string(item, into: &out) }
    }

    static func weaponSystem(_ system: WeaponSystem, into out: inout [UInt8]) throws {
        string(system.id, into: &out)
        string(system.name, into: &out)
        strings(system.aliases, into: &out)
        strings(system.ambiguousAliases, into: &out)
        string(system.kind.rawValue, into: &out)
        string(system.origin, into: &out)
        string(system.file, into: &out)
        let present = [system.developer, system.extends, system.sourcesNote]
        varint(present.enumerated().reduce(0) { $0 | ($1.element != nil ? 1 << UInt64($1.offset) : 0) }, into: &out)
        for case let text? in present { string(text, into: &out) }
        varint(UInt64(system.specs.count), into: &out)
        for (attribute, values) in system.specs {
            string(attribute.rawValue, into: &out)
            varint(UInt64(values.count), into: &out)
            for value in values { try sourcedValue(value, into: &out) }
        }
        varint(UInt64(system.fieldLocations.count), into: &out)
        for (field, location) in system.fieldLocations {
            string(field, into: &out)
            self.location(location, into: &out)
        }
    }

    static func source(_ source: Source, into out: inout [UInt8]) {
        string(source.id, into: &out)
        string(source.title, into: &out)
        string(source.publisher, into: &out)
        string(source.url, into: &out)
        string(source.retrieved, into: &out)
        location(source.location, into: &out)
        let present = [source.via, source.published, source.language, source.note]
        varint(present.enumerated().reduce(0) { $0 | ($1.element != nil ? 1 << UInt64($1.offset) : 0) }, into: &out)
        for case let text? in present { string(text, into: &out) }
    }
}

extension ArchiveReader {
    /// Reads what `ArchiveWriter.storedCatalog` wrote.
    func storedCatalog() throws -> StoredCatalog {
        let recordCount = try count()
        var records: [WeaponSystem] = []
        records.reserveCapacity(recordCount)
        for _ in 0..<recordCount { records.append(try weaponSystem()) }
        let sourceCount = try count()
        var sources: [Source] = []
        sources.reserveCapacity(sourceCount)
        for _ in 0..<sourceCount { sources.append(try source()) }
        return StoredCatalog(records: records, sources: sources)
    }

    func strings() throws -> [String] {
        let n = try count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    /// The optional strings a presence mask of `fields` bits announces, in order.
    private func optionals(_ fields: Int) throws -> [String?] {
        let mask = try varint()
        guard mask < 1 << UInt64(fields) else { throw fail("unknown optional fields") }
        return try (0..<fields).map { mask & (1 << UInt64($0)) != 0 ? try string() : nil }
    }

    func weaponSystem() throws -> WeaponSystem {
        let id = try string()
        let name = try string()
        let aliases = try strings()
        let ambiguousAliases = try strings()
        guard let kind = SystemKind(rawValue: try string()) else { throw fail("unknown system kind") }
        let origin = try string()
        let file = try file()
        let optional = try optionals(3)
        let specCount = try count()
        var specs: [Attribute: [SourcedValue]] = [:]
        specs.reserveCapacity(specCount)
        for _ in 0..<specCount {
            guard let attribute = Attribute(rawValue: try string()) else { throw fail("unknown attribute") }
            let n = try count()
            var values: [SourcedValue] = []
            values.reserveCapacity(n)
            for _ in 0..<n { values.append(try sourcedValue()) }
            guard specs.updateValue(values, forKey: attribute) == nil else { throw fail("duplicate attribute") }
        }
        let locationCount = try count()
        var locations: [String: SourceLocation] = [:]
        locations.reserveCapacity(locationCount)
        for _ in 0..<locationCount {
            let field = try string()
            guard locations.updateValue(try location(), forKey: field) == nil else { throw fail("duplicate field location") }
        }
        var system = WeaponSystem(
            id: id, name: name, aliases: aliases, kind: kind, origin: origin, developer: optional[0], extends: optional[1],
            sourcesNote: optional[2], specs: specs, file: file, fieldLocations: locations)
        system.ambiguousAliases = ambiguousAliases
        return system
    }

    func source() throws -> Source {
        let id = try string()
        let title = try string()
        let publisher = try string()
        let url = try string()
        let retrieved = try string()
        let location = try location()
        let optional = try optionals(4)
        return Source(
            id: id, title: title, publisher: publisher, url: url, via: optional[0], retrieved: retrieved,
            published: optional[1], language: optional[2], note: optional[3], location: location)
    }
}
