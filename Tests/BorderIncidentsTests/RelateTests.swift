import Testing
import BorderGeodata
import GeometryCore
@testable import BorderIncidents

@Suite struct RelateTests {
    let relater = Shared.relater

    func relation(_ incident: String) throws -> IncidentRelation {
        try relater.relate(try #require(Shared.catalog.incident(id: incident)))
    }

    @Test func catalogIncidentsLandInTheirRealProvinces() throws {
        let expected: [String: [String: String]] = [
            "2021-07-28-sotk-verin-shorzha": ["Sotk": "AM-GR", "Verin Shorzha": "AM-GR"],
            "2021-07-yeraskh-heydarabad": ["Yeraskh": "AM-AR", "Heydarabad": "AZ-SAD"],
            "2022-09-13-bombardment": ["Goris": "AM-SU", "Sotk": "AM-GR"],
            "2021-05-incursion": ["Syunik": "AM-SU", "Gegharkunik": "AM-GR"],
        ]
        for (id, places) in expected {
            let r = try relation(id)
            for l in r.locations where places[l.location.name] != nil {
                #expect(l.province?.id == places[l.location.name], "\(id): \(l.location.name)")
            }
            #expect(r.locations.filter { places[$0.location.name] != nil }.count == places.count)
        }
    }

    @Test func sidesOfHeydarabadAndYeraskh() throws {
        let r = try relation("2021-07-yeraskh-heydarabad")
        let heydarabad = try #require(r.locations.first { $0.location.name == "Heydarabad" })
        let yeraskh = try #require(r.locations.first { $0.location.name == "Yeraskh" })
        #expect(heydarabad.side == "AZE" && heydarabad.country == "AZE")
        #expect(yeraskh.side == "ARM" && yeraskh.country == "ARM")
        // Both lie beyond the OpenStreetMap line's 100 m tolerance: the polygons decide.
        #expect(!heydarabad.withinTolerance && heydarabad.sideBasis == .polygon)
        #expect(!yeraskh.withinTolerance && yeraskh.sideBasis == .polygon)
        #expect(r.spreadMetres > 2_000 && r.spreadMetres < 3_000)
    }

    /// Against GeographicLib over the same border lines (Tests/Reference/border-distance.py), to the metre.
    @Test func borderDistancesMatchAnIndependentComputation() throws {
        for row in try Shared.referenceRows("border-distance.tsv") {
            let r = try relater.relate(point: Shared.c(Double(row[1])!, Double(row[2])!))
            #expect(abs(r.borderDistance - Double(row[3])!) < 1, "\(row[0]): \(r.borderDistance) vs \(row[3])")
            #expect(r.nearestSegment == row[4])
        }
    }

    @Test func bearingsReadAsPhrases() throws {
        let sotk = Shared.c(45.86951, 40.20007)
        let point = Geodesic.destination(from: sotk, azimuth: 135, distance: 4_200)
        var wide = relater
        wide.nearbyCount = 8
        let r = try wide.relate(point: point)
        #expect(r.nearby.contains { $0.phrase == "4.2 km SE of Sotk" }, "\(r.nearby.map(\.phrase))")
        #expect(zip(r.nearby, r.nearby.dropFirst()).allSatisfy { $0.distance <= $1.distance })
        #expect(!r.inside1991Oblast)
    }

    /// 40 m off the Nakhchivan line, on its Azerbaijani side: within the
    /// 100 m tolerance a bare point's side is uncertain; country and province
    /// stay the polygons'.
    @Test func bareNearBorderPointIsUncertain() throws {
        let line = try #require(Shared.geodata.border.first { $0.id == "nakhchivan" }?.geometry.lineStrings.first)
        let a = line.coordinates[300], b = line.coordinates[301]
        let mid = Geodesic.intermediate(from: a, to: b, fraction: 0.5)
        let azimuth = Geodesic.azimuth(from: a, to: b)
        for offset in [-40.0, 40.0] {
            let p = Geodesic.destination(from: mid, azimuth: azimuth + 90, distance: offset)
            let r = try relater.relate(point: p)
            #expect(r.side == "uncertain" && r.sideBasis == .uncertain && r.withinTolerance)
            #expect(r.country == Shared.geodata.country(at: p)?.iso3 && r.province?.country == r.country)
        }
    }

    @Test func kalbajarSectorSitsOnTheBorder() throws {
        let r = try relation("2021-07-28-sotk-verin-shorzha")
        let sector = try #require(r.locations.first { $0.location.name == "Kalbajar" })
        #expect(sector.borderDistance < 1)
        #expect(sector.nearestSegment == "mainland")
        // The stretch along Kalbajar is the one facing Sotk, within 30 km of it.
        #expect(Geodesic.distance(sector.coordinate, Shared.c(45.86951, 40.20007)) < 30_000)
    }

    @Test func unknownPlaceIsAnErrorWithSuggestions() {
        let location = IncidentLocation(
            kind: .place("Goriss"), precision: 1, relation: "at", claimedBy: nil, sources: [])
        #expect {
            try relater.relate(location)
        } throws: { error in
            "\(error)".contains("did you mean Goris")
        }
    }
}
