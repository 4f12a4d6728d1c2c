import Foundation
import Hummingbird

/// The web page and the API description, embedded from `Web/` at build time (see the
/// EmbedResources plugin), served with their media types.
enum WebAssets {
    /// Files by URL path: `Web/index.html` is `/`, `Web/app.js` is `/app.js`.
    static let files: [String: (type: String, body: ByteBuffer)] = {
        var files: [String: (type: String, body: ByteBuffer)] = [:]
        for file in embeddedResourceFiles where file.path.hasPrefix("Web/") {
            let name = String(file.path.dropFirst("Web/".count))
            let path = name == "index.html" ? "/" : "/" + name
            files[path] = (mediaType(name), ByteBuffer(string: file.text))
        }
        return files
    }()

    /// The OpenAPI document's text.
    static var openAPI: String {
        embeddedResourceFiles.first { $0.path == "Web/openapi.json" }?.text ?? ""
    }

    static func mediaType(_ name: String) -> String {
        switch name.split(separator: ".").last {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }

    /// The embedded file at `path`, or 404.
    static func response(for path: String) throws -> Response {
        guard let file = files[path] else { throw APIError.notFound(path) }
        return Response(
            status: .ok,
            headers: [
                .contentType: file.type,
                // Everything is inline and same-origin: no CDN, no third-party script.
                .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'",
                .cacheControl: "no-cache",
            ],
            body: .init(byteBuffer: file.body))
    }
}
