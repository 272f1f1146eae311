import BorderEventStore
import BorderExchange
import BorderIncidents
import BorderStore
import Foundation
import Testing

/// An import read, related and written a batch at a time: the same store as
/// one batch would leave, and nothing at all when a later batch fails.
/// (`PostGISStoredRelationTests` checks the same failure on PostGIS.)
@Suite struct StreamedImportTests {
    /// 120 rows, then one whose place no gazetteer knows: relating it fails in the last batch.
    static func failingLast() -> ReadResult {
        var read = rows
        let day = Day(year: 2021, month: 7, day: 28)!
        let nowhere = Incident(
            id: "atlantis", title: "Atlantis", type: .armedClash,
            date: IncidentDate(start: day, end: day, precision: .day, reading: "test"), localTime: nil, sides: [],
            locations: [
                IncidentLocation(kind: .place("Atlantis"), precision: 1, relation: "at", claimedBy: nil, sources: [])
            ], claims: [], sources: [], notes: nil)
        read.records.append(EventRecord(key: "test:atlantis", line: 0, source: nil, incident: nowhere, digest: "0"))
        return read
    }

    static let rows = try! ACLEDFormat.read(
        Data(SyntheticACLED.csv(rows: 120, seed: 11).utf8), file: "syn.csv", sides: Shared.sides)

    func importer(batch: Int) -> EventImporter {
        var importer = EventImporter(relater: Shared.relater)
        importer.batchSize = batch
        return importer
    }

    @Test func smallBatchesLeaveWhatOneBatchLeaves() async throws {
        let sample = try Shared.read("acled", "acled-sample.csv")
        var digests: [String] = []
        for batch in [7, 10_000] {
            let store = try await Shared.emptyStore()
            _ = try await Shared.importing(sample, into: store)
            let summary = try await importer(batch: batch).run(Self.rows, into: store, label: "syn")
            #expect(summary == EventImporter.Summary(new: 120), "batch \(batch)")
            let info = try await store.info()
            #expect(info.imports.last?.new == 120 && info.imports.count == 2, "batch \(batch)")
            digests.append(try await Shared.contentDigest(store))
        }
        #expect(digests[0] == digests[1])
    }

    @Test func aFailureInALaterBatchLeavesTheStoreAsItWas() async throws {
        let store = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        let before = try await Shared.contentDigest(store)
        let imports = try await store.info().imports
        await #expect(throws: RelatingError.self) {
            _ = try await importer(batch: 10).run(Self.failingLast(), into: store)
        }
        #expect(try await Shared.contentDigest(store) == before)
        #expect(try await store.info().imports == imports)
        // The same rows then go through whole.
        let summary = try await importer(batch: 10).run(Self.rows, into: store)
        #expect(summary.new == 120)
    }
}
