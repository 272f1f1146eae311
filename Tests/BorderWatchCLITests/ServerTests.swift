import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderServer
import Foundation
import GeometryCore
import Testing

/// `borderwatch serve` on a free loopback port, read by real clients: GDAL's
/// OAPIF driver, OWSLib, headless Chromium, and plain HTTP for every 4xx.
@Suite(.serialized) struct ServerTests {
    /// What the library itself says the collections hold (every installed
    /// theatre, as the served binary loads them).
    static let library: OGCService = {
        let dir = CommandRunner.repository.appendingPathComponent("geodata")
        let related = try! RelatedCatalog(
            catalog: CatalogReader.readBundled(in: dir), relater: Relater(geodata: Geodata(directory: dir)))
        return try! OGCService(related: related)
    }()

    static let venvPython = CommandRunner.repository.appendingPathComponent(".build-venv/bin/python").path

    func json(_ text: String) throws -> JSONObject { try #require(try JSONParser.parse(text).objectValue) }

    @Test func realClientsReadTheServer() throws {
        let server = try ServerProcess()
        defer { _ = server.stop() }

        // GDAL lists every collection with the library's count.
        let (status, listing) = try ServerProcess.tool(
            "/usr/bin/ogrinfo", ["-ro", "-al", "-so", "OAPIF:\(server.base)"])
        #expect(status == 0, "\(listing)")
        var counts: [String: Int] = [:]
        var layer = ""
        for line in listing.split(separator: "\n") {
            if line.hasPrefix("Layer name: ") { layer = String(line.dropFirst(12)) }
            if line.hasPrefix("Feature Count: ") { counts[layer] = Int(line.dropFirst(15)) }
        }
        #expect(counts.count == Self.library.collections.all.count)
        for c in Self.library.collections.all { #expect(counts[c.id] == c.features.count, "\(c.id)") }

        // A bbox query through GDAL returns the incidents the library's query finds.
        var query = IncidentQuery()
        query.spatial.box = Envelope(minLongitude: 45.5, minLatitude: 39.5, maxLongitude: 46.5, maxLatitude: 40.5)
        let expected = try query.run(on: Self.library.related).flatMap { hit in
            hit.locations.map { _ in hit.relation.incident.id }
        }.sorted()
        let (_, dump) = try ServerProcess.tool(
            "/usr/bin/ogrinfo",
            [
                "-ro", "-q", "OAPIF:\(server.base)", "incidents",
                "-spat", "45.5", "39.5", "46.5", "40.5",
            ])
        let got = dump.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: "incident_id (String) = ") else { return nil }
            return String(line[r.upperBound...])
        }.sorted()
        #expect(!expected.isEmpty)
        #expect(got == expected)

        // OWSLib reads conformance, collections, queryables and items; the OpenAPI document validates.
        let script = """
            import json, sys
            from owslib.ogcapi.features import Features
            from openapi_spec_validator import validate
            from openapi_spec_validator.readers import read_from_filename
            import urllib.request
            w = Features(sys.argv[1])
            conf = w.conformance()["conformsTo"]
            cols = [c["id"] for c in w.collections()["collections"]]
            q = w.collection_queryables("incidents")["properties"]
            items = w.collection_items("incidents", limit=5)
            doc = json.load(urllib.request.urlopen(sys.argv[1] + "/api"))
            validate(doc)
            print(json.dumps({"conformance": len(conf), "collections": cols, "queryables": sorted(q), "returned": items["numberReturned"],
                              "matched": items["numberMatched"]}))
            """
        let (pyStatus, pyOut) = try ServerProcess.tool(Self.venvPython, ["-c", script, server.base])
        #expect(pyStatus == 0, "OWSLib / openapi-spec-validator (make test-deps installs them): \(pyOut)")
        if pyStatus == 0 {
            let o = try json(String(pyOut.split(separator: "\n").last!))
            #expect(o["conformance"]?.numberValue == Double(OGCService.conformance.count))
            #expect(o["collections"]?.arrayValue?.compactMap(\.stringValue) == Self.library.collections.all.map(\.id))
            #expect(o["queryables"]?.arrayValue?.contains("side") == true)
            #expect(o["returned"] == 5)
            #expect(
                o["matched"]?.numberValue == Double(Self.library.collections.collection("incidents")!.features.count))
        }

