import BorderExchange
import BorderIncidents
import BorderQueries
import GeometryCore
import Testing

@testable import BorderEventStore

/// The import's read-ahead: batches come in the input's order, a reading
/// error comes after the batches before it, stopping early does not hang,
/// and relations made ahead serve only incidents written as they were read.
@Suite struct BatchPrefetchTests {
    static func incident(_ id: String, at points: [(Double, Double)]) -> Incident {
        let day = Day(year: 2021, month: 11, day: 16)!
        return Incident(
            id: id, title: id, type: .shelling,
            date: IncidentDate(start: day, end: day, precision: .day, reading: "test"), localTime: nil, sides: [],
            locations: points.map {
                IncidentLocation(
                    kind: .point(try! Coordinate(longitude: $0.0, latitude: $0.1)), precision: 1, relation: "at",
                    claimedBy: nil, sources: [])
            }, claims: [], sources: [], notes: nil)
    }

    static func record(_ k: Int) -> EventRecord {
        EventRecord(
            key: "test:\(k)", line: k, source: nil, incident: incident("i\(k)", at: [(45.5 + Double(k) / 1_000, 40.1)]),
            digest: "\(k)")
    }

    /// Batches of `size` over `count` records, failing at batch `failAt` (1-based) when given.
    struct Source: EventSource {
        var count: Int
        var failAt: Int?

        func batches(of size: Int) throws -> any EventBatchReader { Reader(source: self, size: size) }

        struct Failure: Error, Equatable { var batch: Int }

        struct Reader: EventBatchReader {
            let source: Source
            let size: Int
            var served = 0

            mutating func next() throws -> ReadResult? {
                if let fail = source.failAt, served / size + 1 == fail { throw Failure(batch: fail) }
                guard served < source.count else { return nil }
                let records = (served..<min(source.count, served + size)).map(BatchPrefetchTests.record)
                served += records.count
                return ReadResult(records: records)
            }

            var fractionRead: Double { Double(served) / Double(max(1, source.count)) }
        }
    }

    static var ahead: Relater { Relater(geodata: try! StoreSelectionTests.relater.geodata.workerCopy()) }

    @Test func batchesComeInOrderWithTheIncidentsOfLaterOnesRelated() throws {
        let prefetch = BatchPrefetch(source: Source(count: 25), size: 10, relater: Self.ahead)
        defer { prefetch.stop() }
        var keys: [String] = []
        var fractions: [Double] = []
        while let batch = try prefetch.next() {
            keys += batch.read.records.map(\.key)
            fractions.append(batch.fractionRead)
            // The first batch is the importer's to relate: an input of one batch makes no geodata copy.
            guard fractions.count > 1 else {
                #expect(batch.related.isEmpty)
                continue
            }
            for r in batch.read.records {
                #expect(batch.related[r.incident.id]?.incident == r.incident)
                #expect(batch.related[r.incident.id]?.relations.map(\.locationIndex) == [0])
            }
        }
        #expect(keys == (0..<25).map { "test:\($0)" })
        #expect(fractions == [0.4, 0.8, 1.0])
    }

    @Test func aReadingErrorComesAfterTheBatchesBeforeIt() throws {
        let prefetch = BatchPrefetch(source: Source(count: 50, failAt: 3), size: 10, relater: Self.ahead)
        defer { prefetch.stop() }
        #expect(try prefetch.next()?.read.records.count == 10)
        #expect(try prefetch.next()?.read.records.count == 10)
        #expect(throws: Source.Failure(batch: 3)) { _ = try prefetch.next() }
    }

    @Test func stoppingBeforeTheEndReturns() throws {
        let prefetch = BatchPrefetch(source: Source(count: 1_000), size: 10, relater: Self.ahead)
        #expect(try prefetch.next() != nil)
        prefetch.stop()
    }

    @Test func relationsMadeAheadServeOnlyIncidentsWrittenAsRead() throws {
        let read = ReadResult(records: [Self.record(1), Self.record(2)])
        let ahead = BatchPrefetch.relate(read, BulkRelater(relater: Self.ahead, workers: 1))
        let bulk = BulkRelater(relater: StoreSelectionTests.relater, workers: 1)
        // Incident 2 gained a second location after it was read (a linked row merged into it).
        let merged = Self.incident("i2", at: [(45.502, 40.1), (45.6, 40.2)])
        let relations = try BatchPrefetch.relations(of: [read.records[0].incident, merged], ahead: ahead, bulk: bulk)
        #expect(relations.filter { $0.incidentID == "i1" } == ahead["i1"]?.relations)
        #expect(relations.filter { $0.incidentID == "i2" }.map(\.locationIndex) == [0, 1])
        let direct = try StoredRelations.relate([merged], bulk: bulk)
        #expect(relations.filter { $0.incidentID == "i2" } == direct)
    }
}
