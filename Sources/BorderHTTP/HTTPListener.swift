import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A listening TCP socket that serves HTTP/1.1 with one thread per
/// connection: blocking reads and writes, keep-alive, no request bodies
/// (the handler sees heads only). Small enough to read in one sitting, and
/// it needs nothing beyond the C library.
///
/// Threads, not the Swift concurrency pool: a blocking read would hold one
/// of the pool's few threads, and a few slow clients would stall the rest.
public final class HTTPListener: @unchecked Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The port bound (the one asked for, or the system's choice for 0).
    public let port: Int
    private let socket: Int32
    private let handler: Handler
    private let log: (@Sendable (String) -> Void)?
    private let state = NSLock()
    private var open = 0
    private var stopped = false

    /// The most connections served at once; more wait in the accept queue.
    public static let maximumConnections = 512
    /// An idle keep-alive connection is closed after this many seconds.
    public static let idleSeconds = 30

    /// Binds `host:port` (a name or an address; port 0 lets the system choose).
    public init(host: String, port: Int, log: (@Sendable (String) -> Void)? = nil, handler: @escaping Handler) throws {
        self.handler = handler
        self.log = log
        (socket, self.port) = try Self.bind(host: host, port: port)
    }

    deinit { Glibc.close(socket) }

    /// Accepts connections until `stop()`; returns then.
    public func run() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
                    if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                    continue
                }
                return
            }
            state.lock()
            let full = open >= Self.maximumConnections || stopped
            if !full { open += 1 }
            state.unlock()
            guard !full else { Glibc.close(client); continue }
            Thread.detachNewThread { [self] in
                serve(client)
                state.lock()
                open -= 1
                state.unlock()
            }
        }
    }

    /// Stops accepting: `run()` returns. Connections being served finish their request.
    public func stop() {
        state.lock()
        stopped = true
        state.unlock()
        shutdown(socket, Int32(SHUT_RDWR))
    }

    private func serve(_ client: Int32) {
        defer { Glibc.close(client) }
        var one: Int32 = 1
        setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: Self.idleSeconds, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var connection = HTTPConnection(handler: handler, log: log)
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return }
            let (reply, close) = connection.received(buffer[0..<n])
            if !reply.isEmpty, !Self.send(client, reply) { return }
            if close { return Self.drain(client) }
        }
    }

    /// Ends our side and reads what the client still sends (a refused request's body), up to a bound, before
    /// the socket is closed: a socket closed with bytes unread is reset by the kernel, and a client still
    /// sending then loses the answer it was sent.
    private static func drain(_ socket: Int32) {
        shutdown(socket, Int32(SHUT_WR))
        var timeout = timeval(tv_sec: 0, tv_usec: 500_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = DispatchTime.now().uptimeNanoseconds + lingerNanoseconds
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var read = 0
        while read < lingerBytes && DispatchTime.now().uptimeNanoseconds < deadline {
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            read += n
        }
    }

    /// At most this much of a refused body is read, for at most this long, before the socket is closed.
    static let lingerBytes = 16 << 20
    static let lingerNanoseconds: UInt64 = 2_000_000_000

    private static func send(_ socket: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            sent += n
        }
        return true
    }

    private static func bind(host: String, port: Int) throws -> (Int32, Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw HTTPListenerError("cannot resolve '\(host)': \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let a = entry {
            defer { entry = a.pointee.ai_next }
            let s = Glibc.socket(a.pointee.ai_family, a.pointee.ai_socktype, a.pointee.ai_protocol)
            guard s >= 0 else { lastError = String(cString: strerror(errno)); continue }
            var one: Int32 = 1
            setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            guard Glibc.bind(s, a.pointee.ai_addr, a.pointee.ai_addrlen) == 0, listen(s, 1024) == 0 else {
                lastError = String(cString: strerror(errno))
                Glibc.close(s)
                continue
            }
            return (s, boundPort(s) ?? port)
        }
        throw HTTPListenerError("cannot listen on \(host):\(port): \(lastError)")
    }

    private static func boundPort(_ s: Int32) -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &length) == 0 }
        }
        guard ok else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin6_port))
                }
            }
        default:
            return nil
        }
    }
}

public struct HTTPListenerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
