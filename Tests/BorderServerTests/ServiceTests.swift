import BorderGeodata
import BorderHTTP
import BorderIncidents
import BorderQueries
@testable import BorderServer
import Foundation
import XCTest

/// The server's routing and answers in process: `HTTPServer.answer` on
/// parsed requests, no socket and no client library.
final class ServiceTests: XCTestCase {
    static let service: OGCService = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("geodata")
        do {
            let geodata = try Geodata(directory: dir, theatres: ["am-az"])
            return try OGCService(
                related: RelatedCatalog(
                    catalog: try CatalogReader.readBundled(in: dir, theatres: ["am-az"]),
                    relater: Relater(geodata: geodata)))
        } catch { fatalError("\(error)") }
    }()

    private func get(_ target: String, method: String = "GET", headers: [(name: String, value: String)] = [])
        -> HTTPResponse
    {
        let parts = target.split(separator: "?", maxSplits: 1)
        let request = HTTPRequest(
            method: method, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
            headers: headers)
        return HTTPServer.answer(request, source: Self.service)
    }

    private func matched(_ response: HTTPResponse) throws -> Int {
        let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        return try XCTUnwrap(json?["numberMatched"] as? Int, String(decoding: response.body, as: UTF8.self))
    }

    /// The defect: the key joined decoded pairs as text, so an encoded `&` in
    /// a value made one query share another's cached answer.
    func testAnEncodedAmpersandIsNotTheSameQueryEitherWayRound() throws {
        let service = try OGCService(related: Self.service.related)
        func ask(_ target: String) throws -> Int {
            let parts = target.split(separator: "?", maxSplits: 1)
            let r = HTTPServer.answer(
                HTTPRequest(method: "GET", path: String(parts[0]), query: String(parts[1])), source: service)
            return try matched(r)
        }
        let encoded = try ask("/collections/incidents/items?type=armed-clash%26country%3DARM")
        let plain = try ask("/collections/incidents/items?type=armed-clash&country=ARM")
        XCTAssertEqual(encoded, 0, "no type is called 'armed-clash&country=ARM'")
        XCTAssertGreaterThan(plain, 0)
        // And the other way round, on a fresh cache.
        let fresh = try OGCService(related: Self.service.related)
        let plainFirst = try matched(
            HTTPServer.answer(
                HTTPRequest(
                    method: "GET", path: "/collections/incidents/items",
                    query: "type=armed-clash&country=ARM"), source: fresh))
        let encodedSecond = try matched(
            HTTPServer.answer(
                HTTPRequest(
                    method: "GET", path: "/collections/incidents/items",
                    query: "type=armed-clash%26country%3DARM"), source: fresh))
        XCTAssertEqual(plainFirst, plain)
        XCTAssertEqual(encodedSecond, 0)
    }

    func testTheSameSelectionAskedPageByPageIsComputedOnce() throws {
        let service = try OGCService(related: Self.service.related)
        for offset in [0, 1, 2] {
            _ = HTTPServer.answer(
                HTTPRequest(
                    method: "GET", path: "/collections/incidents/items",
                    query: "limit=1&offset=\(offset)&type=armed-clash"), source: service)
        }
        XCTAssertGreaterThan(service.cache.heldBytes, 0)
        let held = service.cache.heldBytes
        _ = HTTPServer.answer(
            HTTPRequest(method: "GET", path: "/collections/incidents/items", query: "type=armed-clash&limit=5"),
            source: service)
        XCTAssertEqual(service.cache.heldBytes, held, "limit and order of parameters do not make a new selection")
    }

    func testTheCacheIsBoundedInBytes() {
        let cache = MatchCache(budgetBytes: 10_000)
        let big = Array(0..<2_000)  // 16 kB: larger than the whole budget, never kept
        let key = SelectionKey(collection: "c", box: nil, from: nil, to: nil, equals: [], filter: nil)
        XCTAssertEqual(cache.matches(key) { big }, big)
        XCTAssertEqual(cache.heldBytes, 0)
        for k in 0..<50 {
            let small = SelectionKey(collection: "c", box: nil, from: "\(k)", to: nil, equals: [], filter: nil)
            _ = cache.matches(small) { Array(0..<100) }
            XCTAssertLessThanOrEqual(cache.heldBytes, 10_000)
        }
    }

    func testMethodsThatWouldWriteAre405AndOptionsAnswersCORS() {
        let post = get("/collections", method: "POST")
        XCTAssertEqual(post.status, 405)
        XCTAssertTrue(post.headers.contains { $0.name == "Allow" && $0.value == "GET, HEAD, OPTIONS" })
        XCTAssertTrue(String(decoding: post.body, as: UTF8.self).contains("read-only"))
        let options = get(
            "/collections", method: "OPTIONS", headers: [("access-control-request-headers", "x-requested-with")])
        XCTAssertEqual(options.status, 204)
        XCTAssertTrue(
            options.headers.contains { $0.name == "Access-Control-Allow-Headers" && $0.value == "x-requested-with" })
        XCTAssertTrue(get("/").headers.contains { $0.name == "Access-Control-Allow-Origin" && $0.value == "*" })
    }

    func testAnOverlongQueryIs414AndAnUnreachableStoreIs503WithOneRetryHint() throws {
        let long = get(
            "/collections/incidents/items?type=" + String(repeating: "x", count: HTTPServer.maximumQueryBytes))
        XCTAssertEqual(long.status, 414)
        XCTAssertTrue(String(decoding: long.body, as: UTF8.self).contains("over 8192 bytes"))
        struct Down: ServiceSource {
            func current() async throws -> OGCService { throw ServiceUnavailable("the store cannot be read: down") }
        }
        let down = HTTPServer.answer(HTTPRequest(method: "GET", path: "/", query: nil), source: Down())
        XCTAssertEqual(down.status, 503)
        XCTAssertEqual(down.headers.first { $0.name == "Retry-After" }?.value, String(HTTPServer.retryAfterSeconds))
        XCTAssertEqual(HTTPServer.retryAfterSeconds, 1)
    }
}
