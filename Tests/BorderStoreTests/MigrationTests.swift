@testable import BorderStore
import BorderEventStore
import Foundation
import GRDB
import Testing

/// The schema version table and forward migrations.
@Suite struct MigrationTests {
    @Test func aStoreAtVersionOneIsMigratedForward() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-mig-\(UUID().uuidString).gpkg").path
        let store = try GeoPackageStore(path: path)
        #expect(try await store.schemaVersion() == 0)
        // Version 1 only, as a store written before migration 2 existed.
        try await store.pool.write { db in
            try db.execute(sql: "PRAGMA application_id = \(GeoPackageSchema.applicationID)")
            try db.execute(sql: "CREATE TABLE borderwatch_schema (version INTEGER NOT NULL, applied TEXT NOT NULL)")
            try GeoPackageSchema.migrations[0](db)
            try db.execute(sql: "INSERT INTO borderwatch_schema VALUES (1, 'test')")
        }
        #expect(try await store.schemaVersion() == 1)
        try await store.migrate()
        #expect(try await store.schemaVersion() == GeoPackageStore.currentSchemaVersion)
        let indexes = try await store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'locations_incident'")
        }
        #expect(indexes == ["locations_incident"])
        // Version 3: existing incidents read as reviewed.
        let status = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "PRAGMA table_info(incidents)").map { $0["name"] as String }.contains("status")
        }
        #expect(status)
        // Migrating again is a no-op: one row for version 1, one per migration after it.
        try await store.migrate()
        #expect(try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM borderwatch_schema") }
            == GeoPackageStore.currentSchemaVersion)
    }

    @Test func aForeignGeoPackageIsRefused() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-foreign-\(UUID().uuidString).gpkg").path
        let store = try GeoPackageStore(path: path)
        try await store.pool.write { db in try db.execute(sql: "CREATE TABLE gpkg_contents (table_name TEXT)") }
        await #expect(throws: StoreError.self) { try await store.migrate() }
    }

    @Test func headerCarriesGPKGApplicationIDAndVersion() async throws {
        let store = try await Shared.emptyStore()
        let (application, version) = try await store.pool.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA application_id")!, try Int.fetchOne(db, sql: "PRAGMA user_version")!)
        }
        #expect(application == 0x4750_4B47 && version == 10300)
        #expect(try await store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }
}
