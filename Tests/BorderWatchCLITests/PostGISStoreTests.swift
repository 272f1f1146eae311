import BorderExchange
import Foundation
import XCTest

/// The PostGIS store against the GeoPackage store: the same commands and
/// the same server requests, over the bundled catalog plus 10,000 imported
/// ACLED events, give byte-identical answers. One real cluster for the class.
final class PostGISStoreTests: XCTestCase {
    nonisolated(unsafe) static var cluster: PostgresCluster?
    nonisolated(unsafe) static var work: URL?

    override class func tearDown() {
        cluster?.destroy()
        if let work { try? FileManager.default.removeItem(at: work) }
        super.tearDown()
    }

    /// The class's cluster, started by the first test that needs it.
    private func requireCluster() throws -> PostgresCluster {
        try PostgresCluster.requireInstalled()
        if Self.work == nil {
            let work = FileManager.default.temporaryDirectory.appendingPathComponent(
                "bw-pgsame-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            Self.work = work
        }
        if let cluster = Self.cluster { return cluster }
        let cluster = try PostgresCluster()
        Self.cluster = cluster
        return cluster
    }

    /// Both stores, each holding the bundled catalog and the same 4,000 imported rows.
    private func twoStores(schema: String) throws -> (gpkg: String, pg: String) {
        let cluster = try requireCluster(), work = try XCTUnwrap(Self.work)
        let csv = work.appendingPathComponent("acled-\(schema).csv")
        try SyntheticACLED.csv(rows: 4_000, seed: 7).write(to: csv, atomically: true, encoding: .utf8)
        let gpkg = work.appendingPathComponent("\(schema).gpkg").path, pg = cluster.url(schema: schema)
        var summaries: [String] = []
        for store in [gpkg, pg] {
            let r = try CommandRunner.run(["import", "acled", csv.path, "--store", store])
            XCTAssertEqual(r.status, 0, r.stderr)
            summaries.append(String(r.stdout.split(separator: "→")[0]))
            XCTAssertFalse(r.stdout.contains(PostgresCluster.password), "the password is never printed")
        }
        XCTAssertEqual(summaries[0], summaries[1])
        XCTAssertTrue(summaries[1].contains("4000 new"), summaries[1])
        return (gpkg, pg)
    }

    func testEveryCommandAnswersTheSameFromBothStores() throws {
        let (gpkg, pg) = try twoStores(schema: "same")
        let polygon =
            #"{"type":"Polygon","coordinates":[[[45.3,39.6],[46.2,39.6],[46.2,40.3],[45.3,40.3],[45.3,39.6]]]}"#
        let commands: [[String]] = [
            ["query", "incidents", "--near", "Sotk", "--radius-km", "25", "--format", "csv"],
            ["query", "incidents", "--lat", "39.35", "--lon", "45.9", "--radius-km", "12.5", "--format", "json"],
            [
                "query", "incidents", "--bbox", "45.0,39.0,46.5,40.5", "--from", "2021-01-01", "--to", "2021-12-31",
                "--format", "json",
            ],
            ["query", "incidents", "--province", "Syunik", "--border-max-km", "5"],
            ["query", "incidents", "--border-min-km", "3", "--border-max-km", "4", "--format", "csv"],
            ["query", "incidents", "--side", "AZE", "--type", "shelling", "--format", "csv"],
            ["query", "incidents", "--actor", "AZE", "--min-killed", "2", "--format", "csv"],
            [
                "query", "incidents", "--near", "Yeraskh", "--radius-km", "30", "--segment", "nakhchivan",
                "--border-max-km", "2",
            ],
            ["query", "incidents", "--within", polygon, "--type", "armed-clash", "--format", "json"],
            ["query", "incidents", "--lat", "10", "--lon", "10", "--radius-km", "1"],
            ["query", "settlements", "--near", "Goris", "--radius-km", "15"],
            ["relate", "--place", "Sotk", "--format", "json"],
            ["relate", "--incident", "2021-07-28-sotk-verin-shorzha", "--format", "json"],
            ["report", "proximity", "--incident", "2022-09-13-bombardment", "--radius-km", "10", "--format", "json"],
            ["report", "proximity", "--place", "Heydarabad", "--radius-km", "10"],
            ["export", "acled"],
            ["export", "ucdp"],
            ["export", "geojson"],
            ["export", "claims-csv"],
            ["stats", "--by", "month", "--by", "province", "--format", "csv"],
            ["stats", "--by", "claimant", "--by", "side", "--format", "json"],
            ["stats", "--by", "segment", "--bbox", "45.0,39.0,46.5,40.5", "--from", "2021-01-01"],
            ["stats", "--by", "type", "--near", "Sotk", "--radius-km", "25", "--min-killed", "1", "--format", "csv"],
        ]
        for arguments in commands {
            let a = try CommandRunner.run(arguments + ["--store", gpkg]),
                b = try CommandRunner.run(arguments + ["--store", pg])
            XCTAssertEqual(a.status, b.status, "\(arguments): \(a.stderr) | \(b.stderr)")
            XCTAssertEqual(a.stderr, b.stderr, "\(arguments)")
            XCTAssertTrue(
                a.stdout == b.stdout,
                "\(arguments): the stores answer differently (\(a.stdout.count) and \(b.stdout.count) characters)")
            if arguments[0] == "stats" { XCTAssertEqual(a.status, 0, "\(arguments): \(a.stderr)") }
            if arguments[0] == "query" && arguments.contains("Sotk") && arguments.contains("csv") {
                XCTAssertGreaterThan(a.stdout.utf8.filter { $0 == 10 }.count, 8, "the radius finds imported events too")
            }
        }
        // Layers: every file the same.
        let work = try XCTUnwrap(Self.work)
        let (la, lb) = (work.appendingPathComponent("layers-gpkg"), work.appendingPathComponent("layers-pg"))
        XCTAssertEqual(try CommandRunner.run(["layers", "--out", la.path, "--store", gpkg]).status, 0)
        XCTAssertEqual(try CommandRunner.run(["layers", "--out", lb.path, "--store", pg]).status, 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: la.path).sorted()
        XCTAssertEqual(files, try FileManager.default.contentsOfDirectory(atPath: lb.path).sorted())
        XCTAssertFalse(files.isEmpty)
        for f in files {
            XCTAssertEqual(
                try Data(contentsOf: la.appendingPathComponent(f)), try Data(contentsOf: lb.appendingPathComponent(f)),
                f)
        }
        // A GeoPackage copy of the PostGIS store answers as the store does.
        let copy = work.appendingPathComponent("copy.gpkg").path
        XCTAssertEqual(try CommandRunner.run(["export", "gpkg", "--out", copy, "--store", pg]).status, 0)
        let q = ["query", "incidents", "--near", "Sotk", "--radius-km", "25", "--format", "csv"]
        XCTAssertEqual(
            try CommandRunner.run(q + ["--store", copy]).stdout, try CommandRunner.run(q + ["--store", pg]).stdout)
    }

    func testTheServerAnswersTheSameFromBothStores() throws {
        let (gpkg, pg) = try twoStores(schema: "served")
        let a = try ServerProcess(["--store", gpkg]), b = try ServerProcess(["--store", pg])
        defer { _ = a.stop(); _ = b.stop() }
        let paths = [
            "/collections/incidents/items?limit=100&offset=200",
            "/collections/incidents/items?bbox=45,39,46.5,40.5&datetime=2021-01-01/2021-12-31&limit=1000",
            "/collections/incidents/items?filter=type%3D'shelling'%20AND%20side%3D'AZE'&limit=1000",
            "/collections/incidents/items/2021-07-28-sotk-verin-shorzha%231",
            "/collections/settlements/items?bbox=46.0,39.3,46.6,39.7&limit=1000",
            "/relate?lat=39.64&lon=46.55",
            "/reports/proximity?place=Sotk&radius_km=10",
        ]
        // Everything but the server's address and the response's own time (the two requests may fall in two seconds).
        func comparable(_ body: String, base: String) -> String {
            body.replacingOccurrences(of: base, with: "BASE").replacingOccurrences(
                of: #""timeStamp":"[^"]*""#, with: #""timeStamp":"T""#, options: .regularExpression)
        }
        // The GeoPackage server answers settlements and proximity reports from the whole store, which it reads
        // on first need: until then it says 503 with Retry-After, and a client asks again.
        func settled(_ server: ServerProcess, _ path: String) throws -> (status: Int, body: String) {
            var r = try server.get(path)
            for _ in 0..<600 where r.status == 503 && r.retryAfter != nil {
                Thread.sleep(forTimeInterval: 0.1)
                r = try server.get(path)
            }
            return (r.status, r.body)
        }
        for path in paths {
            let ra = try settled(a, path), rb = try settled(b, path)
            XCTAssertEqual(ra.status, rb.status, path)
            XCTAssertTrue(
                comparable(ra.body, base: a.base) == comparable(rb.body, base: b.base),
                "\(path): the stores answer differently")
        }
        let page =
            try JSONSerialization.jsonObject(with: Data(try b.get("/collections/incidents/items?limit=1").body.utf8))
            as? [String: Any]
        XCTAssertEqual(
            page?["numberMatched"] as? Int, try BundledCatalog.locatedPlaceCount() + 4_000,
            "the located places of the bundled incidents + 4,000 imported")
    }

    func testSchemaIsVersionedTypedAndIndexedAndQueriesUseTheIndexes() throws {
        let cluster = try requireCluster()
        let url = cluster.url(schema: "layout")
        XCTAssertEqual(try PostgresCluster.createStore(url), 0)
        XCTAssertEqual(
            try cluster.sql("SELECT string_agg(version::text, ',' ORDER BY version) FROM layout.schema_version"),
            "1,2,3,4,5,6")
        XCTAssertEqual(
            try cluster.sql(
                """
                SELECT string_agg(f_table_name || '.' || f_geography_column || ':' || type, ' ' ORDER BY f_table_name)
                FROM geography_columns WHERE f_table_schema = 'layout'
                """),
            "border_segments.geog:MultiLineString historical_lines.geog:Geometry locations.geog:Point settlements.geog:Point"
        )
        XCTAssertEqual(
            try cluster.sql(
                """
                SELECT count(*) FROM pg_indexes WHERE schemaname = 'layout' AND indexdef LIKE '%USING gist%'
                """), "7")
        // The stored relation is the engine's: Sotk is in Gegharkunik (AM-GR), inside Armenia's polygon.
        XCTAssertEqual(
            try cluster.sql(
                """
                SELECT province_id || ' ' || side || ' ' || side_basis FROM layout.locations
                WHERE incident_id = '2021-07-28-sotk-verin-shorzha' AND location_index = 0
                """), "AM-GR ARM polygon")
        // The radius is answered by the geography index: its scan count rises with one more query.
        let scans =
            "SELECT idx_scan FROM pg_stat_user_indexes WHERE schemaname = 'layout' AND indexrelname = 'locations_geog'"
        try cluster.sql("SELECT pg_stat_clear_snapshot()")
        let before = Int(try cluster.sql(scans)) ?? -1
        XCTAssertEqual(
            try CommandRunner.run(["query", "incidents", "--near", "Goris", "--radius-km", "30", "--store", url])
                .status, 0)
        Thread.sleep(forTimeInterval: 0.6)  // statistics reach the collector when a backend ends
        XCTAssertGreaterThan(Int(try cluster.sql(scans)) ?? -1, before)
        // A second open migrates nothing and writes nothing.
        let revision = try cluster.sql("SELECT revision FROM layout.state")
        XCTAssertEqual(try CommandRunner.run(["query", "incidents", "--side", "ARM", "--store", url]).status, 0)
        XCTAssertEqual(try cluster.sql("SELECT revision FROM layout.state"), revision)
    }

    func testAnOlderSchemaIsMigratedForwardKeepingItsRows() throws {
        let cluster = try requireCluster()
        let url = cluster.url(schema: "old")
        XCTAssertEqual(try PostgresCluster.createStore(url), 0)
        // Take the schema back to version 1: no status column, no reference layers, no original fields, relations
        // without their detail, no geodata digest, no import records.
        try cluster.sql(
            """
            ALTER TABLE old.incidents DROP COLUMN status; ALTER TABLE old.imported_records DROP COLUMN fields;
            DELETE FROM old.schema_version WHERE version > 1;
            DROP TABLE old.countries, old.provinces, old.border_segments, old.historical_lines, old.settlements;
            ALTER TABLE old.locations DROP COLUMN resolution, DROP COLUMN settlement_id, DROP COLUMN border_point_lon,
              DROP COLUMN border_point_lat, DROP COLUMN within_tolerance, DROP COLUMN tolerance_m,
              DROP COLUMN inside_1991_oblast, DROP COLUMN exclave_id, DROP COLUMN nearby,
              DROP COLUMN theatre, DROP COLUMN district_id;
            ALTER TABLE old.state DROP COLUMN geodata_digest; DROP TABLE old.imports;
            ALTER TABLE old.imported_records DROP COLUMN import_id
            """)
        let serve = try CommandRunner.run(["serve", "--port", "0", "--store", url])
        XCTAssertEqual(serve.status, 2, "a reader does not migrate")
        XCTAssertTrue(
            serve.stderr.contains("schema version 1") && serve.stderr.contains("import into the primary"), serve.stderr)

        let reader = try CommandRunner.run([
            "query", "incidents", "--near", "Sotk", "--radius-km", "10", "--format", "csv", "--store", url,
        ])
        XCTAssertEqual(reader.status, 2, "a command that only reads does not migrate either")
        XCTAssertTrue(reader.stderr.contains("schema version 1"), reader.stderr)
        XCTAssertEqual(
            try cluster.sql("SELECT string_agg(version::text, ',' ORDER BY version) FROM old.schema_version"), "1")

        XCTAssertEqual(try PostgresCluster.createStore(url), 0, "run migrates it")
        let r = try CommandRunner.run([
            "query", "incidents", "--near", "Sotk", "--radius-km", "10", "--format", "csv", "--store", url,
        ])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("2021-07-28-sotk-verin-shorzha"))
        XCTAssertEqual(
            try cluster.sql("SELECT string_agg(version::text, ',' ORDER BY version) FROM old.schema_version"),
            "1,2,3,4,5,6")
        XCTAssertEqual(
            try cluster.sql("SELECT count(*) FILTER (WHERE resolution IS NULL) FROM old.locations"), "0",
            "the rows of the old schema are related again once, whole")
        XCTAssertEqual(
            try cluster.sql("SELECT count(*) || ' ' || count(*) FILTER (WHERE status = 'reviewed') FROM old.incidents"),
            "\(try BundledCatalog.incidentCount()) \(try BundledCatalog.incidentCount())")
        XCTAssertEqual(
            try cluster.sql("SELECT count(*) > 0 FROM old.countries"), "t", "the reference layers are written again")
        XCTAssertEqual(
            try cluster.sql(
                """
                SELECT count(*) > 0 AND count(*) = count(*) FILTER (WHERE fields IS NULL) FROM old.imported_records
                """), "t", "rows imported before version 4 have no original fields")
    }

    func testWrongPasswordAndUnreachableHostGiveOneLineAndExitTwo() throws {
        let cluster = try requireCluster()
        let wrong = try CommandRunner.run(
            ["query", "incidents", "--side", "ARM", "--store", cluster.url(schema: "x")],
            environment: PostgresCluster.environment(password: "not-it"))
        XCTAssertEqual(wrong.status, 2)
        XCTAssertEqual(wrong.stderr.split(separator: "\n").count, 1, wrong.stderr)
        XCTAssertTrue(
            wrong.stderr.contains("refused user 'borderwatch'")
                && wrong.stderr.contains("password authentication failed"), wrong.stderr)
        XCTAssertFalse(wrong.stderr.contains("not-it"))
        XCTAssertEqual(wrong.stdout, "")

        var noPassword = ProcessInfo.processInfo.environment
        noPassword["PGPASSWORD"] = nil
        let inURL = try CommandRunner.run(
            [
                "query", "incidents", "--side", "ARM", "--store",
                "postgresql://\(PostgresCluster.user):\(PostgresCluster.password)@127.0.0.1:\(cluster.port)/postgres?schema=x",
            ],
            environment: noPassword)
        XCTAssertEqual(inURL.status, 0, inURL.stderr)
        XCTAssertTrue(inURL.stderr.contains("warning: the password in --store is visible"), inURL.stderr)
        XCTAssertFalse(
            inURL.stderr.contains(PostgresCluster.password) || inURL.stdout.contains(PostgresCluster.password))

        let port = try PostgresCluster.freePort()
        let gone = try CommandRunner.run(["export", "acled", "--store", "postgresql://bw@127.0.0.1:\(port)/postgres"])
        XCTAssertEqual(gone.status, 2)
        XCTAssertEqual(gone.stderr.split(separator: "\n").count, 1, gone.stderr)
        XCTAssertTrue(gone.stderr.contains("cannot reach PostgreSQL at 127.0.0.1:\(port)"), gone.stderr)

        let bad = try CommandRunner.run(["relate", "--place", "Sotk", "--store", "postgresql://127.0.0.1/"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("no database name"), bad.stderr)
    }
}
