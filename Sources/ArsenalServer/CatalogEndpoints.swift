import ArsenalKit
import Foundation
import Hummingbird

/// The read-only catalog endpoints: `/v1/systems`, `/v1/systems/{id}`, `/v1/compare`,
/// `/v1/list` and `/v1/find`, answering what `arsenal list/show/compare/find --format json`
/// print (and the SVG envelope chart for `compare` with `Accept: image/svg+xml`).
struct CatalogEndpoints: Sendable {
    let catalog: Catalog

    func systems(_ request: Request) throws -> Response {
        let units = try Self.units(request)
        return Self.json(QueryFormat.json.render(.listing(CatalogListing(catalog: catalog, units: units))))
    }

    func system(_ request: Request, id: String) throws -> Response {
        let record = try resolve(id)
        return Self.json(QueryFormat.json.render(.datasheet(Datasheet(system: record, catalog: catalog, units: try Self.units(request)))))
    }

    func compare(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        guard let ids = query["ids"] else {
            throw APIError.badParameter("ids", "name two or more systems, comma-separated: ?ids=igla-s,stinger")
        }
        var records: [WeaponSystem] = []
        for name in ids.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            let record = try resolve(name)
            if !records.contains(where: { $0.id == record.id }) { records.append(record) }
        }
        guard records.count >= 2 else {
            throw APIError.badParameter("ids", "name two or more different systems to compare")
        }
        var attributes: [Attribute]?
        if let list = query["attributes"] {
            attributes = try list.split(separator: ",").map { name in
                guard let attribute = Attribute(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw APIError.badParameter("attributes", "unknown attribute '\(name)'; attributes: \(Attribute.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return attribute
            }
        }
        let comparison = SystemComparison(systems: records, attributes: attributes, units: try Self.units(request), catalog: catalog)
        if Self.wantsSVG(request), let svg = QueryFormat.svg.render(.comparison(comparison)) {
            return Response(status: .ok, headers: [.contentType: "image/svg+xml; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: svg)))
        }
        return Self.json(QueryFormat.json.render(.comparison(comparison)))
    }

    func list(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        var query: CatalogQuery?
        if let expression = parameters["where"] {
            do {
                query = try CatalogQuery(String(expression))
            } catch {
                throw APIError.badQuery(.init(message: error.message, column: error.column, caret: error.caretDisplay(indent: "")))
            }
        }
        var kind: SystemKind?
        if let name = parameters["kind"] {
            guard let known = SystemKind(rawValue: name.lowercased()) else {
                throw APIError.badParameter("kind", "unknown kind '\(name)'; kinds: \(SystemKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kind = known
        }
        var sort = ListSort()
        if let name = parameters["sort"] {
            switch ListSort.parse(String(name)) {
            case .success(let key): sort = ListSort(key: key, descending: parameters["descending"] == "true")
            case .failure(let error): throw APIError.badParameter("sort", error.message)
            }
        }
        var limit: Int?
        if let text = parameters["limit"] {
            guard let number = Int(text), number >= 1 else { throw APIError.badParameter("limit", "must be a whole number of at least 1") }
            limit = number
        }
        let listing = CatalogListing(catalog: catalog, kind: kind, query: query, sort: sort, limit: limit, units: try Self.units(request))
        return Self.json(QueryFormat.json.render(.listing(listing)))
    }

    func find(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        guard let text = parameters["q"], !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badParameter("q", "give a name to find: ?q=stinger")
        }
        var limit = 5
        if let value = parameters["limit"] {
            guard let number = Int(value), number >= 1 else { throw APIError.badParameter("limit", "must be a whole number of at least 1") }
            limit = number
        }
        return Self.json(QueryFormat.json.render(.find(SystemFinder(catalog: catalog).find(String(text), limit: limit))))
    }

    /// The record `name` designates (id, name or alias), or 404 with suggestions.
    func resolve(_ name: String) throws -> WeaponSystem {
        if let record = catalog.resolve(name) { return record }
        throw APIError.unknownSystem(name, suggestions: SystemFinder(catalog: catalog).suggestions(for: name))
    }

    /// `?units=metric|imperial` (metric by default; JSON figures are SI either way).
    static func units(_ request: Request) throws -> UnitSystem {
        guard let name = request.uri.queryParameters["units"] else { return .metric }
        guard let units = UnitSystem(rawValue: String(name)) else {
            throw APIError.badParameter("units", "use metric or imperial")
        }
        return units
    }

    /// Whether the client prefers the SVG chart (`Accept: image/svg+xml`, or `?format=svg`).
    static func wantsSVG(_ request: Request) -> Bool {
        if request.uri.queryParameters["format"] == "svg" { return true }
        guard let accept = request.headers[.accept]?.lowercased() else { return false }
        return accept.contains("image/svg+xml") && !accept.hasPrefix("application/json")
    }

    static func json(_ text: String?) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text ?? "{}\n")))
    }
}
