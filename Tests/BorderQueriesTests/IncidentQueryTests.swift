import Testing
import BorderGeodata
import BorderIncidents
import GeometryCore
@testable import BorderQueries

@Suite struct IncidentQueryTests {
    let related = Shared.related

    /// A radius query around Sotk returns exactly the incidents with a place
    /// within that many metres. Distances to named places are GeographicLib's
    /// (Tests/Reference/from-sotk.py); the engine's own points (a border sector, a
    /// province) are measured with `Geodesic`, checked against `geod` elsewhere.
    @Test(arguments: [1.0, 5_000, 12_900, 12_922, 60_000, 86_500, 86_520, 102_070, 102_625])
    func radiusAroundSotkIsExact(radius: Double) throws {
        var q = IncidentQuery()
        q.spatial.center = Shared.sotk
        q.spatial.radiusMetres = radius
        let got = Set(try q.run(on: related).map(\.relation.incident.id))
        var expected = Set<String>()
        for r in related.relations {
            for l in r.locations {
                let d =
                    l.settlementID != nil
                    ? Shared.referenceFromSotk[l.location.name]! : Geodesic.distance(Shared.sotk, l.coordinate)
                if d <= radius { expected.insert(r.incident.id) }
            }
        }
        #expect(got == expected, "radius \(radius)")
    }

    @Test func radiusBoundariesFallWhereTheReferenceSays() throws {
        func ids(_ r: Double) throws -> Set<String> {
            var q = IncidentQuery()
            q.spatial.center = Shared.sotk
            q.spatial.radiusMetres = r
            q.types = [.shelling, .armedClash]
            return Set(try q.run(on: related).map(\.relation.incident.id))
        }
        // Goris is 86,511.466 m from Sotk; the Yeraskh–Heydarabad places 102,069.747 m and more.
        #expect(try ids(102_069).contains("2021-07-yeraskh-heydarabad") == false)
        #expect(try ids(102_070).contains("2021-07-yeraskh-heydarabad"))
    }

    @Test func filtersCombine() throws {
        var q = IncidentQuery()
        q.side = "ARM"
        q.from = Day(iso: "2021-01-01")
        q.to = Day(iso: "2021-12-31")
        let hits = try q.run(on: related)
        #expect(
            Set(hits.map(\.relation.incident.id)) == [
                "2021-05-incursion", "2021-07-28-sotk-verin-shorzha", "2021-07-yeraskh-heydarabad",
            ])
        // Only the places on Armenia's side matched.
        let yh = try #require(hits.first { $0.relation.incident.id == "2021-07-yeraskh-heydarabad" })
        #expect(yh.locations.map(\.location.name) == ["Yeraskh"])

        var syunik = IncidentQuery()
        syunik.spatial.province = "Syunik"
        #expect(
            Set(try syunik.run(on: related).map(\.relation.incident.id)) == [
                "2021-05-incursion", "2022-09-13-bombardment",
            ])

        var band = IncidentQuery()
        band.spatial.borderMaxMetres = 1_000
        band.types = [.armedClash]
        #expect(
            Set(try band.run(on: related).map(\.relation.incident.id)) == [
                "2021-07-28-sotk-verin-shorzha", "2021-07-yeraskh-heydarabad",
            ])

        var nakhchivan = IncidentQuery()
        nakhchivan.borderSegment = "nakhchivan"
        nakhchivan.spatial.borderMaxMetres = 5_000
        #expect(Set(try nakhchivan.run(on: related).map(\.relation.incident.id)) == ["2021-07-yeraskh-heydarabad"])

        var deadly = IncidentQuery()
        deadly.minKilled = 50
        #expect(Set(try deadly.run(on: related).map(\.relation.incident.id)) == ["2020-war", "2022-09-13-bombardment"])
    }

    @Test func polygonAndBoxFilters() throws {
        // A box around Sotk and Verin Shorzha only.
        var q = IncidentQuery()
        q.spatial.box = Envelope(minLongitude: 45.8, minLatitude: 40.05, maxLongitude: 45.9, maxLatitude: 40.25)
        #expect(
            Set(try q.run(on: related).map(\.relation.incident.id)) == [
                "2021-07-28-sotk-verin-shorzha", "2022-09-13-bombardment",
            ])
        var p = IncidentQuery()
        p.spatial.polygon = try PolygonInput.read(
            #"{"type":"Polygon","coordinates":[[[44.7,39.6],[45.0,39.6],[45.0,39.8],[44.7,39.8],[44.7,39.6]]]}"#)
        #expect(try p.run(on: related).map(\.relation.incident.id) == ["2021-07-yeraskh-heydarabad"])
    }

    @Test func malformedPolygonNamesThePath() {
        #expect {
            try PolygonInput.read(#"{"type":"Polygon","coordinates":[[[44.7,39.6],[45.0,39.6],[45.0,39.8]]]}"#)
        } throws: { error in
            (error as? GeoJSONError)?.path == "coordinates[0]"
        }
        #expect(throws: QueryError.self) { try PolygonInput.read(#"{"type":"Point","coordinates":[45,40]}"#) }
    }

    @Test func unknownProvinceIsAnError() {
        var q = IncidentQuery()
        q.spatial.province = "Syunick"
        #expect {
            try q.run(on: related)
        } throws: { error in
            "\(error)".contains("did you mean Syunik")
        }
    }

    @Test func settlementsNearTheBorderInSyunik() throws {
        var q = SettlementQuery()
        q.spatial.province = "AM-SU"
        q.spatial.borderMaxMetres = 5_000
        let hits = try q.run(on: related.geodata, gazetteer: related.relater.gazetteer)
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.settlement.province == "AM-SU" && $0.borderDistance <= 5_000 })
        #expect(hits.contains { $0.settlement.name == "Kornidzor" })
        #expect(!hits.contains { $0.settlement.name == "Goris" })  // 8.5 km
    }
}
