import BorderIncidents
@testable import BorderServer
import GeometryCore
import Testing

/// The outline a store-backed server keeps instead of the incidents, and the
/// where-and-when tests it answers pages with.
@Suite struct IncidentOutlineTests {
    func day(_ text: String) -> Day { Day(iso: text)! }

    func outline() throws -> IncidentOutline {
        var o = IncidentOutline()
        // Two places of one incident, then one of another.
        o.append(
            incidentID: "a", start: day("2022-09-12"), end: day("2022-09-14"), index: 0,
            coordinate: try Coordinate(longitude: 45.1, latitude: 40.2))
        o.append(
            incidentID: "a", start: day("2022-09-12"), end: day("2022-09-14"), index: 1,
            coordinate: try Coordinate(longitude: 45.6, latitude: 39.8))
        o.append(
            incidentID: "b#2", start: day("2021-05-01"), end: day("2021-05-01"), index: 0,
            coordinate: try Coordinate(longitude: 70.5, latitude: 39.9))
        return o
    }

    @Test func placesOfOneIncidentShareItsEntry() throws {
        let o = try outline()
        #expect(o.incidentIDs == ["a", "b#2"])
        #expect(o.places.map(\.incident) == [0, 0, 1])
        #expect(o.days.map(\.start) == ["2022-09-12", "2021-05-01"])
        // Feature ids number the places from one, as the map layers write them.
        #expect((0..<3).map(o.featureID) == ["a#1", "a#2", "b#2#1"])
    }

    @Test func extentAndTemporalSpanEveryPlace() throws {
        let o = try outline()
        let e = try #require(o.extent)
        #expect(e.minLongitude == 45.1 && e.maxLongitude == 70.5)
        #expect(e.minLatitude == 39.8 && e.maxLatitude == 40.2)
        #expect(o.temporal?.0 == "2021-05-01" && o.temporal?.1 == "2022-09-14")
        #expect(IncidentOutline().extent == nil && IncidentOutline().temporal == nil)
    }

    @Test func whereAndWhenTestsMatchTheRequest() throws {
        let r = try ItemsRequest(query: [("bbox", "45,39,46,41"), ("datetime", "2022-09-14/..")], properties: [])
        let inside = Envelope(minLongitude: 45.5, minLatitude: 40, maxLongitude: 45.5, maxLatitude: 40)
        let outside = Envelope(minLongitude: 46.5, minLatitude: 40, maxLongitude: 46.5, maxLatitude: 40)
        #expect(r.overlaps(inside) && !r.overlaps(outside))
        // An interval ending on the first asked day overlaps; one ending the day before does not.
        #expect(r.overlaps((start: "2022-09-12", end: "2022-09-14")))
        #expect(!r.overlaps((start: "2022-09-12", end: "2022-09-13")))
        #expect(!r.filtersProperties)
        #expect(try ItemsRequest(query: [("type", "shelling")], properties: ["type"]).filtersProperties)
    }

    @Test func budgetCacheStartsAfreshPastItsBudget() {
        let cache = BudgetCache<Int, [UInt8]>(budgetBytes: 100)
        cache.keep([1], for: 1, size: 60)
        #expect(cache.value(for: 1) == [1])
        cache.keep([2], for: 2, size: 60)
        // Over the budget: the first value went, the second is held.
        #expect(cache.value(for: 1) == nil && cache.value(for: 2) == [2] && cache.heldBytes == 60)
        cache.keep([3], for: 3, size: 101)
        #expect(cache.value(for: 3) == nil && cache.heldBytes == 60)
    }

    /// A page's values are taken and kept under one lock each, as one at a time would.
    @Test func budgetCacheTakesAndKeepsAPageAtOnce() {
        let cache = BudgetCache<Int, [UInt8]>(budgetBytes: 100)
        cache.keep([(1, [1], 30), (2, [2], 30), (1, [9], 30), (3, [3], 101)])
        #expect(cache.values(for: [2, 3, 1]) == [[2], nil, [1]] && cache.heldBytes == 60)
        cache.keep([(4, [4], 30), (5, [5], 30)])
        // The fifth went over the budget: the cache started afresh with it.
        #expect(cache.values(for: [1, 4, 5]) == [nil, nil, [5]] && cache.heldBytes == 30)
    }

    /// A page made as bytes is sent as those bytes and reads as the same text; text set later replaces both.
    @Test func anAnswerMadeAsBytesReadsAsItsText() {
        var page = OGCResponse(status: 200, contentType: "application/geo+json", utf8: Array(#"{"n":"Sotk – Ն"}"#.utf8))
        #expect(page.body == #"{"n":"Sotk – Ն"}"# && page.bytes == Array(page.body.utf8))
        page.body = "{}"
        #expect(page.bytes == nil && page.body == "{}")
    }

    /// The incidents near a point (a proximity report's candidates) hold every
    /// incident with a place within the radius, at any latitude and across
    /// ±180°, and none three radii away.
    @Test func incidentsNearAPointHoldEveryOneWithinTheRadius() throws {
        var seed: UInt64 = 42
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53)
        }
        for (centreLon, centreLat) in [(45.3, 40.1), (179.95, 10.0), (-179.98, -35.0), (20.0, 75.0)] {
            let centre = try Coordinate(longitude: centreLon, latitude: centreLat)
            let radius = 10_000.0
            var o = IncidentOutline()
            var distances: [String: Double] = [:]
            for k in 0..<2_000 {
                // Points scattered over about ±0.6° of latitude and ±1.8° of longitude (wrapped at ±180°).
                var lon = centreLon + (next() - 0.5) * 3.6
                if lon > 180 { lon -= 360 } else if lon < -180 { lon += 360 }
                let c = try Coordinate(longitude: lon, latitude: centreLat + (next() - 0.5) * 1.2)
                o.append(incidentID: "i\(k)", start: day("2021-01-01"), end: day("2021-01-01"), index: 0, coordinate: c)
                distances["i\(k)"] = Geodesic.distance(centre, c)
            }
            let near = Set(o.incidentIDs(near: [centre], within: radius))
            let within = distances.filter { $0.value <= radius }.keys
            #expect(!within.isEmpty, "\(centre)")
            #expect(within.allSatisfy(near.contains), "\(centre)")
            #expect(near.allSatisfy { distances[$0]! < 3 * radius }, "\(centre)")
        }
    }
}
