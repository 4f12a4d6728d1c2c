import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client on loopback for what an HTTP client library will not do: send a
/// request in pieces, or stop half-way.
final class RawClient {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        // A throwing class initializer still runs deinit, which closes the socket.
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 15, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { if socket >= 0 { close(socket) } }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw POSIXError(.EPIPE) }
            sent += count
        }
    }

    /// Reads until the response's headers and `Content-Length` bytes of body have arrived.
    func readResponse() throws -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[..<count])
            let text = String(decoding: data, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n") {
                let head = text[..<end.lowerBound].lowercased()
                if let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                   let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
                   text[end.upperBound...].utf8.count >= length {
                    return text
                }
            }
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A whole HTTP answer read over a `RawClient`.
struct HTTPAnswer: Sendable {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: String

    /// Sends one request (`Connection: close`) on a thread of its own,
    /// so a test waiting for the answer never starves the server it talks to.
    static func fetch(
        port: Int, _ method: String, _ path: String, type: String? = nil, accept: String? = nil, body: String = ""
    ) async throws -> HTTPAnswer {
        try await fetch(port: port, method, path, type: type, accept: accept, bytes: Array(body.utf8))
    }

    /// The same with a body of bytes, sent with a Content-Length or in chunks.
    static func fetch(
        port: Int, _ method: String, _ path: String, type: String? = nil, accept: String? = nil, bytes: [UInt8], chunked: Bool = false
    ) async throws -> HTTPAnswer {
        try await withCheckedThrowingContinuation { continuation in
            // A thread of its own: blocking in a Dispatch worker can hold up the very pool
            // the server's tasks run on.
            Thread {
                continuation.resume(with: Result {
                    try request(port: port, method, path, type: type, accept: accept, bytes: bytes, chunked: chunked)
                })
            }.start()
        }
    }

    /// Sends one request and blocks until its answer has arrived.
    static func request(
        port: Int, _ method: String, _ path: String, type: String? = nil, accept: String? = nil, bytes: [UInt8], chunked: Bool = false
    ) throws -> HTTPAnswer {
        let client = try RawClient(port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        head += chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: \(bytes.count)\r\n"
        if let type { head += "Content-Type: \(type)\r\n" }
        if let accept { head += "Accept: \(accept)\r\n" }
        try client.send(head + "\r\n")
        // The server may answer 413 and close before the whole body is sent.
        if chunked {
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + 65536, bytes.count)
                guard (try? client.send(Array((String(end - offset, radix: 16) + "\r\n").utf8) + bytes[offset..<end] + Array("\r\n".utf8))) != nil else { break }
                offset = end
            }
            try? client.send("0\r\n\r\n")
        } else {
            try? client.send(bytes)
        }
        return try parse(client.readResponse())
    }

    /// A request with a text body.
    static func request(port: Int, _ method: String, _ path: String, type: String? = nil, body: String = "") throws -> HTTPAnswer {
        try request(port: port, method, path, type: type, bytes: Array(body.utf8))
    }

    /// Status, headers and body of a response's text.
    static func parse(_ response: String) throws -> HTTPAnswer {
        guard let split = response.range(of: "\r\n\r\n") else { throw POSIXError(.EBADMSG) }
        let lines = response[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { throw POSIXError(.EBADMSG) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPAnswer(status: status, headers: headers, body: String(response[split.upperBound...]))
    }
}
