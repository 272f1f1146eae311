import Testing
@testable import GeometryCore

@Suite struct OverlayTests {
    let a = Fixtures.unitSquare
    let b = Geometry.polygon(
        try! Polygon(rings: [
            [
                Fixtures.c(0.5, 0.5), Fixtures.c(1.5, 0.5), Fixtures.c(1.5, 1.5), Fixtures.c(0.5, 1.5),
                Fixtures.c(0.5, 0.5),
            ]
        ]))

    @Test func unionIntersectionDifferenceAreas() throws {
        #expect(abs(try a.union(b).planarArea - 1.75) < 1e-12)
        #expect(abs(try a.intersection(b).planarArea - 0.25) < 1e-12)
        #expect(abs(try a.difference(b).planarArea - 0.75) < 1e-12)
        #expect(try a.intersection(.point(Point(Fixtures.c(5, 5)))).isEmpty)
    }

    @Test func boundaryOfSquareIsItsRing() throws {
        let boundary = try a.boundary()
        #expect(boundary.lineStrings.count == 1)
        #expect(boundary.lineStrings[0].coordinates.count == 5)
    }

    @Test func lineMergeJoinsPieces() throws {
        let pieces = Geometry.multiLineString(
            MultiLineString([
                try LineString([Fixtures.c(0, 0), Fixtures.c(1, 0)]),
                try LineString([Fixtures.c(1, 0), Fixtures.c(2, 1)]),
            ]))
        let merged = try pieces.lineMerge()
        #expect(merged.lineStrings.count == 1)
        #expect(merged.lineStrings[0].coordinates.count == 3)
    }

    @Test func polygonizeClosesRings() throws {
        let lines: [Geometry] = [
            .lineString(try LineString([Fixtures.c(0, 0), Fixtures.c(1, 0), Fixtures.c(1, 1)])),
            .lineString(try LineString([Fixtures.c(1, 1), Fixtures.c(0, 1), Fixtures.c(0, 0)])),
        ]
        let polygons = try Geometry.polygonize(lines)
        #expect(polygons.polygons.count == 1)
        #expect(abs(try polygons.planarArea - 1) < 1e-12)
    }

    @Test func centroidEnvelopeSimplifyBuffer() throws {
        #expect(try a.centroid() == .point(Point(Fixtures.c(0.5, 0.5))))
        #expect(
            try b.envelopeGeometry().envelope
                == Envelope(minLongitude: 0.5, minLatitude: 0.5, maxLongitude: 1.5, maxLatitude: 1.5))
        let wiggly = Geometry.lineString(
            try LineString([
                Fixtures.c(0, 0), Fixtures.c(1, 0.001), Fixtures.c(2, 0), Fixtures.c(3, 0.001), Fixtures.c(4, 0),
            ]))
        #expect(try wiggly.simplify(toleranceDegrees: 0.01).lineStrings[0].coordinates.count == 2)
        let disc = try Geometry.point(Point(Fixtures.c(0, 0))).buffer(degrees: 1, quadrantSegments: 64)
        #expect(abs(try disc.planarArea - Double.pi) < 0.01)
    }

    @Test func planarDistanceAndNearestPoints() throws {
        let p = Geometry.point(Point(Fixtures.c(3, 0.5)))
        #expect(abs(try a.planarDistance(to: p) - 2) < 1e-12)
        let (onSquare, onPoint) = try a.nearestPoints(to: p)
        #expect(onSquare == Fixtures.c(1, 0.5))
        #expect(onPoint == Fixtures.c(3, 0.5))
    }
}
