import BorderEventStore
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore
import Testing

/// What a query pushes down to a store: only what the store can decide from
/// what it stored, so that the engine's answer on the selection is the whole answer.
@Suite struct StoreSelectionTests {
    static let relater: Relater = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("geodata")
        return Relater(geodata: try! Geodata(directory: dir, theatres: ["am-az"]))
    }()

    @Test func typesAreSortedAndBandsGoDownOnlyForTheNearestSegment() throws {
        var q = IncidentQuery()
        q.types = [.shelling, .armedClash]
        q.spatial.borderMaxMetres = 5_000
        let s = try StoreSelection(q, geodata: Self.relater.geodata, gazetteer: Self.relater.gazetteer)
        #expect(s.types == ["armed-clash", "shelling"])
        #expect(s.borderMaxMetres == 5_000)
        #expect(s.constrainsLocations)
        q.borderSegment = "nakhchivan"
        let named = try StoreSelection(q, geodata: Self.relater.geodata, gazetteer: Self.relater.gazetteer)
        #expect(named.borderMaxMetres == nil, "a named segment's distance is the engine's to measure")
        #expect(!named.constrainsLocations)
    }

    @Test func aProvinceByNameBecomesItsId() throws {
        var q = IncidentQuery()
        q.spatial.province = "Syunik"
        let s = try StoreSelection(q, geodata: Self.relater.geodata, gazetteer: Self.relater.gazetteer)
        #expect(s.provinceID == "AM-SU")
        #expect(StoreSelection(unresolved: q) == nil, "a province is a name the loaded packs resolve")
    }

    /// A query naming no province selects the same before the packs are loaded as after.
    @Test func withoutAProvinceNothingNeedsThePacks() throws {
        var q = IncidentQuery()
        q.spatial.box = Envelope(minLongitude: 45, minLatitude: 39, maxLongitude: 46, maxLatitude: 40)
        q.spatial.center = try Coordinate(longitude: 45.9, latitude: 40.2)
        q.spatial.radiusMetres = 4_000
        q.from = Day(year: 2021, month: 1, day: 1)
        q.side = "ARM"
        q.actor = "AZE"
        let early = try #require(StoreSelection(unresolved: q))
        #expect(early == (try StoreSelection(q, geodata: Self.relater.geodata, gazetteer: Self.relater.gazetteer)))
        #expect(early.boxes.count == 1 && early.radiusMetres == 4_000 && early.side == "ARM" && early.actor == "AZE")
    }
}
