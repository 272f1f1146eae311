import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
@testable import BorderStore
import Foundation
import GRDB
import GeometryCore
import Synchronization
import Testing

/// Reading a store gives back the relations made on import, whole, without relating again.
@Suite struct StoredRelationTests {
    func newStorePath() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-rel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("r.gpkg").path
    }

    @Test func everyIncidentReadBackEqualsTheFreshlyRelatedOne() async throws {
        let path = try newStorePath()
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["am-az"])
        try await StoreCatalog.create(at: path, geodata: Shared.geodata, catalog: catalog)
        let store = try GeoPackageStore.openForReading(path: path)
        let stored = try await store.relations()
        #expect(stored.count == catalog.incidents.reduce(0) { $0 + $1.locations.count })
        #expect(stored.allSatisfy { $0.detail != nil }, "every location keeps its whole relation")
        let fromStore = try await StoreCatalog.related(from: store, geodata: Shared.geodata)
        let fresh = try BulkRelater(relater: Shared.relater).relations(for: catalog.incidents)
        #expect(fromStore.relations.count == fresh.count)
        for (a, b) in zip(fromStore.relations, fresh) { #expect(a == b, "\(b.incident.id)") }
    }

    /// The second theatre's pack has districts: each location keeps its district's id, reads back whole, and
    /// counting reads it from the counted places.
    @Test func kgTJLocationsKeepTheirDistricts() async throws {
        let path = try newStorePath()
        let geodata = try Geodata(directory: Shared.geodataDirectory, theatres: ["kg-tj"])
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["kg-tj"])
        try await StoreCatalog.create(at: path, geodata: geodata, catalog: catalog)
        let store = try GeoPackageStore.openForReading(path: path)
        let stored = try await store.relations()
        // Vorukh's and Kekh's incidents lie in Isfara district (TJ.LE.IR); Kök-Tash's in Batken raion (KG.BA.BT).
        #expect(stored.contains { $0.detail?.districtID == "TJ.LE.IR" })
        #expect(stored.contains { $0.detail?.districtID == "KG.BA.BT" })
        let fromStore = try await StoreCatalog.related(from: store, geodata: geodata)
        let fresh = try BulkRelater(relater: Relater(geodata: geodata)).relations(for: catalog.incidents)
        #expect(fromStore.relations == fresh)
        #expect(fresh.contains { r in r.locations.contains { $0.district?.label == "Isfara" } })
        let counted = try #require(try await StoreCatalog.countedIncidents(from: store, geodata: geodata))
        let places = counted.places.compactMap { $0 }.flatMap { $0 }
        #expect(places.contains { $0.districtID == "TJ.LE.IR" && $0.districtName == "Isfara" })
    }

    @Test func aRowWithoutItsDetailIsRelatedAgainAndOneNamingGoneGeodataToo() async throws {
        let path = try newStorePath()
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["am-az"])
        try await StoreCatalog.create(at: path, geodata: Shared.geodata, catalog: catalog)
        let (first, second) = (catalog.incidents[0].id, catalog.incidents[1].id)
        let writer = try GeoPackageStore(path: path)
        try await writer.pool.write { db in
            // As a version 4 store holds it, and as if the settlement had left the geodata.
            try db.execute(sql: "UPDATE locations SET resolution = NULL WHERE incident_id = ?", arguments: [first])
            try db.execute(
                sql: "UPDATE locations SET nearby = '[[\"gone\",1.0,2.0,\"at Gone\"]]' WHERE incident_id = ?",
                arguments: [second])
        }
        try writer.close()
        let store = try GeoPackageStore.openForReading(path: path)
        let read = try await StoreCatalog.related(from: store, geodata: Shared.geodata)
        let fresh = try BulkRelater(relater: Shared.relater).relations(for: catalog.incidents)
        #expect(read.relations == fresh)
    }

    /// A version 4 store (relations without their detail, no digest) migrates to 5, reads correctly while
    /// stale, and a refresh stores the whole relations and the digest.
    @Test func aVersionFourStoreMigratesAndIsStaleUntilRefreshed() async throws {
        let path = try newStorePath()
        let point = GeoPackageBinary.encodePoint(try Coordinate(longitude: 45.87, latitude: 40.2))
        try await OlderStore.make(at: path, version: 4) { db in
            try OlderStore.insertIncident(db, id: "p1", title: "A shot near Sotk")
            try db.execute(
                sql: """
                    INSERT INTO locations (geom, incident_id, location_index, kind, name, precision, relation, sources,
                      border_distance_m, segment_id, side, side_basis) VALUES (?, 'p1', 0, 'point', '', 1, 'at', '[]', 0, '?',
                      '?', 'polygon')
                    """, arguments: [point])
        }
        let store = try await GeoPackageStore.open(path: path)
        #expect(try await store.schemaVersion() == 9)
        let digest = "fnv1a64:0123456789abcdef"
        #expect(try await store.info().isStale(against: digest))
        #expect(try await store.relations().allSatisfy { $0.detail == nil })
        let catalog = try await store.catalog()
        let fresh = try BulkRelater(relater: Shared.relater).relations(for: catalog.incidents)
        #expect(try await StoreCatalog.related(from: store, geodata: Shared.geodata).relations == fresh)

        // Counting reads the facts until the relations are whole: no counted incidents before the refresh.
        #expect(try await store.countedIncidents() == nil)
        try await StoreRefresh.refresh(store, relater: Shared.relater, digest: digest)
        #expect(try await store.countedIncidents()?.count == 1)
        let info = try await store.info()
        #expect(!info.isStale(against: digest) && info.geodataDigest == digest)
        let stored = try await store.relations()
        #expect(stored.count == 1 && stored[0].detail != nil && stored[0].side == fresh[0].locations[0].side)
        #expect(try await StoreCatalog.related(from: store, geodata: Shared.geodata).relations == fresh)
    }

    /// A refresh reads the store a batch at a time: every incident once, no batch larger than asked, every
    /// location rewritten; then the relations read back are the fresh ones again.
    @Test func aRefreshRelatesTheStoreBatchByBatch() async throws {
        let path = try newStorePath()
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["am-az"])
        try await StoreCatalog.create(at: path, geodata: Shared.geodata, catalog: catalog)
        let store = try await GeoPackageStore.open(path: path)
        let batches = Mutex<[[String]]>([])
        let count = try await store.refresh(reference: Shared.geodata, digest: "fnv1a64:0000000000000007", batchSize: 7)
        {
            incidents in
            batches.withLock { $0.append(incidents.map(\.id)) }
            return try StoredRelations.relate(incidents, relater: Shared.relater).map { r in
                var marked = r
                marked.side = "batch"
                return marked
            }
        }
        let seen = batches.withLock { $0 }
        #expect(count == catalog.incidents.count)
        #expect(seen.count == (count + 6) / 7 && seen.allSatisfy { $0.count <= 7 })
        #expect(seen.flatMap { $0 }.sorted() == catalog.incidents.map(\.id).sorted())
        let marked = try await store.relations()
        #expect(marked.count == catalog.incidents.reduce(0) { $0 + $1.locations.count })
        #expect(marked.allSatisfy { $0.side == "batch" })

        try await StoreRefresh.refresh(store, relater: Shared.relater, digest: "fnv1a64:0000000000000005", batchSize: 5)
        // What the refresh wrote is in the file itself, not left in the WAL.
        let wal = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect((wal ?? 0) == 0, "WAL of \(wal ?? 0) bytes after the refresh")
        let fresh = try BulkRelater(relater: Shared.relater).relations(for: catalog.incidents)
        #expect(try await StoreCatalog.related(from: store, geodata: Shared.geodata).relations == fresh)
        #expect(try await store.info().geodataDigest == "fnv1a64:0000000000000005")
    }
}
