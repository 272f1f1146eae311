import BorderGeodata
import BorderHTTP
import BorderIncidents
import BorderQueries
import BorderStats
import Foundation
import XCTest

@testable import BorderServer

/// `GET /stats` and the images Leaflet's stylesheet asks for, through
/// `HTTPServer.answer` on parsed requests.
final class StatsRouteTests: XCTestCase {
    /// The bundled catalog's service, shared with `ServiceTests`.
    static var service: OGCService { ServiceTests.service }

    private func get(_ target: String, method: String = "GET") -> HTTPResponse {
        let parts = target.split(separator: "?", maxSplits: 1)
        return HTTPServer.answer(
            HTTPRequest(method: method, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil),
            source: Self.service)
    }

    private func header(_ r: HTTPResponse, _ name: String) -> String? {
        r.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The library's report for the same filters: what the command prints.
    private func library(_ keys: [StatsKey], _ configure: (inout IncidentQuery) -> Void = { _ in }) throws
        -> StatsReport
    {
        var q = IncidentQuery()
        configure(&q)
        let related = Self.service.related
        return try StatsReport(
            try q.run(on: related), by: keys, related: related, chainage: try LineChainage(related.geodata.border),
            scope: StatsReport.scope(of: q))
    }

    func testStatsAnswersTheLibrarysNumbersAsJSONAndCSV() throws {
        let expected = try library([.month, .province]) {
            $0.from = Day(iso: "2021-01-01")
            $0.to = Day(iso: "2021-12-31")
        }
        let json = get("/stats?by=month&by=province&from=2021-01-01&to=2021-12-31")
        XCTAssertEqual(json.status, 200)
        XCTAssertEqual(header(json, "content-type"), "application/json")
        XCTAssertEqual(String(decoding: json.body, as: UTF8.self), expected.json)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any])
        XCTAssertEqual(parsed["total"] as? Int, expected.stats.total)
        XCTAssertEqual((parsed["cells"] as? [Any])?.count, expected.stats.cells.count)
        XCTAssertGreaterThan(expected.stats.total, 0)

        let csv = get("/stats?by=month&by=province&from=2021-01-01&to=2021-12-31&f=csv")
        XCTAssertEqual(csv.status, 200)
        XCTAssertEqual(String(decoding: csv.body, as: UTF8.self), expected.csv)

        let svg = get("/stats?by=type&f=svg&type=armed-clash")
        XCTAssertEqual(header(svg, "content-type"), "image/svg+xml")
        XCTAssertEqual(
            String(decoding: svg.body, as: UTF8.self), try library([.type]) { $0.types = [.armedClash] }.svg(nil))
    }

    func testBadStatsRequestsSayWhatIsWrong() {
        for (target, words) in [
            ("/stats?by=colour", "by 'colour'"), ("/stats?from=2021-13-01", "from '2021-13-01'"),
            ("/stats?type=riot", "type 'riot'"), ("/stats?f=xml", "f 'xml'"), ("/stats?chart=pie&f=svg", "chart 'pie'"),
            ("/stats?f=svg&width=20", "width '20'"),
            ("/stats?colour=red", "unknown query parameter 'colour'"),
            ("/stats?from=2022-01-01&to=2021-01-01", "is after"), ("/stats?province=Atlantis", "unknown province"),
        ] {
            let r = get(target)
            XCTAssertEqual(r.status, 400, target)
            XCTAssertTrue(
                String(decoding: r.body, as: UTF8.self).contains(words),
                "\(target): \(String(decoding: r.body, as: UTF8.self))")
        }
    }

    /// `by=district` counts each incident under the districts of its related places (the kg-tj pack has
    /// districts, am-az none: its incidents count under "(no district)").
    func testDistrictCellsHoldTheIncidentsWithAPlaceInEachDistrict() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("geodata")
        let service = try OGCService(
            related: RelatedCatalog(
                catalog: try CatalogReader.readBundled(in: dir),
                relater: Relater(geodata: try Geodata(directory: dir))))
        var expected: [String: Set<String>] = [:]
        for r in service.related.relations {
            let labels = Set(r.locations.compactMap { $0.district?.label })
            for label in labels.isEmpty ? ["(no district)"] : labels {
                expected[label, default: []].insert(r.incident.id)
            }
        }
        XCTAssertNotNil(expected["Isfara"])
        XCTAssertNotNil(expected["(no district)"])
        let r = HTTPServer.answer(
            HTTPRequest(method: "GET", path: "/stats", query: "by=district&f=json"), source: service)
        XCTAssertEqual(r.status, 200, String(decoding: r.body, as: UTF8.self))
        let body = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any])
        var cells: [String: Set<String>] = [:]
        for cell in try XCTUnwrap(body["cells"] as? [[String: Any]]) {
            let value = try XCTUnwrap((cell["values"] as? [String])?.first)
            let ids = try XCTUnwrap(cell["incident_ids"] as? [String])
            XCTAssertEqual(cell["incidents"] as? Int, ids.count, value)
            cells[value] = Set(ids)
        }
        XCTAssertEqual(cells, expected)
        XCTAssertEqual(
            HTTPServer.answer(HTTPRequest(method: "GET", path: "/stats", query: "by=county"), source: service).status,
            400)
    }

    /// Leaflet's stylesheet asks for these beside itself: the layer control's icon and the default marker.
    func testLeafletsImagesAreServedFromTheSamePackage() throws {
        for name in ["layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png"] {
            let r = get("/static/images/\(name)")
            XCTAssertEqual(r.status, 200, name)
            XCTAssertEqual(header(r, "content-type"), "image/png", name)
            let file = try Data(contentsOf: URL(fileURLWithPath: "/usr/share/javascript/leaflet/images/\(name)"))
            XCTAssertEqual(Data(r.body), file, name)
            XCTAssertEqual(Array(r.body.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], name)
        }
        let css = String(decoding: get("/static/leaflet.css").body, as: UTF8.self)
        for m in css.matches(of: try Regex(#"url\(images/([a-z0-9-]+\.png)\)"#)) {
            XCTAssertEqual(get("/static/images/\(m.output[1].substring!)").status, 200, "\(m.output[1].substring!)")
        }
        XCTAssertEqual(get("/static/images/../../etc/passwd").status, 404)
        XCTAssertEqual(get("/static/images/secret.png").status, 404)
    }
}
