import BorderGeodata
import Foundation
import GeometryCore
import Testing

/// Loading every pack at once changes nothing the first theatre answers:
/// each point of a grid over Armenia–Azerbaijan gets the same country,
/// province, border distance and segment, and nearest settlement, whether
/// the other packs are loaded or not.
@Suite struct TheatreUnionTests {
    static let union: Geodata = {
        do { return try Geodata(directory: SharedGeodata.directory) } catch { fatalError("\(error)") }
    }()

    @Test func everyPackIsLoadedOnce() {
        let ids = Self.union.theatres.map(\.id)
        #expect(ids.contains("am-az") && ids.contains("kg-tj"))
        #expect(Set(ids).count == ids.count)
        #expect(Self.union.countries.count > SharedGeodata.geodata.countries.count)
    }

    @Test func armeniaAzerbaijanAnswersHold() throws {
        let alone = SharedGeodata.geodata
        var checked = 0
        for lat in stride(from: 38.5, through: 41.5, by: 0.25) {
            for lon in stride(from: 44.0, through: 47.5, by: 0.25) {
                let c = SharedGeodata.c(lon, lat)
                #expect(Self.union.country(at: c)?.iso3 == alone.country(at: c)?.iso3)
                #expect(Self.union.province(at: c)?.id == alone.province(at: c)?.id)
                let a = try alone.borderProximity(at: c), u = try Self.union.borderProximity(at: c)
                #expect(a.segment.id == u.segment.id && a.distance == u.distance, "\(lon) \(lat)")
                #expect(
                    alone.nearestSettlement(to: c)?.settlement.id == Self.union.nearestSettlement(to: c)?.settlement.id)
                #expect(Self.union.theatre(at: c)?.id == "am-az")
                checked += 1
            }
        }
        #expect(checked == 13 * 15)
    }

    @Test func aFerganaPointBelongsToTheSecondTheatre() throws {
        // Isfara's old town, Sughd (Tajikistan).
        let c = SharedGeodata.c(70.625, 40.126)
        #expect(Self.union.theatre(at: c)?.id == "kg-tj")
        #expect(Self.union.country(at: c)?.iso3 == "TJK")
        #expect(Self.union.theatre(ofCountry: "TJK")?.positiveSide == "KGZ")
    }
}
