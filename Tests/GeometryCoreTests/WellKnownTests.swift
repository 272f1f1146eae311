import Testing
@testable import GeometryCore

@Suite struct WellKnownTests {
    @Test func wktRoundTrip() throws {
        let text = "POLYGON ((2 2, 2 6, 6 6, 6 2, 2 2), (3 3, 4 3, 4 4, 3 4, 3 3))"
        let g = try Geometry(wkt: text)
        #expect(g == Fixtures.squareWithHole)
        #expect(try g.wkt() == text)
    }

    @Test func wkbRoundTripKeepsEveryKind() throws {
        let samples: [Geometry] = [
            .point(Point(Fixtures.c(45.86951, 40.20007))),
            .multiPoint(MultiPoint([Point(Fixtures.c(1, 2)), Point(Fixtures.c(3, 4))])),
            .lineString(try LineString([Fixtures.c(0, 0), Fixtures.c(1, 1), Fixtures.c(2, 0)])),
            .multiLineString(MultiLineString([try LineString([Fixtures.c(0, 0), Fixtures.c(1, 1)])])),
            Fixtures.squareWithHole,
            .multiPolygon(MultiPolygon(Fixtures.unitSquare.polygons + Fixtures.squareWithHole.polygons)),
            .geometryCollection([.point(Point(Fixtures.c(1, 1))), Fixtures.unitSquare]),
        ]
        for g in samples {
            let bytes = try g.wkb()
            #expect(bytes.first == 1, "little-endian")
            #expect(try Geometry(wkb: bytes) == g)
        }
    }

    @Test func badWKTNamesTheProblem() {
        #expect {
            try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1))")
        } throws: { error in
            guard case let .geos(_, message) = error as? GeometryError else { return false }
            return !message.isEmpty
        }
    }
}
