@testable import BorderEventStore
@testable import BorderStore
import BorderExchange
import BorderIncidents
import Foundation
import GRDB
import GeometryCore
import Testing

/// The schema version table and forward migrations.
@Suite struct MigrationTests {
    @Test func aStoreAtVersionOneIsMigratedForward() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-mig-\(UUID().uuidString).gpkg")
            .path
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
        // Version 7: no index repeats the first column of a unique one, and casualty figures read in order unsorted.
        let (indexes, figureColumns, plan) = try await store.pool.read { db in
            (
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'index'
                          AND name IN ('locations_incident', 'claims_incident', 'casualty_figures_incident')
                        """),
                try Row.fetchAll(db, sql: "PRAGMA index_info(casualty_figures_incident)").map { $0["name"] as String },
                try Row.fetchAll(
                    db,
                    sql: """
                        EXPLAIN QUERY PLAN SELECT * FROM casualty_figures WHERE incident_id = 'x'
                        ORDER BY incident_id, claim_index, casualty_index
                        """
                ).map { $0["detail"] as String }
            )
        }
        #expect(indexes == ["casualty_figures_incident"])
        #expect(figureColumns == ["incident_id", "claim_index", "casualty_index"])
        #expect(
            !plan.contains { $0.contains("TEMP B-TREE") } && plan.contains { $0.contains("casualty_figures_incident") })
        // Version 3: existing incidents read as reviewed.
        let status = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "PRAGMA table_info(incidents)").map { $0["name"] as String }.contains("status")
        }
        #expect(status)
        // Version 4: imported rows keep their original fields.
        let fields = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "PRAGMA table_info(imported_records)").map { $0["name"] as String }.contains(
                "fields")
        }
        #expect(fields)
        // Migrating again is a no-op: one row for version 1, one per migration after it.
        try await store.migrate()
        #expect(
            try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM borderwatch_schema") }
                == GeoPackageStore.currentSchemaVersion)
    }

    /// A store written at version 3, before the original fields were kept:
    /// it opens, migrates, keeps its rows (with no fields) and exports them
    /// from the model until they are imported again.
    /// A store of a newer schema is refused for writing, with both versions named, and left as it was.
    @Test func aStoreOfANewerSchemaIsNotWrittenTo() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-new-\(UUID().uuidString).gpkg")
            .path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try await GeoPackageStore.open(path: path)
        let next = GeoPackageStore.currentSchemaVersion + 1
        try await store.pool.write { db in
            try db.execute(sql: "INSERT INTO borderwatch_schema VALUES (?, 'a later program')", arguments: [next])
        }
        try store.close()
        let error = await #expect(throws: StoreError.self) { try await GeoPackageStore.open(path: path) }
        #expect(
            error?.description.contains("schema version \(next), newer than this program's \(next - 1)") == true,
            "\(String(describing: error))")
        let reopened = try GeoPackageStore(path: path)
        #expect(try await reopened.schemaVersion() == next)
    }

    /// Migrations after version 6 change only indexes: a command that only reads reads a version-6 store as it
    /// is (no upgrade asked for, nothing written), and still refuses a version-5 one, whose tables differ.
    @Test func aVersionSixStoreIsReadAsItIsAndAVersionFiveOneIsNot() async throws {
        let dir = FileManager.default.temporaryDirectory
        let six = dir.appendingPathComponent("bw-v6-\(UUID().uuidString).gpkg").path
        let point = GeoPackageBinary.encodePoint(try Coordinate(longitude: 45.87, latitude: 40.2))
        try await OlderStore.make(at: six, version: 6) { db in
            try OlderStore.insertIncident(db, id: "v6", title: "Fire near Sotk")
            try db.execute(
                sql: """
                    INSERT INTO locations (geom, incident_id, location_index, kind, name, precision, relation, sources,
                      border_distance_m, segment_id, side, side_basis, resolution, border_point_lon, border_point_lat,
                      within_tolerance, tolerance_m, inside_1991_oblast, nearby)
                    VALUES (?, 'v6', 0, 'point', '', 1, 'at', '[]', 900, 'mainland', 'ARM', 'polygon', 'position given',
                      45.88, 40.21, 0, 100, 0, '[]')
                    """, arguments: [point])
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: six))
        let reader = try GeoPackageStore.openForReading(path: six)
        #expect(try await reader.catalog().incidents.map(\.id) == ["v6"])
        #expect(try await reader.schemaVersion() == 6)
        // Its locations have no district column (schema 9): read as none.
        let relations = try await reader.relations()
        #expect(relations.count == 1 && relations[0].detail?.resolution == "position given")
        #expect(relations[0].detail != nil && relations[0].detail?.districtID == nil)
        try reader.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: six)) == before)

        let five = dir.appendingPathComponent("bw-v5-\(UUID().uuidString).gpkg").path
        try await OlderStore.make(at: five, version: 5) { _ in }
        let error = #expect(throws: StoreError.self) { try GeoPackageStore.openForReading(path: five) }
        #expect(
            error?.description.contains(
                "schema version 5, this program reads 6–\(GeoPackageStore.currentSchemaVersion)")
                == true, "\(String(describing: error))")
    }

    @Test func aStoreAtVersionThreeOpensAndKeepsItsRowsWithoutFields() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-v3-\(UUID().uuidString).gpkg").path
        try await OlderStore.make(at: path, version: 3) { db in
            try db.execute(
                sql: "INSERT INTO imported_records (record_key, digest, incident_id) VALUES ('ucdp:1', 'd1', 'ucdp-1')")
        }
        #expect(throws: StoreError.self) { try GeoPackageStore.openForReading(path: path) }

        let store = try await GeoPackageStore.open(path: path)
        #expect(try await store.schemaVersion() == 9 && GeoPackageStore.currentSchemaVersion == 9)
        let kept = ImportedRecord(key: "ucdp:1", digest: "d1", incidentID: "ucdp-1")
        #expect(try await store.importedRecords(withFields: true) == ["ucdp:1": kept] && !kept.hasFields)
        try await store.writeReference(Shared.geodata)
        _ = try await Shared.importing(try Shared.read("ucdp", "ucdp-ged-am-az.csv"), into: store)
        let records = try await store.importedRecords(withFields: true)
        #expect(
            records["ucdp:1"]?.fields == nil
                && records["ucdp:447211"]?.fields?.value(of: "relid") == "ARM-2022-1-13699-3")
        _ = try GeoPackageStore.openForReading(path: path)
    }

    /// Rows imported before version 4 (fields NULL) get their fields from
    /// the next import of the same file, which counts them unchanged and
    /// leaves their incidents alone; an export then writes them back as read.
    @Test func rowsImportedBeforeVersionFourGetTheirFieldsFromTheNextImport() async throws {
        let store = try await Shared.emptyStore()
        let read = try Shared.read("ucdp", "ucdp-ged-am-az.csv")
        _ = try await Shared.importing(read, into: store)
        try await store.pool.write { db in try db.execute(sql: "UPDATE imported_records SET fields = NULL") }
        #expect(
            try await store.importedRecords(withFields: true).values.allSatisfy { $0.fields == nil && !$0.hasFields })
        let before = try await store.catalog()
        let (events, sources) = try await StoreCatalog.exportedEvents(store, geodata: Shared.geodata)
        #expect(
            !UCDPFormat.write(events, sources: sources, sides: Shared.sides).contains("Armenia, Azerbaijan"),
            "written from the model")
        #expect(
            EventImporter.classify(read.records, known: try await store.importedRecords()).refilled.map(\.key).sorted()
                == ["ucdp:380142", "ucdp:447211"])

        #expect(try await Shared.importing(read, into: store) == EventImporter.Summary(unchanged: 2))
        let records = try await store.importedRecords(withFields: true)
        #expect(records.values.allSatisfy(\.hasFields) && records["ucdp:447211"]?.fields == read.records[0].fields)
        #expect(try await store.catalog().incidents.map(IncidentDigest.of) == before.incidents.map(IncidentDigest.of))
        let again = try await StoreCatalog.exportedEvents(store, geodata: Shared.geodata)
        #expect(
            UCDPFormat.write(again.events, sources: again.sources, sides: Shared.sides).contains(
                "\"Armenia, Azerbaijan\""))
        // Once they are kept, the same file has nothing to write.
        let sorted = EventImporter.classify(read.records, known: try await store.importedRecords())
        #expect(sorted.unchanged == 2 && sorted.refilled.isEmpty && sorted.fresh.isEmpty && sorted.changed.isEmpty)
    }

    @Test func aForeignGeoPackageIsRefused() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-foreign-\(UUID().uuidString).gpkg")
            .path
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
