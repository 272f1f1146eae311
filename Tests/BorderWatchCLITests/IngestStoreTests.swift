import Foundation
import GRDB
import Testing

/// `ingest --apply` into the store: proposals kept apart from reviewed
/// incidents, and the same report twice changes nothing.
@Suite(.serialized) struct IngestStoreTests {
    @Test func applyAddsProposedOnceAndLeavesReviewedAlone() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("bw-ingest-\(UUID().uuidString).gpkg")
            .path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) } }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("bw-report-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        try """
        Shelling near Sotk

        Armenia's defence ministry said Azerbaijani forces shelled positions near the village of Sotk on Tuesday,
        wounding two soldiers. Azerbaijan's defence ministry denied it and reported no losses.
        """.write(to: report, atomically: true, encoding: .utf8)
        let missing = try CommandRunner.run([
            "ingest", report.path, "--published", "2022-09-13", "--apply", "--store", store,
        ])
        #expect(missing.status == 2 && missing.stderr.contains("no store at"), "\(missing.stderr)")

        #expect(try CommandRunner.run(["run", "--store", store]).status == 0)
        func counts() throws -> [String: Int] {
            let queue = try DatabaseQueue(path: store)
            return try queue.read { db in
                Dictionary(
                    uniqueKeysWithValues: try Row.fetchAll(
                        db, sql: "SELECT status, count(*) FROM incidents GROUP BY status"
                    ).map {
                        ($0[0] as String, $0[1] as Int)
                    })
            }
        }
        let before = try counts()
        let first = try CommandRunner.run([
            "ingest", report.path, "--published", "2022-09-13", "--apply", "--store", store, "--format", "csv",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let after = try counts()
        #expect(after["reviewed"] == before["reviewed"] && (after["proposed"] ?? 0) >= 1, "\(after)")
        let again = try CommandRunner.run([
            "ingest", report.path, "--published", "2022-09-13", "--apply", "--store", store, "--format", "csv",
        ])
        #expect(again.stderr.contains("0 new, 0 updated, 0 linked"), "\(again.stderr)")
        #expect(try counts() == after)
    }
}
