import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderEventStore
import BorderStore
import Foundation
import GeometryCore
import Testing

@Suite struct ImportTests {
    @Test func acledRowsAreReadAndRelatedWithRelatesCode() async throws {
        let store = try await Shared.emptyStore()
        let summary = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        #expect(summary == EventImporter.Summary(new: 5))
        let catalog = try await store.catalog()
        let sotk = try #require(catalog.incident(id: "acled-ARM1002"))
        // "16 November 2021", time_precision 1.
        #expect(sotk.date.iso == "2021-11-16" && sotk.date.precision == .day)
        #expect(sotk.sides == ["AZE", "ARM"])
        #expect(sotk.locations.first?.precision == 2)
        #expect(sotk.claims.first?.casualties.first?.figures[.killed] == CasualtyFigure(exactly: 7))
        // time_precision 2: the week around the date; 3: the month.
        #expect(catalog.incident(id: "acled-AZE2001")?.date.iso == "2021-07-25/2021-07-31")
        #expect(catalog.incident(id: "acled-ARM1003")?.date.iso == "2021-05-01/2021-05-31")
        #expect(catalog.incident(id: "acled-ARM1001")?.type == .shelling)
        #expect(catalog.incident(id: "acled-ARM1003")?.type == .incursion)
        #expect(catalog.incident(id: "acled-ARM1001")?.notes?.contains("\nSecond line") == true)

        let relations = try await store.relations()
        let stored = try #require(relations.first { $0.incidentID == "acled-ARM1002" })
        let settlement = try #require(Shared.geodata.settlements.first { $0.name == "Sotk" })
        // The gazetteer's own province for Sotk (GeoNames admin code), not computed from the polygons.
        #expect(stored.provinceID == settlement.province)
        let direct = try Shared.relater.relate(point: stored.coordinate)
        #expect(stored.provinceID == direct.province?.id && stored.side == direct.side && stored.country == "ARM")
        #expect(abs(stored.borderDistance - direct.borderDistance) < 0.001)
        #expect(stored.segmentID == direct.nearestSegment)
    }

