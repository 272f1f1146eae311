import BorderHTTP
import Foundation

/// Serves an `OGCService` over HTTP/1.1: GET and HEAD only (read-only),
/// CORS for browser clients, one log line per request, a limit on the query
/// string, and a clean stop on SIGINT or SIGTERM.
public enum HTTPServer {
    /// The longest query string served; longer ones are refused.
    public static let maximumQueryBytes = 8_192
    /// What a 503 asks the client to wait, in seconds: the data is expected back soon (a database restarting).
    public static let retryAfterSeconds = 1

    /// Runs until SIGINT/SIGTERM. `onRunning` gets the bound port (useful with port 0).
    public static func run(
        _ source: some ServiceSource, host: String, port: Int, log: Bool = true,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let listener = try HTTPListener(host: host, port: port, log: log ? Self.log : nil) { request in
            answer(request, source: source)
        }
        let signals = stopOnSignals(listener)
        await onRunning(listener.port)
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                listener.run()
                done.resume()
            }
        }
        for s in signals { s.cancel() }
    }

    /// The answer to one request: routing by method, then the service.
    public static func answer(_ request: HTTPRequest, source: some ServiceSource) -> HTTPResponse {
        var response: HTTPResponse
        switch request.method {
        case "GET", "HEAD":
            do { response = respond(try currentService(source), request) } catch { response = unavailable(error) }
        case "OPTIONS":
            response = HTTPResponse(
                status: 204,
                headers: [
                    ("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"),
                    ("Access-Control-Allow-Headers", request.header("access-control-request-headers") ?? "*"),
                    ("Access-Control-Max-Age", "86400"), ("Allow", "GET, HEAD, OPTIONS"),
                ])
        default:
            // Read-only: anything that would send a body is refused without reading it.
            let e = OGCError(
                status: 405, code: "MethodNotAllowed",
                description: "\(request.method) is not offered: the server is read-only (GET, HEAD)")
            response = HTTPResponse(
                status: 405, contentType: "application/json", body: e.json, headers: [("Allow", "GET, HEAD, OPTIONS")])
        }
        response.headers.append(("Access-Control-Allow-Origin", "*"))
        return response
    }

    /// 503 in OGC exception JSON, with a retry hint: the data is expected back (a database restarting).
    static func unavailable(_ error: any Error) -> HTTPResponse {
        let e = OGCError(status: 503, code: "ServiceUnavailable", description: "\(error)")
        return HTTPResponse(
            status: 503, contentType: "application/json", body: e.json,
            headers: [("Retry-After", "\(retryAfterSeconds)")])
    }

    static func respond(_ service: OGCService, _ request: HTTPRequest) -> HTTPResponse {
        let answer: OGCResponse
        if (request.query?.utf8.count ?? 0) > maximumQueryBytes {
            answer = .error(
                OGCError(
                    status: 414, code: "URITooLong", description: "the query string is over \(maximumQueryBytes) bytes")
            )
        } else {
            let host = request.header("host") ?? "127.0.0.1"
            let wantsHTML = request.header("accept")?.contains("text/html") == true
            let path = PercentDecoding.decode(request.path) ?? request.path
            answer = service.get(path, query: request.queryParameters, base: "http://\(host)", wantsHTML: wantsHTML)
        }
        // A store-backed service still reading the whole store for this answer: ask the client to come back.
        let retry: [(String, String)] = answer.status == 503 ? [("Retry-After", "\(retryAfterSeconds)")] : []
        if let bytes = answer.bytes {
            return HTTPResponse(
                status: answer.status, headers: [("Content-Type", answer.contentType)] + retry, body: bytes)
        }
        return HTTPResponse(status: answer.status, contentType: answer.contentType, body: answer.body, headers: retry)
    }

    /// The service now: a fixed one directly, one that follows a database through its actor.
    static func currentService(_ source: some ServiceSource) throws -> OGCService {
        if let fixed = source as? OGCService { return fixed }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.set(.success(try await source.current())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    private static let log: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private static func stopOnSignals(_ listener: HTTPListener) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { listener.stop() }
            source.resume()
            return source
        }
    }
}

/// A result handed from a task to the thread waiting for it.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<OGCService, any Error>?

    func set(_ r: Result<OGCService, any Error>) {
        lock.lock()
        result = r
        lock.unlock()
    }

    func get() throws -> OGCService {
        lock.lock()
        defer { lock.unlock() }
        return try result!.get()
    }
}
