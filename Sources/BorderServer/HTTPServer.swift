import Foundation
import Hummingbird

/// Serves an `OGCService` over HTTP with Hummingbird: GET and HEAD only
/// (read-only), CORS for browser clients, one log line per request, a limit
/// on the request line, and a clean stop on SIGINT or SIGTERM.
public enum HTTPServer {
    /// The longest query string served; longer ones are refused.
    public static let maximumQueryBytes = 8_192

    /// Runs until SIGINT/SIGTERM. `onRunning` gets the bound port (useful with port 0).
    public static func run(_ source: some ServiceSource, host: String, port: Int,
                           onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let router = Router()
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: CORSMiddleware(allowOrigin: .all, allowMethods: [.get, .head, .options]))
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            do { return respond(try await source.current(), request) } catch {
                return unavailable(error)
            }
        }
        router.get("/", use: handler)
        router.get("**", use: handler)
        router.head("/", use: handler)
        router.head("**", use: handler)
        // Read-only: anything that would send a body is refused without reading it.
        let refuse: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let e = OGCError(status: 405, code: "MethodNotAllowed", description: "\(request.method.rawValue) is not offered: the server is read-only (GET, HEAD)")
            return Response(status: .methodNotAllowed, headers: [.contentType: "application/json", .allow: "GET, HEAD, OPTIONS"],
                            body: .init(byteBuffer: ByteBuffer(string: e.json)))
        }
        for method in [HTTPRequest.Method.post, .put, .patch, .delete] {
            router.on("/", method: method, use: refuse)
            router.on("**", method: method, use: refuse)
        }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "BorderWatch"),
                              onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
        try await app.runService()
    }

    /// 503 in OGC exception JSON, with a retry hint: the data is expected back (a database restarting).
    static func unavailable(_ error: any Error) -> Response {
        let e = OGCError(status: 503, code: "ServiceUnavailable", description: "\(error)")
        return Response(status: .serviceUnavailable, headers: [.contentType: "application/json", .retryAfter: "1"],
                        body: .init(byteBuffer: ByteBuffer(string: e.json)))
    }

    static func respond(_ service: OGCService, _ request: Request) -> Response {
        let answer: OGCResponse
        if (request.uri.query?.utf8.count ?? 0) > maximumQueryBytes {
            answer = .error(OGCError(status: 414, code: "URITooLong", description: "the query string is over \(maximumQueryBytes) bytes"))
        } else {
            var query: [(String, String)] = []
            for (k, v) in request.uri.queryParameters { query.append((String(k), String(v))) }
            let host = request.head.authority ?? "127.0.0.1"
            let wantsHTML = request.headers[.accept]?.contains("text/html") == true
            let path = request.uri.path.removingPercentEncoding ?? request.uri.path
            answer = service.get(path, query: query, base: "http://\(host)", wantsHTML: wantsHTML)
        }
        var headers: HTTPFields = [.contentType: answer.contentType]
        if answer.status == 503 { headers[.retryAfter] = "5" }
        return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
