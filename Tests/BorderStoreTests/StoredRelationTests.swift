import BorderEventStore
import BorderExchange
import BorderIncidents
import BorderQueries
@testable import BorderStore
import Foundation
import GRDB
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
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory)
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

    @Test func aRowWithoutItsDetailIsRelatedAgainAndOneNamingGoneGeodataToo() async throws {
        let path = try newStorePath()
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory)
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
}
