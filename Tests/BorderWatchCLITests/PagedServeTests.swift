import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderServer
import BorderStore
@testable import BorderWatchCLI
import Foundation
import GeometryCore
import Testing

/// `serve --store FILE.gpkg` answers the incidents collection page by page
/// from the store; every answer must be the one the service holding the
/// whole store related gives, on a store the test makes (the bundled
/// catalog and generated ACLED rows).
@Suite(.serialized) struct PagedServeTests {
    struct Services {
        var whole: OGCService
        var paged: OGCService
        /// Paged, as if the store had been related with other geodata: it cannot count from its facts.
        var stale: OGCService
    }

    static let services: Services = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-paged-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("paged.gpkg").path
        let made = try! CommandRunner.run(["run", "--store", path, "--out", dir.appendingPathComponent("out").path])
        precondition(made.status == 0, made.stderr)
        let csv = dir.appendingPathComponent("rows.csv").path
        try! SyntheticACLED.csv(rows: 300, seed: 11).write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try! CommandRunner.run(["import", "acled", csv, "--store", path])
        precondition(imported.status == 0, imported.stderr)
        let relater = try! Relater(
            geodata: Geodata(directory: CommandRunner.repository.appendingPathComponent("geodata")))
        let store = try! GeoPackageStore.openForReading(path: path)
        let digest = try! GeodataDigest.of(directory: CommandRunner.repository.appendingPathComponent("geodata"))
        let reader = GeoPackageIncidentReader(store: store, relater: relater, geodataDigest: digest)
        let otherGeodata = GeoPackageIncidentReader(
            store: store, relater: relater, geodataDigest: "fnv1a64:0123456789abcdef")
        let reference = try! RelatedCatalog(
            catalog: Catalog(sources: [], incidents: []), relater: relater, relations: [])
        return Services(
            whole: try! OGCService(related: reader.whole()),
            paged: try! OGCService(store: reader, reference: reference),
            stale: try! OGCService(store: otherGeodata, reference: reference))
    }()

    /// The answer's status and body, its time stamp (the only part that may differ) removed.
    func answer(_ service: OGCService, _ url: String) -> (Int, String) {
        let parts = url.split(separator: "?", maxSplits: 1).map(String.init)
        let query = (parts.count > 1 ? parts[1].split(separator: "&") : []).map { pair in
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding! }
            return (kv[0], kv.count > 1 ? kv[1] : "")
        }
        let r = service.get(parts[0], query: query, base: "http://test", wantsHTML: false)
        let body = r.body.replacingOccurrences(
            of: #""timeStamp":"[^"]*""#, with: #""timeStamp":"""#, options: .regularExpression)
        return (r.status, body)
    }

    func matched(_ service: OGCService, _ url: String) throws -> Int {
        let (_, body) = answer(service, url)
        return Int(try #require(try JSONParser.parse(body).objectValue?["numberMatched"]?.numberValue))
    }

    @Test func pagesAreTheWholeServicesPages() throws {
        let s = Self.services
        let total = try matched(s.whole, "/collections/incidents/items")
        // Both the bundled incidents and the imported rows, with more features than a page.
        #expect(total > 300)
        #expect(try matched(s.paged, "/collections/incidents/items") == total)
        for url in [
            "/collections/incidents/items", "/collections/incidents/items?limit=7&offset=3",
            "/collections/incidents/items?limit=1000", "/collections/incidents/items?offset=\(total - 5)",
            "/collections/incidents/items?offset=\(total + 10)",
        ] {
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(a.0 == 200 && b.0 == 200, "\(url)")
            #expect(a.1 == b.1, "\(url)")
        }
    }

    @Test func filtersSelectTheSameFeatures() throws {
        let s = Self.services
        let urls = [
            "/collections/incidents/items?bbox=45.5,39.5,46.5,40.5&limit=50",
            "/collections/incidents/items?bbox=69,39,72,41&offset=2&limit=20",
            "/collections/incidents/items?datetime=2022-09-01/2022-09-30",
            "/collections/incidents/items?datetime=../2021-01-01&limit=30",
            "/collections/incidents/items?datetime=2023-01-01/..&bbox=44,38,48,42",
            "/collections/incidents/items?type=shelling&limit=40",
            "/collections/incidents/items?country=AZE&datetime=2022-01-01/..",
            "/collections/incidents/items?filter=" + "side='ARM' AND border_distance_m < 5000"
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!,
            "/collections/incidents/items?nosuchproperty=1",
            "/collections/incidents/items?bbox=1,2,3",
        ]
        var selective = 0
        for url in urls {
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(a.0 == b.0, "\(url)")
            #expect(a.1 == b.1, "\(url)")
            if a.0 == 200, let n = try? matched(s.whole, url), n > 0, n < 300 { selective += 1 }
        }
        // The filters are not vacuous: most select some features but not all.
        #expect(selective >= 5)
    }

    @Test func featuresByIDAndTheCollectionsDescriptions() throws {
        let s = Self.services
        let (_, first) = answer(s.whole, "/collections/incidents/items?limit=1&offset=150")
        let feature = try #require(try JSONParser.parse(first).objectValue?["features"]?.arrayValue?.first?.objectValue)
        let id = try #require(feature["id"]?.stringValue)
        for url in [
            "/collections/incidents/items/" + id, "/collections/incidents/items/nosuch%231",
            "/collections/incidents/items/nohash", "/collections/incidents", "/collections/incidents/queryables",
            "/collections", "/collections/border/items?limit=3", "/conformance",
        ] {
            let (a, b) = (answer(s.whole, url.removingPercentEncoding!), answer(s.paged, url.removingPercentEncoding!))
            #expect(a.0 == b.0, "\(url)")
            #expect(a.1 == b.1, "\(url)")
        }
    }

    @Test func statsAreCountedFromTheStoresFactsAtOnceAndAgree() throws {
        let s = Self.services
        let urls = [
            "/stats?by=province&f=json", "/stats?by=month&by=type&f=csv", "/stats?f=svg&chart=timeline&width=360",
            "/stats?by=side&f=svg&chart=bars", "/stats?f=svg&chart=strip", "/stats?by=claimant&type=armed-clash",
            "/stats?by=year&from=2021-01-01&to=2022-12-31&f=csv", "/stats?by=province&bbox=45.0,39.5,46.5,41.5",
            "/stats?by=segment&actor=AZE&positive_side=AZE", "/stats?by=month&province=Tavush&f=csv",
            "/stats?by=province&f=json", "/stats?by=province&f=json&list=false", "/stats?by=month&by=side&list=false",
            "/stats?by=type&from=2021-01-01&actor=ARM&f=csv&list=false",
            "/stats?by=segment&bbox=45.0,39.5,46.5,41.5&list=false",
        ]
        var counted = 0
        for url in urls {
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(b.0 == 200, "\(url): \(b.1.prefix(300))")
            #expect(a.0 == b.0 && a.1 == b.1, "\(url)")
            if let total = try? JSONParser.parse(b.1).objectValue?["total"]?.numberValue, total > 0 { counted += 1 }
        }
        // The JSON answers count something (a test of empty answers would pass on an empty store).
        #expect(counted >= 4)
        // Counts alone list no bin's incidents, and are the listed answer's counts.
        let listed = try JSONParser.parse(answer(s.paged, "/stats?by=province").1).objectValue
        let counts = try JSONParser.parse(answer(s.paged, "/stats?by=province&list=false").1).objectValue
        #expect(counts?["total"] == listed?["total"] && (listed?["total"]?.numberValue ?? 0) > 0)
        #expect(counts?["casualties"] == listed?["casualties"])
        let cells = { (o: JSONObject?) in (o?["cells"]?.arrayValue ?? []).compactMap(\.objectValue) }
        #expect(cells(counts).map { $0["incidents"] } == cells(listed).map { $0["incidents"] })
        #expect(cells(counts).allSatisfy { $0["incident_ids"]?.arrayValue?.isEmpty == true })
        #expect(cells(listed).contains { $0["incident_ids"]?.arrayValue?.isEmpty == false })
        for url in [
            "/stats?f=xml", "/stats?by=colour", "/stats?from=2021-13-01", "/stats?page=2", "/stats?list=no",
            "/stats?f=svg&list=false",
        ] {
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(b.0 == 400 && a == b, "\(url)")
        }
    }

    @Test func provincesAndSettlementsAreCountedFromTheStoreAtOnceAndAgree() throws {
        let s = Self.services
        for url in [
            "/collections/provinces/items", "/collections/provinces/items?offset=100",
            "/collections/provinces/items?country=AZE&limit=5", "/collections/provinces/items/AM-TV",
            "/collections/provinces/items/nowhere", "/collections/settlements/items?limit=1000",
            "/collections/settlements/items?offset=400&limit=200", "/collections/settlements/items?country=ARM",
            "/collections/settlements/items?bbox=45.0,39.5,46.5,41.5&limit=1000",
            "/collections/settlements/items/geonames:146858", "/collections/settlements/items/nowhere",
        ] {
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(a.0 == b.0 && a.1 == b.1, "\(url): \(b.0) \(b.1.prefix(200))")
        }
        // The counts are the store's, not the reference layer's zeros.
        let tavush = try JSONParser.parse(answer(s.paged, "/collections/provinces/items/AM-TV").1).objectValue
        let count = tavush?["properties"]?.objectValue?["incident_count"]?.numberValue ?? 0
        #expect(count > 0)
        let settlements = try JSONParser.parse(answer(s.paged, "/collections/settlements/items?limit=1000").1)
        let named = (settlements.objectValue?["features"]?.arrayValue ?? []).filter {
            ($0.objectValue?["properties"]?.objectValue?["incident_count"]?.numberValue ?? 0) > 0
        }
        #expect(named.count >= 3)
    }

    @Test func proximityReportsAreReadAroundTheirIncidentAtOnceAndAgree() throws {
        let s = Self.services
        let page = try JSONParser.parse(answer(s.whole, "/collections/incidents/items?limit=1000").1).objectValue
        let ids = (page?["features"]?.arrayValue ?? []).compactMap {
            $0.objectValue?["properties"]?.objectValue?["incident_id"]?.stringValue
        }
        // Every tenth located incident, the bundled catalog's and the imported rows'.
        let picked = stride(from: 0, to: ids.count, by: 10).map { ids[$0] }
        try #require(picked.count >= 10)
        var withNeighbours = 0
        for (k, id) in picked.enumerated() {
            let radius = ["", "&radius_km=2", "&radius_km=50", "&radius_km=500"][k % 4]
            let format = ["json", "markdown", "csv"][k % 3]
            let url = "/reports/proximity?incident=\(id)\(radius)&f=\(format)"
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(b.0 == 200 && a == b, "\(url)")
            let json = try JSONParser.parse(answer(s.paged, "/reports/proximity?incident=\(id)\(radius)").1)
            let near = json.objectValue?["subjects"]?.arrayValue?.first?.objectValue?["neighbours"]?.arrayValue ?? []
            if !near.isEmpty { withNeighbours += 1 }
        }
        // The reports compared name neighbours: an empty neighbourhood everywhere would prove little.
        #expect(withNeighbours >= 3)
        for url in [
            "/reports/proximity?incident=nowhere", "/reports/proximity",
            "/reports/proximity?incident=\(ids[0])&radius_km=0",
            "/reports/proximity?incident=\(ids[0])&f=pdf", "/reports/elsewhere",
        ] {
            let (a, b) = (answer(s.whole, url), answer(s.paged, url))
            #expect(b.0 >= 400 && a == b, "\(url)")
        }
    }

    @Test func statsOfAStoreRelatedWithOtherGeodataWaitForTheWholeStoreThenAgree() async throws {
        let s = Self.services
        let url = "/stats?by=province&f=json"
        var (status, body) = answer(s.stale, url)
        // The first ask starts reading the whole store and is told to come back.
        #expect(status == 503)
        for _ in 0..<600 where status == 503 {
            try await Task.sleep(for: .milliseconds(100))
            (status, body) = answer(s.stale, url)
        }
        let whole = answer(s.whole, url)
        #expect(status == 200 && whole.0 == 200)
        #expect(body == whole.1)
        #expect(answer(s.stale, "/collections/provinces/items").1 == answer(s.whole, "/collections/provinces/items").1)
    }
}
