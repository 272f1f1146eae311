import BorderEventStore
import BorderExchange
import Foundation
import GRDB
import Testing

@testable import BorderStore

/// An import keeps the locations' GeoPackage R-tree itself, its insert
/// trigger dropped for the transaction: afterwards the R-tree holds what the
/// trigger would have put there, and the trigger is back as it was, after
/// a committed import, a dry run and a failed one alike.
@Suite struct LocationsRTreeDuringImportTests {
    static func trigger(_ store: GeoPackageStore) async throws -> String? {
        try await store.pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                arguments: [LocationsRTreeDuringImport.trigger])
        }
    }

    /// The R-tree's rows, and the rows the trigger's own functions give for every location (through an R-tree
    /// of the same kind, which rounds as the first does).
    static func rtreeAndExpected(_ store: GeoPackageStore) async throws -> ([[Double]], [[Double]]) {
        try await store.pool.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.expected USING rtree(id, minx, maxx, miny, maxy)")
            defer { try? db.execute(sql: "DROP TABLE temp.expected") }
            try db.execute(
                sql: """
                    INSERT INTO temp.expected SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom)
                    FROM locations WHERE geom NOT NULL AND NOT ST_IsEmpty(geom)
                    """)
            func rows(_ table: String) throws -> [[Double]] {
                try Row.fetchAll(db, sql: "SELECT id, minx, maxx, miny, maxy FROM \(table) ORDER BY id").map { row in
                    (0..<5).map { k in row[k] as Double }
                }
            }
            return (try rows("rtree_locations_geom"), try rows("temp.expected"))
        }
    }

    @Test func theRTreeHoldsWhatTheTriggerWouldAndTheTriggerComesBack() async throws {
        let store = try await Shared.emptyStore()
        let before = try await Self.trigger(store)
        #expect(before?.contains("INSERT OR REPLACE INTO rtree_locations_geom") == true)
        let rows = try ACLEDFormat.read(
            Data(SyntheticACLED.csv(rows: 300, seed: 5).utf8), file: "syn.csv", sides: Shared.sides)
        var importer = EventImporter(relater: Shared.relater)
        importer.batchSize = 70
        _ = try await importer.run(rows, into: store, dryRun: true)
        #expect(try await Self.trigger(store) == before)
        #expect(try await Self.rtreeAndExpected(store).0.isEmpty)

        let summary = try await importer.run(rows, into: store)
        #expect(summary.new + summary.linked == 300)
        #expect(try await Self.trigger(store) == before)
        let (rtree, expected) = try await Self.rtreeAndExpected(store)
        #expect(rtree.count == expected.count && rtree.count >= 300)
        #expect(rtree == expected)

        await #expect(throws: RelatingError.self) {
            _ = try await importer.run(StreamedImportTests.failingLast(), into: store)
        }
        #expect(try await Self.trigger(store) == before)
        // A plain write after the import is indexed by the trigger again.
        try await store.pool.write { db in
            try db.execute(sql: "UPDATE locations SET geom = geom WHERE fid = (SELECT min(fid) FROM locations)")
        }
        #expect(try await Self.rtreeAndExpected(store).0 == expected)
    }
}
