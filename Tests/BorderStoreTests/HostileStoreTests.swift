@testable import BorderStore
import BorderEventStore
import Foundation
import GRDB
import Testing

/// A store file may come from anyone: what it holds is read with checks,
/// never with a trap. (FuzzGeoPackage found the first of these: a source row
/// of NULLs stopped the process inside GRDB's subscript.)
@Suite struct HostileStoreTests {
    func store(_ damage: String) async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-hostile-\(UUID().uuidString).gpkg")
            .path
        let store = try await GeoPackageStore.open(path: path)
        try await store.pool.write { db in try db.execute(sql: damage) }
        try store.close()
        return path
    }

    @Test func nullsWhereTextIsExpectedAreAnErrorNotACrash() async throws {
        // The constraints are the file's own: a hostile file simply has none.
        let path = try await store(
            """
            DROP TABLE sources; CREATE TABLE sources (fid INTEGER PRIMARY KEY, source_id, outlet, headline, published, file);
            INSERT INTO sources (source_id, outlet, headline, published, file) VALUES (NULL, NULL, NULL, NULL, NULL)
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try GeoPackageStore.openForReading(path: path)
        await #expect(throws: (any Error).self) { _ = try await reader.catalog() }
    }

    @Test func aNullKeyInImportedRecordsIsAnError() async throws {
        let path = try await store(
            """
            DROP TABLE imported_records; CREATE TABLE imported_records (record_key, digest, incident_id);
            INSERT INTO imported_records VALUES (NULL, 'd', 'i')
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try GeoPackageStore.openForReading(path: path)
        await #expect(throws: (any Error).self) { _ = try await reader.importedRecords() }
    }
}
