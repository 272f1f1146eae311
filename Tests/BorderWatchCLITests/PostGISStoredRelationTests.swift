import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderPostGIS
import BorderQueries
import Foundation
import XCTest

/// Reading a PostGIS store gives back the relations made on import, whole,
/// without relating again. One real cluster for the class.
final class PostGISStoredRelationTests: XCTestCase {
    nonisolated(unsafe) static var cluster: PostgresCluster?

    override class func tearDown() {
        cluster?.destroy()
        super.tearDown()
    }

    private func store(schema: String) async throws -> PostGISStore {
        try PostgresCluster.requireInstalled()
        let cluster = try Self.cluster ?? PostgresCluster()
        Self.cluster = cluster
        return try await PostGISStore.open(try PostgresLocation(url: cluster.url(schema: schema)))
    }

    func testEveryIncidentReadBackEqualsTheFreshlyRelatedOne() async throws {
        let store = try await store(schema: "relations")
        let directory = CommandRunner.repository.appendingPathComponent("geodata")
        let geodata = try Geodata(directory: directory), relater = Relater(geodata: geodata)
        let catalog = try CatalogReader.readBundled(in: directory)
        try await store.writeReference(geodata)
        _ = try await EventImporter(relater: relater).run(CatalogRecords.records(catalog), into: store)
        let stored = try await store.relations()
        XCTAssertEqual(stored.count, catalog.incidents.reduce(0) { $0 + $1.locations.count })
        XCTAssertTrue(stored.allSatisfy { $0.detail != nil }, "every location keeps its whole relation")
        let read = try await StoreCatalog.related(from: store, geodata: geodata)
        let fresh = try BulkRelater(relater: relater).relations(for: catalog.incidents)
        XCTAssertEqual(read.relations.count, fresh.count)
        for (a, b) in zip(read.relations, fresh) { XCTAssertTrue(a == b, b.incident.id) }
    }
}