    @Test func aCommittedImportLeavesNothingInTheWriteAheadLog() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("test.gpkg").path
        let store = try await GeoPackageStore.open(path: path)
        try await store.writeReference(Shared.geodata)
        let walSize = { ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int) ?? 0 }
        let sizeBefore = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        _ = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        // Read while the store is still open: the rows are in the file itself, not only in its WAL.
        #expect(walSize() == 0)
        #expect(((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > sizeBefore)
        #expect(try await store.catalog().incidents.count == 5)
    }

    @Test func importingTwiceChangesNothingAndAChangedRowUpdates() async throws {
        let store = try await Shared.emptyStore()
        let read = try Shared.read("acled", "acled-sample.csv")
        _ = try await Shared.importing(read, into: store)
        let before = try await Shared.contentDigest(store)
        let again = try await Shared.importing(read, into: store)
        #expect(again == EventImporter.Summary(unchanged: 5))
        #expect(try await Shared.contentDigest(store) == before)

        // The same file with ARM1004's fatalities changed from 1 to 4.
        let text = try String(contentsOf: Shared.fixture("acled-sample.csv"), encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: ",Armenpress,National,,1,,1663200500", with: ",Armenpress,National,,4,,1663200500")
        #expect(changed != text)
        let summary = try await Shared.importing(
            try ACLEDFormat.read(Data(changed.utf8), file: "changed.csv", sides: Shared.sides), into: store)
        #expect(summary == EventImporter.Summary(updated: 1, unchanged: 4))
        let catalog = try await store.catalog()
        #expect(catalog.incidents.count == 5)
        #expect(
            catalog.incident(id: "acled-ARM1004")?.claims.first?.casualties.first?.figures[.killed]
                == CasualtyFigure(exactly: 4))
        #expect(try await Shared.contentDigest(store) != before)
    }

    @Test func ucdpRowOfAStoredEventIsLinkedNotDuplicated() async throws {
        let store = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        let ucdp = try Shared.read("ucdp", "ucdp-sample.csv")
        // 420001 (Kut, 17 Nov 2021) is 2.5 km and one day from ACLED's Sotk clash of 16 Nov 2021.
        let kut = try Coordinate(longitude: 45.90167, latitude: 40.18083),
            sotk = try Coordinate(longitude: 45.86951, latitude: 40.20007)
        #expect(Geodesic.distance(kut, sotk) < 5_000)
        let summary = try await Shared.importing(ucdp, into: store)
        #expect(summary == EventImporter.Summary(new: 2, linked: 1))
        let catalog = try await store.catalog()
        #expect(catalog.incidents.count == 7)
        let linked = try #require(catalog.incident(id: "acled-ARM1002"))
        #expect(linked.sources == ["acled:ARM1002", "ucdp:420001"])
        #expect(linked.locations.count == 2)
        let claim = try #require(linked.claims.first { $0.claimant == "UCDP GED" })
        #expect(claim.casualties.first { $0.side == "ALL" }?.figures[.killed] == CasualtyFigure(low: 7, high: 12))
        #expect(claim.casualties.first { $0.side == "ARM" }?.figures[.killed] == CasualtyFigure(exactly: 4))
        let relations = try await store.relations().filter { $0.incidentID == "acled-ARM1002" }
        #expect(relations.map(\.locationIndex).sorted() == [0, 1])
        // UCDP date_prec 2 (2–6 days) and where_prec 4 (province).
        let vayots = try #require(catalog.incident(id: "ucdp-420002"))
        #expect(vayots.date.precision == .week && vayots.locations.first?.precision == 3)
        #expect(try await Shared.importing(ucdp, into: store) == EventImporter.Summary(unchanged: 3))

        // ACLED revises its own row (7 → 9 fatalities): the UCDP row linked to it stays.
        let text = try String(contentsOf: Shared.fixture("acled-sample.csv"), encoding: .utf8)
        let revised = text.replacingOccurrences(of: "long form.\",7,", with: "long form.\",9,")
        #expect(revised != text)
        let summary2 = try await Shared.importing(
            try ACLEDFormat.read(Data(revised.utf8), file: "revised.csv", sides: Shared.sides), into: store)
        #expect(summary2 == EventImporter.Summary(updated: 1, unchanged: 4))
        let after = try #require(try await store.catalog().incident(id: "acled-ARM1002"))
        #expect(after.sources == ["acled:ARM1002", "ucdp:420001"] && after.locations.count == 2)
        #expect(after.claims.map(\.claimant) == ["ACLED", "UCDP GED"])
        #expect(after.claims[0].casualties.first?.figures[.killed] == CasualtyFigure(exactly: 9))
    }

    @Test func hostileRowsAreRejectedByLineAndTheRestImported() throws {
        let read = try Shared.read("acled", "acled-hostile.csv")
        #expect(read.records.map(\.key) == ["acled:ARM3001", "acled:ARM3008"])
        let reasons = Dictionary(uniqueKeysWithValues: read.rejected.map { ($0.line, $0.reason) })
        #expect(reasons.keys.sorted() == [3, 4, 5, 6, 7, 8])
        #expect(reasons[3]?.contains("bad date '31 Febtember 2022'") == true)
        #expect(reasons[4]?.contains("coordinates out of range: latitude 95.0") == true)
        #expect(reasons[5]?.contains("unknown time_precision code '4'") == true)
        #expect(reasons[6]?.contains("unknown geo_precision code '0'") == true)
        #expect(reasons[7]?.contains("wrong column count: 30 fields, the header has 31") == true)
        #expect(reasons[8]?.contains("not valid UTF-8 (byte 0xE9)") == true)
    }

    @Test func missingColumnsRejectTheFile() throws {
        #expect {
            _ = try Shared.read("acled", "acled-missing-columns.csv")
        } throws: { error in
            "\(error)".contains("line 1: not a ACLED file: the header lacks latitude, longitude")
        }
    }

    @Test func geoJSONFeaturesAreReadAndANonPointRejected() throws {
        let read = try Shared.read("geojson", "events.geojson")
        #expect(read.records.map(\.incident.id) == ["user-0001", "user-0002"])
        #expect(read.records[1].incident.date.precision == .week && read.records[1].incident.sides == ["ARM"])
        #expect(read.rejected == [RejectedRow(line: 0, reason: "features[2]: geometry must be a Point")])
    }

    @Test func dryRunWritesNothing() async throws {
        let store = try await Shared.emptyStore()
        let before = try await Shared.contentDigest(store)
        let summary = try await EventImporter(relater: Shared.relater).run(
            try Shared.read("acled", "acled-sample.csv"), into: store,
            dryRun: true)
        #expect(summary.new == 5)
        #expect(try await Shared.contentDigest(store) == before)
    }
}
