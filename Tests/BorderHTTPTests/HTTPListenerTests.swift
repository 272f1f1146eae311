@testable import BorderHTTP
import Foundation
import XCTest

/// The listener on a real loopback socket, driven by a plain socket client:
/// keep-alive, pipelining, HEAD, bodies refused, and the port chosen by the system.
final class HTTPListenerTests: XCTestCase {
    private var listener: HTTPListener!
    private var thread: Thread!

    override func setUpWithError() throws {
        listener = try HTTPListener(host: "127.0.0.1", port: 0) { request in
            if request.method == "POST" {
                return HTTPResponse(status: 405, contentType: "text/plain", body: "read-only")
            }
            return HTTPResponse(
                status: 200, contentType: "text/plain", body: "path=\(request.path) query=\(request.query ?? "-")")
        }
        let l = listener!
        thread = Thread { l.run() }
        thread.start()
    }

    override func tearDown() { listener.stop() }

    /// Sends `text` on one connection and reads until the server closes it or `until` is seen.
    private func exchange(_ text: String, until: String? = nil) throws -> String {
        try Self.exchange(text, port: listener.port, until: until)
    }

    /// A socket connected to the listener on `port`, reads timing out after five seconds.
    private static func connected(port: Int) -> Int32 {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        XCTAssertEqual(status, 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return s
    }

    private static func exchange(_ text: String, port: Int, until: String? = nil) throws -> String {
        let s = connected(port: port)
        defer { close(s) }
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { send(s, $0.baseAddress, $0.count, 0) }, bytes.count)
        return received(s, until: until)
    }

    /// What `s` receives until the server closes it or `until` is seen.
    private static func received(_ s: Int32, until: String? = nil) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(s, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[0..<n]
            if let until, String(decoding: received, as: UTF8.self).contains(until) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    func testTheSystemChoosesAPortAndAnAnswerCarriesItsLength() throws {
        XCTAssertGreaterThan(listener.port, 0)
        let reply = try exchange("GET /a?b=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(reply.hasPrefix("HTTP/1.1 200 OK\r\n"), reply)
        XCTAssertTrue(reply.contains("Content-Length: 17\r\n"), reply)
        XCTAssertTrue(reply.contains("Connection: close\r\n"), reply)
        XCTAssertTrue(reply.hasSuffix("\r\n\r\npath=/a query=b=1"), reply)
    }

    func testPipelinedRequestsAreAnsweredInOrderOnOneConnection() throws {
        let reply = try exchange(
            "GET /1 HTTP/1.1\r\n\r\nHEAD /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\nConnection: close\r\n\r\n")
        let statuses = reply.components(separatedBy: "HTTP/1.1 200 OK").count - 1
        XCTAssertEqual(statuses, 3, reply)
        XCTAssertTrue(reply.contains("path=/1 query=-"), reply)
        XCTAssertFalse(reply.contains("path=/2"), "HEAD carries no body: \(reply)")
        XCTAssertTrue(reply.hasSuffix("path=/3 query=-"), reply)
    }

    func testARequestWithABodyIsAnsweredAndTheConnectionClosedUnread() throws {
        let reply = try exchange("POST /x HTTP/1.1\r\nContent-Length: 1000000\r\n\r\npartial body")
        XCTAssertTrue(reply.hasPrefix("HTTP/1.1 405 Method Not Allowed\r\n"), reply)
        XCTAssertTrue(reply.contains("Connection: close"), reply)
    }

    /// A client still sending a refused request's body when the server has answered gets the answer, not a
    /// reset: the server reads what is still coming before it closes (bytes sent to a closed socket reset it).
    func testARefusedBodyStillBeingSentDoesNotResetTheAnswer() throws {
        let s = Self.connected(port: listener.port)
        defer { close(s) }
        func send(_ bytes: [UInt8]) -> Int {
            var sent = 0
            while sent < bytes.count {
                let n = bytes.withUnsafeBytes {
                    Glibc.send(s, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                }
                guard n > 0 else { break }
                sent += n
            }
            return sent
        }
        let body = [UInt8](repeating: 65, count: 2_000_000)
        let head = Array("POST /x HTTP/1.1\r\nContent-Length: \(body.count)\r\n\r\n".utf8)
        XCTAssertEqual(send(head), head.count)
        // The server answers on the head alone; the body comes after it has.
        usleep(100_000)
        XCTAssertEqual(send(body), body.count, "the body was refused mid-way: errno \(errno)")
        shutdown(s, Int32(SHUT_WR))
        let reply = Self.received(s)
        XCTAssertTrue(reply.hasPrefix("HTTP/1.1 405 Method Not Allowed\r\n"), "errno \(errno): \(reply)")
    }

    func testGarbageGetsA400AndTheConnectionCloses() throws {
        let reply = try exchange("HELLO\r\n\r\n")
        XCTAssertTrue(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), reply)
    }

    func testManyConnectionsAtOnceAreAllServed() throws {
        let port = listener.port
        let answered = (0..<64).map { _ in false }
        let results = UnsafeMutableBufferPointer<Bool>.allocate(capacity: answered.count)
        _ = results.initialize(from: answered)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: 64) { k in
            let reply = (try? Self.exchange("GET /\(k) HTTP/1.1\r\nConnection: close\r\n\r\n", port: port)) ?? ""
            slots[k] = reply.hasSuffix("path=/\(k) query=-")
        }
        XCTAssertEqual(results.filter { $0 }.count, 64)
    }
}
