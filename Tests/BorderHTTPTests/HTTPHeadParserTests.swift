import BorderHTTP
import XCTest

final class HTTPHeadParserTests: XCTestCase {
    private func parse(_ text: String) -> HTTPHeadParser.Outcome {
        HTTPHeadParser.parse(Array(text.utf8)[...])
    }

    func testARequestHeadSplitsTargetAndLowerCasesNames() throws {
        guard
            case let .request(r, consumed) = parse(
                "GET /collections/incidents/items?bbox=45,40,46,41&limit=2 HTTP/1.1\r\nHost: a:1\r\nAccept:  text/html \r\n\r\nNEXT"
            )
        else { return XCTFail("not parsed") }
        XCTAssertEqual(r.method, "GET")
        XCTAssertEqual(r.path, "/collections/incidents/items")
        XCTAssertEqual(r.query, "bbox=45,40,46,41&limit=2")
        XCTAssertEqual(r.header("ACCEPT"), "text/html")
        XCTAssertEqual(r.header("host"), "a:1")
        XCTAssertEqual(
            consumed,
            "GET /collections/incidents/items?bbox=45,40,46,41&limit=2 HTTP/1.1\r\nHost: a:1\r\nAccept:  text/html \r\n\r\n"
                .utf8.count)
        XCTAssertTrue(r.keepsAlive)
    }

    func testAnUnfinishedHeadAsksForMore() {
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nHost: x\r\n"), .incomplete)
        XCTAssertEqual(parse("GET /?q=1"), .incomplete)
    }

    func testBareLineFeedsAreAccepted() {
        guard case let .request(r, _) = parse("HEAD /conformance HTTP/1.0\nConnection: keep-alive\n\n") else {
            return XCTFail("not parsed")
        }
        XCTAssertEqual(r.method, "HEAD")
        XCTAssertEqual(r.version, .http10)
        XCTAssertTrue(r.keepsAlive)
    }

    func testMalformedHeadsAreRefusedWithTheRightStatus() {
        XCTAssertEqual(parse("GET /\r\n\r\n"), .invalid(status: 400, reason: "malformed request line"))
        XCTAssertEqual(parse("get / HTTP/1.1\r\n\r\n"), .invalid(status: 400, reason: "malformed request line"))
        XCTAssertEqual(
            parse("GET / HTTP/2.0\r\n\r\n"), .invalid(status: 505, reason: "only HTTP/1.0 and HTTP/1.1 are served"))
        XCTAssertEqual(
            parse("GET http://x/ HTTP/1.1\r\n\r\n"), .invalid(status: 400, reason: "the target must be a path"))
        XCTAssertEqual(
            parse("GET / HTTP/1.1\r\nNo colon here\r\n\r\n"), .invalid(status: 400, reason: "malformed header field"))
        XCTAssertEqual(
            parse("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n"), .invalid(status: 400, reason: "malformed header field"))
    }

    func testAnEndlessRequestLineIs414AndEndlessHeadersAre431() {
        let line = "GET /?" + String(repeating: "a", count: HTTPHeadParser.maximumHeadBytes + 1)
        guard case .invalid(414, _) = parse(line) else { return XCTFail("expected 414") }
        let head =
            "GET / HTTP/1.1\r\n"
            + String(repeating: "X-Filler: 0123456789\r\n", count: HTTPHeadParser.maximumHeadBytes / 20)
        guard case .invalid(431, _) = parse(head) else { return XCTFail("expected 431") }
    }

    func testQueryParametersArePercentDecodedButPlusStaysPlus() {
        let r = HTTPRequest(
            method: "GET", path: "/",
            query: "type=armed-clash%26country%3DARM&datetime=2021-07-28T00:00:00+04:00&flag&k%20y=v")
        let pairs = r.queryParameters
        XCTAssertEqual(pairs.map(\.0), ["type", "datetime", "flag", "k y"])
        XCTAssertEqual(pairs.map(\.1), ["armed-clash&country=ARM", "2021-07-28T00:00:00+04:00", "", "v"])
    }

    func testPercentDecodingRefusesBrokenEscapes() {
        XCTAssertEqual(PercentDecoding.decode("Verin%20Shorzha"), "Verin Shorzha")
        XCTAssertEqual(PercentDecoding.decode("K%C9%99lb%C9%99c%C9%99r"), "Kəlbəcər")
        XCTAssertNil(PercentDecoding.decode("%zz"))
        XCTAssertNil(PercentDecoding.decode("%4"))
        XCTAssertNil(PercentDecoding.decode("%ff%fe"))
    }

    func testConnectionCloseEndsKeepAlive() {
        XCTAssertFalse(HTTPRequest(method: "GET", path: "/", query: nil, headers: [("connection", "close")]).keepsAlive)
        XCTAssertFalse(HTTPRequest(method: "GET", path: "/", query: nil, version: .http10).keepsAlive)
    }
}
