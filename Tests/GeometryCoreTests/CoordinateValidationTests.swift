import Testing
@testable import GeometryCore

@Suite struct CoordinateValidationTests {
    @Test func acceptsTheCorners() throws {
        _ = try Coordinate(longitude: -180, latitude: -90)
        _ = try Coordinate(longitude: 180, latitude: 90)
    }

    @Test func rejectsNaNAndInfinity() {
        #expect(throws: GeometryError.nonFiniteCoordinate(longitude: .infinity, latitude: 1)) {
            try Coordinate(longitude: .infinity, latitude: 1)
        }
        #expect {
            try Coordinate(longitude: 1, latitude: .nan)
        } throws: { error in
            guard case .nonFiniteCoordinate = error as? GeometryError else { return false }
            return true
        }
    }

    @Test func rejectsLatitudeBeyond90() {
        #expect(throws: GeometryError.latitudeOutOfRange(90.5)) { try Coordinate(longitude: 45, latitude: 90.5) }
    }

    @Test func rejectsLongitudeBeyond180() {
        #expect(throws: GeometryError.longitudeOutOfRange(-180.1)) { try Coordinate(longitude: -180.1, latitude: 0) }
    }

    @Test func rejectsUnclosedRing() {
        let open = [Fixtures.c(0, 0), Fixtures.c(1, 0), Fixtures.c(1, 1), Fixtures.c(0, 1)]
        #expect(throws: GeometryError.unclosedRing(first: open[0], last: open[3])) { try LinearRing(open) }
    }

    @Test func rejectsShortRingAndLine() {
        #expect(throws: GeometryError.tooFewPoints(kind: "linear ring", required: 4, found: 3)) {
            try LinearRing([Fixtures.c(0, 0), Fixtures.c(1, 0), Fixtures.c(0, 0)])
        }
        #expect(throws: GeometryError.tooFewPoints(kind: "line string", required: 2, found: 1)) {
            try LineString([Fixtures.c(0, 0)])
        }
    }

    @Test func wktOutsideTheGlobeIsRejected() {
        #expect(throws: GeometryError.latitudeOutOfRange(95)) { try Geometry(wkt: "POINT (10 95)") }
    }
}
