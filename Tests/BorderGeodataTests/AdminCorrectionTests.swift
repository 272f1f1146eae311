import Testing
import GeometryCore
@testable import BorderGeodata

/// The local admin-1 correction on two synthetic units: U west of 45.0°E,
/// V east of it.
@Suite struct AdminCorrectionTests {
    func unit(_ id: String, _ wkt: String) throws -> Province {
        Province(
            id: id, name: id, localName: id, iso3166_2: id, country: "AZE", kind: "rayon", region: nil,
            alternateNames: [], geometry: try Geometry(wkt: wkt))
    }

    func units() throws -> [Province] {
        [
            try unit("U", "POLYGON ((44.9 39.9, 45.0 39.9, 45.0 40.1, 44.9 40.1, 44.9 39.9))"),
            try unit("V", "POLYGON ((45.0 39.9, 45.1 39.9, 45.1 40.1, 45.0 40.1, 45.0 39.9))"),
        ]
    }

    var codes: UnitCodes {
        var c = UnitCodes()
        c.add(codes: "AZ-01", unit: "U")
        c.add(codes: "AZ-02", unit: "V")
        return c
    }

    /// A place coded U 600 m inside V takes a disc of V of radius 1,100 m to U.
    @Test func placeTakesItsUnitWithIt() throws {
        var provinces = try units()
        let place = AdminCorrection.Place(
            name: "P", geonameID: 1, coordinate: try Coordinate(longitude: 45.007, latitude: 40.0), code: "AZ-01")
        let moves = try AdminCorrection(codes: codes, reachMetres: 1_500).apply(
            to: &provinces, places: [place], log: { _ in })
        #expect(moves.count == 1 && moves[0].from == "V" && moves[0].to == "U")
        #expect(
            abs(
                moves[0].distanceMetres
                    - Geodesic.distance(place.coordinate, try Coordinate(longitude: 45.0, latitude: 40.0))) < 1)
        #expect(try provinces[0].geometry.covers(.point(Point(place.coordinate))))
        #expect(try !provinces[1].geometry.covers(.point(Point(place.coordinate))))
        // Half a disc of radius d + 500 m lies in V: about π r² / 2 beyond the straight line, less the part behind it.
        let r = moves[0].distanceMetres + AdminCorrection.marginMetres
        #expect(moves[0].areaM2 > 0.5 * Double.pi * r * r && moves[0].areaM2 < Double.pi * r * r)
        // Nothing is lost: the two still cover what they covered.
        let total = Geodesic.area(of: provinces[0].geometry) + Geodesic.area(of: provinces[1].geometry)
        #expect(
            abs(total - Geodesic.area(of: try units()[0].geometry) - Geodesic.area(of: try units()[1].geometry)) < 1)
    }

    /// Beyond the reach, or when the disc would take a place V's code names, nothing moves.
    @Test func farOrCrowdedPlacesStay() throws {
        var provinces = try units()
        let far = AdminCorrection.Place(
            name: "F", geonameID: 2, coordinate: try Coordinate(longitude: 45.03, latitude: 40.0), code: "AZ-01")
        let near = AdminCorrection.Place(
            name: "N", geonameID: 3, coordinate: try Coordinate(longitude: 45.004, latitude: 39.95), code: "AZ-01")
        let neighbour = AdminCorrection.Place(
            name: "M", geonameID: 4, coordinate: try Coordinate(longitude: 45.006, latitude: 39.951), code: "AZ-02")
        let moves = try AdminCorrection(codes: codes, reachMetres: 1_500).apply(
            to: &provinces, places: [far, near, neighbour], log: { _ in })
        #expect(moves.isEmpty)
    }
}