        // Headless Chromium renders the map: one marker per located place, and the timeline.
        let shots = CommandRunner.repository.appendingPathComponent(".build-artifacts")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let browser = try #require(chromium, "Debian's chromium is installed by make test-deps")
        // Nothing may leave 127.0.0.1: every other host resolves to nothing.
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--user-data-dir=\(shots.appendingPathComponent("chromium-profile").path)", "--virtual-time-budget=20000",
        ]
        let (domStatus, dom) = try ServerProcess.tool(browser, common + ["--dump-dom", server.base + "/"])
        #expect(domStatus == 0)
        // Elements whose class names the marker (the page's script also spells the word).
        let markers = dom.matches(of: try Regex(#"<path[^>]*class="[^"]*incident-marker"#)).count
        #expect(
            markers == Self.library.collections.collection("incidents")!.features.count,
            "markers in the DOM: \(markers)")
        #expect(dom.contains("data-ready=\"true\""))
        #expect(dom.range(of: #"id="timeline"[^>]*data-months="\d+""#, options: .regularExpression) != nil)
        // The theatre selector offers each loaded theatre whose line the countries layer draws.
        let theatres = Set(
            Self.library.collections.collection("countries")!.features.compactMap {
                $0["on_line"]?.boolValue == true ? $0["theatre"]?.stringValue : nil
            })
        #expect(theatres.count >= 2, "theatres drawn: \(theatres)")
        for t in theatres { #expect(dom.contains("<option value=\"\(t)\">\(t)</option>"), "no option for \(t)") }
        _ = try ServerProcess.tool(
            browser,
            common + [
                "--window-size=1280,900", "--screenshot=\(shots.appendingPathComponent("map.png").path)",
                server.base + "/",
            ])
        #expect(FileManager.default.fileExists(atPath: shots.appendingPathComponent("map.png").path))

        // SIGTERM stops it cleanly.
        #expect(server.stop() == 0)
    }

    @Test func badRequestsAndPaging() throws {
        let server = try ServerProcess()
        defer { _ = server.stop() }
        for (path, status, words) in [
            ("/collections/incidents/items?bbox=46,40,45", 400, "expected four numbers"),
            ("/collections/incidents/items?bbox=45,41,46,40", 400, "north of the north edge"),
            ("/collections/incidents/items?datetime=2021-13-01", 400, "not an RFC 3339"),
            ("/collections/incidents/items?datetime=2022-01-01/2021-01-01", 400, "ends before it starts"),
            ("/collections/incidents/items?colour=red", 400, "unknown query parameter 'colour'"),
            ("/collections/incidents/items?limit=5000", 400, "above the maximum"),
            ("/collections/incidents/items?limit=0", 400, "expected a whole number"),
            ("/collections/rivers/items", 404, "no collection 'rivers'"),
            ("/collections/incidents/items/nothing-here", 404, "no feature 'nothing-here'"),
            ("/relate?lat=95&lon=45", 400, "latitude"),
            ("/places?q=Sotkk", 404, "did you mean Sotk"),
            ("/collections/incidents/items?filter=side%20%3D%3D%20'ARM'", 400, "at character"),
            ("/collections/incidents/items?filter=colour%20%3D%20'red'", 400, "unknown property 'colour'"),
            ("/collections/incidents/items?filter-lang=cql2-json", 400, "only cql2-text"),
        ] {
            let r = try server.get(path)
            #expect(r.status == status, "\(path)")
            #expect(r.type.hasPrefix("application/json"), "\(path)")
            let body = try json(r.body)
            #expect(
                body["code"]?.stringValue != nil && body["description"]?.stringValue?.contains(words) == true,
                "\(path): \(r.body)")
        }
        let post = try server.get(
            "/collections/incidents/items", method: "POST", body: Data(repeating: 65, count: 100_000))
        #expect(post.status == 405 && post.body.contains("read-only"), "\(post.status) \(post.body)")
        let long = try server.get("/collections/incidents/items?filter=" + String(repeating: "a", count: 9_000))
        #expect(long.status == 414 && long.body.contains("over 8192 bytes"))
        let all = Self.library.collections.collection("incidents")!.features.count
        let page = try json(try server.get("/collections/incidents/items?limit=3").body)
        #expect(page["numberMatched"]?.numberValue == Double(all) && page["numberReturned"] == 3)
        let rels = page["links"]?.arrayValue?.compactMap { $0.objectValue?["rel"]?.stringValue } ?? []
        #expect(rels.contains("next") && !rels.contains("prev"))
        let second = try json(try server.get("/collections/incidents/items?limit=3&offset=3").body)
        #expect(second["links"]?.arrayValue?.contains { $0.objectValue?["rel"] == "prev" } == true)

        // datetime: a feature matches when its dated interval overlaps the day.
        let expected = Self.library.collections.collection("incidents")!.features.filter {
            $0["date_start"]!.stringValue! <= "2021-07-28" && $0["date_end"]!.stringValue! >= "2021-07-28"
        }.count
        let day = try json(try server.get("/collections/incidents/items?datetime=2021-07-28&limit=1000").body)
        #expect(day["numberMatched"]?.numberValue == Double(expected))
        #expect(expected > 0 && expected < all)
        // CQL2: the same features as the library's own filter.
        let filter = "side = 'ARM' AND border_distance_m < 10000 AND S_INTERSECTS(geometry, BBOX(44, 38, 47, 42))"
        let wanted = try CQL2.parse(filter)
        let expectedIDs = Self.library.collections.collection("incidents")!.features.filter { wanted.matches($0) }
            .compactMap(\.id?.stringValue)
        let filtered = try json(
            try server.get(
                "/collections/incidents/items?limit=1000&filter-lang=cql2-text&filter="
                    + filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            ).body)
        let ids = filtered["features"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
        #expect(!expectedIDs.isEmpty && ids == expectedIDs)
        let relate = try json(try server.get("/relate?lat=40.2&lon=45.87").body)
        #expect(relate["province_id"] == "AM-GR" && relate["side"] == "ARM")
        let place = try server.get("/places?q=Zod")
        #expect(place.status == 200 && place.body.contains("Sotk"))
        let csv = try server.get("/reports/proximity?incident=2021-11-16-clashes&f=csv")
        #expect(csv.status == 200 && csv.body.hasPrefix("subject,incident_id,"))
        let html = try server.get("/", accept: "text/html")
        #expect(
            html.type.hasPrefix("text/html") && html.body.contains("/static/leaflet.js")
                && !html.body.contains("https://"))
        #expect(try server.get("/static/leaflet.js").status == 200)
    }

    /// With --store, the server serves the store: imported events included.
    @Test func servesTheStore() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("bw-serve-\(UUID().uuidString).gpkg")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store.path + suffix) }
        }
        let fixture = CommandRunner.repository.appendingPathComponent(
            "Tests/BorderStoreTests/Fixtures/acled-sample.csv"
        ).path
        let imported = try CommandRunner.run(["import", "acled", fixture, "--store", store.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let server = try ServerProcess(["--store", store.path])
        defer { _ = server.stop() }
        let page = try json(try server.get("/collections/incidents/items?limit=1000").body)
        let bundled = Self.library.collections.collection("incidents")!.features.count
        let matched = Int(page["numberMatched"]?.numberValue ?? 0)
        #expect(matched > bundled, "the store's imported events are served (\(matched) against \(bundled) bundled)")
        let ids =
            page["features"]?.arrayValue?.compactMap {
                $0.objectValue?["properties"]?.objectValue?["incident_id"]?.stringValue
            } ?? []
        #expect(ids.contains("acled-ARM1002"), "\(ids)")
    }
}
