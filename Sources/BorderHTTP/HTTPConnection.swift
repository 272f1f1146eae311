/// One connection's conversation, apart from the socket: bytes in, bytes
/// out. Pipelined requests are answered in order; a request with a body
/// is refused (the server is read-only) and the connection closed, since
/// its body is never read.
struct HTTPConnection {
    let handler: HTTPListener.Handler
    let log: (@Sendable (String) -> Void)?
    private var pending: [UInt8] = []

    init(handler: @escaping HTTPListener.Handler, log: (@Sendable (String) -> Void)?) {
        self.handler = handler
        self.log = log
    }

    /// Takes bytes received; returns what to send, and whether to close after sending it.
    mutating func received(_ bytes: ArraySlice<UInt8>) -> (reply: [UInt8], close: Bool) {
        pending += bytes
        var out: [UInt8] = []
        var start = 0
        defer { pending.removeFirst(start) }
        while start < pending.count {
            switch HTTPHeadParser.parse(pending[start...]) {
            case .incomplete:
                return (out, false)
            case let .invalid(status, reason):
                let response = HTTPResponse(
                    status: status, contentType: "text/plain; charset=utf-8", body: reason + "\n")
                out += response.serialized(keepAlive: false, headOnly: false)
                log?("- - \(status) (\(reason))")
                start = pending.count
                return (out, true)
            case let .request(request, consumed):
                start += consumed
                let hasBody =
                    (request.header("content-length").flatMap { Int($0) } ?? 0) > 0
                    || request.header("transfer-encoding") != nil
                var response =
                    hasBody && (request.method == "GET" || request.method == "HEAD")
                    ? HTTPResponse(
                        status: 400, contentType: "text/plain; charset=utf-8",
                        body: "a GET or HEAD request has no body\n")
                    : handler(request)
                response.headers.append(("Server", "BorderWatch"))
                let keepAlive = request.keepsAlive && !hasBody
                out += response.serialized(keepAlive: keepAlive, headOnly: request.method == "HEAD")
                log?("\(request.method) \(request.path)\(request.query.map { "?" + $0 } ?? "") \(response.status)")
                if !keepAlive {
                    start = pending.count
                    return (out, true)
                }
            }
        }
        return (out, false)
    }
}
