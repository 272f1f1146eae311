import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderPostGIS
import BorderQueries
import Foundation
import Synchronization
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

    /// The bundled geodata and catalog, the catalog imported into `store`.
    private func importBundledCatalog(into store: PostGISStore) async throws -> (Geodata, Relater, Catalog) {
        let directory = CommandRunner.repository.appendingPathComponent("geodata")
        let geodata = try Geodata(directory: directory), relater = Relater(geodata: geodata)
        let catalog = try CatalogReader.readBundled(in: directory)
        try await store.writeReference(geodata)
        _ = try await EventImporter(relater: relater).run(CatalogRecords.records(catalog), into: store)
        return (geodata, relater, catalog)
    }

    func testEveryIncidentReadBackEqualsTheFreshlyRelatedOne() async throws {
        let store = try await store(schema: "relations")
        let (geodata, relater, catalog) = try await importBundledCatalog(into: store)
        let stored = try await store.relations()
        XCTAssertEqual(stored.count, catalog.incidents.reduce(0) { $0 + $1.locations.count })
        XCTAssertTrue(stored.allSatisfy { $0.detail != nil }, "every location keeps its whole relation")
        let read = try await StoreCatalog.related(from: store, geodata: geodata)
        let fresh = try BulkRelater(relater: relater).relations(for: catalog.incidents)
        XCTAssertEqual(read.relations.count, fresh.count)
        for (a, b) in zip(read.relations, fresh) { XCTAssertTrue(a == b, b.incident.id) }
    }

    /// A refresh reads the store a batch at a time: every incident once, no batch larger than asked, every
    /// location rewritten; then the relations read back are the fresh ones again.
    func testARefreshRelatesTheStoreBatchByBatch() async throws {
        let store = try await store(schema: "refresh_batches")
        let (geodata, relater, catalog) = try await importBundledCatalog(into: store)
        let batches = Mutex<[[String]]>([])
        let count = try await store.refresh(reference: geodata, digest: "fnv1a64:0000000000000007", batchSize: 7) {
            incidents in
            batches.withLock { $0.append(incidents.map(\.id)) }
            return try StoredRelations.relate(incidents, relater: relater).map { r in
                var marked = r
                marked.side = "batch"
                return marked
            }
        }
        let seen = batches.withLock { $0 }
        XCTAssertEqual(count, catalog.incidents.count)
        XCTAssertEqual(seen.count, (count + 6) / 7)
        XCTAssertTrue(seen.allSatisfy { $0.count <= 7 }, "\(seen.map(\.count))")
        XCTAssertEqual(seen.flatMap { $0 }.sorted(), catalog.incidents.map(\.id).sorted())
        let marked = try await store.relations()
        XCTAssertEqual(marked.count, catalog.incidents.reduce(0) { $0 + $1.locations.count })
        XCTAssertTrue(marked.allSatisfy { $0.side == "batch" })

        try await StoreRefresh.refresh(store, relater: relater, digest: "fnv1a64:0000000000000005", batchSize: 5)
        let read = try await StoreCatalog.related(from: store, geodata: geodata)
        let fresh = try BulkRelater(relater: relater).relations(for: catalog.incidents)
        XCTAssertEqual(read.relations.count, fresh.count)
        for (a, b) in zip(read.relations, fresh) { XCTAssertTrue(a == b, b.incident.id) }
        let digest = try await store.info().geodataDigest
        XCTAssertEqual(digest, "fnv1a64:0000000000000005")
    }
}

extension PostGISStoredRelationTests {
    /// Relating fails in the last of 13 batches: nothing of the earlier twelve is left.
    func testAFailureInALaterBatchLeavesTheStoreAsItWas() async throws {
        let store = try await store(schema: "later_batch")
        let geodata = try Geodata(directory: CommandRunner.repository.appendingPathComponent("geodata"))
        try await store.writeReference(geodata)
        var importer = EventImporter(relater: Relater(geodata: geodata))
        importer.batchSize = 10
        var read = try ACLEDFormat.read(
            Data(SyntheticACLED.csv(rows: 120, seed: 11).utf8), file: "syn.csv",
            sides: SideWords(theatres: geodata.theatres))
        _ = try await importer.run(ReadResult(records: Array(read.records.prefix(5))), into: store)
        let before = (try await store.info(), try await store.catalog().incidents.map(IncidentDigest.of))
        let day = Day(year: 2021, month: 7, day: 28)!
        read.records.append(
            EventRecord(
                key: "test:atlantis", line: 0, source: nil,
                incident: Incident(
                    id: "atlantis", title: "Atlantis", type: .armedClash,
                    date: IncidentDate(start: day, end: day, precision: .day, reading: "test"), localTime: nil,
                    sides: [],
                    locations: [
                        IncidentLocation(
                            kind: .place("Atlantis"), precision: 1, relation: "at", claimedBy: nil, sources: [])
                    ], claims: [], sources: [], notes: nil), digest: "0"))
        do {
            _ = try await importer.run(ReadResult(records: Array(read.records.dropFirst(5))), into: store)
            XCTFail("the unrelatable last row fails the import")
        } catch {
            XCTAssertTrue("\(error)".contains("incident atlantis: unknown place 'Atlantis'"), "\(error)")
        }
        let after = (try await store.info(), try await store.catalog().incidents.map(IncidentDigest.of))
        XCTAssertEqual(after.0, before.0)
        XCTAssertEqual(after.1, before.1)
        let relations = try await store.relations()
        XCTAssertEqual(relations.count, 5)
    }
}
