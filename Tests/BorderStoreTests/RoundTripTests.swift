import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderEventStore
import BorderStore
import Foundation
import GeometryCore
import Testing

/// import(export(store)) keeps every field both the store and the format hold.
@Suite struct RoundTripTests {
    /// What a format carries of an incident: everything but how the date was read.
    func comparable(_ i: Incident) -> String {
        var i = i
        i.date.reading = ""
        return IncidentDigest.fields(i).joined(separator: "|")
    }

    func roundTrip(
        _ format: String, _ fixture: String,
        write: ([ExportedEvent], [String: SourceReport]) -> String,
        read: (Data) throws -> ReadResult
    ) async throws {
        let first = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read(format, fixture), into: first)
        let (events, sources) = try await StoreCatalog.exportedEvents(first, geodata: Shared.geodata)
        let exported = write(events, sources)
        let second = try await Shared.emptyStore()
        let summary = try await Shared.importing(try read(Data(exported.utf8)), into: second)
        #expect(summary.rejected.isEmpty, "\(summary.rejected)")
        let a = try await first.catalog(), b = try await second.catalog()
        #expect(a.incidents.count == b.incidents.count && !a.incidents.isEmpty)
        for (x, y) in zip(a.incidents, b.incidents) { #expect(comparable(x) == comparable(y)) }
        #expect(a.sources.map(\.outlet) == b.sources.map(\.outlet))
        let ra = try await first.relations(), rb = try await second.relations()
        #expect(ra.map(\.provinceID) == rb.map(\.provinceID) && ra.map(\.side) == rb.map(\.side))
    }

    @Test func acled() async throws {
        try await roundTrip(
            "acled", "acled-sample.csv", write: { ACLEDFormat.write($0, sources: $1, sides: Shared.sides) }
        ) {
            try ACLEDFormat.read($0, file: "export.csv", sides: Shared.sides)
        }
    }

    @Test func ucdp() async throws {
        try await roundTrip(
            "ucdp", "ucdp-sample.csv", write: { UCDPFormat.write($0, sources: $1, sides: Shared.sides) }
        ) {
            try UCDPFormat.read($0, file: "export.csv", sides: Shared.sides)
        }
    }

    @Test func geoJSON() async throws {
        try await roundTrip("geojson", "events.geojson", write: GeoJSONEvents.write) {
            try GeoJSONEvents.read($0, file: "export.geojson")
        }
    }
}

/// The bundled catalog read back from a store answers every query as the bundled file does.
@Suite struct StoreQueryTests {
    @Test func queriesAnswerTheSameFromTheStore() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-q-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("q.gpkg").path
        let catalog = try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["am-az"])
        try await StoreCatalog.create(at: path, geodata: Shared.geodata, catalog: catalog)
        let fromStore = try await StoreCatalog.related(
            from: try await GeoPackageStore.open(path: path), geodata: Shared.geodata)
        let bundled = try RelatedCatalog(catalog: catalog, relater: Shared.relater)

        #expect(fromStore.catalog.incidents.count == catalog.incidents.count)
        for (a, b) in zip(fromStore.catalog.incidents, catalog.incidents) {
            #expect(IncidentDigest.of(a) == IncidentDigest.of(b))
        }
        #expect(fromStore.catalog.sources == catalog.sources)
        #expect(SummaryTable.render(fromStore) == SummaryTable.render(bundled))
        #expect(
            ProximityReport.catalog(fromStore, radiusMetres: 10_000).json
                == ProximityReport.catalog(bundled, radiusMetres: 10_000).json)
        #expect(
            ClaimsCSV.render(fromStore.relations, catalog: fromStore.catalog)
                == ClaimsCSV.render(bundled.relations, catalog: catalog))
        let sotk = try Coordinate(longitude: 45.86951, latitude: 40.20007)
        for radius in [5_000.0, 30_000, 100_000] {
            var query = IncidentQuery()
            query.spatial.center = sotk
            query.spatial.radiusMetres = radius
            #expect(
                try query.run(on: fromStore).map(\.relation.incident.id)
                    == query.run(on: bundled).map(\.relation.incident.id))
        }
        for side in ["ARM", "AZE"] {
            var query = IncidentQuery()
            query.side = side
            #expect(
                try query.run(on: fromStore).map(\.relation.incident.id)
                    == query.run(on: bundled).map(\.relation.incident.id))
        }
        // The stored relation of each location is what relating the catalog gives.
        let stored = try await GeoPackageStore.open(path: path).relations()
        for r in stored {
            let live = try #require(bundled.relation(id: r.incidentID)?.locations[r.locationIndex])
            #expect(r.provinceID == live.province?.id && r.side == live.side && r.sideBasis == live.sideBasis.rawValue)
            #expect(abs(r.borderDistance - live.borderDistance) < 1e-6)
        }
    }

    @Test func preparingAnExistingStoreBringsInTheBundledCatalogsChanges() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-prep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("p.gpkg").path
        let bundled = try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["am-az"])
        var older = bundled
        older.incidents[0].title = "an older title"
        older.incidents.removeLast()
        try await StoreCatalog.create(at: path, geodata: Shared.geodata, catalog: older)
        try await StoreCatalog.prepare(at: path, geodata: Shared.geodata, catalog: bundled)
        let stored = try await GeoPackageStore.open(path: path).catalog()
        #expect(stored.incidents.map(IncidentDigest.of) == bundled.incidents.map(IncidentDigest.of))
    }
}
