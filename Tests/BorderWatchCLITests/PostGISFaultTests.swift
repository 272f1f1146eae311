import BorderExchange
import Foundation
import XCTest

/// PostGIS when things go wrong, and with a streaming replica: each test
/// has its own cluster(s), since it stops or restarts them.
final class PostGISFaultTests: XCTestCase {
    /// Polls `condition` every 0.2 s until it holds or `seconds` pass.
    private func eventually(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return try condition()
    }

    private func matched(_ server: ServerProcess) throws -> Int? {
        let r = try server.get("/collections/incidents/items?limit=1")
        guard r.status == 200 else { return nil }
        return (try JSONSerialization.jsonObject(with: Data(r.body.utf8)) as? [String: Any])?["numberMatched"] as? Int
    }

    func testServeAnswers503WithRetryWhileTheDatabaseRestartsThenRecovers() throws {
        let cluster = try PostgresCluster()
        defer { cluster.destroy() }
        let url = cluster.url()
        XCTAssertEqual(try PostgresCluster.createStore(url), 0)
        let server = try ServerProcess(["--store", url])
        defer { _ = server.stop() }
        let located = try XCTUnwrap(try matched(server))
        XCTAssertEqual(
            located, try BundledCatalog.locatedPlaceCount(), "one feature per located place of the bundled incidents")

        try cluster.stop()
        var down: ServerProcess.Reply?
        XCTAssertTrue(
            try eventually(10) {
                let r = try server.get("/collections/incidents/items?limit=1")
                if r.status == 503 { down = r }
                return r.status == 503
            }, "503 while the database is down")
        XCTAssertEqual(down?.retryAfter, "1")
        XCTAssertTrue(
            down?.body.contains("\"code\":\"ServiceUnavailable\"") == true
                || down?.body.contains("ServiceUnavailable") == true,
            down?.body ?? "")
        XCTAssertTrue(
            down?.body.contains("cannot reach PostgreSQL") == true || down?.body.contains("lost") == true,
            down?.body ?? "")

        try cluster.start()
        XCTAssertTrue(
            try eventually(20) { try matched(server) == located }, "serves again by itself once the database is back")
        XCTAssertEqual(try server.get("/collections/incidents/items/2021-07-28-sotk-verin-shorzha%231").status, 200)
    }

    func testConnectionLostDuringImportRollsTheImportBackWhole() throws {
        let cluster = try PostgresCluster()
        defer { cluster.destroy() }
        let url = cluster.url()
        XCTAssertEqual(try PostgresCluster.createStore(url), 0)
        let counts =
            "SELECT (SELECT count(*) FROM borderwatch.incidents) || ' ' || (SELECT count(*) FROM borderwatch.locations) || ' ' || (SELECT count(*) FROM borderwatch.imported_records) || ' ' || (SELECT revision FROM borderwatch.state)"
        let before = try cluster.sql(counts)
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bw-lost-\(UUID().uuidString.prefix(8)).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try SyntheticACLED.csv(rows: 2_000, seed: 11).write(to: csv, atomically: true, encoding: .utf8)

        // Another session blocks writes to imported_records (reads still pass), so the import's transaction
        // stops at its last statement, after its incidents and locations are written; its backend is then killed.
        let (psql, input) = try cluster.session()
        defer { try? input.close(); psql.terminate() }
        input.write(Data("BEGIN; LOCK TABLE borderwatch.imported_records IN EXCLUSIVE MODE;\n".utf8))
        XCTAssertTrue(
            try eventually(10) {
                try cluster.sql(
                    "SELECT count(*) FROM pg_locks WHERE mode = 'ExclusiveLock' AND relation = 'borderwatch.imported_records'::regclass"
                ) == "1"
            })

        let importer = Process()
        importer.executableURL = CommandRunner.binary
        importer.arguments = ["import", "acled", csv.path, "--store", url]
        let err = Pipe()
        importer.standardError = err
        importer.standardOutput = FileHandle.nullDevice
        try importer.run()
        // Should a step below fail, the import (waiting on the lock for ever) must not hold the suite up.
        defer { if importer.isRunning { importer.terminate() } }
        let waiting =
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO \"borderwatch\".imported_records%'"
        var pid = ""
        XCTAssertTrue(
            try eventually(60) {
                pid = try cluster.sql(waiting); return !pid.isEmpty
            }, "the import reached its last statement")
        XCTAssertGreaterThan(
            Int(try cluster.sql("SELECT count(*) FROM pg_stat_activity WHERE pid = \(pid) AND state = 'active'")) ?? 0,
            0)
        XCTAssertEqual(try cluster.sql("SELECT pg_terminate_backend(\(pid))"), "t")
        guard !pid.isEmpty else { return XCTFail("the import never waited on the lock") }
        importer.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(importer.terminationStatus, 2, message)
        XCTAssertTrue(message.contains("nothing imported") && message.contains("nothing was written"), message)
        XCTAssertEqual(message.split(separator: "\n").count, 1, message)
        input.write(Data("ROLLBACK;\n".utf8))

        XCTAssertEqual(try cluster.sql(counts), before, "nothing of the import is left")
        // The same import then goes through whole.
        let again = try CommandRunner.run(["import", "acled", csv.path, "--store", url])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("0 rejected"), again.stdout)
        XCTAssertEqual(
            try cluster.sql("SELECT count(*) FROM borderwatch.imported_records WHERE record_key LIKE 'acled:%'"), "2000"
        )
    }

    func testServeFromAStreamingReplicaSeesImportsOnThePrimary() throws {
        let primary = try PostgresCluster()
        defer { primary.destroy() }
        XCTAssertEqual(try PostgresCluster.createStore(primary.url()), 0)
        let replica = try PostgresCluster.replica(of: primary)
        defer { replica.destroy() }
        XCTAssertEqual(try replica.sql("SELECT pg_is_in_recovery()"), "t")
        let bundled = String(try BundledCatalog.incidentCount())
        XCTAssertTrue(try eventually(20) { try replica.sql("SELECT count(*) FROM borderwatch.incidents") == bundled })

        let server = try ServerProcess(["--store", replica.url()])
        defer { _ = server.stop() }
        let located = try XCTUnwrap(try matched(server))
        XCTAssertEqual(located, try BundledCatalog.locatedPlaceCount())
        // The replica refuses writes: an import pointed at it fails in one line and changes nothing.
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bw-replica-\(UUID().uuidString.prefix(8)).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try SyntheticACLED.csv(rows: 500, seed: 3).write(to: csv, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["import", "acled", csv.path, "--store", replica.url()])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("read-only transaction"), refused.stderr)

        let started = Date()
        let imported = try CommandRunner.run(["import", "acled", csv.path, "--store", primary.url()])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let features = Int(try primary.sql("SELECT count(*) FROM borderwatch.locations")) ?? 0
        XCTAssertGreaterThan(features, located + 450, "the import added located events")
        XCTAssertTrue(
            try eventually(15) { try matched(server) == features }, "the replica's server shows the primary's import")
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
        let id = try primary.sql(
            "SELECT incident_id FROM borderwatch.imported_records WHERE record_key LIKE 'acled:%' ORDER BY record_key LIMIT 1"
        )
        XCTAssertEqual(try server.get("/collections/incidents/items/\(id)%231").status, 200)
    }
}
